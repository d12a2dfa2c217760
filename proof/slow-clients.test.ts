import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteBackend, type OpenBackend } from './lib/backends.js';
import { newPatient, someEvent } from './lib/client.js';
import { startServer, type ServerProcess } from './lib/server-process.js';

/** Attackers connect from another loopback address than the bystander (both stay on this machine). */
const ATTACKER = '127.0.0.2';
const CONNECTIONS = 450;
/** The server runs with this many open files, so that holding connections can starve it. */
const FILE_LIMIT = 384;

interface Attack {
  sockets: net.Socket[];
  /** Sockets the server has closed. */
  closed(): number;
  stop(): void;
}

/**
 * The slow-body attack of issue 14: each connection announces a 1 MB body and sends a byte every 3 s.
 * Resolves once every connection is open (or was closed at once by the server).
 */
async function slowBodies(url: string): Promise<Attack> {
  const { hostname, port } = new URL(url);
  let closed = 0;
  const sockets: net.Socket[] = [];
  const timers: NodeJS.Timeout[] = [];
  await Promise.all(
    Array.from(
      { length: CONNECTIONS },
      () =>
        new Promise<void>((resolve) => {
          const socket = net.connect({ host: hostname, port: Number(port), localAddress: ATTACKER });
          sockets.push(socket);
          socket.on('error', () => {});
          socket.once('close', () => {
            closed++;
            resolve();
          });
          socket.once('connect', () => {
            socket.write(
              'POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
                'Content-Length: 1000000\r\n\r\n{',
            );
            const drip = setInterval(() => {
              socket.write(' ');
            }, 3000);
            timers.push(drip);
            socket.once('close', () => {
              clearInterval(drip);
            });
            setTimeout(resolve, 200);
          });
        }),
    ),
  );
  return {
    sockets,
    closed: () => closed,
    stop: () => {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
    },
  };
}

/** One request on a connection of its own (no pooled keep-alive connection from before the attack). */
function fresh(base: string, method: string, path: string, body?: unknown, cookie?: string) {
  return new Promise<{ status: number }>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      `${base}${path}`,
      {
        method,
        agent: false,
        timeout: 10_000,
        headers: {
          origin: base,
          ...(cookie === undefined ? {} : { cookie }),
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        },
      },
      (response) => {
        response.resume();
        response.once('end', () => {
          resolve({ status: response.statusCode ?? 0 });
        });
      },
    );
    request.once('timeout', () => request.destroy(new Error('timed out')));
    request.once('error', reject);
    request.end(payload);
  });
}

/** A bystander's requests while the attack runs: how many answered 2xx, and how long the slowest took. */
async function bystander(url: string, cookie: string, patientId: string) {
  let ok = 0;
  let slowest = 0;
  const rounds = 10;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    try {
      const health = await fresh(url, 'GET', '/api/health');
      const me = await fresh(url, 'GET', '/api/v1/me', undefined, cookie);
      const write = await fresh(url, 'POST', `/api/v1/patients/${patientId}/events`, someEvent(i), cookie);
      if (health.status === 200 && me.status === 200 && write.status < 300) ok++;
    } catch {
      // refused or reset: not answered
    }
    slowest = Math.max(slowest, performance.now() - started);
  }
  return { ok, rounds, slowestMs: Math.round(slowest) };
}

const waitUntil = async (done: () => boolean, limitMs: number) => {
  const started = Date.now();
  while (!done() && Date.now() - started < limitMs) await new Promise((r) => setTimeout(r, 250));
  return Date.now() - started;
};

/**
 * Issue 14: slow bodies held a server at its open-file limit. The server runs with 384 open files; 450
 * connections from one address announce a 1 MB body and send a byte every 3 s. With the default guards (64
 * connections per address, bodies slower than 500 B/s cut after 10 s) a bystander's requests answer
 * throughout; without them the same attack starves the bystander, so this proof can fail.
 */
