import type { Case, CaseEvent } from '@hamstring-rehab/engine';
import type { ApiOk } from './api-types';

/** The signed-in user, as GET /api/v1/me answers. */
export type Me = ApiOk<'GET /me'>;

/** The patient's profile, as the server stores it. */
export type Profile = ApiOk<'GET /patients/{patientId}/profile'>;

export type Screening = Case['screening'];

/** An event with the client UUID it is stored under. */
export type IdentifiedEvent = CaseEvent & { id: string };

/** An event waiting on the device to be uploaded. */
export interface QueuedEvent {
  id: string;
  event: CaseEvent;
  queuedAt: number;
}
