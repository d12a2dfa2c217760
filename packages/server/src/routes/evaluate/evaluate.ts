import { decide, validateCase } from '@hamstring-rehab/engine';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { engineBodyValidator } from '../../http/engine-validator.js';
import { caseBodySchema, decisionResponseSchema, errorResponses } from '../../http/schemas.js';

/** POST /api/v1/evaluate: the stateless engine. Same case in, same decision out; stores nothing. */
export function registerEvaluate(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/evaluate',
    {
      schema: {
        tags: ['engine'],
        summary: 'Decide a case (stateless: nothing is stored)',
        description: 'Takes a case of `case.schema.json` and answers the engine’s decision for it.',
        body: caseBodySchema,
        response: { 200: decisionResponseSchema, ...errorResponses },
      },
      validatorCompiler: engineBodyValidator(validateCase),
      config: { access: 'public', rateLimit: { max: deps.config.evaluateRateLimit, timeWindow: 60_000 } },
    },
    (request) => decide(request.body),
  );
}
