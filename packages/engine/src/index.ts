/**
 * @hamstring-rehab/engine: the pure rules engine. No I/O, no clock, no randomness: `asOf` is an input.
 * Runs unchanged in the browser, on the server and on the command line.
 */
export {
  decide,
  type AppDecision,
  type DecideOptions,
  type DecisionWithHistory,
  type HistoryEntry,
} from './engine/decide.js';
export { caseFrom, type CaseSource } from './engine/case-from.js';
export {
  canContinue,
  checkpointDay,
  decideFrom,
  latestCheckpoint,
  type Checkpoint,
} from './engine/checkpoint.js';
export { evaluate, type EvaluateResult } from './engine/evaluate.js';
export { validateCase, validateEvent, type Problem, type Validation } from './validate/validate-case.js';
export { isRealDate } from './engine/days.js';
export { caseSchema } from './schema/case-schema.js';
export { decisionSchema } from './schema/decision-schema.js';
export {
  protocols,
  getProtocol,
  phtV1,
  phtV2,
  currentProtocolId,
  currentProtocol,
} from './protocol/registry.js';
export type * from './schema/types.js';
export type * from './protocol/types.js';
