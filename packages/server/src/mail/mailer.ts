import type { FastifyBaseLogger } from 'fastify';
import { createTransport, type Transporter } from 'nodemailer';
import type { ClaimedMail } from '../store/store.js';

/** Sends one mail; rejects when the mail server did not take it. */
export interface Mailer {
  send(mail: ClaimedMail): Promise<void>;
  close(): void;
}

/**
 * Through an SMTP server (nodemailer). The Message-ID is made from the outbox id, so a mail sent again after
 * a crash between sending and recording it carries the same Message-ID (ADR 119).
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  /** `timeoutMs` bounds each stage of a send (connect, greeting, any silence): keep it under half a claim. */
  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs = 30_000,
  ) {
    this.transport = createTransport({
      url: smtpUrl,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(mail: ClaimedMail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.body,
      messageId: `<${mail.id}@hamstring-rehab>`,
    });
  }

  close(): void {
    this.transport.close();
  }
}

/**
 * No SMTP server configured: each mail's subject and link are logged at `warn`, so a self-hoster sees what
 * would have gone (and can pass a reset link on by hand). The body is not logged.
 */
export class LogMailer implements Mailer {
  constructor(private readonly log: FastifyBaseLogger) {}

  send(mail: ClaimedMail): Promise<void> {
    this.log.warn(
      { mail: { subject: mail.subject, link: mail.link } },
      `mail not sent (SMTP_URL is not set): ${mail.subject}${mail.link === '' ? '' : ` ${mail.link}`}`,
    );
    return Promise.resolve();
  }

  close(): void {
    // nothing held
  }
}
