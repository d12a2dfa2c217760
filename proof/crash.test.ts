import { afterAll, describe, expect, it } from 'vitest';
import { backendNames, openBackend, type OpenBackend } from './lib/backends.js';
import { call, newPatient, someEvent, storedIds, type Patient } from './lib/client.js';
import { startServer } from './lib/server-process.js';

const CLIENTS = 8;
const LOAD_MS = 1500;

interface Ledger {
  acknowledged: Set<string>;
  /** Batches sent whose answer never came (the server died under them). */
  unanswered: { id: string }[][];
  sent: Set<string>;
}

/** One client appending small batches as fast as the server answers, until the server dies. */
async function appendUntilDown(
  base: string,
  p: Patient,
  seed: number,
  ledger: Ledger,
  stop: () => boolean,
): Promise<void> {
  let n = seed * 100_000;
  while (!stop()) {
    const batch = Array.from({ length: 1 + (n % 4) }, () => someEvent(n++));
    for (const e of batch) ledger.sent.add(e.id);
    try {
      const r = await call(
        base,
        'POST',
        `/api/v1/patients/${p.patientId}/events`,
        { events: batch },
        p.cookie,
      );
      if (r.status === 200 || r.status === 201) for (const e of batch) ledger.acknowledged.add(e.id);
      else throw new Error(`unexpected ${r.status}: ${JSON.stringify(r.body)}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('unexpected')) throw error;
      ledger.unanswered.push(batch);
      return;
    }
  }
}

describe.each(backendNames)('crash safety on %s', (name) => {
  let backend: OpenBackend | undefined;
  afterAll(async () => {
    await backend?.drop();
  });

  it('SIGKILL mid-load: every acknowledged event is stored exactly once, and unanswered uploads replay once', async () => {
    backend = await openBackend(name);
    const first = await startServer(backend);
    const patients = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => newPatient(first.url, `crash${i}`)),
    );
    const ledgers: Ledger[] = patients.map(() => ({
      acknowledged: new Set(),
      unanswered: [],
      sent: new Set(),
    }));
    let down = false;
    const load = patients.map((p, i) =>
      appendUntilDown(first.url, p, i + 1, ledgers[i] as Ledger, () => down),
    );
    await new Promise((r) => setTimeout(r, LOAD_MS));
    await first.kill('SIGKILL');
    down = true;
    await Promise.all(load);

    const second = await startServer(backend);
    try {
      let acknowledged = 0;
      for (const [i, p] of patients.entries()) {
        const ledger = ledgers[i] as Ledger;
        acknowledged += ledger.acknowledged.size;
        const ids = await storedIds(second.url, p);
        expect(new Set(ids).size, 'no event is stored twice').toBe(ids.length);
        for (const id of ledger.acknowledged) expect(ids, 'an acknowledged event survived').toContain(id);
        for (const id of ids) expect(ledger.sent.has(id), 'nothing appears that was never sent').toBe(true);

        // the client retries what never got an answer: each event ends up stored exactly once
        for (const batch of ledger.unanswered) {
          const r = await call(
            second.url,
            'POST',
            `/api/v1/patients/${p.patientId}/events`,
            { events: batch },
            p.cookie,
          );
          expect([200, 201]).toContain(r.status);
        }
        const after = await storedIds(second.url, p);
        expect(new Set(after).size).toBe(after.length);
        for (const batch of ledger.unanswered) for (const e of batch) expect(after).toContain(e.id);
      }
      expect(acknowledged, 'the load acknowledged some events before the kill').toBeGreaterThan(CLIENTS);
      console.log(
        `crash safety on ${name}: ${acknowledged} acknowledged events survived SIGKILL, none twice`,
      );
    } finally {
      await second.kill('SIGTERM');
    }
  });
});
