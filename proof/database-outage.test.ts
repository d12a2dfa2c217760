import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type OpenBackend } from './lib/backends.js';
import { call, newPatient, someEvent, storedIds, type Patient } from './lib/client.js';
import { launchServer, urlOf, type LaunchedServer } from './lib/server-process.js';

const adminUrl = process.env.TEST_DATABASE_URL;
const WRITERS = 6;

/** Runs one statement as the PostgreSQL superuser of TEST_DATABASE_URL. */
async function admin(text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

const databaseOf = (backend: OpenBackend) => new URL(backend.env.DATABASE_URL ?? '').pathname.slice(1);
const terminateAll = (name: string) =>
  admin(
    'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [name],
  );
const allowConnections = (name: string, allow: boolean) =>
  admin(`alter database ${name} allow_connections ${String(allow)}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ms: number, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not in ${ms} ms: ${what}`);
    await sleep(100);
  }
}

interface Tally {
  acknowledged: Map<Patient, Set<string>>;
  unavailable: number;
  /** Answers that are neither success nor 503: each one fails the proof. */
  unexpected: string[];
}

/** One patient appending events, one at a time, until told to stop. */
async function write(base: string, p: Patient, tally: Tally, stop: () => boolean, seed: number) {
  let n = seed * 100_000;
  const mine = new Set<string>();
  tally.acknowledged.set(p, mine);
  while (!stop()) {
    const event = someEvent(n++);
    try {
      const r = await call(base, 'POST', `/api/v1/patients/${p.patientId}/events`, event, p.cookie);
      if (r.status === 200 || r.status === 201) mine.add(event.id);
      else if (r.status === 503) {
        expect(r.body).toEqual({ error: 'the database is unavailable: try again in a moment' });
        tally.unavailable++;
        await sleep(50);
      } else tally.unexpected.push(`${r.status} ${JSON.stringify(r.body)}`);
    } catch (error) {
      tally.unexpected.push(`no answer: ${String(error)}`);
      await sleep(50);
    }
  }
}

const health = async (base: string) => (await call(base, 'GET', '/api/health')).status;

describe.skipIf(adminUrl === undefined)(
  'PostgreSQL going away is an outage, not a crash (skipped without TEST_DATABASE_URL)',
  () => {
    let backend: OpenBackend;
    let server: LaunchedServer | undefined;
    beforeAll(async () => {
      backend = await openBackend('postgres');
    });
    afterAll(async () => {
      await server?.kill('SIGKILL');
      await allowConnections(databaseOf(backend), true);
      await backend.drop();
    });

    it('connections terminated mid-load, then refused: 503 during, service resumes by itself, every acknowledged write kept', async () => {
      const name = databaseOf(backend);
      server = launchServer(backend);
      const base = await urlOf(server);
      const patients = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) => newPatient(base, `outage${i}`)),
      );
      const tally: Tally = { acknowledged: new Map(), unavailable: 0, unexpected: [] };
      let stop = false;
      const load = patients.map((p, i) => write(base, p, tally, () => stop, i + 1));
      const acked = () => [...tally.acknowledged.values()].reduce((n, s) => n + s.size, 0);

      // Every connection of the app killed under load, five times over.
      for (let round = 0; round < 5; round++) {
        await until('writes acknowledged between kills', 10_000, () => acked() > (round + 1) * 20);
        await terminateAll(name);
      }
      // Then the database refuses connections for a while: an outage.
      await allowConnections(name, false);
      await terminateAll(name);
      await until('health says 503', 10_000, async () => (await health(base)) === 503);
      expect((await call(base, 'GET', '/api/health')).body).toEqual({
        status: 'unavailable',
        database: 'unreachable',
      });
      await until('writers are told 503', 10_000, () => tally.unavailable >= 10);
      const duringOutage = acked();
      expect(server.child.exitCode, 'the server is still running').toBeNull();

      await allowConnections(name, true);
      await until('health says 200 again', 20_000, async () => (await health(base)) === 200);
      await until('writes acknowledged again', 20_000, () => acked() >= duringOutage + 60);
      stop = true;
      await Promise.all(load);

      expect(tally.unexpected, 'only successes and 503s').toEqual([]);
      expect(server.child.exitCode).toBeNull();
      let total = 0;
      for (const p of patients) {
        const ids = await storedIds(base, p);
        expect(new Set(ids).size, 'no event is stored twice').toBe(ids.length);
        const stored = new Set(ids);
        for (const id of tally.acknowledged.get(p) ?? [])
          expect(stored.has(id), 'acknowledged is stored').toBe(true);
        total += tally.acknowledged.get(p)?.size ?? 0;
      }
      console.log(
        `[outage] ${total} acknowledged writes, all stored; ${tally.unavailable} answers of 503 during the outage`,
      );
      await server.kill('SIGTERM');
      server = undefined;
    });

    it('start-up against a database that refuses connections says so within seconds, and starts once it answers', async () => {
      const name = databaseOf(backend);
      await allowConnections(name, false);
      const started = Date.now();
      server = launchServer(backend);
      await server.waitFor(/database unreachable at start-up \(.*\): trying again in 1 s/, 10_000);
      const saidAfter = Date.now() - started;
      expect(saidAfter).toBeLessThan(10_000);
      await server.waitFor(/trying again in 2 s/, 10_000);
      await allowConnections(name, true);
      const base = await urlOf(server, 30_000);
      expect(await health(base)).toBe(200);
      console.log(`[outage] refused at start-up: said so after ${saidAfter} ms, then started when allowed`);
      await server.kill('SIGTERM');
      server = undefined;
    });

    it('start-up against a frozen database (it accepts and never answers) says so within seconds', async () => {
      const sockets: net.Socket[] = [];
      const frozen = net.createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', resolve));
      const port = (frozen.address() as net.AddressInfo).port;
      try {
        const started = Date.now();
        server = launchServer({
          name: 'postgres',
          env: { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/frozen` },
        });
        await server.waitFor(/database unreachable at start-up \(.*timeout.*\): trying again/, 15_000);
        const saidAfter = Date.now() - started;
        expect(saidAfter).toBeLessThan(15_000);
        expect(server.child.exitCode).toBeNull();
        console.log(`[outage] frozen at start-up: said so after ${saidAfter} ms, still trying`);
      } finally {
        await server?.kill('SIGTERM');
        server = undefined;
        for (const s of sockets) s.destroy();
        frozen.close();
      }
    });
  },
);
