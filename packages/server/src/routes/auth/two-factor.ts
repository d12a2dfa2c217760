import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, ProblemsError } from '../../http/errors.js';
import { verifyPassword } from '../../http/passwords.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { enrollment, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStep } from '../../http/totp.js';

export const totpCodeField = {
  type: 'string',
  minLength: 1,
  maxLength: 20,
  description: 'The 6 digits the authenticator app shows, or one of the recovery codes (XXXXX-XXXXX)',
} as const;

const statusSchema = {
  type: 'object',
  required: ['enabled', 'required', 'recoveryCodesLeft'],
  additionalProperties: false,
  properties: {
    enabled: { type: 'boolean' },
    required: { type: 'boolean', description: 'The clinic’s admin requires it' },
    recoveryCodesLeft: { type: 'integer' },
  },
} as const;

const wrongCode = (field = 'code') =>
  new ProblemsError([{ path: field, message: 'is not the current code (or an unused recovery code)' }]);

/**
 * Optional TOTP two-factor sign-in for clinicians (ADR 126): GET its state; POST setup (a new secret, its QR
 * code made here, no network); POST enable with a first code (answers the recovery codes, once); POST
 * disable with the password or a code. Callable before the clinic's requirement is met.
 */
export function registerTwoFactor(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  const { store, clock, config } = deps;
  const settings = {
    access: 'clinician',
    beforeTwoFactor: true,
    rateLimit: { max: config.authRateLimit, timeWindow: 60_000 },
  } as const;

  api.get(
    '/api/v1/auth/two-factor',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Whether two-factor sign-in is on, required by the clinic, and how many recovery codes are left',
        response: { 200: statusSchema, ...errorResponses },
      },
      config: { access: 'clinician', beforeTwoFactor: true },
    },
    async (request) => {
      const { userId } = actorOf(request);
      const [status, left] = await Promise.all([
        store.twoFactorStatus(userId),
        store.countRecoveryCodes(userId),
      ]);
      return { ...status, recoveryCodesLeft: status.enabled ? left : 0 };
    },
  );

  api.post(
    '/api/v1/auth/two-factor/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start two-factor sign-in: a new secret and its QR code for an authenticator app',
        body: {
          type: ['object', 'null'],
          description: 'Nothing to send (an empty object or no body)',
          additionalProperties: false,
          properties: {},
        },
        response: {
          200: {
            type: 'object',
            required: ['secret', 'uri', 'qrCode'],
            additionalProperties: false,
            properties: {
              secret: { type: 'string', description: 'Base32, for typing into the app' },
              uri: { type: 'string', description: 'The otpauth:// URI the QR code holds' },
              qrCode: { type: 'string', description: 'The QR code, an SVG data URL made on the server' },
            },
          },
          ...errorResponses,
        },
      },
      config: settings,
    },
    async (request) => {
      const { userId } = actorOf(request);
      const user = await store.findUserById(userId);
      const secret = newTotpSecret();
      if (user === undefined || !(await store.startTwoFactor(userId, secret, clock().toISOString())))
        throw new HttpError(409, 'two-factor sign-in is on already: turn it off first to set up another app');
      return { secret, ...(await enrollment(secret, user.email)) };
    },
  );

  api.post(
    '/api/v1/auth/two-factor/enable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor sign-in on with a first code; answers the recovery codes, shown once',
        body: {
          type: 'object',
          required: ['code'],
          additionalProperties: false,
          properties: { code: totpCodeField },
        },
        response: {
          200: {
            type: 'object',
            required: ['recoveryCodes'],
            additionalProperties: false,
            properties: { recoveryCodes: { type: 'array', items: { type: 'string' } } },
          },
          ...errorResponses,
        },
      },
      config: settings,
    },
    async (request) => {
      const actor = actorOf(request);
      const now = clock();
      const waiting = await store.getTwoFactor(actor.userId);
      if (waiting === undefined || waiting.enabledAt !== null)
        throw new HttpError(
          409,
          'set up two-factor sign-in first (there is no new secret waiting for a code)',
        );
      const step = totpStep(waiting.secret, request.body.code.trim(), now);
      if (step === null) throw wrongCode();
      const recoveryCodes = newRecoveryCodes();
      const enabled = await store.enableTwoFactor({
        userId: actor.userId,
        step,
        recoveryHashes: recoveryCodes.map((c) => recoveryCodeHash(c) ?? ''),
        event: {
          at: now.toISOString(),
          actorId: actor.userId,
          clinicId: actor.clinicId,
          action: 'two-factor-enabled',
        },
      });
      if (!enabled) throw new HttpError(409, 'two-factor sign-in is on already');
      return { recoveryCodes };
    },
  );

  api.post(
    '/api/v1/auth/two-factor/disable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor sign-in off, with the password or a current code',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            currentPassword: { type: 'string', minLength: 1, maxLength: 200 },
            code: totpCodeField,
          },
        },
        response: { 204: noContent, ...errorResponses },
      },
      config: settings,
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const now = clock();
      const { currentPassword, code } = request.body;
      if (currentPassword === undefined && code === undefined)
        throw new ProblemsError([{ path: 'currentPassword', message: 'is required (or a code)' }]);
      const current = await store.getTwoFactor(actor.userId);
      if (current === undefined || current.enabledAt === null)
        throw new HttpError(409, 'two-factor sign-in is not on');
      if (currentPassword !== undefined) {
        const user = await store.findUserById(actor.userId);
        if (!(await verifyPassword(user?.passwordHash, currentPassword)))
          throw new ProblemsError([{ path: 'currentPassword', message: 'is not your password' }]);
      } else if (
        !(await checkSecondFactor(deps, actor.userId, actor.clinicId, current.secret, code ?? '', now))
      ) {
        throw wrongCode();
      }
      await store.disableTwoFactor(actor.userId, {
        at: now.toISOString(),
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: 'two-factor-disabled',
      });
      return reply.code(204).send(null);
    },
  );
}

/**
 * True when `code` is the current TOTP code (its step not used before) or an unused recovery code, which is
 * then used up (and recorded).
 */
export async function checkSecondFactor(
  { store }: Deps,
  userId: string,
  clinicId: string | null,
  secret: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const typed = code.trim();
  const step = totpStep(secret, typed.replace(/\s/g, ''), now);
  if (step !== null) return store.useTotpStep(userId, step);
  const hash = recoveryCodeHash(typed);
  if (hash === null) return false;
  return store.useRecoveryCode(userId, hash, {
    at: now.toISOString(),
    actorId: userId,
    clinicId,
    action: 'recovery-code-used',
  });
}
