import type { FastifyInstance } from 'fastify';
import { schemaOf, typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import { canonicalJson } from '../../cases/canonical-json.js';
import { derivedUuid } from '../../http/derived-uuid.js';
import type { Deps } from '../../http/deps.js';
import { engineBodyValidator } from '../../http/engine-validator.js';
import { HttpError, notFound } from '../../http/errors.js';
import { errorResponses, patientParamsSchema } from '../../http/schemas.js';
import { validatorCompiler } from '../../http/validation.js';
import type { ErrorMark, ErrorTarget, Profile, Screening, Store } from '../../store/store.js';
import { importBodySchema } from './export-schema.js';
import { validateImport, type ImportBody } from './import-body.js';
import { uploadResultSchema } from './schemas.js';

/** An export with its audit log can pass the usual body limit: an import takes up to this much. */
export const IMPORT_BODY_LIMIT = 32 * 1_048_576;

const sameProfile = (a: Profile, b: Profile) => canonicalJson(a) === canonicalJson(b);
const sameScreening = (a: Screening, b: Screening | null) =>
  b !== null && canonicalJson(a) === canonicalJson(b);

/**
 * A restored note's id: treatment-note ids are unique across the server, so an export restored on the server
 * it came from needs new ones; derived from the account and the note, a retry finds the same.
 */
const noteId = (patientId: string, exportedId: string) => derivedUuid(patientId, 'note', exportedId);

/** A restored mark: the reason, and who marked it there as text (they are no account of this server). */
const importedMark = (patientId: string, target: ErrorTarget, targetId: string, mark: ErrorMark) => ({
  patientId,
  target,
  targetId,
  reason: `${mark.reason} (marked by ${mark.markedByEmail ?? 'a clinician'} in the exporting account; imported)`,
  markedBy: null,
  markedAt: mark.markedAt,
});

/**
 * Whether the account holds nothing but (part of) this very export: a new account, or one this export was
 * already restored into (a retried import stores nothing twice). Anything else is the account's own data.
 */
async function holdsOnlyThisExport(store: Store, patientId: string, body: ImportBody): Promise<boolean> {
  const [patient, screening, rows, notes] = await Promise.all([
    store.getPatient(patientId),
    store.getScreening(patientId),
    store.listEvents(patientId),
    store.listNotes(patientId),
  ]);
  if (patient === undefined) throw notFound();
  const ids = new Set([...body.events, ...body.marked.map((m) => m.event)].map((e) => e.id));
  const noteIds = new Set(body.notes.map((n) => noteId(patientId, n.id)));
  return (
    notes.every((note) => note.imported !== null && noteIds.has(note.id)) &&
    rows.every((row) => row.imported !== null && ids.has(row.id)) &&
    (screening === undefined || sameScreening(screening, body.screening)) &&
    (patient.profile.birthYear === null || sameProfile(patient.profile, body.profile))
  );
}

/**
 * POST /api/v1/patients/{patientId}/import: restores a JSON export (version 1 or 2) into the patient's own new
 * account: profile, identity, screening, every event and the treatment notes, each marked imported with who
 * recorded it and when as the export said (ADR 133), so that the decision is the one the export was made from. Refused (409) when
 * the account has data of its own; a retry stores nothing twice.
 */
export function registerImport(app: FastifyInstance, { store, clock, snapshots }: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/patients/:patientId/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['patients'],
        summary: 'Restore a JSON export into this new account (its events marked imported)',
        description:
          'The whole export is checked first (400 names the path, such as events[3].score); nothing is ' +
          'restored when the account already has data of its own (409). 201 when something was stored, 200 ' +
          'when the same export had already been restored.',
        params: patientParamsSchema,
        // The engine's checks turn the export into an ImportBody: the schema names that type.
        body: schemaOf<ImportBody>()(importBodySchema),
        response: { 200: uploadResultSchema, 201: uploadResultSchema, ...errorResponses },
      },
      validatorCompiler: (part) =>
        part.httpPart === 'body' ? engineBodyValidator(validateImport)(part) : validatorCompiler(part),
      config: { access: 'patient-self', audit: 'import.write' },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      const body = request.body;
      if (!(await holdsOnlyThisExport(store, patientId, body))) {
        throw new HttpError(
          409,
          'this account already has data of its own (a profile, screening, logs or notes): an export is restored only into a new account',
        );
      }
      const now = clock().toISOString();
      await store.setProfile(patientId, body.profile, now);
      const identity = body.identity;
      if (identity !== null && Object.values(identity).some((part) => part !== null)) {
        await store.setIdentity(patientId, identity, now);
      }
      if (body.screening !== null) await store.setScreening(patientId, body.screening, now);
      const result = await store.appendEvents(
        patientId,
        [...body.events, ...body.marked.map((m) => m.event)].map(({ id, event }) => ({
          id,
          date: event.date,
          type: event.type,
          body: canonicalJson(event),
          imported: body.origins.get(id) ?? { by: null, at: body.exportedAt },
        })),
        now,
      );
      if (!result.ok) {
        throw new HttpError(409, 'an event id is already used by an event with different content', [
          {
            path: `events[${result.conflictIndex}].id`,
            message: 'is already used by an event with different content',
          },
        ]);
      }
      for (const note of body.notes) {
        await store.addNote({
          id: noteId(patientId, note.id),
          patientId,
          authorId: null,
          kind: note.kind,
          text: note.text,
          date: note.date,
          createdAt: note.createdAt,
          imported: note.origin,
        });
        if (note.mark !== undefined) {
          await store.markEnteredInError(
            importedMark(patientId, 'note', noteId(patientId, note.id), note.mark),
          );
        }
      }
      // Marked events stay in the log, out of the case, as they were in the exporting account.
      for (const { event, mark } of body.marked) {
        await store.markEnteredInError(importedMark(patientId, 'event', event.id, mark));
      }
      snapshots.schedule(patientId);
      // The audit plugin skips the patient's own requests; a restore is audited, so the record says where it came from.
      const actor = actorOf(request);
      await store.writeAudit({
        at: now,
        actorId: actor.userId,
        actorRole: actor.role,
        patientId,
        action: 'import.write',
        route: `POST ${request.routeOptions.url ?? ''}`,
        outcome: 'success',
        statusCode: result.stored > 0 ? 201 : 200,
      });
      return reply
        .code(result.stored > 0 ? 201 : 200)
        .send({ stored: result.stored, duplicates: result.duplicates });
    },
  );
}
