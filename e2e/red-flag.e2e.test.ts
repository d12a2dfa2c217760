import { describe, expect, it } from 'vitest';
import { phone, screenshot } from './lib/browser.js';
import { signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

describe('a red-flag screening', () => {
  const suite = serverAndBrowser();

  it('sends the patient to emergency care and stops the program', async () => {
    const context = await phone(suite.browser, suite.server.url);
    const page = await context.newPage();
    await signUp(page);
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByLabel('Year of birth').fill('1970');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    for (;;) {
      await page.locator('h1').first().waitFor();
      for (const fieldset of await page.locator('fieldset').all()) {
        const question = (await fieldset.locator('legend').textContent()) ?? '';
        const answer = /numb/i.test(question) || /sitting bone|when you sit|stretch|gradual/i.test(question);
        await fieldset.getByText(answer ? 'Yes' : 'No', { exact: true }).click();
      }
      const next = page.getByRole('button', { name: /Next|See the result/ });
      const label = await next.textContent();
      await next.click();
      if (label === 'See the result') break;
    }
    await page.getByTestId('outcome-emergency').waitFor();
    await screenshot(page, '14-outcome-emergency');
    expect(await page.locator('h1').textContent()).toBe('Get emergency care today');
    const color = await page
      .getByTestId('outcome-emergency')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(color).toBe('rgb(163, 23, 30)');

    await page.goto('/today');
    await page.getByTestId('program-paused').waitFor();
    expect(await page.getByTestId('program-paused').textContent()).toMatch(/program is stopped/);
    expect(await page.getByRole('button', { name: 'Save session' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Start holds' }).count()).toBe(0);
    await context.close();
  });
});
