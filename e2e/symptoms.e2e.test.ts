import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, phone, screenshot } from './lib/browser.js';
import { apiCall, day, navigate, seedPatient, signUp, uploaded } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

interface StoredEvents {
  events: { type: string; date: string; answers?: Record<string, boolean> }[];
}

const calmDays = [-4, -3, -2, -1].flatMap((d) => [
  { type: 'morning-check', date: day(d), score: 1 },
  { type: 'session', date: day(d), painDuring: 2 },
]);

async function noViolations(page: Page): Promise<void> {
  expect(describeViolations(await axe(page))).toEqual([]);
}

/** A patient a few days into the program, on Today. */
async function midProgramme(page: Page): Promise<string> {
  await signUp(page);
  const patientId = await seedPatient(page, { screeningDay: day(-5), events: calmDays });
  await page.goto('/today');
  await page.getByTestId('stage-level').waitFor();
  return patientId;
}

/** Answers the report's questions: yes to those matching `yes`, no to the rest. */
async function answer(page: Page, yes: RegExp): Promise<void> {
  await page.getByTestId('symptoms-form').waitFor();
  for (const fieldset of await page.getByTestId('symptoms-form').locator('fieldset').all()) {
    const question = (await fieldset.locator('legend').textContent()) ?? '';
    await fieldset.getByText(yes.test(question) ? 'Yes' : 'No', { exact: true }).click();
  }
}

describe('reporting a new symptom mid-programme', () => {
  const suite = serverAndBrowser();

  it('stops the program at once on a new red flag, from Today, saved as a symptoms event', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    const patientId = await midProgramme(page);
    await page.getByTestId('report-symptom-link').click();
    await page.getByRole('heading', { name: 'Report a new symptom' }).waitFor();
    const first = (await page.locator('legend').first().textContent()) ?? '';
    expect(first).toMatch(
      /^New or worse since your screening on .+: numbness or tingling around your genitals/,
    );
    await noViolations(page);
    await screenshot(page, 'symptoms-01-form');

    await page
      .locator('fieldset', { hasText: /BOTH legs \(not pain/ })
      .getByText('Yes', { exact: true })
      .click();
    await page.getByTestId('outcome-emergency').waitFor();
    await page.getByText('Your answer is saved.').waitFor();
    await noViolations(page);

    await page.goto('/today');
    await page.getByTestId('program-paused').waitFor();
    expect(await page.getByTestId('program-paused').textContent()).toMatch(/program is stopped/);
    await uploaded(page);
    const { events } = await apiCall<StoredEvents>(page, 'GET', `patients/${patientId}/events`);
    expect(events.filter((e) => e.type === 'symptoms')).toEqual([
      expect.objectContaining({
        date: day(0),
        answers: expect.objectContaining({ 'both-legs-symptoms': true }) as unknown,
      }),
    ]);
    expect((await apiCall<{ status: string }>(page, 'GET', `patients/${patientId}/decision`)).status).toBe(
      'emergency',
    );
    await context.close();
  });

  it('judges a report on the device with no network, then uploads it once', async () => {
    const context = await phone(suite.browser, suite.server.url);
    const page = await context.newPage();
    const patientId = await midProgramme(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.getByText('Offline', { exact: true }).waitFor();
    await navigate(page, 'Report a new symptom');
    await page.getByTestId('symptoms-form').waitFor();
    await page
      .locator('fieldset', { hasText: 'bladder or bowels' })
      .getByText('Yes', { exact: true })
      .click();
    await page.getByTestId('outcome-emergency').waitFor();
    await page.getByText('Your answer is saved.').waitFor();
    await navigate(page, 'Today');
    await page.getByTestId('program-paused').waitFor();
    await page.getByText('Offline · 1 change waiting').waitFor();

    await context.setOffline(false);
    await uploaded(page);
    const { events } = await apiCall<StoredEvents>(page, 'GET', `patients/${patientId}/events`);
    expect(events.filter((e) => e.type === 'symptoms')).toHaveLength(1);
    expect((await apiCall<{ status: string }>(page, 'GET', `patients/${patientId}/decision`)).status).toBe(
      'emergency',
    );
    await context.close();
  });

  it('reaches the report from Check-in and the menu, and a report of no change changes nothing', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    await midProgramme(page);
    await navigate(page, 'Check-in');
    await page.getByRole('link', { name: 'Report a new symptom' }).click();
    await page.getByRole('heading', { name: 'Report a new symptom' }).waitFor();
    await navigate(page, 'Report a new symptom');
    await answer(page, /^$/);
    await page.getByRole('button', { name: 'Save report' }).click();
    await page.getByTestId('symptoms-outcome').waitFor();
    expect(await page.getByTestId('symptoms-outcome').getAttribute('data-status')).toBe('active');
    await noViolations(page);
    // The next report counts from this one.
    await page.goto('/symptoms');
    expect(await page.locator('legend').first().textContent()).toMatch(
      /^New or worse since your last report on /,
    );
    await context.close();
  });

  it('raises nerve-signs on new tingling below the knee', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    const patientId = await midProgramme(page);
    await navigate(page, 'Report a new symptom');
    await answer(page, /below the knee/);
    await page.getByRole('button', { name: 'Save report' }).click();
    await page.getByTestId('symptoms-nerve-signs').waitFor();
    expect(await page.getByTestId('symptoms-outcome').getAttribute('data-status')).toBe('active');
    await noViolations(page);
    await uploaded(page);
    const decision = await apiCall<{ status: string; flags: string[] }>(
      page,
      'GET',
      `patients/${patientId}/decision`,
    );
    expect(decision.status).toBe('active');
    expect(decision.flags).toContain('nerve-signs');
    await context.close();
  });

  it('asks the avulsion questions after a session with pain of 8 or more, and a yes pauses the program', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    const patientId = await midProgramme(page);
    await page.getByRole('checkbox').first().check();
    await page
      .locator('fieldset', { hasText: 'during the exercises' })
      .getByText('8', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Save session' }).click();
    const form = page.getByTestId('symptoms-form');
    await form.getByRole('heading', { name: /Pain of 8\/10 during the session/ }).waitFor();
    expect(await form.locator('fieldset').count()).toBe(2);
    await noViolations(page);
    await form.locator('fieldset', { hasText: 'pop or tearing' }).getByText('Yes', { exact: true }).click();
    await form.locator('fieldset', { hasText: 'bruising' }).getByText('No', { exact: true }).click();
    await form.getByRole('button', { name: 'Save report' }).click();
    await page.getByTestId('program-paused').waitFor();
    expect(await page.getByTestId('program-paused').textContent()).toMatch(/See a clinician/);
    await uploaded(page);
    expect((await apiCall<{ status: string }>(page, 'GET', `patients/${patientId}/decision`)).status).toBe(
      'urgent-referral',
    );
    await context.close();
  });
});
