import { randomUUID } from 'node:crypto';
import { importBody, typicalProfile, typicalScreening } from './fixtures.js';
import type { Role } from './world.js';

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'object' | 'array';

/** What a body field accepts, so that a fuzzer can break it for sure. */
export interface FieldSpec {
  types: readonly JsonType[];
  /** Free text up to this length: only a longer string breaks it. */
  maxLength?: number;
  /** Only some strings are valid (an enum, a format, a pattern): random text breaks it. */
  constrained?: true;
  /** Integers outside [min, max] break it. */
  min?: number;
  max?: number;
  required?: true;
}

export interface FuzzCase {
  /** Who calls: allowed to, so that the answer shows validation. */
  as: Role;
  /** A body the route accepts (the fuzzer breaks it), or none for routes that take no body. */
  valid?: () => Record<string, unknown>;
  fields?: Record<string, FieldSpec>;
  /** The route also takes no body at all (JSON `null` reads as none). */
  bodyOptional?: true;
  /** What the route answers to its valid body when that is refused too (login: 401), besides 400. */
  refusals?: readonly number[];
}

/** A browser's P-256 public key (a real point on the curve), as PushSubscription.toJSON() gives it. */
const PUSH_KEY = 'BNjDJMKIT85XLJfgeOg2R0CNswvmML11dxwahMM6UCNsO5fO1TKu-mRe6CMOkdc19AMqt74OfYFwHipPTWFlGBE';

const text = (maxLength: number, required = true): FieldSpec => ({
  types: ['string'],
  maxLength,
  ...(required ? { required: true } : {}),
});
const constrained = (required = true): FieldSpec => ({
  types: ['string'],
  constrained: true,
  ...(required ? { required: true } : {}),
});
const integer = (min: number, max: number, required = false): FieldSpec => ({
  types: ['integer'],
  min,
  max,
  ...(required ? { required: true } : {}),
});

