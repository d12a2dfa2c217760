import type { CompiledQuery, Compilable, QueryResult } from 'kysely';

/** Anything that runs compiled queries: the database or a transaction. */
export interface Executor {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

/**
 * A query of fixed shape compiled once, then run with new arguments: for the few queries of every request
 * (the session, the snapshot, marking a snapshot stale), where building and compiling with Kysely would
 * cost more than running them. `build` is called once with a unique marker string per argument (whatever the
 * argument's type); each call's arguments replace the markers in the compiled parameters.
 */
export function precompile<Row, Args extends readonly unknown[]>(
  arity: Args['length'],
  build: (...args: Args) => Compilable<Row>,
): (executor: Executor, ...args: Args) => Promise<QueryResult<Row>> {
  const markers = Array.from({ length: arity }, (_, i) => `\u0000argument ${i}\u0000`);
  const compiled = build(...(markers as unknown as Args)).compile();
  const slots = compiled.parameters.map((value) => markers.indexOf(value as string));
  if (markers.some((_, i) => !slots.includes(i)))
    throw new Error(`not every argument is used: ${compiled.sql}`);
  return (executor, ...args) =>
    executor.executeQuery({
      ...compiled,
      parameters: compiled.parameters.map((value, i) => {
        const slot = slots[i] ?? -1;
        return slot >= 0 ? args[slot] : value;
      }),
    });
}
