import { useState } from 'react';
import { beep } from '../lib/cues';
import { holdPhase, type HoldPlan } from '../lib/timer-phases';
import { useTicker } from './use-ticker';
import { useTimerCues } from './use-timer-cues';

const PHASE_TEXT = { hold: 'Hold', rest: 'Rest', done: 'All holds done' } as const;

/** A guided timer for isometric holds: a large countdown, holds and rests, sound and vibration cues. */
export function HoldTimer({ plan, name, onDone }: { plan: HoldPlan; name: string; onDone?: () => void }) {
  const [running, setRunning] = useState(false);
  const { elapsed, reset } = useTicker(running);
  const now = holdPhase(plan, elapsed);
  useTimerCues(now, running, {
    work: 'hold',
    countdown: (p) => (p.phase === 'hold' ? p.remaining : undefined),
    stop: () => {
      setRunning(false);
    },
    onDone,
  });

  const started = elapsed > 0;
  return (
    <section className={`timer ${now.phase === 'rest' ? 'rest' : ''}`} aria-label={`Hold timer for ${name}`}>
      <p className="timer-phase" aria-live="assertive">
        {started
          ? `${PHASE_TEXT[now.phase]}${now.phase === 'done' ? '' : ` ${now.set} of ${plan.sets}`}`
          : 'Ready'}
      </p>
      <p className="timer-count" aria-hidden="true">
        {started ? now.remaining : plan.holdSeconds}
      </p>
      <p className="muted">
        {plan.sets} holds of {plan.holdSeconds} s, {Math.round(plan.restSeconds / 60)} min rest between.
      </p>
      <div className="actions actions-center">
        {now.phase !== 'done' && (
          <button
            type="button"
            onClick={() => {
              if (!running) beep(988, 120);
              setRunning(!running);
            }}
          >
            {running ? 'Pause' : started ? 'Resume' : 'Start holds'}
          </button>
        )}
        {started && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setRunning(false);
              reset();
            }}
          >
            Reset
          </button>
        )}
      </div>
    </section>
  );
}