/** Every write route of the app, with how to break its body. The fuzz test fails on a route missing here. */
export const FUZZ_CASES: Record<string, FuzzCase> = {
  'POST /api/v1/auth/signup': {
    as: 'anonymous',
    valid: () => ({
      email: `${randomUUID()}@example.org`,
      password: 'a long password',
      name: 'Ann Example',
      dateOfBirth: '1980-02-29',
    }),
    fields: {
      email: constrained(),
      password: text(200),
      name: text(120, false),
      dateOfBirth: { types: ['string', 'null'], constrained: true },
    },
  },
  'POST /api/v1/auth/signup/confirm': {
    as: 'anonymous',
    valid: () => ({ token: 'A'.repeat(43) }),
    fields: { token: constrained() },
  },
  'POST /api/v1/auth/clinician-signup': {
    as: 'anonymous',
    valid: () => ({
      email: `${randomUUID()}@example.org`,
      password: 'a long password',
      clinicName: 'Physio',
    }),
    fields: { email: constrained(), password: text(200), clinicName: text(120) },
  },
  'POST /api/v1/auth/login': {
    as: 'anonymous',
    valid: () => ({ email: 'nobody@example.org', password: 'x' }),
    fields: { email: constrained(), password: text(200) },
    refusals: [401],
  },
  'POST /api/v1/auth/logout': { as: 'self' },
  'POST /api/v1/auth/login/two-factor': {
    as: 'anonymous',
    valid: () => ({ challenge: 'A'.repeat(43), code: '123456' }),
    fields: { challenge: constrained(), code: text(20) },
    refusals: [401],
  },
  'POST /api/v1/auth/two-factor/setup': { as: 'linked', valid: () => ({}), fields: {}, bodyOptional: true },
  'POST /api/v1/auth/two-factor/enable': {
    as: 'linked',
    valid: () => ({ code: '000000' }),
    fields: { code: text(20) },
    refusals: [409],
  },
  'POST /api/v1/auth/two-factor/disable': {
    as: 'linked',
    valid: () => ({ currentPassword: 'not the password' }),
    fields: { currentPassword: text(200, false), code: text(20, false) },
    refusals: [409],
  },
  'PUT /api/v1/clinician/clinic/two-factor': {
    as: 'linked',
    valid: () => ({ required: false }),
    fields: { required: { types: ['boolean'], required: true } },
  },
  'POST /api/v1/auth/password': {
    as: 'self',
    valid: () => ({ currentPassword: 'not the password', newPassword: 'a new password' }),
    fields: { currentPassword: text(200), newPassword: text(200) },
    refusals: [403],
  },
  'POST /api/v1/evaluate': {
    as: 'anonymous',
    valid: () => ({
      protocol: 'pht-v1',
      asOf: '2026-03-10',
      patient: { birthYear: 1980 },
      screening: typicalScreening,
      events: [],
    }),
    fields: {
      protocol: constrained(),
      asOf: constrained(),
      patient: { types: ['object'], required: true },
      screening: { types: ['object'], required: true },
      events: { types: ['array'], required: true },
    },
  },
  'POST /api/v1/clinician/invites': {
    as: 'linked',
    valid: () => ({ kind: 'patient' }),
    fields: { kind: constrained(false) },
    bodyOptional: true,
  },
  'POST /api/v1/invites/accept': {
    as: 'otherPatient',
    valid: () => ({ code: 'ABCD-EFGH' }),
    fields: { code: { types: ['string'], maxLength: 20, required: true } },
  },
  'PUT /api/v1/patients/:patientId/profile': {
    as: 'self',
    valid: () => ({ ...typicalProfile }),
    fields: {
      birthYear: integer(1900, 2100, true),
      affectedSide: { types: ['string', 'null'], constrained: true },
      runner: { types: ['boolean'] },
      painCeiling: { types: ['integer'], min: 3, max: 5 },
      timeZone: constrained(false),
    },
  },
  'PUT /api/v1/patients/:patientId/screening': {
    as: 'self',
    valid: () => ({ date: '2026-03-09', answers: { 'worse-when-sitting': true } }),
    fields: { date: constrained(), answers: { types: ['object'], required: true } },
  },
  'POST /api/v1/patients/:patientId/events': {
    as: 'self',
    valid: () => ({ id: randomUUID(), type: 'morning-check', date: '2026-03-09', score: 3 }),
    fields: { id: constrained(), type: constrained(), date: constrained(), score: integer(0, 10, true) },
  },
  'POST /api/v1/patients/:patientId/clinician-actions': {
    as: 'linked',
    valid: () => ({ action: 'set-stage', stage: 2, level: 1, note: 'Settled.', date: '2026-03-09' }),
    fields: {
      action: constrained(),
      stage: integer(1, 4, true),
      level: integer(1, 4),
      note: text(2000),
      date: constrained(false),
    },
  },
  'POST /api/v1/patients/:patientId/notes': {
    as: 'linked',
    valid: () => ({ kind: 'taping', text: 'Offloading tape.', date: '2026-03-09' }),
    fields: { kind: constrained(), text: text(4000), date: constrained(false) },
  },
  'POST /api/v1/patients/:patientId/report.pdf': {
    as: 'linked',
    valid: () => ({ summary: 'Referred for imaging.\nSeen twice.' }),
    fields: { summary: text(2000, false) },
  },
  // the entry id in the path is a fresh UUID (no such entry): only validation can answer a bad body
  'POST /api/v1/patients/:patientId/events/:eventId/entered-in-error': {
    as: 'linked',
    valid: () => ({ reason: 'Recorded on the wrong patient.' }),
    fields: { reason: text(1000) },
    refusals: [404],
  },
  'POST /api/v1/patients/:patientId/notes/:noteId/entered-in-error': {
    as: 'linked',
    valid: () => ({ reason: 'Recorded on the wrong patient.' }),
    fields: { reason: text(1000) },
    refusals: [404],
  },
  'POST /api/v1/auth/password-reset/request': {
    as: 'anonymous',
    valid: () => ({ email: `${randomUUID()}@example.org` }),
    fields: { email: constrained() },
  },
  'POST /api/v1/auth/password-reset': {
    as: 'anonymous',
    valid: () => ({ token: 'A'.repeat(43), newPassword: 'a new long password' }),
    fields: { token: constrained(), newPassword: text(200) },
  },
  'POST /api/v1/auth/email-change/request': {
    as: 'self',
    valid: () => ({ newEmail: `${randomUUID()}@example.org`, currentPassword: 'not the password' }),
    fields: { newEmail: constrained(), currentPassword: text(200) },
    refusals: [403],
  },
  'POST /api/v1/auth/email-change/confirm': {
    as: 'anonymous',
    valid: () => ({ token: 'A'.repeat(43) }),
    fields: { token: constrained() },
  },
  'POST /api/v1/patients/:patientId/messages': {
    as: 'self',
    valid: () => ({ id: randomUUID(), text: 'How long should the hold be?' }),
    fields: { id: constrained(), text: text(4000) },
  },
  'PUT /api/v1/clinicians/me/alerts': {
    as: 'linked',
    valid: () => ({ email: ['red-flag'], push: ['red-flag', 'new-message'] }),
    fields: { email: { types: ['array'], required: true }, push: { types: ['array'] } },
  },
  'POST /api/v1/push/subscriptions': {
    as: 'self',
    valid: () => ({
      endpoint: `https://push.example.org/send/${randomUUID()}`,
      expirationTime: null,
      keys: { p256dh: PUSH_KEY, auth: 'AAECAwQFBgcICQoLDA0ODw' },
    }),
    fields: {
      endpoint: { types: ['string'], maxLength: 1024, constrained: true, required: true },
      expirationTime: { types: ['number', 'null'] },
      keys: { types: ['object'], required: true },
    },
  },
  'DELETE /api/v1/push/subscriptions': {
    as: 'self',
    valid: () => ({ endpoint: 'https://push.example.org/send/unknown' }),
    fields: { endpoint: { types: ['string'], maxLength: 1024, constrained: true, required: true } },
  },
  'PUT /api/v1/patients/:patientId/reminders': {
    as: 'self',
    valid: () => ({ checkIn: '07:30', sessions: ['09:00', '17:00'], painAfter: '20:00', run: null }),
    fields: {
      checkIn: { types: ['string', 'null'], constrained: true, required: true },
      sessions: { types: ['array'], required: true },
      painAfter: { types: ['string', 'null'], constrained: true, required: true },
      run: { types: ['object', 'null'], required: true },
    },
  },
  'PUT /api/v1/patients/:patientId/identity': {
    as: 'linked',
    valid: () => ({ name: 'Anna Łódzka', dateOfBirth: '1985-04-02', reference: 'R-104' }),
    fields: {
      name: { types: ['string', 'null'], maxLength: 120 },
      dateOfBirth: { types: ['string', 'null'], constrained: true },
      reference: { types: ['string', 'null'], maxLength: 40 },
    },
  },
  'POST /api/v1/patients/:patientId/assignee': {
    as: 'linked',
    valid: () => ({ clinicianId: randomUUID() }),
    fields: { clinicianId: constrained() },
  },
  'POST /api/v1/patients/:patientId/discharge': {
    as: 'linked',
    valid: () => ({ discharged: false }),
    fields: { discharged: { types: ['boolean'], required: true } },
  },
  'POST /api/v1/patients/:patientId/clinician-actions/preview': {
    as: 'linked',
    valid: () => ({ action: 'set-stage', stage: 2, level: 1 }),
    fields: {
      action: constrained(),
      stage: integer(1, 4),
      level: integer(1, 4),
      note: text(2000, false),
      date: constrained(false),
    },
  },
  'POST /api/v1/patients/:patientId/import': {
    as: 'self',
    valid: importBody,
    fields: {
      format: constrained(),
      version: integer(1, 2, true),
      exportedAt: constrained(),
      patientId: constrained(),
      profile: { types: ['object'], required: true },
      screening: { types: ['object', 'null'], required: true },
      events: { types: ['array'], required: true },
    },
    // The world's patient has data of their own: a valid export is refused too.
    refusals: [409],
  },
  'DELETE /api/v1/clinician/invites/:inviteId': { as: 'linked' },
  'DELETE /api/v1/clinician/team/:clinicianId': { as: 'linked' },
  'DELETE /api/v1/patients/:patientId/clinicians/:clinicianId': { as: 'self' },
  'DELETE /api/v1/patients/:patientId': { as: 'self' },
};
