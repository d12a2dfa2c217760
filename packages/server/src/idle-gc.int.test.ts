import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { collectWhenQuiet } from './idle-gc.js';

describe('collectWhenQuiet', () => {
  let server: Server | undefined;
  let stop: (() => void) | undefined;
  afterEach(async () => {
    stop?.();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('gives garbage left by a burst of requests back once the server is quiet', async () => {
    let garbage: unknown[] = [];
    server = createServer((_request, response) => {
      // Each request leaves about 1 MB behind, as a burst of real requests leaves its garbage.
      garbage.push(new Array(130_000).fill({ a: 1 }));
      if (garbage.length > 40) garbage = [];
      response.end('ok');
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    stop = collectWhenQuiet(server, 200);
    const { port } = server.address() as AddressInfo;
    for (let i = 0; i < 60; i++) await (await fetch(`http://127.0.0.1:${port}/`)).text();
    garbage = [];
    const busy = process.memoryUsage().heapUsed;
    await new Promise((resolve) => setTimeout(resolve, 700));
    const quiet = process.memoryUsage().heapUsed;
    expect(busy - quiet).toBeGreaterThan(20 * 1024 * 1024);
  });
});
