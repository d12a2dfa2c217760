import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

/** Thrown when the SQLite file must not be served: damaged, empty or not a database (ADR 111). */
export class StorageError extends Error {}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The files a database leaves beside itself, which do not make a data folder "used". */
const COMPANIONS = ['-wal', '-shm', '-journal', '.server-lock'];

const restoreSteps = (file: string) =>
  'To restore: stop the server; move this file (and any -wal and -shm file beside it) out of the way; copy ' +
  `your latest backup (npm run backup) to ${file}; start the server again. Erasures made since that backup ` +
  'are re-applied at start-up from erasures.ledger in the same folder: keep that file (README, Backup and restore).';

/** Whether the folder holds nothing but this database file and its companions: a new data folder. */
function isNewFolder(file: string): boolean {
  const base = path.basename(file);
  return fs
    .readdirSync(path.dirname(file))
    .every((name) => name === base || COMPANIONS.some((c) => name === `${base}${c}`));
}

/**
 * Opens the server's SQLite file, refusing one it must not serve: a file that is empty or is not a database
 * (unless the data folder is new), and one that fails `PRAGMA quick_check`. A new database is made under a
 * temporary name and renamed into place, so a crash never leaves an empty file behind.
 */
export function openSqliteFile(file: string): SQLite.Database {
  if (file === ':memory:') return new SQLite(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let size: number | undefined;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (size === undefined || (size === 0 && isNewFolder(file))) {
    createEmptyDatabase(file);
  } else {
    const head = Buffer.alloc(HEADER.length);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, HEADER.length, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (size === 0 || !head.equals(HEADER)) {
      throw new StorageError(
        `${file} is ${size === 0 ? 'empty (0 bytes), and its folder holds other files' : 'not an SQLite database'}: ` +
          'the server will not start a new database over it. ' +
          restoreSteps(file) +
          ' If this really is a new installation, delete the file.',
      );
    }
  }
  const database = new SQLite(file);
  try {
    const problems = database.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
    const found = problems
      .flatMap((p) => p.quick_check.split('\n'))
      .map((line) => line.replace(/^\*\*\* in database \w+ \*\*\*$/, '').trim())
      .filter((line) => line !== '' && line !== 'ok');
    if (found.length > 0) {
      throw new StorageError(
        `${file} is damaged (PRAGMA quick_check: ${found.join('; ')}): the server will not serve from it. ` +
          restoreSteps(file),
      );
    }
  } catch (error) {
    database.close();
    if (error instanceof StorageError) throw error;
    if (error instanceof SQLite.SqliteError && /CORRUPT|NOTADB|IOERR/.test(error.code)) {
      throw new StorageError(
        `${file} cannot be read (${error.code}: ${error.message}): the server will not serve from it. ` +
          restoreSteps(file),
      );
    }
    throw error;
  }
  return database;
}

function createEmptyDatabase(file: string): void {
  const temporary = `${file}.new-${process.pid}`;
  fs.rmSync(temporary, { force: true });
  const fresh = new SQLite(temporary);
  try {
    fresh.pragma('journal_mode = WAL');
  } finally {
    fresh.close();
  }
  fs.renameSync(temporary, file);
  const dir = fs.openSync(path.dirname(file), 'r');
  try {
    fs.fsyncSync(dir);
  } finally {
    fs.closeSync(dir);
  }
}
