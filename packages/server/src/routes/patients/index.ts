import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../http/deps.js';
import { registerAuditLog } from './audit.js';
import { registerClinicCare } from './clinic-care.js';
import { registerClinicianActions } from './clinician-actions.js';
import { registerPatientClinicians } from './clinicians.js';
import { registerDecision } from './decision.js';
import { registerErase } from './erase.js';
import { registerEnteredInError } from './entered-in-error.js';
import { registerEvents } from './events.js';
import { registerIdentity } from './identity.js';
import { registerExport } from './export.js';
import { registerImport } from './import.js';
import { registerNotes } from './notes.js';
import { registerProfile } from './profile.js';
import { registerReport } from './report.js';
import { registerScreening } from './screening.js';
import { registerTimeline } from './timeline.js';

/** Everything under /api/v1/patients/{patientId}. */
export function registerPatientRoutes(app: FastifyInstance, deps: Deps): void {
  registerProfile(app, deps);
  registerIdentity(app, deps);
  registerClinicCare(app, deps);
  registerScreening(app, deps);
  registerEvents(app, deps);
  registerDecision(app, deps);
  registerExport(app, deps);
  registerImport(app, deps);
  registerAuditLog(app, deps);
  registerClinicianActions(app, deps);
  registerNotes(app, deps);
  registerEnteredInError(app, deps);
  registerTimeline(app, deps);
  registerReport(app, deps);
  registerPatientClinicians(app, deps);
  registerErase(app, deps);
}
