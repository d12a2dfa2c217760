import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.js';
import { TIME_ZONE_PATTERN } from '../patients/schemas.js';

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
}
interface Document {
  openapi: string;
  info: { license?: { name: string } };
  servers?: { url: string }[];
  components: { securitySchemes: Record<string, { type: string; in: string }> };
  paths: Record<string, Record<string, Operation>>;
}

const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Document;
  const operation = (method: string, path: string): Operation => {
    const op = doc.paths[path]?.[method];
    if (op === undefined) throw new Error(`no ${method} ${path}`);
    return op;
  };
  const bodyOf = (method: string, path: string) =>
    operation(method, path).requestBody?.content['application/json']?.schema ?? {};
  beforeAll(async () => {
    t = await testApp();
    doc = (await t.request('GET', '/api/openapi.json')).json<Document>();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is accepted by a real OpenAPI validator with zero errors', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
    // The validator does refuse a broken document (so the check above can fail).
    const broken = structuredClone(doc) as unknown as { paths: Record<string, unknown> };
    broken.paths['/api/v1/me'] = { get: { responses: 'none' } };
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow();
  });

  it('has servers, a licence, and a unique operationId on every operation', () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license?.name).toBe('MIT');
    const ids = Object.values(doc.paths).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares the session cookie on every operation that needs a login, and no security on public ones', () => {
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
    const api = t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/'));
    expect(api.length).toBeGreaterThan(40);
    for (const route of api) {
      const op = operation(route.method.toLowerCase(), openApiPath(route.url));
      const name = `${route.method} ${route.url}`;
      if (route.access === 'public') expect(op.security, name).toEqual([]);
      else expect(op.security, name).toEqual([{ session: [] }]);
    }
  });

  it('states the rules across fields, patterns and formats in the schemas', () => {
    const clinician = JSON.stringify(bodyOf('post', '/api/v1/auth/clinician-signup'));
    expect(clinician).toContain('"anyOf":[{"required":["clinicName"]},{"required":["inviteCode"]}]');
    expect(clinician).toContain('"not":{"required":["clinicName","inviteCode"]}');
    const code = bodyOf('post', '/api/v1/auth/clinician-signup').properties as Record<
      string,
      { pattern: string }
    >;
    const pattern = new RegExp(code.inviteCode?.pattern ?? '');
    expect(pattern.test('abcd-efgh')).toBe(true);
    expect(pattern.test('ABCD EFG2')).toBe(true);
    expect(pattern.test('ABCD-EFG1')).toBe(false); // 1 is not in the alphabet
    expect(pattern.test("' OR 1=1 --")).toBe(false);

    const profile = bodyOf('put', '/api/v1/patients/{patientId}/profile').properties as Record<
      string,
      { format: string; pattern: string }
    >;
    expect(profile.timeZone).toMatchObject({ format: 'time-zone', pattern: TIME_ZONE_PATTERN });
    const zone = new RegExp(TIME_ZONE_PATTERN);
    for (const name of Intl.supportedValuesOf('timeZone')) expect(zone.test(name), name).toBe(true);
    expect(zone.test('Europe/../London')).toBe(false);

    const action = JSON.stringify(bodyOf('post', '/api/v1/patients/{patientId}/clinician-actions'));
    expect(action).toContain(
      '{"if":{"required":["action"],"properties":{"action":{"enum":["set-stage"]}}},"then":{"required":["stage"]',
    );

    const caseload = operation('get', '/api/v1/clinician/patients').parameters ?? [];
    const query = caseload.find((p) => p.in === 'query');
    expect(query).toMatchObject({ style: 'form', explode: true });
    expect(JSON.stringify(query?.schema)).toContain('"not":{"required":["page","cursor"]}');
  });

  it('says a FHIR export is application/fhir+json', async () => {
    const content = operation('get', '/api/v1/patients/{patientId}/export').responses['200']?.content ?? {};
    expect(Object.keys(content).sort()).toEqual(['application/fhir+json', 'application/json']);
    const me = await t.signup();
    const fhir = await t.request('GET', `/api/v1/patients/${me.patientId}/export?format=fhir`, {
      session: me,
    });
    expect(fhir.statusCode).toBe(200);
    expect(fhir.headers['content-type']).toMatch(/^application\/fhir\+json/);
  });
});

describe('a wrong method on an existing path', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 405 with the methods the path takes in Allow, and 404 for a path that does not exist', async () => {
    const me = await t.signup();
    const put = await t.request('PUT', '/api/v1/me', { session: me });
    expect(put.statusCode).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD');
    expect(put.json()).toEqual({ error: 'method PUT is not allowed here: use GET, HEAD' });
    const events = await t.request('DELETE', `/api/v1/patients/${me.patientId}/events`, { session: me });
    expect(events.statusCode).toBe(405);
    expect(events.headers.allow).toBe('GET, HEAD, POST');
    const unknown = await t.request('GET', '/api/v1/nothing-here', { session: me });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: 'not found' });
    expect(unknown.headers.allow).toBeUndefined();
  });
});
