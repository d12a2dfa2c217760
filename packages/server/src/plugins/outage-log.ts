import type { FastifyBaseLogger } from 'fastify';
import { FAULT_TEXT, type StorageFault } from '../store/storage-fault.js';

/** At most one line per fault and minute, however many requests it refuses (ADR 111). */
export const OUTAGE_LOG_INTERVAL_MS = 60_000;

/**
 * Logs a storage fault plainly ("disk full: …", "database unreachable: …") the first time, then at most once a
 * minute with how many requests it refused meanwhile: an outage is a few readable lines, not one per request.
 */
export class OutageLog {
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
    const since = seen === undefined ? '' : ` (${seen.refused + 1} requests refused in the last minute)`;
    this.log.error({ err: error }, `${FAULT_TEXT[fault].log}${since}`);
    this.last.set(fault, { at, refused: 0 });
  }
}
