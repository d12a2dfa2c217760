import type { Problem, Validation } from '@hamstring-rehab/engine';
import type { FastifySchemaCompiler } from 'fastify';
import { ProblemsError } from './errors.js';
import { textProblems } from './harden-schema.js';

/**
 * A route validator that checks the body with one of the engine's own validators, so that the API reports
 * exactly the engine's problems (`events[3].score: must be at most 10`). The route's declared schema still
 * documents the body in the OpenAPI document. Strings are checked for control characters and length as route
 * schemas check them (`textProblems`).
 */
export function engineBodyValidator<T>(
  validate: (input: unknown) => Validation<T>,
): FastifySchemaCompiler<object> {
  return ({ httpPart }) => {
    if (httpPart !== 'body') throw new Error(`engineBodyValidator checks bodies only, not ${httpPart ?? ''}`);
    return (data: unknown) => {
      // Control characters and over-long strings first (ADR 115): the engine's schema bounds few strings.
      const text = textProblems(data);
      const result = validate(data);
      if (text.length > 0) {
        const more = result.ok
          ? []
          : renameWhole(result.problems).filter((p) => !text.some((t) => t.path === p.path));
        return { error: new ProblemsError([...text, ...more]) };
      }
      return result.ok ? { value: result.value } : { error: new ProblemsError(renameWhole(result.problems)) };
    };
  };
}

/** The engine names the whole input `(case)`; over HTTP it is the body. */
export function renameWhole(problems: readonly Problem[], whole = '(body)'): Problem[] {
  return problems.map((p) => (p.path === '(case)' || p.path === '' ? { ...p, path: whole } : p));
}
