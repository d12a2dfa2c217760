import { randomUUID } from 'node:crypto';
import type { Access } from '../src/http/context.js';
import { importBody, morningCheck, typicalProfile, typicalScreening } from './fixtures.js';
import type { Role } from './world.js';

/** What a role gets: a success (2xx) or this status. */
export type Outcome = 'ok' | 400 | 401 | 403 | 404 | 409;

export interface RouteCase {
  access: Access;
  /** A body that passes validation, so the answer shows the authorization decision. */
  body?: () => unknown;
  /** Where the outcome differs from what the access rule implies. */
  outcomes?: Partial<Record<Role, Outcome>>;
  /** Succeeding changes who may do what (erases, unlinks, signs out): those calls get a world of their own. */
  destructive?: boolean;
}

/** The outcome each role gets from a route with this access, unless the case says otherwise. */
export function outcomeOf(access: Access, role: Role): Outcome {
  if (access === 'public') return 'ok';
  if (role === 'anonymous') return 401;
  const clinician = role === 'linked' || role === 'colleague' || role === 'removed' || role === 'otherClinic';
  // A colleague of the clinic shares its caseload (ADR 122); a removed colleague has lost it.
  const ofClinic = role === 'linked' || role === 'colleague';
  switch (access) {
    case 'user':
      return 'ok';
    case 'clinician':
      return clinician ? 'ok' : 403;
    case 'patient':
      return role === 'self' || ofClinic ? 'ok' : 404;
    case 'patient-self':
      return role === 'self' ? 'ok' : 404;
    case 'linked-clinician':
      return ofClinic ? 'ok' : role === 'self' ? 403 : 404;
  }
}

const everyoneSignedIn = (outcome: Outcome): Partial<Record<Role, Outcome>> => ({
  self: outcome,
  otherPatient: outcome,
  linked: outcome,
  colleague: outcome,
  removed: outcome,
  otherClinic: outcome,
});

