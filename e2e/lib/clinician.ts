import type { Page } from 'playwright-core';
import { confirmSignupByMail, PASSWORD } from './patient.js';

let counter = 0;

export const newClinicianEmail = (): string =>
  `clinician-${String(Date.now())}-${String(++counter)}@example.test`;

/** Signs a clinician up into a new clinic through the form; lands on the caseload. */
export async function clinicSignUp(page: Page, clinicName: string): Promise<string> {
  const email = newClinicianEmail();
  await page.goto('/clinic/signup');
  await page.getByLabel('Clinic name').fill(clinicName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create clinic account' }).click();
  await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  await confirmSignupByMail(page, email);
  await page.getByRole('heading', { name: 'Caseload' }).waitFor();
  return email;
}

/** Makes a patient invite code on the invite page; returns the code shown. */
export async function createInvite(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Invites' }).first().click();
  await page.getByRole('button', { name: 'Create invite code' }).click();
  const code = (await page.getByTestId('invite-code').textContent()) ?? '';
  if (!/^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code)) throw new Error(`not an invite code: ${code}`);
  return code;
}
