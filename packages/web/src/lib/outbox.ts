import type { CaseEvent } from '@hamstring-rehab/engine';
import { db, deviceEvents } from './db';
import type { IdentifiedEvent, QueuedEvent } from './types';
import { newId } from './uuid';

/** The last `queuedAt` given out: two events queued in the same millisecond still keep their order. */
let lastQueuedAt = 0;

/**
 * Queues an event on the device under its client UUID (a fresh one unless the form made it); sync uploads
 * it later. An id already on the device (a second tap, a retry) is queued once: nothing new is stored.
 */
export async function enqueue(event: CaseEvent, id: string = newId()): Promise<QueuedEvent> {
  const d = await db();
  const known = (await d.get('outbox', id)) ?? (await d.get('events', id));
  if (known !== undefined) {
    return 'queuedAt' in known ? known : { id, event: known.event, queuedAt: known.seq };
  }
  lastQueuedAt = Math.max(Date.now(), lastQueuedAt + 1);
  const queued: QueuedEvent = { id, event, queuedAt: lastQueuedAt };
  await d.put('outbox', queued);
  return queued;
}

/** Waiting events, oldest first. */
export async function listOutbox(): Promise<QueuedEvent[]> {
  const all = await (await db()).getAll('outbox');
  return all.sort((a, b) => a.queuedAt - b.queuedAt);
}

/** Moves uploaded events from the outbox to the synced events, in one transaction. */
export async function markUploaded(items: readonly QueuedEvent[]): Promise<void> {
  const tx = (await db()).transaction(['outbox', 'events'], 'readwrite');
  for (const item of items) {
    await tx.objectStore('outbox').delete(item.id);
    await tx.objectStore('events').put({ id: item.id, seq: item.queuedAt, event: item.event });
  }
  await tx.done;
}

/** Moves events the server refused out of the queue, keeping them with the reason. */
export async function markRejected(items: readonly QueuedEvent[], reason: string): Promise<void> {
  const tx = (await db()).transaction(['outbox', 'rejected'], 'readwrite');
  for (const item of items) {
    await tx.objectStore('outbox').delete(item.id);
    await tx.objectStore('rejected').put({ ...item, reason });
  }
  await tx.done;
}

export async function countRejected(): Promise<number> {
  return (await db()).count('rejected');
}

/** Every event the device knows: synced ones and queued ones, each id once, in logging order. */
export async function allEvents(): Promise<IdentifiedEvent[]> {
  const d = await db();
  return deviceEvents(await d.getAll('events'), await d.getAll('outbox'));
}
