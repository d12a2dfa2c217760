import { type ScreeningQuestion } from '@hamstring-rehab/engine';
import { formatDay } from './dates';
import { protocolOf } from './protocol';

export type AnswerId = ScreeningQuestion['id'];
export type RedFlagLevel = 'emergency' | 'urgent-referral' | 'medical-review';

/**
 * The app's own wording where the protocol asks for it (PROTOCOL.md section 2): "both legs" means nerve
 * symptoms and never pain at both sitting bones, which is its own, harmless question.
 */
const INTAKE_WORDING: Partial<Record<string, string>> = {
  'both-legs-symptoms':
    'Do you have numbness, tingling (pins and needles) or weakness in BOTH legs? (Pain at both sitting bones is a different question, later.)',
};

/** pht-v2's informational answer: pain at both sitting bones (not a warning sign). */
export const PAIN_BOTH_SIDES = {
  id: 'pain-both-sides',
  question:
    'Is the pain at BOTH sitting bones (left and right buttock), with no numbness, tingling or weakness in the legs?',
} as const;

/** The intake wording of a question. */
export function intakeQuestion(q: ScreeningQuestion): string {
  return INTAKE_WORDING[q.id] ?? q.question;
}

/** Later reports: the same warning signs, worded "new or worse since" the last report. */
const LATER_WORDING: Record<string, string> = {
  'saddle-numbness': 'numbness or tingling around your genitals, anus or inner buttocks (the saddle area)',
  'bladder-bowel-change': 'trouble controlling your bladder or bowels, or passing urine',
  'both-legs-symptoms':
    'numbness, tingling (pins and needles) or weakness in BOTH legs (not pain at both sitting bones)',
  'progressive-leg-weakness': 'weakness in one or both legs, such as tripping or a foot slapping down',
  'sudden-onset-with-pop': 'a sudden sharp pain with a pop or tearing feeling at the back of the thigh',
  'thigh-bruising': 'bruising on the back of your thigh',
  'cancer-history': 'a diagnosis or treatment of cancer',
  'unexplained-weight-loss': 'weight loss without trying',
  'constant-night-pain': 'constant pain at night, whatever position you lie in',
  'fever-or-unwell': 'a fever, or feeling generally unwell',
  'tingling-below-knee': 'tingling, numbness or pain running below the knee',
  'low-back-pain': 'low back pain',
};

/** A symptom in a few words (a later report's wording, or the intake question), for the clinician's record. */
export function answerWording(id: string): string {
  return (
    LATER_WORDING[id] ??
    (id === PAIN_BOTH_SIDES.id ? 'pain at both sitting bones' : undefined) ??
    protocolOf().screening.questions.find((q) => q.id === id)?.question ??
    id
  );
}

/** "Since your screening on Mon 30 Nov, have you had new or worse …?" */
export function laterQuestion(id: AnswerId, since: string, what: 'screening' | 'report'): string {
  const sinceText = `${what === 'screening' ? 'your screening' : 'your last report'} on ${formatDay(since)}`;
  return `New or worse since ${sinceText}: ${LATER_WORDING[id] ?? id}?`;
}

/** The red-flag level a yes to this answer triggers, or undefined (nerve, back and feature answers). */
export function redFlagLevel(id: string): RedFlagLevel | undefined {
  const rule = protocolOf().screening.rules.find((r) => (r.answers as readonly string[]).includes(id));
  const status = rule?.status;
  return status === 'emergency' || status === 'urgent-referral' || status === 'medical-review'
    ? status
    : undefined;
}

/** The protocol's action for a red-flag level, in its own words. */
export function redFlagAction(level: RedFlagLevel): string {
  return protocolOf().screening.rules.find((r) => r.status === level)?.action ?? '';
}

/** Ids of the questions asked in a later report: every red flag, then nerve and back signs. */
export const LATER_IDS: readonly AnswerId[] = protocolOf()
  .screening.questions.filter((q) => q.group !== 'feature')
  .map((q) => q.id);

/** The avulsion questions, asked after a session with pain of 8 or more during it. */
export const AVULSION_IDS: readonly AnswerId[] = ['sudden-onset-with-pop', 'thigh-bruising'];
