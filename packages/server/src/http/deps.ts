import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { OutboxWorker } from '../mail/outbox-worker.js';
import type { PdfOptions } from '../reports/pdf-report.js';
import type { SnapshotService } from '../snapshots/snapshot-service.js';
import type { Store } from '../store/store.js';

/** What routes and plugins are built from. `clock` is the only source of the current time. */
export interface Deps {
  config: Config;
  store: Store;
  clock: () => Date;
  /** Keeps each patient's decision snapshot current; write routes schedule a refresh after they commit. */
  snapshots: SnapshotService;
  /** Sends queued mail: routes `kick()` it after a write that queued some. */
  outbox: OutboxWorker;
  /** How PDF reports are written. */
  pdf: PdfOptions;
  /** The server's log (pino): errors and warnings, whether or not each request is logged too. */
  log: FastifyBaseLogger;
}
