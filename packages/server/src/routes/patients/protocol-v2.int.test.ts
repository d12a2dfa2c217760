import { randomUUID } from 'node:crypto';
import { evaluate, type Case } from '@hamstring-rehab/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { morningCheck, session } from '../../../test/fixtures.js';
import { calmDays, patientWith } from '../../../test/histories.js';
import { pdfAllText } from '../../../test/pdf-text.js';

interface Decision {
  protocol: string;
  flags: string[];
  reasons: { rule: string; text: string }[];
}
interface CaseloadPage {
  patients: { email: string | null; flags: string[]; attention: number }[];
}

const symptoms = (date: string, answers: Record<string, boolean>) => ({
  id: randomUUID(),
  type: 'symptoms',
  date,
  answers,
});

/** Two flare episodes in a week: red (7/10, above the ceiling, below severe) sessions on 6 and 8 March. */
const twoFlares = () => [
  ...calmDays('2026-03-02', '2026-03-05'),
  session('2026-03-06', 7),
  morningCheck('2026-03-07', 3),
  session('2026-03-08', 7),
  morningCheck('2026-03-09', 3),
  morningCheck('2026-03-10', 2),
];

describe('protocol pht-v2 on the server', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t = await testApp({}, undefined, { snapshots: { debounceMs: 60_000 } });
  });

  const decisionOf = async (who: Session, as: Session = who) => {
    const response = await t.request('GET', `/api/v1/patients/${who.patientId}/decision`, { session: as });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Decision>();
  };

  it('starts a new patient on pht-v2: the profile, the decision, its snapshot and the PDF name it', async () => {
    const me = await patientWith(t, calmDays('2026-03-02', '2026-03-06'));
    const profile = await t.request('GET', `/api/v1/patients/${me.patientId}/profile`, { session: me });
    expect(profile.json()).toMatchObject({ protocol: 'pht-v2' });
    expect((await decisionOf(me)).protocol).toBe('pht-v2');
    const snapshot = await t.store.getSnapshot(me.patientId);
    expect(JSON.parse(snapshot?.decision ?? '{}')).toMatchObject({ protocol: 'pht-v2' });
    const pdf = await t.request('GET', `/api/v1/patients/${me.patientId}/report.pdf`, {
      session: me,
    });
    const text = await pdfAllText(pdf.rawPayload);
    expect(text).toContain('protocol pht-v2');
    expect(text).not.toContain('pht-v1');
  });

  it('keeps the history replayable under pht-v1: the export’s case evaluates with protocol pht-v1', async () => {
    const me = await patientWith(t, calmDays('2026-03-02', '2026-03-06'));
    const exported = (
      await t.request('GET', `/api/v1/patients/${me.patientId}/export?format=json`, { session: me })
    ).json<{
      profile: { birthYear: number; runner: boolean; painCeiling: number; protocol: string };
      screening: Case['screening'];
      events: (Case['events'][number] & { id?: string })[];
      decision: { protocol: string };
    }>();
    expect(exported.profile.protocol).toBe('pht-v2');
    expect(exported.decision.protocol).toBe('pht-v2');
    const { birthYear, runner, painCeiling } = exported.profile;
    const c = {
      protocol: 'pht-v1',
      asOf: '2026-03-06',
      patient: { birthYear, runner, painCeiling },
      screening: exported.screening,
      events: exported.events.map((e) => {
        const copy = { ...e };
        delete copy.id;
        return copy;
      }),
    };
    const v1 = evaluate(c);
    expect(v1.ok && v1.decision.protocol).toBe('pht-v1');
    const v2 = evaluate({ ...c, protocol: 'pht-v2' });
    expect(v2.ok && v2.decision.protocol).toBe('pht-v2');
  });

  it('orders the caseload: red flag, severe pain, nerve signs, repeated flare, then no flag', async () => {
    const who = {
      calm: await patientWith(t, calmDays('2026-03-02', '2026-03-10'), 'calm@example.org'),
      flares: await patientWith(t, twoFlares(), 'flares@example.org'),
      nerve: await patientWith(
        t,
        [...calmDays('2026-03-02', '2026-03-09'), symptoms('2026-03-09', { 'tingling-below-knee': true })],
        'nerve@example.org',
      ),
      severe: await patientWith(
        t,
        [...calmDays('2026-03-02', '2026-03-08'), session('2026-03-09', 9)],
        'severe@example.org',
      ),
      red: await patientWith(
        t,
        [...calmDays('2026-03-02', '2026-03-07'), symptoms('2026-03-08', { 'saddle-numbness': true })],
        'red@example.org',
      ),
    };
    const clinician = await t.clinician(Object.values(who).map((s) => s.patientId));
    const response = await t.request('GET', '/api/v1/clinician/patients', { session: clinician });
    const page = response.json<CaseloadPage>();
    expect(page.patients.map((p) => [p.email?.split('@')[0], p.attention])).toEqual([
      ['red', 0],
      ['severe', 1],
      ['nerve', 2],
      ['flares', 3],
      ['calm', 10],
    ]);
    const flagsOf = (name: string) => page.patients.find((p) => p.email?.startsWith(name))?.flags;
    expect(flagsOf('severe')).toContain('severe-pain');
    expect(flagsOf('nerve')).toContain('nerve-signs');
    expect(flagsOf('flares')).toContain('repeated-flare');
    const filtered = await t.request('GET', '/api/v1/clinician/patients?flag=severe-pain', {
      session: clinician,
    });
    expect(filtered.json<CaseloadPage>().patients.map((p) => p.email)).toEqual(['severe@example.org']);
  });

  it('lets a clinician review with a note, which acknowledges a repeated flare', async () => {
    const patient = await patientWith(t, twoFlares());
    const clinician = await t.clinician([patient.patientId]);
    expect((await decisionOf(patient)).flags).toContain('repeated-flare');
    const url = `/api/v1/patients/${patient.patientId}/clinician-actions`;

    const noNote = await t.request('POST', url, { session: clinician, body: { action: 'review' } });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.body).toContain('note');
    const blank = await t.request('POST', url, {
      session: clinician,
      body: { action: 'review', note: '  ' },
    });
    expect(blank.statusCode).toBe(400);
    const byPatient = await t.request('POST', url, {
      session: patient,
      body: { action: 'review', note: 'me' },
    });
    expect(byPatient.statusCode).toBe(403);

    const reviewed = await t.request('POST', url, {
      session: clinician,
      body: { action: 'review', note: 'Two flares after hill walks: load explained.' },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    const after = await decisionOf(patient, clinician);
    expect(after.flags).not.toContain('repeated-flare');
    expect(after.reasons.map((r) => r.rule)).toContain('clinician-review');
  });

  it('dates each change of the timeline on the day the engine made it, with that day’s reasons', async () => {
    const me = await patientWith(t, twoFlares());
    const timeline = await t.request('GET', `/api/v1/patients/${me.patientId}/timeline`, { session: me });
    expect(timeline.statusCode, timeline.body).toBe(200);
    const decisions = timeline
      .json<{
        items: { kind: string; date: string; change?: string; reasons?: string[]; protocol?: string }[];
      }>()
      .items.filter((i) => i.kind === 'decision');
    const regressions = decisions.filter((d) => d.change === 'regress');
    // pht-v2: a red (7/10 during) is acted on the day of the session, not the next morning
    expect(regressions[0]?.date).toBe('2026-03-06');
    expect(decisions.some((d) => d.date === '2026-03-08')).toBe(true);
    for (const d of decisions) {
      expect(d.protocol).toBe('pht-v2');
      if (d.change === 'hold' || d.change === 'none') {
        expect(d.reasons).toEqual([]);
        continue;
      }
      const that = await t.request('GET', `/api/v1/patients/${me.patientId}/decision?asOf=${d.date}`, {
        session: me,
      });
      const texts = that.json<Decision>().reasons.map((r) => r.text);
      expect(d.reasons?.length).toBeGreaterThan(0);
      expect(texts).toEqual(expect.arrayContaining(d.reasons ?? []));
    }
    expect(regressions[0]?.reasons?.join(' ')).toContain('7/10');
  });
});
