import type { CaseEvent } from '@hamstring-rehab/engine';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { isoDay } from './dates';
import { decideLocally, type LocalData, type PlanDecision } from './patient-case';
import { fetchMe, loadLocal, logEvents, pullFromServer, syncer } from './patient-store';
import type { Me } from './types';

export const keys = { me: ['me'], local: ['local'], pull: ['pull'] } as const;

export function useMe(): { me: Me | null | undefined; loading: boolean } {
  const q = useQuery({ queryKey: keys.me, queryFn: fetchMe, staleTime: Infinity });
  return { me: q.data, loading: q.isPending };
}

/** The device's data; it re-reads after every log and every pull. */
export function useLocalData(): LocalData | undefined {
  return useQuery({ queryKey: keys.local, queryFn: loadLocal }).data;
}

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

/**
 * Sends the queue, then reads the server's copy again (a clinician may have changed the stage or the
 * ceiling) and re-renders the plan. Offline it changes nothing.
 */
export async function refreshFromServer(client: QueryClient): Promise<void> {
  try {
    await pullFromServer();
  } catch {
    // Signed out or a server error: the device's copy stays, the sync pill tells.
  }
  await client.invalidateQueries({ queryKey: keys.local });
}

/** Logs events: the plan is recomputed from the device's queue at once, then refreshed from the server. */
export function useLogEvents() {
  const client = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: (events: readonly CaseEvent[]) => logEvents(events),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.local });
      void refreshFromServer(client);
    },
  });
}

export function useSyncStatus() {
  return useSyncExternalStore(syncer.subscribe, syncer.status);
}
