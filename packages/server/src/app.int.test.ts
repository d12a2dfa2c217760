import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../test/app.js';

interface OpenApi {
  openapi: string;
  paths: Record<
    string,
    Record<string, { parameters?: { in: string }[]; requestBody?: unknown; responses: object }>
  >;
}

describe('the app', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('sends security headers with a CSP on every answer, errors included', async () => {
    for (const url of ['/', '/nothing-here', '/api/v1/me', '/api/nothing-here', '/api/openapi.json']) {
      const response = await t.request('GET', url);
      expect(response.headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(response.headers['strict-transport-security'], url).toContain('max-age=');
      expect(response.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
    }
  });

  it('keeps API answers out of HTTP caches, and sends pages the document-only headers', async () => {
    const api = await t.request('GET', '/api/v1/me');
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['cross-origin-opener-policy']).toBeUndefined();
    const page = await t.request('GET', '/');
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['origin-agent-cluster']).toBe('?1');
    expect(page.headers['x-dns-prefetch-control']).toBe('off');
  });

  it('answers unknown paths with a JSON 404', async () => {
    const response = await t.request('GET', '/api/v2/anything');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not found' });
  });

  it('serves a plain page at / saying the API runs and that it does not replace a clinician', async () => {
    const response = await t.request('GET', '/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('The API is running');
    expect(response.body).toContain('does not replace a');
    expect(response.body).not.toMatch(/<script|style=/);
  });

  it('refuses bodies that are not JSON', async () => {
    const me = await t.signup();
    const url = `/api/v1/patients/${me.patientId}/events`;
    const headers = { cookie: me.cookie, origin: 'http://localhost' };
    const text = await t.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'hi',
    });
    expect(text.statusCode).toBe(415);
    const broken = await t.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"type": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({ error: 'the body is not valid JSON' });
    const poisoned = await t.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"__proto__": {"admin": true}}',
    });
    expect(poisoned.statusCode).toBe(400);
  });

  it('answers 413 above the body limit', async () => {
    const small = await testApp({ BODY_LIMIT_BYTES: '1024' });
    try {
      const response = await small.request('POST', '/api/v1/auth/login', {
        body: { email: 'a@example.org', password: 'x'.repeat(2000) },
      });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toEqual({ error: 'request body is too large' });
    } finally {
      await small.close();
    }
  });

  it('never sends a stack trace or an internal message', async () => {
    const schema = { response: { 200: { type: 'object' } } };
    t.app.get('/api/v1/boom', { schema, config: { access: 'public' } }, () => {
      throw new Error('SQLITE_ERROR near "users": syntax error');
    });
    const response = await t.request('GET', '/api/v1/boom');
    expect(response.statusCode).toBe(500);
    expect(response.body).toBe('{"error":"internal server error"}');
  });

  it('refuses to add an /api route that declares no access or no responses', () => {
    expect(() => t.app.get('/api/v1/open', () => 'x')).toThrow('declares no config.access');
    expect(() => t.app.get('/api/v1/loose', { config: { access: 'public' } }, () => 'x')).toThrow(
      'declares no response schema',
    );
  });

  describe('GET /api/openapi.json', () => {
    it('is an OpenAPI 3.1 document in which every route declares its inputs and answers', async () => {
      const response = await t.request('GET', '/api/openapi.json');
      expect(response.statusCode).toBe(200);
      const doc = response.json<OpenApi>();
      expect(doc.openapi).toBe('3.1.0');
      const operations = Object.entries(doc.paths).flatMap(([p, methods]) =>
        Object.entries(methods).map(([m, op]) => ({ name: `${m} ${p}`, op })),
      );
      expect(operations.length).toBeGreaterThanOrEqual(17);
      for (const { name, op } of operations) {
        expect(Object.keys(op.responses), name).toContain('4XX');
        if (name.includes('{patientId}'))
          expect(
            op.parameters?.some((p) => p.in === 'path'),
            name,
          ).toBe(true);
        if (name.startsWith('post') || name.startsWith('put')) {
          if (!name.endsWith('/logout')) expect(op.requestBody, name).toBeDefined();
        }
      }
      const events = doc.paths['/api/v1/patients/{patientId}/events']?.post;
      expect(JSON.stringify(events?.requestBody)).toContain('morning-check');
    });
  });
});

describe('the app with a built web app', () => {
  it('serves its files, and index.html for client-side routes, but never for /api', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-web-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
    const t = await testApp({ WEB_DIR: dir });
    try {
      expect((await t.request('GET', '/')).body).toContain('<title>app</title>');
      expect((await t.request('GET', '/app.js')).body).toBe('console.log(1)');
      const deepLink = await t.request('GET', '/today');
      expect(deepLink.statusCode).toBe(200);
      expect(deepLink.body).toContain('<title>app</title>');
      expect(deepLink.headers['content-security-policy']).toContain("script-src 'self'");
      // source maps are never served, even when a build leaves them beside the files (issue 14)
      const map = await t.request('GET', '/app.js.map');
      expect(map.statusCode).toBe(404);
      expect(map.body).not.toContain('secret.ts');
      const api = await t.request('GET', '/api/v1/unknown');
      expect(api.statusCode).toBe(404);
      expect(api.json()).toEqual({ error: 'not found' });
    } finally {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
