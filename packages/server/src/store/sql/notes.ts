import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ImportedOrigin, NoteInput, TreatmentNote } from '../store.js';
import { listErrorMarks, withMark } from './entered-in-error.js';

export async function addNote(db: Kysely<Database>, note: NoteInput): Promise<boolean> {
  const result = await db
    .insertInto('treatment_notes')
    .values({
      id: note.id,
      patient_id: note.patientId,
      author_id: note.authorId,
      kind: note.kind,
      text: note.text,
      date: note.date,
      created_at: note.createdAt,
      imported: note.imported === undefined ? null : JSON.stringify(note.imported),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function listNotes(db: Kysely<Database>, patientId: string): Promise<TreatmentNote[]> {
  const [rows, marks] = await Promise.all([
    db
      .selectFrom('treatment_notes as n')
      .leftJoin('users as u', 'u.id', 'n.author_id')
      .select([
        'n.id',
        'n.patient_id',
        'n.author_id',
        'u.email',
        'n.kind',
        'n.text',
        'n.date',
        'n.created_at',
        'n.imported',
      ])
      .where('n.patient_id', '=', patientId)
      .orderBy('n.date')
      .orderBy('n.created_at')
      .orderBy('n.id')
      .execute(),
    listErrorMarks(db, patientId, 'note'),
  ]);
  return rows.map((r) => ({
    id: r.id,
    patientId: r.patient_id,
    authorId: r.author_id,
    authorEmail: r.email,
    kind: r.kind,
    text: r.text,
    date: r.date,
    createdAt: r.created_at,
    imported: r.imported === null ? null : (JSON.parse(r.imported) as ImportedOrigin),
    ...withMark(marks.get(r.id)),
  }));
}
