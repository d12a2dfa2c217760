import { useCallback, useState } from 'react';

const key = (day: string) => `exercises-done:${day}`;

function read(day: string): string[] {
  try {
    const raw = localStorage.getItem(key(day));
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The exercises marked done today (by their timer or by hand), kept on the device for the day so that a
 * reload does not forget them before the session is logged.
 */
export function useDoneExercises(day: string): {
  done: ReadonlySet<string>;
  setDone: (id: string, isDone: boolean) => void;
} {
  const [state, setState] = useState(() => ({ day, ids: read(day) }));
  const ids = state.day === day ? state.ids : read(day);
  const setDone = useCallback(
    (id: string, isDone: boolean) => {
      setState((s) => {
        const current = s.day === day ? s.ids : read(day);
        const next = isDone ? [...new Set([...current, id])] : current.filter((x) => x !== id);
        try {
          localStorage.setItem(key(day), JSON.stringify(next));
        } catch {
          // Private mode or a full disk: it is kept for this page only.
        }
        return { day, ids: next };
      });
    },
    [day],
  );
  return { done: new Set(ids), setDone };
}
