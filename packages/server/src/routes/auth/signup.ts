import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, ProblemsError } from '../../http/errors.js';
import { errorResponses } from '../../http/schemas.js';
import { identityOf } from '../../http/identity.js';
import { hashInviteCode, normalizeInviteCode } from '../../http/invite-codes.js';
import { checkEmailSchema, finishSignup } from './pending-signup.js';
import { checkNewPassword, signupBody } from './schemas.js';

/**
 * POST /api/v1/auth/signup: a self-managed patient account, made when the link mailed to the address is
 * opened (POST auth/signup/confirm). The answer is the same whether or not the address has an account.
 */
export function registerSignup(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/auth/signup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start a self-managed patient account: mails a link that finishes it',
        description:
          'Answers 202 with the same message whether or not the address has an account; a new address is ' +
          'mailed a single-use link (POST auth/signup/confirm makes the account), an address with an account ' +
          'is told someone tried. `name` is required unless the invite names the patient.',
        body: signupBody,
        response: { 202: checkEmailSchema, ...errorResponses },
      },
      config: { access: 'public', rateLimit: { max: deps.config.authRateLimit, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const now = deps.clock().toISOString();
      const identity = identityOf(request.body, now.slice(0, 10));
      const invite = await usableInvite(deps, request.body.inviteCode, now);
      if (identity.name === null && (invite?.name ?? null) === null) {
        throw new ProblemsError([{ path: 'name', message: 'is required: your full name' }]);
      }
      checkNewPassword('password', request.body.password, request.body.email);
      return finishSignup(deps, reply, {
        email: request.body.email,
        password: request.body.password,
        kind: 'patient',
        details: {
          name: identity.name,
          dateOfBirth: identity.dateOfBirth,
          ...(invite === undefined ? {} : { inviteCodeHash: invite.codeHash }),
        },
      });
    },
  );
}

/** A patient invite that can be used now (its hash and the name it gives), or a 400 naming `inviteCode`. */
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
  return { codeHash, name: preview.patient.name };
}
