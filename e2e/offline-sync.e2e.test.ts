import { describe, expect, it } from 'vitest';
import { phone } from './lib/browser.js';
import { apiCall, day, seedPatient, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

interface StoredEvents {
  events: { id: string; type: string; date: string }[];
}

describe('offline logging', () => {
  const suite = serverAndBrowser();

  it('shows the plan and logs with no network, then syncs each event exactly once', async () => {
    const context = await phone(suite.browser, suite.server.url);
    const page = await context.newPage();
    await signUp(page);
    const patientId = await seedPatient(page, { screeningDay: day(-2) });
    await page.goto('/today');
    await page.getByTestId('stage-level').waitFor();
    // The service worker has precached every page's chunk.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByText('All saved').waitFor();

    await context.setOffline(true);
    await page.getByText('Offline', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check-in' }).click();
    await page
      .locator('fieldset', { hasText: 'during the 3 bridges' })
      .getByText('2', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByTestId('stage-level').waitFor();
    await page.getByText('Offline · 1 change waiting').waitFor();

    await page.getByRole('checkbox').first().check();
    await page
      .locator('fieldset', { hasText: 'during the exercises' })
      .getByText('3', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByText('Offline · 2 changes waiting').waitFor();
    // The plan is recomputed on the device: the session awaits tomorrow's check.
    expect(await page.getByTestId('plan-waiting').textContent()).toMatch(
      /Waiting for the morning checks? that judges?/,
    );

    // Reopened with no network: the service worker serves the app, IndexedDB the plan and the queue.
    await page.reload();
    await page.getByTestId('stage-level').waitFor();
    await page.getByText('Offline · 2 changes waiting').waitFor();
    expect(await page.getByTestId('plan-waiting').textContent()).toMatch(
      /Waiting for the morning checks? that judges?/,
    );

    await context.setOffline(false);
    await page.getByText('All saved').waitFor();
    await page.reload();
    await page.getByTestId('stage-level').waitFor();
    await page.getByText('All saved').waitFor();

    const stored = await apiCall<StoredEvents>(page, 'GET', `patients/${patientId}/events`);
    expect(stored.events.map((e) => [e.type, e.date])).toEqual([
      ['morning-check', day(0)],
      ['session', day(0)],
    ]);
    expect(new Set(stored.events.map((e) => e.id)).size).toBe(2);
    await context.close();
  });
});
