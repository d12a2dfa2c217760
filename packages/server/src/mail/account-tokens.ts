import { randomBytes } from 'node:crypto';
import { hashToken } from '../plugins/session.js';

/** A single-use link's secret (256 random bits) and the SHA-256 hash that is all the database keeps. */
export function newAccountToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** The page a link opens, with the token in the fragment: never sent to the server in a page request. */
export function tokenLink(publicUrl: string, page: string, token: string): string {
  return `${publicUrl}/${page}#token=${token}`;
}
