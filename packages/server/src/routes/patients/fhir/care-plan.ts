import type { Decision, PlannedExercise } from '@hamstring-rehab/engine';
import { exerciseCode, type Resource } from './code-system.js';

const codingOf = (id: string) => {
  const code = exerciseCode(id);
  return code === undefined ? {} : { coding: [code] };
};

function dose(exercise: PlannedExercise): string {
  const amount =
    exercise.holdSeconds !== undefined
      ? `${exercise.sets} × ${exercise.holdSeconds} s hold`
      : `${exercise.sets} × ${exercise.reps ?? 1}`;
  const effort = exercise.effortPercent === undefined ? '' : ` at ${exercise.effortPercent}% effort`;
  const times = exercise.timesPerDay === undefined ? '' : `, ${exercise.timesPerDay} times a day`;
  return `${amount}${effort}${times}`;
}

/** The current plan as a CarePlan: its exercises and running, the reasons as its description. */
export function carePlan(decision: Decision, patientRef: string): Resource {
  const status =
    decision.status === 'completed' ? 'completed' : decision.status === 'active' ? 'active' : 'on-hold';
  const title =
    decision.stage === null
      ? `Hamstring tendinopathy rehab: ${decision.status}`
      : `Hamstring tendinopathy rehab: stage ${decision.stage}, level ${decision.level ?? 1}`;
  const activity = decision.plan.exercises.map((exercise) => ({
    detail: {
      status: 'scheduled',
      code: { ...codingOf(exercise.id), text: exercise.id },
      description: dose(exercise),
    },
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
