import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { collectWhenQuiet, fullCollection } from './idle-gc.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('collectWhenQuiet', () => {
  let server: Server | undefined;
  let stop: (() => void) | undefined;
  afterEach(async () => {
    stop?.();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('collects once after each burst of requests, once the server is quiet, and never while idle', async () => {
    server = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    let collections = 0;
    stop = collectWhenQuiet(server, 100, () => {
      collections++;
    });
    const { port } = server.address() as AddressInfo;
    const burst = async () => {
      for (let i = 0; i < 20; i++) await (await fetch(`http://127.0.0.1:${port}/`)).text();
    };

    await sleep(350);
    expect(collections).toBe(0); // nothing served yet: nothing to collect
    await burst();
    await sleep(350);
    expect(collections).toBe(1);
    await sleep(350);
    expect(collections).toBe(1); // still quiet: once is enough
    await burst();
    await sleep(350);
    expect(collections).toBe(2);
  });

  it('reaches V8’s full collection, which gives back garbage', () => {
    const collect = fullCollection();
    let garbage: unknown[] | undefined = Array.from({ length: 200 }, (): unknown[] =>
      new Array<unknown>(20_000).fill({ a: 1 }),
    );
    const before = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(200);
    garbage = undefined;
    collect();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10 * 1024 * 1024);
  });
});
