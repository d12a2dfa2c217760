import type { CaseEvent } from '@hamstring-rehab/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isoDay } from './dates';
import { decideLocally, type LocalData, type PlanDecision } from './patient-case';
import { logEvents } from './patient-store';
import { keys, refreshFromServer, useLocalData } from './session-hooks';
import { useSubmitOnce } from './use-submit-once';

export {
  keys,
  refreshFromServer,
  resetSession,
  useCachedPatient,
  useLocalData,
  useMe,
  useSyncStatus,
} from './session-hooks';

/** Today's decision, computed on the device. */
export function usePlan(history = false): {
  data: LocalData | undefined;
  decision: PlanDecision | undefined;
  today: string;
} {
  const data = useLocalData();
  const today = isoDay();
  const decision = useMemo(
    () => (data === undefined ? undefined : decideLocally(data, today, history)),
    [data, today, history],
  );
  return { data, decision, today };
}

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
 * opens), a second tap while saving is ignored (`save` answers false for it: say nothing, change
 * nothing), `busy` disables the button (docs/decisions/211).
 */
export function useLogOnce() {
  const log = useLogEvents();
  const once = useSubmitOnce();
  const { idFor, run } = once;
  const save = (events: readonly CaseEvent[], after?: () => void) =>
    run(async () => {
      await log.mutateAsync({ events, ids: events.map((_, i) => idFor(i)) });
      after?.();
    });
  return { save, busy: once.busy, renew: once.renew };
}
