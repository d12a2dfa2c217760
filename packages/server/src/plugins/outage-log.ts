import type { FastifyBaseLogger } from 'fastify';
import type { ErrorLog } from '../snapshots/snapshot-service.js';
import { FAULT_TEXT, storageFaultOf, type StorageFault } from '../store/storage-fault.js';

/** At most one line per fault and minute, however many requests it refuses (ADR 111). */
export const OUTAGE_LOG_INTERVAL_MS = 60_000;

/**
 * Logs a storage fault plainly ("disk full: …", "database unreachable: …") the first time, then at most once a
 * minute with how many requests it refused meanwhile: an outage is a few readable lines, not one per request.
 */
export class OutageLog {
  /**
   * A log for background work (the snapshot sweep runs every second): its storage faults join the outage's
   * lines, anything else is logged as it comes.
   */
  background(log: ErrorLog): ErrorLog {
    return {
      error: (details, message) => {
        const error = (details as { err?: unknown }).err;
        const fault = storageFaultOf(error);
        if (fault === undefined) log.error(details, message);
        else this.refused(fault, error);
      },
    };
  }

  private readonly last = new Map<StorageFault, { at: number; refused: number }>();

  constructor(
    private readonly log: FastifyBaseLogger,
    private readonly now: () => number,
  ) {}

  refused(fault: StorageFault, error: unknown): void {
    const seen = this.last.get(fault);
    const at = this.now();
    if (seen !== undefined && at - seen.at < OUTAGE_LOG_INTERVAL_MS) {
      seen.refused++;
      return;
    }
    const since = seen === undefined ? '' : ` (${seen.refused + 1} failures in the last minute)`;
    this.log.error({ err: error }, `${FAULT_TEXT[fault].log}${since}`);
    this.last.set(fault, { at, refused: 0 });
  }
}
