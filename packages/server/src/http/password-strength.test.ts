import { describe, expect, it } from 'vitest';
import { weakPasswordReason } from './password-strength.js';

describe('weakPasswordReason', () => {
  it('refuses common passwords, repeats, sequences and the account’s own e-mail, in plain words', () => {
    expect(weakPasswordReason('1234567890')).toBe(
      'is too easy to guess: this is a frequently used password. Add more words that are less common.',
    );
    expect(weakPasswordReason('          ')).toMatch(/^is too easy to guess: repeated characters/);
    expect(weakPasswordReason('password123')).toMatch(/commonly used password/);
    expect(weakPasswordReason('abcdefghij')).toMatch(/common character sequences/);
    expect(weakPasswordReason('annsmith1985', ['annsmith1985@example.org'])).toMatch(/^is too easy to guess/);
  });

  it('lets through passphrases and strong passwords', () => {
    for (const p of ['correct horse battery staple', 'a long enough password', 'Tr0ub4dor&3x'])
      expect(weakPasswordReason(p)).toBeUndefined();
  });
});
