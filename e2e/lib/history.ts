import { decide, type Case, type CaseEvent } from '@hamstring-rehab/engine';
import { CONSISTENT_ANSWERS, day } from './patient.js';

export interface SimulatedHistory {
  screeningDay: string;
  events: CaseEvent[];
}

/**
 * A patient who did everything the plan asked from `startOffset` days ago until yesterday: a calm morning
 * check (1/10) every day and a comfortable session (2/10) on every day that was not a rest day, with no
 * load test ever. The engine itself says which days were rest days, so the history is what a real
 * patient following the app would have.
 */
function simulate(patient: Case['patient'], startOffset: number): SimulatedHistory {
  const screeningDay = day(startOffset - 1);
  const events: CaseEvent[] = [];
  const screening = { date: screeningDay, answers: CONSISTENT_ANSWERS };
  for (let d = startOffset; d <= -1; d++) {
    events.push({ type: 'morning-check', date: day(d), score: 1 });
    const decision = decide({ protocol: 'pht-v2', asOf: day(d), patient, screening, events });
    if (decision.status === 'active' && !decision.plan.restDay) {
      events.push({ type: 'session', date: day(d), painDuring: 2 });
    }
  }
  return { screeningDay, events };
}

/**
 * Six weeks of faithful rehab that end at the top of stage 2 with a session two days ago and a rest day
 * yesterday: pht-v2 judges that session today (its day E), after today's morning check, and the patient
 * is held only by the stage's load test (the single-leg bridge), never done. Stage 2 trains every other
 * day, so one of a few consecutive start days gives that rhythm.
 */
export function heldAtStageTwoGate(patient: Case['patient']): SimulatedHistory {
  for (const start of [-42, -43, -44, -45]) {
    const history = simulate(patient, start);
    const sessionOn = (d: number) => history.events.some((e) => e.type === 'session' && e.date === day(d));
    const sessionYesterday = sessionOn(-2) && !sessionOn(-1);
    const today = decide({
      protocol: 'pht-v2',
      asOf: day(0),
      patient,
      screening: { date: history.screeningDay, answers: CONSISTENT_ANSWERS },
      events: history.events,
    });
    const gatePending = today.reasons.some((r) => r.rule === 'stage-gate-pending');
    if (sessionYesterday && today.stage === 2 && today.level === 4 && gatePending) return history;
  }
  throw new Error('no simulated history ends held at the stage 2 gate with a session two days ago');
}
