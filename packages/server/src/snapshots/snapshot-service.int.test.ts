import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/app.js';
import { morningCheck } from '../../test/fixtures.js';
import { calmDays, patientWith } from '../../test/histories.js';
import { openSqlite } from '../../test/stores.js';
import type { Store } from '../store/store.js';
import { isFresh } from './snapshot-service.js';

describe('SnapshotService', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /**
   * An app whose store counts snapshot saves and the source reads that start a recomputation, and may run a
   * write just before the first save.
   */
  async function counted(snapshots = {}, beforeFirstSave?: (store: Store) => Promise<void>) {
    const opened = await openSqlite();
    const saves: string[] = [];
    const sources: string[] = [];
    const store: Store = new Proxy(opened.store, {
      get(target, property, receiver) {
        if (property === 'getSnapshotSource')
          return (patientId: string) => {
            sources.push(patientId);
            return target.getSnapshotSource(patientId);
          };
        if (property === 'saveSnapshot') {
          return async (...args: Parameters<Store['saveSnapshot']>) => {
            if (saves.length === 0 && beforeFirstSave !== undefined) await beforeFirstSave(target);
            const saved = await target.saveSnapshot(...args);
            saves.push(`${args[0]}:${String(saved)}`);
            return saved;
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    t = await testApp({}, { ...opened, store }, { snapshots });
    return { t, saves, sources };
  }

  it('recomputes a burst of writes at once after the first, then once when they pause', async () => {
    const { t, saves } = await counted({ debounceMs: 60_000 });
    const me = await patientWith(t, []);
    await t.app.snapshots.idle();
    saves.length = 0;
    // a minute after the set-up's writes: the first write of the burst starts a recomputation at once
    t.setNow('2026-03-10T12:01:00.000Z');
    for (const day of ['2026-03-03', '2026-03-04', '2026-03-05']) {
      await t.request('POST', `/api/v1/patients/${me.patientId}/events`, {
        session: me,
        body: morningCheck(day, 2),
      });
    }
    await t.app.snapshots.idle();
    expect(saves).toEqual([`${me.patientId}:true`, `${me.patientId}:true`]);
    expect((await t.store.getSnapshot(me.patientId))?.lastActivity).toBe('2026-03-05');
  });

  it('leaves a snapshot that a decision request recomputed after the write', async () => {
    const { t, saves } = await counted({ debounceMs: 20 });
    const me = await patientWith(t, calmDays('2026-03-02', '2026-03-05'));
    await t.app.snapshots.idle();
    saves.length = 0;
    await t.request('POST', `/api/v1/patients/${me.patientId}/events`, {
      session: me,
      body: morningCheck('2026-03-10', 2),
    });
    const decision = await t.request('GET', `/api/v1/patients/${me.patientId}/decision`, { session: me });
    expect(decision.statusCode).toBe(200);
    await t.app.snapshots.idle();
    expect(saves).toEqual([`${me.patientId}:true`]);
    expect((await t.store.getSnapshot(me.patientId))?.lastActivity).toBe('2026-03-10');
  });

  it('answers a decision request before its snapshot is saved, and saves it once (ADR 138)', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = false;
    const { t, saves } = await counted({ debounceMs: 60_000 }, async () => {
      if (holding) await held;
    });
    const me = await patientWith(t, calmDays('2026-03-02', '2026-03-05'));
    await t.app.snapshots.idle();
    saves.length = 0;
    holding = true;
    // written by the store alone, so that no background refresh is scheduled: only the request computes
    await t.store.appendEvents(
      me.patientId,
      [
        {
          id: 'a1f2f7d0-8a3c-4a43-9f4e-1d2b3c4d5e6f',
          date: '2026-03-10',
          type: 'morning-check',
          body: '{"date":"2026-03-10","score":2,"type":"morning-check"}',
        },
      ],
      '2026-03-10T12:00:00.000Z',
    );
    const decision = await t.request('GET', `/api/v1/patients/${me.patientId}/decision`, { session: me });
    expect(decision.statusCode).toBe(200);
    expect(decision.json<{ stage: number }>().stage).toBe(1);
    // answered while the save waits
    expect(saves).toEqual([]);
    expect((await t.store.getSnapshot(me.patientId))?.freshUntil).toBe('');
    let idle = false;
    const waiting = t.app.snapshots.idle().then(() => {
      idle = true;
    });
    await Promise.resolve();
    expect(idle).toBe(false);
    release();
    await waiting;
    expect(saves).toEqual([`${me.patientId}:true`]);
    expect((await t.store.getSnapshot(me.patientId))?.lastActivity).toBe('2026-03-10');
  });

  it('joins the recomputation a write started once it has saved, when the request read the snapshot before', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = false;
    const { t, saves, sources } = await counted({ debounceMs: 60_000 }, async () => {
      if (holding) await held;
    });
    const me = await patientWith(t, calmDays('2026-03-02', '2026-03-05'));
    await t.app.snapshots.idle();
    saves.length = 0;
    // minutes after the set-up's writes: the write starts its recomputation at once, whose save waits
    t.setNow('2026-03-10T12:05:00.000Z');
    holding = true;
    await t.request('POST', `/api/v1/patients/${me.patientId}/events`, {
      session: me,
      body: morningCheck('2026-03-10', 2),
    });
    // a decision request's narrow read, made before the save
    const read = await t.app.snapshots.current(me.patientId, '2026-03-10T12:05:00.000Z');
    if (read === undefined) throw new Error('no snapshot');
    expect(isFresh(read, '2026-03-10T12:05:00.000Z')).toBe(false);
    release();
    // the write's recomputation saved (and the queue's, once writes paused, found nothing to do or saved again)
    await t.app.snapshots.idle();
    expect(saves[0]).toBe(`${me.patientId}:true`);
    const saved = await t.store.getSnapshot(me.patientId);
    sources.length = 0;
    // the request goes on after the save: it joins what was saved, and computes nothing again
    const joined = await t.app.snapshots.decide(me.patientId, read);
    expect(sources).toEqual([]);
    expect(joined?.values.decision).toBe(saved?.decision);
    // a read of another version of the case, or of another day, computes for itself
    expect(await t.app.snapshots.decide(me.patientId, { ...read, version: read.version + 1 })).toBeDefined();
    expect(sources).toEqual([me.patientId]);
    t.setNow('2026-03-11T08:00:00.000Z');
    await t.app.snapshots.decide(me.patientId, read);
    expect(sources).toEqual([me.patientId, me.patientId]);
    // a later write forgets it
    t.setNow('2026-03-10T12:06:00.000Z');
    await t.request('POST', `/api/v1/patients/${me.patientId}/events`, {
      session: me,
      body: morningCheck('2026-03-09', 3),
    });
    sources.length = 0;
    await t.app.snapshots.decide(me.patientId, read);
    expect(sources).toEqual([me.patientId]);
    await t.app.snapshots.idle();
  });

  it('computes again when the case changed while it computed', async () => {
    let patientId = '';
    const { t, saves } = await counted({ debounceMs: 60_000 }, async (store) => {
      await store.appendEvents(
        patientId,
        [
          {
            id: 'c6f2f7d0-8a3c-4a43-9f4e-1d2b3c4d5e6f',
            date: '2026-03-09',
            type: 'morning-check',
            body: '{"date":"2026-03-09","score":3,"type":"morning-check"}',
          },
        ],
        '2026-03-10T12:00:00.000Z',
      );
    });
    const me = await patientWith(t, calmDays('2026-03-02', '2026-03-05'));
    patientId = me.patientId;
    const computed = await t.app.snapshots.refresh(me.patientId);
    expect(saves).toEqual([`${patientId}:false`, `${patientId}:true`]);
    expect(computed?.values.lastActivity).toBe('2026-03-09');
    expect((await t.store.getSnapshot(patientId))?.lastActivity).toBe('2026-03-09');
  });

  it('sweeps stale snapshots on its own timer', async () => {
    const { t } = await counted({ sweepIntervalMs: 10, debounceMs: 60_000 });
    const me = await patientWith(t, calmDays('2026-03-02', '2026-03-05'));
    for (let i = 0; i < 100; i++) {
      const snapshot = await t.store.getSnapshot(me.patientId);
      if (snapshot?.freshUntil !== '' && snapshot?.status === 'active') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await t.store.getSnapshot(me.patientId)).toMatchObject({
      computedFor: '2026-03-10',
      status: 'active',
    });
  });

  it('does nothing once stopped', async () => {
    const { t, saves } = await counted({ debounceMs: 1 });
    const me = await patientWith(t, []);
    await t.app.snapshots.stop();
    saves.length = 0;
    t.app.snapshots.schedule(me.patientId);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(saves).toEqual([]);
  });
});
