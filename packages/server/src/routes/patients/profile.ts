import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { notFound, ProblemsError } from '../../http/errors.js';
import { errorResponses, patientParamsSchema } from '../../http/schemas.js';
import { canonicalTimeZone } from '../../cases/time-zones.js';
import { rescheduleReminders } from '../../push/reminders.js';
import type { Profile } from '../../store/store.js';
import { CURRENT_PROTOCOL } from '../../cases/patient-case.js';
import { profileBody, profileSchema } from './schemas.js';

/** The youngest age the program takes a birth year for (younger answers are typing mistakes). */
export const MIN_AGE = 10;

/** GET and PUT /api/v1/patients/{patientId}/profile. */
export function registerProfile(app: FastifyInstance, { store, clock, snapshots }: Deps): void {
  const api = typed(app);
  const url = '/api/v1/patients/:patientId/profile';

  api.get(
    url,
    {
      schema: {
        tags: ['patients'],
        summary: 'The patient’s profile',
        params: patientParamsSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'profile.read' },
    },
    async (request) => {
      const patient = await store.getPatient(request.params.patientId);
      if (patient === undefined) throw notFound();
      return { ...patient.profile, protocol: patient.protocol };
    },
  );

  api.put(
    url,
    {
      schema: {
        tags: ['patients'],
        summary: 'Replace the patient’s profile',
        params: patientParamsSchema,
        body: profileBody,
        response: { 200: profileSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'profile.write' },
    },
    async (request) => {
      // Fields left out took the schema's defaults.
      const { birthYear, affectedSide, runner, sport, painCeiling, timeZone } = request.body;
      // Stored canonical (`europe/london` -> `Europe/London`); the schema's format check let only known zones in.
      const zone = canonicalTimeZone(timeZone) ?? 'UTC';
      const latest = clock().getUTCFullYear() - MIN_AGE;
      if (birthYear > latest) {
        throw new ProblemsError([
          {
            path: 'birthYear',
            message: `must be ${String(latest)} or earlier: the program is for people aged ${String(MIN_AGE)} or more`,
          },
        ]);
      }
      const profile: Profile = { birthYear, affectedSide, runner, sport, painCeiling, timeZone: zone };
      const before = await store.getPatient(request.params.patientId);
      await store.setProfile(request.params.patientId, profile, clock().toISOString());
      // Push reminders are local times (ADR 127): a new time zone moves them at once.
      if (before !== undefined && before.profile.timeZone !== zone)
        await rescheduleReminders(store, request.params.patientId, zone, clock());
      snapshots.schedule(request.params.patientId);
      const patient = await store.getPatient(request.params.patientId);
      return { ...profile, protocol: patient?.protocol ?? CURRENT_PROTOCOL };
    },
  );
}
