import { useEffect, useRef } from 'react';
import { beep, buzz } from '../lib/cues';

interface Cues<P> {
  /** The phase of effort (a hold, a set): a higher beep and a double buzz as it starts. */
  work: string;
  /** Seconds left in a phase that is counted down aloud (three short beeps at the end), else undefined. */
  countdown: (phase: P) => number | undefined;
  /** Stops the timer when the last phase ends. */
  stop: () => void;
  onDone?: (() => void) | undefined;
}

/**
 * The sound and vibration of a guided timer, shared by the hold and strength-set timers: a beep and a buzz at
 * each change of phase or set, short beeps in the last three seconds of a counted-down phase, and at the end
 * the timer stops and `onDone` runs once.
 */
export function useTimerCues<P extends { phase: string; set: number }>(
  now: P,
  running: boolean,
  { work, countdown, stop, onDone }: Cues<P>,
): void {
  const last = useRef(now);
  useEffect(() => {
    const before = last.current;
    last.current = now;
    if (!running) return;
    if (before.phase !== now.phase || before.set !== now.set) {
      beep(now.phase === work ? 988 : 660, 300);
      buzz(now.phase === work ? [200, 100, 200] : 400);
      if (now.phase === 'done') {
        stop();
        onDone?.();
      }
      return;
    }
    const left = countdown(now);
    if (left !== undefined && left <= 3 && left !== countdown(before)) beep(740, 90);
  }, [now, running, work, countdown, stop, onDone]);
}
