import { hash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../http/deps.js';
import type { User } from '../store/store.js';

export const SESSION_COOKIE = 'hr_session';

/** Tokens are random; the database keeps only their SHA-256, so a leaked table opens no session. */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * Reads the session cookie of every request and sets `request.actor` when it names a live session. A route's
 * `readEarly` starts first, so that its read and the session's go to the database together (ADR 233).
 */
export function registerSession(app: FastifyInstance, { store, clock }: Deps): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined || token === '' || token.length > 100) return;
    request.routeOptions.config.readEarly?.(request);
    const tokenHash = hashToken(token);
    const session = await store.findSession(tokenHash, clock().toISOString());
    if (session === undefined) return;
    const { user } = session;
    request.actor = {
      userId: user.id,
      role: user.role,
      patientId: user.patientId,
      clinicId: user.clinicId,
      tokenHash,
    };
  });
}

/** Creates a server-side session for the user and sets its httpOnly, SameSite=Lax cookie. */
export async function startSession(
  { store, clock, config }: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
): Promise<void> {
  const now = clock();
  const token = randomBytes(32).toString('base64url');
  const maxAge = config.sessionTtlDays * 86_400;
  await store.deleteExpiredSessions(now.toISOString());
  await store.createSession({
    tokenHash: hashToken(token),
    userId: user.id,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + maxAge * 1000).toISOString(),
  });
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    maxAge,
  });
}

/** Deletes the request's session, if any, and clears its cookie. */
export async function endSession(
  { store }: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  if (request.actor !== null) await store.deleteSession(request.actor.tokenHash);
  request.actor = null;
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
  });
}