describe('slow clients (child-process server with 384 open files)', () => {
  let backend: OpenBackend;
  beforeAll(() => {
    backend = sqliteBackend();
  });
  afterAll(async () => {
    await backend.drop();
  });

  it('with the guards: the bystander answers during a 450-connection slow-body attack, which is cut off', async () => {
    const server: ServerProcess = await startServer(backend, { fileLimit: FILE_LIMIT });
    const attack: { current?: Attack } = {};
    try {
      const p = await newPatient(server.url, 'bystander');
      attack.current = await slowBodies(server.url);
      // those over the cap are closed as they arrive (allow a busy machine a few seconds to say so)
      const current = attack.current;
      await waitUntil(() => current.closed() >= CONNECTIONS - 64, 5000);
      const refusedAtOnce = current.closed();
      const during = await bystander(server.url, p.cookie, p.patientId);
      const cutAfterMs = await waitUntil(() => attack.current?.closed() === CONNECTIONS, 25_000);
      process.stdout.write(
        `slow-body attack, ${CONNECTIONS} connections: ${refusedAtOnce} closed on arrival (over 64 per address), ` +
          `bystander ${during.ok}/${during.rounds} rounds answered (slowest ${during.slowestMs} ms), ` +
          `every attacking connection closed ${Math.round(cutAfterMs / 1000)} s later\n`,
      );
      expect(refusedAtOnce).toBeGreaterThanOrEqual(CONNECTIONS - 64);
      expect(during.ok).toBe(during.rounds);
      expect(attack.current.closed()).toBe(CONNECTIONS);
    } finally {
      attack.current?.stop();
      await server.kill('SIGTERM');
    }
  });

  it('without the guards the same attack starves the bystander (the proof above can fail)', async () => {
    const server = await startServer(backend, {
      fileLimit: FILE_LIMIT,
      env: { CONNECTIONS_PER_ADDRESS: '100000', BODY_MIN_BYTES_PER_SECOND: '0' },
    });
    const attack: { current?: Attack } = {};
    try {
      const p = await newPatient(server.url, 'starved');
      attack.current = await slowBodies(server.url);
      const during = await bystander(server.url, p.cookie, p.patientId);
      process.stdout.write(`unguarded: bystander ${during.ok}/${during.rounds} rounds answered\n`);
      expect(during.ok).toBeLessThan(during.rounds);
    } finally {
      attack.current?.stop();
      await server.kill('SIGKILL');
    }
  });

  it('slow headers and a body that never ends are closed at HEADERS_TIMEOUT_MS and REQUEST_TIMEOUT_MS', async () => {
    const server = await startServer(backend, {
      env: { HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '4000', BODY_MIN_BYTES_PER_SECOND: '0' },
    });
    const { hostname, port } = new URL(server.url);
    /** Opens a connection that sends `first`, then `drip` every 200 ms; resolves with when it was closed. */
    const held = (first: string, drip: string) =>
      new Promise<number>((resolve) => {
        const started = Date.now();
        const socket = net.connect({ host: hostname, port: Number(port), localAddress: ATTACKER });
        socket.on('error', () => {});
        socket.on('data', () => {});
        const timer = setInterval(() => {
          socket.write(drip);
        }, 200);
        socket.once('connect', () => socket.write(first));
        socket.once('close', () => {
          clearInterval(timer);
          resolve(Date.now() - started);
        });
        setTimeout(() => socket.destroy(), 20_000);
      });
    try {
      const [headers, body] = await Promise.all([
        held('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-A: b\r\n'),
        held(
          'POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
            'Content-Length: 1000000\r\n\r\n{',
          ' '.repeat(100),
        ),
      ]);
      process.stdout.write(
        `slow headers closed after ${headers} ms (HEADERS_TIMEOUT_MS=2000), ` +
          `never-ending body after ${body} ms (REQUEST_TIMEOUT_MS=4000)\n`,
      );
      // Node checks these timers every second (connectionsCheckingInterval); the bounds leave room for a busy
      // machine and are still far below Node's defaults (60 s and 300 s, checked every 30 s: 89 s in issue 14)
      expect(headers).toBeLessThan(8000);
      expect(body).toBeLessThan(10_000);
      expect(headers).toBeGreaterThanOrEqual(1900);
      expect(body).toBeGreaterThanOrEqual(3900);
    } finally {
      await server.kill('SIGTERM');
    }
  });
});
