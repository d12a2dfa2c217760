import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { HttpError } from '../../http/errors.js';
import { hashPassword } from '../../http/passwords.js';
import { errorResponses } from '../../http/schemas.js';
import { startSession } from '../../plugins/session.js';
import { signupAttemptMail } from '../../mail/templates.js';
import { EmailTakenError } from '../../store/store.js';
import { identityOf } from '../../http/identity.js';
import { hashInviteCode, normalizeInviteCode } from '../../http/invite-codes.js';
import { mailResetLink } from './password-reset.js';
import { checkNewPassword, meOf, meSchema, normalizeEmail, signupBody } from './schemas.js';

/** POST /api/v1/auth/signup: a new self-managed patient account, signed in at once. */
export function registerSignup(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/auth/signup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a self-managed patient account and sign in',
        body: signupBody,
        response: { 201: meSchema, ...errorResponses },
      },
      config: { access: 'public', rateLimit: { max: deps.config.authRateLimit, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const now = deps.clock().toISOString();
      const identity = identityOf(request.body, now.slice(0, 10));
      const codeHash = await usableInvite(deps, request.body.inviteCode, now);
      checkNewPassword('password', request.body.password, request.body.email);
      const passwordHash = await hashPassword(request.body.password);
      try {
        const user = await deps.store.createSelfManagedPatient({
          userId: randomUUID(),
          patientId: randomUUID(),
          email: normalizeEmail(request.body.email),
          passwordHash,
          now,
        });
        const patientId = user.patientId ?? '';
        if (identity.name !== null || identity.dateOfBirth !== null) {
          await deps.store.setIdentity(patientId, identity, now);
        }
        // The invite was usable a moment ago; if another account took it since, the new one stays unlinked.
        if (codeHash !== undefined) await deps.store.acceptPatientInvite({ codeHash, patientId, now });
        await startSession(deps, request, reply, user);
        return await reply.code(201).send(await meOf(deps.store, user));
      } catch (error) {
        if (error instanceof EmailTakenError) {
          // The address's owner is told, with a reset link (at most RESETS_PER_HOUR an hour).
          const owner = await deps.store.findUserByEmail(normalizeEmail(request.body.email));
          if (owner !== undefined) await mailResetLink(deps, owner, signupAttemptMail);
          throw new HttpError(409, 'an account with this email already exists');
        }
        throw error;
      }
    },
  );
}

/** The hash of a patient invite that can be used now, or a 400 naming `inviteCode`; undefined without one. */
async function usableInvite(deps: Deps, inviteCode: string | undefined, now: string) {
  if (inviteCode === undefined) return undefined;
  const code = normalizeInviteCode(inviteCode);
  const refuse = (message: string) =>
    new HttpError(400, 'this invite code cannot be used', [{ path: 'inviteCode', message }]);
  if (code === null) throw refuse('must be 8 letters and digits, such as ABCD-EFGH');
  const codeHash = hashInviteCode(code);
  const preview = await deps.store.previewInvite(codeHash, now);
  if (preview?.kind !== 'patient')
    throw refuse('is not a valid patient invite: unknown, used, revoked or expired');
  return codeHash;
}
