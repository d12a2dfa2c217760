import type { FastifyInstance } from 'fastify';

interface Pattern {
  match: RegExp;
  methods: Set<string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/api/v1/patients/:patientId/events` as a regular expression over request paths. */
function patternOf(url: string): RegExp {
  const parts = url.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : escape(part)));
  return new RegExp(`^${parts.join('/')}/?$`);
}

/**
 * Answers what no route takes: 405 with an `Allow` header when the /api path exists but not with this method
 * (`DELETE /api/v1/me`), 404 `{"error":"not found"}` otherwise. Routes are collected as they are added, so
 * this must be registered before them.
 */
export function registerNotFound(app: FastifyInstance): void {
  const patterns = new Map<string, Pattern>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    let pattern = patterns.get(route.url);
    if (pattern === undefined) {
      pattern = { match: patternOf(route.url), methods: new Set() };
      patterns.set(route.url, pattern);
    }
    for (const method of [route.method].flat()) pattern.methods.add(method);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = new Set<string>();
    if (path.startsWith('/api/')) {
      for (const { match, methods } of patterns.values()) {
        if (match.test(path)) for (const method of methods) allowed.add(method);
      }
    }
    if (allowed.size === 0) return reply.code(404).send({ error: 'not found' });
    const allow = [...allowed].sort().join(', ');
    return reply
      .code(405)
      .header('allow', allow)
      .send({ error: `method ${request.method} is not allowed here: use ${allow}` });
  });
}
