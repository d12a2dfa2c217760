import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { todayIn } from '../../cases/dates.js';
import type { Deps } from '../../http/deps.js';
import { notFound } from '../../http/errors.js';
import { actorOf } from '../../http/access.js';
import { errorResponses, patientParamsSchema } from '../../http/schemas.js';
import { jsonExport } from './export-json.js';
import { jsonExportSchema } from './export-schema.js';
import { fhirBundle } from './fhir-bundle.js';
import { decideFor, loadPatientData, missingForDecision } from '../../cases/patient-case.js';

const fhirSchema = {
  type: 'object',
  required: ['resourceType', 'type', 'timestamp', 'entry'],
  description: 'A FHIR R4 Bundle of type collection',
  properties: {
    resourceType: { const: 'Bundle' },
    type: { const: 'collection' },
    timestamp: { type: 'string' },
    entry: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;

/** GET /api/v1/patients/{patientId}/export?format=json|fhir: everything kept about the patient. */
export function registerExport(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/patients/:patientId/export',
    {
      schema: {
        tags: ['patients'],
        summary: 'Export the patient’s data as JSON or as a FHIR R4 Bundle',
        params: patientParamsSchema,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { format: { enum: ['json', 'fhir'], default: 'json' } },
        },
        response: {
          200: {
            description:
              'format=json: the export as JSON; format=fhir: a FHIR R4 Bundle (`application/fhir+json`)',
            content: {
              'application/json': { schema: jsonExportSchema },
              'application/fhir+json': { schema: fhirSchema },
            },
          },
          ...errorResponses,
        },
      },
      config: { access: 'patient', audit: 'export.read' },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      const data = await loadPatientData(store, patientId);
      if (data === undefined) throw notFound();
      const now = clock();
      const decision =
        missingForDecision(data) === null ? decideFor(data, todayIn(data.profile.timeZone, now)) : null;
      const fhir = request.query.format === 'fhir';
      void reply
        .type(fhir ? 'application/fhir+json' : 'application/json')
        .header(
          'content-disposition',
          `attachment; filename="hamstring-rehab-${patientId}${fhir ? '.fhir' : ''}.json"`,
        );
      const rows = await store.listEvents(patientId);
      const exported = await jsonExport(store, {
        patientId,
        data,
        rows,
        decision,
        actor: actorOf(request),
        now,
      });
      return fhir ? fhirBundle(exported) : exported;
    },
  );
}
