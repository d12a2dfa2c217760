import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { createStore } from './create-store.js';

/** The pragmas createStore sets on a fresh SQLite file. */
async function pragmasSet(synchronous?: 'full' | 'normal'): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hr-sync-'));
  const file = path.join(dir, 'db.sqlite');
  const spy = vi.spyOn(SQLite.prototype, 'pragma');
  try {
    const store = await createStore(
      synchronous === undefined ? { kind: 'sqlite', file } : { kind: 'sqlite', file, synchronous },
    );
    await store.close();
    return spy.mock.calls.map((call) => call[0]);
  } finally {
    spy.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('SQLite durability setting (ADR 005)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('SQLITE_SYNCHRONOUS is read from the environment; full is the default', () => {
    expect(loadConfig({}, '/nowhere').database).toEqual({
      kind: 'sqlite',
      file: expect.any(String) as string,
    });
    expect(loadConfig({ SQLITE_SYNCHRONOUS: 'normal' }, '/nowhere').database).toMatchObject({
      synchronous: 'normal',
    });
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'off' }, '/nowhere')).toThrow(ConfigError);
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'off' }, '/nowhere')).toThrow(
      /SQLITE_SYNCHRONOUS=off: must be full or normal/,
    );
  });

  it('opens the database in WAL mode with synchronous FULL by default, NORMAL when asked', async () => {
    const byDefault = await pragmasSet();
    expect(byDefault).toContain('journal_mode = WAL');
    expect(byDefault).toContain('synchronous = FULL');
    expect(await pragmasSet('normal')).toContain('synchronous = NORMAL');
  });
});
