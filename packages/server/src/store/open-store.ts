import { createStore, type StoreOptions } from './create-store.js';
import { storageFaultOf } from './storage-fault.js';
import type { Store } from './store.js';

/** Waits between start-up attempts: 1, 2, 4, 8, 16, then every 30 seconds. */
export const retryDelayMs = (attempt: number): number => Math.min(30_000, 1000 * 2 ** attempt);

/**
 * Start-up against a database that may not answer yet (ADR 111): an unreachable or frozen PostgreSQL is
 * reported within seconds (the connection timeout) and tried again until it answers; any other failure
 * (bad credentials, a damaged SQLite file) stops the start-up.
 */
export async function openStoreWithRetry(
  options: StoreOptions,
  say: (line: string) => void,
  sleep: (ms: number) => Promise<void>,
  open: (options: StoreOptions) => Promise<Store> = createStore,
): Promise<Store> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await open(options);
    } catch (error) {
      if (storageFaultOf(error) !== 'unreachable') throw error;
      const wait = retryDelayMs(attempt);
      const reason = error instanceof Error ? error.message : String(error);
      say(`database unreachable at start-up (${reason}): trying again in ${wait / 1000} s`);
      await sleep(wait);
    }
  }
}
