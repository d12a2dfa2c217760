import { type CaseEvent } from '@hamstring-rehab/engine';
import { protocolOf } from './protocol';
import type { TimelineItem } from './clinic';
import { NOTE_KIND_LABELS } from './clinic';

const ACTION_TEXT = {
  'clear-screening': 'Cleared the screening',
  'set-stage': 'Set the stage',
  'set-ceiling': 'Set the pain ceiling',
  'set-running-level': 'Set the running level',
  review: 'Reviewed the patient',
} as const;

const testName = (id: string) => protocolOf().loadTests.find((t) => t.id === id)?.name ?? id;

type ClinicianEvent = Extract<CaseEvent, { type: 'clinician' }>;

/** What a clinician's action changed, e.g. "Set the pain ceiling to 4/10" (its note aside). */
export function clinicianActionText(e: ClinicianEvent): string {
  const detail =
    e.action === 'set-stage'
      ? ` to stage ${e.stage ?? ''} level ${e.level ?? 1}`
      : e.action === 'set-ceiling'
        ? ` to ${e.painCeiling ?? ''}/10`
        : e.action === 'set-running-level'
          ? ` to ${e.runningLevel ?? ''}`
          : '';
  return `${ACTION_TEXT[e.action]}${detail}`;
}

/** One event in a sentence, for the clinician's timeline. */
export function eventText(e: CaseEvent): string {
  switch (e.type) {
    case 'morning-check':
      return `Morning check: pain ${e.score}/10`;
    case 'session':
      return `Session: pain during ${e.painDuring}/10${e.painAfter === undefined ? '' : `, after ${e.painAfter}/10`}`;
    case 'load-test':
      return `${testName(e.test)}${e.side === undefined ? '' : ` (${e.side})`}: pain ${e.pain}/10`;
    case 'function-check':
      return `${e.instrument === 'visa-h' ? 'VISA-H' : 'Function score'}: ${e.score}/100`;
    case 'clinician':
      return `Clinician: ${clinicianActionText(e)}`;
    default:
      return e.type.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  }
}

/** A timeline row's title and its detail line (a note, the rules behind a decision). */
export function timelineText(item: TimelineItem): { title: string; detail?: string } {
  if (item.kind === 'note') {
    return { title: `Treatment: ${NOTE_KIND_LABELS[item.note.kind]}`, detail: item.note.text };
  }
  if (item.kind === 'decision') {
    const where = item.stage === null ? '' : ` · stage ${item.stage} level ${item.level ?? 1}`;
    const by = item.protocol === undefined ? '' : ` (${item.protocol})`;
    const detail =
      item.reasons !== undefined && item.reasons.length > 0
        ? item.reasons.join(' ')
        : `Rules: ${item.rules.join(', ')}`;
    return { title: `Engine${by}: ${item.change}${where}`, detail };
  }
  const e = item.event;
  if (e.type === 'clinician' && e.note !== undefined)
    return { title: eventText(e), detail: `Note: ${e.note}` };
  if (e.type === 'session' && e.note !== undefined)
    return { title: eventText(e), detail: `Patient’s note: ${e.note}` };
  return { title: eventText(e) };
}
