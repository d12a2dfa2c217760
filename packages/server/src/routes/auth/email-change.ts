import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, ProblemsError } from '../../http/errors.js';
import { verifyPassword } from '../../http/passwords.js';
import { errorResponses } from '../../http/schemas.js';
import { newAccountToken, tokenLink } from '../../mail/account-tokens.js';
import { emailChangeMail, emailChangedMail, emailInUseMail } from '../../mail/templates.js';
import { hashToken } from '../../plugins/session.js';
import { EmailTakenError } from '../../store/store.js';
import { email, normalizeEmail } from './schemas.js';
import { acceptedSchema, accountToken, linkNotLive } from './password-reset.js';

/** A confirmation link works once, for this long. */
const CHANGE_HOURS = 24;
const CHANGES_PER_HOUR = 5;

/**
 * POST /api/v1/auth/email-change/request: with the current password, mails a confirmation link to the new
 * address. POST /api/v1/auth/email-change/confirm: the link's token moves the account to the new address and
 * the old address is told (ADR 120).
 */
export function registerEmailChange(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  const { store, clock, config, outbox } = deps;
  const limit = { max: config.authRateLimit, timeWindow: 60_000 };

  api.post(
    '/api/v1/auth/email-change/request',
    {
      schema: {
        tags: ['auth'],
        summary: 'Mail a link that confirms a new address for the account',
        body: {
          type: 'object',
          required: ['newEmail', 'currentPassword'],
          additionalProperties: false,
          properties: { newEmail: email, currentPassword: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        response: { 202: acceptedSchema, ...errorResponses },
      },
      config: { access: 'user', rateLimit: limit },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const user = await store.findUserById(actor.userId);
      if (user === undefined || !(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        throw new HttpError(403, 'the current password is wrong');
      }
      const newEmail = normalizeEmail(request.body.newEmail);
      if (newEmail === user.email) {
        throw new ProblemsError([{ path: 'newEmail', message: 'this is already your address' }]);
      }
      const now = clock();
      const at = now.toISOString();
      const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
      if ((await store.countAccountTokens(user.id, 'email-change', hourAgo)) >= CHANGES_PER_HOUR) {
        throw new HttpError(429, 'too many address changes: try again in an hour');
      }
      const { token, tokenHash } = newAccountToken();
      const owner = await store.findUserByEmail(newEmail);
      // Whether the new address has an account is not said in the answer: that mailbox is told instead.
      const mail =
        owner === undefined
          ? emailChangeMail(
              { userId: user.id, to: newEmail, now: at },
              tokenLink(config.publicUrl, 'confirm-email', token),
              CHANGE_HOURS,
            )
          : emailInUseMail(
              { userId: owner.id, to: newEmail, now: at },
              `${config.publicUrl}/forgot-password`,
            );
      await store.createAccountToken(
        {
          tokenHash,
          purpose: 'email-change',
          userId: user.id,
          newEmail,
          createdAt: at,
          expiresAt: new Date(now.getTime() + CHANGE_HOURS * 3_600_000).toISOString(),
        },
        mail,
      );
      outbox.kick();
      return reply.code(202).send({
        message: `A link to confirm the new address is on its way to ${newEmail}.`,
      });
    },
  );

  api.post(
    '/api/v1/auth/email-change/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm a new address with the link mailed to it; the old address is told',
        body: {
          type: 'object',
          required: ['token'],
          additionalProperties: false,
          properties: { token: accountToken },
        },
        response: {
          200: {
            type: 'object',
            required: ['email'],
            additionalProperties: false,
            properties: { email: { type: 'string' } },
          },
          ...errorResponses,
        },
      },
      config: { access: 'public', rateLimit: limit },
    },
    async (request, reply) => {
      const now = clock().toISOString();
      try {
        const changed = await store.confirmEmailChange({
          tokenHash: hashToken(request.body.token),
          now,
          notice: (oldEmail, _newEmail, userId) =>
            emailChangedMail({ userId, to: oldEmail, now }, `${config.publicUrl}/login`),
        });
        if (changed === undefined) throw linkNotLive();
        outbox.kick();
        return await reply.send({ email: changed.email });
      } catch (error) {
        if (error instanceof EmailTakenError)
          throw new HttpError(409, 'this address now belongs to another account');
        throw error;
      }
    },
  );
}
