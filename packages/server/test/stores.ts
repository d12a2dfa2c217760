import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { createStore } from '../src/store/create-store.js';
import type { Store } from '../src/store/store.js';

/** Every row of every table, by table name, in a stable order: to prove a request changed nothing. */
export type Dump = Record<string, unknown[]>;

export interface OpenedStore {
  store: Store;
  /** Closes the store and removes everything it made (the SQLite folder, the PostgreSQL schema). */
  cleanup: () => Promise<void>;
  /** Every table's rows, except those listed. */
  dump: (except?: readonly string[]) => Promise<Dump>;
  /** The mails queued for an address (bodies of sent mails are emptied), oldest first. */
  outbox: (to: string) => Promise<{ id: string; subject: string; body: string }[]>;
  /** PostgreSQL: the schema of its own. */
  schema?: string;
}

const OUTBOX_SQL = 'select id, subject, body from outbox where recipient = $1 order by created_at, id';

export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  open: () => Promise<OpenedStore>;
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function storeTargets(): StoreTarget[] {
  const url = process.env.TEST_DATABASE_URL;
  const targets: StoreTarget[] = [{ name: 'sqlite', open: openSqlite }];
  if (url !== undefined && url !== '') targets.push({ name: 'postgres', open: () => openPostgres(url) });
  return targets;
}

export async function openSqlite(): Promise<OpenedStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-test-'));
  const file = path.join(dir, 'test.sqlite');
  const store = await createStore({ kind: 'sqlite', file });
  return {
    store,
    dump: (except = []) => Promise.resolve(dumpSqlite(file, except)),
    outbox: sqliteOutbox(file),
    async cleanup() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh schema of its own, dropped on cleanup, so test files may run in parallel on one database. */
export async function openPostgres(url: string): Promise<OpenedStore> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const store = await createStore({ kind: 'postgres', url, schema, poolSize: 4 });
  return {
    store,
    schema,
    dump: (except = []) => dumpPostgres(url, schema, except),
    async outbox(to) {
      const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
      await client.connect();
      try {
        return (await client.query<{ id: string; subject: string; body: string }>(OUTBOX_SQL, [to])).rows;
      } finally {
        await client.end();
      }
    },
    async cleanup() {
      await store.close();
      await dropSchema(url, schema);
    },
  };
}

/** Removes a test's PostgreSQL schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema ${schema} cascade`);
  } finally {
    await client.end();
  }
}

/** OpenedStore's `outbox` for a SQLite file. */
export function sqliteOutbox(file: string): OpenedStore['outbox'] {
  return (to) => {
    const db = new SQLite(file, { readonly: true });
    try {
      return Promise.resolve(
        db.prepare(OUTBOX_SQL.replace('$1', '?')).all(to) as { id: string; subject: string; body: string }[],
      );
    } finally {
      db.close();
    }
  };
}

function dumpSqlite(file: string, except: readonly string[]): Dump {
  const db = new SQLite(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[];
    const out: Dump = {};
    for (const { name } of tables) {
      if (!except.includes(name)) out[name] = db.prepare(`select * from "${name}" order by 1, 2`).all();
    }
    return out;
  } finally {
    db.close();
  }
}

async function dumpPostgres(url: string, schema: string, except: readonly string[]): Promise<Dump> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      'select table_name from information_schema.tables where table_schema = $1 order by table_name',
      [schema],
    );
    const out: Dump = {};
    for (const { table_name: name } of tables.rows) {
      if (except.includes(name)) continue;
      out[name] = (await client.query(`select * from ${schema}."${name}" order by 1, 2`)).rows;
    }
    return out;
  } finally {
    await client.end();
  }
}
