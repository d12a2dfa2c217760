import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { SmtpMailer } from '../src/mail/mailer.js';

export interface SmtpSink {
  /** Every mail received, parsed, in the order received. */
  mails: ParsedMail[];
  /** A mailer that sends to this server, as the app does with SMTP_URL. */
  mailer(): SmtpMailer;
  /** The next `n` recipients are refused (a mail server that is down for them). */
  refuseNext(n: number): void;
  close(): Promise<void>;
}

/** A real SMTP server in this process (smtp-server), keeping what it receives (parsed with mailparser). */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ParsedMail[] = [];
  let refuse = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refuse > 0) {
        refuse -= 1;
        callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
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
    mails,
    mailer: () => new SmtpMailer(`smtp://127.0.0.1:${port}`, 'Rehab <rehab@example.org>'),
    refuseNext(n) {
      refuse = n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The single-use link in a mail's text. */
export function linkIn(mail: ParsedMail | undefined): string {
  const match = /https?:\/\/\S+#token=[A-Za-z0-9_-]+/.exec(mail?.text ?? '');
  if (match === null) throw new Error(`no link in mail: ${mail?.text ?? '(no mail)'}`);
  return match[0];
}

export function tokenOf(link: string): string {
  return link.slice(link.indexOf('#token=') + '#token='.length);
}
