import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { ProblemsError } from '../../http/errors.js';
import { errorResponses } from '../../http/schemas.js';
import { hashToken, startSession } from '../../plugins/session.js';
import { EmailTakenError, type PendingSignup, type User } from '../../store/store.js';
import { unusableInvite } from './clinician-signup.js';
import { accountToken, linkNotLive } from './password-reset.js';
import { meOf, meSchema } from './schemas.js';

/**
 * POST /api/v1/auth/signup/confirm: opens a sign-up's mailed link, once: makes the account it describes
 * (linked to its invite, if any), and signs in (ADR 125).
 */
export function registerSignupConfirm(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/auth/signup/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Finish a sign-up with its mailed link: makes the account and signs in',
        body: {
          type: 'object',
          required: ['token'],
          additionalProperties: false,
          properties: { token: accountToken },
        },
        response: { 201: meSchema, ...errorResponses },
      },
      config: { access: 'public', rateLimit: { max: deps.config.authRateLimit, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const now = deps.clock().toISOString();
      const pending = await deps.store.takePendingSignup(hashToken(request.body.token), now);
      if (pending === undefined) throw linkNotLive();
      let user: User;
      try {
        user = await createAccount(deps, pending, now);
      } catch (error) {
        if (error instanceof EmailTakenError) {
          // Another link for the same address was opened first.
          throw new ProblemsError([
            { path: 'token', message: 'an account with this address exists already: sign in instead' },
          ]);
        }
        throw error;
      }
      await startSession(deps, request, reply, user);
      return reply.code(201).send(await meOf(deps.store, user));
    },
  );
}

async function createAccount({ store }: Deps, pending: PendingSignup, now: string): Promise<User> {
  const { details } = pending;
  if (pending.kind === 'clinician') {
    const user = await store.createClinician({
      userId: randomUUID(),
      email: pending.email,
      passwordHash: pending.passwordHash,
      now,
      clinic:
        details.inviteCodeHash === undefined
          ? { kind: 'new', id: randomUUID(), name: details.clinicName ?? '' }
          : { kind: 'invite', codeHash: details.inviteCodeHash },
    });
    // The invite was usable at sign-up; it has been used, revoked or has expired since.
    if (user === undefined) throw unusableInvite();
    return user;
  }
  const user = await store.createSelfManagedPatient({
    userId: randomUUID(),
    patientId: randomUUID(),
    email: pending.email,
    passwordHash: pending.passwordHash,
    now,
  });
  const patientId = user.patientId ?? '';
  const identity = { name: details.name ?? null, dateOfBirth: details.dateOfBirth ?? null, reference: null };
  if (identity.name !== null || identity.dateOfBirth !== null)
    await store.setIdentity(patientId, identity, now);
  // If the invite was taken, revoked or expired since sign-up, the account stays unlinked (ADR 123).
  if (details.inviteCodeHash !== undefined)
    await store.acceptPatientInvite({ codeHash: details.inviteCodeHash, patientId, now });
  return user;
}
