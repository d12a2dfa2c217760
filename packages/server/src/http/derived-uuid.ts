import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562) derived from the parts by SHA-256: the same parts give the same id, so work
 * that derives its ids this way is stored once however often it runs.
 */
export function derivedUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
