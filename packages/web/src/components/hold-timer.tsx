import { useEffect, useRef, useState } from 'react';
import { beep, buzz } from '../lib/cues';
import { holdPhase, type HoldPlan } from '../lib/timer-phases';
import { useTicker } from './use-ticker';

const PHASE_TEXT = { hold: 'Hold', rest: 'Rest', done: 'All holds done' } as const;

/** A guided timer for isometric holds: a large countdown, holds and rests, sound and vibration cues. */
export function HoldTimer({ plan, name, onDone }: { plan: HoldPlan; name: string; onDone?: () => void }) {
  const [running, setRunning] = useState(false);
  const { elapsed, reset } = useTicker(running);
  const now = holdPhase(plan, elapsed);
  const last = useRef(now);

  useEffect(() => {
    const before = last.current;
    last.current = now;
    if (!running) return;
    if (before.phase !== now.phase || before.set !== now.set) {
      beep(now.phase === 'hold' ? 988 : 660, 300);
      buzz(now.phase === 'hold' ? [200, 100, 200] : 400);
      if (now.phase === 'done') {
        setRunning(false);
        onDone?.();
      }
    } else if (now.phase === 'hold' && now.remaining <= 3 && before.remaining !== now.remaining) {
      beep(740, 90);
    }
  }, [now, running, onDone]);

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
      <div className="actions" style={{ justifyContent: 'center' }}>
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
