import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/schemas.js';

const requirementSchema = {
  type: 'object',
  required: ['required'],
  additionalProperties: false,
  properties: { required: { type: 'boolean' } },
} as const;

/**
 * PUT /api/v1/clinician/clinic/two-factor: a clinic admin requires two-factor sign-in of the clinic's
 * clinicians, or makes it optional again (ADR 126). GET /api/v1/clinician/clinic/security-events: the clinic's
 * record of two-factor changes (admins only).
 */
export function registerClinicSecurity(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  const adminOf = async (userId: string) => {
    const member = await store.getClinicMember(userId);
    if (member === undefined) throw new HttpError(403, 'you are not a clinician of a clinic any more');
    if (member.clinicRole !== 'admin') throw new HttpError(403, 'only a clinic admin can do this');
    return member;
  };

  api.put(
    '/api/v1/clinician/clinic/two-factor',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Require two-factor sign-in of every clinician of the clinic, or not (admins only)',
        body: requirementSchema,
        response: { 200: requirementSchema, ...errorResponses },
      },
      config: { access: 'clinician' },
    },
    async (request) => {
      const actor = actorOf(request);
      const member = await adminOf(actor.userId);
      const { required } = request.body;
      // Enforced for the admin too: they set it up first, so that requiring it cannot lock them out.
      if (required && !(await store.twoFactorStatus(actor.userId)).enabled)
        throw new HttpError(409, 'turn on two-factor sign-in for yourself first');
      await store.setClinicTwoFactor(member.clinicId, required, {
        at: clock().toISOString(),
        actorId: actor.userId,
      });
      return { required };
    },
  );

  api.get(
    '/api/v1/clinician/clinic/security-events',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Who turned two-factor sign-in on or off, used a recovery code, or changed the requirement',
        response: {
          200: {
            type: 'object',
            required: ['events'],
            additionalProperties: false,
            properties: {
              events: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['at', 'actorId', 'action'],
                  additionalProperties: false,
                  properties: {
                    at: { type: 'string' },
                    actorId: { type: ['string', 'null'] },
                    action: { type: 'string' },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
      config: { access: 'clinician' },
    },
    async (request) => {
      const member = await adminOf(actorOf(request).userId);
      const events = await store.listSecurityEvents(member.clinicId, 200);
      return { events: events.map(({ at, actorId, action }) => ({ at, actorId, action })) };
    },
  );
}