/**
 * Every route of the app, as Fastify registers it, with its authorization case. The authorization test
 * fails when a route has no case here, or a case no route.
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /': { access: 'public' },
  'GET /api/openapi.json': { access: 'public' },
  'GET /api/health': { access: 'public' },
  'POST /api/v1/auth/signup': {
    access: 'public',
    body: () => ({ email: `${randomUUID()}@example.org`, password: 'long password!', name: 'A' }),
  },
  'POST /api/v1/auth/signup/confirm': {
    access: 'public',
    // a token that is no live link: everyone gets the same 400
    body: () => ({ token: 'A'.repeat(43) }),
    outcomes: { anonymous: 400, ...everyoneSignedIn(400) },
  },
  'POST /api/v1/auth/clinician-signup': {
    access: 'public',
    body: () => ({ email: `${randomUUID()}@example.org`, password: 'long password!', clinicName: 'C' }),
  },
  'POST /api/v1/auth/login': {
    access: 'public',
    // a fresh address each call: failures on one address lock it (ADR 116)
    body: () => ({ email: `${randomUUID()}@example.org`, password: 'x' }),
    outcomes: { anonymous: 401, ...everyoneSignedIn(401) },
  },
  'POST /api/v1/auth/login/two-factor': {
    access: 'public',
    // a challenge that is no live sign-in: everyone gets the same 401
    body: () => ({ challenge: 'A'.repeat(43), code: '123456' }),
    outcomes: { anonymous: 401, ...everyoneSignedIn(401) },
  },
  'GET /api/v1/auth/two-factor': { access: 'clinician' },
  'POST /api/v1/auth/two-factor/setup': { access: 'clinician' },
  // after setup (registered first), a wrong code is a 400 for every clinician; patients are refused
  'POST /api/v1/auth/two-factor/enable': {
    access: 'clinician',
    body: () => ({ code: '000000' }),
    outcomes: { linked: 400, colleague: 400, removed: 400, otherClinic: 400 },
  },
  'POST /api/v1/auth/two-factor/disable': {
    access: 'clinician',
    body: () => ({ currentPassword: 'not the password' }),
    outcomes: { linked: 409, colleague: 409, removed: 409, otherClinic: 409 },
  },
  'PUT /api/v1/clinician/clinic/two-factor': {
    access: 'clinician',
    body: () => ({ required: false }),
    outcomes: { colleague: 403, removed: 403 },
  },
  'GET /api/v1/clinician/clinic/security-events': {
    access: 'clinician',
    outcomes: { colleague: 403, removed: 403 },
  },
  'POST /api/v1/auth/logout': { access: 'public', destructive: true },
  'GET /api/v1/me': { access: 'user' },
  'POST /api/v1/auth/password': {
    access: 'user',
    body: () => ({ currentPassword: 'not the password', newPassword: 'a new password' }),
    outcomes: everyoneSignedIn(403),
  },
  'POST /api/v1/auth/password-reset/request': {
    access: 'public',
    body: () => ({ email: `${randomUUID()}@example.org` }),
  },
  'POST /api/v1/auth/password-reset': {
    access: 'public',
    // a token that is no live link: everyone gets the same 400
    body: () => ({ token: 'A'.repeat(43), newPassword: 'a new password' }),
    outcomes: { anonymous: 400, ...everyoneSignedIn(400) },
  },
  'POST /api/v1/auth/email-change/request': {
    access: 'user',
    body: () => ({ newEmail: `${randomUUID()}@example.org`, currentPassword: 'not the password' }),
    outcomes: everyoneSignedIn(403),
  },
  'POST /api/v1/auth/email-change/confirm': {
    access: 'public',
    body: () => ({ token: 'A'.repeat(43) }),
    outcomes: { anonymous: 400, ...everyoneSignedIn(400) },
  },
  'GET /api/v1/patients/:patientId/messages': { access: 'patient' },
  'POST /api/v1/patients/:patientId/messages': {
    access: 'patient',
    body: () => ({ id: randomUUID(), text: 'How is the pain today?' }),
  },
  'GET /api/v1/messages/unread': { access: 'user' },
  'GET /api/v1/clinicians/me/alerts': { access: 'clinician' },
  'PUT /api/v1/clinicians/me/alerts': {
    access: 'clinician',
    body: () => ({ email: ['red-flag'], push: ['red-flag'] }),
  },
  'GET /api/v1/push/public-key': { access: 'public' },
  'POST /api/v1/push/subscriptions': {
    access: 'user',
    body: () => ({
      endpoint: `https://push.example.org/send/${randomUUID()}`,
      keys: {
        p256dh: 'BNjDJMKIT85XLJfgeOg2R0CNswvmML11dxwahMM6UCNsO5fO1TKu-mRe6CMOkdc19AMqt74OfYFwHipPTWFlGBE',
        auth: 'AAECAwQFBgcICQoLDA0ODw',
      },
    }),
  },
  'DELETE /api/v1/push/subscriptions': {
    access: 'user',
    body: () => ({ endpoint: 'https://push.example.org/send/unknown' }),
  },
  'GET /api/v1/patients/:patientId/reminders': { access: 'patient-self' },
  'PUT /api/v1/patients/:patientId/reminders': {
    access: 'patient-self',
    body: () => ({ checkIn: '07:30', sessions: [], painAfter: null, run: null }),
  },
  'POST /api/v1/evaluate': {
    access: 'public',
    body: () => ({
      protocol: 'pht-v1',
      asOf: '2026-03-02',
      patient: { birthYear: 1980 },
      screening: typicalScreening,
      events: [],
    }),
  },
  'POST /api/v1/clinician/invites': {
    access: 'clinician',
    body: () => ({ name: 'Zoë Łódź', dateOfBirth: '1980-02-29' }),
    outcomes: { removed: 403 },
  },
  'GET /api/v1/clinician/invites': { access: 'clinician', outcomes: { removed: 403 } },
  // a literal ":inviteId" is no id: the answer shows the route let the caller in (or not)
  'DELETE /api/v1/clinician/invites/:inviteId': {
    access: 'clinician',
    outcomes: { linked: 400, colleague: 400, removed: 400, otherClinic: 400 },
  },
  'GET /api/v1/invites/:code': { access: 'public', outcomes: { anonymous: 400, ...everyoneSignedIn(400) } },
  'GET /api/v1/clinician/patients': { access: 'clinician' },
  'GET /api/v1/clinician/team': { access: 'clinician', outcomes: { removed: 403 } },
  // :clinicianId is the admin (linked) themselves: they cannot remove themselves; only admins remove anyone
  'DELETE /api/v1/clinician/team/:clinicianId': {
    access: 'clinician',
    outcomes: { linked: 400, colleague: 403, removed: 403, otherClinic: 404 },
  },
  'POST /api/v1/invites/accept': {
    access: 'user',
    body: () => ({ code: 'ABCD-EFGH' }),
    outcomes: { self: 400, otherPatient: 400, linked: 403, colleague: 403, removed: 403, otherClinic: 403 },
  },
  'GET /api/v1/patients/:patientId/identity': { access: 'patient' },
  'PUT /api/v1/patients/:patientId/identity': {
    access: 'patient',
    body: () => ({ name: 'Zoë Łódź', dateOfBirth: '1980-02-29', reference: 'R-1' }),
  },
  // a colleague not of the clinic is no assignee: 400 shows the caller got past the access rule
  'POST /api/v1/patients/:patientId/assignee': {
    access: 'linked-clinician',
    body: () => ({ clinicianId: randomUUID() }),
    outcomes: { linked: 400, colleague: 400 },
  },
  'GET /api/v1/patients/:patientId/care': { access: 'linked-clinician' },
  'POST /api/v1/patients/:patientId/discharge': {
    access: 'linked-clinician',
    body: () => ({ discharged: true }),
    destructive: true,
  },
  'GET /api/v1/patients/:patientId/profile': { access: 'patient' },
  'PUT /api/v1/patients/:patientId/profile': {
    access: 'patient',
    body: () => ({ ...typicalProfile, birthYear: 1970 }),
  },
  'GET /api/v1/patients/:patientId/screening': { access: 'patient' },
  'PUT /api/v1/patients/:patientId/screening': {
    access: 'patient',
    // The stored screening again: a replacement is refused once events exist (ADR 209).
    body: () => typicalScreening,
  },
  'GET /api/v1/patients/:patientId/events': { access: 'patient' },
  'POST /api/v1/patients/:patientId/events': { access: 'patient', body: () => morningCheck('2026-03-09', 3) },
  'GET /api/v1/patients/:patientId/decision': { access: 'patient' },
  'GET /api/v1/patients/:patientId/export': { access: 'patient' },
  'GET /api/v1/patients/:patientId/audit': { access: 'patient-self' },
  'POST /api/v1/patients/:patientId/import': {
    access: 'patient-self',
    body: importBody,
    // The world's patient has data of their own: a restore is refused, past authorization.
    outcomes: { self: 409 },
  },
  'GET /api/v1/patients/:patientId/clinicians': { access: 'patient' },
  'POST /api/v1/patients/:patientId/clinician-actions': {
    access: 'linked-clinician',
    body: () => ({ action: 'set-ceiling', painCeiling: 4, note: 'Settled.' }),
  },
  'POST /api/v1/patients/:patientId/clinician-actions/preview': {
    access: 'linked-clinician',
    body: () => ({ action: 'set-running-level', runningLevel: 2 }),
  },
  'POST /api/v1/patients/:patientId/notes': {
    access: 'linked-clinician',
    body: () => ({ kind: 'education', text: 'Sitting on a cushion.' }),
  },
  'GET /api/v1/patients/:patientId/notes': { access: 'patient' },
  // a literal ":eventId" / ":noteId" is no id: the answer shows the route let the caller in (or not)
  'POST /api/v1/patients/:patientId/events/:eventId/entered-in-error': {
    access: 'linked-clinician',
    body: () => ({ reason: 'Recorded on the wrong patient.' }),
    outcomes: { linked: 400, colleague: 400 },
  },
  'POST /api/v1/patients/:patientId/notes/:noteId/entered-in-error': {
    access: 'linked-clinician',
    body: () => ({ reason: 'Recorded on the wrong patient.' }),
    outcomes: { linked: 400, colleague: 400 },
  },
  'GET /api/v1/patients/:patientId/timeline': { access: 'patient' },
  'GET /api/v1/patients/:patientId/report.pdf': { access: 'patient' },
  'POST /api/v1/patients/:patientId/report.pdf': {
    access: 'linked-clinician',
    body: () => ({ summary: 'Referred for imaging.\nSeen twice.' }),
  },
  // a colleague may end only a link of their own (the path names the clinician responsible)
  'DELETE /api/v1/patients/:patientId/clinicians/:clinicianId': {
    access: 'patient',
    destructive: true,
    outcomes: { colleague: 404 },
  },
  'DELETE /api/v1/patients/:patientId': { access: 'patient-self', destructive: true },
};
