import { describe, expect, it } from 'vitest';
import { RefreshQueue } from './refresh-queue.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RefreshQueue', () => {
  it('runs once when a burst of adds pauses, one patient at a time', async () => {
    const runs: string[] = [];
    const queue = new RefreshQueue(
      async (id) => {
        runs.push(id);
        await sleep(1);
      },
      20,
      1000,
    );
    for (let i = 0; i < 5; i++) {
      queue.add('a');
      queue.add('b');
      await sleep(2);
    }
    expect(runs).toEqual([]);
    await sleep(60);
    expect(runs.sort()).toEqual(['a', 'b']);
    expect(queue.busy).toBe(false);
  });

  it('runs a patient who never pauses at the latest after the longest wait', async () => {
    const runs: number[] = [];
    const queue = new RefreshQueue(
      () => {
        runs.push(Date.now());
        return Promise.resolve();
      },
      30,
      60,
    );
    const started = Date.now();
    while (Date.now() - started < 200) {
      queue.add('hot');
      await sleep(5);
    }
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(4);
    await queue.stop();
  });

  it('flushes on demand, and does nothing once stopped', async () => {
    const runs: string[] = [];
    const queue = new RefreshQueue(
      (id) => {
        runs.push(id);
        return Promise.resolve();
      },
      10_000,
      10_000,
    );
    queue.add('a');
    await queue.flush();
    expect(runs).toEqual(['a']);
    await queue.stop();
    queue.add('b');
    await sleep(20);
    expect(runs).toEqual(['a']);
    expect(queue.busy).toBe(false);
  });
});
