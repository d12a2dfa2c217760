import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteBackend, type OpenBackend } from './lib/backends.js';
import { call, newPatient, someEvent, storedIds } from './lib/client.js';
import { launchServer, urlOf, type LaunchedServer } from './lib/server-process.js';

const DB = 'hamstring-rehab.sqlite';

/** Whether this machine lets the proof mount a small tmpfs (root, and not forbidden by a container). */
const canMountTmpfs = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-mount-check-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('storage faults under SQLite are visible', () => {
  let backend: OpenBackend | undefined;
  let server: LaunchedServer | undefined;
  let mounted: string | undefined;
  afterEach(async () => {
    await server?.kill('SIGKILL');
    server = undefined;
    await backend?.drop();
    backend = undefined;
    if (mounted !== undefined) {
      execFileSync('umount', [mounted]);
      fs.rmSync(mounted, { recursive: true, force: true });
      mounted = undefined;
    }
  });

  /** A data folder with a few patients' data, the server stopped cleanly. */
  async function usedDataDir(): Promise<string> {
    backend = sqliteBackend();
    server = launchServer(backend);
    const base = await urlOf(server);
    for (let i = 0; i < 4; i++) {
      const p = await newPatient(base, `fault${i}`);
      const events = Array.from({ length: 150 }, (_, n) => someEvent(n));
      const r = await call(base, 'POST', `/api/v1/patients/${p.patientId}/events`, { events }, p.cookie);
      expect(r.status).toBeLessThan(300);
    }
    await server.kill('SIGTERM');
    server = undefined;
    return backend.env.DATA_DIR ?? '';
  }

  it('a damaged file (random bytes over 4 pages) is refused at start-up with the way to restore', async () => {
    const dir = await usedDataDir();
    const file = path.join(dir, DB);
    const pages = fs.statSync(file).size / 4096;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(
      fd,
      Buffer.from(Array.from({ length: 4 * 4096 }, (_, i) => (i * 7919) % 251)),
      0,
      4 * 4096,
      Math.floor(pages / 2) * 4096,
    );
    fs.closeSync(fd);
    server = launchServer(backend as OpenBackend);
    expect(await server.exited).toBe(1);
    const said = server.output();
    // Which page the bytes land on decides how SQLite notices: quick_check finds it, or opening the schema
    // already fails as corrupt. Both refuse to serve, naming the file and the way to restore.
    expect(said).toMatch(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (is damaged \\(PRAGMA quick_check: |cannot be read \\(SQLITE_CORRUPT)`,
      ),
    );
    expect(said).toContain('the server will not serve from it. To restore: stop the server;');
    expect(said).not.toContain('running at');
  });

  it('an emptied file in a used data folder is refused, not taken as a new database', async () => {
    const dir = await usedDataDir();
    fs.truncateSync(path.join(dir, DB), 0);
    server = launchServer(backend as OpenBackend);
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('is empty (0 bytes), and its folder holds other files');
    expect(fs.statSync(path.join(dir, DB)).size).toBe(0);
  });

  it.skipIf(!canMountTmpfs)(
    'a full disk (a 16 MB tmpfs filled up): 503, one plain "disk full" log line, health 503, and back by itself once there is room (skipped where a tmpfs cannot be mounted)',
    async () => {
      mounted = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-full-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mounted]);
      const dataDir = path.join(mounted, 'data');
      server = launchServer({ name: 'sqlite', env: { DATA_DIR: dataDir } }, { LOG_LEVEL: 'warn' });
      const base = await urlOf(server);
      const p = await newPatient(base, 'full');
      const url = `/api/v1/patients/${p.patientId}/events`;
      const acknowledged = new Set<string>();
      const send = async (n: number) => {
        const { id, date } = someEvent(n);
        const event = { id, date, type: 'session', painDuring: 1, note: `n${n} `.repeat(300) };
        const r = await call(base, 'POST', url, event, p.cookie);
        if (r.status === 200 || r.status === 201) acknowledged.add(event.id);
        return r;
      };
      for (let n = 0; n < 20; n++) expect((await send(n)).status).toBeLessThan(300);

      // Fill the disk to the last byte.
      const filler = path.join(mounted, 'filler');
      const fd = fs.openSync(filler, 'w');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        fs.closeSync(fd);
      }
      const refusals: unknown[] = [];
      for (let n = 20; n < 2000 && refusals.length < 20; n++) {
        const r = await send(n);
        if (r.status === 503) refusals.push(r.body);
        else expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
      }
      expect(refusals).toHaveLength(20);
      expect(new Set(refusals.map((b) => JSON.stringify(b)))).toEqual(
        new Set([
          JSON.stringify({
            error: 'the server cannot store data right now (its disk is full): try again later',
          }),
        ]),
      );
      const health = await call(base, 'GET', '/api/health');
      expect(health).toMatchObject({ status: 503, body: { status: 'unavailable', database: 'disk-full' } });
      const log = server.output();
      expect(log.match(/"msg":"disk full: the database cannot be written \(SQLITE_FULL\)/g)).toHaveLength(1);
      expect(log).not.toContain('cannot rollback');
      expect(server.child.exitCode).toBeNull();

      // Room again: health and writes come back without a restart.
      fs.rmSync(filler);
      for (let i = 0; i < 50 && (await call(base, 'GET', '/api/health')).status !== 200; i++)
        await sleep(100);
      expect((await call(base, 'GET', '/api/health')).status).toBe(200);
      expect((await send(5000)).status).toBeLessThan(300);
      const stored = new Set(await storedIds(base, p));
      for (const id of acknowledged) expect(stored.has(id), 'an acknowledged event is stored').toBe(true);
      console.log(
        `[disk full] ${acknowledged.size} acknowledged writes kept; 20 refused with 503; log: 1 line`,
      );
    },
  );
});
