import { caseSchema } from '@hamstring-rehab/engine';
import { FHIR_BASE, stableUrl, type Resource } from './code-system.js';

/** The screening and the symptom report ask the same yes/no questions (the engine's `answers`). */
const QUESTIONS: readonly string[] = caseSchema.$defs.answers.propertyNames.enum;

export const QUESTIONNAIRES = {
  screening: {
    url: `${FHIR_BASE}/Questionnaire/screening`,
    title: 'Hamstring rehab screening: red flags and features of proximal hamstring tendinopathy',
  },
  symptoms: {
    url: `${FHIR_BASE}/Questionnaire/symptoms`,
    title: 'Hamstring rehab symptom report: new symptoms since the screening',
  },
} as const;

const questionText = (key: string) => `${key.charAt(0).toUpperCase()}${key.slice(1).replace(/-/g, ' ')}?`;

/** The Questionnaire a QuestionnaireResponse of this kind answers, carried in the bundle. */
export function questionnaire(kind: keyof typeof QUESTIONNAIRES): Resource {
  const { url, title } = QUESTIONNAIRES[kind];
  return {
    resourceType: 'Questionnaire',
    url,
    version: '1',
    name: kind === 'screening' ? 'HamstringRehabScreening' : 'HamstringRehabSymptoms',
    title,
    status: 'active',
    subjectType: ['Patient'],
    item: QUESTIONS.map((linkId) => ({ linkId, text: questionText(linkId), type: 'boolean' })),
  };
}

/** The answers of a screening or a symptom report, as a QuestionnaireResponse. */
export function questionnaireResponse(
  kind: keyof typeof QUESTIONNAIRES,
  input: { key: string; patientRef: string; date: string; answers: Record<string, boolean> },
): { fullUrl: string; resource: Resource } {
  return {
    fullUrl: stableUrl(input.patientRef, kind, input.key),
    resource: {
      resourceType: 'QuestionnaireResponse',
      questionnaire: QUESTIONNAIRES[kind].url,
      status: 'completed',
      subject: { reference: input.patientRef },
      authored: input.date,
      item: Object.entries(input.answers).map(([linkId, value]) => ({
        linkId,
        text: questionText(linkId),
        answer: [{ valueBoolean: value }],
      })),
    },
  };
}
