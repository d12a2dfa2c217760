import { useCallback, useRef, useState } from 'react';
import { errorText } from './api';
import { newId } from './uuid';

export interface SubmitOnce {
  /** The client id of the form's n-th record: made once per form instance, the first when it opens. */
  idFor: (index?: number) => string;
  /**
   * Runs the save unless one is already running: a second tap in the same moment does nothing and
   * answers false at once (so its caller does not report a save that has not happened yet).
   */
  run: (save: () => Promise<void>) => Promise<boolean>;
  /** True from the first tap until the save settles: the button is disabled. */
  busy: boolean;
  /** New ids for the next entry of a form that stays open after saving. */
  renew: () => void;
  /**
   * The form's one way to save and report: runs the save once (as `run`), clears the last error as it
   * starts and keeps the failure in words (errorText) in `error`, which `<FormTail>` or `<FormError>` shows.
   * Answers true only when the save ran and succeeded.
   */
  save: (save: () => Promise<void>) => Promise<boolean>;
  /** The last save's failure in words, or a problem the form found before saving; undefined when none. */
  error: string | undefined;
  /** Shows a problem found before saving (a field left empty), or clears it. */
  setError: (message: string | undefined) => void;
}

/**
 * Every save happens once however often it is tapped (docs/decisions/211): the form's client ids are
 * made when the form opens, so a retry or a second tap sends the same id (the server stores an id once),
 * and a ref, not React state, refuses a second tap before the button has re-rendered disabled.
 */
export function useSubmitOnce(): SubmitOnce {
  const [first] = useState(newId);
  const ids = useRef<string[]>([first]);
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const idFor = useCallback((index = 0) => (ids.current[index] ??= newId()), []);
  const run = useCallback(async (save: () => Promise<void>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    try {
      await save();
      return true;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const renew = useCallback(() => {
    ids.current = [newId()];
  }, []);
  const [error, setError] = useState<string>();
  const save = useCallback(
    async (saving: () => Promise<void>) => {
      let saved = false;
      const ran = await run(async () => {
        setError(undefined);
        try {
          await saving();
          saved = true;
        } catch (err) {
          setError(errorText(err));
        }
      });
      return ran && saved;
    },
    [run],
  );
  return { idFor, run, busy, renew, save, error, setError };
}
