import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type OpenBackend } from './lib/backends.js';
import { call, newPatient, someEvent, storedIds } from './lib/client.js';
import { startServer, type ServerProcess } from './lib/server-process.js';

const havePostgres = process.env.TEST_DATABASE_URL !== undefined;

/** Scale-out (docs/deploy.md): stateless app servers behind a load balancer, sessions in the database. */
describe.skipIf(!havePostgres)(
  'two server processes on one PostgreSQL (skipped without TEST_DATABASE_URL)',
  () => {
    let backend: OpenBackend;
    let a: ServerProcess;
    let b: ServerProcess;
    beforeAll(async () => {
      backend = await openBackend('postgres');
      [a, b] = await Promise.all([startServer(backend), startServer(backend)]);
    });
    afterAll(async () => {
      await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')]);
      await backend.drop();
    });

    it('a session made on one server works on the other, and logout on one ends it on both', async () => {
      const p = await newPatient(a.url, 'twin');
      const me = await call(b.url, 'GET', '/api/v1/me', undefined, p.cookie);
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ role: 'patient', patientId: p.patientId });
      expect((await call(b.url, 'POST', '/api/v1/auth/logout', {}, p.cookie)).status).toBeLessThan(300);
      expect((await call(a.url, 'GET', '/api/v1/me', undefined, p.cookie)).status).toBe(401);
    });

    it('events written through both servers at once are one log, each stored once, with one decision', async () => {
      const p = await newPatient(a.url, 'split');
      const events = Array.from({ length: 40 }, (_, n) => someEvent(n));
      const url = `/api/v1/patients/${p.patientId}/events`;
      // every event sent to both servers concurrently: each must be stored exactly once
      const replies = await Promise.all(
        events.flatMap((e) => [call(a.url, 'POST', url, e, p.cookie), call(b.url, 'POST', url, e, p.cookie)]),
      );
      for (const r of replies) expect([200, 201]).toContain(r.status);
      const fromA = await storedIds(a.url, p);
      const fromB = await storedIds(b.url, p);
      expect(fromA).toEqual(fromB);
      expect(new Set(fromA)).toEqual(new Set(events.map((e) => e.id)));
      const path = `/api/v1/patients/${p.patientId}/decision?asOf=2026-02-20`;
      const [da, db] = await Promise.all([
        call(a.url, 'GET', path, undefined, p.cookie),
        call(b.url, 'GET', path, undefined, p.cookie),
      ]);
      expect(da.status).toBe(200);
      expect(da.body).toEqual(db.body);
    });

    it('another patient is refused the same way on both servers', async () => {
      const owner = await newPatient(a.url, 'owner');
      const other = await newPatient(b.url, 'other');
      for (const s of [a, b]) {
        const r = await call(
          s.url,
          'GET',
          `/api/v1/patients/${owner.patientId}/events`,
          undefined,
          other.cookie,
        );
        expect(r.status).toBe(404);
      }
    });
  },
);
