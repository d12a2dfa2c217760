import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, desktop, phone, screenshot } from './lib/browser.js';
import { clinicSignUp } from './lib/clinician.js';
import { apiCall, day, seedPatient, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

const calmDays = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((d) => [
    { type: 'morning-check', date: day(d), score: 1 },
    { type: 'session', date: day(d), painDuring: 2 },
  ]);

async function noViolations(page: Page): Promise<void> {
  expect(describeViolations(await axe(page))).toEqual([]);
}

/** Links the patient on `page` to the clinician on `doc` through an invite code. */
async function link(doc: Page, page: Page): Promise<void> {
  const { code } = await apiCall<{ code: string }>(doc, 'POST', 'clinician/invites', {});
  await apiCall(page, 'POST', 'invites/accept', { code });
}

/** Where an element starts on the page (not the viewport), in CSS pixels. */
const pageTop = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe('protocol pht-v2 in the apps', () => {
  const suite = serverAndBrowser();

  it('shows the pain-relief plan and “see your clinician” at the top of Today as soon as a 9/10 session is saved', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signUp(page);
    await seedPatient(page, {
      screeningDay: day(-6),
      events: [...calmDays(-5, -1), { type: 'morning-check', date: day(0), score: 1 }],
    });
    await page.goto('/today');
    await page.getByRole('heading', { name: 'Log this session' }).waitFor();
    expect(await page.getByTestId('seek-clinician').count()).toBe(0);

    await page.getByRole('checkbox').first().check();
    await page
      .locator('fieldset', { hasText: 'Worst pain at the sitting bone during the exercises' })
      .getByText('9', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Save session' }).click();
    // at once: decided on the device, no reload and no wait for a morning check
    await page.getByTestId('seek-clinician').waitFor();
    await page.getByTestId('pain-relief').waitFor();
    expect(await page.getByTestId('seek-clinician').textContent()).toContain('8/10 or more');
    // in view at once, even though the save button was far down the page
    const inView = (await page.getByTestId('seek-clinician').boundingBox())?.y ?? -1;
    expect(inView).toBeGreaterThan(-1);
    expect(inView).toBeLessThan(844);
    // first on the page, right under the title, above the pain-relief plan and every exercise card
    const seekTop = await pageTop(page, '[data-testid="seek-clinician"]');
    expect(seekTop).toBeLessThan(await pageTop(page, '[data-testid="stage-level"]'));
    expect(seekTop).toBeLessThan(await pageTop(page, '[data-testid="pain-relief"]'));
    expect(seekTop).toBeLessThan(await pageTop(page, 'article.card'));
    // the pain-relief plan: one gentle hold, nothing else, no stage aim asking for more
    expect(await page.locator('article.card h3').allTextContents()).toHaveLength(1);
    expect(await page.getByTestId('pain-relief').textContent()).toContain('Only the one gentle hold');
    await noViolations(page);
    await screenshot(page, 'v2-01-today-severe-pain');

    // Progress explains the step back on its day with that day's reasons; Learn draws the new exercises
    await page.goto('/progress');
    await page.getByTestId('plan-changes').getByText('Stepped back').waitFor();
    expect(await page.getByTestId('plan-changes').textContent()).toContain('9/10');
    await noViolations(page);
    await page.goto('/learn');
    await page.getByText('Side-lying hip abduction', { exact: true }).click();
    await page.getByText('Side plank', { exact: true }).click();
    await page.getByRole('img', { name: /Lying on the side propped on the forearm/ }).waitFor();
    await page.getByRole('img', { name: /Lying on the side with the head on the lower arm/ }).waitFor();
    await page.getByText(/Rolling the hips backwards/).waitFor();
    await noViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a runner’s running paused until its day after a red run, on Today and the Running page', async () => {
    const clinic = await desktop(suite.browser, suite.server.url);
    const doc = await clinic.newPage();
    await clinicSignUp(doc, 'Runners Clinic');
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    await signUp(page);
    const patientId = await seedPatient(page, {
      runner: true,
      screeningDay: day(-9),
      events: calmDays(-8, -3),
    });
    await link(doc, page);
    const actions = `patients/${patientId}/clinician-actions`;
    await apiCall(doc, 'POST', actions, {
      action: 'set-stage',
      stage: 2,
      level: 1,
      note: 'Strong.',
      date: day(-2),
    });
    await apiCall(doc, 'POST', actions, {
      action: 'set-running-level',
      runningLevel: 2,
      note: 'Runs.',
      date: day(-2),
    });
    await page.goto('/running');
    await page.getByText('Running level R2').waitFor();
    expect(await page.getByTestId('running-paused').count()).toBe(0);

    // a red run today (7/10 during): red at once, today and tomorrow are pain-relief days
    await apiCall(page, 'POST', `patients/${patientId}/events`, {
      id: crypto.randomUUID(),
      type: 'run',
      date: day(0),
      minutes: 20,
      kind: 'easy',
      painDuring: 7,
    });
    await page.goto('/running');
    const paused = page.getByTestId('running-paused');
    await paused.waitFor();
    // the app writes dates in the browser's locale (lib/dates formatDay): ask the browser for tomorrow so
    const shown = await page.evaluate(() => {
      const tomorrow = new Date();
      tomorrow.setDate(tomorrow.getDate() + 1);
      return tomorrow.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
    });
    expect(await paused.textContent()).toContain(`Running paused until ${shown}`);
    await noViolations(page);
    await screenshot(page, 'v2-02-running-paused');
    await page.goto('/today');
    await page.getByTestId('pain-relief').getByTestId('running-paused').waitFor();
    await noViolations(page);
    await Promise.all([context.close(), clinic.close()]);
  });

  it('lets a clinician review with a note, which clears repeated-flare in the caseload and the record', async () => {
    const clinic = await desktop(suite.browser, suite.server.url, true);
    const doc = await clinic.newPage();
    await clinicSignUp(doc, 'Review Clinic');
    const context = await phone(suite.browser, suite.server.url);
    const page = await context.newPage();
    await signUp(page, 'Sam Repeated');
    // two flare episodes this week: red (7/10) sessions four and two days ago
    await seedPatient(page, {
      screeningDay: day(-10),
      events: [
        ...calmDays(-9, -5),
        { type: 'session', date: day(-4), painDuring: 7 },
        { type: 'morning-check', date: day(-3), score: 3 },
        { type: 'session', date: day(-2), painDuring: 7 },
        { type: 'morning-check', date: day(-1), score: 3 },
        { type: 'morning-check', date: day(0), score: 2 },
      ],
    });
    await link(doc, page);
    await context.close();

    await doc.goto('/clinic');
    const row = doc.getByTestId('caseload-row').first();
    await row.waitFor();
    expect(await row.getByRole('link').textContent()).toBe('Sam Repeated');
    await row.locator('[data-flag="repeated-flare"]').waitFor();
    await noViolations(doc);
    await row.getByRole('link').click();
    await doc.getByRole('heading', { name: 'Current decision' }).waitFor();
    await doc.getByTestId('decision').locator('[data-flag="repeated-flare"]').waitFor();
    expect(await doc.getByTestId('decision-protocol').textContent()).toContain('pht-v2');

    await doc.getByLabel('Action').selectOption('review');
    await doc.getByTestId('action-hint').waitFor();
    await noViolations(doc);
    await doc.getByLabel('Note (required)').fill('Two flares after long drives: cushion and breaks agreed.');
    await doc.getByRole('button', { name: 'Save change' }).click();
    await doc
      .getByTestId('action-effect')
      .getByText(/^Saved\. .*The patient sees it with the note\.$/)
      .waitFor();
    await doc.getByTestId('timeline').getByText('Clinician: Reviewed the patient').waitFor();
    await doc.getByTestId('decision').locator('[data-flag="repeated-flare"]').waitFor({ state: 'detached' });
    await noViolations(doc);
    await screenshot(doc, 'v2-03-record-reviewed');

    await doc.goto('/clinic');
    await doc.getByTestId('caseload-row').first().waitFor();
    expect(await doc.locator('[data-flag="repeated-flare"]').count()).toBe(0);
    await clinic.close();
  });
});
