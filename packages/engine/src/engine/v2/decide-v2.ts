import type { Case, Decision, Reason } from '../../schema/types.js';
import { toIso } from '../days.js';
import type { History } from '../history.js';
import { plainReasons, topLevel, type Context } from '../state.js';
import { blockAt, extendContext, type ContextV2 } from './context.js';
import { flagsV2 } from './flags.js';
import { gateV2 } from './gate.js';
import { buildPlanV2, painReliefAt } from './plan.js';
import { replayV2, type ResumeV2 } from './replay.js';
import type { DecisionWithHistory } from '../state.js';

/** Function scores per instrument (section 10), never mixed; the top-level pair is the latest instrument's. */
export function outcomeV2(h: History): Decision['outcome'] {
  const byInstrument: Record<string, { latestScore: number; changeFromFirst: number }> = {};
  const first = new Map<string, number>();
  let latest: { score: number; instrument: string } | undefined;
  for (const f of h.functionChecks) {
    const inst = f.instrument ?? 'own';
    if (!first.has(inst)) first.set(inst, f.score);
    byInstrument[inst] = {
      latestScore: f.score,
      changeFromFirst: Math.round((f.score - (first.get(inst) ?? f.score)) * 10) / 10,
    };
    latest = { score: f.score, instrument: inst };
  }
  if (!latest) return { latestScore: null, changeFromFirst: null, byInstrument: {} };
  return {
    latestScore: latest.score,
    changeFromFirst: byInstrument[latest.instrument]?.changeFromFirst ?? 0,
    byInstrument,
  };
}

/** Decides a pht-v2 case (PROTOCOL.md): the replay, then the standing conditions, flags and plan at asOf. */
export function decideV2(
  ctx0: Context,
  c: Case,
  log: boolean,
  resume?: (ctx: ContextV2, log: boolean) => ResumeV2,
): DecisionWithHistory {
  const ctx = extendContext(ctx0, c);
  const h = ctx.h;
  const { state: s, pending } = replayV2(ctx, c, log, resume?.(ctx, log));
  const { flags, reasons: flagReasons } = flagsV2(ctx, s);
  const reasons: Reason[] = [...s.reasons];
  const has = (rule: string): boolean => reasons.some((r) => r.rule === rule);
  if (s.runReason) reasons.push(s.runReason);
  const isActive = s.status === 'active';
  const inProgram = isActive || s.status === 'completed';
  if (pending.length > 0 && isActive) {
    const items = pending.map(
      (p) => `the ${p.kind} on ${ctx.fmt(p.day)} (its response is final on ${ctx.fmt(p.evalDay)})`,
    );
    reasons.push({
      rule: 'awaiting-check-in',
      text: `Waiting for the morning checks that judge ${items.join(' and ')}. Nothing changes until then; pain above your ceiling would count at once.`,
    });
  }
  if (isActive && s.level === topLevel(ctx, s.stage) && !has('stage-gate-pending')) {
    const gate = gateV2(ctx, s, h.asOf, s.greens);
    if (!gate.met) reasons.push({ rule: 'stage-gate-pending', text: gate.pendingText() });
  }
  if (isActive) {
    const block = blockAt(ctx, s, h.asOf);
    if (block && !has(block.rule)) reasons.push(block);
  }
  const relief = inProgram ? painReliefAt(ctx, s) : undefined;
  if (relief?.morningFlare) {
    const score = h.morning.get(h.asOf) ?? 0;
    reasons.push({
      rule: 'morning-flare',
      text: `Your morning score today (${ctx.fmt(h.asOf)}) is ${score}/10, above your ceiling of ${s.ceiling}: today is a flare day. Do only the gentle holds of the pain-relief plan.`,
    });
  }
  for (const f of flags) {
    const r = flagReasons.get(f);
    if (r && !has(r.rule)) reasons.push(r);
  }
  const decision: DecisionWithHistory = {
    protocol: 'pht-v2',
    asOf: c.asOf,
    status: s.status,
    stage: inProgram ? s.stage : null,
    level: inProgram ? s.level : null,
    change: s.change,
    reasons: plainReasons(reasons),
    flags,
    plan: buildPlanV2(ctx, s, flags),
    outcome: outcomeV2(h),
    expectedWeeks: [...ctx.p.expectedWeeks],
    painCeiling: s.ceiling,
    stageStarted: inProgram ? toIso(s.stageEntry) : null,
  };
  if (s.log) decision.history = s.log;
  return decision;
}
