import type { Screening } from '../types.js';

/** Intake screening of PROTOCOL.md section 2, most serious outcome first. */
export const screening: Screening = {
  rules: [
    {
      status: 'emergency',
      rule: 'red-flag-emergency',
      answers: ['saddle-numbness', 'bladder-bowel-change', 'both-legs-symptoms', 'progressive-leg-weakness'],
      action: 'Seek emergency care today. The program stops until a clinician has seen you.',
    },
    {
      status: 'urgent-referral',
      rule: 'red-flag-avulsion',
      answers: ['sudden-onset-with-pop', 'thigh-bruising'],
      action:
        'This may be a torn tendon. See an orthopaedic clinician within days: repair is time-critical, best within 6 weeks.',
    },
    {
      status: 'medical-review',
      rule: 'red-flag-medical',
      answers: ['cancer-history', 'unexplained-weight-loss', 'constant-night-pain', 'fever-or-unwell'],
      action: 'See a doctor before starting the program.',
    },
    {
      status: 'assessment-needed',
      rule: 'pattern-atypical',
      answers: ['tingling-below-knee', 'low-back-pain'],
      action: 'See a clinician to confirm the diagnosis before starting.',
    },
  ],
  features: [
    'pain-at-sitting-bone',
    'worse-when-sitting',
    'worse-with-stretch-or-bending',
    'morning-stiffness-eases',
    'worse-with-running-or-lunging',
    'gradual-onset-after-load-increase',
  ],
  minimumFeatures: 3,
  minimumAge: 16,
  questions: [
    {
      id: 'saddle-numbness',
      group: 'red-flag',
      question:
        'Is there numbness or tingling around your genitals, anus or inner buttocks (where you would sit on a saddle)?',
    },
    {
      id: 'bladder-bowel-change',
      group: 'red-flag',
      question: 'Have you had any new trouble controlling your bladder or bowels, or passing urine?',
    },
    {
      id: 'both-legs-symptoms',
      group: 'red-flag',
      question: 'Do you have pain, numbness or pins and needles in both legs?',
    },
    {
      id: 'progressive-leg-weakness',
      group: 'red-flag',
      question: 'Is one or both of your legs getting weaker, for example tripping or a foot slapping down?',
    },
    {
      id: 'sudden-onset-with-pop',
      group: 'red-flag',
      question:
        'Did the pain start suddenly, with a pop or tearing feeling, for example while sprinting or slipping into the splits?',
    },
    {
      id: 'thigh-bruising',
      group: 'red-flag',
      question: 'Did bruising appear on the back of your thigh after the pain started?',
    },
    { id: 'cancer-history', group: 'red-flag', question: 'Have you ever been treated for cancer?' },
    {
      id: 'unexplained-weight-loss',
      group: 'red-flag',
      question: 'Have you lost weight recently without trying?',
    },
    {
      id: 'constant-night-pain',
      group: 'red-flag',
      question: 'Is the pain constant at night, whatever position you lie in?',
    },
    { id: 'fever-or-unwell', group: 'red-flag', question: 'Do you have a fever, or feel generally unwell?' },
    {
      id: 'tingling-below-knee',
      group: 'nerve-or-back',
      question: 'Do you have tingling, numbness or pain running below the knee?',
    },
    { id: 'low-back-pain', group: 'nerve-or-back', question: 'Do you have low back pain as well?' },
    {
      id: 'pain-at-sitting-bone',
      group: 'feature',
      question: 'Is the pain deep in the buttock, at the bony point you sit on?',
    },
    {
      id: 'worse-when-sitting',
      group: 'feature',
      question: 'Is it worse when you sit, especially on hard seats or for long?',
    },
    {
      id: 'worse-with-stretch-or-bending',
      group: 'feature',
      question: 'Is it worse when you stretch your hamstrings or bend forward?',
    },
    {
      id: 'morning-stiffness-eases',
      group: 'feature',
      question: 'Is it stiff or sore first thing, easing as you get moving?',
    },
    {
      id: 'worse-with-running-or-lunging',
      group: 'feature',
      question: 'Is it worse with running, lunging or squatting?',
    },
    {
      id: 'gradual-onset-after-load-increase',
      group: 'feature',
      question:
        'Did it come on gradually, after you did more than usual (more running, hills, speed work or sitting)?',
    },
  ],
};
