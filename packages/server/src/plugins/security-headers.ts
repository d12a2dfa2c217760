import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets with these options: worked out once, as they are the same for every answer. */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers = new Map<string, string>();
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  const request = Object.create(null) as IncomingMessage;
  helmet(options)(request, response as unknown as ServerResponse, (error?: unknown) => {
    if (error !== undefined) throw error instanceof Error ? error : new Error('helmet failed');
  });
  return Object.fromEntries(headers);
}

/**
 * The headers of an API answer (JSON, a PDF): those of the page set that a browser applies to such an answer
 * (the same CSP, no sniffing, no framing, HSTS, same-origin resource policy, no referrer) and `no-store`, so
 * that no HTTP cache keeps a patient's data. Headers that only a document uses (COOP, Origin-Agent-Cluster,
 * DNS prefetch) or only old clients read (X-XSS-Protection, X-Download-Options, Adobe's cross-domain
 * policies) are left to pages (ADR 110).
 */
export function apiHeaders(page: Record<string, string>): Record<string, string> {
  const kept = [
    'content-security-policy',
    'x-content-type-options',
    'x-frame-options',
    'strict-transport-security',
    'cross-origin-resource-policy',
    'referrer-policy',
  ];
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  for (const name of kept) {
    const value = page[name];
    if (value === undefined) throw new Error(`helmet no longer sets ${name}`);
    headers[name] = value;
  }
  return headers;
}

/**
 * Security headers on every answer, errors and 404s included: helmet's full set with a strict CSP on pages
 * and files, the API set above under /api/. Computed once at start-up rather than by running helmet on every
 * request.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const page = securityHeaders(options);
  const api = apiHeaders(page);
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? api : page);
    done();
  });
}
