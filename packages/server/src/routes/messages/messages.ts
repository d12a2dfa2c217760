import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses, patientParamsSchema, uuidSchema } from '../../http/schemas.js';
import { messageAlerts } from '../../mail/alerts.js';
import type { Message } from '../../store/store.js';

export const messageSchema = {
  type: 'object',
  required: ['id', 'authorRole', 'authorEmail', 'mine', 'text', 'createdAt'],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    authorRole: { enum: ['patient', 'clinician'] },
    authorEmail: { type: ['string', 'null'], description: 'Null once the author’s account is gone' },
    mine: { type: 'boolean', description: 'Written by the caller' },
    text: { type: 'string', description: 'Plain text, shown as text (never as HTML)' },
    createdAt: { type: 'string' },
  },
} as const;

const threadSchema = {
  type: 'object',
  required: ['messages', 'unread'],
  additionalProperties: false,
  properties: {
    messages: { type: 'array', items: messageSchema },
    unread: { type: 'integer', description: 'How many of them the caller had not read before this request' },
  },
} as const;

export const presentMessage = (message: Message, userId: string) => ({
  id: message.id,
  authorRole: message.authorRole,
  authorEmail: message.authorEmail,
  mine: message.authorId === userId,
  text: message.text,
  createdAt: message.createdAt,
});

/**
 * The patient's message thread (ADR 121): the patient and their linked clinicians read and write it; a
 * clinician's reads and writes land in the patient's audit log. Reading marks the thread read for the caller.
 * GET /api/v1/messages/unread: the caller's unread counts per thread.
 */
export function registerMessages(app: FastifyInstance, { store, clock, config, outbox }: Deps): void {
  const api = typed(app);
  const url = '/api/v1/patients/:patientId/messages';

  api.get(
    url,
    {
      schema: {
        tags: ['messages'],
        summary: 'The patient’s message thread, oldest first; marks it read for the caller',
        params: patientParamsSchema,
        response: { 200: threadSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'messages.read' },
    },
    async (request) => {
      const actor = actorOf(request);
      const { patientId } = request.params;
      const unread = (await store.unreadMessages(actor.userId)).find((t) => t.patientId === patientId);
      const messages = await store.listMessages(patientId);
      await store.markMessagesRead(patientId, actor.userId, clock().toISOString());
      return {
        messages: messages.map((m) => presentMessage(m, actor.userId)),
        unread: unread?.unread ?? 0,
      };
    },
  );

  api.post(
    url,
    {
      schema: {
        tags: ['messages'],
        summary: 'Write to the patient’s thread; sending the same id again stores it once (200)',
        params: patientParamsSchema,
        body: {
          type: 'object',
          required: ['id', 'text'],
          additionalProperties: false,
          properties: {
            id: {
              ...uuidSchema,
              description: 'Made by the client, one per message: a repeat is stored once',
            },
            text: { type: 'string', minLength: 1, maxLength: 4000, pattern: '\\S' },
          },
        },
        response: { 200: messageSchema, 201: messageSchema, ...errorResponses },
      },
      config: { access: 'patient', audit: 'messages.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { patientId } = request.params;
      const now = clock().toISOString();
      // A patient's new message alerts the linked clinicians who chose it (ADR 121), in its transaction.
      const alerts = actor.role === 'patient' ? messageAlerts(config.publicUrl, patientId, now) : undefined;
      const stored = await store.addMessage(
        {
          id: request.body.id.toLowerCase(),
          patientId,
          authorId: actor.userId,
          authorRole: actor.role,
          text: request.body.text,
          createdAt: now,
        },
        alerts,
      );
      if (stored === 'conflict') {
        throw new HttpError(409, 'this message id is already used by another message: make a new one');
      }
      await store.markMessagesRead(patientId, actor.userId, now);
      if (alerts !== undefined && stored.created) outbox.kick();
      return reply.code(stored.created ? 201 : 200).send(presentMessage(stored.message, actor.userId));
    },
  );

  api.get(
    '/api/v1/messages/unread',
    {
      schema: {
        tags: ['messages'],
        summary: 'The caller’s unread messages, per patient thread (threads with none left out)',
        response: {
          200: {
            type: 'object',
            required: ['total', 'threads'],
            additionalProperties: false,
            properties: {
              total: { type: 'integer' },
              threads: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['patientId', 'unread'],
                  additionalProperties: false,
                  properties: { patientId: uuidSchema, unread: { type: 'integer' } },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
      config: { access: 'user' },
    },
    async (request) => {
      const threads = await store.unreadMessages(actorOf(request).userId);
      return { total: threads.reduce((sum, t) => sum + t.unread, 0), threads };
    },
  );
}
