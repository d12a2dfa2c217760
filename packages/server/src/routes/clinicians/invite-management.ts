import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, notFound, ProblemsError } from '../../http/errors.js';
import { identitySchema } from '../../http/identity.js';
import { hashInviteCode, inviteCodeSchema, normalizeInviteCode } from '../../http/invite-codes.js';
import { errorResponses, noContent, uuidSchema } from '../../http/schemas.js';

const INVITE_STATES = ['open', 'used', 'revoked', 'expired'] as const;

const summarySchema = {
  type: 'object',
  required: [
    'id',
    'kind',
    'clinicianId',
    'clinicianEmail',
    'patient',
    'createdAt',
    'expiresAt',
    'usedAt',
    'revokedAt',
    'state',
  ],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    kind: { enum: ['patient', 'clinician'] },
    clinicianId: uuidSchema,
    clinicianEmail: { type: 'string', description: 'Who made it' },
    patient: identitySchema,
    createdAt: { type: 'string' },
    expiresAt: { type: 'string' },
    usedAt: { type: ['string', 'null'] },
    revokedAt: { type: ['string', 'null'] },
    state: { enum: INVITE_STATES },
  },
} as const;

/** Where an invite stands at `now`. */
function stateOf(
  invite: { usedAt: string | null; revokedAt: string | null; expiresAt: string },
  now: string,
): (typeof INVITE_STATES)[number] {
  if (invite.usedAt !== null) return 'used';
  if (invite.revokedAt !== null) return 'revoked';
  return invite.expiresAt <= now ? 'expired' : 'open';
}

const previewSchema = {
  type: 'object',
  required: ['kind', 'clinicName', 'patient', 'expiresAt'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['patient', 'clinician'] },
    clinicName: { type: 'string' },
    patient: identitySchema,
    expiresAt: { type: 'string' },
  },
} as const;

/**
 * GET /api/v1/clinician/invites: the clinic's invites (never their codes), newest first.
 * DELETE /api/v1/clinician/invites/{inviteId}: revokes an unused one.
 * GET /api/v1/invites/{code}: what an invite link's page shows before sign-up: the clinic, and the named
 * patient's details to prefill (public, under the sign-in rate limit; the code is the secret).
 */
export function registerInviteManagement(
  app: FastifyInstance,
  { store, clock, config }: Pick<Deps, 'store' | 'clock' | 'config'>,
): void {
  const api = typed(app);
  const clinicOf = async (userId: string) => {
    const member = await store.getClinicMember(userId);
    if (member === undefined) throw new HttpError(403, 'you are not a clinician of a clinic any more');
    return member.clinicId;
  };

  api.get(
    '/api/v1/clinician/invites',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'The clinic’s invites, newest first (the last 200)',
        response: {
          200: {
            type: 'object',
            required: ['invites'],
            additionalProperties: false,
            properties: { invites: { type: 'array', items: summarySchema } },
          },
          ...errorResponses,
        },
      },
      config: { access: 'clinician' },
    },
    async (request) => {
      const clinicId = await clinicOf(actorOf(request).userId);
      const now = clock().toISOString();
      const invites = await store.listInvites(clinicId, 200);
      return {
        invites: invites.map((i) => ({
          ...i,
          state: stateOf(i, now),
        })),
      };
    },
  );

  api.delete(
    '/api/v1/clinician/invites/:inviteId',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Revoke an unused invite of the clinic',
        params: {
          type: 'object',
          required: ['inviteId'],
          additionalProperties: false,
          properties: { inviteId: uuidSchema },
        },
        response: { 204: noContent, ...errorResponses },
      },
      config: { access: 'clinician' },
    },
    async (request, reply) => {
      const clinicId = await clinicOf(actorOf(request).userId);
      const revoked = await store.revokeInvite({
        clinicId,
        inviteId: request.params.inviteId.toLowerCase(),
        now: clock().toISOString(),
      });
      if (!revoked) throw notFound();
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/v1/invites/:code',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'What an invite is for: the clinic, and the named patient’s details (404 when not usable)',
        params: {
          type: 'object',
          required: ['code'],
          additionalProperties: false,
          properties: { code: inviteCodeSchema },
        },
        response: { 200: previewSchema, ...errorResponses },
      },
      config: { access: 'public', rateLimit: { max: config.authRateLimit, timeWindow: 60_000 } },
    },
    async (request) => {
      const code = normalizeInviteCode(request.params.code);
      if (code === null) {
        throw new ProblemsError([
          { path: 'code', message: 'must be 8 letters and digits, such as ABCD-EFGH' },
        ]);
      }
      const preview = await store.previewInvite(hashInviteCode(code), clock().toISOString());
      if (preview === undefined) throw new HttpError(404, 'this invite is unknown, used, revoked or expired');
      return preview;
    },
  );
}
