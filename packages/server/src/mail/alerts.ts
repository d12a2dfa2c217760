import { randomUUID } from 'node:crypto';
import { flagsFromBits } from '../snapshots/compute-snapshot.js';
import { ALERT_KINDS, type AlertKind, type AlertMails, type MailInput } from '../store/store.js';

/**
 * Clinician alerts by e-mail (ADR 121). E-mail is not a safe channel for health data: the body says only that
 * a patient needs attention, or wrote, with a link to sign in and see; not who, not what.
 */
function alertMail(clinicianId: string, to: string, now: string, message: boolean, link: string): MailInput {
  const [subject, text] = message
    ? ['A new message in hamstring-rehab', 'A patient of yours has written to you.']
    : ['A patient of yours needs attention', 'A patient of yours needs attention.'];
  return {
    id: randomUUID(),
    userId: clinicianId,
    to,
    subject,
    body:
      `${text}\n\nSign in to see it:\n${link}\n\n-- \nhamstring-rehab\n` +
      'You get this mail because you chose these alerts; change them on the Alerts page.\n',
    link,
    dueAt: now,
  };
}

/** For a snapshot that sets `bits`: one mail to each linked clinician who chose one of the flags set. */
export function flagAlerts(publicUrl: string, patientId: string, now: string) {
  return (bits: number): AlertMails | undefined => {
    const flags = flagsFromBits(bits) as readonly string[];
    const raised = ALERT_KINDS.filter((k) => k !== 'new-message' && flags.includes(k));
    if (raised.length === 0) return undefined;
    const link = `${publicUrl}/clinic/patients/${patientId}`;
    return (recipients) =>
      recipients
        .filter((r) => raised.some((k: AlertKind) => r.alerts.includes(k)))
        .map((r) => alertMail(r.clinicianId, r.email, now, false, link));
  };
}

/** For a patient's new message: one mail to each linked clinician who chose `new-message`. */
export function messageAlerts(publicUrl: string, patientId: string, now: string): AlertMails {
  const link = `${publicUrl}/clinic/patients/${patientId}/messages`;
  return (recipients) =>
    recipients
      .filter((r) => r.alerts.includes('new-message'))
      .map((r) => alertMail(r.clinicianId, r.email, now, true, link));
}
