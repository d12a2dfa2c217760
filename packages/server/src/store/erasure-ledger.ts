import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { eraseWithin, type Erasure } from './sql/patients.js';

const LINE = /^(\S+) ([0-9a-f-]{36}) ([0-9a-f-]{36}|-)$/i;

/**
 * The erasure ledger's copy beside the SQLite database (`DATA_DIR/erasures.ledger`, ADR 112): one line per
 * erasure, `<erased at> <patient id> <user id or ->`, ids only. Backups are copies of the database file alone,
 * so a backup older than an erasure still holds the patient; restored into the same DATA_DIR, the server
 * reads this file at start-up and erases them again before it serves.
 */
export class ErasureLedger {
  constructor(readonly file: string) {}

  /** The erasures written so far; a torn last line (a crash while appending) is left out. */
  read(): Erasure[] {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const out: Erasure[] = [];
    for (const line of text.split('\n')) {
      const m = LINE.exec(line.trim());
      if (m?.[1] === undefined || m[2] === undefined || m[3] === undefined) continue;
      out.push({ erasedAt: m[1], patientId: m[2].toLowerCase(), userId: m[3] === '-' ? null : m[3] });
    }
    return out;
  }

  /** Appends erasures and waits for them to reach the disk. */
  append(erasures: readonly Erasure[]): void {
    const fd = fs.openSync(this.file, 'a', 0o600);
    try {
      if (erasures.length > 0) {
        fs.writeSync(fd, erasures.map((e) => `${e.erasedAt} ${e.patientId} ${e.userId ?? '-'}\n`).join(''));
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/**
 * Start-up: erases again every patient of the ledger file that the database still holds (a restored older
 * backup) and records them in its `erasures` table; copies to the file the erasures only the table has (a
 * crash between the commit and the append). Returns how many patients were erased again.
 */
export async function reconcileErasures(db: Kysely<Database>, ledger: ErasureLedger): Promise<number> {
  const inFile = ledger.read();
  const inTable = await db.selectFrom('erasures').select(['patient_id', 'user_id', 'erased_at']).execute();
  const recorded = new Set(inTable.map((r) => r.patient_id));
  let reapplied = 0;
  for (const erasure of inFile) {
    const patient = await db
      .selectFrom('patients')
      .select('id')
      .where('id', '=', erasure.patientId)
      .executeTakeFirst();
    const user =
      erasure.userId === null
        ? undefined
        : await db.selectFrom('users').select('id').where('id', '=', erasure.userId).executeTakeFirst();
    if (patient === undefined && user === undefined && recorded.has(erasure.patientId)) continue;
    await db.transaction().execute((tx) => eraseWithin(tx, erasure));
    recorded.add(erasure.patientId);
    if (patient !== undefined || user !== undefined) reapplied++;
  }
  const fileIds = new Set(inFile.map((e) => e.patientId));
  ledger.append(
    inTable
      .filter((r) => !fileIds.has(r.patient_id))
      .map((r) => ({ patientId: r.patient_id, userId: r.user_id, erasedAt: r.erased_at })),
  );
  return reapplied;
}
