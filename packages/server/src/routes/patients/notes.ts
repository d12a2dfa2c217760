import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, notFound, ProblemsError } from '../../http/errors.js';
import { dateSchema, errorResponses, patientParamsSchema, uuidSchema } from '../../http/schemas.js';
import type { NoteKind, TreatmentNote } from '../../store/store.js';
import { entryDateProblem, entryDays } from './entry-dates.js';
import { errorMarkSchema } from './entered-in-error.js';

export const NOTE_KINDS: readonly NoteKind[] = [
  'soft-tissue',
  'taping',
  'dry-needling',
  'education',
  'other',
];

/** Where a restored entry came from, as text its export gave (ADR 133): who recorded it and when there. */
export const importedOriginSchema = {
  type: 'object',
  required: ['by', 'at'],
  additionalProperties: false,
  properties: {
    by: { type: ['string', 'null'], maxLength: 400 },
    at: { type: 'string', maxLength: 40 },
  },
} as const;

export const noteSchema = {
  type: 'object',
  required: ['id', 'kind', 'text', 'date', 'authorId', 'authorEmail', 'createdAt'],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    kind: { enum: NOTE_KINDS },
    text: { type: 'string', description: 'Plain text, shown as text (never as HTML)' },
    date: { type: 'string', description: 'The day of the treatment' },
    authorId: { anyOf: [uuidSchema, { type: 'null' }] },
    authorEmail: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
    imported: {
      description: 'A note restored from an export (ADR 133): who wrote it and when, in the other account',
      anyOf: [importedOriginSchema, { type: 'null' }],
    },
    enteredInError: errorMarkSchema,
  },
} as const;

export const presentNote = (note: TreatmentNote) => ({
  id: note.id,
  kind: note.kind,
  text: note.text,
  date: note.date,
  authorId: note.authorId,
  authorEmail: note.authorEmail,
  createdAt: note.createdAt,
  imported: note.imported,
  ...(note.enteredInError === undefined ? {} : { enteredInError: note.enteredInError }),
});

/**
 * POST /api/v1/patients/{patientId}/notes: a linked clinician records a treatment (soft tissue work,
 * taping, dry needling, education, other). GET: the notes, for the clinician and, read-only, the patient.
 */
export function registerNotes(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  const url = '/api/v1/patients/:patientId/notes';

  api.post(
    url,
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Add a treatment note (clinicians linked to the patient)',
        params: patientParamsSchema,
        body: {
          type: 'object',
          required: ['kind', 'text'],
          additionalProperties: false,
          properties: {
            id: { ...uuidSchema, description: 'A client UUID, so that a retried request is stored once' },
            kind: { enum: NOTE_KINDS },
            text: { type: 'string', minLength: 1, maxLength: 4000, pattern: '\\S' },
            date: {
              ...dateSchema,
              description:
                'Default today in the patient’s time zone; not in the future, not before the patient’s start',
            },
          },
        },
        response: { 200: noteSchema, 201: noteSchema, ...errorResponses },
      },
      config: { access: 'linked-clinician', audit: 'notes.write' },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      const actor = actorOf(request);
      const [patient, screening] = await Promise.all([
        store.getPatient(patientId),
        store.getScreening(patientId),
      ]);
      if (patient === undefined) throw notFound();
      const now = clock();
      const days = entryDays(patient, screening, now);
      const date = request.body.date ?? days.today;
      const problem = entryDateProblem(date, days, 'date');
      if (problem !== undefined) throw new ProblemsError([problem]);
      const note = {
        id: (request.body.id ?? randomUUID()).toLowerCase(),
        patientId,
        authorId: actor.userId,
        kind: request.body.kind,
        text: request.body.text.trim(),
        date,
        createdAt: now.toISOString(),
      };
      const user = await store.findUserById(actor.userId);
      if (!(await store.addNote(note))) {
        // A retry (a double tap): answer with the note stored the first time, never a second copy.
        const stored = (await store.listNotes(patientId)).find((n) => n.id === note.id);
        if (stored === undefined) {
          throw new HttpError(409, 'this id is already used by another note', [
            { path: 'id', message: 'is already used by another note' },
          ]);
        }
        return reply.code(200).send(presentNote(stored));
      }
      return reply.code(201).send(presentNote({ ...note, authorEmail: user?.email ?? null, imported: null }));
    },
  );

  api.get(
    url,
    {
      schema: {
        tags: ['patients'],
        summary: 'The patient’s treatment notes, by date',
        params: patientParamsSchema,
        response: {
          200: {
            type: 'object',
            required: ['notes'],
            additionalProperties: false,
            properties: { notes: { type: 'array', items: noteSchema } },
          },
          ...errorResponses,
        },
      },
      config: { access: 'patient', audit: 'notes.read' },
    },
    async (request) => ({ notes: (await store.listNotes(request.params.patientId)).map(presentNote) }),
  );
}
