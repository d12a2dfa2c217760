#!/usr/bin/env node
// `npm run bench:storage`: what the storage safeguards of ADR 111-113 cost on a database of a real size.
// Builds an SQLite database of PATIENTS x EVENTS events (default 2,000 x 150 = 300,000), then prints:
// the start-up quick_check and a whole start-up (createStore), an erasure with secure_delete on and off,
// and whether another process (`npm run backup`) can read a database that a connection holds with
// locking_mode=EXCLUSIVE.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { createStore } from '@hamstring-rehab/server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PATIENTS = Number(process.env.PATIENTS ?? 2000);
const EVENTS = Number(process.env.EVENTS ?? 150);
const dir = mkdtempSync(join(tmpdir(), 'hr-bench-storage-'));
const file = join(dir, 'data', 'hamstring-rehab.sqlite');
const ms = (t0) => Math.round((performance.now() - t0) * 10) / 10;

try {
  await (await createStore({ kind: 'sqlite', file })).close();
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  const patient = db.prepare(
    "insert into patients (id, owner_user_id, birth_year, affected_side, runner, pain_ceiling, time_zone, created_at, updated_at) values (?, null, 1980, 'left', 1, 5, 'UTC', 'now', 'now')",
  );
  // The compact events table (migration 020): the patient's key, the id in 16 bytes, day and time as numbers;
  // the patient's own events (no author, not imported: migration 018).
  const event = db.prepare(
    "insert into events (patient_key, id, date, type, body, received_at, author_id, imported) values ((select key from patients where id = ?), ?, ?, 'session', ?, 0, null, null)",
  );
  const ids = [];
  db.transaction(() => {
    for (let p = 0; p < PATIENTS; p++) {
      const pid = randomUUID();
      ids.push(pid);
      patient.run(pid);
      for (let e = 0; e < EVENTS; e++) {
        const date = Date.UTC(2026, 0, 1 + e) / 86_400_000;
        const body = JSON.stringify({
          painDuring: e % 5,
          note: `sore after sitting for ${e} minutes; stretched`,
        });
        event.run(pid, Buffer.from(randomUUID().replaceAll('-', ''), 'hex'), date, body);
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const bytes = statSync(file).size;

  const check = new SQLite(file, { readonly: true });
  let t0 = performance.now();
  check.pragma('quick_check');
  const quickCheckMs = ms(t0);
  t0 = performance.now();
  check.pragma('integrity_check');
  const integrityCheckMs = ms(t0);
  check.close();

  t0 = performance.now();
  const store = await createStore({ kind: 'sqlite', file });
  const startUpMs = ms(t0);
  t0 = performance.now();
  await store.erasePatient(ids[0], new Date().toISOString());
  const eraseSecureMs = ms(t0);
  await store.close();

  const plain = new SQLite(file);
  plain.pragma('secure_delete = OFF');
  plain.pragma('foreign_keys = ON');
  t0 = performance.now();
  plain.transaction(() => plain.prepare('delete from patients where id = ?').run(ids[1]))();
  const erasePlainMs = ms(t0);

  plain.close();
  // locking_mode=EXCLUSIVE set before a connection's first read (the only way it keeps other processes out
  // in WAL mode): can the backup (another process) still read?
  const exclusive = new SQLite(file);
  exclusive.pragma('locking_mode = EXCLUSIVE');
  exclusive.pragma('foreign_keys = ON');
  exclusive.transaction(() => exclusive.prepare('delete from patients where id = ?').run(ids[2]))();
  // What `npm run backup` and a second connection of the same server do first: read, from another process.
  let readUnderExclusive;
  try {
    readUnderExclusive = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import S from 'better-sqlite3'; const d = new S(${JSON.stringify(file)}, { timeout: 100 });
         try { d.prepare('select count(*) from patients').get(); console.log('works'); }
         catch (e) { console.log('fails: ' + e.code); }`,
      ],
      { cwd: join(root, 'packages/server'), encoding: 'utf8' },
    ).trim();
  } catch (error) {
    readUnderExclusive = `fails: ${String(error)}`;
  }
  exclusive.close();

  const result = {
    patients: PATIENTS,
    events: PATIENTS * EVENTS,
    megabytes: Math.round(bytes / 1048576),
    quickCheckMs,
    integrityCheckMs,
    startUpMs,
    eraseOnePatient: { secureDeleteOnMs: eraseSecureMs, secureDeleteOffMs: erasePlainMs, events: EVENTS },
    readFromAnotherProcessUnderExclusive: readUnderExclusive,
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(join(root, 'bench/storage/out'), { recursive: true });
  writeFileSync(join(root, 'bench/storage/out/storage.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
