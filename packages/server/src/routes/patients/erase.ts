import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { errorResponses, noContent, patientParamsSchema } from '../../http/schemas.js';
import { endSession } from '../../plugins/session.js';

/** DELETE /api/v1/patients/{patientId}: erases the patient, all their data and their own account. */
export function registerErase(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.delete(
    '/api/v1/patients/:patientId',
    {
      schema: {
        tags: ['patients'],
        summary: 'Erase the patient and all their data (and their account, when they manage it themselves)',
        params: patientParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
      config: { access: 'patient-self', audit: 'patient.erase' },
    },
    async (request, reply) => {
      await deps.store.erasePatient(request.params.patientId, deps.clock().toISOString());
      if (request.patientAccess === 'self') await endSession(deps, request, reply);
      return reply.code(204).send(null);
    },
  );
}
