import type { CaseEvent } from '@hamstring-rehab/engine';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { todayIn } from '../../cases/dates.js';
import type { Deps } from '../../http/deps.js';
import { notFound, ProblemsError } from '../../http/errors.js';
import { dateSchema, errorResponses, patientParamsSchema, storedEventSchema } from '../../http/schemas.js';
import { importedOriginSchema, noteSchema, presentNote } from './notes.js';
import { errorMarkSchema } from './entered-in-error.js';
import { caseHistory } from '../../cases/case-history.js';
import { explainHistory, isChange } from '../../cases/decision-history.js';
import { CURRENT_PROTOCOL, loadPatientData } from '../../cases/patient-case.js';
import { parseRecordedEvents } from '../../cases/stored-events.js';

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
      description: 'The reasons of the decision the engine made that day, in plain words',
    },
    protocol: { enum: ['pht-v1', 'pht-v2'], description: 'The protocol that made the decision' },
  },
} as const;

/** The timeline's filter: what kind of entry each event is. */
export const TIMELINE_KINDS = [
  'pain',
  'sessions',
  'runs',
  'tests',
  'notes',
  'clinician',
  'decisions',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
const EVENT_KIND: Record<CaseEvent['type'], TimelineKind> = {
  'morning-check': 'pain',
  symptoms: 'pain',
  sitting: 'pain',
  session: 'sessions',
  run: 'runs',
  'load-test': 'tests',
  'function-check': 'tests',
  clinician: 'clinician',
};

const timelineSchema = {
  type: 'object',
  required: ['asOf', 'total', 'items'],
  additionalProperties: false,
  properties: {
    asOf: { type: 'string' },
    total: { type: 'integer', description: 'How many items the filter matches, on every page' },
    items: {
      type: 'array',
      items: {
        oneOf: [
          {
            type: 'object',
            required: ['kind', 'date', 'event'],
            additionalProperties: false,
            properties: {
              kind: { const: 'event' },
              date: { type: 'string' },
              event: storedEventSchema,
              enteredInError: errorMarkSchema,
              imported: {
                ...importedOriginSchema,
                description: 'An event restored from an export (ADR 133): who recorded it and when, there',
              },
            },
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

/** The kinds asked for (all when none), or 400 naming `kinds`. */
function kindsOf(text: string | undefined): Set<string> {
  const asked = text?.split(',') ?? TIMELINE_KINDS;
  if (asked.some((k) => !(TIMELINE_KINDS as readonly string[]).includes(k))) {
    const list = `${TIMELINE_KINDS.slice(0, -1).join(', ')} or ${TIMELINE_KINDS.at(-1) ?? ''}`;
    throw new ProblemsError([{ path: 'kinds', message: `must be ${list}, comma-separated` }]);
  }
  return new Set(asked);
}

/**
 * GET /api/v1/patients/{patientId}/timeline?from=YYYY-MM-DD&kinds=tests,notes&limit=50&offset=0: the
 * patient's events (those marked entered in error with their mark), treatment notes and the engine's decision
 * history up to today, merged by date, oldest first. With `limit`, a page: the `limit` newest items after
 * skipping the `offset` newest, each decision with the engine's reasons in plain words; without, every item
 * (the changes explained). `total` counts every item the filter matches.
 */
export function registerTimeline(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/patients/:patientId/timeline',
    {
      schema: {
        tags: ['patients'],
        summary: 'Events, treatment notes and the engine’s decisions, merged by date, filtered and paged',
        params: patientParamsSchema,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: { ...dateSchema, description: 'Only items on or after this day' },
            kinds: {
              type: 'string',
              maxLength: 200,
              description: `Only these kinds, comma-separated: ${TIMELINE_KINDS.join(', ')} (default all)`,
            },
            limit: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
              description: 'A page of the newest items; every decision on it comes with its reasons',
            },
            offset: { type: 'integer', minimum: 0, default: 0, description: 'Newest items to skip' },
          },
        },
        response: { 200: timelineSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'timeline.read' },
    },
    async (request) => {
      const { patientId } = request.params;
      const { from, limit, offset } = request.query;
      const kinds = kindsOf(request.query.kinds);
      const [data, notes, rows] = await Promise.all([
        loadPatientData(store, patientId),
        store.listNotes(patientId),
        store.listEvents(patientId),
      ]);
      if (data === undefined) throw notFound();
      const asOf = todayIn(data.profile.timeZone, clock());
      const h = kinds.has('decisions') ? caseHistory(data, asOf) : undefined;
      const c = h?.case ?? null;
      const entries = h?.history ?? [];
      const origins = new Map(rows.flatMap((row) => (row.imported === null ? [] : [[row.id, row.imported]])));
      const all = [
        ...parseRecordedEvents(rows)
          .filter(({ event }) => kinds.has(EVENT_KIND[event.type]))
          .map(({ id, event, enteredInError }) => ({
            kind: 'event' as const,
            date: event.date,
            event: { id, ...event },
            ...(enteredInError === undefined ? {} : { enteredInError }),
            ...(origins.has(id) ? { imported: origins.get(id) } : {}),
          })),
        ...(kinds.has('notes') ? notes : []).map((note) => ({
          kind: 'note' as const,
          date: note.date,
          note: presentNote(note),
        })),
        ...entries.map((entry) => ({ kind: 'decision' as const, entry, date: entry.date })),
      ]
        .map((item, index) => ({ item, index }))
        .filter(({ item }) => from === undefined || item.date >= from)
        .sort(
          (a, b) =>
            a.item.date.localeCompare(b.item.date) ||
            ORDER[a.item.kind] - ORDER[b.item.kind] ||
            a.index - b.index,
        )
        .map(({ item }) => item);
      const total = all.length;
      const page = all.slice(Math.max(0, total - offset - (limit ?? total)), Math.max(0, total - offset));
      // Reasons cost one replay per day explained (a year of holds, all explained, would take a third of a
      // second): a page explains every decision on it; the whole timeline (no limit: the charts) the changes.
      const shown = page.flatMap((item) =>
        item.kind === 'decision' && (limit !== undefined || isChange(item.entry)) ? [item.entry] : [],
      );
      const explained = new Map(c === null ? [] : explainHistory(c, shown).map((x) => [x.entry, x.reasons]));
      const items = page.map((item) =>
        item.kind === 'decision'
          ? {
              kind: 'decision' as const,
              ...item.entry,
              reasons: explained.get(item.entry) ?? [],
              protocol: h?.protocol ?? CURRENT_PROTOCOL,
            }
          : item,
      );
      return { asOf, total, items };
    },
  );
}
