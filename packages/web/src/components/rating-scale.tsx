import { useId } from 'react';

interface Props {
  legend: string;
  value: number | undefined;
  onChange: (value: number) => void;
}

/** A neutral 0-10 rating as large radio buttons. */
export function RatingScale({ legend, value, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="card">
      <legend>{legend}</legend>
      <div className="choice-row">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="choice">
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
    </fieldset>
  );
}
