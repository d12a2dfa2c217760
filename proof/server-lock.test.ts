import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteBackend, type OpenBackend } from './lib/backends.js';
import { call, newPatient } from './lib/client.js';
import { launchServer, urlOf, type LaunchedServer } from './lib/server-process.js';

describe('one server per SQLite database, held by the operating system', () => {
  let backend: OpenBackend;
  const servers: LaunchedServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill('SIGKILL')));
    await backend.drop();
  });

  it('deleting every file in the data folder does not let a second server start on it', async () => {
    backend = sqliteBackend();
    const dataDir = backend.env.DATA_DIR ?? '';
    const first = launchServer(backend);
    servers.push(first);
    const base = await urlOf(first);
    await newPatient(base, 'locked');
    const files = fs.readdirSync(dataDir);
    expect(files).toEqual(expect.arrayContaining(['hamstring-rehab.sqlite', 'erasures.ledger']));

    // One file at a time, then all of them: a second server is refused each time.
    for (const file of [...files, '*']) {
      if (file === '*') for (const f of fs.readdirSync(dataDir)) fs.rmSync(path.join(dataDir, f));
      else fs.rmSync(path.join(dataDir, file), { force: true });
      const second = launchServer(backend);
      servers.push(second);
      expect(await second.exited, `after deleting ${file}`).toBe(1);
      expect(second.output()).toContain('another hamstring-rehab server is already using');
    }
    expect(first.child.exitCode, 'the first server is still running').toBeNull();
    expect((await call(base, 'GET', '/api/health')).status).toBe(200);

    // Once the first server has gone, however it went, the folder is free again.
    await first.kill('SIGKILL');
    const next = launchServer(backend);
    servers.push(next);
    await urlOf(next);
  });
});
