import type { FastifyInstance } from 'fastify';
import { canonicalJson } from '../../cases/canonical-json.js';
import type { Deps } from '../../http/deps.js';
import { engineBodyValidator } from '../../http/engine-validator.js';
import { futureDayProblem } from '../../cases/dates.js';
import { HttpError, notFound, ProblemsError } from '../../http/errors.js';
import { entryDateProblem, entryDays } from './entry-dates.js';
import { errorResponses, patientParamsSchema } from '../../http/schemas.js';
import { schemaOf, typed } from '../../http/typed-app.js';
import { validatorCompiler } from '../../http/validation.js';
import { validateUpload, type EventsUpload } from './events-body.js';
import { eventListSchema, eventsUploadBody, uploadResultSchema } from './schemas.js';
import { parseStoredEvents, withIds } from '../../cases/stored-events.js';

/** POST and GET /api/v1/patients/{patientId}/events: the patient's append-only event log. */
export function registerEvents(app: FastifyInstance, { store, clock, snapshots }: Deps): void {
  const api = typed(app);
  const url = '/api/v1/patients/:patientId/events';

  api.post(
    url,
    {
      schema: {
        tags: ['patients'],
        summary: 'Append one event or a batch; a retried upload is stored once',
        description:
          'The whole batch is checked first and stored in one transaction: nothing is stored if any event is ' +
          'bad (400) or reuses a stored id with different content (409). 201 when something new was stored, ' +
          '200 when every event was already there.',
        params: patientParamsSchema,
        // The engine's validator hands over the upload it parsed (one event or a batch alike).
        body: schemaOf<EventsUpload>()(eventsUploadBody),
        response: { 200: uploadResultSchema, 201: uploadResultSchema, ...errorResponses },
      },
      validatorCompiler: (part) =>
        part.httpPart === 'body' ? engineBodyValidator(validateUpload)(part) : validatorCompiler(part),
      config: { access: 'patient', audit: 'events.write' },
    },
    async (request, reply) => {
      const { batch, events } = request.body;
      const path = (index: number, field: string) => (batch ? `events[${index}].${field}` : field);
      const now = clock();
      const future = events.flatMap(
        ({ event }, index) => futureDayProblem(path(index, 'date'), event.date, now) ?? [],
      );
      if (future.length > 0) throw new ProblemsError(future);
      if (request.patientAccess !== 'clinician') {
        const index = events.findIndex((e) => e.event.type === 'clinician');
        if (index >= 0) {
          throw new HttpError(403, 'only a clinician may record clinician events', [
            { path: path(index, 'type'), message: 'clinician events are recorded by a clinician' },
          ]);
        }
      } else {
        // A clinician dates what they record (a load test at last week's appointment): not in the future,
        // not before the patient's start (ADR 129). A patient's device dates its own events.
        const { patientId } = request.params;
        const [patient, screening] = await Promise.all([
          store.getPatient(patientId),
          store.getScreening(patientId),
        ]);
        if (patient === undefined) throw notFound();
        const days = entryDays(patient, screening, now);
        const problems = events.flatMap(
          ({ event }, index) => entryDateProblem(event.date, days, path(index, 'date')) ?? [],
        );
        if (problems.length > 0) throw new ProblemsError(problems);
      }
      const result = await store.appendEvents(
        request.params.patientId,
        events.map(({ id, event }) => ({
          id,
          date: event.date,
          type: event.type,
          body: canonicalJson(event),
        })),
        now.toISOString(),
      );
      if (!result.ok) {
        throw new HttpError(409, 'an event id is already used by an event with different content', [
          {
            path: path(result.conflictIndex, 'id'),
            message: 'is already used by an event with different content',
          },
        ]);
      }
      if (result.stored > 0) snapshots.schedule(request.params.patientId, result.source);
      return reply
        .code(result.stored > 0 ? 201 : 200)
        .send({ stored: result.stored, duplicates: result.duplicates });
    },
  );

  api.get(
    url,
    {
      schema: {
        tags: ['patients'],
        summary: 'The patient’s events by date (events of one day in the order received)',
        params: patientParamsSchema,
        response: { 200: eventListSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'events.read' },
    },
    async (request) => ({
      events: withIds(parseStoredEvents(await store.listEvents(request.params.patientId))),
    }),
  );
}
