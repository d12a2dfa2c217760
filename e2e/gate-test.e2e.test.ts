import { describe, expect, it } from 'vitest';
import { axe, describeViolations, phone, screenshot } from './lib/browser.js';
import { heldAtStageTwoGate } from './lib/history.js';
import { seedPatient, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

describe('a self-test at the top of a stage', () => {
  const suite = serverAndBrowser();

  it('logs the single-leg bridge test, which opens stage 3 at once (pht-v2 day E) and starts running', async () => {
    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signUp(page);
    const history = heldAtStageTwoGate({ birthYear: 1985, affectedSide: 'left', runner: true });
    await seedPatient(page, { runner: true, screeningDay: history.screeningDay, events: history.events });

    await page.goto('/today');
    await page.getByTestId('stage-level').waitFor();
    expect(await page.getByTestId('stage-level').textContent()).toBe('Stage 2 · Level 4');
    expect(await page.locator('main').textContent()).toMatch(/single.leg bridge test of 3\/10 or less/i);
    const card = page.getByTestId('load-test-single-leg-bridge');
    await card.locator('svg[role="img"]').waitFor();
    await screenshot(page, '15-today-stage-gate');
    expect(describeViolations(await axe(page)), 'axe on today at the stage gate').toEqual([]);

    await card.getByText('2', { exact: true }).click();
    await card.getByRole('button', { name: 'Save test result' }).click();
    // The session of two days ago is judged today (its day E, pht-v2) with every gate test dated up to
    // today: the passed test opens stage 3 at once, decided on the device.
    await page.getByText('Stage 3 · Level 1').waitFor();
    expect(await page.getByTestId('plan-why').textContent()).toMatch(/stage 3/i);

    await page.getByRole('navigation', { name: 'Main' }).getByText('More').click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Running' }).click();
    await page.getByText('Running level R1').waitFor();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await screenshot(page, '16-running-r1');
    expect(describeViolations(await axe(page)), 'axe on running at R1').toEqual([]);

    await page.getByRole('navigation', { name: 'Main' }).getByText('More').click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
    await page.getByRole('heading', { name: 'All exercises and tests' }).waitFor();
    for (const summary of await page.locator('#library details > summary').all()) await summary.click();
    // pht-v2: 19 exercises (side-lying hip abduction and side plank added) and 8 load tests
    expect(await page.locator('#library svg[role="img"]').count()).toBe(27);
    await screenshot(page, '17-learn-library');
    expect(describeViolations(await axe(page)), 'axe on the exercise library').toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
