import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors.js';
import { SESSION_COOKIE } from './session.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard. A state-changing request that carries the session cookie must carry an
 * Origin header naming this host; any state-changing request whose Origin names another host is refused
 * (that also stops a foreign page from signing a browser in or up). Requests without a cookie and without
 * an Origin (scripts, other servers) pass: they cannot ride on a user's session.
 */
export function registerCsrf(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    done(csrfError(request));
  });
}

function csrfError(request: FastifyRequest): HttpError | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const origin = request.headers.origin;
  if (origin === undefined) {
    return request.cookies[SESSION_COOKIE] === undefined
      ? undefined
      : new HttpError(403, 'an Origin header is required with cookie authentication');
  }
  return sameHost(origin, request.host) ? undefined : new HttpError(403, 'cross-origin request refused');
}

/** Compares hosts as URLs do, so that `localhost:80` and an Origin of `http://localhost` agree. */
function sameHost(origin: string, host: string): boolean {
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const requestHost = `${url.protocol}//${host}`;
  return URL.canParse(requestHost) && new URL(requestHost).host === url.host;
}
