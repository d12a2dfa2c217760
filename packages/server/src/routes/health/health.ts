import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { errorResponses } from '../../http/schemas.js';
import { storageFaultOf } from '../../store/storage-fault.js';

/** How long the database may take to answer the ping before the server reports itself unavailable. */
export const HEALTH_PING_TIMEOUT_MS = 2000;

const healthSchema = (status: string, database: readonly string[], description: string) =>
  ({
    type: 'object',
    description,
    required: ['status', 'database'],
    additionalProperties: false,
    properties: { status: { const: status }, database: { enum: database } },
  }) as const;

/** Resolves when the store answers a `select 1` in time; rejects otherwise. */
function pingInTime(ping: () => Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer from the database in ${ms} ms`));
    }, ms);
  });
  return Promise.race([ping(), late]).finally(() => {
    clearTimeout(timer);
  });
}

/**
 * GET /api/health: for load balancers. No session, no patient data, not rate limited: 200 after a cheap
 * round trip to the database, 503 when that fails or when the disk is full (SQLite: a write failed for lack of
 * space, and a tiny write still fails); the cause is logged, never sent.
 */
export function registerHealth(app: FastifyInstance, { store, log }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Whether this server can reach its database (for load balancers)',
        response: {
          200: healthSchema('ok', ['ok'], 'The server and its database answer'),
          ...errorResponses,
          503: healthSchema(
            'unavailable',
            ['unreachable', 'disk-full'],
            'The database did not answer, or cannot be written for lack of disk space',
          ),
        },
      },
      config: { access: 'public' },
    },
    async (_request, reply) => {
      try {
        await pingInTime(() => store.ping(), HEALTH_PING_TIMEOUT_MS);
        return { status: 'ok', database: 'ok' };
      } catch (error) {
        const database = storageFaultOf(error) === 'disk-full' ? 'disk-full' : 'unreachable';
        log.warn(
          { err: error },
          `health check: ${database === 'disk-full' ? 'disk full' : 'database unreachable'}`,
        );
        return reply.code(503).send({ status: 'unavailable', database });
      }
    },
  );
}
