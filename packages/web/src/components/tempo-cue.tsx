import { useEffect, useRef, useState } from 'react';
import { beep, buzz } from '../lib/cues';
import { tempoPhase } from '../lib/timer-phases';
import { useTicker } from './use-ticker';

const PHASE_TEXT = { lift: 'Lift', lower: 'Lower slowly', pause: 'Pause', done: 'Set done' } as const;

/** Paces one set of slow-lowering reps: lift, lower over the tempo with a count, pause. */
export function TempoCue({ reps, lowerSeconds, name }: { reps: number; lowerSeconds: number; name: string }) {
  const [running, setRunning] = useState(false);
  const { elapsed, reset } = useTicker(running);
  const now = tempoPhase(reps, lowerSeconds, elapsed);
  const last = useRef(now);

  useEffect(() => {
    const before = last.current;
    last.current = now;
    if (!running) return;
    if (before.phase !== now.phase) {
      if (now.phase === 'lift') beep(988, 120);
      if (now.phase === 'done') {
        beep(660, 400);
        buzz(400);
        setRunning(false);
      }
    }
    if (now.phase === 'lower' && (before.phase !== 'lower' || before.remaining !== now.remaining))
      beep(520, 80);
  }, [now, running]);

  const started = elapsed > 0;
  return (
    <section className="timer" aria-label={`Tempo cue for ${name}`}>
      <p className="timer-phase" aria-live="polite">
        {started
          ? `${PHASE_TEXT[now.phase]}${now.phase === 'done' ? '' : `, rep ${now.rep} of ${reps}`}`
          : 'Tempo cue'}
      </p>
      <p className="timer-count" aria-hidden="true">
        {started && now.phase === 'lower' ? now.remaining : '·'}
      </p>
      <p className="muted">Lift in 1 s, lower over {lowerSeconds} s with the count, pause 1 s.</p>
      <div className="actions" style={{ justifyContent: 'center' }}>
        <button
          type="button"
          onClick={() => {
            if (now.phase === 'done') reset();
            setRunning(!running);
          }}
        >
          {running ? 'Pause' : now.phase === 'done' ? 'Next set' : started ? 'Resume' : 'Start set'}
        </button>
      </div>
    </section>
  );
}
