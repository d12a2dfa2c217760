import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { notFound, ProblemsError } from '../../http/errors.js';
import { errorResponses, patientParamsSchema, uuidSchema } from '../../http/schemas.js';

const careSchema = {
  type: 'object',
  required: ['assigneeId', 'assigneeEmail', 'dischargedAt'],
  additionalProperties: false,
  properties: {
    assigneeId: { anyOf: [uuidSchema, { type: 'null' }], description: 'The clinician responsible' },
    assigneeEmail: { type: ['string', 'null'] },
    dischargedAt: { type: ['string', 'null'], description: 'When the clinic discharged the patient' },
  },
} as const;

/**
 * GET /api/v1/patients/{patientId}/care: who of the clinic is responsible, and whether discharged.
 * POST /api/v1/patients/{patientId}/assignee: a clinician of the clinic assigns (or transfers) the patient to
 * a colleague. POST .../discharge: discharges (archives) the patient, or takes them back; a discharged record
 * stays readable by the clinic, with its notes, and refuses changes (ADR 122).
 */
export function registerClinicCare(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  const clinicOf = async (userId: string) => {
    const member = await store.getClinicMember(userId);
    if (member === undefined) throw notFound();
    return member.clinicId;
  };

  const careOf = async (clinicianId: string, patientId: string) => {
    const care = await store.getCare(clinicianId, patientId);
    if (care === undefined) throw notFound();
    return care;
  };

  api.get(
    '/api/v1/patients/:patientId/care',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'The clinic’s care of the patient: who is responsible, and whether discharged',
        params: patientParamsSchema,
        response: { 200: careSchema, ...errorResponses },
      },
      config: { access: 'linked-clinician', audit: 'care.read' },
    },
    (request) => careOf(actorOf(request).userId, request.params.patientId),
  );

  api.post(
    '/api/v1/patients/:patientId/assignee',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Assign the patient to a clinician of the clinic (transfer)',
        params: patientParamsSchema,
        body: {
          type: 'object',
          required: ['clinicianId'],
          additionalProperties: false,
          properties: { clinicianId: uuidSchema },
        },
        response: { 200: careSchema, ...errorResponses },
      },
      config: { access: 'linked-clinician', audit: 'assignee.write' },
    },
    async (request) => {
      const actor = actorOf(request);
      const clinicId = await clinicOf(actor.userId);
      const assigneeId = request.body.clinicianId.toLowerCase();
      const done = await store.assignPatient({ clinicId, patientId: request.params.patientId, assigneeId });
      if (!done) {
        throw new ProblemsError([{ path: 'clinicianId', message: 'is not a clinician of your clinic' }]);
      }
      return careOf(actor.userId, request.params.patientId);
    },
  );

  api.post(
    '/api/v1/patients/:patientId/discharge',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Discharge (archive) the patient, read-only for the clinic; or take them back',
        params: patientParamsSchema,
        body: {
          type: 'object',
          required: ['discharged'],
          additionalProperties: false,
          properties: { discharged: { type: 'boolean' } },
        },
        response: { 200: careSchema, ...errorResponses },
      },
      config: { access: 'linked-clinician', audit: 'discharge.write', whileDischarged: true },
    },
    async (request) => {
      const actor = actorOf(request);
      const clinicId = await clinicOf(actor.userId);
      const { patientId } = request.params;
      const at = request.body.discharged ? clock().toISOString() : '';
      await store.setDischarged({ clinicId, patientId, at });
      return careOf(actor.userId, patientId);
    },
  );
}
