import { skipToken, useQuery, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { closeEarlyReads, isPatientPage } from './early-reads';
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

/**
 * The first pull of a session, as a query (RequireSession waits for it when the device holds no copy):
 * the device's copy refreshed from the server, then read back, so the page that waits shows it at once.
 */
export function pullQuery(client: QueryClient, userId: string | undefined) {
  return {
    queryKey: [...keys.pull, userId],
    staleTime: Infinity,
    queryFn: async () => {
      try {
        await pullFromServer();
      } finally {
        await client.invalidateQueries({ queryKey: keys.local });
      }
      // Fresh when the page's own read was just refetched; else read now, before the page asks.
      if (userId !== undefined)
        await client.query({ queryKey: [...keys.local, userId], queryFn: () => loadLocal(userId) });
      return true;
    },
  };
}

/**
 * Opening the app on a patient's page: the session check and then the first pull run at once, beside the
 * app's start, rather than once React has rendered (ADR 229). Resolves (never rejects) when the page can
 * show the plan: the device holds a copy for the patient who last signed in on it (read into the query
 * the page reads), or the session check and, for a patient, the first pull have ended, however they
 * ended. The pages read the same queries and show their errors; elsewhere it resolves at once.
 */
export function startSession(client: QueryClient, pathname: string): Promise<void> {
  if (!isPatientPage(pathname)) return Promise.resolve();
  const pulled = client
    .query({ queryKey: keys.me, queryFn: fetchMe, staleTime: Infinity })
    .then((me) => (me?.role === 'patient' ? client.query(pullQuery(client, me.id)) : undefined));
  const fromDevice = client
    .query({ queryKey: keys.cached, queryFn: readCachedPatient, staleTime: Infinity })
    .then(async (cached): Promise<unknown> => {
      if (cached === null) return pulled;
      return client.query({ queryKey: [...keys.local, cached.id], queryFn: () => loadLocal(cached.id) });
    });
  return Promise.race([pulled, fromDevice]).then(
    () => undefined,
    () => undefined,
  );
}

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
  closeEarlyReads();
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
