import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.js';

const NOW = '2026-03-01T10:00:00.000Z';

describe('ReadCache', () => {
  it('answers what it was given until the time-to-live ends', () => {
    const cache = new ReadCache<string>(30_000);
    cache.set(cache.ticket(), 'a', 'one', NOW);
    expect(cache.get('a', '2026-03-01T10:00:29.999Z')).toBe('one');
    expect(cache.get('a', '2026-03-01T10:00:30.000Z')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never answers past the notAfter its setter gave (a session’s expiry)', () => {
    const cache = new ReadCache<string>(3_600_000);
    cache.set(cache.ticket(), 'a', 'one', NOW, '2026-03-01T10:00:05.000Z');
    expect(cache.get('a', '2026-03-01T10:00:04.000Z')).toBe('one');
    expect(cache.get('a', '2026-03-01T10:00:05.000Z')).toBeUndefined();
  });

  it('drops one key, or every entry that matches, and nothing else', () => {
    const cache = new ReadCache<string>();
    for (const [key, value] of [
      ['a', 'u1'],
      ['b', 'u1'],
      ['c', 'u2'],
      ['d', 'u2'],
    ] as const)
      cache.set(cache.ticket(), key, value, NOW);
    cache.dropWhere((key, value) => value === 'u1' && key !== 'b');
    cache.drop('d');
    expect(['a', 'b', 'c', 'd'].map((key) => cache.get(key, NOW))).toEqual([
      undefined,
      'u1',
      'u2',
      undefined,
    ]);
  });

  it('does not keep a read that started before a drop (a write racing a read)', () => {
    const cache = new ReadCache<string>();
    const ticket = cache.ticket(); // a request reads the row...
    cache.drop('a'); // ...a write commits and drops it...
    cache.set(ticket, 'a', 'old', NOW); // ...and the request's old row is not kept
    expect(cache.get('a', NOW)).toBeUndefined();
    cache.set(cache.ticket(), 'a', 'new', NOW);
    expect(cache.get('a', NOW)).toBe('new');
  });

  it('reads through: loads a miss once, keeps it, and keeps no miss', async () => {
    const cache = new ReadCache<string>();
    let loads = 0;
    const load = (value: string | undefined) => () => {
      loads++;
      return Promise.resolve(value);
    };
    expect(await cache.through('a', NOW, load('one'))).toBe('one');
    expect(await cache.through('a', NOW, load('two'))).toBe('one');
    expect(await cache.through('b', NOW, load(undefined))).toBeUndefined();
    expect(await cache.through('b', NOW, load('three'))).toBe('three');
    expect(loads).toBe(3);
    await cache.through('c', NOW, load('four'), () => '2026-03-01T10:00:01.000Z');
    expect(cache.get('c', '2026-03-01T10:00:01.000Z')).toBeUndefined();
  });

  it('holds at most `max` entries, dropping the oldest', () => {
    const cache = new ReadCache<string>(30_000, 2);
    for (const key of ['a', 'b', 'c']) cache.set(cache.ticket(), key, key, NOW);
    expect(cache.size).toBe(2);
    expect(cache.get('a', NOW)).toBeUndefined();
    expect(cache.get('c', NOW)).toBe('c');
  });
});
