import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { todayIn } from '../../cases/dates.js';
import type { Deps } from '../../http/deps.js';
import { notFound } from '../../http/errors.js';
import {
  decisionResponseSchema,
  errorResponses,
  patientParamsSchema,
  screeningSchema,
  storedEventSchema,
} from '../../http/schemas.js';
import { messageSchema, presentMessage } from '../messages/messages.js';
import { fhirBundle } from './fhir-bundle.js';
import {
  CURRENT_PROTOCOL,
  decideFor,
  loadPatientData,
  missingForDecision,
} from '../../cases/patient-case.js';
import { eventListSchema, profileSchema } from './schemas.js';
import { errorMarkSchema } from './entered-in-error.js';
import { parseRecordedEvents, withIds } from '../../cases/stored-events.js';

const jsonExportSchema = {
  type: 'object',
  required: [
    'format',
    'version',
    'exportedAt',
    'patientId',
    'profile',
    'screening',
    'events',
    'decision',
    'messages',
    'reminders',
  ],
  additionalProperties: false,
  properties: {
    format: { const: 'hamstring-rehab-export' },
    version: { const: 1 },
    exportedAt: { type: 'string' },
    patientId: { type: 'string', format: 'uuid' },
    profile: profileSchema,
    screening: { anyOf: [screeningSchema, { type: 'null' }] },
    events: eventListSchema.properties.events,
    decision: { anyOf: [decisionResponseSchema, { type: 'null' }] },
    messages: {
      type: 'array',
      description: 'The patient’s message thread with their clinicians, oldest first',
      items: messageSchema,
    },
    reminders: {
      type: 'array',
      description: 'The push reminder times the patient chose (local HH:MM; run days as ISO weekdays)',
      items: {
        type: 'object',
        required: ['kind', 'time', 'days'],
        additionalProperties: false,
        properties: {
          kind: { type: 'string' },
          time: { type: 'string' },
          days: { type: 'array', items: { type: 'integer' } },
        },
      },
    },
    eventsEnteredInError: {
      type: 'array',
      description: 'Events a clinician marked entered in error, with the mark: kept, but not in the case',
      items: {
        type: 'object',
        required: ['event', 'enteredInError'],
        additionalProperties: false,
        properties: { event: storedEventSchema, enteredInError: errorMarkSchema },
      },
    },
  },
} as const;

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
      if (fhir) return fhirBundle(patientId, data, decision, now.toISOString());
      return {
        format: 'hamstring-rehab-export',
        version: 1,
        exportedAt: now.toISOString(),
        patientId,
        profile: { ...data.profile, protocol: data.protocol ?? CURRENT_PROTOCOL },
        screening: data.screening ?? null,
        events: withIds(data.events),
        decision,
        messages: (await store.listMessages(patientId)).map((m) =>
          presentMessage(m, request.actor?.userId ?? ''),
        ),
        reminders: await store.getReminders(patientId),
        eventsEnteredInError: parseRecordedEvents(await store.listEvents(patientId)).flatMap((e) =>
          e.enteredInError === undefined
            ? []
            : [{ event: { id: e.id, ...e.event }, enteredInError: e.enteredInError }],
        ),
      };
    },
  );
}
