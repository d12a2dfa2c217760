import { createHash, randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
/** How long an invite may be redeemed. */
export const INVITE_DAYS = 14;

const alphabetClass = (letters: string) => {
  const both = letters + letters.toLowerCase().replace(/[^a-z]/g, '');
  return `[${both}]`;
};

/**
 * The schema of an invite code as typed: 8 letters and digits of the alphabet in any case, spaces and dashes
 * anywhere (what `normalizeInviteCode` accepts), stated as a pattern so that API tools know it too.
 */
export const inviteCodeSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 20,
  pattern: `^[\\s-]*(?:${alphabetClass(CODE_ALPHABET)}[\\s-]*){${CODE_LENGTH}}$`,
  'x-problem': { message: 'must be 8 letters and digits, such as ABCD-EFGH' },
  description: 'An invite code such as ABCD-EFGH (case, spaces and dashes do not matter)',
} as const;

/** A fresh random code, shown as `ABCD-EFGH`: 31^8 (about 2^40) possibilities. */
export function makeInviteCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? '';
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The code as typed, in canonical form: case, spaces and dashes ignored. Null when it cannot be a code.
 */
export function normalizeInviteCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== CODE_LENGTH) return null;
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** What the database keeps: the SHA-256 of the canonical code, never the code. */
export function hashInviteCode(canonical: string): string {
  return createHash('sha256').update(`invite:${canonical}`).digest('hex');
}
