import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { notFound } from '../../http/errors.js';
import { landingPage } from './landing-page.js';

/**
 * Serves the built web app from `webDir` when it exists (any path outside /api falls back to its
 * index.html, for client-side routes; `.map` files never); otherwise a small page at / saying the API is
 * running.
 */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
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
  api.get('/*', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') throw notFound();
    if (/\.map(\?|$)/.test(request.url)) throw notFound();
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
