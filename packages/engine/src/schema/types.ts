import type { FromSchema } from 'json-schema-to-ts';
import type { caseSchema } from './case-schema.js';
import type { decisionSchema } from './decision-schema.js';

/** A rehab case: the engine's input, as `case.schema.json` defines it. */
export type Case = FromSchema<typeof caseSchema, { keepDefaultedPropertiesOptional: true }>;
/** One dated event of a case. */
export type CaseEvent = Case['events'][number];
export type EventType = CaseEvent['type'];
export type EventOf<T extends EventType> = Extract<CaseEvent, { type: T }>;
export type ScreeningAnswers = Case['screening']['answers'];
export type ScreeningAnswerId = keyof ScreeningAnswers & string;

/** The engine's output, as `decision.schema.json` defines it. */
export type Decision = FromSchema<typeof decisionSchema>;
export type Status = Decision['status'];
export type Change = Decision['change'];
export type FlagId = Decision['flags'][number];
export type Reason = Decision['reasons'][number];
export type Plan = Decision['plan'];
export type PlannedExercise = Plan['exercises'][number];
export type RunningPlan = Exclude<Plan['running'], null>;
export type RunKind = RunningPlan['kindsAllowed'][number];
