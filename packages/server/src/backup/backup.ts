import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { commandSetup } from './command-setup.js';

export interface BackupResult {
  file: string;
  bytes: number;
  tables: number;
}

/**
 * A consistent copy of a live SQLite database with SQLite's online backup API: all pages in one step, so
 * the copy is one point in time (in WAL mode the server keeps writing meanwhile). Written beside the target
 * and renamed into place, checked with `integrity_check`; an existing file is never overwritten.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`there is no database at ${source}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists already: choose a new file name`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const db = new SQLite(source, { fileMustExist: true });
  try {
    await db.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // One self-contained file: the copy leaves WAL mode (the server turns it back on when it opens it).
  const copy = new SQLite(partial);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
    const tables = copy.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as {
      n: number;
    };
    copy.close();
    fs.renameSync(partial, target);
    return { file: target, bytes: fs.statSync(target).size, tables: tables.n };
  } catch (error) {
    if (copy.open) copy.close();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** `npm run backup -- FILE` with the server's own settings: what to print, and the exit code. */
export async function backupCommand(
  env: Readonly<Record<string, string | undefined>>,
  args: readonly string[],
  /** Where the server runs (DATA_DIR is relative to it), and where FILE is relative to. */
  dirs: { server: string; user: string },
): Promise<{ code: number; message: string }> {
  const setup = commandSetup(
    env,
    args,
    dirs,
    'usage: npm run backup -- FILE   (a new file for the copy of the SQLite database)',
  );
  if (!setup.ok) return setup.answer;
  const { config, file } = setup;
  if (config.database.kind === 'postgres') {
    return {
      code: 1,
      message:
        'DATABASE_URL points to PostgreSQL: back it up with pg_dump, for example\n' +
        '  pg_dump --format=custom --file=FILE "$DATABASE_URL"\n' +
        'and restore with pg_restore. This command copies the SQLite database only.',
    };
  }
  try {
    const result = await backupSqlite(config.database.file, file);
    return {
      code: 0,
      message: `backed up ${config.database.file}\n      to ${result.file} (${result.bytes} bytes, ${result.tables} tables, integrity ok)`,
    };
  } catch (error) {
    return { code: 1, message: `backup failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
