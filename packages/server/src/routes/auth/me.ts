import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { errorResponses } from '../../http/schemas.js';
import { meOf, meSchema } from './schemas.js';

/** GET /api/v1/me: who is signed in. */
export function registerMe(app: FastifyInstance, { store }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: meSchema, ...errorResponses },
      },
      config: { access: 'user' },
    },
    (request) => {
      const actor = actorOf(request);
      return meOf(store, {
        id: actor.userId,
        role: actor.role,
        patientId: actor.patientId,
        clinicId: actor.clinicId,
      });
    },
  );
}
