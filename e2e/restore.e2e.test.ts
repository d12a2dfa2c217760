import { describe, expect, it } from 'vitest';
import { axe, describeViolations, phone } from './lib/browser.js';
import { apiCall, day, seedPatient, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

const calmDays = [-4, -3, -2, -1].flatMap((d) => [
  { type: 'morning-check', date: day(d), score: 1 },
  { type: 'session', date: day(d), painDuring: 2 },
]);

/** Issue 15: a new account restored from an earlier account's JSON export, in Settings. */
describe('restoring an export into a new account', () => {
  const suite = serverAndBrowser();

  it('takes the export file in Settings, once, and the plan is the one the export was made from', async () => {
    const before = await (await phone(suite.browser, suite.server.url)).newPage();
    await signUp(before);
    const oldId = await seedPatient(before, { screeningDay: day(-5), events: calmDays });
    const exported = await apiCall<Record<string, unknown>>(before, 'GET', `patients/${oldId}/export`);
    const decision = await apiCall<unknown>(before, 'GET', `patients/${oldId}/decision`);

    const context = await phone(suite.browser, suite.server.url, true);
    const page = await context.newPage();
    await signUp(page);
    await page.getByRole('link', { name: 'Restore from its export' }).click();
    await page.getByRole('heading', { name: 'Restore from an export' }).waitFor();
    expect(describeViolations(await axe(page))).toEqual([]);

    // A file that is not an export is refused on the device, naming what to choose.
    const file = page.getByLabel('Export file (JSON)');
    await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.getByRole('button', { name: 'Restore' }).click();
    await page
      .getByRole('alert')
      .getByText(/not JSON/)
      .waitFor();

    await file.setInputFiles({
      name: 'rehab-data.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    const imports: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/import')) imports.push(r.status());
    });
    await page.getByRole('button', { name: 'Restore' }).dblclick();
    await page
      .getByRole('status')
      .getByText(`Restored: your profile, screening and ${String(calmDays.length)} logs.`)
      .waitFor();
    expect(imports).toEqual([201]);
    expect(describeViolations(await axe(page))).toEqual([]);

    const me = await apiCall<{ patientId: string }>(page, 'GET', 'me');
    expect(me.patientId).not.toBe(oldId);
    expect(await apiCall(page, 'GET', `patients/${me.patientId}/decision`)).toEqual(decision);
    await page.getByRole('link', { name: 'See today’s plan' }).click();
    await page.getByTestId('stage-level').waitFor();
    // Once restored, the account has data: Settings no longer offers a restore.
    await page.goto('/settings');
    await page.getByRole('heading', { name: 'Export my data' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Restore from an export' }).count()).toBe(0);
  });
});
