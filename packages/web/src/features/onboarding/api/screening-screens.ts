import {
  intakeQuestion,
  PAIN_BOTH_SIDES,
  redFlagLevel,
  type RedFlagLevel,
} from '../../../lib/screening-wording';
import { protocolOf } from '../../../lib/protocol';

export interface ScreeningItem {
  id: string;
  question: string;
}

export interface ScreeningScreen {
  title: string;
  intro: string;
  questions: ScreeningItem[];
}

const questions = (pick: (id: string, group: string) => boolean): ScreeningItem[] =>
  protocolOf()
    .screening.questions.filter((q) => pick(q.id, q.group))
    .map((q) => ({ id: q.id, question: intakeQuestion(q) }));

const redFlags = (level: RedFlagLevel) => questions((id) => redFlagLevel(id) === level);

/**
 * The screening, most serious first, so that a yes can be acted on at once (docs/decisions/209): the
 * emergency signs, then a possible tear, then general health, nerves and back, and the usual pattern.
 */
export function screeningScreens(): ScreeningScreen[] {
  // pht-v2 asks pain-both-sides among the features (informational); worded by the app so it cannot be
  // mistaken for the both-legs warning sign.
  const features = questions((_, group) => group === 'feature').map((q) =>
    q.id === PAIN_BOTH_SIDES.id ? { id: q.id, question: PAIN_BOTH_SIDES.question } : q,
  );
  const half = Math.ceil(features.length / 2);
  return [
    {
      title: 'Warning signs',
      intro: 'These questions look for rare problems that need a doctor today, not exercise.',
      questions: redFlags('emergency'),
    },
    {
      title: 'A possible tear',
      intro: 'A torn tendon needs a specialist quickly.',
      questions: redFlags('urgent-referral'),
    },
    {
      title: 'Your general health',
      intro: 'Some illnesses can cause pain in this area.',
      questions: redFlags('medical-review'),
    },
    {
      title: 'Nerves and back',
      intro: 'Pain from the back or a nerve can feel similar.',
      questions: questions((_, group) => group === 'nerve-or-back'),
    },
    {
      title: 'Your pain',
      intro: 'These describe the usual pattern of this tendon problem.',
      questions: features.slice(0, half),
    },
    { title: 'Your pain', intro: 'A few more about the pattern.', questions: features.slice(half) },
  ];
}
