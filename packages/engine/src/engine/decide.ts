import { getProtocol } from '../protocol/registry.js';
import type { Case, Decision, Reason } from '../schema/types.js';
import { formatDay, toIso } from './days.js';
import { flagsAt } from './flags.js';
import { gateStatus } from './gates.js';
import { buildHistory } from './history.js';
import { buildPlan } from './plan.js';
import { replay, type Resume } from './replay.js';
import type { ContextV2 } from './v2/context.js';
import { decideV2 } from './v2/decide-v2.js';
import type { ResumeV2 } from './v2/replay.js';
import {
  makeContext,
  plainReasons,
  topLevel,
  type Context,
  type DecisionWithHistory,
  type State,
} from './state.js';

export interface DecideOptions {
  /** Adds `history`: every change of the ladder, for timelines and charts. */
  history?: boolean;
}

export type { AppDecision, DecisionWithHistory, HistoryEntry } from './state.js';

/** The outcome measure: latest function score and its change from the first of the same instrument. */
function outcomeOf(checks: ReturnType<typeof buildHistory>['functionChecks']): Decision['outcome'] {
  const latest = checks[checks.length - 1];
  if (!latest) return { latestScore: null, changeFromFirst: null };
  const instrument = latest.instrument ?? 'own';
  const first = checks.find((f) => (f.instrument ?? 'own') === instrument) ?? latest;
  return { latestScore: latest.score, changeFromFirst: Math.round((latest.score - first.score) * 10) / 10 };
}

/**
 * Decides a patient's status, stage, level and plan for `asOf` from their whole history. Pure: the same
 * case always gives the same decision. The case must be valid (see `validateCase`).
 */
export function decide(c: Case, options: DecideOptions = {}): DecisionWithHistory {
  return decideCase(c, options.history === true);
}

/** Where a checkpoint's replay resumes, made from the context of the continued case. */
export type Resumer =
  | { ruleSet: 'pht-v1'; resume: (ctx: Context, log: boolean) => Resume<State> }
  | { ruleSet: 'pht-v2'; resume: (ctx: ContextV2, log: boolean) => ResumeV2 };

/** `decide`, optionally resumed from a checkpoint (checkpoint.ts); the case then holds the later events. */
export function decideCase(c: Case, log: boolean, resumer?: Resumer): DecisionWithHistory {
  const protocol = getProtocol(c.protocol);
  const h = buildHistory(c, protocol.ruleSet === 'pht-v2');
  const ctx = makeContext(protocol, h, c.patient.runner === true);
  if (protocol.ruleSet === 'pht-v2')
    return decideV2(ctx, c, log, resumer?.ruleSet === 'pht-v2' ? resumer.resume : undefined);
  const { state: s, pending } = replay(
    ctx,
    c,
    log,
    resumer?.ruleSet === 'pht-v1' ? resumer.resume(ctx, log) : undefined,
  );
  const { flags, reasons: flagReasons } = flagsAt(ctx, s);

  const reasons: Reason[] = [...s.reasons];
  if (s.runReason) reasons.push(s.runReason);
  const inProgram = s.status === 'active' || s.status === 'completed';
  if (pending.length > 0 && s.status === 'active') {
    const days = pending.map(
      (p) => `the ${p.kind} on ${formatDay(p.day, h.asOf)} (check-in due ${formatDay(p.day + 1, h.asOf)})`,
    );
    reasons.push({
      rule: 'awaiting-check-in',
      text: `Waiting for a morning check to judge ${days.join(' and ')}. Nothing changes until then.`,
    });
  }
  if (
    s.status === 'active' &&
    s.level === topLevel(ctx, s.stage) &&
    !reasons.some((r) => r.rule === 'stage-gate-pending')
  ) {
    const gate = gateStatus(ctx, s, h.asOf);
    if (!gate.met) reasons.push({ rule: 'stage-gate-pending', text: gate.pendingText() });
  }
  for (const f of flags) {
    const r = flagReasons.get(f);
    if (r && !reasons.some((x) => x.rule === r.rule)) reasons.push(r);
  }
  const decision: DecisionWithHistory = {
    protocol: 'pht-v1',
    asOf: c.asOf,
    status: s.status,
    stage: inProgram ? s.stage : null,
    level: inProgram ? s.level : null,
    change: s.change,
    reasons: plainReasons(reasons),
    flags,
    plan: buildPlan(ctx, s, flags),
    outcome: outcomeOf(h.functionChecks),
    expectedWeeks: [...protocol.expectedWeeks],
    painCeiling: s.ceiling,
    stageStarted: inProgram ? toIso(s.stageEntry) : null,
  };
  if (s.log) decision.history = s.log;
  return decision;
}
