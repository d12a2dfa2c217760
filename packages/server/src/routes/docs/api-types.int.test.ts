import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesSource } from '../../../test/api-types.js';
import { testApp, type TestApp } from '../../../test/app.js';

/** `npm run api-types` sets this to write the file instead of comparing. */
const update = process.env.UPDATE_API_TYPES === '1';

describe('the web app’s API types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('are generated from this server’s OpenAPI document and up to date (npm run api-types)', async () => {
    const document = (await t.request('GET', '/api/openapi.json')).json<object>();
    const source = await apiTypesSource(document);
    if (update) fs.writeFileSync(API_TYPES_FILE, source);
    const committed = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : '';
    expect(
      committed === source,
      'packages/web/src/lib/api-schema.gen.ts is stale: run npm run api-types',
    ).toBe(true);
  });
});
