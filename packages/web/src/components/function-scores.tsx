import type { Decision } from '@hamstring-rehab/engine';
import { INSTRUMENT_NAMES, type Instrument } from '../lib/series';

const signed = (n: number) => `${n > 0 ? '+' : ''}${String(n)}`;

/**
 * The latest function score of each instrument with its change from the first of the same instrument
 * (pht-v2 `outcome.byInstrument`); an older decision's single score when that is all there is.
 */
export function FunctionScores({ outcome }: { outcome: Decision['outcome'] }) {
  const by = outcome?.byInstrument;
  const rows =
    by !== undefined
      ? (Object.entries(by) as [Instrument, NonNullable<typeof by>[string]][]).map(([instrument, o]) => ({
          name: INSTRUMENT_NAMES[instrument],
          ...o,
        }))
      : typeof outcome?.latestScore === 'number'
        ? [
            {
              name: 'Function score',
              latestScore: outcome.latestScore,
              changeFromFirst: outcome.changeFromFirst ?? 0,
            },
          ]
        : [];
  if (rows.length === 0) return null;
  return (
    <ul className="summary-list" data-testid="function-scores">
      {rows.map((r) => (
        <li key={r.name}>
          {r.name}: {r.latestScore}/100
          {r.changeFromFirst !== 0 ? ` (${signed(r.changeFromFirst)} since the first)` : ''}
        </li>
      ))}
    </ul>
  );
}
