import { ApiError, NetworkError } from './api';
import { countRejected, listOutbox, markRejected, markUploaded } from './outbox';
import type { QueuedEvent } from './types';

export type SyncState = 'synced' | 'pending' | 'syncing' | 'offline' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Events waiting on this device. */
  pending: number;
  /** Events the server refused. */
  rejected: number;
  message?: string;
}

/** Sends queued events to the server; resolves when the server stored them (or had them already). */
export type Upload = (batch: readonly QueuedEvent[]) => Promise<void>;

const BATCH = 200;

/**
 * The device's upload queue. `sync()` is single-flight: calls while a sync runs join it, so every queued
 * event is sent by one upload at a time; the server stores each client UUID once, so a retry after a lost
 * answer cannot duplicate. Events the server refuses (400, 409) leave the queue for `rejected`.
 */
export class Syncer {
  private running: Promise<void> | undefined;
  private current: SyncStatus = { state: 'synced', pending: 0, rejected: 0 };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly upload: Upload,
    private readonly isOnline: () => boolean = () => navigator.onLine,
  ) {}

  status = (): SyncStatus => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Re-reads the queue's size (after an event was queued). */
  async refresh(): Promise<void> {
    if (this.running) return;
    const pending = (await listOutbox()).length;
    const state = !this.isOnline() ? 'offline' : pending === 0 ? 'synced' : 'pending';
    this.set({ state, pending, rejected: await countRejected() });
  }

  sync(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private set(next: SyncStatus): void {
    this.current = next;
    for (const l of this.listeners) l();
  }

  private async run(): Promise<void> {
    for (;;) {
      const queued = await listOutbox();
      const rejected = await countRejected();
      if (queued.length === 0) {
        this.set({ state: 'synced', pending: 0, rejected });
        return;
      }
      if (!this.isOnline()) {
        this.set({ state: 'offline', pending: queued.length, rejected });
        return;
      }
      this.set({ state: 'syncing', pending: queued.length, rejected });
      const batch = queued.slice(0, BATCH);
      try {
        await this.upload(batch);
        await markUploaded(batch);
      } catch (error) {
        if (error instanceof NetworkError) {
          this.set({ state: 'offline', pending: queued.length, rejected });
          return;
        }
        if (error instanceof ApiError && (error.status === 400 || error.status === 409)) {
          if (batch.length > 1) {
            const failure = await this.isolate(batch);
            if (failure === undefined) continue;
            const offline = failure instanceof NetworkError;
            const message = failure instanceof Error ? failure.message : 'sync failed';
            const pending = (await listOutbox()).length;
            this.set({ state: offline ? 'offline' : 'error', pending, rejected, message });
            return;
          }
          await markRejected(batch, error.message);
          continue;
        }
        const message = error instanceof Error ? error.message : 'sync failed';
        this.set({ state: 'error', pending: queued.length, rejected, message });
        return;
      }
    }
  }

  /** A refused batch: send its events one by one, so one bad event does not hold back the others.
   * Returns the error that stopped it (offline, server error), or undefined. */
  private async isolate(batch: readonly QueuedEvent[]): Promise<unknown> {
    for (const item of batch) {
      try {
        await this.upload([item]);
        await markUploaded([item]);
      } catch (error) {
        if (!(error instanceof ApiError && (error.status === 400 || error.status === 409))) return error;
        await markRejected([item], error.message);
      }
    }
    return undefined;
  }
}
