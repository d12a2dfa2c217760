import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefreshQueue } from './refresh-queue.js';

/** Fake timers (and a fake Date.now): each test says exactly how much time passes. */
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RefreshQueue', () => {
  it('runs once when a burst of adds pauses, one patient at a time', async () => {
    const runs: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const queue = new RefreshQueue(
      async (id) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        runs.push(id);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
      },
      20,
      1000,
    );
    for (let i = 0; i < 5; i++) {
      queue.add('a');
      queue.add('b');
      await vi.advanceTimersByTimeAsync(2);
    }
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(19);
    expect(runs.sort()).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(5);
    expect(mostAtOnce).toBe(1);
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
    // An add every 5 ms for 200 ms: never quiet for 30 ms, so only the 60 ms longest wait fires.
    for (let t = 0; t < 200; t += 5) {
      queue.add('hot');
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(runs.map((at) => at - started)).toEqual([60, 120, 180]);
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
    await vi.advanceTimersByTimeAsync(20_000);
    expect(runs).toEqual(['a']);
    expect(queue.busy).toBe(false);
  });
});
