import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { endSession } from '../../plugins/session.js';

/** POST /api/v1/auth/logout: deletes the session on the server and clears the cookie. */
export function registerLogout(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends this session',
        response: { 204: noContent, ...errorResponses },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      await endSession(deps, request, reply);
      return reply.code(204).send(null);
    },
  );
}
