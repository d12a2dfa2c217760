import type { CaseEvent } from '@hamstring-rehab/engine';
import { addDays, formatDay, formatNumber } from '../../../lib/dates';

interface HistoryItem {
  date: string;
  change: string;
  stage: number | null;
  level: number | null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const one = (x: number) => formatNumber(Math.round(x * 10) / 10);

/** The last 7 days in plain sentences: check-ins, morning trend, sessions, runs, ladder moves. */
export function weeklySummary(
  events: readonly CaseEvent[],
  history: readonly HistoryItem[],
  today: string,
): string[] {
  const from = addDays(today, -6);
  const before = addDays(today, -13);
  const inWeek = (e: { date: string }) => e.date >= from && e.date <= today;
  const inPrior = (e: { date: string }) => e.date >= before && e.date < from;
  const lines: string[] = [];

  const checks = events.filter((e) => e.type === 'morning-check');
  const week = checks.filter(inWeek).map((e) => e.score);
  const prior = checks.filter(inPrior).map((e) => e.score);
  if (week.length === 0)
    lines.push('No morning checks this week. They keep your plan right: try to do one each day.');
  else {
    let trend = '';
    if (prior.length > 0) {
      const d = mean(week) - mean(prior);
      trend =
        d <= -0.5
          ? ', lower than the week before: settling'
          : d >= 0.5
            ? ', higher than the week before'
            : ', about the same as the week before';
    }
    lines.push(
      `${week.length} morning check${week.length === 1 ? '' : 's'} this week, average pain ${one(mean(week))}/10${trend}.`,
    );
  }

  const sessions = events.filter((e) => e.type === 'session' && inWeek(e));
  const days = new Set(sessions.map((s) => s.date)).size;
  if (days === 0) lines.push('No exercise sessions logged this week.');
  else {
    const worst = Math.max(...sessions.map((s) => (s.type === 'session' ? s.painDuring : 0)));
    lines.push(
      `Exercises on ${days} day${days === 1 ? '' : 's'}; the worst pain during them was ${worst}/10.`,
    );
  }

  const runs = events.filter((e) => e.type === 'run' && inWeek(e));
  if (runs.length > 0) {
    const minutes = runs.reduce((a, r) => a + (r.type === 'run' ? r.minutes : 0), 0);
    lines.push(`${runs.length} run${runs.length === 1 ? '' : 's'}, ${Math.round(minutes)} minutes in all.`);
  }

  const moves = history.filter(
    (h) => h.date >= from && h.date <= today && h.change !== 'hold' && h.change !== 'none',
  );
  for (const m of moves) {
    const where = m.stage === null ? '' : ` to stage ${m.stage}, level ${m.level ?? 1}`;
    const verb =
      { start: 'Started', progress: 'Moved up', advance: 'Advanced', regress: 'Stepped back' }[m.change] ??
      'Changed';
    lines.push(`${verb}${where} on ${formatDay(m.date)}.`);
  }
  return lines;
}
