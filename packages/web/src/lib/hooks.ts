import type { CaseEvent } from '@hamstring-rehab/engine';
import { skipToken, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { LocalData } from './patient-case';
import { fetchMe, loadLocal, logEvents, pullFromServer, readCachedPatient, syncer } from './patient-store';
import type { Me } from './types';
import { useSubmitOnce } from './use-submit-once';

/** `local` and `pull` are followed by the user id: one user's copy is never shown to another. */
export const keys = { me: ['me'], cached: ['cached-patient'], local: ['local'], pull: ['pull'] } as const;

/** The patient whose plan the device can show before the server answers, or null (IndexedDB only). */
export function useCachedPatient() {
  return useQuery({ queryKey: keys.cached, queryFn: readCachedPatient, staleTime: Infinity });
}

/**
 * Who is signed in. Until the server answers, the patient the device holds a complete copy for
 * (`cached`), so that their pages open from the device at once; the server's answer replaces it (null
 * when the session is gone, which sends the app to the login page).
 */
export function useMe(): { me: Me | null | undefined; loading: boolean; cached: boolean } {
  const server = useQuery({ queryKey: keys.me, queryFn: fetchMe, staleTime: Infinity });
  const cachedPatient = useCachedPatient();
  if (!server.isPending) return { me: server.data, loading: false, cached: false };
  const me = cachedPatient.data ?? undefined;
  return { me, loading: me === undefined, cached: me !== undefined };
}

/** The device's data for the signed-in user; it re-reads after every log and every pull. */
export function useLocalData(): LocalData | undefined {
  const id = useMe().me?.id;
  return useQuery({
    queryKey: [...keys.local, id],
    queryFn: id === undefined ? skipToken : () => loadLocal(id),
  }).data;
}

/** After signing in, out or up: forgets what was read for the previous session, then sets who it is. */
export function resetSession(client: QueryClient, me: Me | null): void {
  for (const queryKey of [keys.cached, keys.local, keys.pull]) client.removeQueries({ queryKey });
  client.setQueryData(keys.me, me);
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
    mutationFn: (events: readonly CaseEvent[] | { events: readonly CaseEvent[]; ids: readonly string[] }) =>
      'ids' in events ? logEvents(events.events, events.ids) : logEvents(events),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.local });
      void refreshFromServer(client);
    },
  });
}

export function useSyncStatus() {
  return useSyncExternalStore(syncer.subscribe, syncer.status);
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
