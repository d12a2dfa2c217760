import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { ProblemsError } from '../../http/errors.js';
import { hashPassword } from '../../http/passwords.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { newAccountToken, tokenLink } from '../../mail/account-tokens.js';
import { passwordChangedMail, passwordResetMail } from '../../mail/templates.js';
import { hashToken } from '../../plugins/session.js';
import type { MailInput } from '../../store/store.js';
import { checkNewPassword, email, newPassword, normalizeEmail } from './schemas.js';

/** A reset link works once, for this long. */
export const RESET_MINUTES = 30;
/** Reset mails sent to one account per hour; more requests get the same answer and no mail. */
export const RESETS_PER_HOUR = 3;

export const accountToken = { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$', maxLength: 43 } as const;

export const acceptedSchema = {
  type: 'object',
  required: ['message'],
  additionalProperties: false,
  properties: { message: { type: 'string' } },
} as const;

export const linkNotLive = (): ProblemsError =>
  new ProblemsError([
    { path: 'token', message: 'this link has expired or has already been used: ask for a new one' },
  ]);

/**
 * Makes a reset link for the account and queues `template`'s mail with it, in one transaction, unless the
 * account was sent RESETS_PER_HOUR links in the last hour (then nothing, silently).
 */
export async function mailResetLink(
  { store, clock, config, outbox }: Deps,
  user: { id: string; email: string },
  template: (to: { userId: string; to: string; now: string }, link: string, minutes: number) => MailInput,
): Promise<void> {
  const now = clock();
  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  if ((await store.countAccountTokens(user.id, 'password-reset', hourAgo)) >= RESETS_PER_HOUR) return;
  const { token, tokenHash } = newAccountToken();
  const at = now.toISOString();
  await store.createAccountToken(
    {
      tokenHash,
      purpose: 'password-reset',
      userId: user.id,
      newEmail: null,
      createdAt: at,
      expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000).toISOString(),
    },
    template(
      { userId: user.id, to: user.email, now: at },
      tokenLink(config.publicUrl, 'reset-password', token),
      RESET_MINUTES,
    ),
  );
  outbox.kick();
}

/**
 * POST /api/v1/auth/password-reset/request: mails a single-use reset link when the address has an account;
 * the answer is the same whether or not it has. POST /api/v1/auth/password-reset: sets the new password with
 * the link's token and ends every session of the account (ADR 120).
 */
export function registerPasswordReset(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  const { store, clock, config, outbox } = deps;
  const limit = { max: config.authRateLimit, timeWindow: 60_000 };

  api.post(
    '/api/v1/auth/password-reset/request',
    {
      schema: {
        tags: ['auth'],
        summary: 'Mail a password-reset link (the same answer whether or not the address has an account)',
        body: {
          type: 'object',
          required: ['email'],
          additionalProperties: false,
          properties: { email },
        },
        response: { 202: acceptedSchema, ...errorResponses },
      },
      config: { access: 'public', rateLimit: limit },
    },
    async (request, reply) => {
      const user = await store.findUserByEmail(normalizeEmail(request.body.email));
      if (user !== undefined) await mailResetLink(deps, user, passwordResetMail);
      return reply.code(202).send({
        message: 'If an account has this address, a link to reset its password is on its way.',
      });
    },
  );

  api.post(
    '/api/v1/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a reset link; every session of the account is ended',
        body: {
          type: 'object',
          required: ['token', 'newPassword'],
          additionalProperties: false,
          properties: { token: accountToken, newPassword },
        },
        response: { 204: noContent, ...errorResponses },
      },
      config: { access: 'public', rateLimit: limit },
    },
    async (request, reply) => {
      const now = clock().toISOString();
      const tokenHash = hashToken(request.body.token);
      const found = await store.findAccountToken(tokenHash, 'password-reset', now);
      if (found === undefined) throw linkNotLive();
      checkNewPassword('newPassword', request.body.newPassword, found.email);
      const passwordHash = await hashPassword(request.body.newPassword);
      const userId = await store.resetPassword({
        tokenHash,
        passwordHash,
        now,
        notice: (to) => passwordChangedMail({ userId: found.userId, to, now }, `${config.publicUrl}/login`),
      });
      if (userId === undefined) throw linkNotLive();
      outbox.kick();
      return reply.code(204).send(null);
    },
  );
}
