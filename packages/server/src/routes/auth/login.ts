import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../http/deps.js';
import { HttpError } from '../../http/errors.js';
import { verifyPassword } from '../../http/passwords.js';
import { errorResponses } from '../../http/schemas.js';
import { startSession } from '../../plugins/session.js';
import { loginBody, meOf, meSchema, normalizeEmail, type Credentials } from './schemas.js';

/** POST /api/v1/auth/login: checks the password and sets the session cookie. Rate-limited per address. */
export function registerLogin(app: FastifyInstance, deps: Deps): void {
  app.post<{ Body: Credentials }>(
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
      const user = await deps.store.findUserByEmail(normalizeEmail(request.body.email));
      if (!(await verifyPassword(user?.passwordHash, request.body.password)) || user === undefined) {
        throw new HttpError(401, 'wrong email or password');
      }
      await startSession(deps, request, reply, user);
      return meOf(deps.store, user);
    },
  );
}
