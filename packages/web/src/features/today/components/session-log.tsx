import type { PlannedExercise } from '@hamstring-rehab/engine';
import { useState } from 'react';
import { PainScale } from '../../../components/pain-scale';
import { errorText } from '../../../lib/api';
import { useLogEvents } from '../../../lib/hooks';
import { FormError } from '../../../components/form-error';

interface Props {
  today: string;
  ceiling: number;
  exercises: PlannedExercise[];
  /** Stage 1's second session of the day (pht-v2 `plan.sessionsPerDay` 2): judged with the first. */
  second?: boolean;
}

/** Logs today's session with the worst pain during it; works offline (the event queues). */
export function SessionLog({ today, ceiling, exercises, second = false }: Props) {
  const [pain, setPain] = useState<number>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const log = useLogEvents();

  const save = async () => {
    if (pain === undefined) {
      setError('Choose the worst pain you felt during the exercises.');
      return;
    }
    try {
      await log.mutateAsync([
        {
          type: 'session',
          date: today,
          painDuring: pain,
          exercises: exercises.map((e) => ({ id: e.id, sets: e.sets })),
          ...(note.trim() === '' ? {} : { note: note.trim() }),
        },
      ]);
      setPain(undefined);
      setNote('');
      setError(undefined);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section className="card" aria-labelledby="log-session">
      <h2 id="log-session">{second ? 'Log your second session (optional)' : 'Log this session'}</h2>
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
      <FormError message={error} />
      <button
        type="button"
        disabled={log.isPending}
        onClick={() => {
          void save();
        }}
      >
        Save session
      </button>
    </section>
  );
}
