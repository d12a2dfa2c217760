import { createServer, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectWhenQuiet, fullCollection } from './idle-gc.js';

describe('collectWhenQuiet', () => {
  let server: Server;
  let stop: (() => void) | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    // A server that never listens: the test emits its 'request' events itself, on a fake clock.
    server = createServer();
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('collects once after each burst of requests, once the server is quiet, and never while idle', () => {
    let collections = 0;
    stop = collectWhenQuiet(server, 100, () => {
      collections++;
    });
    const burst = () => {
      const before = collections;
      for (let i = 0; i < 20; i++) {
        server.emit('request');
        vi.advanceTimersByTime(10);
      }
      expect(collections).toBe(before); // busy for 200 ms: no collection while requests keep coming
    };

    vi.advanceTimersByTime(350);
    expect(collections).toBe(0); // nothing served yet: nothing to collect
    burst();
    vi.advanceTimersByTime(199);
    expect(collections).toBe(1); // quiet for one to two intervals after the burst
    vi.advanceTimersByTime(1000);
    expect(collections).toBe(1); // still quiet: once is enough
    burst();
    vi.advanceTimersByTime(199);
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
