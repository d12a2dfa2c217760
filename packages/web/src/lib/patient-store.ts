import type { CaseEvent } from '@hamstring-rehab/engine';
import { api, ApiError, NetworkError } from './api';
import { clearDevice, getKey, readDeviceCopy, savePulledCopy, setKey } from './db';
import { closeEarlyReads } from './early-reads';
import { enqueue } from './outbox';
import type { LocalData } from './patient-case';
import { Syncer } from './sync';
import type { Me, Profile, Screening } from './types';

async function signedInPatient(): Promise<Me & { patientId: string }> {
  const me = await getKey('me');
  if (me?.patientId === undefined) throw new ApiError(401, 'not signed in');
  return { ...me, patientId: me.patientId };
}

async function patientPath(): Promise<string> {
  return `patients/${(await signedInPatient()).patientId}`;
}

/** The app's one upload queue. */
export const syncer = new Syncer(async (batch) => {
  const events = batch.map((q) => ({ id: q.id, ...q.event }));
  await api<'POST /patients/{patientId}/events'>('POST', `${await patientPath()}/events`, { events });
});

/** Who is signed in: from the server, or from the device when offline; null when signed out. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<'GET /me'>('GET', 'me');
    const cached = await getKey('me');
    if (cached !== undefined && cached.id !== me.id) await clearDevice();
    await setKey('me', me);
    return me;
  } catch (error) {
    if (error instanceof NetworkError) return (await getKey('me')) ?? null;
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(email: string, password: string): Promise<Me> {
  const answer = await api<'POST /auth/login'>('POST', 'auth/login', { email, password });
  // A patient's account has no second step; an account that asks for a code signs in on the sign-in page.
  if ('challenge' in answer) throw new Error('This account asks for a code: sign in on the sign-in page.');
  return adoptSession(answer);
}

/**
 * The device takes the signed-in user the server answered (sign-in, or a sign-up's confirmation link): a
 * different user than the device's last one clears what the device holds.
 */
export async function adoptSession(me: Me): Promise<Me> {
  const cached = await getKey('me');
  if (cached?.id !== me.id) await clearDevice();
  await setKey('me', me);
  return me;
}

export async function signOut(): Promise<void> {
  await syncer.sync();
  await api<'POST /auth/logout'>('POST', 'auth/logout', {});
  await clearDevice();
}

/**
 * The patient who signed in on this device last, when the device holds a complete copy of their data
 * (pulled from the server for them, set up): enough to show their plan before the server answers.
 * Null otherwise (signed out, a clinician, never pulled, not set up).
 */
export async function readCachedPatient(): Promise<Me | null> {
  const [me, pulledFor, profile, screening] = await Promise.all([
    getKey('me'),
    getKey('pulledFor'),
    getKey('profile'),
    getKey('screening'),
  ]);
  const setUp = typeof profile?.birthYear === 'number' && screening !== undefined;
  return me?.role === 'patient' && pulledFor === me.id && setUp ? me : null;
}

/** Everything the device holds for the plan of `userId`: cached profile, screening, synced and queued
 * events. Nothing when the device's copy belongs to someone else (or to no one). */
export async function loadLocal(userId: string): Promise<LocalData> {
  return readDeviceCopy(userId);
}

/** Uploads the queue, then refreshes the device's copy from the server. Offline, it changes nothing. */
export async function pullFromServer(): Promise<void> {
  try {
    await syncer.sync();
    const me = await signedInPatient();
    const base = `patients/${me.patientId}`;
    // The three reads side by side (on a cold start they were started before the app ran: ADR 229).
    const [profile, screening, { events }] = await Promise.all([
      api<'GET /patients/{patientId}/profile'>('GET', `${base}/profile`),
      api<'GET /patients/{patientId}/screening'>('GET', `${base}/screening`).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return undefined;
        throw error;
      }),
      api<'GET /patients/{patientId}/events'>('GET', `${base}/events`),
    ]);
    await savePulledCopy(me.id, { profile, screening, events });
  } catch (error) {
    if (error instanceof NetworkError) return;
    throw error;
  } finally {
    closeEarlyReads();
  }
  await syncer.refresh();
}

export async function saveProfile(
  profile: Omit<Profile, 'timeZone' | 'painCeiling' | 'protocol'>,
): Promise<void> {
  const current = await getKey('profile');
  const body = {
    ...profile,
    painCeiling: current?.painCeiling ?? 5,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  await setKey(
    'profile',
    await api<'PUT /patients/{patientId}/profile'>('PUT', `${await patientPath()}/profile`, body),
  );
}

export async function saveScreening(screening: Screening): Promise<void> {
  await setKey(
    'screening',
    await api<'PUT /patients/{patientId}/screening'>('PUT', `${await patientPath()}/screening`, screening),
  );
}

/**
 * Logs events on the device at once and syncs them in the background; `ids` are the form's client ids
 * (the same ids again store nothing new).
 */
export async function logEvents(events: readonly CaseEvent[], ids: readonly string[] = []): Promise<void> {
  for (const [i, event] of events.entries()) await enqueue(event, ids[i]);
  await syncer.refresh();
  void syncer.sync();
}

/** Where the patient's own API lives, for downloads. */
export async function patientUrl(path: string): Promise<string> {
  return `/api/v1/${await patientPath()}/${path}`;
}
