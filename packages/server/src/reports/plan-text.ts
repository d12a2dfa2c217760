import type { Decision } from '@hamstring-rehab/engine';
import { dayText } from './pdf-text.js';

type Plan = Decision['plan'];

/** What kind of day the plan is, in words, when it is not an ordinary training day (pht-v2 `plan.mode`). */
export function planModeText(plan: Plan): string | null {
  switch (plan.mode) {
    case 'pain-relief':
      return 'Pain-relief day: only the gentle hold below, no other loading.';
    case 'stopped':
      return 'Program stopped: no exercises until a clinician clears it.';
    case 'rest-day':
      return 'Rest day today: the tendon recovers between loading days.';
    case 'maintenance':
      return 'Maintenance: twice a week.';
    case 'training':
    case undefined:
      return plan.restDay ? 'Rest day today: no exercises.' : null;
  }
}

/** The running line: level, session and a pause with its last day. */
export function runningText(running: NonNullable<Plan['running']>): string {
  const base = `Running level R${running.level}: ${running.session}, ${running.perWeek} a week (${running.kindsAllowed.join(', ')})`;
  const paused = running.pausedUntil ?? null;
  return paused === null ? base : `${base}. Running paused until ${dayText(paused)} inclusive.`;
}

const INSTRUMENT_NAMES: Record<string, string> = { own: 'Own function check', 'visa-h': 'VISA-H' };

/** One line per instrument, never mixed: "VISA-H 62 (+14 since the first)". */
export function functionLines(outcome: Decision['outcome']): string[] {
  if (outcome === undefined) return [];
  const by = outcome.byInstrument;
  if (by !== undefined) {
    return Object.entries(by).map(([instrument, o]) => {
      const sign = o.changeFromFirst >= 0 ? '+' : '';
      return `${INSTRUMENT_NAMES[instrument] ?? instrument}: ${o.latestScore} (${sign}${o.changeFromFirst} since the first)`;
    });
  }
  if (outcome.latestScore === null || outcome.latestScore === undefined) return [];
  const change = outcome.changeFromFirst ?? 0;
  return [`${outcome.latestScore} (${change >= 0 ? '+' : ''}${change} since the first)`];
}
