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
  if (actor.role === 'patient') return actor.patientId === patientId ? 'self' : null;
  return (await store.isLinkedClinician(actor.userId, patientId)) ? 'clinician' : null;
}

/** The signed-in user of a route whose access is not `public` (the authorization hook has made sure). */
export function actorOf(request: FastifyRequest): Actor {
  if (request.actor === null) throw new HttpError(401, 'sign in first');
  return request.actor;
}
