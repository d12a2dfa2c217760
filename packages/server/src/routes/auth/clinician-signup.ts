import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, ProblemsError } from '../../http/errors.js';
import { hashInviteCode, inviteCodeSchema, normalizeInviteCode } from '../../http/invite-codes.js';
import { errorResponses } from '../../http/schemas.js';
import { checkEmailSchema, finishSignup } from './pending-signup.js';
import { checkNewPassword, email, newPassword } from './schemas.js';

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

/** A clinician invite that is unknown, used, revoked or expired: 400 naming `inviteCode`. */
export const unusableInvite = (): HttpError =>
  new HttpError(400, 'this invite code cannot be used', [
    { path: 'inviteCode', message: 'is not a valid clinician invite: unknown, used or expired' },
  ]);

/**
 * POST /api/v1/auth/clinician-signup: a clinician account in a new clinic, or in a colleague's clinic by
 * their invite, made when the link mailed to the address is opened (ADR 125).
 */
export function registerClinicianSignup(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/auth/clinician-signup',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Start a clinician account, with a new clinic or joining one by invite: mails a link that finishes it',
        description:
          'Answers 202 with the same message whether or not the address has an account (see auth/signup).',
        body,
        response: { 202: checkEmailSchema, ...errorResponses },
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
      const codeHash = code === undefined ? undefined : hashInviteCode(code);
      if (codeHash !== undefined) {
        const preview = await deps.store.previewInvite(codeHash, deps.clock().toISOString());
        if (preview?.kind !== 'clinician') throw unusableInvite();
      }
      checkNewPassword('password', request.body.password, request.body.email);
      return finishSignup(deps, reply, {
        email: request.body.email,
        password: request.body.password,
        kind: 'clinician',
        details:
          codeHash === undefined ? { clinicName: (clinicName ?? '').trim() } : { inviteCodeHash: codeHash },
      });
    },
  );
}
