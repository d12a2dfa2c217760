import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../http/deps.js';
import { registerCaseload } from './caseload.js';
import { registerInvites } from './invites.js';
import { registerTeam } from './team.js';
import { registerClinicSecurity } from './clinic-security.js';

/** The clinician's own routes: invites (and the caseload). */
export function registerClinicianRoutes(app: FastifyInstance, deps: Deps): void {
  registerInvites(app, deps);
  registerCaseload(app, deps);
  registerTeam(app, deps);
  registerClinicSecurity(app, deps);
}
