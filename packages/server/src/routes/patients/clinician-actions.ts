import { randomUUID } from 'node:crypto';
import { validateEvent, type EventOf, type Problem } from '@hamstring-rehab/engine';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import { canonicalJson } from '../../cases/canonical-json.js';
import type { Deps } from '../../http/deps.js';
import { todayIn } from '../../cases/dates.js';
import { HttpError, notFound, ProblemsError } from '../../http/errors.js';
import { dateSchema, errorResponses, patientParamsSchema, uuidSchema } from '../../http/schemas.js';
import { actionEffect, actionEffectSchema } from './action-effect.js';
import { entryDateProblem, entryDays } from './entry-dates.js';
import { loadPatientData } from '../../cases/patient-case.js';

type Action = EventOf<'clinician'>['action'];

interface ActionBody {
  id?: string;
  action: Action;
  stage?: number;
  level?: number;
  painCeiling?: 3 | 4 | 5;
  runningLevel?: number;
  note: string;
  date?: string;
}

/** The fields each action takes, the first of them required. */
const FIELDS: Record<Action, readonly (keyof ActionBody)[]> = {
  'clear-screening': [],
  'set-stage': ['stage', 'level'],
  'set-ceiling': ['painCeiling'],
  'set-running-level': ['runningLevel'],
  review: [],
};
const OPTIONAL_FIELDS = ['stage', 'level', 'painCeiling', 'runningLevel'] as const;
const ACTIONS = [
  'clear-screening',
  'set-stage',
  'set-ceiling',
  'set-running-level',
  'review',
] as const satisfies readonly Action[];

/** Each action's required field, stated in the schema (`if action is set-stage then stage is required`). */
const requiredPerAction = Object.entries(FIELDS).flatMap(([action, fields]) =>
  fields[0] === undefined
    ? []
    : [
        {
          if: { required: ['action'], properties: { action: { const: action } } },
          then: { required: [fields[0]], 'x-problem': { message: `is required for ${action}` } },
        },
      ],
);

