import { useEffect, useRef, useState } from 'react';
import { useTicker } from '../../../components/use-ticker';
import { beep, buzz } from '../../../lib/cues';
import { stepAt, type IntervalStep } from '../api/interval-plan';

const mmss = (s: number) => `${String(Math.floor(s / 60))}:${String(s % 60).padStart(2, '0')}`;

/** Walk/run interval timer with a beep and a buzz at each change (two for run, one for walk). */
export function IntervalTimer({ steps }: { steps: IntervalStep[] }) {
  const [running, setRunning] = useState(false);
  const { elapsed, reset } = useTicker(running);
  const now = stepAt(steps, elapsed);
  const lastIndex = useRef(-1);

  useEffect(() => {
    if (!running) return;
    const index = now?.index ?? steps.length;
    if (index === lastIndex.current) return;
    lastIndex.current = index;
    if (now === undefined) {
      beep(660, 600);
      buzz([300, 100, 300, 100, 300]);
      setRunning(false);
    } else if (now.step.kind === 'run') {
      beep(988, 200);
      buzz([200, 100, 200]);
    } else {
      beep(660, 300);
      buzz(300);
    }
  }, [now, running, steps.length]);

  const started = elapsed > 0;
  const label = now === undefined ? 'Finished' : now.step.kind === 'run' ? 'Run' : 'Walk';
  return (
    <section
      className={`timer ${now?.step.kind === 'walk' ? 'rest' : ''}`}
      aria-label="Walk/run interval timer"
    >
      <p className="timer-phase" aria-live="assertive">
        {started
          ? `${label}${now === undefined ? '' : `, ${Math.floor(now.index / 2) + 1} of ${steps.length / 2}`}`
          : `Ready: starts with a ${steps[0]?.kind ?? 'walk'}`}
      </p>
      <p className="timer-count" aria-hidden="true">
        {mmss(started ? (now?.remaining ?? 0) : (steps[0]?.seconds ?? 0))}
      </p>
      <div className="actions actions-center">
        {now !== undefined && (
          <button
            type="button"
            onClick={() => {
              setRunning(!running);
            }}
          >
            {running ? 'Pause' : started ? 'Resume' : 'Start'}
          </button>
        )}
        {started && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setRunning(false);
              lastIndex.current = -1;
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
