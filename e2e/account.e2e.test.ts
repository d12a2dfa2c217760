import { describe, expect, it } from 'vitest';
import { axe, describeViolations, phone } from './lib/browser.js';
import { signUp } from './lib/patient.js';
import { linkPath } from '../proof/lib/smtp-sink.js';
import { mailSink } from './lib/mail.js';
import { serverAndBrowser } from './lib/suite.js';

const NEW_PASSWORD = 'lantern orbit pebble quiet';

/** Issue 13: a forgotten password, by a mail that reaches a real SMTP server. */
describe('getting back into an account', () => {
  const suite = serverAndBrowser();

  it('resets a password from the sign-in page through the mailed link, which then works no more', async () => {
    const mails = mailSink();
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    const email = await signUp(page);
    await context.clearCookies();

    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    expect(describeViolations(await axe(page))).toEqual([]);
    const arrived = mails.next(email);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('If an account has this address').waitFor();
    const mail = await arrived;
    expect(mail.subject).toBe('Reset your hamstring-rehab password');

    const link = linkPath(mail);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(describeViolations(await axe(page))).toEqual([]);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('Your password is changed').waitFor();
    await page.getByRole('link', { name: 'Sign in with the new password' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto(link);
    await page.getByLabel('New password').fill('another lantern orbit pebble');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('alert').getByText('this link has expired or has already been used').waitFor();
    await context.close();
  });
});
