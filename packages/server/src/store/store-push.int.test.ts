import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, newPatient, patientIdOf } from '../../test/store-helpers.js';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import type { PushInput, Store } from './store.js';

const KEY = 'BNjDJMKIT85XLJfgeOg2R0CNswvmML11dxwahMM6UCNsO5fO1TKu-mRe6CMOkdc19AMqt74OfYFwHipPTWFlGBE';
const subscription = (endpoint = `https://push.example.org/${randomUUID()}`) => ({
  endpoint,
  p256dh: KEY,
  auth: 'AAECAwQFBgcICQoLDA0ODw',
});
const at = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

describe.each(storeTargets())('Store on $name: web push', (target) => {
  let opened: OpenedStore;
  let store: Store;
  beforeEach(async () => {
    opened = await target.open();
    store = opened.store;
  });
  afterEach(async () => {
    await opened.cleanup();
  });

  it('keeps one VAPID pair: servers starting together agree on the first stored', async () => {
    let made = 0;
    const make = () => ({ publicKey: `public-${String(++made)}`, privateKey: `private-${String(made)}` });
    const [a, b] = await Promise.all([store.ensureVapidKeys(make, NOW), store.ensureVapidKeys(make, NOW)]);
    expect(a).toEqual(b);
    expect(await store.ensureVapidKeys(make, NOW)).toEqual(a);
  });

  it('stores a browser once per endpoint (the last account to subscribe it), keeps the newest, removes on request', async () => {
    const user = await newPatient(store);
    const other = await newPatient(store);
    const shared = subscription();
    const first = await store.savePushSubscription({
      id: randomUUID(),
      userId: user.id,
      subscription: shared,
      now: NOW,
      keep: 2,
    });
    const again = await store.savePushSubscription({
      id: randomUUID(),
      userId: user.id,
      subscription: shared,
      now: NOW,
      keep: 2,
    });
    expect(again).toBe(first);
    for (const minutes of [1, 2])
      await store.savePushSubscription({
        id: randomUUID(),
        userId: user.id,
        subscription: subscription(),
        now: at(minutes),
        keep: 2,
      });
    expect(await store.countPushSubscriptions(user.id)).toBe(2);
    expect(await store.getPushSubscription(first)).toBeUndefined();
    await store.savePushSubscription({
      id: randomUUID(),
      userId: other.id,
      subscription: shared,
      now: at(3),
      keep: 2,
    });
    expect(await store.deletePushSubscription(user.id, shared.endpoint)).toBe(false);
    expect(await store.deletePushSubscription(other.id, shared.endpoint)).toBe(true);
  });

  it('queues a push as one outbox row per browser of the account; none for an account without one', async () => {
    const user = await newPatient(store);
    const bare = await newPatient(store);
    const ids = [];
    for (const minutes of [0, 1])
      ids.push(
        await store.savePushSubscription({
          id: randomUUID(),
          userId: user.id,
          subscription: subscription(),
          now: at(minutes),
          keep: 10,
        }),
      );
    const push = (userId: string): PushInput => ({
      channel: 'push',
      id: `p-${userId}`,
      userId,
      title: 'Good morning',
      body: 'Time for your morning check-in.',
      url: '/check-in',
      dueAt: NOW,
    });
    await store.setReminders(patientIdOf(user), [{ kind: 'check-in', time: '07:00', days: [], nextAt: NOW }]);
    await store.setReminders(patientIdOf(bare), [{ kind: 'check-in', time: '07:00', days: [], nextAt: NOW }]);
    const due = await store.dueReminders(NOW, 10);
    expect(due.map((d) => d.patientId).sort()).toEqual([patientIdOf(user), patientIdOf(bare)].sort());
    const fire = (userId: string, patientId: string) =>
      store.fireReminder({ patientId, kind: 'check-in', nextAt: NOW, followingAt: at(1440), now: NOW }, [
        push(userId),
      ]);
    // Two servers fire the same reminder at once: one queues it.
    const results = await Promise.all([fire(user.id, patientIdOf(user)), fire(user.id, patientIdOf(user))]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await fire(bare.id, patientIdOf(bare))).toBe(true);
    const claimed = await store.claimMail(NOW, at(2), 50, 'token');
    expect(claimed.map((c) => [c.channel, c.to, c.subject, c.link]).sort()).toEqual(
      ids.map((id) => ['push', id, 'Good morning', '/check-in']).sort(),
    );
    expect(await store.dueReminders(NOW, 10)).toEqual([]);
    expect(await store.getReminders(patientIdOf(user))).toEqual([
      { kind: 'check-in', time: '07:00', days: [] },
    ]);
  });

  it('erasing a patient erases their reminders and browsers', async () => {
    const user = await newPatient(store);
    const id = await store.savePushSubscription({
      id: randomUUID(),
      userId: user.id,
      subscription: subscription(),
      now: NOW,
      keep: 10,
    });
    await store.setReminders(patientIdOf(user), [{ kind: 'run', time: '18:00', days: [2, 4], nextAt: NOW }]);
    await store.erasePatient(patientIdOf(user), NOW);
    expect(await store.getPushSubscription(id)).toBeUndefined();
    expect(await store.dueReminders(at(1), 10)).toEqual([]);
  });
});
