import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  /** SMTP_URL for the server under test. */
  url: string;
  /** Resolves with the next mail to `to` (already received or still to come). */
  next(to: string): Promise<ParsedMail>;
  /** Every mail received so far (a mail is received once the server has said 250 to it). */
  mails: ParsedMail[];
  /**
   * The `n`th mail from now (counting from 1): its data is read but never answered: the sender is left mid-send. Resolves
   * when that mail arrives; the mail is not received.
   */
  holdAt(n: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process for app servers (child processes) to send to. `unref`: it does not
 * keep the test process alive (the process's shared sink, never closed).
 */
export async function startMailSink(options: { unref?: boolean } = {}): Promise<MailSink> {
  const mails: ParsedMail[] = [];
  const taken = new Set<ParsedMail>();
  let waiters: { to: string; resolve: (mail: ParsedMail) => void }[] = [];
  let arrivals = 0;
  let hold: { at: number; reached: () => void } | undefined;
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
      arrivals += 1;
      if (hold !== undefined && arrivals === hold.at) {
        stream.resume();
        hold.reached();
        return;
      }
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
  // A sender killed mid-send resets its connection: that is what the proofs do, not an error of the sink.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  if (options.unref === true) server.server.unref();
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${String(port)}`,
    mails,
    holdAt: (n) =>
      new Promise<void>((resolve) => {
        hold = { at: arrivals + n, reached: resolve };
      }),
    next: (to) =>
      new Promise((resolve) => {
        waiters.push({ to, resolve });
        deliver();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        // A held connection would keep close waiting: its sender is gone, so end it.
        for (const connection of (server as unknown as { connections: Set<{ close(): void }> }).connections)
          connection.close();
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
