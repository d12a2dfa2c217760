import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { notFound } from '../../http/errors.js';
import { errorResponses, noContent, patientParamsSchema, uuidSchema } from '../../http/schemas.js';

export const linkedClinicianSchema = {
  type: 'object',
  required: ['id', 'email', 'clinicId', 'clinicName', 'linkedAt'],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    email: { type: 'string' },
    clinicId: { anyOf: [uuidSchema, { type: 'null' }] },
    clinicName: { type: ['string', 'null'] },
    linkedAt: { type: 'string', description: 'ISO 8601 time' },
  },
} as const;

/**
 * GET /api/v1/patients/{patientId}/clinicians: who the patient is linked to.
 * DELETE .../clinicians/{clinicianId}: the patient ends a link, or a linked clinician ends their own.
 */
export function registerPatientClinicians(app: FastifyInstance, { store }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/patients/:patientId/clinicians',
    {
      schema: {
        tags: ['patients'],
        summary: 'The clinicians linked to the patient (who can see their data)',
        params: patientParamsSchema,
        response: {
          200: {
            type: 'object',
            required: ['clinicians'],
            additionalProperties: false,
            properties: { clinicians: { type: 'array', items: linkedClinicianSchema } },
          },
          ...errorResponses,
        },
      },
      config: { access: 'patient', audit: 'clinicians.read' },
    },
    async (request) => ({ clinicians: await store.listPatientClinicians(request.params.patientId) }),
  );

  api.delete(
    '/api/v1/patients/:patientId/clinicians/:clinicianId',
    {
      schema: {
        tags: ['patients'],
        summary: 'Unlink a clinician: they no longer see the patient’s data',
        params: {
          type: 'object',
          required: ['patientId', 'clinicianId'],
          additionalProperties: false,
          properties: { patientId: uuidSchema, clinicianId: uuidSchema },
        },
        response: { 204: noContent, ...errorResponses },
      },
      config: { access: 'patient', audit: 'clinicians.unlink' },
    },
    async (request, reply) => {
      const { patientId, clinicianId } = request.params;
      const actor = actorOf(request);
      if (request.patientAccess === 'clinician' && clinicianId.toLowerCase() !== actor.userId)
        throw notFound();
      if (!(await store.unlinkClinician(clinicianId.toLowerCase(), patientId))) throw notFound();
      return reply.code(204).send(null);
    },
  );
}
