import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, phone } from './lib/browser.js';
import { clinicSignUp, createInvite } from './lib/clinician.js';
import { apiCall, fillProfile, navigate, signUp, uploaded } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

interface Stored {
  events: { type: string; painAfter?: number; instrument?: string; action?: string }[];
}

/**
 * A double tap at its harshest: two clicks in the same moment, before the page has re-rendered (a
 * playwright dblclick lets React disable the button between its two clicks).
 */
async function doubleTap(button: Locator): Promise<void> {
  await button.evaluate((b: HTMLElement) => {
    b.click();
    b.click();
  });
}

async function counts(page: Page, patientId: string): Promise<Record<string, number>> {
  await uploaded(page);
  const { events } = await apiCall<Stored>(page, 'GET', `patients/${patientId}/events`);
  const out: Record<string, number> = {};
  for (const e of events) {
    const key = e.type === 'session' && e.painAfter !== undefined ? 'session+after' : e.type;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

describe('every save happens once however often tapped (ADR 211)', () => {
  const suite = serverAndBrowser();

  it('stores one record per double-tapped save button in the patient and clinician apps', async () => {
    const context = await phone(suite.browser, suite.server.url);
    const page = await context.newPage();
    await signUp(page);
    await page.getByRole('link', { name: 'Start' }).click();
    await fillProfile(page, { year: '1984', runner: true });
    await doubleTap(page.getByRole('button', { name: 'Save and continue' }));

    // The screening: every answer no but the usual pattern; the last button double-tapped.
    for (;;) {
      await page.locator('h1').first().waitFor();
      for (const fieldset of await page.locator('fieldset').all()) {
        const question = (await fieldset.locator('legend').textContent()) ?? '';
        const feature =
          /sitting bone|when you sit|stretch|gradually/i.test(question) && !/BOTH/.test(question);
        await fieldset.getByText(feature ? 'Yes' : 'No', { exact: true }).click();
      }
      const next = page.getByRole('button', { name: /Next|See the result/ });
      const label = await next.textContent();
      if (label === 'See the result') {
        await doubleTap(next);
        break;
      }
      await next.click();
    }
    await page.getByTestId('outcome-start').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    const me = await apiCall<{ patientId: string }>(page, 'GET', 'me');
    const patientId = me.patientId;

    await page.getByRole('link', { name: 'Next: your starting point' }).click();
    await page.getByLabel(/How many minutes can you sit/).fill('25');
    for (const fieldset of await page.locator('fieldset').all()) {
      await fieldset.getByText('6', { exact: true }).click();
    }
    await doubleTap(page.getByRole('button', { name: 'Save' }));
    await page.getByTestId('stage-level').waitFor();

    await navigate(page, 'Check-in');
    await page
      .locator('fieldset', { hasText: 'during the 3 bridges' })
      .getByText('2', { exact: true })
      .click();
    await doubleTap(page.getByRole('button', { name: 'Save check-in' }));
    await page.getByTestId('stage-level').waitFor();

    await page.getByRole('checkbox').first().check();
    await page
      .locator('fieldset', { hasText: 'during the exercises' })
      .getByText('2', { exact: true })
      .click();
    await doubleTap(page.getByRole('button', { name: 'Save session' }));
    await page.locator('fieldset', { hasText: 'Pain now' }).getByText('3', { exact: true }).click();
    await doubleTap(page.getByRole('button', { name: 'Save pain after' }));
    await page.getByTestId('session-done').waitFor();

    await navigate(page, 'Report a new symptom');
    await page.getByTestId('symptoms-form').waitFor();
    for (const fieldset of await page.getByTestId('symptoms-form').locator('fieldset').all()) {
      await fieldset.getByText('No', { exact: true }).click();
    }
    await doubleTap(page.getByRole('button', { name: 'Save report' }));
    await page.getByTestId('symptoms-outcome').waitFor();

    await navigate(page, 'Running');
    await page.getByLabel('Minutes').fill('20');
    await page.locator('fieldset', { hasText: 'during the run' }).getByText('1', { exact: true }).click();
    await doubleTap(page.getByRole('button', { name: 'Save run' }));
    await page.getByText('Run saved.').waitFor();

    expect(await counts(page, patientId)).toEqual({
      sitting: 1,
      'function-check': 1,
      'morning-check': 1,
      session: 1,
      'session+after': 1,
      symptoms: 1,
      run: 1,
    });

    // The clinician app: sign-up, invite, a plan change, a treatment note and a VISA-H total.
    const clinic = await desktop(suite.browser, suite.server.url);
    const doc = await clinic.newPage();
    await clinicSignUp(doc, 'Double Tap Physio');
    const code = await createInvite(doc);
    await apiCall(page, 'POST', 'invites/accept', { code });
    await doc.goto(`/clinic/patients/${patientId}`);
    await doc.getByLabel('Action').selectOption('set-ceiling');
    await doc.getByLabel('Note (required)').fill('Lower ceiling for a fortnight.');
    await doubleTap(doc.getByRole('button', { name: 'Save change' }));
    await doc
      .getByTestId('action-effect')
      .getByText(/^Saved\. .*The patient sees it with the note\.$/)
      .waitFor();
    await doc.getByLabel('What was done').fill('Soft tissue work to the hamstring.');
    await doubleTap(doc.getByRole('button', { name: 'Save note' }));
    await doc.getByText('Treatment note saved.').waitFor();
    await doc.getByLabel('VISA-H total (0-100)').fill('61');
    await doubleTap(doc.getByRole('button', { name: 'Save VISA-H' }));
    await doc.getByText('VISA-H total recorded.').waitFor();

    const { events } = await apiCall<Stored>(doc, 'GET', `patients/${patientId}/events`);
    expect(events.filter((e) => e.type === 'clinician')).toHaveLength(1);
    expect(events.filter((e) => e.instrument === 'visa-h')).toHaveLength(1);
    const notes = await apiCall<{ notes: unknown[] }>(doc, 'GET', `patients/${patientId}/notes`);
    expect(notes.notes).toHaveLength(1);
    await clinic.close();
    await context.close();
  });
});
