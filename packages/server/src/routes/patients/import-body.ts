import type { Problem, Validation } from '@hamstring-rehab/engine';
import { canonicalTimeZone } from '../../cases/time-zones.js';
import { compileResponseCheck, problemsFromAjv } from '../../http/validation.js';
import type {
  ErrorMark,
  ImportedOrigin,
  NoteKind,
  PatientIdentity,
  Profile,
  Screening,
} from '../../store/store.js';
import { validateItem, type IncomingEvent } from './events-body.js';
import { importBodySchema } from './export-schema.js';

/** Most events one import restores: years of daily logging. */
export const MAX_IMPORT_EVENTS = 20_000;

/** What an import restores, checked. */
export interface ImportBody {
  version: number;
  exportedAt: string;
  profile: Profile;
  identity: PatientIdentity | null;
  screening: Screening | null;
  events: IncomingEvent[];
  /** Who recorded each event and when, by event id (version 2). */
  origins: Map<string, ImportedOrigin>;
  /** Treatment notes (version 2), each with who wrote it and when. */
  notes: ImportedNote[];
  /** Events a clinician marked entered in error (kept out of the case), with their marks. */
  marked: { event: IncomingEvent; mark: ErrorMark }[];
}

export interface ImportedNote {
  id: string;
  kind: NoteKind;
  text: string;
  date: string;
  createdAt: string;
  origin: ImportedOrigin;
  mark?: ErrorMark;
}

interface RawNote {
  id: string;
  kind: NoteKind;
  text: string;
  date: string;
  createdAt: string;
  authorEmail: string | null;
  imported?: ImportedOrigin | null;
  enteredInError?: ErrorMark;
}

interface RawOrigin {
  eventId: string;
  receivedAt: string;
  by: string | null;
}

interface RawBody {
  version: number;
  exportedAt: string;
  profile: Profile & { protocol?: string };
  identity?: PatientIdentity | null;
  screening: Screening | null;
  eventOrigins?: RawOrigin[];
  notes?: RawNote[];
  eventsEnteredInError?: { event: unknown; enteredInError: ErrorMark }[];
}

/** The document with its events left to the engine's own check (exact problems per event). */
const checkDocument = compileResponseCheck({
  ...importBodySchema,
  properties: {
    ...importBodySchema.properties,
    events: { type: 'array', maxItems: MAX_IMPORT_EVENTS, items: { type: 'object' } },
  },
});

/**
 * Checks a JSON export before anything is restored: the document against the export's schema, each event
 * against the engine's, every origin naming an event of the export, ids used once, a time zone this server
 * knows and a protocol it starts patients on. Problems name the path: `events[3].score`, `profile.timeZone`.
 */
export function validateImport(input: unknown): Validation<ImportBody> {
  if (!checkDocument(input))
    return { ok: false, problems: problemsFromAjv(checkDocument.errors ?? [], '(body)') };
  const raw = input as RawBody & { events: unknown[] };
  const problems: Problem[] = [];
  const events: IncomingEvent[] = [];
  const seen = new Map<string, number>();
  raw.events.forEach((item, index) => {
    const event = validateItem(item, `events[${index}]`, problems);
    if (event === undefined) return;
    if (seen.has(event.id)) {
      problems.push({
        path: `events[${index}].id`,
        message: `is also the id of events[${String(seen.get(event.id))}]`,
      });
    }
    seen.set(event.id, index);
    events.push(event);
  });
  const marked: ImportBody['marked'] = [];
  (raw.eventsEnteredInError ?? []).forEach((item, index) => {
    const prefix = `eventsEnteredInError[${index}].event`;
    const event = validateItem(item.event, prefix, problems);
    if (event === undefined) return;
    if (seen.has(event.id)) {
      problems.push({ path: `${prefix}.id`, message: 'is also the id of another event of the export' });
    }
    seen.set(event.id, -1);
    marked.push({ event, mark: item.enteredInError });
  });
  const origins = new Map<string, ImportedOrigin>();
  // Origins are checked against the events once every event is valid (an invalid one has no id to name).
  (problems.length > 0 ? [] : (raw.eventOrigins ?? [])).forEach((origin, index) => {
    const id = origin.eventId.toLowerCase();
    if (!seen.has(id))
      problems.push({ path: `eventOrigins[${index}].eventId`, message: 'is not an event of the export' });
    else if (origins.has(id))
      problems.push({ path: `eventOrigins[${index}].eventId`, message: 'is named twice' });
    origins.set(id, { by: origin.by, at: origin.receivedAt });
  });
  const timeZone = canonicalTimeZone(raw.profile.timeZone);
  if (timeZone === undefined) {
    problems.push({
      path: 'profile.timeZone',
      message: 'must be an IANA time zone name, such as Europe/London or UTC',
    });
  }
  if (raw.profile.protocol === 'pht-v1') {
    problems.push({
      path: 'profile.protocol',
      message: 'is pht-v1: only a pht-v2 record can be restored (every patient here follows pht-v2)',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const { birthYear, affectedSide, runner, sport, painCeiling } = raw.profile;
  return {
    ok: true,
    value: {
      version: raw.version,
      exportedAt: raw.exportedAt,
      profile: { birthYear, affectedSide, runner, sport, painCeiling, timeZone: timeZone ?? 'UTC' },
      identity: raw.identity ?? null,
      screening: raw.screening === null ? null : { date: raw.screening.date, answers: raw.screening.answers },
      events,
      origins,
      // A note imported before keeps its first origin; otherwise its author and time in the exporting account.
      notes: (raw.notes ?? []).map((n) => ({
        id: n.id.toLowerCase(),
        kind: n.kind,
        text: n.text,
        date: n.date,
        createdAt: n.createdAt,
        origin: n.imported ?? { by: n.authorEmail, at: n.createdAt },
        ...(n.enteredInError === undefined ? {} : { mark: n.enteredInError }),
      })),
      marked,
    },
  };
}
