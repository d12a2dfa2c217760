import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, desktop, phone } from './lib/browser.js';
import { clinicSignUp, createInvite } from './lib/clinician.js';
import { apiCall, day, navigate, seedPatient, signUp } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

const HTML = 'Does this hurt? <img src=x onerror="window.__pwned=1"><b>bold-in-message</b>';

/** No markup of a message became DOM or ran. */
async function expectInert(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    bold: Array.from(document.querySelectorAll('b')).filter((b) => b.textContent.includes('bold-in-message'))
      .length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
  }));
  expect(found).toEqual({ images: 0, bold: 0, pwned: undefined });
}

/** Issue 13: secure messages between a patient and their clinic. */
describe('secure messages', () => {
  const suite = serverAndBrowser();

  it('carries messages both ways with unread counts, shows HTML as text, and is 404 to another clinic', async () => {
    const clinic = await desktop(suite.browser, suite.server.url, true);
    const doc = await clinic.newPage();
    await clinicSignUp(doc, 'Bridge Street Physio');
    const code = await createInvite(doc);
    // The clinician chooses the alerts they get by e-mail and by push: red flags by default; new messages by
    // e-mail too.
    await doc.getByRole('link', { name: 'Alerts' }).click();
    await doc.getByRole('heading', { name: 'Alerts' }).waitFor();
    const byMail = doc.getByRole('group', { name: 'E-mail me when' });
    expect(await byMail.getByLabel('A red flag (sent at once)').isChecked()).toBe(true);
    expect(
      await doc
        .getByRole('group', { name: 'Notify my devices when' })
        .getByLabel('A red flag (sent at once)')
        .isChecked(),
    ).toBe(true);
    expect(describeViolations(await axe(doc))).toEqual([]);
    await byMail.getByLabel('A new message from a patient').check();
    await doc.getByRole('button', { name: 'Save alerts' }).click();
    await doc.getByText('Saved.').waitFor();
    expect(await apiCall(doc, 'GET', 'clinicians/me/alerts')).toEqual({
      email: ['red-flag', 'new-message'],
      push: ['red-flag'],
    });

    const patientContext = await phone(suite.browser, suite.server.url, true);
    const patient = await patientContext.newPage();
    await signUp(patient);
    const patientId = await seedPatient(patient, { screeningDay: day(-3), events: [] });
    await patient.goto('/settings');
    await patient.getByLabel('Invite code from your clinician').fill(code);
    await patient.getByRole('button', { name: 'Accept invite' }).click();
    await patient.getByText(/^Linked\./).waitFor();

    // The patient writes, from Messages in the nav; two quick taps store one message.
    await navigate(patient, 'Messages');
    await patient.getByRole('heading', { name: 'Messages' }).waitFor();
    await patient.getByText('No messages yet.').waitFor();
    expect(describeViolations(await axe(patient))).toEqual([]);
    await patient.getByLabel('Write to your clinic').fill('The bridge hurt at 6/10 yesterday.');
    const sent = patient.waitForResponse(
      (r) => r.url().endsWith('/messages') && r.request().method() === 'POST',
    );
    await patient.getByRole('button', { name: 'Send' }).dblclick();
    await sent;
    await patient.getByTestId('message').getByText('The bridge hurt at 6/10 yesterday.').waitFor();

    // The clinician: 1 unread in the caseload, the thread from the record, then none.
    await doc.goto('/clinic');
    await doc.getByTestId('caseload-row').getByTestId('unread-count').getByText('1 unread').waitFor();
    await doc.goto(`/clinic/patients/${patientId}`);
    await doc.getByRole('link', { name: /Messages/ }).click();
    await doc.getByRole('heading', { name: 'Messages' }).waitFor();
    await doc.getByText('The bridge hurt at 6/10 yesterday.').waitFor();
    expect(await doc.getByTestId('message').count()).toBe(1);
    expect(describeViolations(await axe(doc))).toEqual([]);
    await doc.getByLabel('Write to the patient').fill(HTML);
    await doc.getByRole('button', { name: 'Send' }).click();
    await doc.getByText(HTML, { exact: true }).waitFor();
    await expectInert(doc);
    await doc.goto('/clinic');
    await doc.getByTestId('caseload-row').waitFor();
    expect(await doc.getByTestId('unread-count').count()).toBe(0);

    // The patient: 1 unread on Messages, the reply shown as text, then none.
    await patient.goto('/today');
    // on the closed "More" menu, and beside Messages inside it
    const nav = patient.getByRole('navigation', { name: 'Main' });
    await nav.getByTestId('unread-count').first().getByText('1 unread').waitFor();
    await nav.getByText('More').click();
    await nav
      .getByRole('link', { name: /Messages/ })
      .getByText('1 unread')
      .waitFor();
    await nav.getByRole('link', { name: /Messages/ }).click();
    await patient.getByText(HTML, { exact: true }).waitFor();
    await expectInert(patient);
    await patient.getByRole('heading', { name: 'Messages' }).waitFor();
    await expect.poll(() => patient.getByTestId('unread-count').count()).toBe(0);

    // A clinician of another clinic: 404 on the thread, reading or writing.
    const otherContext = await desktop(suite.browser, suite.server.url);
    const other = await otherContext.newPage();
    await clinicSignUp(other, 'Elsewhere Clinic');
    const status = (method: string) =>
      other.evaluate(
        async ([m, id]) => {
          const r = await fetch(`/api/v1/patients/${id ?? ''}/messages`, {
            method: m,
            headers: { 'Content-Type': 'application/json' },
            body: m === 'POST' ? JSON.stringify({ id: crypto.randomUUID(), text: 'hello' }) : undefined,
          });
          return r.status;
        },
        [method, patientId],
      );
    expect(await status('GET')).toBe(404);
    expect(await status('POST')).toBe(404);
    const thread = await apiCall<{ messages: unknown[] }>(patient, 'GET', `patients/${patientId}/messages`);
    expect(thread.messages).toHaveLength(2);
    await Promise.all([clinic.close(), patientContext.close(), otherContext.close()]);
  });
});
