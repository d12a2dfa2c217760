import type { Reason } from '../schema/types.js';
import type { Day } from './days.js';
import type { Context, State } from './state.js';
import type { ContextV2 } from './v2/context.js';
import { gatePendingReason, type GatePendingReason } from './v2/ladder.js';
import { softSevereEnded } from './v2/context.js';
import type { SevereMark, StateV2 } from './v2/state.js';

/** A reason as a checkpoint keeps it: its words, or what re-makes words that are read at asOf. */
export type SavedReason =
  { rule: string; text: string } | { rule: string; gate: { greens: number; prefix: string } };

function saveReason(r: Reason): SavedReason {
  const gate = (r as Partial<GatePendingReason>).gate;
  if (gate) return { rule: r.rule, gate: { greens: gate.greens, prefix: gate.prefix() } };
  return { rule: r.rule, text: r.text };
}

function loadReason(ctx: Context, s: State | StateV2, r: SavedReason): Reason {
  if ('gate' in r) {
    const prefix = r.gate.prefix;
    return gatePendingReason(ctx as ContextV2, s as StateV2, () => prefix, r.gate.greens);
  }
  return { rule: r.rule, text: r.text };
}

type Plain = Record<string, unknown>;

/**
 * The state at the end of `day` as plain JSON. The reasons' words are built now (the caller has set the
 * context's asOf to the day after), the decision history is left out, sets become arrays and each
 * unacknowledged soft severe mark says whether it ended by `day` (later searches start the day after).
 */
export function saveState(ctx: Context, s: State | StateV2, day: Day): Plain {
  const out: Plain = { ...s, log: undefined };
  out.reasons = s.reasons.map(saveReason);
  out.runReason = s.runReason ? saveReason(s.runReason) : undefined;
  if ('countedDays' in s) {
    // only the day before a session is asked, and sessions of the last two days may be judged later
    out.countedDays = [...s.countedDays].filter((d) => d >= day - 7);
    out.severe = s.severe.map((m) => {
      const mark: SevereMark = { ...m };
      delete mark.endedOn;
      delete mark.searchFrom;
      if (m.hard || m.ackPos !== undefined) return mark;
      const ended = softSevereEnded(ctx, m, day);
      return ended !== undefined ? { ...mark, endedOn: ended } : { ...mark, searchFrom: day + 1 };
    });
  }
  return JSON.parse(JSON.stringify(out)) as Plain;
}

/** A state saved by `saveState`, ready for the replay to continue. */
export function loadState(ctx: Context, saved: Plain): State | StateV2 {
  const s = JSON.parse(JSON.stringify(saved)) as Plain;
  const state = s as unknown as State | StateV2;
  s.log = undefined;
  s.reasons = (saved.reasons as SavedReason[]).map((r) => loadReason(ctx, state, r));
  s.runReason = saved.runReason ? loadReason(ctx, state, saved.runReason as SavedReason) : undefined;
  if (Array.isArray(saved.countedDays)) s.countedDays = new Set<Day>(saved.countedDays as Day[]);
  return state;
}
