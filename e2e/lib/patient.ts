import type { Page } from 'playwright-core';
import { linkPath } from '../../proof/lib/smtp-sink.js';
import { signupToken } from '../../proof/lib/mail.js';
import { nextMail } from './mail.js';

let counter = 0;

/** A new unique email for each journey. */
export const newEmail = (): string => `patient-${String(Date.now())}-${String(++counter)}@example.test`;
export const PASSWORD = 'correct horse battery';

/** Calls the API from inside the page's context (its cookies), as the app would. */
export async function apiCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(`${origin}/api/v1/${path}`, {
    method,
    headers: { Origin: origin, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok())
    throw new Error(`${method} ${path}: ${String(response.status())} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Opens the sign-up link mailed to `email` (from the spec's SMTP server) in the page and taps to finish: the
 * account is made and signed in.
 */
export async function confirmSignupByMail(page: Page, email: string): Promise<void> {
  const mail = await nextMail(email);
  if (mail.subject !== 'Finish creating your hamstring-rehab account')
    throw new Error(`not a sign-up link: ${mail.subject ?? ''}`);
  await page.goto(linkPath(mail));
  await page.getByRole('button', { name: 'Finish creating my account' }).click();
}

/** Opens the sign-up link mailed to `email` by the API, in the page's context (signed in there after). */
export async function confirmSignupByApi(page: Page, email: string): Promise<void> {
  await apiCall(page, 'POST', 'auth/signup/confirm', { token: await signupToken(email) });
}

/** Fills the sign-up form (name, date of birth, e-mail, password) and sends it; shows "Check your e-mail". */
export async function fillSignup(page: Page, email: string, name = 'Pat Example'): Promise<void> {
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Date of birth').fill('1985-04-02');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
}

/** Signs up (as `name`) through the form and the mailed link; lands on the welcome page. */
export async function signUp(page: Page, name = 'Pat Example'): Promise<string> {
  const email = newEmail();
  await page.goto('/signup');
  await fillSignup(page, email, name);
  await confirmSignupByMail(page, email);
  await page.getByRole('heading', { name: 'Welcome' }).waitFor();
  return email;
}

/** Local calendar day, n days from today. */
export function day(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const CONSISTENT_ANSWERS = {
  'pain-at-sitting-bone': true,
  'worse-when-sitting': true,
  'worse-with-stretch-or-bending': true,
  'gradual-onset-after-load-increase': true,
};

/** Sets a signed-up patient up through the API: profile, screening dated `screeningDay`, and events. */
export async function seedPatient(
  page: Page,
  options: { runner?: boolean; screeningDay: string; events?: object[] },
): Promise<string> {
  const me = await apiCall<{ patientId: string }>(page, 'GET', 'me');
  const base = `patients/${me.patientId}`;
  await apiCall(page, 'PUT', `${base}/profile`, {
    birthYear: 1985,
    affectedSide: 'left',
    runner: options.runner ?? false,
  });
  await apiCall(page, 'PUT', `${base}/screening`, {
    date: options.screeningDay,
    answers: CONSISTENT_ANSWERS,
  });
  if (options.events !== undefined && options.events.length > 0) {
    await apiCall(page, 'POST', `${base}/events`, {
      events: options.events.map((e) => ({ id: crypto.randomUUID(), ...e })),
    });
  }
  return me.patientId;
}

/** Answers "About you": birth year, left side, runner and sport as given (every answer is required). */
export async function fillProfile(
  page: Page,
  options: { year: string; runner?: boolean; sport?: boolean },
): Promise<void> {
  await page.getByLabel('Year of birth').fill(options.year);
  await page.getByText('Left', { exact: true }).click();
  const yesNo = (v: boolean | undefined) => (v === true ? 'Yes' : 'No');
  await page
    .locator('fieldset', { hasText: 'Do you run' })
    .getByText(yesNo(options.runner), { exact: true })
    .click();
  await page
    .locator('fieldset', { hasText: 'going back to a sport' })
    .getByText(yesNo(options.sport), { exact: true })
    .click();
}

/** Opens a page from the main navigation, under "More" when it is not one of the daily pages. */
export async function navigate(page: Page, label: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (!['Today', 'Check-in', 'Progress'].includes(label)) await nav.getByText('More').click();
  await nav.getByRole('link', { name: label }).click();
}

/** Waits until the device has uploaded everything it queued (its outbox is empty). */
export async function uploaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('hamstring-rehab');
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            resolve(count.result === 0);
            db.close();
          };
        };
      }),
  );
}
