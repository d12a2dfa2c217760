import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { notFound } from '../../http/errors.js';
import { loadFirstPaint } from './first-paint.js';
import { landingPage } from './landing-page.js';

/**
 * Serves the built web app from `webDir` when it exists (any path outside /api falls back to its
 * index.html, for client-side routes; `.map` files never); otherwise a small page at / saying the API is
 * running. A patient's navigation to /today gets Today's first paint rendered into index.html when the build
 * has its render module (ADR 232): never cached, and the static page whenever it cannot be rendered.
 */
export async function registerWeb(
  app: FastifyInstance,
  webDir: string,
  deps: Pick<Deps, 'store' | 'snapshots' | 'clock' | 'log'>,
): Promise<void> {
  const api = typed(app);
  if (!fs.existsSync(path.join(webDir, 'index.html'))) {
    api.get('/', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(landingPage),
    );
    return;
  }
  // Source maps stay private (issue 14): the build writes none that the app points to, and none is served.
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    allowedPath: (pathName) => !pathName.endsWith('.map'),
  });
  const firstPaint = await loadFirstPaint(webDir, deps);
  api.get('/*', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') throw notFound();
    if (/\.map(\?|$)/.test(request.url)) throw notFound();
    const page = await firstPaint?.(request);
    if (page !== undefined)
      return reply
        .header('cache-control', 'no-store')
        .header('vary', 'Cookie')
        .type('text/html; charset=utf-8')
        .send(page);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
