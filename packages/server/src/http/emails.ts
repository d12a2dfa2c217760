/**
 * E-mail addresses compare and are stored in one form (ADR 115): Unicode NFC (so a composed and a decomposed
 * `é` are one address), without surrounding spaces, lower-case. Applied before every comparison and every
 * write; migration 010 brought existing rows to it.
 */
export function normalizeEmail(value: string): string {
  return value.normalize('NFC').trim().toLowerCase();
}
