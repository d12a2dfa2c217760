import { decide, type EventOf } from '@hamstring-rehab/engine';
import { buildCase, missingForDecision, type PatientData } from '../../cases/patient-case.js';

/**
 * What a clinician action does to the patient's plan, worked out by the engine itself with the action
 * added (ADR 124): it takes effect as asked (`applied`), is limited by the protocol (`capped`), is recorded
 * but waits (`waits`: the program is stopped by a red flag, or the case is incomplete), or changes nothing
 * (`no-change`).
 */
export interface ActionEffect {
  kind: 'applied' | 'capped' | 'waits' | 'no-change';
  message: string;
}

export const actionEffectSchema = {
  type: 'object',
  required: ['kind', 'message'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['applied', 'capped', 'waits', 'no-change'] },
    message: { type: 'string', description: 'What the action does, in plain words' },
  },
} as const;

const STATUS_WORDS: Record<string, string> = {
  emergency: 'an emergency referral',
  'urgent-referral': 'an urgent referral',
  'medical-review': 'a medical review',
  'assessment-needed': 'an assessment',
};

/** The effect of `event` (not yet stored) on the patient's decision for `asOf`. */
export function actionEffect(data: PatientData, event: EventOf<'clinician'>, asOf: string): ActionEffect {
  if (missingForDecision(data) !== null) {
    return {
      kind: 'waits',
      message:
        'The patient has not finished their profile and screening: the change is recorded and applies once they have.',
    };
  }
  const after = decide(buildCase({ ...data, events: [...data.events, { id: 'preview', event }] }, asOf));
  const held = after.status !== 'active' && after.status !== 'completed';
  const hold = `The program is stopped for ${STATUS_WORDS[after.status] ?? after.status}${
    after.flags.includes('red-flag') ? ' (red flag)' : ''
  }`;
  switch (event.action) {
    case 'clear-screening':
      return held
        ? { kind: 'waits', message: `${hold}: clearing did not restart it.` }
        : {
            kind: 'applied',
            message: `The program restarts at stage ${String(after.stage)}, level ${String(after.level)}.`,
          };
    case 'set-stage': {
      if (held) {
        return {
          kind: 'waits',
          message: `${hold}: stage ${String(event.stage)} is recorded and applies only once a clinician clears the screening.`,
        };
      }
      const wanted = event.level ?? 1;
      if (after.stage !== event.stage || after.level !== wanted) {
        return {
          kind: 'capped',
          message: `Stage ${String(event.stage)} has no level ${String(wanted)}: the patient will be at stage ${String(after.stage)}, level ${String(after.level)}.`,
        };
      }
      return {
        kind: 'applied',
        message: `The patient is at stage ${String(after.stage)}, level ${String(after.level)} from today.`,
      };
    }
    case 'set-ceiling':
      return { kind: 'applied', message: `The pain ceiling is ${String(event.painCeiling)}/10 from today.` };
    case 'set-running-level': {
      const wanted = event.runningLevel ?? 0;
      if (!data.profile.runner) {
        return {
          kind: 'no-change',
          message: 'This patient is not a runner: the running level does not change.',
        };
      }
      if (held) {
        return { kind: 'waits', message: `${hold}: no running until a clinician clears the screening.` };
      }
      if (wanted === 0) return { kind: 'applied', message: 'Running is paused from today.' };
      const got = after.plan.running?.level ?? 0;
      if (got === 0) {
        return {
          kind: 'capped',
          message: `Stage ${String(after.stage)} allows no running yet: R${String(wanted)} is recorded, but the patient does not run.`,
        };
      }
      if (got < wanted) {
        return {
          kind: 'capped',
          message: `Stage ${String(after.stage)} allows at most R${String(got)}: running will be at R${String(got)}, not R${String(wanted)}.`,
        };
      }
      return { kind: 'applied', message: `Running is at R${String(got)} from today.` };
    }
    case 'review':
      return { kind: 'applied', message: 'The review is recorded; the plan does not change.' };
  }
}
