import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { errorResponses } from '../../http/schemas.js';
import { ALERT_KINDS } from '../../store/store.js';

const preferencesSchema = {
  type: 'object',
  required: ['email'],
  additionalProperties: false,
  properties: {
    email: {
      type: 'array',
      maxItems: ALERT_KINDS.length,
      uniqueItems: true,
      items: { enum: ALERT_KINDS },
      description:
        'The alerts mailed to the clinician: red-flag (at once), severe-pain, nerve-signs, repeated-flare ' +
        '(when the flag newly appears on a linked patient), new-message (a patient wrote)',
    },
  },
} as const;

/** GET and PUT /api/v1/clinicians/me/alerts: which alerts the clinician gets by e-mail (ADR 121). */
export function registerAlertPreferences(app: FastifyInstance, { store, clock }: Deps): void {
  const api = typed(app);
  const url = '/api/v1/clinicians/me/alerts';
  api.get(
    url,
    {
      schema: {
        tags: ['clinicians'],
        summary: 'The alerts the clinician gets by e-mail',
        response: { 200: preferencesSchema, ...errorResponses },
      },
      config: { access: 'clinician' },
    },
    async (request) => ({ email: await store.getAlertPreferences(actorOf(request).userId) }),
  );
  api.put(
    url,
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Choose the alerts the clinician gets by e-mail',
        body: preferencesSchema,
        response: { 200: preferencesSchema, ...errorResponses },
      },
      config: { access: 'clinician' },
    },
    async (request) => {
      const { userId } = actorOf(request);
      await store.setAlertPreferences(userId, request.body.email, clock().toISOString());
      return { email: await store.getAlertPreferences(userId) };
    },
  );
}
