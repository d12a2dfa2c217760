import { getKey, setKey } from './db';
import type { DeviceCheckpoint } from './device-checkpoint';

// Apart from device-checkpoint.ts, so that reading the device's copy does not load the engine.

/** The device's replay checkpoint for this user, if any (ADR 226). */
export async function readCheckpoint(userId: string): Promise<DeviceCheckpoint | undefined> {
  const dc = await getKey('checkpoint');
  return dc?.userId === userId ? dc : undefined;
}

/** Keeps a checkpoint, unless someone else signed in on the device meanwhile. */
export async function saveCheckpoint(dc: DeviceCheckpoint): Promise<void> {
  if ((await getKey('me'))?.id === dc.userId) await setKey('checkpoint', dc);
}
