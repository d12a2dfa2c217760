import type { FastifyInstance, preValidationHookHandler } from 'fastify';
import { ProblemsError } from '../http/errors.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const refuseBody: preValidationHookHandler = (request, _reply, done) => {
  const { body } = request;
  const empty =
    body === undefined ||
    body === null ||
    (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);
  done(empty ? undefined : new ProblemsError([{ path: '(body)', message: 'this request takes no body' }]));
};

/**
 * A state-changing /api route that declares no body (logout, erasure, unlink) takes none: no body or `{}`
 * is fine, anything else is 400 rather than silently ignored. Runs after authorization.
 */
export function registerNoBody(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (!route.url.startsWith('/api/') || route.schema?.body !== undefined) return;
    if (!methods.some((m) => WRITES.has(m))) return;
    const existing = route.preValidation === undefined ? [] : [route.preValidation].flat();
    route.preValidation = [...existing, refuseBody];
  });
}
