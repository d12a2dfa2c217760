import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, ProblemsError } from '../../http/errors.js';
import { hashInviteCode, inviteCodeSchema, normalizeInviteCode } from '../../http/invite-codes.js';
import { hashPassword } from '../../http/passwords.js';
import { errorResponses } from '../../http/schemas.js';
import { startSession } from '../../plugins/session.js';
import { EmailTakenError } from '../../store/store.js';
import { checkNewPassword, email, meOf, meSchema, newPassword, normalizeEmail } from './schemas.js';

export const inviteCodeField = inviteCodeSchema;

const body = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  description: 'Either `clinicName` (start a new clinic) or `inviteCode` (join a colleague’s clinic).',
  allOf: [
    {
      anyOf: [{ required: ['clinicName'] }, { required: ['inviteCode'] }],
      'x-problem': {
        path: 'clinicName',
        message: 'is required to start a clinic (or give a colleague’s inviteCode)',
      },
    },
    {
      not: { required: ['clinicName', 'inviteCode'] },
      'x-problem': {
        path: 'inviteCode',
        message: 'give either clinicName (a new clinic) or inviteCode, not both',
      },
    },
  ],
  properties: {
    email,
    password: newPassword,
    clinicName: { type: 'string', minLength: 1, maxLength: 120, pattern: '\\S' },
    inviteCode: { ...inviteCodeField, description: 'A clinician invite from a colleague' },
  },
} as const;

/**
 * POST /api/v1/auth/clinician-signup: a clinician account in a new clinic, or in a colleague's clinic by
 * their invite; signed in at once, like login.
 */
export function registerClinicianSignup(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/auth/clinician-signup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a clinician account, with a new clinic or joining one by invite, and sign in',
        body,
        response: { 201: meSchema, ...errorResponses },
      },
      config: { access: 'public', rateLimit: { max: deps.config.authRateLimit, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const { clinicName, inviteCode } = request.body;
      // The schema asks for exactly one of clinicName and inviteCode.
      const code = inviteCode === undefined ? undefined : normalizeInviteCode(inviteCode);
      if (code === null) {
        throw new ProblemsError([
          { path: 'inviteCode', message: 'must be 8 letters and digits, such as ABCD-EFGH' },
        ]);
      }
      checkNewPassword('password', request.body.password, request.body.email);
      const passwordHash = await hashPassword(request.body.password);
      try {
        const user = await deps.store.createClinician({
          userId: randomUUID(),
          email: normalizeEmail(request.body.email),
          passwordHash,
          now: deps.clock().toISOString(),
          clinic:
            code === undefined
              ? { kind: 'new', id: randomUUID(), name: (clinicName ?? '').trim() }
              : { kind: 'invite', codeHash: hashInviteCode(code) },
        });
        if (user === undefined) {
          throw new HttpError(400, 'this invite code cannot be used', [
            { path: 'inviteCode', message: 'is not a valid clinician invite: unknown, used or expired' },
          ]);
        }
        await startSession(deps, request, reply, user);
        return await reply.code(201).send(await meOf(deps.store, user));
      } catch (error) {
        if (error instanceof EmailTakenError)
          throw new HttpError(409, 'an account with this email already exists');
        throw error;
      }
    },
  );
}
