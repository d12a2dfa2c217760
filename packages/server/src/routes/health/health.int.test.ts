import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.js';
import { openSqlite, storeTargets } from '../../../test/stores.js';
import type { Store } from '../../store/store.js';

describe('GET /api/health', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  for (const target of storeTargets()) {
    it(`answers 200 without a session once the database answers (${target.name})`, async () => {
      t = await testApp({}, await target.open());
      const response = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
      expect(response.headers['set-cookie']).toBeUndefined();
    });
  }

  it('answers 503, and nothing about the cause, when the database does not answer', async () => {
    const opened = await openSqlite();
    const unreachable: Store = new Proxy(opened.store, {
      get(target, property, receiver) {
        if (property === 'ping')
          return () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432 (select 1)'));
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    t = await testApp({}, { ...opened, store: unreachable });
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toBe('{"status":"unavailable","database":"unreachable"}');
  });

  it('is not rate limited and appears in the OpenAPI document', async () => {
    t = await testApp({ AUTH_RATE_LIMIT: '1', EVALUATE_RATE_LIMIT: '1' });
    for (let i = 0; i < 30; i++) {
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    }
    const doc = (await t.request('GET', '/api/openapi.json')).json<{
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
    }>();
    expect(Object.keys(doc.paths['/api/health']?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '503']),
    );
  });
});
