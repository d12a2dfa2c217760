import type { paths } from './api-schema.gen';

/**
 * The API's types, derived from the server's route schemas through /api/openapi.json (ADR 224): a route is
 * named by its method and path under /api/v1, as `api()` calls it (`'GET /patients/{patientId}/profile'`).
 * No response type is written by hand in the app: a test fails when one is.
 */
type Methods = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Under<P> = P extends `/api/v1/${infer Rest}` ? Rest : never;

/** Every route of the API, as `'METHOD path'`. */
export type Route = {
  [P in keyof paths]: {
    [M in Methods]: paths[P][M] extends object ? `${Uppercase<M>} /${Under<P>}` : never;
  }[Methods];
}[keyof paths];

type OperationOf<R extends Route> = R extends `${infer M} /${infer P}`
  ? `/api/v1/${P}` extends keyof paths
    ? Lowercase<M> extends keyof paths[`/api/v1/${P}`]
      ? paths[`/api/v1/${P}`][Lowercase<M>]
      : never
    : never
  : never;

type Success = 200 | 201 | 202 | 204;
type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : undefined;

/** What a route answers when it succeeds (undefined for 204 No Content). */
export type ApiOk<R extends Route> = R extends Route
  ? OperationOf<R> extends { responses: infer Responses }
    ? { [S in Success & keyof Responses]: JsonOf<Responses[S]> }[Success & keyof Responses]
    : never
  : never;

/** The writes to a patient's record (`POST /patients/{patientId}/notes`, ...), for hooks shared by several. */
export type PatientWrite = Extract<Route, `${'POST' | 'PUT'} /patients/{patientId}/${string}`>;

/** The JSON body a route takes. */
export type ApiBody<R extends Route> =
  OperationOf<R> extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : never;
