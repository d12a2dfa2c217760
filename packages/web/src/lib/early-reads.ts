/**
 * The reads a cold start of a patient's page waits for, started as the app's JavaScript begins to run
 * rather than after React has rendered its first frame (ADR 229): the session check, and, once the
 * server names a patient, the first pull's three reads (profile, screening, events) side by side.
 *
 * `api()` takes each early answer once, for its first GET of the same path. Early reads are closed, so no
 * later call can ever get an old answer, by any write (`api()` with another method: a queued upload
 * changes what the events read would say), by signing in or out, and by the end of the first pull.
 */
const PATIENT_PAGES = new Set([
  '/',
  '/today',
  '/check-in',
  '/progress',
  '/running',
  '/learn',
  '/settings',
  '/symptoms',
  '/messages',
]);

/** A page of the patient's app (where the app checks the session and pulls the device's copy at once). */
export const isPatientPage = (pathname: string): boolean => PATIENT_PAGES.has(pathname);

/** Where the app opens on Today (whose chunks then load from the start). */
export const isStartPage = (pathname: string): boolean => pathname === '/' || pathname === '/today';

const pending = new Map<string, Promise<Response>>();
let closed = false;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** A GET as `api()` sends it, its failure handled here too (an unused early read is not an error). */
function read(path: string, fetcher: Fetch): Promise<Response> {
  const response = fetcher(`/api/v1/${path}`, { method: 'GET', credentials: 'same-origin', headers: {} });
  response.catch(() => undefined);
  pending.set(path, response);
  return response;
}

/** The patient id of a `GET /me` answer, or undefined (signed out, a clinician, not JSON). */
async function patientIdOf(response: Response): Promise<string | undefined> {
  if (!response.ok) return undefined;
  const me: unknown = await response.clone().json();
  if (typeof me !== 'object' || me === null) return undefined;
  const id: unknown = Reflect.get(me, 'patientId');
  return Reflect.get(me, 'role') === 'patient' && typeof id === 'string' ? id : undefined;
}

/** Starts the early reads when the app opens on a patient's page; elsewhere it does nothing. */
export function startEarlyReads(
  pathname: string,
  fetcher: Fetch = (input, init) => fetch(input, init),
): void {
  if (closed || !isPatientPage(pathname)) return;
  read('me', fetcher)
    .then(patientIdOf)
    .then((patientId) => {
      if (closed || patientId === undefined) return;
      const base = `patients/${encodeURIComponent(patientId)}`;
      for (const part of ['profile', 'screening', 'events']) void read(`${base}/${part}`, fetcher);
    })
    .catch(() => undefined);
}

/** The early answer to a GET of `path`, once; undefined when there is none (then `api()` fetches). */
export function takeEarlyRead(path: string): Promise<Response> | undefined {
  const response = pending.get(path);
  pending.delete(path);
  return response;
}

/** No early answer is given any more, and none is started. */
export function closeEarlyReads(): void {
  closed = true;
  pending.clear();
}
