import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, hashInviteCode, makeInviteCode, normalizeInviteCode } from './invite-codes.js';

describe('invite codes', () => {
  it('are 8 unambiguous characters shown in two groups', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = makeInviteCode();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(code).not.toMatch(/[IL O01]/);
      seen.add(code);
    }
    expect(seen.size).toBe(500);
    expect(CODE_ALPHABET).toHaveLength(31);
  });

  it('are read back ignoring case, spaces and dashes, and refused when malformed', () => {
    expect(normalizeInviteCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizeInviteCode(' AB CD EF GH ')).toBe('ABCDEFGH');
    expect(normalizeInviteCode('ABCDEFG')).toBeNull();
    expect(normalizeInviteCode('ABCDEFG0')).toBeNull();
    expect(normalizeInviteCode("' OR 1=1 --")).toBeNull();
  });

  it('are stored as a hash that differs per code', () => {
    expect(hashInviteCode('ABCDEFGH')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInviteCode('ABCDEFGH')).not.toBe(hashInviteCode('ABCDEFGJ'));
  });
});
