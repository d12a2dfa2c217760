import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteBackend, type OpenBackend } from './lib/backends.js';
import { call, newPatient, someEvent, type Patient } from './lib/client.js';
import { launchServer, urlOf, type LaunchedServer } from './lib/server-process.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const DB = 'hamstring-rehab.sqlite';

/** `npm run backup -- FILE` as an operator runs it, beside the running server. */
function backup(dataDir: string, file: string): void {
  execFileSync(process.execPath, [path.join(root, 'packages/server/dist/backup/main.js'), file], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: 'pipe',
  });
}

/** How often `text` occurs in the raw bytes of the files given (those that exist). */
function occurrences(files: string[], text: string): number {
  let n = 0;
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    for (let at = bytes.indexOf(text); at !== -1; at = bytes.indexOf(text, at + 1)) n++;
  }
  return n;
}

async function addNotes(base: string, p: Patient, marker: string, count: number): Promise<void> {
  const events = Array.from({ length: count }, (_, n) => {
    const { id, date } = someEvent(n);
    return { id, date, type: 'session', painDuring: 1, note: `${marker} session ${n}: sore after sitting` };
  });
  const r = await call(base, 'POST', `/api/v1/patients/${p.patientId}/events`, { events }, p.cookie);
  expect(r.status).toBeLessThan(300);
}

describe('erasure under SQLite is real, and survives a restore of an older backup', () => {
  let backend: OpenBackend;
  let server: LaunchedServer | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await backend.drop();
  });

  it('erased note text is absent from the database file and a later backup; an older backup restored does not bring the patient back', async () => {
    backend = sqliteBackend();
    const dataDir = backend.env.DATA_DIR ?? '';
    const live = [DB, `${DB}-wal`].map((f) => path.join(dataDir, f));
    server = launchServer(backend);
    const base = await urlOf(server);
    const ann = await newPatient(base, 'ann');
    const bob = await newPatient(base, 'bob');
    const erased = `ERASE-ME-${randomUUID()}`;
    const kept = `KEEP-ME-${randomUUID()}`;
    await addNotes(base, ann, erased, 150);
    await addNotes(base, bob, kept, 20);

    const before = path.join(dataDir, '..', `${path.basename(dataDir)}-before.sqlite`);
    backup(dataDir, before);
    expect(occurrences([before], erased), 'the older backup holds the notes').toBeGreaterThanOrEqual(150);

    const erase = await call(base, 'DELETE', `/api/v1/patients/${ann.patientId}`, undefined, ann.cookie);
    expect(erase.status).toBe(204);
    expect(occurrences(live, erased), 'the live database files').toBe(0);
    expect(occurrences(live, ann.email), 'the erased account’s e-mail address').toBe(0);
    expect(occurrences(live, kept), 'another patient’s notes are still there').toBeGreaterThanOrEqual(20);
    const after = path.join(dataDir, '..', `${path.basename(dataDir)}-after.sqlite`);
    backup(dataDir, after);
    expect(occurrences([after], erased), 'a backup taken after the erasure').toBe(0);
    expect(occurrences([after], kept)).toBeGreaterThanOrEqual(20);

    // Restore the older backup as README says: stop, replace the database, keep erasures.ledger, start.
    await server.kill('SIGTERM');
    for (const f of fs.readdirSync(dataDir)) if (f.startsWith(DB)) fs.rmSync(path.join(dataDir, f));
    fs.copyFileSync(before, path.join(dataDir, DB));
    server = launchServer(backend);
    const restored = await urlOf(server);
    expect(server.output()).toContain('erased again 1 patient(s) of');
    const login = await call(restored, 'POST', '/api/v1/auth/login', {
      email: ann.email,
      password: 'correct horse battery staple',
    });
    expect(login.status).toBe(401);
    const old = await call(
      restored,
      'GET',
      `/api/v1/patients/${ann.patientId}/events`,
      undefined,
      ann.cookie,
    );
    expect(old.status).toBe(401);
    const bobs = await call(
      restored,
      'GET',
      `/api/v1/patients/${bob.patientId}/events`,
      undefined,
      bob.cookie,
    );
    expect(bobs.status).toBe(200);
    expect(occurrences(live, erased), 'the restored file, once the server has started').toBe(0);
    console.log(
      `[erasure] older backup: ${occurrences([before], erased)} copies of the note marker; live file and later backup: 0; after restore: 0`,
    );
    fs.rmSync(before);
    fs.rmSync(after);
  });
});
