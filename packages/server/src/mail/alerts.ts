import { randomUUID } from 'node:crypto';
import { flagsFromBits } from '../snapshots/compute-snapshot.js';
import {
  ALERT_KINDS,
  type AlertKind,
  type AlertMails,
  type MailInput,
  type OutboxInput,
  type PushInput,
  type Store,
} from '../store/store.js';

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

/**
 * The same alert by push (ADR 128): as little as the mail (no who, no what), and the app's page to open. A
 * push's id is the mail's with `push-` before it (each browser's row adds its subscription's id).
 */
function alertPush(clinicianId: string, now: string, message: boolean, url: string): PushInput {
  return {
    channel: 'push',
    id: `push-${randomUUID()}`,
    userId: clinicianId,
    title: message ? 'A new message' : 'A patient of yours needs attention',
    body: message ? 'A patient of yours has written to you.' : 'Open hamstring-rehab to see who.',
    url,
    dueAt: now,
  };
}

/** For a snapshot that sets `bits`: a mail and/or a push to each linked clinician who chose one of the flags set. */
export function flagAlerts(publicUrl: string, patientId: string, now: string) {
  return (bits: number): AlertMails | undefined => {
    const flags = flagsFromBits(bits) as readonly string[];
    const raised = ALERT_KINDS.filter((k) => flags.includes(k));
    if (raised.length === 0) return undefined;
    const path = `/clinic/patients/${patientId}`;
    return (recipients) =>
      recipients.flatMap((r) => {
        const items: OutboxInput[] = [];
        if (raised.some((k: AlertKind) => r.alerts.includes(k)))
          items.push(alertMail(r.clinicianId, r.email, now, false, publicUrl + path));
        if (raised.some((k: AlertKind) => r.push.includes(k)))
          items.push(alertPush(r.clinicianId, now, false, path));
        return items;
      });
  };
}

/** For a patient's new message: one mail to each linked clinician who chose `new-message`. */
export function messageAlerts(publicUrl: string, patientId: string, now: string): AlertMails {
  const path = `/clinic/patients/${patientId}/messages`;
  return (recipients) =>
    recipients.flatMap((r) => [
      ...(r.alerts.includes('new-message')
        ? [alertMail(r.clinicianId, r.email, now, true, publicUrl + path)]
        : []),
      ...(r.push.includes('new-message') ? [alertPush(r.clinicianId, now, true, path)] : []),
    ]);
}

/** The hour (UTC) from which each day's digest is sent. */
export const DIGEST_HOUR_UTC = 7;

/**
 * Queues today's digests once it is past DIGEST_HOUR_UTC (each server calls this every minute; the store
 * keeps it to one per clinician and day). How many were queued.
 */
export async function queueDailyDigests(store: Store, publicUrl: string, now: Date): Promise<number> {
  if (now.getUTCHours() < DIGEST_HOUR_UTC) return 0;
  const day = now.toISOString().slice(0, 10);
  const at = now.toISOString();
  return store.queueDigests(day, at, ({ clinicianId, email, byEmail, byPush }) => [
    ...(byEmail
      ? [
          {
            id: randomUUID(),
            userId: clinicianId,
            to: email,
            subject: 'Patients of yours need attention today',
            body:
              `Patients of yours need attention today.\n\nSign in to see your caseload:\n${publicUrl}/clinic\n\n` +
              '-- \nhamstring-rehab\nYou get this daily mail because you chose it; change it on the Alerts page.\n',
            link: `${publicUrl}/clinic`,
            dueAt: at,
          },
        ]
      : []),
    ...(byPush
      ? [
          {
            channel: 'push' as const,
            id: 'digest',
            userId: clinicianId,
            title: 'Patients of yours need attention today',
            body: 'Open your caseload to see who.',
            url: '/clinic',
            dueAt: at,
          },
        ]
      : []),
  ]);
}
