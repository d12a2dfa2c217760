import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, newPatient, patientIdOf, storedMorningCheck } from '../../test/store-helpers.js';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import { NO_ATTENTION } from '../cases/attention.js';
import type { SnapshotValues, Store } from './store.js';

const LATER = '2026-03-02T10:00:00.000Z';

function values(overrides: Partial<SnapshotValues> = {}): SnapshotValues {
  return {
    computedFor: '2026-03-01',
    freshUntil: '2026-03-02T00:00:00.000Z',
    status: 'active',
    stage: 1,
    level: 2,
    flags: 0,
    attention: 6,
    checkIns: 3,
    sessions: 2,
    lastActivity: '2026-03-01',
    decision: '{"status":"active"}',
    ...overrides,
  };
}

describe.each(storeTargets())('Store on $name: decision snapshots', (target) => {
  let opened: OpenedStore;
  let store: Store;
  let patientId: string;
  beforeEach(async () => {
    opened = await target.open();
    store = opened.store;
    patientId = patientIdOf(await newPatient(store));
  });
  afterEach(async () => {
    await opened.cleanup();
  });

  const version = async (id = patientId) => (await store.getSnapshot(id))?.version ?? -1;

  it('starts stale and incomplete, in the patient’s time zone', async () => {
    expect(await store.getSnapshot(patientId)).toEqual({
      patientId,
      version: 0,
      freshUntil: '',
      computedFor: null,
      timeZone: 'UTC',
      status: 'incomplete',
      stage: null,
      level: null,
      flags: 0,
      attention: NO_ATTENTION,
      checkIns: 0,
      sessions: 0,
      plannedCheckIns: 0,
      plannedSessions: 0,
      adherence: -1,
      lastActivity: null,
      decision: null,
      checkpoint: null,
    });
    expect(await store.getSnapshot(randomUUID())).toBeUndefined();
  });

  it('reads the snapshot with the patient and screening it is recomputed from in one', async () => {
    expect(await store.getSnapshotSource(patientId)).toEqual({
      snapshot: await store.getSnapshot(patientId),
      patient: await store.getPatient(patientId),
      screening: undefined,
    });
    await store.setProfile(
      patientId,
      {
        birthYear: 1990,
        affectedSide: 'left',
        runner: true,
        sport: true,
        painCeiling: 4,
        timeZone: 'Asia/Tokyo',
      },
      NOW,
    );
    await store.setScreening(patientId, { date: '2026-03-01', answers: { 'night-pain': false } }, NOW);
    const source = await store.getSnapshotSource(patientId);
    expect(source).toEqual({
      snapshot: await store.getSnapshot(patientId),
      patient: await store.getPatient(patientId),
      screening: { date: '2026-03-01', answers: { 'night-pain': false } },
    });
    expect(source?.snapshot).toMatchObject({ version: 2, timeZone: 'Asia/Tokyo' });
    expect(source?.patient.profile).toMatchObject({ birthYear: 1990, runner: true, painCeiling: 4 });
    expect(await store.getSnapshotSource(randomUUID())).toBeUndefined();
  });

  it('saves a snapshot only for the version of the case it was computed from', async () => {
    expect(await store.saveSnapshot(patientId, 0, values(), NOW)).toBe(true);
    expect(await store.getSnapshot(patientId)).toMatchObject({ ...values(), version: 0 });
    const { freshUntil, computedFor, decision } = values();
    expect(await store.getDecisionSnapshot(patientId, NOW)).toEqual({
      version: 0,
      freshUntil,
      computedFor,
      decision,
      timeZone: 'UTC',
      checkpointDay: '',
    });
    expect(await store.getDecisionSnapshot(randomUUID(), NOW)).toBeUndefined();
    await store.appendEvents(patientId, [storedMorningCheck('2026-03-01', 2)], NOW);
    expect(await store.getSnapshot(patientId)).toMatchObject({
      version: 1,
      freshUntil: '',
      status: 'active',
    });
    expect(await store.saveSnapshot(patientId, 0, values({ stage: 4 }), NOW)).toBe(false);
    expect((await store.getSnapshot(patientId))?.stage).toBe(1);
    expect(await store.saveSnapshot(patientId, 1, values({ stage: 3, lastActivity: null }), NOW)).toBe(true);
    expect(await store.getSnapshot(patientId)).toMatchObject({ stage: 3, lastActivity: null });
  });

  it('hands the flags that appear with a saved snapshot to its alerts, and only those', async () => {
    const appeared: number[] = [];
    const alerts = (bits: number) => {
      appeared.push(bits);
      return () => [];
    };
    const save = (version: number, flags: number) =>
      store.saveSnapshot(patientId, version, values({ flags }), NOW, alerts);
    expect(await save(0, 0b0110)).toBe(true);
    expect(await save(0, 0b0110)).toBe(true);
    expect(await save(0, 0b0010)).toBe(true);
    expect(await save(0, 0b0011)).toBe(true);
    expect(appeared).toEqual([0b0110, 0b0001]);
    expect((await store.getSnapshot(patientId))?.flags).toBe(0b0011);
    await store.appendEvents(patientId, [storedMorningCheck('2026-03-01', 2)], NOW);
    expect(await save(0, 0b1000)).toBe(false);
    expect(await save(0, 0b0011)).toBe(false);
    expect(appeared).toEqual([0b0110, 0b0001]);
    expect((await store.getSnapshot(patientId))?.flags).toBe(0b0011);
    expect(await save(1, 0b1011)).toBe(true);
    expect(appeared).toEqual([0b0110, 0b0001, 0b1000]);
  });

  it('is marked stale by every write to the case, in its transaction, and not by a retry', async () => {
    const event = storedMorningCheck('2026-03-01', 2);
    await store.appendEvents(patientId, [event], NOW);
    expect(await version()).toBe(1);
    await store.saveSnapshot(patientId, 1, values(), NOW);
    await store.appendEvents(patientId, [event], NOW);
    expect(await store.getSnapshot(patientId)).toMatchObject({ version: 1, freshUntil: values().freshUntil });
    await store.appendEvents(patientId, [{ ...event, body: '{}' }], NOW);
    expect(await version()).toBe(1);
    const profile = {
      birthYear: 1980,
      affectedSide: null,
      runner: false,
      painCeiling: 5,
      timeZone: 'Asia/Tokyo',
      sport: false,
    } as const;
    await store.setProfile(patientId, profile, NOW);
    expect(await store.getSnapshot(patientId)).toMatchObject({
      version: 2,
      freshUntil: '',
      timeZone: 'Asia/Tokyo',
    });
    await store.setScreening(patientId, { date: '2026-03-01', answers: {} }, NOW);
    expect(await version()).toBe(3);
  });

  it('gives, with an upload that stored events, the case as it left it: what getSnapshotSource then reads (ADR 235)', async () => {
    const checkpoint = { day: '2026-03-05', json: '{"day":"2026-03-05"}' };
    await store.setScreening(patientId, { date: '2026-03-01', answers: {} }, NOW);
    expect(await store.saveSnapshot(patientId, await version(), values({ checkpoint }), NOW)).toBe(true);
    const sourceNow = () => store.getSnapshotSource(patientId);
    // a later event keeps the checkpoint; the source names the version the write made
    const later = await store.appendEvents(patientId, [storedMorningCheck('2026-03-06', 2)], NOW);
    expect(later).toMatchObject({ ok: true, stored: 1 });
    const after = await sourceNow();
    expect(after?.snapshot.checkpoint).toEqual(checkpoint);
    expect(after?.screening).toBeDefined();
    expect(later.ok && later.source).toEqual(after);
    // a batch with an event on the checkpoint's day drops it, in the source too
    const dropped = await store.appendEvents(
      patientId,
      [storedMorningCheck('2026-03-07', 1), storedMorningCheck('2026-03-05', 0)],
      NOW,
    );
    expect(dropped.ok && dropped.source?.snapshot.checkpoint).toBeNull();
    expect(dropped.ok && dropped.source).toEqual(await sourceNow());
    // a retry that stores nothing: no source
    const again = storedMorningCheck('2026-03-08', 1);
    await store.appendEvents(patientId, [again], NOW);
    const retried = await store.appendEvents(patientId, [again], NOW);
    expect(retried).toEqual({ ok: true, stored: 0, duplicates: 1 });
    expect('source' in retried).toBe(false);
  });

  it('keeps the replay checkpoint until a write dated on or before its day, or to the profile or screening', async () => {
    const checkpoint = { day: '2026-03-05', json: '{"day":"2026-03-05"}' };
    const saveWith = async () => {
      expect(await store.saveSnapshot(patientId, await version(), values({ checkpoint }), NOW)).toBe(true);
      expect((await store.getSnapshot(patientId))?.checkpoint).toEqual(checkpoint);
    };
    await saveWith();
    // later events keep it; so does a batch whose events are all later
    await store.appendEvents(patientId, [storedMorningCheck('2026-03-06', 2)], NOW);
    await store.appendEvents(
      patientId,
      [storedMorningCheck('2026-03-07', 1), storedMorningCheck('2026-03-06', 0)],
      NOW,
    );
    expect((await store.getSnapshot(patientId))?.checkpoint).toEqual(checkpoint);
    // an event dated on its day (alone, or anywhere in a batch) drops it
    await store.appendEvents(patientId, [storedMorningCheck('2026-03-05', 2)], NOW);
    expect((await store.getSnapshot(patientId))?.checkpoint).toBeNull();
    await saveWith();
    await store.appendEvents(
      patientId,
      [storedMorningCheck('2026-03-08', 1), storedMorningCheck('2026-02-20', 3)],
      NOW,
    );
    expect((await store.getSnapshot(patientId))?.checkpoint).toBeNull();
    // a retry that stores nothing changes nothing
    const early = storedMorningCheck('2026-03-01', 1);
    await store.appendEvents(patientId, [early], NOW);
    await saveWith();
    expect(await store.appendEvents(patientId, [early], NOW)).toMatchObject({ stored: 0 });
    expect((await store.getSnapshot(patientId))?.checkpoint).toEqual(checkpoint);
    // an event marked entered in error leaves the case: none holds
    const marker = await newPatient(store);
    await store.markEnteredInError({
      patientId,
      target: 'event',
      targetId: early.id,
      reason: 'wrong day',
      markedBy: marker.id,
      markedAt: NOW,
    });
    expect((await store.getSnapshot(patientId))?.checkpoint).toBeNull();
    expect(
      (await store.listEventsAfter(patientId, '2026-02-28')).find((e) => e.id === early.id),
    ).toMatchObject({
      enteredInError: { reason: 'wrong day' },
    });
    // read with the version it belongs to: the same events and marks, and the snapshot's version now
    expect(await store.listEventsAfterAt(patientId, '2026-02-28')).toEqual({
      version: (await store.getSnapshot(patientId))?.version,
      events: await store.listEventsAfter(patientId, '2026-02-28'),
    });
    expect(await store.listEventsAfterAt(randomUUID(), '2026-02-28')).toBeUndefined();
    await saveWith();
    // the profile and the screening: none holds
    await store.setProfile(
      patientId,
      { birthYear: 1980, affectedSide: null, runner: false, painCeiling: 4, timeZone: 'UTC', sport: false },
      NOW,
    );
    expect((await store.getSnapshot(patientId))?.checkpoint).toBeNull();
    await saveWith();
    await store.setScreening(patientId, { date: '2026-03-01', answers: {} }, NOW);
    expect((await store.getSnapshot(patientId))?.checkpoint).toBeNull();
    // a snapshot saved without one has none
    expect(await store.saveSnapshot(patientId, await version(), values(), NOW)).toBe(true);
    expect((await store.getSnapshot(patientId))?.checkpoint).toBeNull();
  });

  it('leaves the stored checkpoint as it is when the save keeps it', async () => {
    const checkpoint = { day: '2026-03-05', json: '{"day":"2026-03-05"}' };
    expect(await store.saveSnapshot(patientId, 0, values({ checkpoint }), NOW)).toBe(true);
    const kept = { keepCheckpoint: true };
    // the values hold it too; only the other columns are written
    expect(
      await store.saveSnapshot(patientId, 0, values({ checkpoint, stage: 3 }), LATER, undefined, kept),
    ).toBe(true);
    expect(await store.getSnapshot(patientId)).toMatchObject({ stage: 3, checkpoint });
    // not even what the values say: the columns are not in the statement
    const other = { day: '2026-03-06', json: '{"day":"2026-03-06"}' };
    expect(
      await store.saveSnapshot(patientId, 0, values({ checkpoint: other }), LATER, undefined, kept),
    ).toBe(true);
    expect((await store.getSnapshot(patientId))?.checkpoint).toEqual(checkpoint);
    // a write dated on its day still drops it, and a stale version saves nothing
    await store.appendEvents(patientId, [storedMorningCheck('2026-03-05', 2)], NOW);
    expect(await store.saveSnapshot(patientId, 0, values({ checkpoint }), LATER, undefined, kept)).toBe(
      false,
    );
    expect((await store.getSnapshot(patientId))?.checkpoint).toBeNull();
  });

  it('answers a decision read with every write already seen, however often it was read before', async () => {
    // What getSnapshot (never kept in memory) says, in the decision read's shape.
    const expected = async () => {
      const snapshot = await store.getSnapshot(patientId);
      if (snapshot === undefined) return undefined;
      const { version, freshUntil, computedFor, timeZone, decision, checkpoint } = snapshot;
      return { version, freshUntil, computedFor, timeZone, decision, checkpointDay: checkpoint?.day ?? '' };
    };
    const readTwice = async () => {
      await store.getDecisionSnapshot(patientId, NOW);
      return store.getDecisionSnapshot(patientId, NOW);
    };
    const writes: (() => Promise<unknown>)[] = [
      () => store.saveSnapshot(patientId, 0, values(), NOW),
      () => store.appendEvents(patientId, [storedMorningCheck('2026-03-01', 2)], NOW),
      () => store.saveSnapshot(patientId, 1, values({ decision: '{"status":"hold"}' }), NOW),
      () =>
        store.setProfile(
          patientId,
          {
            birthYear: 1980,
            affectedSide: null,
            runner: false,
            sport: false,
            painCeiling: 5,
            timeZone: 'Asia/Tokyo',
          },
          NOW,
        ),
      () => store.setScreening(patientId, { date: '2026-03-01', answers: {} }, NOW),
      () => store.erasePatient(patientId, 'now'),
    ];
    for (const write of writes) {
      expect(await readTwice()).toEqual(await expected());
      await write();
      expect(await store.getDecisionSnapshot(patientId, NOW)).toEqual(await expected());
    }
    expect(await store.getDecisionSnapshot(patientId, NOW)).toBeUndefined();
  });

  it('claims stale snapshots for one sweeper at a time, oldest first, until the claim lapses', async () => {
    const other = patientIdOf(await newPatient(store));
    const fresh = patientIdOf(await newPatient(store));
    await store.saveSnapshot(other, 0, values({ freshUntil: '2026-03-01T05:00:00.000Z' }), NOW);
    await store.saveSnapshot(fresh, 0, values({ freshUntil: '2026-03-09T00:00:00.000Z' }), NOW);
    const claimUntil = '2026-03-01T10:01:00.000Z';
    expect(await store.claimStaleSnapshots(NOW, claimUntil, 10)).toEqual([patientId, other]);
    expect(await store.claimStaleSnapshots(NOW, claimUntil, 10)).toEqual([]);
    expect(await store.claimStaleSnapshots(claimUntil, '2026-03-01T10:02:00.000Z', 1)).toEqual([patientId]);
    await store.saveSnapshot(other, 0, values({ freshUntil: '2026-03-01T06:00:00.000Z' }), NOW);
    expect(await store.claimStaleSnapshots(NOW, claimUntil, 10)).toEqual([other]);
  });

  it('lets concurrent sweepers claim disjoint sets', async () => {
    for (let i = 0; i < 9; i++) await newPatient(store);
    const claims = await Promise.all([0, 1, 2].map(() => store.claimStaleSnapshots(NOW, LATER, 4)));
    const all = claims.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(4);
  });

  it('goes with the patient when they are erased', async () => {
    await store.erasePatient(patientId, 'now');
    expect(await store.getSnapshot(patientId)).toBeUndefined();
  });

  it('writes many audit entries at once', async () => {
    const entry = {
      at: NOW,
      actorId: 'doc',
      actorRole: 'clinician',
      action: 'caseload.read',
      route: 'GET /api/v1/clinician/patients',
      outcome: 'success',
      statusCode: 200,
    } as const;
    const other = patientIdOf(await newPatient(store));
    await store.writeAuditBatch([
      { ...entry, patientId },
      { ...entry, patientId: other },
    ]);
    await store.writeAuditBatch([]);
    expect(await store.listAudit(patientId, 10)).toMatchObject([{ action: 'caseload.read' }]);
    expect(await store.listAudit(other, 10)).toHaveLength(1);
  });
});
