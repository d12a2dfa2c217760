import { decide, type Case, type HistoryEntry } from '@hamstring-rehab/engine';

export type { HistoryEntry } from '@hamstring-rehab/engine';

/** A move of the ladder or a start, not a hold. */
export const isChange = (entry: HistoryEntry): boolean => entry.change !== 'hold' && entry.change !== 'none';

export interface ExplainedEntry {
  entry: HistoryEntry;
  /** The reasons of the decision the engine made on the entry's day, for this change. */
  reasons: string[];
}

/**
 * Each change of the engine's decision history with the reasons of that day's decision: the case decided
 * `asOf` the entry's day (the day the engine made the change; pht-v2 never rewrites it later), keeping the
 * reasons of the rules the entry names, or all of them when none match (docs/decisions/117).
 */
export function explainHistory(c: Case, entries: readonly HistoryEntry[]): ExplainedEntry[] {
  const byDay = new Map<string, ReturnType<typeof decide>['reasons']>();
  return entries.map((entry) => {
    let reasons = byDay.get(entry.date);
    if (reasons === undefined) {
      reasons = decide({ ...c, asOf: entry.date }).reasons;
      byDay.set(entry.date, reasons);
    }
    const own = reasons.filter((r) => entry.rules.includes(r.rule));
    return { entry, reasons: (own.length > 0 ? own : reasons).map((r) => r.text) };
  });
}
