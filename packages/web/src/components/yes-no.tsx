import { useId } from 'react';

interface Props {
  question: string;
  value: boolean | undefined;
  onChange: (value: boolean) => void;
}

/** One yes/no question as two large radio buttons. */
export function YesNo({ question, value, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="card">
      <legend>{question}</legend>
      <div className="choice-row">
        {[true, false].map((answer) => (
          <label key={String(answer)} className="choice">
            <input
              type="radio"
              name={name}
              checked={value === answer}
              onChange={() => {
                onChange(answer);
              }}
            />
            <span>{answer ? 'Yes' : 'No'}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
