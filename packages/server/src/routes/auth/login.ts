import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { HttpError } from '../../http/errors.js';
import { countFailure, LoginLockedError, refuseWhileLocked } from '../../http/login-throttle.js';
import { verifyPassword } from '../../http/passwords.js';
import { errorResponses } from '../../http/schemas.js';
import { hashToken, startSession } from '../../plugins/session.js';
import type { User } from '../../store/store.js';
import { loginBody, meOf, meSchema, normalizeEmail } from './schemas.js';
import { checkSecondFactor, totpCodeField } from './two-factor.js';

/** A password accepted for an account with two-factor sign-in waits this long for the code. */
export const CHALLENGE_MINUTES = 5;
/** Codes tried on one challenge before it is void (the per-address throttle counts them too). */
export const CHALLENGE_ATTEMPTS = 5;

const challengeSchema = {
  type: 'object',
  required: ['twoFactor', 'challenge'],
  additionalProperties: false,
  properties: {
    twoFactor: {
      const: 'code',
      description: 'The password was right: now the code (POST auth/login/two-factor)',
    },
    challenge: { type: 'string', description: 'Names this sign-in to the second step; works 5 minutes' },
  },
} as const;

/** 429 with Retry-After while the address is locked (ADR 116). */
async function refuseLocked(deps: Deps, reply: FastifyReply, email: string, now: Date): Promise<void> {
  try {
    await refuseWhileLocked(deps.store, email, now);
  } catch (error) {
    if (error instanceof LoginLockedError) void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

/**
 * POST /api/v1/auth/login: checks the password and sets the session cookie, or, for an account with
 * two-factor sign-in, answers a challenge for the code and sets nothing (ADR 126). POST
 * /api/v1/auth/login/two-factor: the code (or a recovery code) for that challenge, then the session.
 * Rate-limited per client address, and throttled per e-mail address after failed attempts of either step
 * (ADR 116).
 */
export function registerLogin(app: FastifyInstance, deps: Deps): void {
  const { store, clock } = deps;
  const rateLimit = { max: deps.config.authRateLimit, timeWindow: 60_000 };

  const signIn = async (reply: FastifyReply, request: Parameters<typeof startSession>[1], user: User) => {
    await store.clearLoginFailures(user.email);
    await startSession(deps, request, reply, user);
    return meOf(store, user);
  };

  const api = typed(app);
  api.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets an httpOnly session cookie, or asks for the two-factor code',
        body: loginBody,
        response: { 200: { anyOf: [meSchema, challengeSchema] }, ...errorResponses },
      },
      config: { access: 'public', rateLimit },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const now = clock();
      await refuseLocked(deps, reply, email, now);
      const user = await store.findUserByEmail(email);
      if (!(await verifyPassword(user?.passwordHash, request.body.password)) || user === undefined) {
        await countFailure(store, email, now);
        throw new HttpError(401, 'wrong email or password');
      }
      const twoFactor = await store.getTwoFactor(user.id);
      if (twoFactor === undefined || twoFactor.enabledAt === null) return signIn(reply, request, user);
      const challenge = randomBytes(32).toString('base64url');
      await store.createLoginChallenge({
        tokenHash: hashToken(challenge),
        userId: user.id,
        now: now.toISOString(),
        expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000).toISOString(),
      });
      return { twoFactor: 'code' as const, challenge };
    },
  );

  api.post(
    '/api/v1/auth/login/two-factor',
    {
      schema: {
        tags: ['auth'],
        summary: 'The second step of signing in: the authenticator code or a recovery code',
        body: {
          type: 'object',
          required: ['challenge', 'code'],
          additionalProperties: false,
          properties: {
            challenge: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$', maxLength: 43 },
            code: totpCodeField,
          },
        },
        response: { 200: meSchema, ...errorResponses },
      },
      config: { access: 'public', rateLimit },
    },
    async (request, reply) => {
      const now = clock();
      const tokenHash = hashToken(request.body.challenge);
      const userId = await store.attemptLoginChallenge(tokenHash, now.toISOString(), CHALLENGE_ATTEMPTS);
      const user = userId === undefined ? undefined : await store.findUserById(userId);
      const twoFactor = user === undefined ? undefined : await store.getTwoFactor(user.id);
      if (user === undefined || twoFactor === undefined || twoFactor.enabledAt === null)
        throw new HttpError(401, 'this sign-in has expired: enter your e-mail and password again');
      await refuseLocked(deps, reply, user.email, now);
      const ok = await checkSecondFactor(
        deps,
        user.id,
        user.clinicId,
        twoFactor.secret,
        request.body.code,
        now,
      );
      if (!ok) {
        await countFailure(store, user.email, now);
        throw new HttpError(401, 'wrong code: enter the code your authenticator app shows now');
      }
      await store.deleteLoginChallenge(tokenHash);
      return signIn(reply, request, user);
    },
  );
}
