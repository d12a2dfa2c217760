import type { AppDecision } from '@hamstring-rehab/engine';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { todayIn } from '../../cases/dates.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, notFound } from '../../http/errors.js';
import {
  dateSchema,
  decisionResponseSchema,
  errorResponses,
  patientParamsSchema,
} from '../../http/schemas.js';
import { isFresh } from '../../snapshots/snapshot-service.js';
import type { DecisionSnapshot } from '../../store/store.js';
import { UUID } from '../../http/validation.js';
import { decideFor, loadPatientData } from '../../cases/patient-case.js';

/** A request's narrow snapshot read, begun beside its session's read (ADR 233), and the time it was begun at. */
interface EarlyRead {
  now: Date;
  read: Promise<DecisionSnapshot | undefined>;
}

/**
 * GET /api/v1/patients/{patientId}/decision?asOf=YYYY-MM-DD: the engine's decision from the stored case.
 * For today it is read from the patient's snapshot when that is fresh (and recomputed when not); any other
 * day is replayed.
 */
export function registerDecision(app: FastifyInstance, { store, clock, snapshots }: Deps): void {
  const api = typed(app);
  const early = new WeakMap<FastifyRequest, EarlyRead>();
  // Begun before the session and access are checked: the handler is the only reader, after both (ADR 233).
  const readEarly = (request: FastifyRequest) => {
    const { patientId } = request.params as Record<string, unknown>;
    if (typeof patientId !== 'string' || !UUID.test(patientId)) return;
    const now = clock();
    const read = snapshots.startCurrent(patientId, now.toISOString());
    // a request refused before its handler never reads it: its failure is nobody's to report
    read.catch(() => undefined);
    early.set(request, { now, read });
  };
  api.get(
    '/api/v1/patients/:patientId/decision',
    {
      schema: {
        tags: ['patients'],
        summary: 'Today’s decision and plan (409 until the profile and screening are recorded)',
        params: patientParamsSchema,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            asOf: {
              ...dateSchema,
              description: 'The day to decide; default today in the patient’s time zone',
            },
          },
        },
        response: { 200: decisionResponseSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'decision.read', readEarly },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      const started = early.get(request);
      const now = started?.now ?? clock();
      const nowIso = now.toISOString();
      const snapshot = await snapshots.current(patientId, nowIso, started?.read);
      if (snapshot === undefined) throw notFound();
      const { asOf } = request.query;
      // The stored JSON is the engine's decision as it was serialised: sent as it is.
      if (
        isFresh(snapshot, nowIso) &&
        snapshot.decision !== null &&
        (asOf ?? snapshot.computedFor) === snapshot.computedFor
      )
        // Fastify sends a string as it is once the type is set; the type provider knows only the parsed form.
        return reply
          .type('application/json; charset=utf-8')
          .send(snapshot.decision as unknown as AppDecision);
      if (asOf === undefined || asOf === todayIn(snapshot.timeZone, now)) {
        // joins the recomputation a write started, or answers once computed: the save follows (ADR 138)
        const computed = await snapshots.decide(patientId, snapshot);
        if (computed === undefined) throw notFound();
        if (computed.values.decision === null)
          throw new HttpError(409, computed.missing ?? 'the case is incomplete');
        // as the snapshot stored it, as a fresh snapshot's is sent (not serialised a second time)
        return reply
          .type('application/json; charset=utf-8')
          .send(computed.values.decision as unknown as AppDecision);
      }
      const data = await loadPatientData(store, patientId);
      if (data === undefined) throw notFound();
      return decideFor(data, asOf);
    },
  );
}
