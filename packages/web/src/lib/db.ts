import type { CaseEvent } from '@hamstring-rehab/engine';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type StoreNames } from 'idb';
import type { DeviceCheckpoint } from './device-checkpoint';
import type { LocalData } from './patient-case';
import type { IdentifiedEvent, Me, Profile, QueuedEvent, Screening } from './types';

export interface SyncedEvent {
  id: string;
  seq: number;
  event: CaseEvent;
}

interface Keyed {
  me: Me;
  profile: Profile;
  screening: Screening;
  /** The user id whose profile, screening and events the last complete pull from the server wrote. */
  pulledFor: string;
  /** The engine's replay checkpoint for the plan (ADR 226). */
  checkpoint: DeviceCheckpoint;
}

interface RehabDb extends DBSchema {
  kv: { key: keyof Keyed; value: Keyed[keyof Keyed] };
  /** Events the server has stored, by id; `seq` keeps the server's order (ties of one day matter). */
  events: { key: string; value: SyncedEvent };
  /** Events logged on this device and not yet uploaded, by id. */
  outbox: { key: string; value: QueuedEvent };
  /** Events the server refused (kept so nothing is silently lost). */
  rejected: { key: string; value: QueuedEvent & { reason: string } };
}

export type Db = IDBPDatabase<RehabDb>;

let opened: Promise<Db> | undefined;

/** The device's copy of the patient's data (IndexedDB), opened once. */
export function db(): Promise<Db> {
  opened ??= openDB<RehabDb>('hamstring-rehab', 1, {
    upgrade(d) {
      d.createObjectStore('kv');
      d.createObjectStore('events', { keyPath: 'id' });
      d.createObjectStore('outbox', { keyPath: 'id' });
      d.createObjectStore('rejected', { keyPath: 'id' });
    },
  });
  return opened;
}

export async function getKey<K extends keyof Keyed>(key: K): Promise<Keyed[K] | undefined> {
  return (await (await db()).get('kv', key)) as Keyed[K] | undefined;
}

export async function setKey<K extends keyof Keyed>(key: K, value: Keyed[K]): Promise<void> {
  await (await db()).put('kv', value, key);
}

type EventStore = IDBPObjectStore<RehabDb, ArrayLike<StoreNames<RehabDb>>, 'events', 'readwrite'>;

/**
 * Replaces the cached server events with the server's list, in `store`'s transaction. Events this device
 * uploaded that the list does not hold (uploaded while the list was being read) are kept after it: the log
 * is append-only, so the next read will hold them.
 */
async function putServerEvents(store: EventStore, events: readonly IdentifiedEvent[]): Promise<void> {
  const fromServer = new Set(events.map((e) => e.id));
  const localOnly = (await store.getAll()).filter((e) => !fromServer.has(e.id)).sort((a, b) => a.seq - b.seq);
  await store.clear();
  await Promise.all([
    ...events.map(({ id, ...event }, seq) => store.put({ id, seq, event })),
    ...localOnly.map((e, i) => store.put({ ...e, seq: events.length + i })),
  ]);
}

/** Replaces the cached server events with the server's list (see putServerEvents). */
export async function replaceEvents(events: readonly IdentifiedEvent[]): Promise<void> {
  const tx = (await db()).transaction('events', 'readwrite');
  await putServerEvents(tx.store, events);
  await tx.done;
}

/**
 * The server's copy of `userId`'s data, written in one transaction (ADR 229): profile, screening when
 * there is one, the events, and `pulledFor` when the device is still signed in as that user.
 */
export async function savePulledCopy(
  userId: string,
  copy: { profile: Profile; screening: Screening | undefined; events: readonly IdentifiedEvent[] },
): Promise<void> {
  const tx = (await db()).transaction(['kv', 'events'], 'readwrite');
  const kv = tx.objectStore('kv');
  await kv.put(copy.profile, 'profile');
  if (copy.screening !== undefined) await kv.put(copy.screening, 'screening');
  await putServerEvents(tx.objectStore('events'), copy.events);
  // The device now holds this user's complete copy: later starts may show it before the server answers.
  if (((await kv.get('me')) as Me | undefined)?.id === userId) await kv.put(userId, 'pulledFor');
  await tx.done;
}

/**
 * What the device holds for `userId`, read in one transaction: profile, screening, every event (synced,
 * then queued ones not yet synced, in logging order) and the replay checkpoint. Empty when the device
 * belongs to someone else.
 */
export async function readDeviceCopy(userId: string): Promise<LocalData> {
  const tx = (await db()).transaction(['kv', 'events', 'outbox'], 'readonly');
  const kv = tx.objectStore('kv');
  const [me, profile, screening, checkpoint, synced, queued] = await Promise.all([
    kv.get('me') as Promise<Me | undefined>,
    kv.get('profile') as Promise<Profile | undefined>,
    kv.get('screening') as Promise<Screening | undefined>,
    kv.get('checkpoint') as Promise<DeviceCheckpoint | undefined>,
    tx.objectStore('events').getAll(),
    tx.objectStore('outbox').getAll(),
  ]);
  await tx.done;
  if (me?.id !== userId) return { profile: undefined, screening: undefined, events: [] };
  const events = deviceEvents(synced, queued);
  return { profile, screening, events, checkpoint: checkpoint?.userId === userId ? checkpoint : undefined };
}

/** Every event the device knows: synced ones in the server's order, then queued ones not synced yet, in logging order. */
export function deviceEvents(synced: SyncedEvent[], queued: QueuedEvent[]): IdentifiedEvent[] {
  const known = new Set(synced.map((e) => e.id));
  return [
    ...synced.sort((a, b) => a.seq - b.seq),
    ...queued.sort((a, b) => a.queuedAt - b.queuedAt).filter((q) => !known.has(q.id)),
  ].map((e) => ({ ...e.event, id: e.id }));
}

/** Forgets everything on this device (log out, account deleted). */
export async function clearDevice(): Promise<void> {
  const d = await db();
  const tx = d.transaction(['kv', 'events', 'outbox', 'rejected'], 'readwrite');
  await Promise.all([
    tx.objectStore('kv').clear(),
    tx.objectStore('events').clear(),
    tx.objectStore('outbox').clear(),
    tx.objectStore('rejected').clear(),
  ]);
  await tx.done;
  forgetLocalSettings();
}

/** Keys this app keeps in localStorage: the day's exercises marked done, the reminder times. */
const LOCAL_KEYS = /^(exercises-done:|reminder-times$)/;

function forgetLocalSettings(): void {
  try {
    for (const key of Object.keys(localStorage)) if (LOCAL_KEYS.test(key)) localStorage.removeItem(key);
  } catch {
    // No localStorage (private mode): nothing was kept there.
  }
}
