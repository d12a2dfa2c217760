import type { ReportData } from './report-data.js';

/** The decision's status in words, about the patient. */
export const STATUS_TEXT: Record<string, string> = {
  emergency: 'Emergency: told to get care today (a red flag was reported)',
  'urgent-referral': 'Urgent referral: to be seen within days',
  'medical-review': 'Medical review needed before exercising',
  'assessment-needed': 'Assessment needed by a clinician',
  active: 'Active: following the program',
  completed: 'Completed: on maintenance',
};

const STOPPING = new Set(['emergency', 'urgent-referral', 'medical-review']);
const RED = new Set(['red-flag', 'severe-pain', 'nerve-signs']);

/**
 * What the report shows under "red flag" on its first page: the stopping status with the reasons of today's
 * decision, and any red flag, severe pain or nerve signs among the current flags. Empty when there is none.
 */
export function redFlags(r: Pick<ReportData, 'decision'>): string[] {
  const d = r.decision;
  if (d === null) return [];
  const red = d.flags.filter((f) => RED.has(f));
  if (!STOPPING.has(d.status) && red.length === 0) return [];
  return [STATUS_TEXT[d.status] ?? d.status, ...d.reasons.map((reason) => reason.text)];
}
