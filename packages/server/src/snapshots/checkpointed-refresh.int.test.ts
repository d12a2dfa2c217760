import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/app.js';
import { morningCheck, session } from '../../test/fixtures.js';
import { calmDays, patientWith } from '../../test/histories.js';
import { openSqlite } from '../../test/stores.js';
import { loadPatientData } from '../cases/patient-case.js';
import type { Store } from '../store/store.js';
import { computeSnapshot, parseCheckpoint } from './compute-snapshot.js';

/**
 * Checkpointed replay on the server (ADR 134): after a write the snapshot is recomputed from the stored
 * checkpoint and the events dated after it only, and equals the snapshot computed from every event; a
 * write dated on or before the checkpoint's day makes the next recomputation read every event.
 */
describe('SnapshotService with replay checkpoints', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const readLog = new WeakMap<TestApp, string[]>();
  /** Set by a test: the version the early read of later events names is off by this much. */
  let versionSkew = 0;
  const readsOf = (app: TestApp): string[] => readLog.get(app) ?? [];
  /** The snapshot reads a test's app made, in the order they were started. */
  const started: string[] = [];

  /** An app whose store records which event reads the snapshot service made. */
  async function recorded() {
    const opened = await openSqlite();
    const reads: string[] = [];
    const store: Store = new Proxy(opened.store, {
      get(target, property, receiver) {
        if (property === 'listEvents')
          return (patientId: string) => {
            reads.push('all');
            return target.listEvents(patientId);
          };
        if (property === 'listEventsAfter')
          return (patientId: string, date: string) => {
            reads.push(`after ${date}`);
            return target.listEventsAfter(patientId, date);
          };
        if (property === 'getDecisionSnapshot')
          return (patientId: string, nowIso: string) => {
            started.push('narrow');
            return target.getDecisionSnapshot(patientId, nowIso);
          };
        if (property === 'getSnapshotSource')
          return (patientId: string) => {
            started.push('source');
            return target.getSnapshotSource(patientId);
          };
        if (property === 'listEventsAfterAt')
          return async (patientId: string, date: string) => {
            started.push(`later events, after ${date}`);
            reads.push(`beside the source, after ${date}`);
            const read = await target.listEventsAfterAt(patientId, date);
            return read && { ...read, version: read.version + versionSkew };
          };
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    t = await testApp({}, { ...opened, store }, { snapshots: { debounceMs: 60_000, sweepIntervalMs: 0 } });
    readLog.set(t, reads);
    return { t, reads };
  }

  /** Refreshes, and checks the saved snapshot against one computed from every event. */
  async function refreshAndCompare(t: TestApp, patientId: string, now: string) {
    t.setNow(now);
    const computed = await t.app.snapshots.refresh(patientId);
    // what the refresh read, not the full read below that checks it
    const refreshed = [...readsOf(t)];
    const data = await loadPatientData(t.store, patientId);
    if (computed === undefined || data === undefined) throw new Error('no such patient');
    const full = computeSnapshot(data, new Date(now));
    expect(computed.values).toEqual(full.values);
    expect(computed.decision).toEqual(full.decision);
    const stored = await t.store.getSnapshot(patientId);
    expect(stored?.decision).toBe(full.values.decision);
    readsOf(t).splice(0, Infinity, ...refreshed);
    return parseCheckpoint(stored?.checkpoint);
  }

  const post = (t: TestApp, me: { patientId: string }, body: unknown) =>
    t.request('POST', `/api/v1/patients/${me.patientId}/events`, { session: me as never, body });

  it('reads only the events after the checkpoint once it has one, and gives what a full replay gives', async () => {
    const { t, reads } = await recorded();
    const me = await patientWith(t, calmDays('2026-02-20', '2026-03-09'));
    reads.length = 0;
    const first = await refreshAndCompare(t, me.patientId, '2026-03-10T12:00:00.000Z');
    expect(reads.filter((r) => r === 'all').length).toBeGreaterThan(0);
    expect(first?.engine.day).toBe('2026-03-09');

    // today's writes: only the events after the checkpoint are read
    let previous = first;
    for (const [day, hour] of [
      ['2026-03-10', '13'],
      ['2026-03-11', '08'],
      ['2026-03-12', '09'],
    ] as const) {
      expect((await post(t, me, { events: [morningCheck(day, 1), session(day, 2)] })).statusCode).toBe(201);
      reads.length = 0;
      const next = await refreshAndCompare(t, me.patientId, `${day}T${hour}:00:00.000Z`);
      expect(reads).toEqual([`after ${previous?.engine.day ?? ''}`]);
      expect(next !== undefined && next.engine.day < day).toBe(true);
      previous = next;
    }
  });

  it('replays in full after a write dated on or before the checkpoint', async () => {
    const { t, reads } = await recorded();
    const me = await patientWith(t, calmDays('2026-02-20', '2026-03-09'));
    const cp = await refreshAndCompare(t, me.patientId, '2026-03-10T12:00:00.000Z');
    expect(cp?.engine.day).toBe('2026-03-09');
    // a late morning check for the checkpoint's own day, with 8/10: severe pain, which changes the plan
    expect((await post(t, me, morningCheck('2026-03-09', 8))).statusCode).toBe(201);
    expect((await t.store.getSnapshot(me.patientId))?.checkpoint).toBeNull();
    reads.length = 0;
    const after = await refreshAndCompare(t, me.patientId, '2026-03-10T12:30:00.000Z');
    expect(reads).toEqual(['all']);
    expect(JSON.parse((await t.store.getSnapshot(me.patientId))?.decision ?? '{}')).toMatchObject({
      flags: expect.arrayContaining(['severe-pain']) as unknown,
    });
    // and the next write continues from the new checkpoint again
    expect(after).toBeDefined();
    expect((await post(t, me, morningCheck('2026-03-11', 1))).statusCode).toBe(201);
    reads.length = 0;
    await refreshAndCompare(t, me.patientId, '2026-03-11T09:00:00.000Z');
    expect(reads).toEqual([`after ${after?.engine.day ?? ''}`]);
  });

  it('replays in full when the profile changed, and in a new year', async () => {
    const { t, reads } = await recorded();
    const me = await patientWith(t, calmDays('2026-02-20', '2026-03-09'));
    await refreshAndCompare(t, me.patientId, '2026-03-10T12:00:00.000Z');
    const profile = { birthYear: 1985, affectedSide: 'left', runner: true, painCeiling: 4, timeZone: 'UTC' };
    const put = await t.request('PUT', `/api/v1/patients/${me.patientId}/profile`, {
      session: me,
      body: profile,
    });
    expect(put.statusCode).toBe(200);
    reads.length = 0;
    const cp = await refreshAndCompare(t, me.patientId, '2026-03-10T13:00:00.000Z');
    expect(reads).toEqual(['all']);
    expect(cp).toBeDefined();
    // a checkpoint of last year holds nothing for this year's decisions: the engine refuses it
    reads.length = 0;
    await refreshAndCompare(t, me.patientId, '2027-01-01T09:00:00.000Z');
    expect(reads).toEqual([`after ${cp?.engine.day ?? ''}`, 'all']);
  });

  it('after a write, the decision request reads the later events beside the source, for its version only', async () => {
    const { t, reads } = await recorded();
    const me = await patientWith(t, calmDays('2026-02-20', '2026-03-09'));
    const cp = await refreshAndCompare(t, me.patientId, '2026-03-10T12:00:00.000Z');
    expect(cp?.engine.day).toBe('2026-03-09');
    const decide = async (now: string) => {
      t.setNow(now);
      const answer = await t.request('GET', `/api/v1/patients/${me.patientId}/decision`, { session: me });
      expect(answer.statusCode).toBe(200);
      // what the request read, not the full read below that checks its answer
      const made = [...reads];
      const data = await loadPatientData(t.store, me.patientId);
      if (data === undefined) throw new Error('no such patient');
      expect(answer.json()).toEqual(computeSnapshot(data, new Date(now)).decision);
      reads.splice(0, Infinity, ...made);
    };
    // written by the store alone: no recomputation starts with the write (ADR 138), the request computes
    const write = ({ id, type, date, ...rest }: { id: string; type: string; date: string }) =>
      t.store.appendEvents(
        me.patientId,
        [{ id, date, type, body: JSON.stringify({ date, type, ...rest }) }],
        '2026-03-10T12:00:00.000Z',
      );
    try {
      await write(morningCheck('2026-03-10', 1));
      reads.length = 0;
      await decide('2026-03-10T13:00:00.000Z');
      // one read of the later events, made beside the source: the narrow read named the checkpoint's day
      expect(reads).toEqual(['beside the source, after 2026-03-09']);

      // an early read of another version (a write landed between the two reads) is not used
      versionSkew = -1;
      await write(session('2026-03-10', 2));
      reads.length = 0;
      await decide('2026-03-10T14:00:00.000Z');
      expect(reads).toEqual(['beside the source, after 2026-03-09', 'after 2026-03-09']);
    } finally {
      versionSkew = 0;
    }
  });

  it('a write starts the recomputation at once, and the decision request that follows joins it (ADR 138)', async () => {
    const { t, reads } = await recorded();
    const me = await patientWith(t, calmDays('2026-02-20', '2026-03-09'));
    await refreshAndCompare(t, me.patientId, '2026-03-10T12:00:00.000Z');
    const write = async (body: unknown) => {
      reads.length = 0;
      expect((await post(t, me, body)).statusCode).toBe(201);
    };
    const decide = async (now: string) => {
      t.setNow(now);
      started.length = 0;
      const answer = await t.request('GET', `/api/v1/patients/${me.patientId}/decision`, { session: me });
      expect(answer.statusCode).toBe(200);
      // what the request started (the queue's refresh once writes pause follows, during idle)
      const made = { started: [...started], reads: [...reads] };
      await t.app.snapshots.idle();
      const data = await loadPatientData(t.store, me.patientId);
      if (data === undefined) throw new Error('no such patient');
      expect(answer.json()).toEqual(computeSnapshot(data, new Date(now)).decision);
      return made;
    };
    // minutes after the set-up's writes (a write within the quiet time of the last one starts nothing)
    t.setNow('2026-03-10T12:05:00.000Z');
    started.length = 0;
    await write(morningCheck('2026-03-10', 1));
    // the write's recomputation starts from the case as the write left it (ADR 235): it reads the later events
    // only, not the source; the request reads the snapshot only
    expect(started).toEqual(['later events, after 2026-03-09']);
    expect((await decide('2026-03-10T12:05:00.000Z')).started).toEqual(['narrow']);
    // nothing written since: the same
    expect((await decide('2026-03-10T12:30:00.000Z')).started).toEqual(['narrow']);
    // a write dated on the checkpoint's day: the recomputation replays everything, and is joined all the same
    t.setNow('2026-03-10T13:00:00.000Z');
    started.length = 0;
    await write(morningCheck('2026-03-09', 8));
    // the source the write gave holds no checkpoint: no read of later events, one of every event
    expect(started).toEqual([]);
    expect(reads).toEqual(['all']);
    expect((await decide('2026-03-10T13:00:00.000Z')).started).toEqual(['narrow']);
  });

  it('a second write within the quiet time leaves the recomputation to the queue and the request', async () => {
    const { t } = await recorded();
    const me = await patientWith(t, calmDays('2026-02-20', '2026-03-09'));
    await refreshAndCompare(t, me.patientId, '2026-03-10T12:00:00.000Z');
    t.setNow('2026-03-10T12:05:00.000Z');
    expect((await post(t, me, morningCheck('2026-03-10', 1))).statusCode).toBe(201);
    await t.app.snapshots.idle();
    started.length = 0;
    // the same minute: no recomputation starts with the write
    expect((await post(t, me, session('2026-03-10', 2))).statusCode).toBe(201);
    expect(started).toEqual([]);
    const answer = await t.request('GET', `/api/v1/patients/${me.patientId}/decision`, { session: me });
    expect(started).toEqual(['narrow', 'later events, after 2026-03-09', 'source']);
    const data = await loadPatientData(t.store, me.patientId);
    if (data === undefined) throw new Error('no such patient');
    expect(answer.json()).toEqual(computeSnapshot(data, new Date('2026-03-10T12:05:00.000Z')).decision);
  });
});
