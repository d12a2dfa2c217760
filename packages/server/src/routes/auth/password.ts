import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { HttpError } from '../../http/errors.js';
import { hashPassword, verifyPassword } from '../../http/passwords.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { checkNewPassword, newPassword } from './schemas.js';

/** POST /api/v1/auth/password: changes the password and signs out every other session. */
export function registerPasswordChange(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change the password; other sessions are signed out',
        body: {
          type: 'object',
          required: ['currentPassword', 'newPassword'],
          additionalProperties: false,
          properties: { currentPassword: { type: 'string', minLength: 1, maxLength: 200 }, newPassword },
        },
        response: { 204: noContent, ...errorResponses },
      },
      config: { access: 'user', rateLimit: { max: deps.config.authRateLimit, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const user = await deps.store.findUserById(actor.userId);
      if (!(await verifyPassword(user?.passwordHash, request.body.currentPassword))) {
        throw new HttpError(403, 'the current password is wrong');
      }
      checkNewPassword('newPassword', request.body.newPassword, user?.email);
      await deps.store.setPasswordHash(actor.userId, await hashPassword(request.body.newPassword));
      await deps.store.deleteOtherSessions(actor.userId, actor.tokenHash);
      return reply.code(204).send(null);
    },
  );
}
