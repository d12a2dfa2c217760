import type { ApiOk, Route } from './api-types';
import { closeEarlyReads, takeEarlyRead } from './early-reads';

type Method<R extends Route> = R extends `${infer M} ${string}` ? M : never;

/** Calls the app's own API. Same-origin fetch sends the session cookie and the Origin header (CSRF). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request never reached the server (offline, server down). */
export class NetworkError extends Error {
  constructor() {
    super('No connection to the server.');
    this.name = 'NetworkError';
  }
}

/**
 * Calls a route of the API, named as its type: `api<'GET /patients/{patientId}/profile'>('GET', path)`. What it
 * answers is typed from the server's schemas (lib/api-types.ts), never written by hand.
 */
export async function api<R extends Route = never>(
  method: Method<R>,
  path: string,
  body?: unknown,
): Promise<ApiOk<R>> {
  let response: Response;
  // A write changes what an early read would say (ADR 229).
  if (method !== 'GET') closeEarlyReads();
  const early = method === 'GET' ? takeEarlyRead(path) : undefined;
  try {
    response = await (early ??
      fetch(`/api/v1/${path}`, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }));
  } catch {
    throw new NetworkError();
  }
  if (!response.ok) {
    let data: unknown;
    try {
      data = await response.json();
    } catch {
      // not JSON: the status alone
    }
    throw new ApiError(response.status, messageOf(response.status, data));
  }
  if (response.status === 204) return undefined as ApiOk<R>;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as ApiOk<R>;
}

/**
 * The text of the server's error answer (`{"error": ..., "problems": [{path, message}]}`): one line per bad
 * field when there are problems, else the error; the status when the body says nothing usable.
 */
export function messageOf(status: number, body: unknown): string {
  if (typeof body === 'object' && body !== null) {
    const error: unknown = Reflect.get(body, 'error');
    const problems: unknown = Reflect.get(body, 'problems');
    if (Array.isArray(problems) && problems.length > 0) {
      const lines = problems.flatMap((p: unknown) => {
        if (typeof p !== 'object' || p === null) return [];
        const path: unknown = Reflect.get(p, 'path');
        const message: unknown = Reflect.get(p, 'message');
        if (typeof message !== 'string') return [];
        return [typeof path === 'string' && path !== '' ? `${path}: ${message}` : message];
      });
      if (lines.length > 0) return lines.join('; ');
    }
    if (typeof error === 'string' && error !== '') return error;
  }
  return `The server answered ${String(status)}.`;
}

/** A message a person can read, for any error a call can throw. */
export function errorText(error: unknown): string {
  if (error instanceof NetworkError) return 'You seem to be offline. Try again when you have a connection.';
  if (error instanceof Error) return error.message.charAt(0).toUpperCase() + error.message.slice(1);
  return 'Something went wrong.';
}
