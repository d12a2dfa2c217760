import { decide } from '@hamstring-rehab/engine';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { todayIn } from '../../http/dates.js';
import type { Deps } from '../../http/deps.js';
import { notFound } from '../../http/errors.js';
import { dateSchema, errorResponses, patientParamsSchema, storedEventSchema } from '../../http/schemas.js';
import { noteSchema, presentNote } from './notes.js';
import { explainHistory, isChange } from '../../reports/decision-history.js';
import { buildCase, CURRENT_PROTOCOL, loadPatientData, missingForDecision } from './patient-case.js';
import { withIds } from './stored-events.js';

export type HistoryEntry = NonNullable<ReturnType<typeof decide>['history']>[number];

const decisionItem = {
  type: 'object',
  required: ['kind', 'date', 'change', 'stage', 'level', 'runningLevel', 'rules', 'reasons'],
  additionalProperties: false,
  properties: {
    kind: { const: 'decision' },
    date: { type: 'string' },
    change: { enum: ['start', 'progress', 'hold', 'regress', 'advance', 'none'] },
    stage: { type: ['integer', 'null'] },
    level: { type: ['integer', 'null'] },
    runningLevel: { type: ['integer', 'null'] },
    rules: { type: 'array', items: { type: 'string' }, description: 'The protocol rules that decided it' },
    reasons: {
      type: 'array',
      items: { type: 'string' },
      description:
        'For a change (not a hold): the reasons of the decision the engine made that day, in plain words',
    },
    protocol: { enum: ['pht-v1', 'pht-v2'], description: 'The protocol that made the decision' },
  },
} as const;

const timelineSchema = {
  type: 'object',
  required: ['asOf', 'items'],
  additionalProperties: false,
  properties: {
    asOf: { type: 'string' },
    items: {
      type: 'array',
      items: {
        oneOf: [
          {
            type: 'object',
            required: ['kind', 'date', 'event'],
            additionalProperties: false,
            properties: { kind: { const: 'event' }, date: { type: 'string' }, event: storedEventSchema },
          },
          {
            type: 'object',
            required: ['kind', 'date', 'note'],
            additionalProperties: false,
            properties: { kind: { const: 'note' }, date: { type: 'string' }, note: noteSchema },
          },
          decisionItem,
        ],
      },
    },
  },
} as const;

/** Within a day: what happened (events, then notes), then what the engine decided from it. */
const ORDER = { event: 0, note: 1, decision: 2 } as const;

/**
 * GET /api/v1/patients/{patientId}/timeline?from=YYYY-MM-DD: the patient's events, treatment notes and
 * every change the engine decided (its decision history up to today), merged by date, oldest first.
 */
export function registerTimeline(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/patients/:patientId/timeline',
    {
      schema: {
        tags: ['patients'],
        summary: 'Events, treatment notes and the engine’s decisions, merged by date',
        params: patientParamsSchema,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { from: { ...dateSchema, description: 'Only items on or after this day' } },
        },
        response: { 200: timelineSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'timeline.read' },
    },
    async (request) => {
      const { patientId } = request.params;
      const [data, notes] = await Promise.all([
        loadPatientData(store, patientId),
        store.listNotes(patientId),
      ]);
      if (data === undefined) throw notFound();
      const asOf = todayIn(data.profile.timeZone, clock());
      const c = missingForDecision(data) === null ? buildCase(data, asOf) : null;
      const { from } = request.query;
      const entries = c === null ? [] : (decide(c, { history: true }).history ?? []);
      // Reasons are worked out for the changes shown (one replay per change day: a year of holds would
      // cost a third of a second); a hold carries its rules only.
      const shown = entries.filter((e) => from === undefined || e.date >= from);
      const explained = new Map(
        c === null ? [] : explainHistory(c, shown.filter(isChange)).map((x) => [x.entry, x.reasons]),
      );
      const history = shown.map((entry) => ({ entry, reasons: explained.get(entry) ?? [] }));
      const items = [
        ...withIds(data.events).map((event) => ({ kind: 'event' as const, date: event.date, event })),
        ...notes.map((note) => ({ kind: 'note' as const, date: note.date, note: presentNote(note) })),
        ...history.map(({ entry, reasons }) => ({
          kind: 'decision' as const,
          ...entry,
          reasons,
          protocol: c?.protocol ?? CURRENT_PROTOCOL,
        })),
      ]
        .map((item, index) => ({ item, index }))
        .filter(({ item }) => request.query.from === undefined || item.date >= request.query.from)
        .sort(
          (a, b) =>
            a.item.date.localeCompare(b.item.date) ||
            ORDER[a.item.kind] - ORDER[b.item.kind] ||
            a.index - b.index,
        )
        .map(({ item }) => item);
      return { asOf, items };
    },
  );
}
