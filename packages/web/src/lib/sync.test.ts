import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from './api';
import { clearDevice } from './db';
import { allEvents, enqueue, listOutbox } from './outbox';
import { Syncer } from './sync';
import type { QueuedEvent } from './types';

/** A fake server: stores each id once, like the real one. */
function fakeServer() {
  const stored = new Map<string, QueuedEvent>();
  let calls = 0;
  let down = false;
  const upload = async (batch: readonly QueuedEvent[]) => {
    await Promise.resolve();
    calls += 1;
    if (down) throw new NetworkError();
    for (const item of batch) {
      if ('painDuring' in item.event && item.event.painDuring > 10) throw new ApiError(400, 'bad pain');
      stored.set(item.id, item);
    }
  };
  return {
    stored,
    upload,
    calls: () => calls,
    setDown: (v: boolean) => {
      down = v;
    },
  };
}

describe('offline queue and sync', () => {
  beforeEach(async () => {
    await clearDevice();
  });

  it('queues events under fresh UUIDs and lists them with the synced ones', async () => {
    const a = await enqueue({ type: 'morning-check', date: '2025-03-01', score: 2 });
    const b = await enqueue({ type: 'session', date: '2025-03-01', painDuring: 3 });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect((await allEvents()).map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('keeps the order events were logged in, however many come in one millisecond', async () => {
    const queued = [];
    for (let score = 0; score <= 10; score++)
      queued.push(await enqueue({ type: 'morning-check', date: '2025-03-01', score }));
    expect((await allEvents()).map((e) => e.id)).toEqual(queued.map((q) => q.id));
  });

  it('uploads each queued event exactly once, even when sync is called many times at once', async () => {
    const server = fakeServer();
    let online = true;
    const syncer = new Syncer(server.upload, () => online);
    await enqueue({ type: 'morning-check', date: '2025-03-01', score: 2 });
    await enqueue({ type: 'session', date: '2025-03-01', painDuring: 3 });
    await Promise.all([syncer.sync(), syncer.sync(), syncer.sync()]);
    expect(server.calls()).toBe(1);
    expect(server.stored.size).toBe(2);
    expect(await listOutbox()).toEqual([]);
    expect(syncer.status()).toMatchObject({ state: 'synced', pending: 0 });
    await syncer.sync();
    expect(server.calls()).toBe(1);
    online = false;
    expect((await allEvents()).length).toBe(2);
  });

  it('keeps events while offline and sends them when back online', async () => {
    const server = fakeServer();
    let online = false;
    const syncer = new Syncer(server.upload, () => online);
    await enqueue({ type: 'sitting', date: '2025-03-01', minutes: 20 });
    await syncer.sync();
    expect(syncer.status()).toMatchObject({ state: 'offline', pending: 1 });
    expect(server.calls()).toBe(0);
    online = true;
    await syncer.sync();
    expect(server.stored.size).toBe(1);
    expect(syncer.status().state).toBe('synced');
  });

  it('keeps the queue when the network fails mid-upload, and a retry stores nothing twice', async () => {
    const server = fakeServer();
    const syncer = new Syncer(server.upload, () => true);
    const q = await enqueue({ type: 'morning-check', date: '2025-03-02', score: 1 });
    server.setDown(true);
    await syncer.sync();
    expect(syncer.status()).toMatchObject({ state: 'offline', pending: 1 });
    server.setDown(false);
    await syncer.sync();
    await syncer.sync();
    expect([...server.stored.keys()]).toEqual([q.id]);
  });

  it('sets a refused event aside without holding back the others', async () => {
    const server = fakeServer();
    const syncer = new Syncer(server.upload, () => true);
    await enqueue({ type: 'session', date: '2025-03-01', painDuring: 11 });
    const good = await enqueue({ type: 'session', date: '2025-03-01', painDuring: 2 });
    await syncer.sync();
    expect([...server.stored.keys()]).toEqual([good.id]);
    expect(syncer.status()).toMatchObject({ state: 'synced', pending: 0, rejected: 1 });
  });
});
