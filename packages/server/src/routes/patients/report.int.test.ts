import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { morningCheck, session } from '../../../test/fixtures.js';
import { calmDays, patientWith } from '../../../test/histories.js';
import { pdfPageCount, pdfTextRuns } from '../../../test/pdf-text.js';

describe('GET /api/v1/patients/{patientId}/report.pdf', () => {
  let t: TestApp;
  let patient: Session;
  let clinician: Session;
  let url: string;
  beforeEach(async () => {
    t = await testApp();
    patient = await patientWith(t, [
      ...calmDays('2026-03-02', '2026-03-09'),
      { id: randomUUID(), type: 'function-check', date: '2026-03-02', score: 41, instrument: 'visa-h' },
      { id: randomUUID(), type: 'function-check', date: '2026-03-09', score: 58.5, instrument: 'visa-h' },
      session('2026-03-09', 7),
      morningCheck('2026-03-10', 5),
    ]);
    clinician = await t.clinician([patient.patientId]);
    url = `/api/v1/patients/${patient.patientId}/report.pdf`;
  });
  afterEach(async () => {
    await t.close();
  });

  it('names the patient, their date of birth and the clinic, and the file after the patient (issue 12)', async () => {
    await t.request('PUT', `/api/v1/patients/${patient.patientId}/identity`, {
      session: clinician,
      body: { name: 'Zoë Łódź', dateOfBirth: '1980-02-29', reference: 'BS-42' },
    });
    const response = await t.request('GET', url, { session: clinician });
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Zoe odz 2026-03-10.pdf"; filename*=UTF-8''${encodeURIComponent('Zoë Łódź 2026-03-10.pdf')}`,
    );
    const text = pdfTextRuns(response.rawPayload).join('\n');
    // Helvetica writes Latin-1 only: Ł prints as "?" until a Unicode font is embedded (not done yet)
    expect(text).toContain('Zoë ?ód?');
    expect(text).toContain('29 Feb 1980');
    expect(text).toContain('BS-42');
    const clinic = (await t.request('GET', '/api/v1/me', { session: clinician })).json<{
      clinicName: string;
    }>();
    expect(text).toContain(clinic.clinicName);
  });

  it('is a PDF of several pages with who, when, stage, plan, charts and reasons', async () => {
    const response = await t.request('GET', url, { session: clinician });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    // Named after the patient (the name given at sign-up) and the day.
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Test Patient 2026-03-10.pdf"; filename*=UTF-8''Test%20Patient%202026-03-10.pdf`,
    );
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    const text = pdfTextRuns(pdf).join('\n');
    const decision = (
      await t.request('GET', `/api/v1/patients/${patient.patientId}/decision`, { session: patient })
    ).json<{
      stage: number;
      level: number;
    }>();
    expect(text).toContain(`Stage ${decision.stage} (`);
    expect(text).toContain('Rehabilitation progress report');
    expect(text).toContain('Test Patient');
    expect(text).toContain('Clinic');
    expect(text).toContain('10 Mar 2026 (UTC)');
    expect(text).toContain('Morning score');
    expect(text).toContain('Pain during and after sessions');
    expect(text).toContain('VISA-H: 41 on 2 Mar 2026, 58.5 on 9 Mar 2026 (+17.5).');
    expect(text).toContain('Recent decisions and their reasons');
    expect(text).toContain('Stage history');
    expect(text).toContain('flare');
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
      expect(pdfPageCount(response.rawPayload)).toBeGreaterThanOrEqual(2);
    } finally {
      await compressed.close();
    }
  });

  it('says what is missing for a patient with no decision yet', async () => {
    const fresh = await t.signup();
    const response = await t.request('GET', `/api/v1/patients/${fresh.patientId}/report.pdf`, {
      session: fresh,
    });
    expect(response.statusCode).toBe(200);
    expect(pdfTextRuns(response.rawPayload).join('\n')).toContain(
      'No decision yet: a profile with a birth year is needed first',
    );
  });

  it('is for the patient and linked clinicians only, and audited', async () => {
    expect((await t.request('GET', url, { session: await t.clinician() })).statusCode).toBe(404);
    expect((await t.request('GET', url, { session: await t.signup() })).statusCode).toBe(404);
    expect((await t.request('GET', url)).statusCode).toBe(401);
    expect((await t.request('GET', url, { session: patient })).statusCode).toBe(200);
    await t.request('GET', url, { session: clinician });
    const audit = await t.request('GET', `/api/v1/patients/${patient.patientId}/audit`, { session: patient });
    expect(audit.json<{ entries: { action: string; statusCode: number }[] }>().entries[0]).toMatchObject({
      action: 'report.read',
      statusCode: 200,
    });
  });
});
