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

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
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
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

/**
 * The text of the server's error answer (`{"error": ..., "problems": [{path, message}]}`): one line per bad
 * field when there are problems, else the error; the status when the body says nothing usable.
 */
export function messageOf(status: number, body: unknown): string {
  if (typeof body === 'object' && body !== null) {
    const { error, problems } = body as { error?: unknown; problems?: unknown };
    if (Array.isArray(problems) && problems.length > 0) {
      const lines = problems.flatMap((p: unknown) => {
        if (typeof p !== 'object' || p === null) return [];
        const { path, message } = p as { path?: unknown; message?: unknown };
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
