import type { Screening } from '../types.js';
import { screening as v1 } from '../pht-v1/screening.js';

/**
 * Screening of pht-v2 (PROTOCOL.md section 2): the pht-v1 rules, with age counted from the screening
 * date (the year of `screening.date` minus `birthYear` is 16 or less: assessment needed, lifted only by a
 * clinician), texts for a status reached mid-programme ("before going on"), and the bilateral-pain
 * question kept apart from the red flag of symptoms in both legs.
 */
export const screening: Screening = {
  ...v1,
  rules: v1.rules.map((r) => {
    switch (r.status) {
      case 'medical-review':
        return {
          ...r,
          action: 'See a doctor before starting the program.',
          laterAction: 'See a doctor before going on with the program.',
        };
      case 'assessment-needed':
        return {
          ...r,
          action: 'See a clinician to confirm the diagnosis before starting.',
          laterAction: 'See a clinician to confirm the diagnosis before going on.',
        };
      default:
        return r;
    }
  }),
  minimumAge: 17,
  ageFrom: 'screening',
  questions: [
    ...v1.questions.map((q) =>
      q.id === 'both-legs-symptoms'
        ? {
            ...q,
            question:
              'Do you have numbness, tingling or weakness in both legs? (Pain at both sitting bones is a separate question.)',
          }
        : q,
    ),
    {
      id: 'pain-both-sides',
      group: 'feature',
      informational: true,
      question: 'Is the pain at both sitting bones (both sides), rather than one?',
    },
  ],
};
