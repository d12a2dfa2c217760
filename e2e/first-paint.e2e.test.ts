import type { Cookie } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phone } from './lib/browser.js';
import { apiCall, day, seedPatient, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

const DISCLAIMER = 'This app does not replace a clinician.';

describe("Today's first paint from the server (ADR 232)", () => {
  const suite = serverAndBrowser();

  /** A signed-up patient with a plan, whose snapshot is fresh: the session cookie. */
  async function patientWithAPlan(): Promise<Cookie[]> {
    const context = await phone(suite.browser, suite.server.url);
    const page = await context.newPage();
    await signUp(page);
    const patientId = await seedPatient(page, {
      screeningDay: day(-4),
      events: [-3, -2, -1].map((d) => ({ type: 'morning-check', date: day(d), score: 1 })),
    });
    await apiCall(page, 'GET', `patients/${patientId}/decision`);
    // the decision request saves the snapshot after it answers: a navigation renders once it is stored
    await expect
      .poll(async () => {
        const response = await page.request.get('/today', { headers: { 'Sec-Fetch-Mode': 'navigate' } });
        return (await response.text()).includes('data-first-paint="server"');
      })
      .toBe(true);
    const cookies = await context.cookies();
    await context.close();
    return cookies;
  }

  it('shows the plan and the disclaimer with JavaScript off, and the app takes the page over with it on', async () => {
    const cookies = await patientWithAPlan();

    const noScript = await suite.browser.newContext({
      baseURL: suite.server.url,
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    await noScript.addCookies(cookies);
    const still = await noScript.newPage();
    const violations: string[] = [];
    still.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) violations.push(m.text());
    });
    const response = await still.goto('/today');
    expect(response?.headers()['cache-control']).toBe('no-store');
    expect(await still.getByTestId('stage-level').textContent()).toBe('Stage 1 · Level 1');
    expect(await still.locator('footer').textContent()).toContain(DISCLAIMER);
    expect(await still.getByRole('link', { name: 'Today' }).getAttribute('aria-current')).toBe('page');
    expect(await still.locator('[data-first-paint="server"]').count()).toBe(1);
    expect(violations).toEqual([]);
    await noScript.close();

    const context = await phone(suite.browser, suite.server.url);
    await context.addCookies(cookies);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const first = await page.goto('/today');
    expect(await first?.text()).toContain('data-testid="stage-level"');
    // the app's own Today: the week comes once the plan is painted, and nothing of the server's is left
    await page.getByTestId('week-view').waitFor();
    expect(await page.locator('[data-first-paint]').count()).toBe(0);
    expect(await page.getByTestId('stage-level').count()).toBe(1);
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.getByTestId('stage-level').textContent()).toBe('Stage 1 · Level 1');
    // the app, imported once the server's paint is shown (ADR 234), still installs its service worker
    expect(
      await page.evaluate(async () => {
        const ready = await navigator.serviceWorker.ready;
        return ready.active?.scriptURL;
      }),
    ).toMatch(/\/sw\.js$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
