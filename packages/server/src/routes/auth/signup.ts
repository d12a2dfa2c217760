import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../http/deps.js';
import { HttpError } from '../../http/errors.js';
import { hashPassword } from '../../http/passwords.js';
import { errorResponses } from '../../http/schemas.js';
import { startSession } from '../../plugins/session.js';
import { signupAttemptMail } from '../../mail/templates.js';
import { EmailTakenError } from '../../store/store.js';
import { mailResetLink } from './password-reset.js';
import { checkNewPassword, meOf, meSchema, normalizeEmail, signupBody, type Credentials } from './schemas.js';

/** POST /api/v1/auth/signup: a new self-managed patient account, signed in at once. */
export function registerSignup(app: FastifyInstance, deps: Deps): void {
  app.post<{ Body: Credentials }>(
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
      checkNewPassword('password', request.body.password, request.body.email);
      const passwordHash = await hashPassword(request.body.password);
      try {
        const user = await deps.store.createSelfManagedPatient({
          userId: randomUUID(),
          patientId: randomUUID(),
          email: normalizeEmail(request.body.email),
          passwordHash,
          now: deps.clock().toISOString(),
        });
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
