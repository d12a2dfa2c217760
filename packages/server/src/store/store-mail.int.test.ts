import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, newPatient } from '../../test/store-helpers.js';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import type { MailInput, Store } from './store.js';

const at = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

const mail = (to: string, dueAt = NOW, userId: string | null = null): MailInput => ({
  id: randomUUID(),
  userId,
  to,
  subject: 'Hello',
  body: `body for ${to}`,
  link: 'https://rehab.example.org/x',
  dueAt,
});

describe.each(storeTargets())('Store on $name: the mail outbox', (target) => {
  let opened: OpenedStore;
  let store: Store;
  beforeEach(async () => {
    opened = await target.open();
    store = opened.store;
  });
  afterEach(async () => {
    await opened.cleanup();
  });

  it('gives each due mail to one claimer at a time, again after the claim lapses, never once sent', async () => {
    const mails = Array.from({ length: 10 }, (_, i) => mail(`m${i}@example.org`));
    for (const m of mails) await store.enqueueMail(m, NOW);
    await store.enqueueMail(mails[0] as MailInput, NOW);
    await store.enqueueMail(mail('later@example.org', at(10)), NOW);
    const [a, b] = await Promise.all([
      store.claimMail(NOW, at(2), 6, 'a'),
      store.claimMail(NOW, at(2), 6, 'b'),
    ]);
    const ids = [...(a ?? []), ...(b ?? [])].map((m) => m.id);
    expect(new Set(ids).size).toBe(10);
    expect(ids.sort()).toEqual(mails.map((m) => m.id).sort());
    expect(await store.claimMail(at(1), at(3), 50, 'c')).toEqual([]);
    // Only the claim's own token renews it, and only before it lapses.
    const mine = a?.[1]?.id ?? '';
    expect(await store.renewMailClaim(mine, 'b', at(1), at(3))).toBe(false);
    expect(await store.renewMailClaim(mine, 'a', at(2), at(4))).toBe(false);
    expect(await store.renewMailClaim(mine, 'a', at(1), at(2))).toBe(true);

    const first = a?.[0];
    if (first === undefined) throw new Error('nothing claimed');
    expect(first).toMatchObject({ subject: 'Hello', attempts: 1 });
    await store.markMailSent(first.id, at(1));
    const second = [...(a ?? []), ...(b ?? [])].find((m) => m.id !== first.id);
    if (second === undefined) throw new Error('nothing claimed');
    await store.markMailFailed(second.id, { retryAt: at(30), error: 'refused' });

    // The claims lapse at +2 min (a server died mid-send): the other 8 come back, counted a second attempt.
    const again = await store.claimMail(at(3), at(5), 50, 'd');
    expect(again).toHaveLength(8);
    expect(again.every((m) => m.attempts === 2)).toBe(true);
    for (const m of again) await store.markMailSent(m.id, at(4));
    expect((await store.claimMail(at(11), at(13), 50, 'e')).map((m) => m.to)).toEqual(['later@example.org']);
    expect((await store.claimMail(at(31), at(33), 50, 'f')).map((m) => m.id)).toContain(second.id);
  });

  it('keeps reset links single use and per purpose', async () => {
    const user = await newPatient(store, 'token@example.org');
    await store.createAccountToken(
      {
        tokenHash: 'h1',
        purpose: 'password-reset',
        userId: user.id,
        newEmail: null,
        createdAt: NOW,
        expiresAt: at(30),
      },
      mail('token@example.org', NOW, user.id),
    );
    expect(await store.countAccountTokens(user.id, 'password-reset', at(-60))).toBe(1);
    expect(await store.findAccountToken('h1', 'email-change', NOW)).toBeUndefined();
    expect(await store.findAccountToken('h1', 'password-reset', at(31))).toBeUndefined();
    expect(await store.findAccountToken('h1', 'password-reset', NOW)).toEqual({
      userId: user.id,
      email: 'token@example.org',
    });
    const notice = (to: string) => mail(to, NOW, user.id);
    const reset = () => store.resetPassword({ tokenHash: 'h1', passwordHash: 'new', now: at(1), notice });
    const results = await Promise.all([reset(), reset()]);
    expect(results.filter((r) => r === user.id)).toHaveLength(1);
    expect((await store.findUserById(user.id))?.passwordHash).toBe('new');
  });
});
