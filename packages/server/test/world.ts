import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestApp } from './app.js';
import { morningCheck, typicalProfile, typicalScreening } from './fixtures.js';

/** Who calls a route in the authorization proofs. */
export type Role = 'anonymous' | 'self' | 'otherPatient' | 'linked' | 'colleague' | 'removed' | 'otherClinic';
export const ROLES: readonly Role[] = [
  'anonymous',
  'self',
  'otherPatient',
  'linked',
  'colleague',
  'removed',
  'otherClinic',
];

/**
 * A patient with some history (`self`), another patient, the clinician responsible for the patient (the
 * clinic's admin), a colleague in the same clinic (who shares the clinic's caseload, ADR 122), a colleague the
 * admin removed from the clinic, and a clinician of another clinic.
 */
export interface World {
  sessions: Record<Exclude<Role, 'anonymous'>, Session>;
  patientId: string;
}

export async function makeWorld(t: TestApp): Promise<World> {
  const self = await t.signup();
  const otherPatient = await t.signup();
  const linked = await t.clinician([self.patientId]);
  const invite = await t.request('POST', '/api/v1/clinician/invites', {
    session: linked,
    body: { kind: 'clinician' },
  });
  const colleague = await t.clinician([otherPatient.patientId], {
    inviteCode: invite.json<{ code: string }>().code,
  });
  const removedInvite = await t.request('POST', '/api/v1/clinician/invites', {
    session: linked,
    body: { kind: 'clinician' },
  });
  const removed = await t.clinician([], { inviteCode: removedInvite.json<{ code: string }>().code });
  const removal = await t.request('DELETE', `/api/v1/clinician/team/${removed.userId}`, { session: linked });
  if (removal.statusCode !== 204) throw new Error(`world setup: removal failed: ${removal.body}`);
  const otherClinic = await t.clinician([otherPatient.patientId]);
  const base = `/api/v1/patients/${self.patientId}`;
  const setup: [string, unknown][] = [
    ['PUT profile', typicalProfile],
    ['PUT screening', typicalScreening],
    ['POST events', morningCheck('2026-03-02', 2)],
  ];
  for (const [what, body] of setup) {
    const [method, path] = what.split(' ') as ['PUT' | 'POST', string];
    const response = await t.request(method, `${base}/${path}`, { session: self, body });
    if (response.statusCode >= 300) throw new Error(`world setup ${what} failed: ${response.body}`);
  }
  return {
    sessions: { self, otherPatient, linked, colleague, removed, otherClinic },
    patientId: self.patientId,
  };
}

/** Calls `METHOD /url/:patientId/...` as the role, with the world's patient and linked clinician in the path. */
export function callAs(
  t: TestApp,
  world: World,
  role: Role,
  route: string,
  body?: unknown,
  patientId = world.patientId,
): Promise<LightMyRequestResponse> {
  const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
  const path = url.replace(':patientId', patientId).replace(':clinicianId', world.sessions.linked.userId);
  const session = role === 'anonymous' ? undefined : world.sessions[role];
  return t.request(method, path, {
    ...(session === undefined ? {} : { session }),
    ...(body === undefined ? {} : { body }),
  });
}
