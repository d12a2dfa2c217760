import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  /** SMTP_URL for the server under test. */
  url: string;
  /** Resolves with the next mail to `to` (already received or still to come). */
  next(to: string): Promise<ParsedMail>;
  /** Every mail received so far. */
  mails: ParsedMail[];
  close(): Promise<void>;
}

/** A real SMTP server in the test process for the app server (a child process) to send to. */
export async function startMailSink(): Promise<MailSink> {
  const mails: ParsedMail[] = [];
  const taken = new Set<ParsedMail>();
  let waiters: { to: string; resolve: (mail: ParsedMail) => void }[] = [];
  const recipient = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text ?? '';
  const deliver = () => {
    waiters = waiters.filter((w) => {
      const mail = mails.find((m) => !taken.has(m) && recipient(m) === w.to);
      if (mail === undefined) return true;
      taken.add(mail);
      w.resolve(mail);
      return false;
    });
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          deliver();
          callback();
        })
        .catch((error: unknown) => {
          callback(error instanceof Error ? error : new Error('unreadable mail'));
        });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${String(port)}`,
    mails,
    next: (to) =>
      new Promise((resolve) => {
        waiters.push({ to, resolve });
        deliver();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The path and fragment of the mail's single-use link (the page to open on the server under test). */
export function linkPath(mail: ParsedMail): string {
  const match = /https?:\/\/[^/\s]+(\/\S+#token=[A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (match?.[1] === undefined) throw new Error(`no link in mail: ${mail.text ?? ''}`);
  return match[1];
}
