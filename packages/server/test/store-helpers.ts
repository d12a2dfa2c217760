import { randomUUID } from 'node:crypto';
import type { EventInput, Store, User } from '../src/store/store.js';

export const NOW = '2026-03-01T10:00:00.000Z';

/** A stored morning check, as the events route would store it. */
export function storedMorningCheck(date: string, score: number, id: string = randomUUID()): EventInput {
  return { id, date, type: 'morning-check', body: JSON.stringify({ date, score, type: 'morning-check' }) };
}

export async function newPatient(store: Store, email = `${randomUUID()}@example.org`): Promise<User> {
  return store.createSelfManagedPatient({
    userId: randomUUID(),
    patientId: randomUUID(),
    email,
    passwordHash: 'hash',
    now: NOW,
  });
}

/** A clinician in a clinic of their own. */
export async function newClinician(
  store: Store,
  email = `${randomUUID()}@example.org`,
  clinicName = 'Clinic',
): Promise<User> {
  const user = await store.createClinician({
    userId: randomUUID(),
    email,
    passwordHash: 'hash',
    now: NOW,
    clinic: { kind: 'new', id: randomUUID(), name: clinicName },
  });
  if (user === undefined) throw new Error('clinician not created');
  return user;
}

/** The patient record id of a self-managed patient. */
export function patientIdOf(user: User): string {
  if (user.patientId === null) throw new Error('not a patient');
  return user.patientId;
}
