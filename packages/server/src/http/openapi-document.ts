import type { SwaggerOptions } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import type { Config } from '../config.js';

/** The name of the cookie security scheme in the document. */
export const SESSION_SCHEME = 'session';

const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The operation's id when the route names none: the method and the path after `/api/v1`, path parameters
 * as `By<Name>` (`GET /api/v1/patients/:patientId/events` -> `getPatientsByPatientIdEvents`). Method and path
 * are unique per route, so the ids are too.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/(v\d+\/)?/, '')
    .split(/[/.-]/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith(':') ? `By${upperFirst(part.slice(1))}` : upperFirst(part)));
  return method.toLowerCase() + words.join('');
}

/**
 * The OpenAPI 3.1 document's frame, and what each operation gains from its route: an `operationId`, and its
 * security from `config.access` (the session cookie for every rule but `public`, whose `security: []` says
 * no login is needed). Routes need not repeat either; a route may still set its own `operationId`.
 */
export function openApiOptions(config: Pick<Config, 'publicUrl'>, sessionCookie: string): SwaggerOptions {
  const ruledQueries = new Map<string, object>();
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'hamstring-rehab API',
        version: '1.0.0',
        description:
          'Accounts, each patient’s event log and their rehab decisions for proximal hamstring tendinopathy. ' +
          'Decision support only: it does not replace a clinician.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: config.publicUrl, description: 'This server' }],
      components: {
        securitySchemes: {
          [SESSION_SCHEME]: {
            type: 'apiKey',
            in: 'cookie',
            name: sessionCookie,
            description: 'The session cookie set by sign-in and sign-up',
          },
        },
      },
    },
    transform: ({ schema, url, route }) => {
      const method = [route.method].flat()[0] ?? 'GET';
      const access = route.config?.access ?? 'public';
      const own = schema as FastifySchema & { operationId?: string };
      if (hasCrossFieldRule(own.querystring))
        ruledQueries.set(operationKey(method, route.url), own.querystring);
      return {
        url,
        schema: {
          ...own,
          operationId: own.operationId ?? operationIdOf(method, route.url),
          security: access === 'public' ? [] : [{ [SESSION_SCHEME]: [] }],
        },
      };
    },
    // A query string with a rule across its fields (`page` or `cursor`, not both) is one form-style object
    // parameter, so the rule stays in the document instead of being split into one parameter per field.
    transformObject: (document) => {
      const openapi = (document as { openapiObject: OpenApiLike }).openapiObject;
      for (const [key, querystring] of ruledQueries) {
        const [method = '', path = ''] = key.split(' ');
        const operation = openapi.paths?.[path]?.[method];
        if (operation === undefined) continue;
        operation.parameters = [
          ...(operation.parameters ?? []).filter((p) => p.in !== 'query'),
          { name: 'query', in: 'query', style: 'form', explode: true, schema: querystring },
        ];
      }
      return openapi;
    },
  };
}

interface OpenApiLike {
  paths?: Record<string, Record<string, { parameters?: { in: string; [key: string]: unknown }[] }>>;
}

const operationKey = (method: string, url: string) =>
  `${method.toLowerCase()} ${url.replace(/:(\w+)/g, '{$1}')}`;

function hasCrossFieldRule(schema: unknown): schema is object {
  if (typeof schema !== 'object' || schema === null) return false;
  return ['allOf', 'anyOf', 'oneOf', 'not', 'if'].some((key) => key in schema);
}
