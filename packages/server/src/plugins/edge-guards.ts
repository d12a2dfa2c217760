import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { TrustProxy } from '../config.js';

/** proxy-addr's named ranges, as Fastify reads them in TRUST_PROXY. */
const NAMED: Record<string, [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  linklocal: [
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ],
  uniquelocal: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
};

const plain = (address: string): string =>
  address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;

/**
 * Whether a connection's peer is one of the trusted proxies: every peer when TRUST_PROXY is a number of hops
 * (the server is reachable only through them), those listed when it is a list, none when it is false.
 */
export function proxyPeer(trust: TrustProxy): (address: string) => boolean {
  if (trust === false) return () => false;
  if (typeof trust === 'number') return () => trust > 0;
  const list = new BlockList();
  for (const entry of trust) {
    for (const [net, prefix, type] of NAMED[entry] ?? []) list.addSubnet(net, prefix, type);
    if (NAMED[entry] !== undefined) continue;
    const [address = '', prefix] = entry.split('/');
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    const a = plain(address);
    return list.check(a, isIPv6(a) ? 'ipv6' : 'ipv4');
  };
}

/**
 * At most `perAddress` open connections from one client address; more are closed as soon as they are
 * accepted, so that one client cannot use up the process's file descriptors (slow-body and slow-header
 * attacks). Trusted proxies are exempt: they carry every client's connections and cap them themselves
 * (docs/deploy.md). Returns how many connections each address holds, for tests.
 */
export function capConnectionsPerAddress(
  server: Server,
  perAddress: number,
  exempt: (address: string) => boolean,
): Map<string, number> {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = plain(socket.remoteAddress ?? '');
    if (address === '' || exempt(address)) return;
    const count = open.get(address) ?? 0;
    if (count >= perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
  return open;
}

/** How long a body may be slow before its average rate is judged. */
export const BODY_GRACE_MS = 10_000;
const CHECK_EVERY_MS = 2_000;

/**
 * Cuts off a request whose body trickles in slower than `minBytesPerSecond` on average once `BODY_GRACE_MS`
 * have passed (a byte every few seconds holds a connection for nothing). The rate is read from the socket's
 * byte count, without touching the body stream. A phone on a slow mobile link sends kilobytes a second, far
 * above the floor; REQUEST_TIMEOUT_MS bounds the whole request anyway.
 */
export function registerSlowBodyGuard(app: FastifyInstance, minBytesPerSecond: number): void {
  if (minBytesPerSecond <= 0) return;
  app.addHook('onRequest', (request, _reply, done) => {
    const raw = request.raw;
    const socket = raw.socket as typeof raw.socket | null;
    const hasBody =
      raw.headers['transfer-encoding'] !== undefined || Number(raw.headers['content-length'] ?? 0) > 0;
    // inject() has no real socket, and a body already received needs no guard.
    if (!hasBody || raw.complete || socket === null || typeof socket.bytesRead !== 'number') {
      done();
      return;
    }
    const started = Date.now();
    const bytesAtStart = socket.bytesRead;
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    const check = () => {
      timer = undefined;
      if (raw.complete || socket.destroyed) return;
      const seconds = (Date.now() - started) / 1000;
      if (socket.bytesRead - bytesAtStart < minBytesPerSecond * seconds) {
        socket.destroy();
        return;
      }
      timer = setTimeout(check, CHECK_EVERY_MS);
      timer.unref();
    };
    timer = setTimeout(check, BODY_GRACE_MS);
    timer.unref();
    raw.once('end', stop);
    raw.once('close', stop);
    done();
  });
}
