import type { FastifyRequest } from 'fastify';
import type { Store } from '../store/store.js';
import type { Actor, PatientAccess } from './context.js';
import { HttpError } from './errors.js';

/**
 * The one access rule for a patient's data: the patient themselves, or a clinician linked to them.
 * Anything else is null, which routes answer with 404 whether or not the patient exists.
 */
export async function accessToPatient(
  store: Store,
  actor: Actor,
  patientId: string,
): Promise<PatientAccess | null> {
  const known = accessWithoutLookup(actor, patientId);
  if (known !== undefined) return known;
  return (await store.linkState(actor.userId, patientId)) === undefined ? null : 'clinician';
}

/**
 * A clinician's change to a patient their clinic discharged is refused (409): the record is read-only until
 * the clinic takes the patient back (ADR 122). Reads, and routes that declare `whileDischarged`, pass.
 */
export async function refuseDischargedWrite(
  store: Store,
  actor: Actor,
  patientId: string,
  method: string,
): Promise<void> {
  if (method === 'GET' || method === 'HEAD') return;
  if ((await store.linkState(actor.userId, patientId)) === 'discharged') {
    throw new HttpError(
      409,
      'this patient is discharged: the record is read-only (take them back to change it)',
    );
  }
}

/**
 * The part of `accessToPatient` that needs no query: a patient reaches only their own record. Undefined when
 * the answer needs the database (a clinician's link).
 */
export function accessWithoutLookup(actor: Actor, patientId: string): PatientAccess | null | undefined {
  if (actor.role === 'patient') return actor.patientId === patientId ? 'self' : null;
  return undefined;
}

/** The signed-in user of a route whose access is not `public` (the authorization hook has made sure). */
export function actorOf(request: FastifyRequest): Actor {
  if (request.actor === null) throw new HttpError(401, 'sign in first');
  return request.actor;
}