const body = {
  type: 'object',
  required: ['action', 'note'],
  additionalProperties: false,
  properties: {
    id: { ...uuidSchema, description: 'A client UUID, so that a retried request is stored once' },
    action: { enum: ACTIONS },
    stage: { type: 'integer', minimum: 1, maximum: 4, description: 'set-stage (required)' },
    level: { type: 'integer', minimum: 1, maximum: 4, description: 'set-stage (default 1)' },
    painCeiling: { enum: [3, 4, 5], description: 'set-ceiling (required)' },
    runningLevel: { type: 'integer', minimum: 0, maximum: 8, description: 'set-running-level (0 pauses)' },
    note: { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S', description: 'Why: required' },
    date: {
      ...dateSchema,
      description:
        'Default today in the patient’s time zone; not in the future, not before the patient’s start',
    },
  },
  allOf: requiredPerAction,
} as const;

const resultSchema = {
  type: 'object',
  required: ['id', 'type', 'date', 'action', 'note', 'effect'],
  additionalProperties: false,
  properties: {
    ...body.properties,
    type: { const: 'clinician' },
    id: uuidSchema,
    effect: actionEffectSchema,
  },
} as const;

/** The same fields, the note not yet needed: what the form asks before saving. */
const previewBody = {
  ...body,
  required: ['action'],
  properties: { ...body.properties, note: { type: 'string', maxLength: 2000 } },
} as const;

/** Problems with the fields an action takes: a missing required one, or one it does not use. */
function fieldProblems(input: ActionBody): Problem[] {
  const fields = FIELDS[input.action];
  const problems: Problem[] = [];
  const required = fields[0];
  if (required !== undefined && input[required] === undefined)
    problems.push({ path: required, message: `is required for ${input.action}` });
  for (const field of OPTIONAL_FIELDS) {
    if (input[field] !== undefined && !fields.includes(field))
      problems.push({ path: field, message: `is not used by ${input.action}` });
  }
  return problems;
}

/**
 * POST /api/v1/patients/{patientId}/clinician-actions: a linked clinician clears the screening, sets the
 * stage and level, the pain ceiling or the running level, with a required note. Stored as the engine's
 * `clinician` event, so it shows in the patient's events, timeline and decision.
 */
export function registerClinicianActions(app: FastifyInstance, { store, clock, snapshots }: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/patients/:patientId/clinician-actions',
    {
      schema: {
        tags: ['clinicians'],
        summary:
          'Record a clinician action (clear screening, set stage, ceiling or running level) with a note',
        params: patientParamsSchema,
        body,
        response: { 200: resultSchema, 201: resultSchema, ...errorResponses },
      },
      config: { access: 'linked-clinician', audit: 'clinician-actions.write' },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      const { id = randomUUID(), ...input } = request.body;
      const problems = fieldProblems(request.body);
      const [patient, screening] = await Promise.all([
        store.getPatient(patientId),
        store.getScreening(patientId),
      ]);
      if (patient === undefined) throw notFound();
      const days = entryDays(patient, screening, clock());
      const { today } = days;
      const date = input.date ?? today;
      const dateProblem = entryDateProblem(date, days, 'date');
      if (dateProblem !== undefined) problems.push(dateProblem);
      if (problems.length > 0) throw new ProblemsError(problems);

      const event = { ...input, type: 'clinician' as const, date, note: input.note.trim() };
      const checked = validateEvent(event);
      if (!checked.ok) throw new ProblemsError(checked.problems);
      const result = await store.appendEvents(
        patientId,
        [
          {
            id: id.toLowerCase(),
            date,
            type: 'clinician',
            body: canonicalJson(checked.value),
            authorId: actorOf(request).userId,
          },
        ],
        clock().toISOString(),
      );
      if (!result.ok) {
        throw new HttpError(409, 'this id is already used by another event', [
          { path: 'id', message: 'is already used by an event with different content' },
        ]);
      }
      if (result.stored > 0) snapshots.schedule(patientId, result.source);
      // The effect as stored: the action is now in the log, so the decision is the case as it stands.
      const data = await loadPatientData(store, patientId);
      if (data === undefined) throw notFound();
      const withoutIt = { ...data, events: data.events.filter((e) => e.id !== id.toLowerCase()) };
      const effect = actionEffect(withoutIt, checked.value as EventOf<'clinician'>, today);
      return reply.code(result.stored > 0 ? 201 : 200).send({ id: id.toLowerCase(), ...event, effect });
    },
  );

  api.post(
    '/api/v1/patients/:patientId/clinician-actions/preview',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'What a clinician action would do (capped, waiting for clearance...), without storing it',
        params: patientParamsSchema,
        body: previewBody,
        response: {
          200: {
            type: 'object',
            required: ['effect'],
            additionalProperties: false,
            properties: { effect: actionEffectSchema },
          },
          ...errorResponses,
        },
      },
      config: { access: 'linked-clinician', audit: 'clinician-actions.preview' },
    },
    async (request) => {
      const { patientId } = request.params;
      const { note = '', ...rest } = request.body;
      const input = { ...rest };
      delete input.id;
      const problems = fieldProblems({ ...input, note });
      if (problems.length > 0) throw new ProblemsError(problems);
      const data = await loadPatientData(store, patientId);
      if (data === undefined) throw notFound();
      const today = todayIn(data.profile.timeZone, clock());
      const date = input.date ?? today;
      const event = {
        ...input,
        type: 'clinician' as const,
        date,
        note: note.trim() === '' ? 'preview' : note.trim(),
      };
      const checked = validateEvent(event);
      if (!checked.ok) throw new ProblemsError(checked.problems);
      return { effect: actionEffect(data, checked.value as EventOf<'clinician'>, today) };
    },
  );
}
