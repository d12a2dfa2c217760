import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { commandSetup } from './command-setup.js';
import type { Database } from '../store/database.js';
import { ErasureLedger, reconcileErasures } from '../store/erasure-ledger.js';

/**
 * PostgreSQL's erasure ledger outside its backups (ADR 112): brings the database and a ledger FILE level
 * with each other. Every erasure the database records is appended to the file; every patient of the file
 * that the database still holds (a restored older dump) is erased again. Run it after each `pg_dump` and
 * often in between; after a restore, run it before starting the servers.
 */
export async function syncErasures(
  url: string,
  file: string,
  schema = 'public',
): Promise<{ reapplied: number; recorded: number }> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${schema}` });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const ledger = new ErasureLedger(file);
    const reapplied = await reconcileErasures(db, ledger);
    return { reapplied, recorded: ledger.read().length };
  } finally {
    await db.destroy();
  }
}

/** `npm run erasures -- FILE` with the server's settings: what to print, and the exit code. */
export async function erasuresCommand(
  env: Readonly<Record<string, string | undefined>>,
  args: readonly string[],
  dirs: { server: string; user: string },
): Promise<{ code: number; message: string }> {
  const setup = commandSetup(
    env,
    args,
    dirs,
    'usage: npm run erasures -- FILE   (the erasure ledger kept beside your backups)',
  );
  if (!setup.ok) return setup.answer;
  const { config, file: target } = setup;
  if (config.database.kind === 'sqlite') {
    return {
      code: 1,
      message:
        `SQLite keeps its ledger itself (${path.join(config.dataDir, 'erasures.ledger')}) and re-applies it at ` +
        'every start-up: keep that file when you restore a backup. This command is for PostgreSQL.',
    };
  }
  try {
    const { reapplied, recorded } = await syncErasures(config.database.url, target);
    return {
      code: 0,
      message: `${target}: ${recorded} erasures recorded; ${reapplied} patient(s) the database still held were erased again`,
    };
  } catch (error) {
    return { code: 1, message: `erasures failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
