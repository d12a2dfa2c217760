import { identitySchema } from '../../http/identity.js';
import {
  decisionResponseSchema,
  screeningSchema,
  storedEventSchema,
  uuidSchema,
} from '../../http/schemas.js';
import { messageSchema } from '../messages/messages.js';
import { linkedClinicianSchema } from './clinicians.js';
import { errorMarkSchema } from './entered-in-error.js';
import { noteSchema } from './notes.js';
import { auditListSchema, eventListSchema, profileSchema } from './schemas.js';

/** An ISO 8601 UTC time as the server writes it. */
const instantSchema = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$',
  description: 'ISO 8601 UTC time',
} as const;

/** The version this server writes; it restores this one and version 1 (docs/exports.md). */
export const EXPORT_VERSION = 2;

/** Who recorded each event and when (version 2): what an import keeps as text, marked imported. */
export const eventOriginSchema = {
  type: 'object',
  required: ['eventId', 'receivedAt', 'by', 'imported'],
  additionalProperties: false,
  properties: {
    eventId: uuidSchema,
    receivedAt: { ...instantSchema, description: 'When the server received it' },
    by: {
      type: ['string', 'null'],
      maxLength: 400,
      description: 'The clinician who recorded a clinician action (address and clinic); null when not known',
    },
    imported: {
      type: 'boolean',
      description: 'Restored from an earlier export: `by` and `receivedAt` are as that export said',
    },
  },
} as const;

/**
 * The patient's JSON export (docs/exports.md). Version 2 adds identity, who recorded each event, treatment
 * notes, linked clinicians and the audit log to version 1's profile, screening, events, decision and messages.
 */
export const jsonExportSchema = {
  type: 'object',
  required: [
    'format',
    'version',
    'exportedAt',
    'patientId',
    'profile',
    'identity',
    'screening',
    'events',
    'eventsEnteredInError',
    'eventOrigins',
    'decision',
    'notes',
    'clinicians',
    'messages',
    'reminders',
    'audit',
  ],
  additionalProperties: false,
  properties: {
    format: { const: 'hamstring-rehab-export' },
    version: { const: EXPORT_VERSION },
    exportedAt: instantSchema,
    patientId: uuidSchema,
    profile: profileSchema,
    identity: identitySchema,
    screening: { anyOf: [screeningSchema, { type: 'null' }] },
    events: eventListSchema.properties.events,
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
    eventOrigins: { type: 'array', items: eventOriginSchema },
    decision: { anyOf: [decisionResponseSchema, { type: 'null' }] },
    notes: { type: 'array', description: 'Treatment notes from clinicians, by date', items: noteSchema },
    clinicians: {
      type: 'array',
      description: 'The clinicians linked to the patient when exported',
      items: linkedClinicianSchema,
    },
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
    audit: {
      anyOf: [auditListSchema.properties.entries, { type: 'null' }],
      description:
        'Who else read or changed the data, newest first (up to 10,000 entries); null when a clinician exports',
    },
  },
} as const;

/**
 * What an import takes: an export of version 1 or 2, checked field by field. Only version 1's fields are
 * required; what a version-1 export lacks is restored as empty.
 */
export const importBodySchema = {
  ...jsonExportSchema,
  required: ['format', 'version', 'exportedAt', 'patientId', 'profile', 'screening', 'events'],
  properties: {
    ...jsonExportSchema.properties,
    version: { enum: [1, EXPORT_VERSION] },
    identity: { anyOf: [identitySchema, { type: 'null' }] },
    messages: jsonExportSchema.properties.messages,
  },
} as const;
