import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { HttpError } from '../../http/errors.js';
import { countFailure, LoginLockedError, refuseWhileLocked } from '../../http/login-throttle.js';
import { verifyPassword } from '../../http/passwords.js';
import { errorResponses } from '../../http/schemas.js';
import { startSession } from '../../plugins/session.js';
import { loginBody, meOf, meSchema, normalizeEmail } from './schemas.js';

/**
 * POST /api/v1/auth/login: checks the password and sets the session cookie. Rate-limited per client address,
 * and throttled per e-mail address after failed attempts (ADR 116).
 */
export function registerLogin(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets an httpOnly session cookie',
        body: loginBody,
        response: { 200: meSchema, ...errorResponses },
      },
      config: { access: 'public', rateLimit: { max: deps.config.authRateLimit, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const now = deps.clock();
      try {
        await refuseWhileLocked(deps.store, email, now);
      } catch (error) {
        if (error instanceof LoginLockedError)
          void reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
      const user = await deps.store.findUserByEmail(email);
      if (!(await verifyPassword(user?.passwordHash, request.body.password)) || user === undefined) {
        await countFailure(deps.store, email, now);
        throw new HttpError(401, 'wrong email or password');
      }
      await deps.store.clearLoginFailures(email);
      await startSession(deps, request, reply, user);
      return meOf(deps.store, user);
    },
  );
}
