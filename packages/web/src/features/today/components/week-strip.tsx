import { useMemo } from 'react';
import type { LocalData } from '../../../lib/patient-case';
import { weekView } from '../api/week-view';

// One formatter each, made on first use: toLocaleDateString builds a new one on every call (14 per render).
let formats: { short: Intl.DateTimeFormat; long: Intl.DateTimeFormat } | undefined;
const format = (iso: string, kind: 'short' | 'long') => {
  formats ??= {
    short: new Intl.DateTimeFormat(undefined, { weekday: 'short' }),
    long: new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }),
  };
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return formats[kind].format(new Date(y, m - 1, d));
};
const weekday = (iso: string) => format(iso, 'short');
const longDay = (iso: string) => format(iso, 'long');

/** The last 7 days at a glance: sessions and morning checks done against the plan of each day. */
export function WeekStrip({ data, today }: { data: LocalData; today: string }) {
  // Seven decisions and the page's first date formats: Today shows it once its plan is painted (ADR 229).
  const week = useMemo(() => weekView(data, today), [data, today]);
  return (
    <section className="card week-strip" aria-labelledby="week-title" data-testid="week-view">
      <h2 id="week-title">Your week</h2>
      <p>
        Sessions: {week.sessions} of {week.planned} planned · Morning checks: {week.checkIns} of 7
      </p>
      <ol className="week-days">
        {week.days.map((d) => {
          const session = d.session ? 'session done' : d.planned ? 'session planned, not logged' : 'rest day';
          const check = d.checkIn ? 'morning check done' : 'no morning check';
          return (
            <li key={d.date} className={d.date === today ? 'today' : undefined}>
              <span className="visually-hidden">
                {longDay(d.date)}: {session}, {check}.
              </span>
              <span aria-hidden="true">
                <span className="week-day-name">{weekday(d.date)}</span>
                <span className={d.session ? 'mark done' : d.planned ? 'mark missed' : 'mark rest'}>
                  {d.session ? '●' : d.planned ? '○' : '–'}
                </span>
                <span className={d.checkIn ? 'mark done' : 'mark missed'}>{d.checkIn ? '✓' : '·'}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="muted legend-row" aria-hidden="true">
        <span>● session</span>
        <span>○ planned</span>
        <span>– rest</span>
        <span>✓ morning check</span>
      </p>
    </section>
  );
}
