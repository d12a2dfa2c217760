import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import type { Deps } from '../../http/deps.js';
import { notFound } from '../../http/errors.js';
import { identityOf, identityProperties, identitySchema } from '../../http/identity.js';
import { errorResponses, patientParamsSchema } from '../../http/schemas.js';

/**
 * GET and PUT /api/v1/patients/{patientId}/identity: who the patient is (name, date of birth, the clinic's
 * reference number). The patient or a clinician of their clinic may read and correct it.
 */
export function registerIdentity(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  const url = '/api/v1/patients/:patientId/identity';

  api.get(
    url,
    {
      schema: {
        tags: ['patients'],
        summary: 'Who the patient is: name, date of birth, clinic reference',
        params: patientParamsSchema,
        response: { 200: identitySchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'identity.read' },
    },
    async (request) => {
      const identity = await store.getIdentity(request.params.patientId);
      if (identity === undefined) throw notFound();
      return identity;
    },
  );

  api.put(
    url,
    {
      schema: {
        tags: ['patients'],
        summary: 'Replace who the patient is (absent parts are cleared)',
        params: patientParamsSchema,
        body: { type: 'object', additionalProperties: false, properties: identityProperties },
        response: { 200: identitySchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'identity.write' },
    },
    async (request) => {
      const now = clock().toISOString();
      const identity = identityOf(request.body, now.slice(0, 10));
      await store.setIdentity(request.params.patientId, identity, now);
      return identity;
    },
  );
}
