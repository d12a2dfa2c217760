import type { CaseEvent } from '@hamstring-rehab/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logEvents } from './patient-store';
import { keys, refreshFromServer } from './session-hooks';
import { useSubmitOnce } from './use-submit-once';

// The app shell's hooks are in `session-hooks.ts` (re-exported here for the pages); logging brings
// TanStack Query's mutations, which load with the pages that log (ADR 227). The plan is in `use-plan.ts`.
export {
  keys,
  refreshFromServer,
  resetSession,
  useCachedPatient,
  useLocalData,
  useMe,
  useSyncStatus,
} from './session-hooks';

/** Logs events: the plan is recomputed from the device's queue at once, then refreshed from the server. */
export function useLogEvents() {
  const client = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: (events: readonly CaseEvent[] | { events: readonly CaseEvent[]; ids: readonly string[] }) =>
      'ids' in events ? logEvents(events.events, events.ids) : logEvents(events),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.local });
      void refreshFromServer(client);
    },
  });
}

/**
 * A form's save of events, once however often tapped: the ids are the form instance's (made when it
 * opens), a second tap while saving is ignored (answers false: say nothing, change nothing), `busy`
 * disables the button (docs/decisions/211). `save` is useSubmitOnce's: it answers true once saved and keeps a
 * failure in words in `error`, which `<FormTail form={log}>` shows with the button (docs/decisions/223, 228);
 * `setError` shows a problem found before saving. `logOrThrow` saves the same way but rejects on failure,
 * for a flow that reports the save elsewhere (the emergency screen's save status).
 */
export function useLogOnce() {
  const log = useLogEvents();
  const once = useSubmitOnce();
  const { idFor, run } = once;
  const send = async (events: readonly CaseEvent[], after?: () => void) => {
    await log.mutateAsync({ events, ids: events.map((_, i) => idFor(i)) });
    after?.();
  };
  return {
    save: (events: readonly CaseEvent[], after?: () => void) => once.save(() => send(events, after)),
    logOrThrow: (events: readonly CaseEvent[], after?: () => void) => run(() => send(events, after)),
    busy: once.busy,
    renew: once.renew,
    error: once.error,
    setError: once.setError,
  };
}
