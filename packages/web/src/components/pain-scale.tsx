import { useId } from 'react';

export type Band = 'green' | 'amber' | 'red';

/** The band of a pain score: 0-3 green, 4 up to the ceiling amber, above the ceiling red. */
export function bandOf(score: number, ceiling: number): Band {
  if (score > ceiling) return 'red';
  if (score >= 4) return 'amber';
  return 'green';
}

/** "0–3 green · 4–5 amber · above 5 red"; with a ceiling of 3 there is no amber band. */
export function bandLegend(ceiling: number): string {
  const amber = ceiling >= 4 ? ` · ${ceiling === 4 ? '4' : `4–${String(ceiling)}`} amber` : '';
  return `0–3 green${amber} · above ${String(ceiling)} red`;
}

const BAND_TEXT: Record<Band, string> = {
  green: 'Green: safe. Carry on.',
  amber: 'Amber: acceptable, but watch it. Do not push harder today.',
  red: 'Red: too much. Stop this exercise for today and rest 1 to 2 days.',
};

interface Props {
  legend: string;
  hint?: string;
  value: number | undefined;
  onChange: (value: number) => void;
  ceiling: number;
  /** Show the band's meaning under the scale (for pain during an exercise). */
  showBand?: boolean;
}

/** A 0-10 pain rating as large radio buttons, coloured by band relative to the patient's pain ceiling. */
export function PainScale({ legend, hint, value, onChange, ceiling, showBand = true }: Props) {
  const name = useId();
  return (
    <fieldset className="pain-scale">
      <legend>{legend}</legend>
      {hint !== undefined && <p className="hint">{hint}</p>}
      <div className="choice-row">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className={`choice band-${bandOf(n, ceiling)}`}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => {
                onChange(n);
              }}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p className="legend-row">
        <span>0 = no pain, 10 = worst imaginable.</span>
        <span>{bandLegend(ceiling)}</span>
      </p>
      {showBand && value !== undefined && (
        <p className={`band-note ${bandOf(value, ceiling)}`} role="status">
          {BAND_TEXT[bandOf(value, ceiling)]}
        </p>
      )}
    </fieldset>
  );
}
