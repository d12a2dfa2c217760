import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { backendNames, openBackend, type OpenBackend } from './lib/backends.js';
import { runLoad } from './lib/load.js';
import { startServer } from './lib/server-process.js';

// CI runs a short load; `npm run bench:load` runs the full one (200 patients for 60 seconds).
const patients = Number(process.env.LOAD_PATIENTS ?? 40);
const seconds = Number(process.env.LOAD_SECONDS ?? 6);
const out = fileURLToPath(new URL('../bench/load/out/', import.meta.url));

describe.each(backendNames)('load on %s', (name) => {
  let backend: OpenBackend | undefined;
  afterAll(async () => {
    await backend?.drop();
  });

  it(`${patients} simulated patients for ${seconds} s: a morning check, a session and a decision each, no errors`, async () => {
    backend = await openBackend(name);
    // Every simulated patient stands for a phone of its own, but here they all come from 127.0.0.1: lift
    // the per-address connection cap (ADR 114) that would otherwise treat them as one client.
    const server = await startServer(backend, { env: { CONNECTIONS_PER_ADDRESS: '100000' } });
    try {
      const result = await runLoad(server.url, { patients, seconds });
      const line = (op: keyof typeof result.ops) =>
        `${op.padEnd(14)} n=${result.ops[op].count} p50=${result.ops[op].p50} ms p99=${result.ops[op].p99} ms max=${result.ops[op].max} ms`;
      console.log(
        [
          `load on ${name}: ${result.patients} patients, ${result.seconds} s, ${result.requests} requests (${result.requestsPerSecond}/s), ${result.errors} errors`,
          line('morning-check'),
          line('session'),
          line('decision'),
        ].join('\n'),
      );
      mkdirSync(out, { recursive: true });
      writeFileSync(`${out}${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
      expect(result.firstErrors).toEqual([]);
      expect(result.errors).toBe(0);
      expect(result.ops.decision.count).toBeGreaterThan(patients);
    } finally {
      await server.kill('SIGTERM');
    }
  });
});
