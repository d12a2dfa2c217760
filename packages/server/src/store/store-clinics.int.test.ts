import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, newClinician, newPatient, patientIdOf } from '../../test/store-helpers.js';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import { EmailTakenError, type InviteKind, type Store } from './store.js';

const LATER = '2026-03-15T10:00:00.000Z';
const EXPIRES = '2026-03-15T10:00:00.000Z';

describe.each(storeTargets())('Store on $name: clinics, invites and links', (target) => {
  let opened: OpenedStore;
  let store: Store;
  beforeEach(async () => {
    opened = await target.open();
    store = opened.store;
  });
  afterEach(async () => {
    await opened.cleanup();
  });

  const invite = async (clinicianId: string, kind: InviteKind, codeHash: string = randomUUID()) => {
    expect(await store.createInvite({ codeHash, kind, clinicianId, now: NOW, expiresAt: EXPIRES })).toBe(
      true,
    );
    return codeHash;
  };

  it('creates a clinician in a new clinic, seen in their user and session', async () => {
    const doc = await newClinician(store, 'doc@example.org', 'Bridge Street Physio');
    expect(doc).toMatchObject({ role: 'clinician', patientId: null });
    const clinicId = doc.clinicId ?? '';
    expect(await store.getClinic(clinicId)).toEqual({
      id: clinicId,
      name: 'Bridge Street Physio',
      createdAt: NOW,
    });
    expect(await store.findUserByEmail('doc@example.org')).toEqual({ ...doc, passwordHash: 'hash' });
    await store.createSession({ tokenHash: 't', userId: doc.id, now: NOW, expiresAt: LATER });
    expect((await store.findSession('t', NOW))?.user).toEqual(doc);
    expect(await store.getClinic(randomUUID())).toBeUndefined();
  });

  it('lets a colleague join the clinic by a clinician invite, once, and not by a patient invite', async () => {
    const doc = await newClinician(store);
    const code = await invite(doc.id, 'clinician');
    const patientCode = await invite(doc.id, 'patient');
    const join = (codeHash: string, email = `${randomUUID()}@example.org`, now = NOW) =>
      store.createClinician({
        userId: randomUUID(),
        email,
        passwordHash: 'h',
        now,
        clinic: { kind: 'invite', codeHash },
      });
    expect(await join(patientCode)).toBeUndefined();
    expect(await join('unknown')).toBeUndefined();
    const colleague = await join(code);
    expect(colleague?.clinicId).toBe(doc.clinicId);
    expect(await join(code)).toBeUndefined();
    expect(await join(await invite(doc.id, 'clinician'), undefined, LATER)).toBeUndefined();
  });

  it('keeps an invite unused when the joining email is taken', async () => {
    const doc = await newClinician(store, 'doc@example.org');
    const code = await invite(doc.id, 'clinician');
    const taken = store.createClinician({
      userId: randomUUID(),
      email: 'doc@example.org',
      passwordHash: 'h',
      now: NOW,
      clinic: { kind: 'invite', codeHash: code },
    });
    await expect(taken).rejects.toBeInstanceOf(EmailTakenError);
    const retry = await store.createClinician({
      userId: randomUUID(),
      email: 'other@example.org',
      passwordHash: 'h',
      now: NOW,
      clinic: { kind: 'invite', codeHash: code },
    });
    expect(retry?.clinicId).toBe(doc.clinicId);
  });

  it('refuses a second invite with the same code hash', async () => {
    const doc = await newClinician(store);
    await invite(doc.id, 'patient', 'same');
    expect(
      await store.createInvite({
        codeHash: 'same',
        kind: 'patient',
        clinicianId: doc.id,
        now: NOW,
        expiresAt: EXPIRES,
      }),
    ).toBe(false);
  });

  it('links a patient who accepts a patient invite, single use and before it expires', async () => {
    const doc = await newClinician(store, 'doc@example.org', 'Physio');
    const ann = patientIdOf(await newPatient(store));
    const bob = patientIdOf(await newPatient(store));
    const code = await invite(doc.id, 'patient');
    expect(
      await store.acceptPatientInvite({
        codeHash: await invite(doc.id, 'clinician'),
        patientId: ann,
        now: NOW,
      }),
    ).toBeUndefined();
    expect(await store.acceptPatientInvite({ codeHash: code, patientId: ann, now: NOW })).toBe(doc.id);
    expect(await store.isLinkedClinician(doc.id, ann)).toBe(true);
    expect(await store.acceptPatientInvite({ codeHash: code, patientId: bob, now: NOW })).toBeUndefined();
    expect(await store.isLinkedClinician(doc.id, bob)).toBe(false);
    const expired = await invite(doc.id, 'patient');
    expect(
      await store.acceptPatientInvite({ codeHash: expired, patientId: bob, now: EXPIRES }),
    ).toBeUndefined();
    expect(
      await store.acceptPatientInvite({ codeHash: expired, patientId: randomUUID(), now: NOW }),
    ).toBeUndefined();
    expect(await store.acceptPatientInvite({ codeHash: expired, patientId: bob, now: NOW })).toBe(doc.id);
  });

  it('lets only one of two patients racing for one invite use it', async () => {
    const doc = await newClinician(store);
    const code = await invite(doc.id, 'patient');
    const patients = await Promise.all([newPatient(store), newPatient(store), newPatient(store)]);
    const results = await Promise.all(
      patients.map((p) => store.acceptPatientInvite({ codeHash: code, patientId: patientIdOf(p), now: NOW })),
    );
    expect(results.filter((r) => r === doc.id)).toHaveLength(1);
  });

  it('lists a patient’s clinicians with their clinic, links once, and unlinks', async () => {
    const first = await newClinician(store, 'first@example.org', 'North');
    const second = await newClinician(store, 'second@example.org', 'South');
    const ann = patientIdOf(await newPatient(store));
    expect(await store.isLinkedClinician(first.id, ann)).toBe(false);
    await store.linkClinician({ clinicianId: first.id, patientId: ann, now: NOW });
    await store.linkClinician({ clinicianId: first.id, patientId: ann, now: NOW });
    await store.linkClinician({ clinicianId: second.id, patientId: ann, now: LATER });
    expect(await store.listPatientClinicians(ann)).toEqual([
      {
        id: first.id,
        email: 'first@example.org',
        clinicId: first.clinicId,
        clinicName: 'North',
        linkedAt: NOW,
      },
      {
        id: second.id,
        email: 'second@example.org',
        clinicId: second.clinicId,
        clinicName: 'South',
        linkedAt: LATER,
      },
    ]);
    expect(await store.unlinkClinician(first.id, ann)).toBe(true);
    expect(await store.unlinkClinician(first.id, ann)).toBe(false);
    expect(await store.isLinkedClinician(first.id, ann)).toBe(false);
    expect((await store.listPatientClinicians(ann)).map((c) => c.id)).toEqual([second.id]);
  });

  it('drops links and keeps the clinician when a patient is erased', async () => {
    const doc = await newClinician(store);
    const ann = patientIdOf(await newPatient(store));
    const code = await invite(doc.id, 'patient');
    await store.acceptPatientInvite({ codeHash: code, patientId: ann, now: NOW });
    await store.erasePatient(ann, 'now');
    expect(await store.isLinkedClinician(doc.id, ann)).toBe(false);
    expect(await store.findUserById(doc.id)).toBeDefined();
  });
});
