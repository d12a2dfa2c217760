import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, desktop, phone } from './lib/browser.js';
import { clinicSignUp, createInvite } from './lib/clinician.js';
import { apiCall, day, seedPatient, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

/**
 * Markup typed into a free-text field: an image with an error handler, a script and a bold tag. Shown as
 * text it is harmless; parsed as HTML the image loads `x`, fails and runs its handler.
 */
const injection = (who: string): string =>
  `${who} <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>injected-bold</b>`;

const CLINIC = injection('Clinic');
const CEILING_NOTE = injection('Ceiling note');
const STAGE_NOTE = injection('Stage note');
const TREATMENT_NOTE = injection('Treatment note');
const SESSION_NOTE = injection('Session note');

const calmWeek = [-6, -5, -4, -3, -2].flatMap((d) => [
  { type: 'morning-check', date: day(d), score: 1 },
  { type: 'session', date: day(d), painDuring: 2 },
]);

/** None of the markup became DOM, and none of it ran. */
async function expectInert(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    bold: Array.from(document.querySelectorAll('b')).filter((b) => b.textContent.includes('injected-bold'))
      .length,
    scripts: Array.from(document.scripts).filter((s) => s.text.includes('__pwned')).length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
  }));
  expect(found, where).toEqual({ images: 0, bold: 0, scripts: 0, pwned: undefined });
}

/** Submits a clinician form and waits for the server to take it. */
async function save(page: Page, button: string, path: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/${path}`) && r.ok()),
    page.getByRole('button', { name: button }).click(),
  ]);
}

describe('text typed by clinicians and patients', () => {
  const suite = serverAndBrowser();

  it('shows injected HTML as text in the clinician’s record and the patient’s app', async () => {
    // Both contexts bypass the CSP (script-src 'self' would block the inline handler anyway), so that only
    // the app's escaping stands between the notes and the page.
    const clinic = await desktop(suite.browser, suite.server.url, true);
    const doc = await clinic.newPage();
    await clinicSignUp(doc, CLINIC);
    const code = await createInvite(doc);

    const patientContext = await phone(suite.browser, suite.server.url, true);
    const patient = await patientContext.newPage();
    await signUp(patient);
    const patientId = await seedPatient(patient, { screeningDay: day(-7), events: calmWeek });
    // A session note, as the session log's optional field sends it: the clinician's timeline shows it.
    await apiCall(patient, 'POST', `patients/${patientId}/events`, {
      id: crypto.randomUUID(),
      type: 'session',
      date: day(-1),
      painDuring: 2,
      note: SESSION_NOTE,
    });
    await patient.goto('/settings');
    await patient.getByLabel('Invite code from your clinician').fill(code);
    await patient.getByRole('button', { name: 'Accept invite' }).click();
    await patient.getByText(/^Linked\./).waitFor();
    await expectInert(patient, 'patient settings');
    await patient.getByText(`Linked. ${CLINIC} can now see your record.`).waitFor();

    // The clinician: a pain ceiling and a stage, each with its required note, and a treatment note.
    await doc.goto(`/clinic/patients/${patientId}`);
    await doc.getByRole('heading', { name: 'Current decision' }).waitFor();
    await doc.getByLabel('Action').selectOption('set-ceiling');
    await doc.getByLabel('Pain ceiling (0-10)').selectOption('3');
    await doc.getByLabel('Note (required)').fill(CEILING_NOTE);
    await save(doc, 'Save change', 'clinician-actions');
    await doc.getByLabel('Action').selectOption('set-stage');
    await doc.getByLabel('Stage', { exact: true }).selectOption('2');
    await doc.getByLabel('Level', { exact: true }).selectOption('1');
    await doc.getByLabel('Note (required)').fill(STAGE_NOTE);
    await save(doc, 'Save change', 'clinician-actions');
    await doc.getByLabel('What was done').fill(TREATMENT_NOTE);
    await save(doc, 'Save note', 'notes');
    // the rows' titles are there, so are the notes under them, however they were rendered
    const timeline = doc.getByTestId('timeline');
    await timeline.getByText('Clinician: Set the pain ceiling to 3/10').waitFor();
    await timeline.getByText('Clinician: Set the stage to stage 2 level 1').waitFor();
    await timeline.getByText('Treatment: Soft tissue work').waitFor();
    await doc.getByTestId('record-stage').getByText('Stage 2 · Level 1').waitFor();
    await expectInert(doc, 'clinician record');
    await timeline.getByText(`Note: ${CEILING_NOTE}`).waitFor();
    await timeline.getByText(`Note: ${STAGE_NOTE}`).waitFor();
    await timeline.getByText(TREATMENT_NOTE, { exact: true }).waitFor();
    await timeline.getByText(`Patient’s note: ${SESSION_NOTE}`).waitFor();
    // the engine quotes the latest note in the decision's reasons
    await doc.getByText(`Note: “${STAGE_NOTE}”`).first().waitFor();
    expect(await doc.getByText('<img src=x').count()).toBeGreaterThanOrEqual(5);

    // The patient: the stage note in Today's "why", both notes under "From your clinician", the treatment
    // note under "Treatments from your clinician".
    await patient.goto('/today');
    await patient.getByTestId('stage-level').getByText('Stage 2 · Level 1').waitFor();
    await expectInert(patient, 'patient today');
    expect(await patient.getByTestId('plan-why').textContent()).toContain(STAGE_NOTE);
    await patient.getByRole('link', { name: 'Progress' }).click();
    const changes = patient.getByTestId('clinician-changes');
    await changes.getByText('Set the pain ceiling to 3/10').waitFor();
    await changes.getByText('Set the stage to stage 2 level 1').waitFor();
    await expectInert(patient, 'patient progress');
    await changes.getByText(STAGE_NOTE, { exact: true }).waitFor();
    await changes.getByText(CEILING_NOTE, { exact: true }).waitFor();
    expect(await changes.getByText('<img src=x').count()).toBe(2);
    const treatments = patient.getByTestId('treatment-notes');
    await treatments.getByText('Soft tissue work').waitFor();
    await treatments.getByText(TREATMENT_NOTE, { exact: true }).waitFor();
    await expectInert(patient, 'patient progress, treatment notes');
    // the patient's new section passes axe like every other page
    expect(describeViolations(await axe(patient))).toEqual([]);

    await patientContext.close();
    await clinic.close();
  });
});
