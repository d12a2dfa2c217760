import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendNames, openBackend, type OpenBackend } from './lib/backends.js';
import { call, newPatient, someEvent, storedIds } from './lib/client.js';
import { startServer, type ServerProcess } from './lib/server-process.js';

/** A deterministic shuffle (seeded), so that a failure can be replayed. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe.each(backendNames)('offline replay on %s', (name) => {
  let backend: OpenBackend;
  let server: ServerProcess;
  beforeAll(async () => {
    backend = await openBackend(name);
    server = await startServer(backend);
  });
  afterAll(async () => {
    await server.kill('SIGTERM');
    await backend.drop();
  });

  it('duplicated, reordered and partly failed batches store each event exactly once', async () => {
    const p = await newPatient(server.url, 'replay');
    const events = Array.from({ length: 60 }, (_, n) => someEvent(n));
    const url = `/api/v1/patients/${p.patientId}/events`;

    // a device that uploads its queue in random order, in overlapping batches, twice over
    const batches: (typeof events)[] = [];
    for (const seed of [7, 11]) {
      const order = shuffled(events, seed);
      for (let i = 0; i < order.length; i += 9) batches.push(order.slice(i, i + 12));
    }
    // a batch that fails as a whole: one bad event spoils it, and nothing of it is stored
    const bad = [
      ...(batches[0] ?? []).slice(0, 3),
      { id: crypto.randomUUID(), type: 'morning-check', date: '2026-02-30', score: 2 },
    ];
    const refused = await call(server.url, 'POST', url, { events: bad }, p.cookie);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('events[3].date');
    expect(await storedIds(server.url, p)).toEqual([]);

    for (const batch of shuffled(batches, 3)) {
      const r = await call(server.url, 'POST', url, { events: batch }, p.cookie);
      expect([200, 201]).toContain(r.status);
    }
    // one event sent alone, again
    const again = await call(server.url, 'POST', url, events[5], p.cookie);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ stored: 0, duplicates: 1 });

    const ids = await storedIds(server.url, p);
    expect(ids.length).toBe(events.length);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));

    // the same id with other content is a conflict, not a silent overwrite
    const changed = { ...(events[0] as object), score: 9 };
    expect((await call(server.url, 'POST', url, changed, p.cookie)).status).toBe(409);
    expect(await storedIds(server.url, p)).toEqual(ids);
  });
});
