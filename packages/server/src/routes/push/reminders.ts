import type { FastifyInstance } from 'fastify';
import type { FromSchema } from 'json-schema-to-ts';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { notFound, ProblemsError } from '../../http/errors.js';
import { errorResponses, patientParamsSchema } from '../../http/schemas.js';
import { nextLocalTime } from '../../push/local-time.js';
import type { ReminderKind, ReminderSetting } from '../../store/store.js';

const timeSchema = {
  type: 'string',
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  description: 'HH:MM, 24-hour, in the patient’s time zone',
} as const;

const runSchema = {
  type: ['object', 'null'],
  required: ['time', 'days'],
  additionalProperties: false,
  properties: {
    time: timeSchema,
    days: {
      type: 'array',
      minItems: 1,
      maxItems: 7,
      uniqueItems: true,
      items: { type: 'integer', minimum: 1, maximum: 7 },
      description: 'ISO weekdays: 1 Monday .. 7 Sunday',
    },
  },
} as const;

const settingsProperties = {
  checkIn: { ...timeSchema, type: ['string', 'null'], description: 'The morning check-in; null: none' },
  sessions: {
    type: 'array',
    maxItems: 2,
    items: timeSchema,
    description: 'The exercise session(s): the second is sent only on days with two (pht-v2 stage 1)',
  },
  painAfter: { ...timeSchema, type: ['string', 'null'], description: 'The evening “pain after” question' },
  run: { ...runSchema, description: 'Runners: the run days and time; null: none' },
} as const;

const bodySchema = {
  type: 'object',
  required: ['checkIn', 'sessions', 'painAfter', 'run'],
  additionalProperties: false,
  properties: settingsProperties,
} as const;

const responseSchema = {
  type: 'object',
  required: ['checkIn', 'sessions', 'painAfter', 'run', 'timeZone', 'devices'],
  additionalProperties: false,
  properties: {
    ...settingsProperties,
    timeZone: { type: 'string', description: 'The patient’s time zone the times are in' },
    devices: { type: 'integer', description: 'Browsers of the patient with notifications on' },
  },
} as const;

/** The reminder times as the body schema describes them. */
type Settings = FromSchema<typeof bodySchema>;

function toRows(s: Settings): ReminderSetting[] {
  const rows: ReminderSetting[] = [];
  if (s.checkIn !== null) rows.push({ kind: 'check-in', time: s.checkIn, days: [] });
  s.sessions.forEach((time, i) =>
    rows.push({ kind: `session-${String(i + 1)}` as ReminderKind, time, days: [] }),
  );
  if (s.painAfter !== null) rows.push({ kind: 'pain-after', time: s.painAfter, days: [] });
  if (s.run !== null) rows.push({ kind: 'run', time: s.run.time, days: [...s.run.days].sort() });
  return rows;
}

function fromRows(rows: readonly ReminderSetting[]): Settings {
  const time = (kind: ReminderKind) => rows.find((r) => r.kind === kind)?.time ?? null;
  const run = rows.find((r) => r.kind === 'run');
  return {
    checkIn: time('check-in'),
    sessions: [time('session-1'), time('session-2')].filter((t): t is string => t !== null),
    painAfter: time('pain-after'),
    run: run === undefined ? null : { time: run.time, days: [...run.days] },
  };
}

/**
 * GET and PUT /api/v1/patients/:patientId/reminders: the patient's push reminder times in their own time zone
 * (ADR 127). Only the patient: when to remind them is theirs to choose.
 */
export function registerReminders(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  const url = '/api/v1/patients/:patientId/reminders';
  const answer = async (patientId: string, userId: string) => {
    const patient = await store.getPatient(patientId);
    if (patient === undefined) throw notFound();
    return {
      ...fromRows(await store.getReminders(patientId)),
      timeZone: patient.profile.timeZone,
      devices: await store.countPushSubscriptions(userId),
    };
  };

  api.get(
    url,
    {
      schema: {
        tags: ['push'],
        summary: 'The patient’s reminder times',
        params: patientParamsSchema,
        response: { 200: responseSchema, ...errorResponses },
      },
      config: { access: 'patient-self', audit: 'reminders.read' },
    },
    async (request) => answer(request.params.patientId, actorOf(request).userId),
  );

  api.put(
    url,
    {
      schema: {
        tags: ['push'],
        summary: 'Choose the patient’s reminder times (sent by push to the browsers with notifications on)',
        params: patientParamsSchema,
        body: bodySchema,
        response: { 200: responseSchema, ...errorResponses },
      },
      config: { access: 'patient-self', audit: 'reminders.write' },
    },
    async (request) => {
      const { patientId } = request.params;
      const patient = await store.getPatient(patientId);
      if (patient === undefined) throw notFound();
      if (request.body.run !== null && !patient.profile.runner)
        throw new ProblemsError([
          { path: '/run', message: 'run-day reminders are for runners (see your profile)' },
        ]);
      const now = clock();
      const zone = patient.profile.timeZone;
      await store.setReminders(
        patientId,
        toRows(request.body).map((r) => ({
          ...r,
          nextAt: nextLocalTime(zone, r.time, r.days, now).toISOString(),
        })),
      );
      return answer(patientId, actorOf(request).userId);
    },
  );
}
