import { randomUUID } from 'node:crypto';
import type { Decision, PlannedExercise } from '@hamstring-rehab/engine';
import type { PatientData } from '../../cases/patient-case.js';

type Resource = Record<string, unknown> & { resourceType: string };

/** LOINC 72514-3: pain severity on the 0–10 numeric rating scale, as reported by the patient. */
const PAIN_CODE = {
  system: 'http://loinc.org',
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};
const SURVEY = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
      display: 'Survey',
    },
  ],
};

/** Every pain score in the event log: what it was, when, and which field of which event it came from. */
function painScores(
  data: PatientData,
): { eventId: string; field: string; date: string; text: string; value: number }[] {
  const out: { eventId: string; field: string; date: string; text: string; value: number }[] = [];
  const add = (eventId: string, field: string, date: string, text: string, value: number | undefined) => {
    if (value !== undefined) out.push({ eventId, field, date, text, value });
  };
  for (const { id, event: e } of data.events) {
    switch (e.type) {
      case 'session':
        add(id, 'painDuring', e.date, 'Pain during rehab exercise session', e.painDuring);
        add(id, 'painAfter', e.date, 'Pain after rehab exercise session', e.painAfter);
        break;
      case 'morning-check':
        add(id, 'score', e.date, 'Pain on the morning check (three single-leg bridges)', e.score);
        break;
      case 'run':
        add(id, 'painDuring', e.date, 'Pain during run', e.painDuring);
        break;
      case 'load-test':
        add(
          id,
          'pain',
          e.date,
          `Pain on load test ${e.test}${e.side === undefined ? '' : ` (${e.side})`}`,
          e.pain,
        );
        break;
      default:
        break;
    }
  }
  return out;
}

function dose(exercise: PlannedExercise): string {
  const amount =
    exercise.holdSeconds !== undefined
      ? `${exercise.sets} × ${exercise.holdSeconds} s hold`
      : `${exercise.sets} × ${exercise.reps ?? 1}`;
  const effort = exercise.effortPercent === undefined ? '' : ` at ${exercise.effortPercent}% effort`;
  const times = exercise.timesPerDay === undefined ? '' : `, ${exercise.timesPerDay} times a day`;
  return `${amount}${effort}${times}`;
}

function carePlan(decision: Decision, patientRef: string): Resource {
  const status =
    decision.status === 'completed' ? 'completed' : decision.status === 'active' ? 'active' : 'on-hold';
  const title =
    decision.stage === null
      ? `Hamstring tendinopathy rehab: ${decision.status}`
      : `Hamstring tendinopathy rehab: stage ${decision.stage}, level ${decision.level ?? 1}`;
  const activity = decision.plan.exercises.map((exercise) => ({
    detail: { status: 'scheduled', code: { text: exercise.id }, description: dose(exercise) },
  }));
  if (decision.plan.running !== null) {
    const { level, session, perWeek } = decision.plan.running;
    activity.push({
      detail: {
        status: 'scheduled',
        code: { text: `running level R${level}` },
        description: `${session}, ${perWeek} a week`,
      },
    });
  }
  return {
    resourceType: 'CarePlan',
    status,
    intent: 'plan',
    title,
    description: decision.reasons.map((r) => r.text).join(' '),
    subject: { reference: patientRef },
    period: { start: decision.asOf },
    ...(activity.length > 0 ? { activity } : {}),
    ...(decision.plan.advice.length > 0 ? { note: decision.plan.advice.map((a) => ({ text: a })) } : {}),
  };
}

/**
 * The patient's record as a FHIR R4 Bundle of type `collection`: the Patient, one Observation per pain
 * score, a QuestionnaireResponse for the intake screening, and a CarePlan for the current plan.
 */
export function fhirBundle(
  patientId: string,
  data: PatientData,
  decision: Decision | null,
  exportedAt: string,
): Resource {
  const patientRef = `urn:uuid:${patientId}`;
  const entry = (resource: Resource, fullUrl = `urn:uuid:${randomUUID()}`) => ({ fullUrl, resource });
  const entries = [
    entry(
      {
        resourceType: 'Patient',
        id: patientId,
        ...(data.profile.birthYear === null ? {} : { birthDate: String(data.profile.birthYear) }),
      },
      patientRef,
    ),
  ];
  for (const score of painScores(data)) {
    entries.push(
      entry({
        resourceType: 'Observation',
        identifier: [{ system: 'urn:hamstring-rehab:event', value: `${score.eventId}#${score.field}` }],
        status: 'final',
        category: [SURVEY],
        code: { coding: [PAIN_CODE], text: score.text },
        subject: { reference: patientRef },
        effectiveDateTime: score.date,
        valueInteger: score.value,
      }),
    );
  }
  if (data.screening !== undefined) {
    entries.push(
      entry({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        subject: { reference: patientRef },
        authored: data.screening.date,
        item: Object.entries(data.screening.answers).map(([linkId, value]) => ({
          linkId,
          answer: [{ valueBoolean: value }],
        })),
      }),
    );
  }
  if (decision !== null) entries.push(entry(carePlan(decision, patientRef)));
  return { resourceType: 'Bundle', type: 'collection', timestamp: exportedAt, entry: entries };
}
