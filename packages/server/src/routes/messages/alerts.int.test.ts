import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.js';
import { calmDays, patientWith, redFlag } from '../../../test/histories.js';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink.js';
import { storeTargets } from '../../../test/stores.js';

/** Words of a health detail that must never be in an alert mail (e-mail is not a safe channel). */
const HEALTH = /red|flag|numb|saddle|pain|emergency|symptom|flare|stage|bladder|bowel/i;

/** Issue 13: clinician alerts by e-mail, each clinician choosing which. */
describe.each(storeTargets())('clinician alerts by e-mail ($name)', (target) => {
  let t: TestApp;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await testApp({ PUBLIC_URL: 'https://rehab.example.org' }, await target.open(), {
      mailer: smtp.mailer(),
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  afterEach(() => {
    smtp.mails.length = 0;
  });

  it('a red-flag symptoms report mails each linked clinician who chose it once, with no health details', async () => {
    const patient = await patientWith(t, calmDays('2026-03-03', '2026-03-09'));
    const chose = await t.clinician([patient.patientId]);
    const alsoChose = await t.clinician([patient.patientId]);
    const optedOut = await t.clinician([patient.patientId]);
    const unlinked = await t.clinician();
    const set = await t.request('PUT', '/api/v1/clinicians/me/alerts', {
      session: optedOut,
      body: { email: ['new-message'] },
    });
    expect(set.json()).toEqual({ email: ['new-message'], push: ['red-flag'] });
    const defaults = await t.request('GET', '/api/v1/clinicians/me/alerts', { session: chose });
    expect(defaults.json()).toEqual({ email: ['red-flag'], push: ['red-flag'] });
    await t.app.snapshots.refresh(patient.patientId);
    await t.app.outbox.run();
    expect(smtp.mails).toHaveLength(0);

    const report = await t.request('POST', `/api/v1/patients/${patient.patientId}/events`, {
      session: patient,
      body: { events: [redFlag('2026-03-10')] },
    });
    expect(report.statusCode).toBe(201);
    await t.app.snapshots.idle();
    await t.app.outbox.run();
    const emailOf = async (id: string) => (await t.store.findUserById(id))?.email;
    expect(smtp.mails.map((m) => (Array.isArray(m.to) ? '' : m.to?.text)).sort()).toEqual(
      [await emailOf(chose.userId), await emailOf(alsoChose.userId)].sort(),
    );
    for (const mail of smtp.mails) {
      expect(mail.subject).toBe('A patient of yours needs attention');
      expect(mail.text).toContain(`https://rehab.example.org/clinic/patients/${patient.patientId}`);
      expect(mail.text?.replace(/https:\S+/g, '')).not.toMatch(HEALTH);
      expect(mail.subject).not.toMatch(HEALTH);
    }
    expect(JSON.stringify(smtp.mails.map((m) => m.to))).not.toContain(await emailOf(unlinked.userId));

    // The flag stays: later refreshes alert nobody again.
    smtp.mails.length = 0;
    t.setNow('2026-03-11T08:00:00.000Z');
    await t.app.snapshots.refresh(patient.patientId);
    await t.app.outbox.run();
    expect(smtp.mails).toHaveLength(0);
    t.setNow('2026-03-10T12:00:00.000Z');
  });

  it('a patient’s message mails the clinicians who chose new-message, with a link to the thread only', async () => {
    const patient = await t.signup();
    const wants = await t.clinician([patient.patientId]);
    await t.clinician([patient.patientId]);
    await t.request('PUT', '/api/v1/clinicians/me/alerts', {
      session: wants,
      body: { email: ['red-flag', 'new-message'] },
    });
    const id = randomUUID();
    const body = { id, text: 'My saddle area feels numb' };
    const url = `/api/v1/patients/${patient.patientId}/messages`;
    await t.request('POST', url, { session: patient, body });
    await t.request('POST', url, { session: patient, body });
    await t.request('POST', url, { session: wants, body: { id: randomUUID(), text: 'Call us now' } });
    await t.app.outbox.run();
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]?.subject).toBe('A new message in hamstring-rehab');
    expect(smtp.mails[0]?.text).toContain(`/clinic/patients/${patient.patientId}/messages`);
    expect(smtp.mails[0]?.text).not.toContain('numb');
  });

  it('mails one daily digest a day to a clinician who chose it, after 07:00 UTC, when a patient needs attention', async () => {
    const calm = await patientWith(t, calmDays('2026-03-03', '2026-03-09'));
    const flagged = await patientWith(t, [...calmDays('2026-03-03', '2026-03-09'), redFlag('2026-03-10')]);
    const digestOnly = await t.clinician([calm.patientId, flagged.patientId]);
    const calmOnly = await t.clinician([calm.patientId]);
    for (const session of [digestOnly, calmOnly]) {
      await t.request('PUT', '/api/v1/clinicians/me/alerts', { session, body: { email: ['daily-digest'] } });
    }
    await t.app.snapshots.refresh(calm.patientId);
    await t.app.snapshots.refresh(flagged.patientId);
    t.setNow('2026-03-12T06:59:00.000Z');
    expect(await t.app.digests()).toBe(0);
    t.setNow('2026-03-12T07:00:00.000Z');
    const [first, second] = await Promise.all([t.app.digests(), t.app.digests()]);
    expect((first ?? 0) + (second ?? 0)).toBe(1);
    expect(await t.app.digests()).toBe(0);
    await t.app.outbox.run();
    const digests = smtp.mails.filter((m) => m.subject === 'Patients of yours need attention today');
    expect(digests.map((m) => (Array.isArray(m.to) ? '' : m.to?.text))).toEqual([
      (await t.store.findUserById(digestOnly.userId))?.email,
    ]);
    expect(digests[0]?.text?.replace(/https:\S+/g, '')).not.toMatch(HEALTH);
    // The next day, a new digest (the calm patient may by then be missing check-ins too), once.
    t.setNow('2026-03-13T09:00:00.000Z');
    expect(await t.app.digests()).toBeGreaterThanOrEqual(1);
    expect(await t.app.digests()).toBe(0);
    t.setNow('2026-03-10T12:00:00.000Z');
  });

  it('refuses an unknown alert kind, naming the field', async () => {
    const doc = await t.clinician();
    const bad = await t.request('PUT', '/api/v1/clinicians/me/alerts', {
      session: doc,
      body: { email: ['everything'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('email');
  });
});
