import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { UUID } from '../http/validation.js';

const AUDITED = Symbol('audited');

declare module 'fastify' {
  interface FastifyRequest {
    [AUDITED]?: boolean;
  }
}

/**
 * Writes an audit entry for every read or write of a patient's data (routes with `config.audit`) by a
 * signed-in user other than the patient themselves, refused attempts included (summarized per caller, patient,
 * action and hour by the store; none for an id that is no patient). The entry is written before the answer
 * leaves: if it cannot be written, the request fails rather than go unrecorded.
 */
export function registerAudit(app: FastifyInstance, { store, clock }: Deps): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const action = request.routeOptions.config.audit;
    const { actor } = request;
    if (
      action === undefined ||
      actor === null ||
      request.patientAccess === 'self' ||
      request[AUDITED] === true
    ) {
      done(null, payload);
      return;
    }
    const patientId = (request.params as Record<string, unknown>).patientId;
    if (typeof patientId !== 'string' || !UUID.test(patientId) || patientId === actor.patientId) {
      done(null, payload);
      return;
    }
    request[AUDITED] = true;
    const outcome = reply.statusCode < 400 ? 'success' : 'failure';
    // A request for a patient id that does not exist (or was erased) is nobody's data: the store writes no
    // row for it (issue 14; one statement, ADR 112), so nothing is looked up here first.
    store
      .writeAudit({
        at: clock().toISOString(),
        actorId: actor.userId,
        actorRole: actor.role,
        patientId: patientId.toLowerCase(),
        action,
        route: `${request.method} ${request.routeOptions.url ?? ''}`,
        outcome,
        statusCode: reply.statusCode,
      })
      .then(
        () => {
          done(null, payload);
        },
        (error: unknown) => {
          done(error instanceof Error ? error : new Error('audit write failed'));
        },
      );
  });
}
