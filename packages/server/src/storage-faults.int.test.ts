import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../test/app.js';
import { sqliteOutbox } from '../test/stores.js';
import { createStore } from './store/create-store.js';

/** The log lines an app writes, parsed. */
function logLines(): { lines: { msg: string }[]; stream: { write: (line: string) => void } } {
  const lines: { msg: string }[] = [];
  return { lines, stream: { write: (line) => lines.push(JSON.parse(line) as { msg: string }) } };
}

describe('a full disk under SQLite (simulated: SQLITE_FULL past max_page_count)', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it('answers 503 with a plain reason, logs "disk full" once, says 503 at health, and keeps what it acknowledged', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-full-'));
    const file = path.join(dir, 'hamstring-rehab.sqlite');
    await (await createStore({ kind: 'sqlite', file })).close();
    const pages =
      (new SQLite(file, { readonly: true }).pragma('page_count', { simple: true }) as number) + 12;
    const store = await createStore({ kind: 'sqlite', file, maxPageCount: pages });
    const { lines, stream } = logLines();
    t = await testApp(
      { LOG_LEVEL: 'warn' },
      {
        store,
        dump: () => Promise.resolve({}),
        outbox: sqliteOutbox(file),
        cleanup: async () => {
          await store.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      },
      { logStream: stream },
    );
    const session = await t.signup();
    const url = `/api/v1/patients/${session.patientId}/events`;
    const acknowledged: string[] = [];
    let refused = 0;
    for (let i = 0; i < 400 && refused < 5; i++) {
      const id = randomUUID();
      const day = String(1 + (i % 28)).padStart(2, '0');
      const event = { id, type: 'session', date: `2026-02-${day}`, painDuring: 2, note: 'x'.repeat(1900) };
      const response = await t.request('POST', url, { session, body: event });
      if (response.statusCode === 200 || response.statusCode === 201) acknowledged.push(id);
      else {
        expect(response.statusCode).toBe(503);
        expect(response.json()).toEqual({
          error: 'the server cannot store data right now (its disk is full): try again later',
        });
        expect(response.headers['retry-after']).toBe('5');
        refused++;
      }
    }
    expect(refused).toBe(5);
    expect(acknowledged.length).toBeGreaterThan(5);

    const health = await t.request('GET', '/api/health');
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', database: 'disk-full' });
    const messages = lines.map((l) => l.msg);
    expect(messages.filter((m) => m.startsWith('disk full: the database cannot be written'))).toHaveLength(1);
    expect(messages.join('\n')).not.toContain('cannot rollback');

    // Reads still answer, and every acknowledged event is there.
    const stored = await t.request('GET', url, { session });
    expect(stored.statusCode).toBe(200);
    const ids = stored.json<{ events: { id: string }[] }>().events.map((e) => e.id);
    expect(new Set(ids)).toEqual(new Set(acknowledged));
  });
});
