import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { errorResponses, patientParamsSchema } from '../../http/schemas.js';
import { auditListSchema } from './schemas.js';

/** GET /api/v1/patients/{patientId}/audit: who else read or changed the patient's data, newest first. */
export function registerAuditLog(app: FastifyInstance, { store }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/patients/:patientId/audit',
    {
      schema: {
        tags: ['patients'],
        summary: 'The patient’s audit log: every access to their data by someone else',
        params: patientParamsSchema,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
        },
        response: { 200: auditListSchema, ...errorResponses },
      },
      config: { access: 'patient-self' },
    },
    async (request) => {
      const entries = await store.listAudit(request.params.patientId, request.query.limit);
      return {
        entries: entries.map((e) => ({
          id: e.id,
          at: e.at,
          actorId: e.actorId,
          actorRole: e.actorRole,
          action: e.action,
          route: e.route,
          outcome: e.outcome,
          statusCode: e.statusCode,
          count: e.count,
          lastAt: e.lastAt,
        })),
      };
    },
  );
}
