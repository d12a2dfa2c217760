import type { CaseEvent } from '@hamstring-rehab/engine';
import { addDays } from './dates';

/** Unix seconds at local noon of a day (keeps points on their day in any time zone). */
export const toX = (iso: string): number => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12).getTime() / 1000;
};

/** One value per day: the highest that day. */
export function daily(events: readonly CaseEvent[], pick: (e: CaseEvent) => number | undefined) {
  const byDay = new Map<string, number>();
  for (const e of events) {
    const v = pick(e);
    if (v !== undefined) byDay.set(e.date, Math.max(v, byDay.get(e.date) ?? v));
  }
  const days = [...byDay.keys()].sort();
  return { x: days.map(toX), y: days.map((d) => byDay.get(d) ?? null) };
}

/** Running minutes per week (weeks starting on Monday), up to today. */
export function weeklyRunMinutes(events: readonly CaseEvent[]) {
  const weeks = new Map<string, number>();
  for (const e of events) {
    if (e.type !== 'run') continue;
    const [y = 0, m = 1, d = 1] = e.date.split('-').map(Number);
    const weekday = (new Date(y, m - 1, d).getDay() + 6) % 7;
    const monday = addDays(e.date, -weekday);
    weeks.set(monday, (weeks.get(monday) ?? 0) + e.minutes);
  }
  const keys = [...weeks.keys()].sort();
  return { x: keys.map(toX), y: keys.map((k) => weeks.get(k) ?? null) };
}

const DAY = 86_400;

/**
 * The x range of a chart: the data with a day of margin, and at least a week wide, so that one point
 * sits in a readable week instead of stretching the time axis over years.
 */
export function xRange(x: readonly number[]): [number, number] {
  if (x.length === 0) return [0, 7 * DAY];
  const lo = Math.min(...x);
  const hi = Math.max(...x);
  const span = Math.max(hi - lo, 6 * DAY);
  return [hi - span - DAY, hi + DAY];
}

/** A chart's x value (seconds at local noon) back as a short day, for its table of numbers. */
export function xLabel(seconds: number): string {
  return new Date(seconds * 1000).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

export type Instrument = 'own' | 'visa-h';
export const INSTRUMENT_NAMES: Record<Instrument, string> = {
  own: 'Own function check',
  'visa-h': 'VISA-H',
};

/** Function scores per instrument, each its own series: scores of different instruments are never mixed. */
export function functionSeries(events: readonly CaseEvent[]) {
  const instruments: Instrument[] = [];
  for (const e of events) {
    if (e.type !== 'function-check') continue;
    const instrument = e.instrument ?? 'own';
    if (!instruments.includes(instrument)) instruments.push(instrument);
  }
  return instruments.map((instrument) => ({
    instrument,
    label: INSTRUMENT_NAMES[instrument],
    ...daily(events, (e) =>
      e.type === 'function-check' && (e.instrument ?? 'own') === instrument ? e.score : undefined,
    ),
  }));
}
