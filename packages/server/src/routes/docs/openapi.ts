import type { FastifyInstance } from 'fastify';
import { schemaOf, typed } from '../../http/typed-app.js';
import { errorResponses } from '../../http/schemas.js';

/** GET /api/openapi.json: the OpenAPI 3.1 document, generated from the route schemas. */
export function registerOpenApiRoute(app: FastifyInstance): void {
  const api = typed(app);
  api.get(
    '/api/openapi.json',
    {
      schema: {
        tags: ['docs'],
        summary: 'This API as an OpenAPI 3.1 document',
        response: {
          200: schemaOf<ReturnType<FastifyInstance['swagger']>>()({
            type: 'object',
            additionalProperties: true,
          }),
          ...errorResponses,
        },
      },
      config: { access: 'public' },
    },
    () => app.swagger(),
  );
}
