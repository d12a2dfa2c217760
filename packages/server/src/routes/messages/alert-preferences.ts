import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { errorResponses } from '../../http/schemas.js';
import { ALERT_KINDS } from '../../store/store.js';

const kindsSchema = (description: string) =>
  ({
    type: 'array',
    maxItems: ALERT_KINDS.length,
    uniqueItems: true,
    items: { enum: ALERT_KINDS },
    description,
  }) as const;

const KINDS =
  'red-flag (at once), severe-pain, nerve-signs, repeated-flare (when the flag newly appears on a linked ' +
  'patient), new-message (a patient wrote), daily-digest (07:00 UTC, when a patient needs attention)';

const bodySchema = {
  type: 'object',
  required: ['email'],
  additionalProperties: false,
  properties: {
    email: kindsSchema(`The alerts mailed to the clinician: ${KINDS}`),
    push: kindsSchema(
      `The alerts pushed to the browsers the clinician turned notifications on in (ADR 128); left out: unchanged. ${KINDS}`,
    ),
  },
} as const;

const preferencesSchema = { ...bodySchema, required: ['email', 'push'] } as const;

/** GET and PUT /api/v1/clinicians/me/alerts: which alerts the clinician gets by e-mail and push (ADR 121, 128). */
export function registerAlertPreferences(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  const url = '/api/v1/clinicians/me/alerts';
  api.get(
    url,
    {
      schema: {
        tags: ['clinicians'],
        summary: 'The alerts the clinician gets by e-mail and by push',
        response: { 200: preferencesSchema, ...errorResponses },
      },
      config: { access: 'clinician' },
    },
    async (request) => store.getAlertPreferences(actorOf(request).userId),
  );
  api.put(
    url,
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Choose the alerts the clinician gets by e-mail and by push',
        body: bodySchema,
        response: { 200: preferencesSchema, ...errorResponses },
      },
      config: { access: 'clinician' },
    },
    async (request) => {
      const { userId } = actorOf(request);
      await store.setAlertPreferences(userId, request.body, clock().toISOString());
      return store.getAlertPreferences(userId);
    },
  );
}
