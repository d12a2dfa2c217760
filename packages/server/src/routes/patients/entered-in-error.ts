import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { notFound, ProblemsError } from '../../http/errors.js';
import { errorResponses, uuidSchema } from '../../http/schemas.js';
import { schemaOf, typed } from '../../http/typed-app.js';
import type { ErrorMark, ErrorTarget } from '../../store/store.js';

export const errorMarkSchema = {
  type: 'object',
  required: ['reason', 'markedBy', 'markedByEmail', 'markedAt'],
  additionalProperties: false,
  description:
    'Set when a clinician marked the entry entered in error: kept, struck through, out of the case',
  properties: {
    reason: { type: 'string' },
    markedBy: { anyOf: [uuidSchema, { type: 'null' }] },
    markedByEmail: { type: ['string', 'null'] },
    markedAt: { type: 'string' },
  },
} as const;

/** The event types a clinician may mark: what clinicians record (the patient's own logs are theirs). */
export const MARKABLE_EVENTS = ['clinician', 'load-test', 'function-check'] as const;

const body = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: {
    reason: {
      type: 'string',
      minLength: 1,
      maxLength: 1000,
      pattern: '\\S',
      description: 'Why the entry is wrong: required',
    },
  },
} as const;

const params = (id: string) =>
  ({
    type: 'object',
    required: ['patientId', id],
    additionalProperties: false,
    properties: { patientId: uuidSchema, [id]: uuidSchema },
  }) as const;

/**
 * POST /api/v1/patients/{patientId}/events/{eventId}/entered-in-error and .../notes/{noteId}/entered-in-error:
 * a linked clinician marks a clinician action, load test, function check or treatment note entered in error,
 * with a required reason (ADR 129). Nothing is deleted: the entry shows struck through with the reason, who
 * and when; a marked event leaves the case the engine decides from. 201 marked, 200 already marked (the
 * stored mark), 404 no such entry of the patient; audited.
 */
export function registerEnteredInError(app: FastifyInstance, { store, clock, snapshots }: Deps): void {
  const api = typed(app);
  const route = (target: ErrorTarget, path: string, id: 'eventId' | 'noteId') =>
    api.post(
      `/api/v1/patients/:patientId/${path}/:${id}/entered-in-error`,
      {
        schema: {
          tags: ['clinicians'],
          summary: `Mark a ${target === 'event' ? 'clinician action, load test or function check' : 'treatment note'} entered in error, with a reason`,
          // A computed key FromSchema cannot read: the schema names its type.
          params: schemaOf<Record<'patientId' | typeof id, string>>()(params(id)),
          body,
          response: { 200: errorMarkSchema, 201: errorMarkSchema, ...errorResponses },
        },
        config: { access: 'linked-clinician', audit: `${path}.entered-in-error` },
      },
      async (request, reply) => {
        const { patientId } = request.params;
        const targetId = request.params[id].toLowerCase();
        if (target === 'event') {
          const stored = (await store.listEvents(patientId)).find((e) => e.id === targetId);
          if (stored === undefined) throw notFound();
          if (!(MARKABLE_EVENTS as readonly string[]).includes(stored.type)) {
            throw new ProblemsError([
              {
                path: id,
                message: `is a ${stored.type} the patient recorded: only clinician actions, load tests and function checks can be marked entered in error`,
              },
            ]);
          }
        }
        const result = await store.markEnteredInError({
          patientId,
          target,
          targetId,
          reason: request.body.reason.trim(),
          markedBy: actorOf(request).userId,
          markedAt: clock().toISOString(),
        });
        if (result === undefined) throw notFound();
        if (result.created && target === 'event') snapshots.schedule(patientId);
        return reply.code(result.created ? 201 : 200).send(result.mark satisfies ErrorMark);
      },
    );
  route('event', 'events', 'eventId');
  route('note', 'notes', 'noteId');
}
