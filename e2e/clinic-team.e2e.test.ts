import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, desktop, screenshot } from './lib/browser.js';
import { clinicSignUp, newClinicianEmail } from './lib/clinician.js';
import {
  apiCall,
  confirmSignupByApi,
  confirmSignupByMail,
  CONSISTENT_ANSWERS,
  day,
  newEmail,
  PASSWORD,
} from './lib/patient.js';
import { nextMail } from './lib/mail.js';
import { serverAndBrowser } from './lib/suite.js';
import { linkPath } from '../proof/lib/smtp-sink.js';

const CLINIC = 'Łódź Physio';
const NAME = 'Zoë Łódź-Ørsted';

async function noViolations(page: Page, where: string): Promise<void> {
  expect(describeViolations(await axe(page)), where).toEqual([]);
}

const calmDays = [-6, -5, -4, -3, -2, -1].flatMap((d) => [
  { type: 'morning-check', date: day(d), score: 1 },
  { type: 'session', date: day(d), painDuring: 2 },
]);

/** Issue 12: invites that work signed out, a clinic team, overrides that say what happened, the table. */
describe('a clinic adopts the workspace', () => {
  const suite = serverAndBrowser();

  it('links a signed-out patient by the invite link, shares the caseload, removes a colleague at once, and says what overrides do', async () => {
    const adminContext = await desktop(suite.browser, suite.server.url, true);
    const admin = await adminContext.newPage();
    const adminEmail = await clinicSignUp(admin, CLINIC);
    await admin.getByTestId('clinic-badge').getByText(CLINIC).waitFor();
    expect(await admin.getByTestId('clinic-badge').textContent()).toContain(adminEmail);
    expect(await admin.locator('.app-footer').textContent()).not.toContain('does not replace a clinician');

    // An invite for a named patient, made in the form.
    await admin.getByRole('link', { name: 'Invites' }).click();
    await admin.getByLabel('Patient’s full name').fill(NAME);
    await admin.getByLabel('Date of birth').fill('1980-02-29');
    await admin.getByRole('button', { name: 'Create invite code' }).click();
    await admin.getByRole('heading', { name: `Invite code for ${NAME}` }).waitFor();
    const link = (await admin.getByTestId('invite-link').getAttribute('href')) ?? '';
    await admin.getByTestId('invite-list').getByRole('cell', { name: NAME, exact: true }).waitFor();
    await noViolations(admin, 'invites');

    // The patient, signed out, opens the link: the clinic is named, their details are filled in.
    const patientContext = await desktop(suite.browser, suite.server.url, true);
    const patient = await patientContext.newPage();
    await patient.goto(new URL(link).pathname);
    await patient.getByRole('heading', { name: `Join ${CLINIC}` }).waitFor();
    expect(await patient.getByLabel('Full name').inputValue()).toBe(NAME);
    expect(await patient.getByLabel('Date of birth').inputValue()).toBe('1980-02-29');
    await noViolations(patient, 'invite landing');
    await screenshot(patient, 'clinic-team-01-invite-signed-out');
    const patientEmail = newEmail();
    await patient.getByLabel('Email').fill(patientEmail);
    await patient.getByLabel('Password').fill(PASSWORD);
    await patient.getByRole('button', { name: 'Create account and link' }).click();
    // Nothing is made until the mailed link is opened: then the account is made, linked and signed in.
    await patient.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await noViolations(patient, 'check your e-mail');
    const mail = nextMail(patientEmail);
    await patient.goto(linkPath(await mail));
    await patient.getByRole('heading', { name: 'Finish creating your account' }).waitFor();
    await noViolations(patient, 'confirm sign-up');
    await patient.getByRole('button', { name: 'Finish creating my account' }).click();
    await patient.getByRole('heading', { name: 'Welcome' }).waitFor();
    const me = await apiCall<{ patientId: string }>(patient, 'GET', 'me');
    const linked = await apiCall<{ clinicians: { clinicName: string }[] }>(
      patient,
      'GET',
      `patients/${me.patientId}/clinicians`,
    );
    expect(linked.clinicians.map((c) => c.clinicName)).toEqual([CLINIC]);
    // a runner at stage 1, for the override below
    const base = `patients/${me.patientId}`;
    await apiCall(patient, 'PUT', `${base}/profile`, { birthYear: 1980, affectedSide: 'left', runner: true });
    await apiCall(patient, 'PUT', `${base}/screening`, { date: day(-7), answers: CONSISTENT_ANSWERS });
    await apiCall(patient, 'POST', `${base}/events`, {
      events: calmDays.map((e) => ({ id: crypto.randomUUID(), ...e })),
    });

    // The admin's record: the name in the heading and the tab title, the date of birth beside it.
    await admin.getByRole('link', { name: 'Caseload' }).click();
    await admin.getByRole('link', { name: NAME }).click();
    await admin.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    expect(await admin.title()).toContain(NAME);
    expect(await admin.getByTestId('patient-identity').textContent()).toContain('Born 29 Feb 1980');

    // A capped running override says so before and after saving.
    await admin.getByLabel('Action').selectOption('set-running-level');
    await admin.getByLabel('Running level (0 pauses running)').selectOption('2');
    const effect = admin.getByTestId('action-effect');
    await expect
      .poll(async () => effect.textContent())
      .toMatch(/^Before you save: Stage 1 allows (at most R\d|no running yet)/);
    await admin.getByLabel('Note (required)').fill('Keen to run more.');
    await admin.getByRole('button', { name: 'Save change' }).click();
    await expect
      .poll(async () => effect.textContent())
      .toMatch(/^Saved, but: Stage 1 allows (at most R\d|no running yet)/);
    await noViolations(admin, 'record');
    await screenshot(admin, 'clinic-team-02-capped-override');

    // A red flag: clearing it names the hold, and needs the confirmation and a note.
    await apiCall(patient, 'POST', `${base}/events`, {
      id: crypto.randomUUID(),
      type: 'symptoms',
      date: day(0),
      answers: { 'saddle-numbness': true },
    });
    await admin.reload();
    await admin.getByLabel('Action').selectOption('clear-screening');
    const hold = admin.getByTestId('clear-screening');
    await hold.getByText('You are clearing: Emergency').waitFor();
    expect(await hold.textContent()).toMatch(/saddle numbness/);
    const clear = admin.getByRole('button', { name: 'Clear the screening' });
    expect(await clear.isDisabled()).toBe(true);
    await admin.getByLabel('Note: your assessment (required)').fill('Examined: no cauda equina signs.');
    expect(await clear.isDisabled()).toBe(true);
    await admin.getByLabel(/I have assessed the patient/).check();
    await noViolations(admin, 'clear screening');
    await clear.click();
    await expect.poll(async () => effect.textContent()).toMatch(/^Saved\. The program restarts/);

    // A colleague joins and shares the caseload.
    await admin.getByRole('link', { name: 'Invites' }).click();
    await admin.getByRole('button', { name: 'Create colleague invite' }).click();
    const join = (await admin.getByTestId('invite-link').getAttribute('href')) ?? '';
    const colleagueContext = await desktop(suite.browser, suite.server.url);
    const colleague = await colleagueContext.newPage();
    await colleague.goto(new URL(join).pathname);
    const colleagueEmail = newClinicianEmail();
    await colleague.getByLabel('Email').fill(colleagueEmail);
    await colleague.getByLabel('Password').fill(PASSWORD);
    await colleague.getByRole('button', { name: 'Join the clinic' }).click();
    await colleague.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await confirmSignupByMail(colleague, colleagueEmail);
    await colleague.getByRole('heading', { name: 'Caseload' }).waitFor();
    await colleague.getByRole('link', { name: NAME }).click();
    await colleague.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    const recordPath = new URL(colleague.url()).pathname;

    // The admin removes them on the Team page: their next request is "not found".
    await admin.getByRole('link', { name: 'Team' }).click();
    await noViolations(admin, 'team');
    await admin.getByRole('button', { name: /^Remove/ }).click();
    await admin.getByRole('button', { name: 'Yes, remove' }).click();
    await admin.getByText(/Colleague removed/).waitFor();
    await colleague.goto(recordPath);
    await colleague.getByRole('heading', { name: 'Page not found' }).waitFor();
    const http = await colleague.request.get(`${suite.server.url}/api/v1/${base}/timeline`);
    expect(http.status()).toBe(404);

    await colleagueContext.close();
    await patientContext.close();
    await adminContext.close();
  });

  it('keeps the table view, its filters and order across a record visit and a reload', async () => {
    const context = await desktop(suite.browser, suite.server.url, true);
    const doc = await context.newPage();
    await clinicSignUp(doc, 'Table Clinic');
    for (const name of ['Ann Able', 'Ben Łukasz', 'Cy Łódź']) {
      const { code } = await apiCall<{ code: string }>(doc, 'POST', 'clinician/invites', {});
      const other = await context.browser()?.newContext({ baseURL: suite.server.url });
      const page = await other?.newPage();
      if (page === undefined || other === undefined) throw new Error('no page');
      await page.goto('/login');
      const email = newEmail();
      await apiCall(page, 'POST', 'auth/signup', { email, password: PASSWORD, name, inviteCode: code });
      await confirmSignupByApi(page, email);
      await other.close();
    }
    await doc.reload();
    await doc.getByRole('button', { name: 'Table' }).click();
    await doc.getByTestId('caseload-table').waitFor();
    await doc.getByRole('button', { name: /^Patient/ }).click();
    await doc.getByLabel('Search by name or email').fill('ł');
    await doc.getByRole('button', { name: 'Apply filters' }).click();
    const names = async () => doc.getByTestId('caseload-row').getByRole('link').allTextContents();
    await expect.poll(names).toEqual(['Ben Łukasz', 'Cy Łódź']);
    await noViolations(doc, 'caseload table');
    await screenshot(doc, 'clinic-team-03-table');

    await doc.getByRole('link', { name: 'Cy Łódź' }).click();
    await doc.getByRole('heading', { name: 'Cy Łódź', level: 1 }).waitFor();
    await doc.goBack();
    await expect.poll(names).toEqual(['Ben Łukasz', 'Cy Łódź']);
    await doc.reload();
    await expect.poll(names).toEqual(['Ben Łukasz', 'Cy Łódź']);
    expect(await doc.getByLabel('Search by name or email').inputValue()).toBe('ł');
    // the Caseload link (a plain /clinic) restores the same view
    await doc.getByRole('link', { name: 'Cy Łódź' }).click();
    await doc.getByRole('link', { name: 'Caseload' }).click();
    await expect.poll(names).toEqual(['Ben Łukasz', 'Cy Łódź']);
    expect(new URL(doc.url()).search).toContain('view=table');
    // reversed order by name
    await doc.getByRole('button', { name: /^Patient/ }).click();
    await expect.poll(names).toEqual(['Cy Łódź', 'Ben Łukasz']);
    await context.close();
  });
});
