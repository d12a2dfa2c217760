import { useEffect, useRef, useState } from 'react';
import { keepScreenOn } from '../lib/cues';

/** Seconds since start (updated 5 times a second) while running; keeps the screen on meanwhile. */
export function useTicker(running: boolean): { elapsed: number; reset: () => void } {
  const [elapsed, setElapsed] = useState(0);
  const startedAt = useRef(0);
  useEffect(() => {
    if (!running) return;
    startedAt.current = performance.now() - elapsed * 1000;
    const id = window.setInterval(() => {
      setElapsed((performance.now() - startedAt.current) / 1000);
    }, 200);
    let release: (() => void) | undefined;
    let cancelled = false;
    void keepScreenOn().then((r) => {
      if (cancelled) r();
      else release = r;
    });
    return () => {
      cancelled = true;
      window.clearInterval(id);
      release?.();
    };
  }, [running]);
  return {
    elapsed,
    reset: () => {
      setElapsed(0);
    },
  };
}
