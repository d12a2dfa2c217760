import type { ParsedMail } from 'mailparser';
import { processMailSink } from '../../proof/lib/mail.js';
import type { MailSink } from '../../proof/lib/smtp-sink.js';

/**
 * The spec file's SMTP server (a real one, in the test process), which every server the specs start sends to
 * (proof/lib/server-process.ts): sign-up links, reset links and alerts reach the specs as they reach a person.
 */
export function mailSink(): MailSink {
  return processMailSink;
}

/** The next mail to `to` (already received or still to come). */
export function nextMail(to: string): Promise<ParsedMail> {
  return processMailSink.next(to);
}
