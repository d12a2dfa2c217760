/**
 * Errors that mean the database, not the request, is at fault: the server answers 503 and keeps running
 * (ADR 111). Anything else stays a 500.
 */
export type StorageFault = 'unreachable' | 'disk-full' | 'damaged';

/** Node socket errors of a lost or refused database connection. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs of a server that is going away or refusing connections: 57P01 admin shutdown
 * (`pg_terminate_backend`, `pg_ctl stop -m fast`), 57P02 crash shutdown, 57P03 cannot connect now (starting
 * or recovering), 53300 too many connections, 55000 `ALLOW_CONNECTIONS false`. Class 08 is checked apart.
 */
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53300', '55000']);

/** Messages of node-postgres for a connection that ended or never came. */
const POSTGRES_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'is not queryable',
  'Client was closed',
];

function faultOfOne(error: unknown): StorageFault | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code === 'SQLITE_FULL') return 'disk-full';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR'))
      return 'damaged';
    if (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))
      return 'unreachable';
  }
  if (typeof message === 'string' && POSTGRES_MESSAGES.some((m) => message.includes(m))) return 'unreachable';
  return undefined;
}

/** The storage fault behind an error (its `cause` chain and aggregated errors included), if any. */
export function storageFaultOf(error: unknown): StorageFault | undefined {
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    const fault = faultOfOne(e);
    if (fault !== undefined) return fault;
    if (e instanceof AggregateError) {
      for (const inner of e.errors) {
        const found = faultOfOne(inner);
        if (found !== undefined) return found;
      }
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** What a client is told, and what the log says once, for each fault. */
export const FAULT_TEXT: Record<StorageFault, { answer: string; log: string }> = {
  unreachable: {
    answer: 'the database is unavailable: try again in a moment',
    log: 'database unreachable: requests that need it answer 503 until it is back',
  },
  'disk-full': {
    answer: 'the server cannot store data right now (its disk is full): try again later',
    log:
      'disk full: the database cannot be written (SQLITE_FULL); free space on the disk of DATA_DIR. ' +
      'Writes answer 503 and /api/health 503 until then; stored data is intact',
  },
  damaged: {
    answer: 'the database cannot be read: try again later',
    log:
      'database damaged or unreadable (I/O error or corruption): stop the server and restore the latest ' +
      'backup (README, Backup and restore)',
  },
};
