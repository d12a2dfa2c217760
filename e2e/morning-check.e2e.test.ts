import { describe, expect, it } from 'vitest';
import { phone } from './lib/browser.js';
import { day, seedPatient, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

describe('the morning check-in', () => {
  const suite = serverAndBrowser();

  it('recomputes the plan at once: a morning above the ceiling makes today a pain-relief day (pht-v2)', async () => {
    const context = await phone(suite.browser, suite.server.url);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signUp(page);
    // A green session three days ago, judged green by a calm morning; another session yesterday, whose
    // response pht-v2 makes final only tomorrow (day E: a 48-hour check could still turn it red).
    await seedPatient(page, {
      screeningDay: day(-5),
      events: [
        { type: 'session', date: day(-3), painDuring: 2 },
        { type: 'morning-check', date: day(-2), score: 1 },
        { type: 'session', date: day(-1), painDuring: 2 },
      ],
    });
    await page.goto('/today');
    await page.getByTestId('stage-level').waitFor();
    expect(await page.getByTestId('stage-level').textContent()).toBe('Stage 1 · Level 1');

    await page.getByRole('link', { name: 'Do the morning check' }).click();
    await page.locator('svg[role="img"]').first().waitFor();
    await page
      .locator('fieldset', { hasText: 'during the 3 bridges' })
      .getByText('7', { exact: true })
      .click();
    await page.getByLabel(/minutes could you sit/).fill('40');
    // The plan moves at once because the device decides it: with the network cut, it still moves.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    // decided on the device at once: today is a flare day, one gentle hold only
    await page.getByTestId('pain-relief').waitFor();
    await context.setOffline(false);
    expect(await page.getByTestId('stage-level').textContent()).toBe('Stage 1 · Level 1');
    expect(await page.getByTestId('plan-why').textContent()).toMatch(/7\/10/);
    expect(await page.locator('article.card h3').allTextContents()).toEqual(['Isometric leg curl']);
    await page.getByText('Stand up and move every 30 minutes.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
