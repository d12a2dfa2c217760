import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, desktop, phone, screenshot } from './lib/browser.js';
import { clinicSignUp } from './lib/clinician.js';
import { apiCall, day, seedPatient, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

const KINDS = [
  'Pain and check-ins',
  'Sessions',
  'Runs',
  'Tests',
  'Treatment notes',
  'Overrides and reviews',
  'Decisions',
];

const week = [-6, -5, -4, -3, -2, -1].flatMap((d) => [
  { type: 'morning-check', date: day(d), score: 1 },
  {
    type: 'session',
    date: day(d),
    painDuring: 2,
    exercises: [{ id: 'side-plank', sets: 3, holdSeconds: 20 }],
  },
]);

async function noViolations(page: Page): Promise<void> {
  expect(describeViolations(await axe(page))).toEqual([]);
}

/** Leaves only these kinds ticked in the timeline's filter. */
async function show(page: Page, kinds: string[]): Promise<void> {
  const filter = page.getByRole('group', { name: 'Show' });
  for (const kind of KINDS) {
    const box = filter.getByLabel(kind, { exact: true });
    if ((await box.isChecked()) !== kinds.includes(kind)) await box.click();
  }
}

/** Issue 12, ADRs 129 and 221: a history a clinician can trust. */
describe('the record’s timeline', () => {
  const suite = serverAndBrowser();

  it('filters by kind in the URL, names exercises, takes a past-dated load test, marks a note entered in error', async () => {
    const clinic = await desktop(suite.browser, suite.server.url, true);
    const doc = await clinic.newPage();
    await clinicSignUp(doc, 'Riverside Physio');
    const code = (await apiCall<{ code: string }>(doc, 'POST', 'clinician/invites', {})).code;

    const patientContext = await phone(suite.browser, suite.server.url, true);
    const patient = await patientContext.newPage();
    await signUp(patient);
    const patientId = await seedPatient(patient, { screeningDay: day(-7), events: week });
    await apiCall(patient, 'POST', 'invites/accept', { code });
    const note = await apiCall<{ id: string }>(doc, 'POST', `patients/${patientId}/notes`, {
      kind: 'dry-needling',
      text: 'Needled the left hamstring origin.\nReview in a week.',
      date: day(-2),
    });
    expect(note.id).toBeTruthy();

    await doc.goto(`/clinic/patients/${patientId}`);
    await doc.getByRole('heading', { name: 'Timeline' }).waitFor();
    const timeline = doc.getByTestId('timeline');
    // Decisions in words, not rule ids
    await timeline.getByText('Decision: Program started').first().waitFor();
    expect(await timeline.textContent()).not.toMatch(/Engine|Rules:/);

    // Sessions only: the exercises with sets and holds; the filter is in the URL and survives a reload.
    await show(doc, ['Sessions']);
    await doc.waitForURL(/[?&]show=sessions$/);
    await timeline.getByText('Side plank: 3 sets × 20 s hold').first().waitFor();
    expect(await timeline.getByText(/Morning check/).count()).toBe(0);
    await doc.reload();
    await doc.getByTestId('timeline-count').getByText('Showing the newest 6 of 6').waitFor();
    expect(await doc.getByRole('group', { name: 'Show' }).getByLabel('Decisions').isChecked()).toBe(false);

    // A load test done three days ago, recorded today: it lands on its day.
    await doc.getByLabel('Test', { exact: true }).selectOption('arabesque');
    await doc.getByLabel('Pain (0-10)').fill('3');
    await doc.getByLabel('Date of the test').fill(day(-3));
    await doc.getByRole('button', { name: 'Save load test' }).click();
    await doc.getByText('Load test recorded.').waitFor();
    await show(doc, ['Tests', 'Treatment notes']);
    await doc.waitForURL(/[?&]show=tests%2Cnotes$|[?&]show=tests,notes$/);
    const loadTest = timeline.locator('li', { hasText: 'Arabesque test (left): pain 3/10' });
    await loadTest.waitFor();
    const shownDay = await loadTest.locator('.timeline-date').textContent();
    expect(shownDay).toBe(
      await doc.evaluate(
        (iso) =>
          new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
          }),
        day(-3),
      ),
    );
    const stored = await apiCall<{ items: { kind: string; event?: { type: string; date: string } }[] }>(
      doc,
      'GET',
      `patients/${patientId}/timeline?kinds=tests`,
    );
    expect(stored.items.map((i) => [i.event?.type, i.event?.date])).toEqual([['load-test', day(-3)]]);

    // The note keeps its line break, as text.
    const noteRow = timeline.locator('li', { hasText: 'Treatment: Dry needling' });
    const detail = noteRow.locator('.timeline-detail');
    expect(await detail.textContent()).toBe('Needled the left hamstring origin.\nReview in a week.');
    expect(await detail.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');

    // Marked entered in error, with a reason: kept, struck through, with who and why.
    await noteRow.locator('summary', { hasText: 'Mark entered in error' }).click();
    await noteRow.getByLabel('Reason (required)').fill('Recorded for the wrong patient.');
    await noteRow.getByRole('button', { name: 'Mark entered in error' }).click();
    const marked = timeline.locator('li.in-error', { hasText: 'Treatment: Dry needling' });
    await marked.getByText('Recorded for the wrong patient.', { exact: false }).waitFor();
    expect(await marked.locator('.struck').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe(
      'line-through',
    );
    expect(await marked.getByText('Mark entered in error').count()).toBe(0);
    await loadTest.locator('summary', { hasText: 'Mark entered in error' }).click();
    await noViolations(doc);
    await screenshot(doc, 'timeline-01-filtered-record');

    // The patient sees the note withdrawn, with the reason.
    await patient.goto('/progress');
    const withdrawn = patient.getByTestId('treatment-notes').locator('li.in-error');
    await withdrawn.getByText('Withdrawn:').waitFor();
    expect(await withdrawn.textContent()).toContain('Recorded for the wrong patient.');
    await noViolations(patient);

    await patientContext.close();
    await clinic.close();
  });
});
