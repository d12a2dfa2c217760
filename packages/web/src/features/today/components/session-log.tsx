import { type PlannedExercise } from '@hamstring-rehab/engine';
import { useState } from 'react';
import { FormTail } from '../../../components/form-tail';
import { PainScale } from '../../../components/pain-scale';
import { useLogOnce } from '../../../lib/hooks';
import { protocolOf } from '../../../lib/protocol';

interface Props {
  today: string;
  ceiling: number;
  exercises: PlannedExercise[];
  /** Exercises marked done (their timer ended, or ticked here). */
  done: ReadonlySet<string>;
  setDone: (id: string, isDone: boolean) => void;
  /** Stage 1's second session of the day (pht-v2 `plan.sessionsPerDay` 2): judged with the first. */
  second?: boolean;
}

const nameOf = (id: string) => protocolOf().exercises.find((e) => e.id === id)?.name ?? id;

/**
 * Logs today's session: which exercises were done (ticked by their timers, or by hand) and the worst pain
 * during them; works offline (the event queues), once however often tapped.
 */
export function SessionLog({ today, ceiling, exercises, done, setDone, second = false }: Props) {
  const [pain, setPain] = useState<number>();
  const [note, setNote] = useState('');
  const log = useLogOnce();

  const save = async () => {
    const did = exercises.filter((e) => done.has(e.id));
    if (did.length === 0) {
      log.setError('Tick the exercises you did.');
      return;
    }
    if (pain === undefined) {
      log.setError('Choose the worst pain you felt during the exercises.');
      return;
    }
    if (
      !(await log.save([
        {
          type: 'session',
          date: today,
          painDuring: pain,
          exercises: did.map((e) => ({ id: e.id, sets: e.sets })),
          ...(note.trim() === '' ? {} : { note: note.trim() }),
        },
      ]))
    )
      return;
  };

  return (
    <section className="card" aria-labelledby="log-session">
      <h2 id="log-session">{second ? 'Log your second session (optional)' : 'Log this session'}</h2>
      <fieldset>
        <legend>Exercises done</legend>
        <div className="checks">
          {exercises.map((e) => (
            <label key={e.id} className="check">
              <input
                type="checkbox"
                checked={done.has(e.id)}
                onChange={(ev) => {
                  setDone(e.id, ev.target.checked);
                }}
              />
              <span>{nameOf(e.id)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <PainScale
        legend="Worst pain at the sitting bone during the exercises"
        value={pain}
        onChange={setPain}
        ceiling={ceiling}
      />
      <div className="field">
        <label htmlFor="session-note">Anything your clinician should know? (optional)</label>
        <textarea
          id="session-note"
          maxLength={2000}
          rows={2}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
          }}
        />
        <p className="muted">Shown to a clinician you are linked to, with this session.</p>
      </div>
      <FormTail
        form={log}
        onSave={() => {
          void save();
        }}
      >
        Save session
      </FormTail>
    </section>
  );
}
