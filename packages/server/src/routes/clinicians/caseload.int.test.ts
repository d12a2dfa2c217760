import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { morningCheck, session } from '../../../test/fixtures.js';
import { calmDays, patientWith, redFlag, redSession } from '../../../test/histories.js';

interface Entry {
  patientId: string;
  email: string | null;
  status: string;
  stage: number | null;
  flags: string[];
  attention: number;
  adherence: { checkIns: number; sessions: number; days: number };
  lastActivity: string | null;
  computedFor: string | null;
}
interface Page {
  patients: Entry[];
  total: number;
  limit: number;
  page: number | null;
  nextCursor: string | null;
}

const problems = (response: LightMyRequestResponse) => response.json<{ problems: unknown[] }>().problems;

describe('GET /api/v1/clinician/patients', () => {
  let t: TestApp;
  let clinician: Session;
  let who: Record<string, Session>;

  beforeEach(async () => {
    // Background recomputation waits a minute: what the caseload shows comes from its own refresh.
    t = await testApp({}, undefined, { snapshots: { debounceMs: 60_000 } });
    who = {
      calm: await patientWith(t, calmDays('2026-03-02', '2026-03-10'), 'calm@example.org'),
      flare: await patientWith(
        t,
        [...calmDays('2026-03-02', '2026-03-08'), redSession('2026-03-08'), morningCheck('2026-03-09', 3)],
        'flare@example.org',
      ),
      red: await patientWith(
        t,
        [...calmDays('2026-03-02', '2026-03-07'), redFlag('2026-03-08')],
        'red@example.org',
      ),
      quiet: await patientWith(t, calmDays('2026-03-02', '2026-03-06'), 'quiet@example.org'),
      flares: await patientWith(
        t,
        [
          ...calmDays('2026-03-02', '2026-03-06'),
          // two flare episodes in a week (pht-v2: two episodes, or one of 3+ days)
          redSession('2026-03-06'),
          morningCheck('2026-03-07', 4),
          redSession('2026-03-08'),
          morningCheck('2026-03-09', 5),
        ],
        'flares@example.org',
      ),
      new: await t.signup('new@example.org'),
    };
    clinician = await t.clinician(Object.values(who).map((s) => s.patientId));
  });
  afterEach(async () => {
    await t.close();
  });

  const caseload = async (query = '', as: Session = clinician) => {
    const response = await t.request('GET', `/api/v1/clinician/patients${query}`, { session: as });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page>();
  };
  const order = (page: Page) => page.patients.map((p) => p.email?.split('@')[0]);

  it('lists every linked patient, who needs attention first', async () => {
    const page = await caseload();
    expect(order(page)).toEqual(['red', 'flares', 'quiet', 'flare', 'calm', 'new']);
    expect(page).toMatchObject({ total: 6, limit: 25, page: 1, nextCursor: null });
    const byName: Record<string, Entry> = Object.fromEntries(
      page.patients.map((p) => [p.email?.split('@')[0] ?? '', p]),
    );
    expect(byName.red).toMatchObject({ status: 'emergency', stage: null, flags: ['red-flag'], attention: 0 });
    expect(byName.flares?.flags).toEqual(expect.arrayContaining(['repeated-flare', 'flare']));
    expect(byName.quiet).toMatchObject({
      flags: ['missing-check-ins'],
      attention: 7,
      lastActivity: '2026-03-06',
    });
    expect(byName.flare).toMatchObject({ flags: ['flare'], attention: 9 });
    expect(byName.calm).toMatchObject({
      status: 'active',
      flags: [],
      attention: 10,
      // at stage 2 today, after a session yesterday: a rest day, not planned (ADR 123)
      adherence: { checkIns: 9, plannedCheckIns: 9, sessions: 8, plannedSessions: 8, days: 14, percent: 100 },
      lastActivity: '2026-03-10',
      computedFor: '2026-03-10',
    });
    expect(byName.new).toMatchObject({
      status: 'incomplete',
      stage: null,
      lastActivity: null,
      attention: 10,
    });
  });

  it('filters by status, flag and email, and pages by page number or cursor', async () => {
    expect(order(await caseload('?status=emergency'))).toEqual(['red']);
    expect(order(await caseload('?flag=flare'))).toEqual(['flares', 'flare']);
    expect(order(await caseload('?search=FLARE'))).toEqual(['flares', 'flare']);
    expect((await caseload('?search=nobody')).total).toBe(0);
    const second = await caseload('?limit=2&page=2');
    expect(order(second)).toEqual(['quiet', 'flare']);
    expect(second).toMatchObject({ total: 6, page: 2 });
    const seen: (string | undefined)[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await caseload(`?limit=2${cursor === null ? '' : `&cursor=${cursor}`}`);
      seen.push(...order(page));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(['red', 'flares', 'quiet', 'flare', 'calm', 'new']);
    expect((await caseload('?limit=3&page=2')).nextCursor).toBeNull();
  });

  it('moves a patient up as soon as they report a red flag, before any background work', async () => {
    const base = `/api/v1/patients/${who.calm?.patientId ?? ''}/events`;
    await t.request('POST', base, { session: who.calm, body: redFlag('2026-03-10') });
    const page = await caseload();
    expect(order(page)).toEqual(['calm', 'red', 'flares', 'quiet', 'flare', 'new']);
    expect(page.patients[0]).toMatchObject({ flags: ['red-flag'], status: 'emergency' });
  });

  it('shows a 9/10 session as severe pain at once, second only to a red flag (pht-v2: a red never waits)', async () => {
    const base = `/api/v1/patients/${who.calm?.patientId ?? ''}/events`;
    await t.request('POST', base, { session: who.calm, body: session('2026-03-10', 9) });
    const page = await caseload();
    expect(order(page)).toEqual(['red', 'calm', 'flares', 'quiet', 'flare', 'new']);
    expect(page.patients[1]).toMatchObject({ attention: 1 });
    expect(page.patients[1]?.flags).toEqual(expect.arrayContaining(['severe-pain', 'flare']));
  });

  it('recomputes the page’s snapshots when the patients’ day has ended', async () => {
    t.setNow('2026-03-14T12:00:00.000Z');
    const page = await caseload();
    expect(page.patients.every((p) => p.computedFor === '2026-03-14')).toBe(true);
    expect(page.patients.find((p) => p.email === 'calm@example.org')?.flags).toEqual(['missing-check-ins']);
    expect(page.patients.find((p) => p.email === 'calm@example.org')?.adherence.checkIns).toBe(9);
  });

  it('is swept in the background when stale, a bounded batch at a time', async () => {
    await caseload();
    t.setNow('2026-03-11T12:00:00.000Z');
    expect(t.app.snapshots.options.sweepBatch).toBe(25);
    expect(await t.app.snapshots.sweep()).toBe(6);
    expect(await t.app.snapshots.sweep()).toBe(0);
    const snapshot = await t.store.getSnapshot(who.calm?.patientId ?? '');
    expect(snapshot).toMatchObject({ computedFor: '2026-03-11', freshUntil: '2026-03-12T00:00:00.000Z' });
  });

  it('records the read in each listed patient’s audit log', async () => {
    await caseload('?limit=2');
    const log = async (s: Session | undefined) =>
      (await t.request('GET', `/api/v1/patients/${s?.patientId ?? ''}/audit`, { session: s })).json<{
        entries: { action: string; actorId: string }[];
      }>().entries;
    expect(await log(who.red)).toEqual([
      expect.objectContaining({ action: 'caseload.read', actorId: clinician.userId }),
    ]);
    expect(await log(who.calm)).toEqual([]);
  });

  it('shows another clinician none of these patients, and patients nothing', async () => {
    const other = await t.clinician();
    expect(await caseload('', other)).toMatchObject({ patients: [], total: 0 });
    const refused = await t.request('GET', '/api/v1/clinician/patients', { session: who.calm });
    expect(refused.statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/clinician/patients')).statusCode).toBe(401);
  });

  it('names each bad query field', async () => {
    const get = (query: string) =>
      t.request('GET', `/api/v1/clinician/patients${query}`, { session: clinician });
    expect(problems(await get('?limit=0'))).toEqual([{ path: 'limit', message: 'must be at least 1' }]);
    expect(problems(await get('?limit=101'))).toEqual([{ path: 'limit', message: 'must be at most 100' }]);
    expect(problems(await get('?status=fine'))).toEqual([
      {
        path: 'status',
        message:
          'must be one of "emergency", "urgent-referral", "medical-review", "assessment-needed", "active", "completed", "incomplete"',
      },
    ]);
    expect(problems(await get('?flag=bad'))[0]).toMatchObject({ path: 'flag' });
    expect(problems(await get('?page=1&cursor=x'))).toEqual([
      { path: 'cursor', message: 'give either page or cursor, not both' },
    ]);
    for (const cursor of [
      'x',
      Buffer.from('[9,null,"a"]').toString('base64url'),
      Buffer.from('{}').toString('base64url'),
    ]) {
      expect(problems(await get(`?cursor=${cursor}`))).toEqual([
        { path: 'cursor', message: 'is not a cursor from this list' },
      ]);
    }
    expect(problems(await get('?sort=age'))).toEqual([
      {
        path: 'sort',
        message: 'must be one of "attention", "name", "stage", "flags", "adherence", "lastActivity"',
      },
    ]);
  });
});
