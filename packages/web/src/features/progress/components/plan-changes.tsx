import type { HistoryEntry } from '@hamstring-rehab/engine';
import { useMemo } from 'react';
import { formatDay } from '../../../lib/dates';
import { decideLocally, type LocalData } from '../../../lib/patient-case';

/** How many of the latest changes Progress explains. */
const SHOWN = 5;

type Entry = HistoryEntry;

const CHANGE_TEXT: Partial<Record<string, string>> = {
  start: 'Started',
  progress: 'Moved up',
  advance: 'Next stage',
  regress: 'Stepped back',
};

/**
 * The latest changes of the plan, each on the day the engine made it, with the reasons of that day's
 * decision (decided again on the device as of that day, so they are the words the patient saw then).
 */
export function PlanChanges({ data, history }: { data: LocalData; history: readonly Entry[] }) {
  const changes = useMemo(() => {
    const moved = history
      .filter((h) => CHANGE_TEXT[h.change] !== undefined)
      .slice(-SHOWN)
      .reverse();
    return moved.map((entry) => {
      const reasons = decideLocally(data, entry.date)?.reasons ?? [];
      const own = reasons.filter((r) => entry.rules.includes(r.rule));
      return { entry, reasons: (own.length > 0 ? own : reasons).map((r) => r.text) };
    });
  }, [data, history]);
  if (changes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="plan-changes">
      <h2 id="plan-changes">Changes to your plan</h2>
      <ul className="summary-list" data-testid="plan-changes">
        {changes.map(({ entry, reasons }) => (
          <li key={`${entry.date}-${entry.change}-${String(entry.stage)}-${String(entry.level)}`}>
            <strong>
              {formatDay(entry.date)}: {CHANGE_TEXT[entry.change]}
              {entry.stage === null
                ? ''
                : ` to stage ${String(entry.stage)} level ${String(entry.level ?? 1)}`}
            </strong>
            {reasons.map((r) => (
              <span key={r}> {r}</span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
