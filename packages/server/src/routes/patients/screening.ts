import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { futureDayProblem } from '../../cases/dates.js';
import { HttpError, ProblemsError } from '../../http/errors.js';
import { errorResponses, patientParamsSchema, screeningSchema } from '../../http/schemas.js';
import { checkReplacement } from './screening-guard.js';

/** GET and PUT /api/v1/patients/{patientId}/screening: the intake screening, as the case schema has it. */
export function registerScreening(app: FastifyInstance, { store, clock, snapshots }: Deps): void {
  const api = typed(app);
  const url = '/api/v1/patients/:patientId/screening';

  api.get(
    url,
    {
      schema: {
        tags: ['patients'],
        summary: 'The patient’s intake screening',
        params: patientParamsSchema,
        response: { 200: screeningSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'screening.read' },
    },
    async (request) => {
      const screening = await store.getScreening(request.params.patientId);
      if (screening === undefined) throw new HttpError(404, 'no screening recorded yet');
      return screening;
    },
  );

  api.put(
    url,
    {
      schema: {
        tags: ['patients'],
        summary: 'Record the intake screening (answered once: red flags stick)',
        description:
          'A replacement may complete the screening (add answers) until the first event is logged. It is ' +
          'refused with 409 when it would take back a yes to a warning sign or lower the status, or once ' +
          'events exist: later answers are `symptoms` events; only a clinician’s clear-screening lowers a status.',
        params: patientParamsSchema,
        body: screeningSchema,
        response: { 200: screeningSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'screening.write' },
    },
    async (request) => {
      const { patientId } = request.params;
      const screening = { date: request.body.date, answers: request.body.answers };
      const now = clock();
      const future = futureDayProblem('date', screening.date, now);
      if (future !== undefined) throw new ProblemsError([future]);
      const stored = await store.getScreening(patientId);
      if (stored !== undefined) {
        const [patient, events] = await Promise.all([
          store.getPatient(patientId),
          store.listEvents(patientId),
        ]);
        checkReplacement(stored, screening, {
          birthYear: patient?.profile.birthYear ?? null,
          eventCount: events.length,
        });
      }
      await store.setScreening(request.params.patientId, screening, now.toISOString());
      snapshots.schedule(request.params.patientId);
      return screening;
    },
  );
}
