import fs from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, desktop, phone, screenshot } from './lib/browser.js';
import { clinicSignUp, createInvite } from './lib/clinician.js';
import { apiCall, day, seedPatient, signUp, uploaded } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

async function noViolations(page: Page): Promise<void> {
  expect(describeViolations(await axe(page))).toEqual([]);
}

const checks = [-3, -2, -1].map((d) => ({ type: 'morning-check', date: day(d), score: 1 }));

describe('the daily loop', () => {
  const suite = serverAndBrowser();

  it('runs a strength exercise set by set with the rest counted down (fake clock), marks it done and logs it', async () => {
    // A patient their clinician has moved to stage 2 (strength sets of 15, lowering over 3 s, 90 s rest).
    const clinic = await desktop(suite.browser, suite.server.url);
    const doc = await clinic.newPage();
    await clinicSignUp(doc, 'Timer Physio');
    const code = await createInvite(doc);
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    await page.clock.install();
    await signUp(page);
    const patientId = await seedPatient(page, { screeningDay: day(-4), events: checks });
    await apiCall(page, 'POST', 'invites/accept', { code });
    await apiCall(doc, 'POST', `patients/${patientId}/clinician-actions`, {
      action: 'set-stage',
      stage: 2,
      level: 1,
      note: 'Strong and settled: knee-only strength from today.',
    });
    await clinic.close();

    await page.goto('/today');
    expect(await page.getByTestId('stage-level').textContent()).toBe('Stage 2 · Level 1');
    await page.getByTestId('week-view').waitFor();
    const card = page.getByTestId('exercise-prone-leg-curl');
    const headline = card.getByTestId('timer-headline');
    await card.getByRole('button', { name: 'Start sets' }).click();
    await page.clock.runFor(1_000);
    expect(await headline.textContent()).toBe('Set 1 of 3');
    expect(await card.getByTestId('timer-rep').textContent()).toMatch(/rep 1 of 15/);
    await page.clock.runFor(10_000);
    expect(await card.getByTestId('timer-rep').textContent()).toMatch(/rep 3 of 15/);

    // 15 reps of 5 s: the rest starts at 75 s and counts down from 90 s.
    await page.clock.runFor(65_000);
    expect(await headline.textContent()).toBe('Rest, then set 2 of 3');
    expect(Number(await card.getByTestId('timer-count').textContent())).toBeGreaterThan(85);
    await noViolations(page);
    await screenshot(page, 'today-strength-rest');
    await page.clock.runFor(60_000);
    expect(Number(await card.getByTestId('timer-count').textContent())).toBeLessThanOrEqual(30);
    await page.clock.runFor(30_000);
    expect(await headline.textContent()).toBe('Set 2 of 3');

    // Set 2, a rest, set 3, then it stops: no fourth set, the exercise marked done.
    await page.clock.runFor(75_000);
    expect(await headline.textContent()).toBe('Rest, then set 3 of 3');
    await page.clock.runFor(90_000 + 75_000);
    expect(await headline.textContent()).toBe('All 3 sets done');
    await page.clock.runFor(120_000);
    expect(await headline.textContent()).toBe('All 3 sets done');
    await card.getByTestId('exercise-done').waitFor();
    expect(await card.getByRole('button', { name: /Start|Resume/ }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Prone leg curl' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Glute bridge' }).isChecked()).toBe(false);

    await page
      .locator('fieldset', { hasText: 'during the exercises' })
      .getByText('2', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByRole('heading', { name: /how is it (now|after)/ }).waitFor();
    await uploaded(page);
    const { events } = await apiCall<{ events: { type: string; exercises?: unknown }[] }>(
      page,
      'GET',
      `patients/${patientId}/events`,
    );
    expect(events.filter((e) => e.type === 'session').map((e) => e.exercises)).toEqual([
      [{ id: 'prone-leg-curl', sets: 3 }],
    ]);
    await context.close();
  });

  it('fits the navigation on one row of a 360 px phone, with the rest under More', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    await signUp(page);
    await seedPatient(page, { screeningDay: day(-4), events: checks });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/today');
    await page.getByTestId('stage-level').waitFor();
    const items = await page
      .locator('.nav-list > li')
      .evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top));
    expect(new Set(items).size).toBe(1);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByText('More').click();
    await nav.getByRole('link', { name: 'Report a new symptom' }).waitFor();
    await noViolations(page);
    await screenshot(page, 'today-360-more');
    await context.close();
  });

  it('remembers reminder times, writes a calendar file a real iCalendar parser reads, and refuses a blank time', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    await signUp(page);
    await seedPatient(page, { screeningDay: day(-4), events: checks });
    await page.goto('/settings');
    await page.getByLabel('Morning check time').fill('06:45');
    await page.getByLabel('First session time').fill('17:15');
    await page.reload();
    expect(await page.getByLabel('Morning check time').inputValue()).toBe('06:45');
    expect(await page.getByLabel('First session time').inputValue()).toBe('17:15');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar file (.ics)' }).click(),
    ]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      'Morning check (10 seconds)',
      'Rehab exercises',
      'Rehab exercises (second of the day)',
    ]);
    const [morning, session] = events;
    expect(morning?.description).toBe('3 slow single-leg bridges, then log the pain score.');
    expect(session?.description).toBe('Open the app for today’s plan, then log the session.');
    expect([morning?.startDate.hour, morning?.startDate.minute]).toEqual([6, 45]);
    expect([session?.startDate.hour, session?.startDate.minute]).toEqual([17, 15]);
    expect(morning?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=DAILY');

    await page.getByLabel('Morning check time').fill('');
    await page.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
    await page
      .getByRole('alert')
      .getByText(/Morning check time: enter a time/)
      .waitFor();
    await noViolations(page);
    await context.close();
  });

  it('shows the linked clinician with an unlink button and the audit list in words', async () => {
    const clinic = await desktop(suite.browser, suite.server.url);
    const doc = await clinic.newPage();
    const clinicianEmail = await clinicSignUp(doc, 'Words Physio');
    const code = await createInvite(doc);
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    await signUp(page);
    const patientId = await seedPatient(page, { screeningDay: day(-4), events: checks });
    await page.goto('/settings');
    await page.getByLabel('Invite code from your clinician').fill(code);
    await page.getByRole('button', { name: 'Accept invite' }).click();
    await page
      .getByTestId('linked-clinicians')
      .getByText(`${clinicianEmail} (Words Physio) can see your data`)
      .waitFor();
    await apiCall(doc, 'GET', `patients/${patientId}/decision`);
    await page.reload();
    await page
      .getByTestId('audit-list')
      .getByText(`${clinicianEmail} (Words Physio), your clinician, viewed your plan.`)
      .waitFor();
    expect(await page.getByTestId('audit-list').textContent()).not.toMatch(/decision\.read/);
    await noViolations(page);
    await screenshot(page, 'settings-linked');

    await page.getByRole('button', { name: `Unlink ${clinicianEmail}` }).click();
    await page.getByText('You are not linked to a clinician.').waitFor();
    expect(await apiCall<{ clinicians: unknown[] }>(page, 'GET', `patients/${patientId}/clinicians`)).toEqual(
      {
        clinicians: [],
      },
    );
    const refused = await doc.request.get(`${suite.server.url}/api/v1/patients/${patientId}/decision`);
    expect(refused.status()).toBe(404);
    await clinic.close();
    await context.close();
  });
});
