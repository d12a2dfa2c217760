import type { FlagId, Reason } from '../../schema/types.js';
import type { Day } from '../days.js';
import { joinAnd } from '../evidence.js';
import { severeHolding, worseningV2, type ContextV2 } from './context.js';
import type { StateV2 } from './state.js';

/** Flare days (section 6) in the 7 days up to asOf that still count: days E of reds, and mornings above the ceiling. */
function flareDays(ctx: ContextV2, s: StateV2): Day[] {
  const asOf = ctx.h.asOf;
  const since = asOf - ctx.p.pain.windowDays + 1;
  const lastClin = s.clinicianPos[s.clinicianPos.length - 1] ?? -1;
  const days = new Set<Day>();
  for (const r of s.reds) if (r.ackPos === undefined && r.day >= since && r.day <= asOf) days.add(r.day);
  const { orderedEvents: events, orderedDays: dayOf } = ctx.h;
  for (let pos = Math.max(0, lastClin + 1 - ctx.posOffset); pos < events.length; pos++) {
    const event = events[pos];
    const day = dayOf[pos] ?? 0;
    if (event?.type === 'morning-check' && event.score > s.ceiling && day >= since) days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

/** Runs of consecutive days. */
function episodes(days: Day[]): Day[][] {
  const out: Day[][] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && (last[last.length - 1] ?? 0) === d - 1) last.push(d);
    else out.push([d]);
  }
  return out;
}

/** The flags of section 6 that hold at asOf, each with a reason naming its evidence. */
export function flagsV2(ctx: ContextV2, s: StateV2): { flags: FlagId[]; reasons: Map<FlagId, Reason> } {
  const { h, p } = ctx;
  const asOf = h.asOf;
  const found = new Map<FlagId, Reason>();
  const isActive = s.status === 'active';
  const inProgram = isActive || s.status === 'completed';
  if (s.fromRedFlag && !inProgram)
    found.set('red-flag', {
      rule: 'red-flag',
      text: `A red flag was reported on ${ctx.fmt(s.statusSince)}: the program is stopped until a clinician clears it.`,
    });
  const severe = severeHolding(ctx, s, asOf);
  if (severe) {
    found.set('severe-pain', {
      rule: 'severe-pain',
      text: severe.hard
        ? `Pain of ${severe.score}/10 ${severe.source} on ${ctx.fmt(severe.day)}: pain that high while loading can mean a tear. Only gentle holds, no running and no moving up until a clinician has seen you; please contact your clinician.`
        : `Pain of ${severe.score}/10 ${severe.source} on ${ctx.fmt(severe.day)}: please contact your clinician. No moving up until a clinician has seen you, or 14 days have passed with three calm mornings in a row.`,
    });
  }
  const open = (m: StateV2['tingling']): boolean => m !== undefined && m.ackPos === undefined;
  const nerve = open(s.tingling) ? s.tingling : open(s.backPain) ? s.backPain : undefined;
  if (nerve) {
    found.set('nerve-signs', {
      rule: 'nerve-signs',
      text:
        nerve === s.tingling
          ? `New or worse tingling below the knee reported on ${ctx.fmt(nerve.day)}: it can come from a nerve or the back, so a clinician should check it. Until then no moving up and no deep hip bending.`
          : `New or worse low back pain reported on ${ctx.fmt(nerve.day)}: a clinician should check whether it adds to the buttock pain. The plan carries on.`,
    });
  }
  if (inProgram) {
    const fd = flareDays(ctx, s);
    const eps = episodes(fd);
    if (eps.length >= 2 || eps.some((e) => e.length >= 3)) {
      found.set('repeated-flare', {
        rule: 'repeated-flare',
        text: `Flares on ${joinAnd(fd.map(ctx.fmt))}, in the ${p.pain.windowDays} days up to ${ctx.fmt(asOf)}: please contact your clinician.`,
      });
    }
    const last = s.lastJudged;
    const morning = h.morning.get(asOf);
    if (morning !== undefined && morning > s.ceiling)
      found.set('flare', {
        rule: 'flare',
        text: `A morning score of ${morning}/10 today (${ctx.fmt(asOf)}), above your ceiling of ${s.ceiling}: a flare.`,
      });
    else if (last && last.band === 'red' && last.day > asOf - p.pain.windowDays)
      found.set('flare', {
        rule: 'flare',
        text: `The ${last.kind} judged on ${ctx.fmt(last.day)} was above your pain ceiling: a flare.`,
      });
    if (s.persistent && s.persistent.stage === s.stage && s.persistent.level === s.level) {
      found.set('persistent-amber', {
        rule: 'persistent-amber',
        text: `Three responses in a row of 4/10 or more at stage ${s.stage} level ${s.level}, up to ${ctx.fmt(s.persistent.day)}, and pain did not always settle: a clinician should review the plan.`,
      });
    }
    const trend = worseningV2(ctx, asOf);
    if (trend) {
      found.set('worsening-trend', {
        rule: 'worsening-trend',
        text: `Morning scores average ${trend.recent.toFixed(1)}/10 in the ${p.pain.windowDays} days up to ${ctx.fmt(asOf)}, against ${trend.before.toFixed(1)}/10 the week before: no moving up until they settle.`,
      });
    }
    if (ctx.runner) {
      const off = s.offPlanDays.filter((d) => d > asOf - p.pain.windowDays && d <= asOf);
      if (off.length > 0)
        found.set('off-plan-running', {
          rule: 'off-plan-running',
          text: `Off-plan running on ${joinAnd(off.map(ctx.fmt))}: runs beyond your running level do not count towards moving up. Keep to the plan.`,
        });
    }
  }
  if (isActive) {
    let recent = false;
    for (let d: Day = asOf; d > asOf - p.flags.missingCheckInDays; d--) if (h.morning.has(d)) recent = true;
    if (h.sessions.length > 0 && !recent) {
      const last = h.morningDays[h.morningDays.length - 1];
      found.set('missing-check-ins', {
        rule: 'missing-check-ins',
        text: `No morning check in the ${p.flags.missingCheckInDays} days up to ${ctx.fmt(asOf)}${last !== undefined ? ` (the latest was on ${ctx.fmt(last)})` : ''}: sessions can't be judged without it.`,
      });
    }
    const idle = asOf - s.lastUp;
    if (idle >= p.flags.stalledDays)
      found.set('stalled', {
        rule: 'stalled',
        text: `No move up since ${ctx.fmt(s.lastUp)} (${idle} days up to ${ctx.fmt(asOf)}). A clinician may want to review the plan.`,
      });
  }
  return { flags: p.flagOrder.filter((f) => found.has(f)), reasons: found };
}
