import { skipToken, useQuery, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { fetchMe, loadLocal, pullFromServer, readCachedPatient, syncer } from './patient-store';
import type { LocalData } from './patient-case';
import type { Me } from './types';

/*
 * The hooks the app shell needs at first paint (who is signed in, the device's data, the sync state),
 * apart from the logging hooks (`hooks.ts`: TanStack Query's mutations) and the plan (`use-plan.ts`: the
 * engine), which load with the pages that use them (ADR 227).
 */

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

export function useSyncStatus() {
  return useSyncExternalStore(syncer.subscribe, syncer.status);
}
