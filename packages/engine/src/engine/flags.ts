import type { FlagId, Reason } from '../schema/types.js';
import type { Day } from './days.js';
import { worseningAt } from './gates.js';
import { joinAnd } from './evidence.js';
import type { Context, State } from './state.js';

/** The flags of PROTOCOL.md section 6 that hold at asOf, each with a reason naming its evidence. */
export function flagsAt(ctx: Context, s: State): { flags: FlagId[]; reasons: Map<FlagId, Reason> } {
  const { h, p } = ctx;
  const asOf = h.asOf;
  const found = new Map<FlagId, Reason>();
  const active = s.status === 'active';
  const inProgram = active || s.status === 'completed';
  if (s.fromRedFlag) {
    found.set('red-flag', {
      rule: 'red-flag',
      text: 'A red flag was reported: the program is stopped until a clinician clears it.',
    });
  }
  if (inProgram) {
    const since = asOf - p.pain.windowDays + 1;
    const reds = s.redSessionDays.filter((d) => d >= since && d <= asOf);
    if (reds.length >= p.flags.repeatedFlareCount) {
      found.set('repeated-flare', {
        rule: 'repeated-flare',
        text: `${reds.length} sessions were too painful in the ${p.pain.windowDays} days up to ${ctx.fmt(asOf)} (judged on ${joinAnd(reds.map(ctx.fmt))}). Please contact your clinician.`,
      });
    }
    if (s.lastSessionBand === 'red') {
      found.set('flare', {
        rule: 'flare',
        text: 'The latest judged session was above your pain ceiling: a flare.',
      });
    }
    const trend = worseningAt(ctx, asOf);
    if (trend) {
      found.set('worsening-trend', {
        rule: 'worsening-trend',
        text: `Morning scores average ${trend.recent.toFixed(1)}/10 in the ${p.pain.windowDays} days up to ${ctx.fmt(asOf)}, against ${trend.before.toFixed(1)}/10 the week before: no moving up until they settle.`,
      });
    }
  }
  if (active) {
    const anySession = h.sessions.length > 0;
    let recent = false;
    for (let d: Day = asOf; d > asOf - p.flags.missingCheckInDays; d--) if (h.morning.has(d)) recent = true;
    if (anySession && !recent) {
      const last = h.morningDays[h.morningDays.length - 1];
      found.set('missing-check-ins', {
        rule: 'missing-check-ins',
        text: `No morning check in the last ${p.flags.missingCheckInDays} days${last !== undefined ? ` (the latest was on ${ctx.fmt(last)})` : ''}: sessions can't be judged without it.`,
      });
    }
    const idle = asOf - s.lastUp;
    if (idle >= p.flags.stalledDays) {
      found.set('stalled', {
        rule: 'stalled',
        text: `No move up since ${ctx.fmt(s.lastUp)} (${idle} days). A clinician may want to review the plan.`,
      });
    }
  }
  const flags = p.flagOrder.filter((f) => found.has(f));
  return { flags, reasons: found };
}
