import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, desktop } from './lib/browser.js';
import { clinicSignUp, newClinicianEmail } from './lib/clinician.js';
import { confirmSignupByMail, PASSWORD } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

/**
 * The code an authenticator app shows for `secret`, one 30-second step ahead: the step of the code that turned
 * two-factor on is used up (a code works once), and the server accepts one step of drift either way.
 */
function nextCode(secret: string): string {
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + 30_000 });
}

async function noViolations(page: Page, where: string): Promise<void> {
  expect(describeViolations(await axe(page)), where).toEqual([]);
}

/** Issue 14: optional TOTP two-factor sign-in for clinicians, required when the clinic's admin says so. */
describe('two-factor sign-in for clinicians', () => {
  const suite = serverAndBrowser();

  it('turns on with a QR code and a first code, asks for a code at sign-in, and can be required of the clinic', async () => {
    const context = await desktop(suite.browser, suite.server.url, true);
    const doc = await context.newPage();
    const email = await clinicSignUp(doc, 'Keyholder Physio');

    await doc.goto('/account/two-factor');
    await doc.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await doc.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    await noViolations(doc, 'two-factor setup');
    const secret = (await doc.getByTestId('two-factor-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await doc.getByLabel('The 6-digit code the app shows').fill('000000');
    await doc.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await doc.getByRole('alert').getByText('is not the current code').waitFor();
    const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
    await doc.getByLabel('The 6-digit code the app shows').fill(totp.generate());
    await doc.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await doc.getByRole('heading', { name: /save your recovery codes/ }).waitFor();
    expect(await doc.getByTestId('recovery-codes').getByRole('listitem').count()).toBe(10);
    await noViolations(doc, 'recovery codes');

    // Signing in again: the password, then the code; no session before the code is right.
    await doc.getByRole('link', { name: 'I have saved them: go to the caseload' }).click();
    await doc.getByRole('heading', { name: 'Caseload' }).waitFor();
    await doc.getByRole('button', { name: 'Sign out' }).click();
    await doc.getByRole('heading', { name: 'Sign in' }).waitFor();
    await doc.getByLabel('Email').fill(email);
    await doc.getByLabel('Password').fill(PASSWORD);
    await doc.getByRole('button', { name: 'Sign in' }).click();
    await doc.getByLabel('Code from your authenticator app').waitFor();
    await noViolations(doc, 'sign-in code step');
    const me = await doc.request.get(`${suite.server.url}/api/v1/me`);
    expect(me.status()).toBe(401);
    await doc.getByLabel('Code from your authenticator app').fill(nextCode(secret));
    await doc.getByRole('button', { name: 'Verify' }).click();
    await doc.getByRole('heading', { name: 'Caseload' }).waitFor();

    // The admin requires it of the clinic; a colleague who joins is sent to set it up first.
    await doc.getByRole('link', { name: 'Team' }).click();
    await doc.getByRole('button', { name: 'Require two-factor sign-in for the clinic' }).click();
    await doc.getByRole('button', { name: 'Make two-factor sign-in optional' }).waitFor();
    await noViolations(doc, 'team with the requirement');
    await doc.getByRole('link', { name: 'Invites' }).first().click();
    await doc.getByRole('button', { name: 'Create colleague invite' }).click();
    const join = (await doc.getByTestId('invite-link').getAttribute('href')) ?? '';

    const colleagueContext = await desktop(suite.browser, suite.server.url);
    const colleague = await colleagueContext.newPage();
    await colleague.goto(new URL(join).pathname);
    const colleagueEmail = newClinicianEmail();
    await colleague.getByLabel('Email').fill(colleagueEmail);
    await colleague.getByLabel('Password').fill(PASSWORD);
    await colleague.getByRole('button', { name: 'Join the clinic' }).click();
    await colleague.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await confirmSignupByMail(colleague, colleagueEmail);
    await colleague.getByText('Your clinic requires two-factor sign-in').waitFor();
    const refused = await colleague.request.get(`${suite.server.url}/api/v1/clinician/patients`);
    expect(refused.status()).toBe(403);
    await colleagueContext.close();
    await context.close();
  });
});
