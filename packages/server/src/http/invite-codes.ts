import { createHash, randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
/** How long an invite may be redeemed. */
export const INVITE_DAYS = 14;

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
