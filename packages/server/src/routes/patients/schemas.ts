import { storedEventSchema, uuidSchema } from '../../http/schemas.js';
import { MAX_BATCH } from './events-body.js';

/**
 * The shape of an IANA time zone name (`Europe/London`, `UTC`, `Etc/GMT+5`), for API tools that do not know
 * the `time-zone` format; the format then checks the name is a known zone.
 */
export const TIME_ZONE_PATTERN = '^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$';

const birthYear = { type: 'integer', minimum: 1900, maximum: 2100 } as const;
const sides = ['left', 'right', 'both'] as const;

export const profileSchema = {
  type: 'object',
  required: ['birthYear', 'affectedSide', 'runner', 'sport', 'painCeiling', 'timeZone'],
  additionalProperties: false,
  properties: {
    birthYear: { type: ['integer', 'null'], minimum: 1900, maximum: 2100 },
    affectedSide: { enum: [...sides, null] },
    runner: { type: 'boolean' },
    sport: { type: 'boolean', description: 'returning to a sport (pht-v2 `patient.sport`)' },
    painCeiling: { enum: [3, 4, 5] },
    timeZone: { type: 'string', description: 'IANA time zone name' },
    protocol: {
      enum: ['pht-v1', 'pht-v2'],
      description: 'The protocol the patient follows (read only; pht-v2 since migration 007)',
    },
  },
} as const;

/** PUT replaces the whole profile; fields left out take their defaults. */
export const profileBody = {
  type: 'object',
  required: ['birthYear'],
  additionalProperties: false,
  properties: {
    birthYear,
    affectedSide: { enum: [...sides, null], default: null },
    runner: { type: 'boolean', default: false },
    sport: { type: 'boolean', default: false, description: 'returning to a sport (pht-v2 `patient.sport`)' },
    painCeiling: { enum: [3, 4, 5], default: 5 },
    timeZone: {
      type: 'string',
      format: 'time-zone',
      pattern: TIME_ZONE_PATTERN,
      'x-problem': { message: 'must be an IANA time zone name, such as Europe/London or UTC' },
      maxLength: 64,
      default: 'UTC',
      description:
        'IANA time zone name, any case; stored canonical (europe/london -> Europe/London). The patient’s “today” is computed in it',
    },
  },
} as const;

export const eventsUploadBody = {
  description: 'One event, or a batch as `{"events": [...]}`. Each carries a client-generated UUID `id`.',
  oneOf: [
    storedEventSchema,
    {
      type: 'object',
      required: ['events'],
      additionalProperties: false,
      properties: { events: { type: 'array', minItems: 1, maxItems: MAX_BATCH, items: storedEventSchema } },
    },
  ],
} as const;

export const uploadResultSchema = {
  type: 'object',
  required: ['stored', 'duplicates'],
  additionalProperties: false,
  properties: {
    stored: { type: 'integer', description: 'events stored by this request' },
    duplicates: { type: 'integer', description: 'events already stored earlier (retries), stored once' },
  },
} as const;

export const eventListSchema = {
  type: 'object',
  required: ['events'],
  additionalProperties: false,
  properties: { events: { type: 'array', items: storedEventSchema } },
} as const;

export const auditListSchema = {
  type: 'object',
  required: ['entries'],
  additionalProperties: false,
  properties: {
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'at', 'actorId', 'actorRole', 'action', 'route', 'outcome', 'statusCode'],
        additionalProperties: false,
        properties: {
          id: { type: 'integer' },
          at: { type: 'string', description: 'ISO 8601 time' },
          actorId: { anyOf: [uuidSchema, { type: 'null' }] },
          actorRole: { enum: ['patient', 'clinician', null] },
          action: { type: 'string' },
          route: { type: 'string' },
          outcome: { enum: ['success', 'failure'] },
          statusCode: { type: 'integer' },
          count: {
            type: 'integer',
            minimum: 1,
            description:
              'How many requests the entry stands for: refused ones are one entry per caller and hour',
          },
          lastAt: { type: 'string', description: 'ISO 8601 time of the latest of them' },
        },
      },
    },
  },
} as const;
