import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { morningCheck, session } from '../../../test/fixtures.js';
import { calmDays, patientWith, redFlag } from '../../../test/histories.js';
import { pdfAllText, pdfPageCount, pdfPages } from '../../../test/pdf-text.js';
import { reportFileName } from './report.js';

describe('the PDF report: GET and POST /api/v1/patients/{patientId}/report.pdf', () => {
  let t: TestApp;
  let patient: Session;
  let clinician: Session;
  let url: string;
  const summary = 'Seen twice.\nReferred for a second opinion; Ελένη will call.';
  beforeEach(async () => {
    t = await testApp();
    patient = await patientWith(t, [
      ...calmDays('2026-03-02', '2026-03-09'),
      { id: randomUUID(), type: 'function-check', date: '2026-03-02', score: 41, instrument: 'visa-h' },
      { id: randomUUID(), type: 'function-check', date: '2026-03-09', score: 58.5, instrument: 'visa-h' },
      { id: randomUUID(), type: 'function-check', date: '2026-03-09', score: 70, instrument: 'own' },
      { id: randomUUID(), type: 'load-test', date: '2026-03-05', test: 'arabesque', pain: 3, side: 'left' },
      session('2026-03-09', 7),
      morningCheck('2026-03-10', 5),
    ]);
    clinician = await t.clinician([patient.patientId]);
    url = `/api/v1/patients/${patient.patientId}/report.pdf`;
    await t.request('PUT', `/api/v1/patients/${patient.patientId}/identity`, {
      session: clinician,
      body: { name: 'Zoë Łódź-Сергеева', dateOfBirth: '1980-02-29', reference: 'BS-42' },
    });
    const note = await t.request('POST', `/api/v1/patients/${patient.patientId}/notes`, {
      session: clinician,
      body: {
        kind: 'taping',
        text: 'Offloading tape, left buttock.\nReviewed in a week.',
        date: '2026-03-06',
      },
    });
    expect(note.statusCode, note.body).toBe(201);
  });
  afterEach(async () => {
    await t.close();
  });

  it('prints who the patient is in any script, the clinic, the summary, load tests and notes (issue 12)', async () => {
    const response = await t.request('POST', url, { session: clinician, body: { summary } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Zoe odz- 2026-03-10.pdf"; filename*=UTF-8''${encodeURIComponent('Zoë Łódź-Сергеева 2026-03-10.pdf')}`,
    );
    const pages = await pdfPages(response.rawPayload);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const first = pages[0] ?? '';
    const clinic = (await t.request('GET', '/api/v1/me', { session: clinician })).json<{
      clinicName: string;
    }>();
    expect(first).toContain(clinic.clinicName);
    expect(first).toContain('Zoë Łódź-Сергеева');
    expect(first).toContain('29 Feb 1980');
    expect(first).toContain('BS-42');
    expect(first).toContain('Seen twice.');
    expect(first).toContain('Ελένη will call.');
    expect(first).toContain('No red flag');
    const text = pages.join('\n');
    expect(text).toContain('5 Mar 2026: Arabesque test, left side, pain 3/10');
    expect(text).toContain('Offloading tape, left buttock.');
    expect(text).toContain('Reviewed in a week.');
    // function per instrument: first and latest with the change; a single score said once
    expect(text).toContain('VISA-H: first 41 on 2 Mar 2026, latest 58.5 on 9 Mar 2026 (+17.5).');
    expect(text).toContain('Own function check: 70 on 9 Mar 2026 (one score so far).');
    expect(text).toContain('green: score 0-3');
    expect(text).toContain('amber: score 4-5');
    expect(text).toContain('red: score 6-10 (above the ceiling of 5)');
    expect(text).toContain('Stage history');
    expect(text).toContain('Recent decisions and their reasons');
    expect(text).toContain('does not replace a clinician');
    // written about the patient, not to them
    expect(text).not.toMatch(/\byou(r)?\b/i);
    expect(text).toContain('the patient');
  });

  it('leaves out notes and load tests marked entered in error, and says so', async () => {
    const base = `/api/v1/patients/${patient.patientId}`;
    const wrong = await t.request('POST', `${base}/notes`, {
      session: clinician,
      body: { kind: 'education', text: 'Meant for another patient.', date: '2026-03-07' },
    });
    const test = randomUUID();
    await t.request('POST', `${base}/events`, {
      session: clinician,
      body: {
        events: [
          { id: test, type: 'load-test', date: '2026-03-08', test: 'hop-test', pain: 6, side: 'right' },
        ],
      },
    });
    for (const path of [`notes/${wrong.json<{ id: string }>().id}`, `events/${test}`]) {
      const marked = await t.request('POST', `${base}/${path}/entered-in-error`, {
        session: clinician,
        body: { reason: 'Wrong patient.' },
      });
      expect(marked.statusCode, marked.body).toBeLessThan(300);
    }
    const text = await pdfAllText((await t.request('GET', url, { session: clinician })).rawPayload);
    expect(text).not.toContain('Meant for another patient.');
    expect(text).not.toContain('Hop test');
    expect(text).toContain('1 note was marked entered in error and is left out.');
    expect(text).toContain('Offloading tape, left buttock.');
  });

  it('puts a red flag on page 1', async () => {
    await t.request('POST', `/api/v1/patients/${patient.patientId}/events`, {
      session: patient,
      body: { events: [redFlag('2026-03-10')] },
    });
    const response = await t.request('GET', url, { session: clinician });
    const first = (await pdfPages(response.rawPayload))[0] ?? '';
    expect(first).toContain('RED FLAG');
    expect(first).toContain('Emergency');
    expect(first).toMatch(/Current flags: .*red flag/);
  });

  it('is a tagged PDF in English with its title shown and the font embedded', async () => {
    const response = await t.request('GET', url, { session: patient });
    const raw = response.rawPayload.toString('latin1');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('DejaVuSans');
    expect(raw).toContain('pdfuaid:part');
    expect(pdfPageCount(response.rawPayload)).toBeGreaterThanOrEqual(3);
  });

  it('validates the summary: length, control characters, unknown fields (400 naming the field)', async () => {
    for (const body of [
      { summary: 'x'.repeat(2001) },
      { summary: 'bell\u0007' },
      { summary: 'escape \u001b[31m' },
      { summary: 'tab\there' },
      { summary: 42 },
      { other: 'x' },
    ]) {
      const response = await t.request('POST', url, { session: clinician, body });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.body).toMatch(/summary|other|additional/i);
    }
    const ok = await t.request('POST', url, { session: clinician, body: { summary: 'x'.repeat(2000) } });
    expect(ok.statusCode).toBe(200);
    const none = await t.request('POST', url, { session: clinician, body: {} });
    expect(await pdfAllText(none.rawPayload)).toContain('No summary was written for this report.');
  });

  it('is for the patient and the clinic; the summary for the clinic only; both audited', async () => {
    expect((await t.request('GET', url, { session: await t.clinician() })).statusCode).toBe(404);
    expect((await t.request('GET', url, { session: await t.signup() })).statusCode).toBe(404);
    expect((await t.request('GET', url)).statusCode).toBe(401);
    expect((await t.request('GET', url, { session: patient })).statusCode).toBe(200);
    expect((await t.request('POST', url, { session: patient, body: { summary } })).statusCode).toBe(403);
    expect(
      (await t.request('POST', url, { session: await t.clinician(), body: { summary } })).statusCode,
    ).toBe(404);
    await t.request('GET', url, { session: clinician });
    await t.request('POST', url, { session: clinician, body: { summary } });
    const audit = await t.request('GET', `/api/v1/patients/${patient.patientId}/audit`, { session: patient });
    const entries = audit.json<{ entries: { action: string; statusCode: number }[] }>().entries;
    expect(entries.slice(0, 2)).toMatchObject([
      { action: 'report.generate', statusCode: 200 },
      { action: 'report.read', statusCode: 200 },
    ]);
  });

  it('says what is missing for a patient with no decision yet, and names the file by date', async () => {
    const fresh = await t.signup();
    // Without a name (sign-up asks for one; the patient may clear it), the file is named by date.
    await t.request('PUT', `/api/v1/patients/${fresh.patientId}/identity`, {
      session: fresh,
      body: { name: null, dateOfBirth: null, reference: null },
    });
    const response = await t.request('GET', `/api/v1/patients/${fresh.patientId}/report.pdf`, {
      session: fresh,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="progress-report-\d{4}-\d\d-\d\d\.pdf"$/,
    );
    expect(await pdfAllText(response.rawPayload)).toContain(
      'No decision yet: a profile with a birth year is needed first',
    );
  });

  it('is compressed by default, and still a PDF', async () => {
    const compressed = await testApp({}, undefined, { pdf: { compress: true } });
    try {
      const me = await patientWith(compressed, calmDays('2026-03-02', '2026-03-09'));
      const response = await compressed.request('GET', `/api/v1/patients/${me.patientId}/report.pdf`, {
        session: me,
      });
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(response.rawPayload.toString('latin1')).toContain('/FlateDecode');
      expect(await pdfAllText(response.rawPayload)).toContain('Rehabilitation report');
    } finally {
      await compressed.close();
    }
  });
});

describe('reportFileName', () => {
  it('keeps the name in filename* and gives a safe ASCII fallback', () => {
    expect(reportFileName('Σοφία Παπαδοπούλου', '2026-12-01')).toBe(
      `attachment; filename="progress-report-2026-12-01.pdf"; filename*=UTF-8''${encodeURIComponent('Σοφία Παπαδοπούλου 2026-12-01.pdf')}`,
    );
    expect(reportFileName('O\'Brien "Jo" / a\\b\r\n', '2026-12-01')).toBe(
      `attachment; filename="O'Brien Jo a b 2026-12-01.pdf"; filename*=UTF-8''O%27Brien%20Jo%20a%20b%202026-12-01.pdf`,
    );
    expect(reportFileName(null, '2026-12-01')).toBe('attachment; filename="progress-report-2026-12-01.pdf"');
  });
});
