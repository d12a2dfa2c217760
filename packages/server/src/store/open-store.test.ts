import { describe, expect, it } from 'vitest';
import { openStoreWithRetry, retryDelayMs } from './open-store.js';
import type { Store } from './store.js';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('start-up against a database that does not answer', () => {
  it('says so at each attempt and tries again, waiting longer each time, until it answers', async () => {
    const said: string[] = [];
    const waits: number[] = [];
    const store = {} as Store;
    let attempts = 0;
    const opened = await openStoreWithRetry(
      { kind: 'postgres', url: 'postgres://x@127.0.0.1/db' },
      (line) => said.push(line),
      (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      () => (++attempts < 4 ? Promise.reject(refused) : Promise.resolve(store)),
    );
    expect(opened).toBe(store);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(said[0]).toBe(
      'database unreachable at start-up (connect ECONNREFUSED 127.0.0.1:5432): trying again in 1 s',
    );
    expect(said).toHaveLength(3);
    expect(retryDelayMs(10)).toBe(30_000);
  });

  it('stops at once on any other failure (a wrong password, a damaged file)', async () => {
    const wrong = Object.assign(new Error('password authentication failed'), { code: '28P01' });
    await expect(
      openStoreWithRetry(
        { kind: 'postgres', url: 'postgres://x@127.0.0.1/db' },
        () => {},
        () => Promise.resolve(),
        () => Promise.reject(wrong),
      ),
    ).rejects.toBe(wrong);
  });
});
