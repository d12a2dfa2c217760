import {
  createECDH,
  createDecipheriv,
  createPublicKey,
  hkdfSync,
  randomBytes,
  randomUUID,
  verify,
  type ECDH,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, Agent, type Server } from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** A self-signed certificate for 127.0.0.1 (valid until 2126), trusted only by the tests that ask. */
export const PUSH_TLS_CERT = path.join(here, 'push-tls', 'cert.pem');
const TLS_KEY = path.join(here, 'push-tls', 'key.pem');

/** A browser's side of a subscription: the keys only it holds, to read what it is sent. */
export interface TestSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  ecdh: ECDH;
  authSecret: Buffer;
}

export interface ReceivedPush {
  /** The subscription's path (one per browser). */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Decrypted with the subscription's private key (RFC 8291), parsed as JSON. */
  payload: unknown;
  /** The VAPID JWT's claims, once its ES256 signature checked out against the `k` key it came with. */
  vapid: { aud: string; sub: string; exp: number; publicKey: string };
}

/**
 * Reads a Web Push message as a browser would (RFC 8188 aes128gcm, keys per RFC 8291), with node's crypto only:
 * not with the library that encrypted it.
 */
export function decryptPush(body: Buffer, ecdh: ECDH, authSecret: Buffer): Buffer {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  const senderKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (ciphertext.length > recordSize) throw new Error('more than one record');
  const shared = ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('no last-record delimiter');
  return padded.subarray(0, end);
}

/** Checks the `Authorization: vapid t=<JWT>, k=<key>` header's ES256 signature; its claims and key. */
function checkVapid(header: string | undefined): ReceivedPush['vapid'] {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (match === null) throw new Error(`no VAPID authorization: ${String(header)}`);
  const [jwt = '', k = ''] = [match[1], match[2]];
  const [head = '', claims = '', signature = ''] = jwt.split('.');
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const ok = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!ok) throw new Error('VAPID signature does not verify');
  const parsed = JSON.parse(Buffer.from(claims, 'base64url').toString()) as Omit<
    ReceivedPush['vapid'],
    'publicKey'
  >;
  return { ...parsed, publicKey: k };
}

/**
 * A push service on 127.0.0.1 over HTTPS, standing in for the browser vendors': it takes what web-push POSTs,
 * decrypts it with the subscription's keys and answers 201, or the status set for a subscription (410: gone).
 */
export interface PushService {
  url: string;
  received: ReceivedPush[];
  /** Every POST, by subscription path (decrypted or not): for counting deliveries. */
  hits: Map<string, number>;
  /** An https.Agent that trusts this service's certificate. */
  agent: Agent;
  subscribe(): TestSubscription;
  /** Answer this subscription's pushes with `status` from now on. */
  answer(endpoint: string, status: number): void;
  close(): Promise<void>;
}

export async function startPushService(): Promise<PushService> {
  const subscriptions = new Map<string, TestSubscription>();
  const statuses = new Map<string, number>();
  const received: ReceivedPush[] = [];
  const hits = new Map<string, number>();
  const server: Server = createServer(
    { cert: readFileSync(PUSH_TLS_CERT), key: readFileSync(TLS_KEY) },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const pathName = request.url ?? '';
        hits.set(pathName, (hits.get(pathName) ?? 0) + 1);
        const status = statuses.get(pathName) ?? 201;
        const subscription = subscriptions.get(pathName);
        if (status === 201 && subscription !== undefined) {
          try {
            const plain = decryptPush(Buffer.concat(chunks), subscription.ecdh, subscription.authSecret);
            received.push({
              path: pathName,
              headers: request.headers,
              payload: JSON.parse(plain.toString('utf8')),
              vapid: checkVapid(request.headers.authorization),
            });
          } catch (error) {
            response.writeHead(400).end(error instanceof Error ? error.message : 'bad push');
            return;
          }
        }
        response.writeHead(status).end();
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const url = `https://127.0.0.1:${String(port)}`;
  const agent = new Agent({ ca: readFileSync(PUSH_TLS_CERT), keepAlive: false });
  return {
    url,
    received,
    hits,
    agent,
    subscribe() {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const authSecret = randomBytes(16);
      const pathName = `/push/${randomUUID()}`;
      const subscription: TestSubscription = {
        endpoint: `${url}${pathName}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
        ecdh,
        authSecret,
      };
      subscriptions.set(pathName, subscription);
      return subscription;
    },
    answer(endpoint, status) {
      statuses.set(new URL(endpoint).pathname, status);
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
