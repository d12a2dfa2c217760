import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import {
  NOW,
  newClinician,
  newPatient,
  storedMorningCheck as morningCheck,
} from '../../test/store-helpers.js';
import { EmailTakenError, type Store } from './store.js';

describe.each(storeTargets())('Store on $name', (target) => {
  let opened: OpenedStore;
  let store: Store;
  beforeEach(async () => {
    opened = await target.open();
    store = opened.store;
  });
  afterEach(async () => {
    await opened.cleanup();
  });

  describe('users', () => {
    it('creates a self-managed patient with a default profile', async () => {
      const user = await newPatient(store, 'ann@example.org');
      expect(user.role).toBe('patient');
      const found = await store.findUserByEmail('ann@example.org');
      expect(found).toEqual({ ...user, passwordHash: 'hash' });
      expect(await store.findUserById(user.id)).toEqual(found);
      const patientId = user.patientId ?? '';
      const patient = await store.getPatient(patientId);
      expect(patient).toEqual({
        id: patientId,
        ownerUserId: user.id,
        profile: {
          birthYear: null,
          affectedSide: null,
          runner: false,
          sport: false,
          painCeiling: 5,
          timeZone: 'UTC',
        },
        protocol: 'pht-v2',
        createdAt: NOW,
      });
    });

    it('refuses a second account with the same email and leaves no stray patient', async () => {
      await newPatient(store, 'ann@example.org');
      const patientId = randomUUID();
      await expect(
        store.createSelfManagedPatient({
          userId: randomUUID(),
          patientId,
          email: 'ann@example.org',
          passwordHash: 'h',
          now: NOW,
        }),
      ).rejects.toBeInstanceOf(EmailTakenError);
      expect(await store.getPatient(patientId)).toBeUndefined();
      await expect(newClinician(store, 'ann@example.org')).rejects.toBeInstanceOf(EmailTakenError);
    });

    it('creates a clinician without a patient record and changes a password hash', async () => {
      const clinician = await newClinician(store, 'doc@example.org');
      expect(clinician.patientId).toBeNull();
      await store.setPasswordHash(clinician.id, 'h2');
      expect((await store.findUserById(clinician.id))?.passwordHash).toBe('h2');
      expect(await store.findUserByEmail('nobody@example.org')).toBeUndefined();
    });
  });

  describe('sessions', () => {
    it('finds a live session, not an expired one, and revokes', async () => {
      const user = await newPatient(store);
      await store.createSession({
        tokenHash: 'a',
        userId: user.id,
        now: NOW,
        expiresAt: '2026-03-02T00:00:00.000Z',
      });
      await store.createSession({
        tokenHash: 'b',
        userId: user.id,
        now: NOW,
        expiresAt: '2026-03-03T00:00:00.000Z',
      });
      await store.createSession({
        tokenHash: 'c',
        userId: user.id,
        now: NOW,
        expiresAt: '2026-03-04T00:00:00.000Z',
      });
      expect(await store.findSession('a', NOW)).toEqual({ user, expiresAt: '2026-03-02T00:00:00.000Z' });
      expect(await store.findSession('a', '2026-03-02T00:00:00.000Z')).toBeUndefined();
      expect(await store.deleteExpiredSessions('2026-03-02T12:00:00.000Z')).toBe(1);
      // Found once before they are revoked: a store that keeps sessions found must forget them.
      expect(await store.findSession('b', NOW)).toBeDefined();
      expect(await store.findSession('c', NOW)).toBeDefined();
      expect(await store.deleteOtherSessions(user.id, 'c')).toBe(1);
      expect(await store.findSession('b', NOW)).toBeUndefined();
      expect(await store.findSession('c', NOW)).toBeDefined();
      await store.deleteSession('c');
      expect(await store.findSession('c', NOW)).toBeUndefined();
    });
  });

  describe('patients', () => {
    it('keeps a profile and replaces a screening', async () => {
      const { patientId } = await newPatient(store);
      const id = patientId ?? '';
      const profile = {
        birthYear: 1980,
        affectedSide: 'left',
        runner: true,
        sport: true,
        painCeiling: 4,
        timeZone: 'Europe/Oslo',
      } as const;
      await store.setProfile(id, profile, NOW);
      expect((await store.getPatient(id))?.profile).toEqual(profile);
      expect(await store.getScreening(id)).toBeUndefined();
      await store.setScreening(id, { date: '2026-03-01', answers: { 'low-back-pain': true } }, NOW);
      await store.setScreening(id, { date: '2026-03-02', answers: { 'worse-when-sitting': true } }, NOW);
      expect(await store.getScreening(id)).toEqual({
        date: '2026-03-02',
        answers: { 'worse-when-sitting': true },
      });
      expect(await store.getPatient(randomUUID())).toBeUndefined();
    });
  });

  describe('events', () => {
    let patientId: string;
    beforeEach(async () => {
      patientId = (await newPatient(store)).patientId ?? '';
    });

    it('lists by date, ties in the order received', async () => {
      const a = morningCheck('2026-03-02', 1);
      const b = morningCheck('2026-03-01', 2);
      const c = morningCheck('2026-03-02', 3);
      expect(await store.appendEvents(patientId, [a, b], NOW)).toMatchObject({
        ok: true,
        stored: 2,
        duplicates: 0,
      });
      expect(await store.appendEvents(patientId, [c], NOW)).toMatchObject({
        ok: true,
        stored: 1,
        duplicates: 0,
      });
      const listed = await store.listEvents(patientId);
      expect(listed.map((e) => e.id)).toEqual([b.id, a.id, c.id]);
      expect(listed[0]).toEqual({ ...b, receivedAt: NOW, authorId: null, imported: null });
    });

    it('lists the events dated after a day, in the same order as every event', async () => {
      const a = morningCheck('2026-03-02', 1);
      const b = morningCheck('2026-03-01', 2);
      const c = morningCheck('2026-03-03', 3);
      const d = morningCheck('2026-03-02', 4);
      await store.appendEvents(patientId, [a, b, c], NOW);
      await store.appendEvents(patientId, [d], NOW);
      expect((await store.listEventsAfter(patientId, '2026-03-01')).map((e) => e.id)).toEqual([
        a.id,
        d.id,
        c.id,
      ]);
      expect((await store.listEventsAfter(patientId, '2026-03-02')).map((e) => e.id)).toEqual([c.id]);
      expect(await store.listEventsAfter(patientId, '2026-03-03')).toEqual([]);
      expect((await store.listEventsAfter(patientId, '')).map((e) => e.id)).toEqual(
        (await store.listEvents(patientId)).map((e) => e.id),
      );
      expect(await store.listEventsAfter(randomUUID(), '')).toEqual([]);
    });

    it('stores a retried batch exactly once', async () => {
      const batch = [morningCheck('2026-03-01', 1), morningCheck('2026-03-02', 2)];
      await store.appendEvents(patientId, batch, NOW);
      expect(await store.appendEvents(patientId, batch, NOW)).toEqual({ ok: true, stored: 0, duplicates: 2 });
      const again = [...batch, morningCheck('2026-03-03', 0)];
      expect(await store.appendEvents(patientId, again, NOW)).toMatchObject({
        ok: true,
        stored: 1,
        duplicates: 2,
      });
      expect(await store.listEvents(patientId)).toHaveLength(3);
    });

    it('stores concurrent identical uploads once', async () => {
      const batch = [morningCheck('2026-03-01', 1), morningCheck('2026-03-02', 2)];
      const results = await Promise.all([
        store.appendEvents(patientId, batch, NOW),
        store.appendEvents(patientId, batch, NOW),
      ]);
      expect(results.every((r) => r.ok)).toBe(true);
      expect(await store.listEvents(patientId)).toHaveLength(2);
    });

    it('refuses an id reused with other content, storing nothing of the batch', async () => {
      const first = morningCheck('2026-03-01', 1);
      await store.appendEvents(patientId, [first], NOW);
      const fresh = morningCheck('2026-03-02', 2);
      const clash = morningCheck('2026-03-01', 7, first.id);
      expect(await store.appendEvents(patientId, [fresh, clash], NOW)).toEqual({
        ok: false,
        conflictIndex: 1,
      });
      expect((await store.listEvents(patientId)).map((e) => e.id)).toEqual([first.id]);
    });

    it('refuses an id repeated in one batch with other content', async () => {
      const a = morningCheck('2026-03-01', 1);
      const twin = morningCheck('2026-03-01', 1, a.id);
      expect(await store.appendEvents(patientId, [a, twin], NOW)).toMatchObject({
        ok: true,
        stored: 1,
        duplicates: 1,
      });
      const other = morningCheck('2026-03-01', 2, a.id);
      const b = morningCheck('2026-03-05', 1);
      expect(await store.appendEvents(patientId, [b, b, other], NOW)).toEqual({
        ok: false,
        conflictIndex: 2,
      });
      expect(await store.listEvents(patientId)).toHaveLength(1);
    });

    it('stores one event uploaded twice at once only once, and refuses its id for other content (ADR 236)', async () => {
      const event = morningCheck('2026-03-04', 2);
      const versionBefore = (await store.getSnapshot(patientId))?.version ?? -1;
      const results = await Promise.all(
        Array.from({ length: 4 }, () => store.appendEvents(patientId, [event], NOW)),
      );
      expect(results.map((r) => (r.ok ? r.stored : -1)).sort()).toEqual([0, 0, 0, 1]);
      expect(results.every((r) => r.ok && r.stored + r.duplicates === 1)).toBe(true);
      // the snapshot marked once: by the upload that stored it
      expect((await store.getSnapshot(patientId))?.version).toBe(versionBefore + 1);
      const clash = await store.appendEvents(patientId, [{ ...event, body: '{"score":9}' }], NOW);
      expect(clash).toEqual({ ok: false, conflictIndex: 0 });
      expect(await store.listEvents(patientId)).toHaveLength(1);
      expect((await store.getSnapshot(patientId))?.version).toBe(versionBefore + 1);
    });

    it('answers uploads that arrive together each as if it came alone', async () => {
      // On SQLite these share one commit (group commit); each must still be all or nothing on its own.
      const other = (await newPatient(store)).patientId ?? '';
      const taken = morningCheck('2026-03-01', 1);
      await store.appendEvents(patientId, [taken], NOW);
      const singles = Array.from({ length: 12 }, (_, day) => morningCheck(`2026-03-${10 + day}`, day % 10));
      const fresh = morningCheck('2026-03-02', 2);
      const uploads = [
        ...singles.map((event) => store.appendEvents(patientId, [event], NOW)),
        store.appendEvents(patientId, [fresh, morningCheck('2026-03-01', 7, taken.id)], NOW),
        store.appendEvents(patientId, [taken], NOW),
        store.appendEvents(other, [morningCheck('2026-03-03', 3)], NOW),
        store.appendEvents(randomUUID(), [morningCheck('2026-03-04', 4)], NOW),
        store.appendEvents(patientId, [singles[0] ?? taken], NOW),
      ];
      const results = await Promise.allSettled(uploads);
      // the case each upload left (`source`) is compared elsewhere (store-snapshots, ADR 235)
      const values = results.map((r) => {
        if (r.status !== 'fulfilled') return 'failed';
        if (!r.value.ok) return r.value;
        return { ok: true, stored: r.value.stored, duplicates: r.value.duplicates };
      });
      expect(values).toEqual([
        ...singles.map(() => ({ ok: true, stored: 1, duplicates: 0 })),
        { ok: false, conflictIndex: 1 },
        { ok: true, stored: 0, duplicates: 1 },
        { ok: true, stored: 1, duplicates: 0 },
        'failed', // no such patient: its foreign key fails, and only its upload
        { ok: true, stored: 0, duplicates: 1 },
      ]);
      const stored = (await store.listEvents(patientId)).map((e) => e.id);
      expect(stored).toHaveLength(1 + singles.length);
      expect(stored).not.toContain(fresh.id);
      expect(await store.listEvents(other)).toHaveLength(1);
    });

    it('keeps each patient’s ids apart, and stores large batches', async () => {
      const other = (await newPatient(store)).patientId ?? '';
      const shared = morningCheck('2026-03-01', 1);
      await store.appendEvents(patientId, [shared], NOW);
      expect(await store.appendEvents(other, [{ ...shared, body: '{}' }], NOW)).toMatchObject({
        ok: true,
        stored: 1,
      });
      const many = Array.from({ length: 450 }, (_, i) =>
        morningCheck(`2026-0${String(4 + (i % 5))}-10`, i % 11),
      );
      expect(await store.appendEvents(other, many, NOW)).toMatchObject({
        ok: true,
        stored: 450,
        duplicates: 0,
      });
      expect(await store.listEvents(other)).toHaveLength(451);
      expect(await store.listEvents(patientId)).toHaveLength(1);
    });

    it('refuses events for a patient who does not exist (foreign keys are on)', async () => {
      await expect(store.appendEvents(randomUUID(), [morningCheck('2026-03-01', 1)], NOW)).rejects.toThrow();
    });
  });

  describe('erasure and audit', () => {
    it('erases a self-managed patient with all their data and account, and nobody else’s', async () => {
      const ann = await newPatient(store, 'ann@example.org');
      const bob = await newPatient(store, 'bob@example.org');
      for (const user of [ann, bob]) {
        const id = user.patientId ?? '';
        await store.setScreening(id, { date: '2026-03-01', answers: {} }, NOW);
        await store.appendEvents(id, [morningCheck('2026-03-01', 1)], NOW);
        await store.createSession({
          tokenHash: user.id,
          userId: user.id,
          now: NOW,
          expiresAt: '2027-01-01T00:00:00.000Z',
        });
        await store.writeAudit({
          at: NOW,
          actorId: null,
          actorRole: null,
          patientId: id,
          action: 'events.read',
          route: 'GET /x',
          outcome: 'failure',
          statusCode: 404,
        });
      }
      const annId = ann.patientId ?? '';
      expect(await store.findSession(ann.id, NOW)).toBeDefined();
      await store.erasePatient(annId, 'now');
      expect(await store.getPatient(annId)).toBeUndefined();
      expect(await store.getScreening(annId)).toBeUndefined();
      expect(await store.listEvents(annId)).toEqual([]);
      expect(await store.listAudit(annId, 10)).toEqual([]);
      expect(await store.findUserByEmail('ann@example.org')).toBeUndefined();
      expect(await store.findSession(ann.id, NOW)).toBeUndefined();

      const bobId = bob.patientId ?? '';
      expect(await store.getPatient(bobId)).toBeDefined();
      expect(await store.listEvents(bobId)).toHaveLength(1);
      expect(await store.listAudit(bobId, 10)).toHaveLength(1);
      expect(await store.findSession(bob.id, NOW)).toBeDefined();
    });

    it('lists a patient’s audit entries newest first', async () => {
      const id = (await newPatient(store)).patientId ?? '';
      for (const action of ['profile.read', 'events.read', 'decision.read']) {
        await store.writeAudit({
          at: NOW,
          actorId: 'someone',
          actorRole: 'clinician',
          patientId: id,
          action,
          route: 'GET /api/v1/patients/:patientId/profile',
          outcome: 'success',
          statusCode: 200,
        });
      }
      const entries = await store.listAudit(id, 2);
      expect(entries.map((e) => e.action)).toEqual(['decision.read', 'events.read']);
      expect(entries[0]).toMatchObject({
        actorId: 'someone',
        actorRole: 'clinician',
        outcome: 'success',
        statusCode: 200,
      });
      expect(typeof entries[0]?.id).toBe('number');
    });
  });
});
