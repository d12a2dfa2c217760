import type { Decision } from '../schema/types.js';
import { validateCase, type Problem } from '../validate/validate-case.js';
import { decide } from './decide.js';

export type EvaluateResult = { ok: true; decision: Decision } | { ok: false; problems: Problem[] };

/** Validates an untrusted case, then decides it: the one entry point for the CLI and HTTP. */
export function evaluate(input: unknown): EvaluateResult {
  const v = validateCase(input);
  return v.ok ? { ok: true, decision: decide(v.value) } : { ok: false, problems: v.problems };
}
