import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, notFound, ProblemsError } from '../../http/errors.js';
import { errorResponses, noContent, uuidSchema } from '../../http/schemas.js';

const memberSchema = {
  type: 'object',
  required: ['id', 'email', 'clinicRole', 'assigned', 'joinedAt'],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    email: { type: 'string' },
    clinicRole: { enum: ['admin', 'clinician'] },
    assigned: { type: 'integer', description: 'Patients under care assigned to them' },
    joinedAt: { type: 'string' },
  },
} as const;

/**
 * GET /api/v1/clinician/team: the clinicians of the signed-in clinician's clinic.
 * DELETE /api/v1/clinician/team/{clinicianId}: a clinic admin removes a colleague; their access ends at once,
 * the clinic keeps its patients (assigned to the admin) and notes (ADR 122).
 */
export function registerTeam(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/clinician/team',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'The clinic’s clinicians and their roles',
        response: {
          200: {
            type: 'object',
            required: ['clinicians'],
            additionalProperties: false,
            properties: { clinicians: { type: 'array', items: memberSchema } },
          },
          ...errorResponses,
        },
      },
      config: { access: 'clinician' },
    },
    async (request) => {
      const member = await store.getClinicMember(actorOf(request).userId);
      if (member === undefined) throw new HttpError(403, 'you are not a clinician of a clinic any more');
      return { clinicians: await store.listClinicTeam(member.clinicId) };
    },
  );

  api.delete(
    '/api/v1/clinician/team/:clinicianId',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Remove a colleague from the clinic (admins only): their access ends at once',
        params: {
          type: 'object',
          required: ['clinicianId'],
          additionalProperties: false,
          properties: { clinicianId: uuidSchema },
        },
        response: { 204: noContent, ...errorResponses },
      },
      config: { access: 'clinician' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const member = await store.getClinicMember(actor.userId);
      if (member === undefined) throw new HttpError(403, 'you are not a clinician of a clinic any more');
      if (member.clinicRole !== 'admin')
        throw new HttpError(403, 'only a clinic admin can remove colleagues');
      const memberId = request.params.clinicianId.toLowerCase();
      if (memberId === actor.userId) {
        throw new ProblemsError([
          { path: 'clinicianId', message: 'is you: an admin cannot remove themselves' },
        ]);
      }
      const removed = await store.removeClinicMember({
        clinicId: member.clinicId,
        memberId,
        byId: actor.userId,
        now: clock().toISOString(),
      });
      if (!removed) throw notFound();
      return reply.code(204).send(null);
    },
  );
}
