import type { FastifyInstance, FastifyTypeProvider } from 'fastify';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

declare const schemaType: unique symbol;

/** A schema built at run time (from the engine's contract) that names the type it describes. */
export type SchemaOf<T> = Record<string, unknown> & { readonly [schemaType]: T };

/**
 * Marks a schema with the type it describes when `FromSchema` cannot read it: schemas derived at run time
 * from the engine's (`screeningSchema` is the engine's `Screening`), or bodies other than JSON (a PDF is a
 * `Buffer`). Nothing changes at run time.
 */
export const schemaOf =
  <T>() =>
  (schema: Record<string, unknown>): SchemaOf<T> =>
    schema as SchemaOf<T>;

type FromRouteSchema<S> = S extends SchemaOf<infer T> ? T : S extends JSONSchema ? FromSchema<S> : unknown;

/** Route schemas as handler types: `FromSchema` of `as const` schemas, or the type a `schemaOf` names. */
export interface ApiTypeProvider extends FastifyTypeProvider {
  validator: FromRouteSchema<this['schema']>;
  serializer: FromRouteSchema<this['schema']>;
}

/**
 * The app with the route schemas as the handlers' types (ADR 132): `typed(app).get(url, { schema }, handler)`
 * gives the handler `request.params`, `request.query` and `request.body` as the schemas describe them
 * (json-schema-to-ts `FromSchema` of `as const` objects), and checks what it answers against the response
 * schemas. No hand-written `interface Params` or `Body` beside a schema.
 */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ApiTypeProvider>();
}

export type TypedApp = ReturnType<typeof typed>;
