import { getProtocol, type CaseEvent } from '@hamstring-rehab/engine';
import { formatNumber } from './dates';
import { protocolOf } from './protocol';
import type { TimelineItem } from './clinic';
import { NOTE_KIND_LABELS } from './clinic';
import { answerWording } from './screening-wording';

const ACTION_TEXT = {
  'clear-screening': 'Cleared the screening',
  'set-stage': 'Set the stage',
  'set-ceiling': 'Set the pain ceiling',
  'set-running-level': 'Set the running level',
  review: 'Reviewed the patient',
} as const;

const RUN_KINDS = {
  easy: 'easy run',
  tempo: 'tempo run',
  intervals: 'intervals',
  hills: 'hills',
  sprints: 'sprints',
} as const;

/** What the engine did, in words (not its change ids). */
const CHANGE_TEXT = {
  start: 'Program started',
  progress: 'Moved up',
  advance: 'Moved on to the next stage',
  hold: 'Stayed',
  regress: 'Moved down',
  none: 'No change to the plan',
} as const;

const testName = (id: string) => protocolOf().loadTests.find((t) => t.id === id)?.name ?? id;
/** Exercise names of the current protocol, then of pht-v1 (older sessions). */
const exerciseName = (id: string) =>
  [protocolOf(), getProtocol('pht-v1')].flatMap((p) => p.exercises).find((x) => x.id === id)?.name ?? id;

type ClinicianEvent = Extract<CaseEvent, { type: 'clinician' }>;
type SessionEvent = Extract<CaseEvent, { type: 'session' }>;

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

/** One exercise as done: "Bridge hold: 5 sets × 30 s hold", "Bridge: 3 sets × 10 reps, 12.5 kg". */
export function exerciseText(x: NonNullable<SessionEvent['exercises']>[number]): string {
  const dose = [
    x.sets === undefined ? undefined : `${x.sets} ${x.sets === 1 ? 'set' : 'sets'}`,
    x.reps === undefined ? undefined : `${x.reps} reps`,
    x.holdSeconds === undefined ? undefined : `${x.holdSeconds} s hold`,
  ].filter((p) => p !== undefined);
  const load = x.loadKg === undefined || x.loadKg === 0 ? '' : `, ${formatNumber(x.loadKg)} kg`;
  return `${exerciseName(x.id)}: ${dose.length === 0 ? 'done' : dose.join(' × ')}${load}`;
}

/** One event in a sentence, for the clinician's timeline. */
export function eventText(e: CaseEvent): string {
  switch (e.type) {
    case 'morning-check':
      return `Morning check: pain ${e.score}/10`;
    case 'session':
      return `Session: pain during ${e.painDuring}/10${e.painAfter === undefined ? '' : `, after ${e.painAfter}/10`}`;
    case 'run':
      return `Run: ${RUN_KINDS[e.kind]}, ${formatNumber(e.minutes)} min${e.km === undefined ? '' : `, ${formatNumber(e.km)} km`}, pain ${e.painDuring}/10`;
    case 'sitting':
      return `Sitting: ${e.minutes} minutes in the day`;
    case 'symptoms': {
      const yes = Object.values(e.answers).filter(Boolean).length;
      return yes === 0 ? 'Symptom check: nothing new' : `Symptom check: ${yes} reported`;
    }
    case 'load-test':
      return `${testName(e.test)}${e.side === undefined ? '' : ` (${e.side})`}: pain ${e.pain}/10`;
    case 'function-check':
      return `${e.instrument === 'visa-h' ? 'VISA-H' : 'Function score'}: ${e.score}/100`;
    case 'clinician':
      return `Clinician: ${clinicianActionText(e)}`;
  }
}

/** The lines under an event: exercises done, symptoms named, the note. */
function eventDetail(e: CaseEvent): string[] {
  switch (e.type) {
    case 'session':
      return [
        ...(e.exercises ?? []).map(exerciseText),
        ...(e.note === undefined ? [] : [`Patient’s note: ${e.note}`]),
      ];
    case 'symptoms': {
      const answers = Object.entries(e.answers);
      const named = (value: boolean) =>
        answers.filter(([, v]) => v === value).map(([id]) => answerWording(id));
      const yes = named(true);
      const no = named(false);
      return [
        ...(yes.length === 0 ? [] : [`Reported: ${yes.join('; ')}`]),
        ...(no.length === 0 ? [] : [`Not reported: ${no.join('; ')}`]),
      ];
    }
    case 'clinician':
      return e.note === undefined ? [] : [`Note: ${e.note}`];
    default:
      return [];
  }
}

/** "Stage 2, level 3, running R2". */
function placeText(item: Extract<TimelineItem, { kind: 'decision' }>): string {
  if (item.stage === null) return '';
  const running = item.runningLevel === null ? '' : `, running level ${item.runningLevel}`;
  return `stage ${item.stage}, level ${item.level ?? 1}${running}`;
}

/**
 * A timeline row's title and its detail (lines joined by line breaks, shown as text with them kept): the
 * exercises of a session, the symptoms named, a note, the engine's reasons in words.
 */
export function timelineText(item: TimelineItem): { title: string; detail?: string } {
  if (item.kind === 'note') {
    return { title: `Treatment: ${NOTE_KIND_LABELS[item.note.kind]}`, detail: item.note.text };
  }
  if (item.kind === 'decision') {
    const where = placeText(item);
    const change = CHANGE_TEXT[item.change];
    const title =
      item.change === 'none'
        ? `Decision: ${change}${where === '' ? '' : ` (${where})`}`
        : `Decision: ${change}${where === '' ? '' : item.change === 'hold' ? ` at ${where}` : `: ${where}`}`;
    const reasons = item.reasons ?? [];
    return reasons.length === 0 ? { title } : { title, detail: reasons.join('\n') };
  }
  const lines = eventDetail(item.event);
  return lines.length === 0
    ? { title: eventText(item.event) }
    : { title: eventText(item.event), detail: lines.join('\n') };
}
