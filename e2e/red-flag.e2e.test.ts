import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, phone, screenshot } from './lib/browser.js';
import { apiCall, fillProfile, navigate, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

async function noViolations(page: Page): Promise<void> {
  expect(describeViolations(await axe(page))).toEqual([]);
}

const ALL_NO = {
  'saddle-numbness': false,
  'bladder-bowel-change': false,
  'both-legs-symptoms': false,
  'progressive-leg-weakness': false,
  'pain-at-sitting-bone': true,
  'worse-when-sitting': true,
  'worse-with-stretch-or-bending': true,
};

describe('a red-flag screening (red flags stick, ADR 209)', () => {
  const suite = serverAndBrowser();

  it('shows emergency advice the moment a first-screen emergency answer is given, and the patient cannot erase it', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    await signUp(page);
    await page.getByRole('link', { name: 'Start' }).click();
    await fillProfile(page, { year: '1970' });
    await page.getByRole('button', { name: 'Save and continue' }).click();

    // First screen: one yes to saddle numbness, nothing else answered, no button pressed.
    await page.getByRole('heading', { name: 'Warning signs' }).waitFor();
    await page.locator('fieldset', { hasText: 'saddle' }).getByText('Yes', { exact: true }).click();
    await page.getByTestId('outcome-emergency').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Get emergency care today');
    await page.getByText('Your answer is saved.').waitFor();
    await noViolations(page);
    await screenshot(page, '14-outcome-emergency');
    const color = await page
      .getByTestId('outcome-emergency')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(color).toBe('rgb(163, 23, 30)');

    const me = await apiCall<{ patientId: string }>(page, 'GET', 'me');
    const base = `patients/${me.patientId}`;
    const saved = await apiCall<{ date: string; answers: Record<string, boolean> }>(
      page,
      'GET',
      `${base}/screening`,
    );
    expect(saved.answers['saddle-numbness']).toBe(true);

    // The erase attempt by URL: the screening is not asked again.
    await page.goto('/screening');
    await page.getByTestId('screening-recorded').waitFor();
    expect(await page.locator('fieldset').count()).toBe(0);
    await noViolations(page);

    // ... and over the API: 409 naming why, and nothing changes.
    const origin = new URL(page.url()).origin;
    const erase = await page.request.fetch(`${origin}/api/v1/${base}/screening`, {
      method: 'PUT',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      data: JSON.stringify({ date: saved.date, answers: ALL_NO }),
    });
    expect(erase.status()).toBe(409);
    expect(((await erase.json()) as { error: string }).error).toMatch(
      /saddle-numbness.*cannot be taken back/,
    );
    expect(await apiCall(page, 'GET', `${base}/screening`)).toEqual(saved);
    expect((await apiCall<{ status: string }>(page, 'GET', `${base}/decision`)).status).toBe('emergency');

    await page.goto('/today');
    await page.getByTestId('program-paused').waitFor();
    expect(await page.getByTestId('program-paused').textContent()).toMatch(/program is stopped/);
    expect(await page.getByRole('button', { name: 'Save session' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Start holds' }).count()).toBe(0);

    // No exercise reminders while stopped.
    await navigate(page, 'Settings');
    await page.getByTestId('reminders-stopped').waitFor();
    expect(await page.getByRole('button', { name: /Download calendar file/ }).count()).toBe(0);
    await context.close();
  });

  it('shows the advice of a possible tear at once and saves it before going on', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    await signUp(page);
    await page.getByRole('link', { name: 'Start' }).click();
    await fillProfile(page, { year: '1980' });
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'Warning signs' }).waitFor();
    for (const fieldset of await page.locator('fieldset').all()) {
      await fieldset.getByText('No', { exact: true }).click();
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'A possible tear' }).waitFor();
    await page.locator('fieldset', { hasText: 'pop or tearing' }).getByText('Yes', { exact: true }).click();
    await page.getByTestId('screening-flag').waitFor();
    expect(await page.getByTestId('screening-flag').textContent()).toMatch(/torn tendon/);
    await page.getByTestId('screening-flag').getByText('Your answer is saved.').waitFor();
    await noViolations(page);
    const me = await apiCall<{ patientId: string }>(page, 'GET', 'me');
    expect(
      (await apiCall<{ answers: Record<string, boolean> }>(page, 'GET', `patients/${me.patientId}/screening`))
        .answers['sudden-onset-with-pop'],
    ).toBe(true);
    await context.close();
  });
});
