import { phtV1, phtV2 } from '@hamstring-rehab/engine';
import { derivedUuid } from '../../../http/derived-uuid.js';

export type Resource = Record<string, unknown> & { resourceType: string };

/**
 * Where the project's own FHIR definitions live (ADR 133). `.example` is a reserved domain (RFC 2606): the
 * URL names this project's definitions and can never be another's; the bundle carries the CodeSystem and the
 * Questionnaires themselves, so a reader needs nothing from the network.
 */
export const FHIR_BASE = 'https://hamstring-rehab.example/fhir';
export const OWN_SYSTEM = `${FHIR_BASE}/CodeSystem/hamstring-rehab`;
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';

/** LOINC 72514-3: pain severity on the 0–10 numeric rating scale, as reported. Used for pain scores only. */
export const PAIN_LOINC = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};

const LOAD_TESTS: Record<string, string> = {
  'single-leg-bridge': 'Single-leg bridge',
  'platform-bridge': 'Platform bridge',
  arabesque: 'Arabesque',
  'hop-test': 'Hop test',
  'puranen-orava': 'Puranen-Orava test',
  'bent-knee-stretch': 'Bent-knee stretch test',
  'modified-bent-knee-stretch': 'Modified bent-knee stretch test',
};
const ACTIONS: Record<string, string> = {
  'clear-screening': 'Clinician cleared the screening',
  'set-stage': 'Clinician set the stage and level',
  'set-ceiling': 'Clinician set the pain ceiling',
  'set-running-level': 'Clinician set the running level',
  review: 'Clinician reviewed the program',
};
const TREATMENTS: Record<string, string> = {
  'soft-tissue': 'Soft tissue treatment',
  taping: 'Taping',
  'dry-needling': 'Dry needling',
  education: 'Education',
  other: 'Other treatment',
};

/** Every code of the project's own system: [code, display, definition]. */
const CONCEPTS: readonly (readonly [string, string, string])[] = [
  ['pain-session-during', 'Pain during a rehab session', 'Pain 0-10 during an exercise session'],
  ['pain-session-after', 'Pain after a rehab session', 'Pain 0-10 right after an exercise session'],
  [
    'pain-morning-check',
    'Pain on the morning check',
    'Pain 0-10 on three single-leg bridges the morning after',
  ],
  ['pain-run', 'Pain during a run', 'Pain 0-10 during a run'],
  ['pain-load-test', 'Pain on a load test', 'Pain 0-10 on a provocation (load) test'],
  [
    'function-check-own',
    'Own function check-in score',
    'The project’s own function check-in, scored 0-100 (higher is better)',
  ],
  [
    'visa-h-total',
    'VISA-H total score',
    'VISA-H total 0-100 as scored and entered by the clinic; LOINC has no code for VISA-H',
  ],
  ['sitting-tolerance', 'Sitting tolerance', 'Minutes the patient can sit before the pain rises'],
  ['running-session', 'Running session duration', 'Minutes of one run'],
  ['running-distance', 'Running distance', 'Kilometres of one run'],
  ['running-kind', 'Kind of run', 'easy, tempo, intervals, hills or sprints'],
  ['rehab-exercise', 'Rehab exercise done', 'An exercise of the program, done in a session'],
  ...[...phtV2.exercises, ...phtV1.exercises]
    .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
    .map((e) => [`exercise-${e.id}`, e.name, `The exercise ${e.id} of the program`] as const),
  ...Object.entries(LOAD_TESTS).map(
    ([id, name]) => [`load-test-${id}`, name, `The load test ${id}`] as const,
  ),
  ...Object.entries(ACTIONS).map(
    ([id, name]) => [`clinician-${id}`, name, `The clinician action ${id}`] as const,
  ),
  ...Object.entries(TREATMENTS).map(
    ([id, name]) => [`treatment-${id}`, name, `A treatment note of kind ${id}`] as const,
  ),
];
const DISPLAY = new Map(CONCEPTS.map(([code, display]) => [code, display]));

/** A coding of the project's own system; throws for a code it does not define (a bug, never data). */
export function own(code: string): { system: string; code: string; display: string } {
  const display = DISPLAY.get(code);
  if (display === undefined) throw new Error(`no such code in ${OWN_SYSTEM}: ${code}`);
  return { system: OWN_SYSTEM, code, display };
}

/** The own code for an exercise, when the program knows it. */
export const exerciseCode = (id: string) =>
  DISPLAY.has(`exercise-${id}`) ? own(`exercise-${id}`) : undefined;

/** The CodeSystem resource itself, carried in every bundle. */
export function codeSystem(): Resource {
  return {
    resourceType: 'CodeSystem',
    url: OWN_SYSTEM,
    version: '1',
    name: 'HamstringRehab',
    title: 'Hamstring rehab: observations, exercises, clinician actions and treatments',
    status: 'active',
    experimental: false,
    caseSensitive: true,
    content: 'complete',
    concept: CONCEPTS.map(([code, display, definition]) => ({ code, display, definition })),
  };
}

export const category = (code: 'survey' | 'activity' | 'exam' | 'therapy') => [
  {
    coding: [
      {
        system: 'http://terminology.hl7.org/CodeSystem/observation-category',
        code,
        display: { survey: 'Survey', activity: 'Activity', exam: 'Exam', therapy: 'Therapy' }[code],
      },
    ],
  },
];

/** A UUID derived from the parts (stable across exports of the same record), as a `urn:uuid:` full URL. */
export const stableUrl = (...parts: string[]): string => `urn:uuid:${derivedUuid(...parts)}`;
