import type { FastifyReply } from 'fastify';
import type { Deps } from '../../http/deps.js';
import { hashPassword } from '../../http/passwords.js';
import { newAccountToken, tokenLink } from '../../mail/account-tokens.js';
import { signupAttemptMail, signupConfirmMail } from '../../mail/templates.js';
import type { PendingSignupDetails } from '../../store/store.js';
import { mailResetLink } from './password-reset.js';
import { normalizeEmail } from './schemas.js';

/** A sign-up link works once, for this long. */
export const SIGNUP_HOURS = 24;
/** Sign-up links mailed to one new address per hour; more sign-ups get the same answer and no mail. */
export const SIGNUPS_PER_HOUR = 3;

/** The one answer to every accepted sign-up, whether or not the address has an account (ADR 125). */
export const CHECK_YOUR_EMAIL =
  'Check your e-mail to finish creating your account: we sent a link to this address.';

export const checkEmailSchema = {
  type: 'object',
  required: ['message'],
  additionalProperties: false,
  properties: { message: { type: 'string' } },
} as const;

/**
 * The second half of every sign-up, once its input is valid: the same work and the same 202 whether or not
 * the address has an account. A new address gets a single-use link that makes the account (the sign-up is
 * kept, password hashed, in `pending_signups`); an address with an account gets "someone tried to sign up"
 * with a reset link. Either mail is limited per hour, silently.
 */
export async function finishSignup(
  deps: Deps,
  reply: FastifyReply,
  input: { email: string; password: string; kind: 'patient' | 'clinician'; details: PendingSignupDetails },
): Promise<FastifyReply> {
  const { store, clock, config, outbox } = deps;
  const email = normalizeEmail(input.email);
  // Hashed on both paths, so the time taken does not tell whether the address has an account.
  const passwordHash = await hashPassword(input.password);
  const owner = await store.findUserByEmail(email);
  if (owner !== undefined) {
    await mailResetLink(deps, owner, signupAttemptMail);
  } else {
    const now = clock();
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
    if ((await store.countPendingSignups(email, hourAgo)) < SIGNUPS_PER_HOUR) {
      const { token, tokenHash } = newAccountToken();
      const at = now.toISOString();
      await store.createPendingSignup(
        {
          tokenHash,
          email,
          passwordHash,
          kind: input.kind,
          details: input.details,
          createdAt: at,
          expiresAt: new Date(now.getTime() + SIGNUP_HOURS * 3_600_000).toISOString(),
        },
        signupConfirmMail(
          { userId: null, to: email, now: at },
          tokenLink(config.publicUrl, 'confirm-signup', token),
          SIGNUP_HOURS,
        ),
      );
      outbox.kick();
    }
  }
  return reply.code(202).send({ message: CHECK_YOUR_EMAIL });
}
