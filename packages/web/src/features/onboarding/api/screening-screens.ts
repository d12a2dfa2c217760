import { type ScreeningQuestion } from '@hamstring-rehab/engine';
import { protocolOf } from '../../../lib/protocol';

export interface ScreeningScreen {
  title: string;
  intro: string;
  questions: ScreeningQuestion[];
}

const GROUPS: { group: ScreeningQuestion['group']; title: string; intro: string }[] = [
  {
    group: 'red-flag',
    title: 'Warning signs',
    intro: 'These questions look for rare problems that need a doctor, not exercise.',
  },
  {
    group: 'nerve-or-back',
    title: 'Nerves and back',
    intro: 'Pain from the back or a nerve can feel similar.',
  },
  { group: 'feature', title: 'Your pain', intro: 'These describe the usual pattern of this tendon problem.' },
];

const PER_SCREEN = 4;

/** The screening questions in plain words, a few per screen, grouped by what they check. */
export function screeningScreens(): ScreeningScreen[] {
  const screens: ScreeningScreen[] = [];
  for (const g of GROUPS) {
    const questions = protocolOf().screening.questions.filter((q) => q.group === g.group);
    const parts = Math.ceil(questions.length / PER_SCREEN);
    const size = Math.ceil(questions.length / parts);
    for (let i = 0; i < parts; i++) {
      screens.push({ title: g.title, intro: g.intro, questions: questions.slice(i * size, (i + 1) * size) });
    }
  }
  return screens;
}
