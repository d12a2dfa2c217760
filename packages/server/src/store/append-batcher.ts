import { sql } from 'kysely';
import { appendEvents, appendWithin, conflictOf } from './sql/append-events.js';
import type { SqlContext } from './sql/context.js';
import { storageFaultOf } from './storage-fault.js';
import type { AppendResult, EventInput } from './store.js';

interface Job {
  patientId: string;
  events: readonly EventInput[];
  now: string;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for embedded SQLite (ADR 110). Every commit there waits for its own fsync, on the one thread
 * that also answers requests; uploads that arrive together (a phone syncing, a burst of patients) would wait
 * for one fsync each, one after the other. Instead, the uploads that arrive in the same turn of the event loop
 * go into one transaction, each in a savepoint of its own: each is still all or nothing and answered only
 * once the transaction has committed, but together they wait for one fsync.
 */
export class AppendBatcher {
  private queue: Job[] = [];
  private scheduled = false;

  constructor(private readonly context: SqlContext) {}

  append(patientId: string, events: readonly EventInput[], now: string): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ patientId, events, now, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // After the requests that are already readable have been read: they join this batch.
        setImmediate(() => {
          void this.flush();
        });
      }
    });
  }

  private async flush(): Promise<void> {
    const jobs = this.queue;
    this.queue = [];
    this.scheduled = false;
    const [only] = jobs;
    if (jobs.length === 1 && only !== undefined) {
      appendEvents(this.context, only.patientId, only.events, only.now).then(only.resolve, only.reject);
      return;
    }
    const results = new Map<Job, AppendResult | { error: unknown }>();
    try {
      await this.context.db.transaction().execute(async (tx) => {
        for (const job of jobs) {
          await sql`savepoint one_upload`.execute(tx);
          try {
            results.set(job, await appendWithin(this.context, tx, job.patientId, job.events, job.now));
          } catch (error) {
            // A full disk or an I/O error has ended the whole transaction (SQLite rolled it back): every
            // upload of the batch fails with that error, not with "no such savepoint".
            if (storageFaultOf(error) !== undefined) throw error;
            await sql`rollback to savepoint one_upload`.execute(tx);
            results.set(job, conflictOf(error) ?? { error });
          }
          await sql`release savepoint one_upload`.execute(tx);
        }
      });
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    for (const job of jobs) {
      const result = results.get(job);
      if (result === undefined) job.reject(new Error('upload was not processed'));
      else if ('error' in result) job.reject(result.error);
      else job.resolve(result);
    }
  }
}
