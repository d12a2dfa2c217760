import { createECDH, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { ProblemsError } from '../../http/errors.js';
import { errorResponses } from '../../http/schemas.js';
import { base64urlBytes, isP256PublicKey } from '../../push/vapid.js';

/** Browsers kept per account: the newest; an older one's next push would go nowhere useful. */
const KEEP_PER_ACCOUNT = 10;

const endpointSchema = {
  type: 'string',
  minLength: 12,
  maxLength: 1024,
  pattern: '^https://',
  description: 'The push service URL the browser gave (https)',
} as const;

const subscriptionSchema = {
  type: 'object',
  required: ['endpoint', 'keys'],
  additionalProperties: false,
  properties: {
    endpoint: endpointSchema,
    expirationTime: { type: ['number', 'null'], description: 'As the browser gives it; not used' },
    keys: {
      type: 'object',
      required: ['p256dh', 'auth'],
      additionalProperties: false,
      properties: {
        p256dh: {
          type: 'string',
          minLength: 87,
          maxLength: 88,
          pattern: '^[A-Za-z0-9_-]+=?$',
          description: 'The browser’s P-256 public key, base64url (65 bytes)',
        },
        auth: {
          type: 'string',
          minLength: 22,
          maxLength: 24,
          pattern: '^[A-Za-z0-9_-]+={0,2}$',
          description: 'The browser’s auth secret, base64url (16 bytes)',
        },
      },
    },
  },
} as const;

/**
 * What is wrong with a push endpoint, or undefined. The server will POST to it: only https URLs with a host
 * name (no address, no single-label name such as localhost, no user name or password), so that a caller cannot
 * aim the server at its own network, unless PUSH_LOCAL_ENDPOINTS allows it (tests).
 */
export function endpointProblem(endpoint: string, allowLocal: boolean): string | undefined {
  if (!URL.canParse(endpoint)) return 'must be an https URL';
  const url = new URL(endpoint);
  if (url.protocol !== 'https:') return 'must be an https URL';
  if (url.username !== '' || url.password !== '') return 'must not carry a user name or password';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowLocal && (isIP(host) !== 0 || !host.includes('.') || host.endsWith('.localhost')))
    return 'must be a push service’s address (a host name)';
  return undefined;
}

/** True when the key is a point on P-256 (web-push would fail to encrypt for any other). */
function onCurve(p256dh: string): boolean {
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    ecdh.computeSecret(base64urlBytes(p256dh.replace(/=+$/, '')) ?? Buffer.alloc(0));
    return true;
  } catch {
    return false;
  }
}

/**
 * Web Push subscriptions (ADR 127): GET /api/v1/push/public-key (the VAPID key a browser subscribes with), and
 * for a signed-in user POST (store this browser's subscription) and DELETE (remove it) on
 * /api/v1/push/subscriptions. A subscription is the account's own: not patient data, not audited.
 */
export function registerPushSubscriptions(
  app: FastifyInstance,
  { store, clock, config }: Deps,
  publicKey: string,
): void {
  const api = typed(app);
  api.get(
    '/api/v1/push/public-key',
    {
      schema: {
        tags: ['push'],
        summary: 'The server’s VAPID public key, for PushManager.subscribe',
        response: {
          200: {
            type: 'object',
            required: ['publicKey'],
            additionalProperties: false,
            properties: { publicKey: { type: 'string', description: 'base64url, 65 bytes' } },
          },
          ...errorResponses,
        },
      },
      config: { access: 'public' },
    },
    () => ({ publicKey }),
  );

  api.post(
    '/api/v1/push/subscriptions',
    {
      schema: {
        tags: ['push'],
        summary: 'Store this browser’s push subscription for the signed-in account (again: the same one)',
        body: subscriptionSchema,
        response: {
          201: {
            type: 'object',
            required: ['id'],
            additionalProperties: false,
            properties: { id: { type: 'string' } },
          },
          ...errorResponses,
        },
      },
      config: { access: 'user' },
    },
    async (request, reply) => {
      const { endpoint, keys } = request.body;
      const problems = [];
      const bad = endpointProblem(endpoint, config.pushLocalEndpoints);
      if (bad !== undefined) problems.push({ path: '/endpoint', message: bad });
      const p256dh = keys.p256dh.replace(/=+$/, '');
      if (!isP256PublicKey(p256dh) || !onCurve(p256dh))
        problems.push({ path: '/keys/p256dh', message: 'must be a P-256 public key (65 bytes, base64url)' });
      const auth = keys.auth.replace(/=+$/, '');
      if (base64urlBytes(auth)?.length !== 16)
        problems.push({ path: '/keys/auth', message: 'must be 16 bytes in base64url' });
      if (problems.length > 0) throw new ProblemsError(problems);
      const id = await store.savePushSubscription({
        id: randomUUID(),
        userId: actorOf(request).userId,
        subscription: { endpoint, p256dh, auth },
        now: clock().toISOString(),
        keep: KEEP_PER_ACCOUNT,
      });
      return reply.code(201).send({ id });
    },
  );

  api.delete(
    '/api/v1/push/subscriptions',
    {
      schema: {
        tags: ['push'],
        summary: 'Remove this browser’s push subscription from the signed-in account',
        body: {
          type: 'object',
          required: ['endpoint'],
          additionalProperties: false,
          properties: { endpoint: endpointSchema },
        },
        response: {
          200: {
            type: 'object',
            required: ['removed'],
            additionalProperties: false,
            properties: { removed: { type: 'boolean', description: 'False: it was not stored' } },
          },
          ...errorResponses,
        },
      },
      config: { access: 'user' },
    },
    async (request) => ({
      removed: await store.deletePushSubscription(actorOf(request).userId, request.body.endpoint),
    }),
  );
}
