import { useState } from 'react';
import { beep } from '../lib/cues';
import { setPhase, type SetPlan } from '../lib/timer-phases';
import { useTicker } from './use-ticker';
import { useTimerCues } from './use-timer-cues';

const STEP_TEXT = { lift: 'Lift', lower: 'Lower slowly', pause: 'Pause', done: 'Set done' } as const;

interface Props {
  name: string;
  plan: SetPlan;
  /** Called once when the last set ends. */
  onDone: () => void;
}

/**
 * A strength-set timer: set n of N, each rep paced at the tempo (or ended with a tap when unpaced), the
 * rest counted down between sets, stopping after the last set and marking the exercise done.
 */
export function StrengthTimer({ name, plan, onDone }: Props) {
  const [running, setRunning] = useState(false);
  const [ended, setEnded] = useState<number[]>([]);
  const { elapsed, reset } = useTicker(running);
  const now = setPhase(plan, elapsed, ended);
  useTimerCues(now, running, {
    work: 'work',
    countdown: (p) => (p.phase === 'rest' ? p.remaining : undefined),
    stop: () => {
      setRunning(false);
    },
    onDone,
  });

  const started = elapsed > 0;
  const headline = !started
    ? 'Ready'
    : now.phase === 'done'
      ? `All ${plan.sets} sets done`
      : now.phase === 'rest'
        ? `Rest, then set ${now.set + 1} of ${plan.sets}`
        : `Set ${now.set} of ${plan.sets}`;
  const rep = now.phase === 'work' ? now.rep : undefined;
  return (
    <section
      className={`timer ${now.phase === 'rest' ? 'rest' : ''}`}
      aria-label={`Set timer for ${name}`}
      data-testid="strength-timer"
    >
      <p className="timer-phase" aria-live="assertive" data-testid="timer-headline">
        {headline}
      </p>
      {started && now.phase === 'work' && (
        <p aria-live="polite" data-testid="timer-rep">
          {rep === undefined
            ? `Do ${plan.reps} reps, then tap “Set done”.`
            : `${STEP_TEXT[rep.phase]}, rep ${rep.rep} of ${plan.reps}`}
        </p>
      )}
      <p className="timer-count" aria-hidden="true" data-testid="timer-count">
        {!started || now.phase === 'done'
          ? '·'
          : now.phase === 'rest'
            ? now.remaining
            : rep?.phase === 'lower'
              ? rep.remaining
              : '·'}
      </p>
      <p className="muted">
        {plan.sets} sets of {plan.reps}
        {plan.lowerSeconds === undefined ? '' : `, lowering over ${plan.lowerSeconds} s`}, {plan.restSeconds}{' '}
        s rest between.
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
            {running ? 'Pause' : started ? 'Resume' : 'Start sets'}
          </button>
        )}
        {running && now.phase === 'work' && plan.lowerSeconds === undefined && (
          <button
            type="button"
            onClick={() => {
              setEnded([...ended, elapsed]);
            }}
          >
            Set done
          </button>
        )}
        {started && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setRunning(false);
              setEnded([]);
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
