import type { RunKind } from '@hamstring-rehab/engine';
import { useState } from 'react';
import { PainScale } from '../../../components/pain-scale';
import { FormTail } from '../../../components/form-tail';
import { useLogOnce } from '../../../lib/hooks';

const KIND_TEXT: Record<RunKind, string> = {
  easy: 'Easy',
  tempo: 'Tempo',
  intervals: 'Intervals',
  hills: 'Hills',
  sprints: 'Sprints',
};

/** Log a run: minutes, distance, kind and the worst pain during it. */
export function RunLog({ today, ceiling, kinds }: { today: string; ceiling: number; kinds: RunKind[] }) {
  const [minutes, setMinutes] = useState('');
  const [km, setKm] = useState('');
  const [kind, setKind] = useState<RunKind>('easy');
  const [pain, setPain] = useState<number>();
  const [saved, setSaved] = useState(false);
  const log = useLogOnce();

  const save = async () => {
    const m = Number(minutes);
    const k = km === '' ? undefined : Number(km);
    setSaved(false);
    const fail = (text: string) => {
      log.setError(text);
    };
    if (!(m > 0 && m <= 600)) {
      fail('Enter the minutes you ran (more than 0).');
      return;
    }
    if (k !== undefined && !(k >= 0 && k <= 200)) {
      fail('Distance must be 0 to 200 km.');
      return;
    }
    if (pain === undefined) {
      fail('Choose the worst pain during the run.');
      return;
    }
    if (
      !(await log.save([
        {
          type: 'run',
          date: today,
          minutes: m,
          kind,
          painDuring: pain,
          ...(k === undefined ? {} : { km: k }),
        },
      ]))
    )
      return;
    log.renew();
    setSaved(true);
    setMinutes('');
    setKm('');
    setPain(undefined);
  };

  return (
    <section className="card" aria-labelledby="log-run">
      <h2 id="log-run">Log a run</h2>
      <div className="field">
        <label htmlFor="run-minutes">Minutes</label>
        <input
          id="run-minutes"
          type="number"
          inputMode="decimal"
          min={1}
          max={600}
          value={minutes}
          onChange={(e) => {
            setMinutes(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="run-km">Distance in km (optional)</label>
        <input
          id="run-km"
          type="number"
          inputMode="decimal"
          min={0}
          max={200}
          step={0.1}
          value={km}
          onChange={(e) => {
            setKm(e.target.value);
          }}
        />
      </div>
      <fieldset>
        <legend>Kind of run</legend>
        <div className="choice-row">
          {kinds.map((k) => (
            <label key={k} className="choice">
              <input
                type="radio"
                name="run-kind"
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                }}
              />
              <span>{KIND_TEXT[k]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <PainScale
        legend="Worst pain at the sitting bone during the run"
        value={pain}
        onChange={setPain}
        ceiling={ceiling}
      />
      {saved && (
        <p className="alert alert-ok" role="status">
          Run saved.
        </p>
      )}
      <FormTail
        form={log}
        onSave={() => {
          void save();
        }}
      >
        Save run
      </FormTail>
    </section>
  );
}
