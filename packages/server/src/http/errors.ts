import type { Problem } from '@hamstring-rehab/engine';

/** An error a route answers on purpose: its status and message are safe to show to the client. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Input that breaks the route's schema: 400 with one problem per bad field. */
export class ProblemsError extends HttpError {
  constructor(problems: Problem[]) {
    super(400, 'invalid request', problems);
    this.name = 'ProblemsError';
  }
}

/** The one answer for anything a user may not see, whether or not it exists. */
export const notFound = (): HttpError => new HttpError(404, 'not found');
