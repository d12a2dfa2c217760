import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearDevice, replaceEvents } from './db';
import { allEvents, enqueue, markUploaded } from './outbox';

describe("the device's copy of the server events", () => {
  beforeEach(async () => {
    await clearDevice();
  });

  it('takes the server list as it is, in its order', async () => {
    await replaceEvents([
      { id: 'b', type: 'morning-check', date: '2025-03-02', score: 1 },
      { id: 'a', type: 'morning-check', date: '2025-03-01', score: 2 },
    ]);
    expect((await allEvents()).map((e) => e.id)).toEqual(['b', 'a']);
    await replaceEvents([
      { id: 'a', type: 'morning-check', date: '2025-03-01', score: 2 },
      { id: 'b', type: 'morning-check', date: '2025-03-02', score: 1 },
    ]);
    expect((await allEvents()).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('keeps an event uploaded while the server list was being read, once', async () => {
    const listRead = [{ id: 'a', type: 'morning-check' as const, date: '2025-03-01', score: 2 }];
    await replaceEvents(listRead);
    const late = await enqueue({ type: 'session', date: '2025-03-01', painDuring: 2 });
    await markUploaded([late]);
    // The list read before `late` reached the server, now written over the device's copy.
    await replaceEvents(listRead);
    expect((await allEvents()).map((e) => e.id)).toEqual(['a', late.id]);
    // The next read holds it: still once.
    await replaceEvents([...listRead, { id: late.id, ...late.event }]);
    expect((await allEvents()).map((e) => e.id)).toEqual(['a', late.id]);
  });

  it('forgets the day’s done marks and reminder times on sign-out, and nothing else in localStorage', async () => {
    localStorage.setItem('exercises-done:2026-11-30', '["bridge-hold"]');
    localStorage.setItem('reminder-times', '{"morning":"06:45"}');
    localStorage.setItem('unrelated', 'kept');
    await clearDevice();
    expect(localStorage.getItem('exercises-done:2026-11-30')).toBeNull();
    expect(localStorage.getItem('reminder-times')).toBeNull();
    expect(localStorage.getItem('unrelated')).toBe('kept');
    localStorage.removeItem('unrelated');
  });
});
