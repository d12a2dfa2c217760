import { linkPath, startMailSink, type MailSink } from './smtp-sink.js';

/**
 * The test process's own SMTP server: every app server started by ./server-process.ts sends its mail here
 * unless the test gives its own SMTP_URL, so sign-up links reach the tests as they reach a person (ADR 125).
 */
export const processMailSink: MailSink = await startMailSink({ unref: true });

/** The token of the next sign-up link mailed to `email`. */
export async function signupToken(email: string): Promise<string> {
  const mail = await processMailSink.next(email);
  if (mail.subject !== 'Finish creating your hamstring-rehab account')
    throw new Error(`not a sign-up link: ${mail.subject ?? ''}`);
  return /#token=([A-Za-z0-9_-]+)/.exec(linkPath(mail))?.[1] ?? '';
}
