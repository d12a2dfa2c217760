import {
  caseSchema,
  decisionSchema,
  type AppDecision,
  type Case,
  type CaseEvent,
  type ScreeningAnswers,
} from '@hamstring-rehab/engine';
import { schemaOf } from './typed-app.js';

/**
 * Route schemas derived from the engine's contract (case.schema.json, decision.schema.json), with every
 * `$ref` inlined so that each route's schema, and so the OpenAPI document, stands alone.
 */

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Dates in route schemas use format `date`, which this server checks for real calendar days. */
export const dateSchema = {
  type: 'string',
  format: 'date',
  description: 'ISO calendar day (YYYY-MM-DD) that exists',
} as const;

const defs: JsonObject = {
  ...caseSchema.$defs,
  date: dateSchema,
};

function inline(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(inline);
  if (!isObject(node)) return node;
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/'))
    return inline(defs[ref.slice('#/$defs/'.length)]);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== '$schema' && key !== '$id' && key !== '$defs') out[key] = inline(value);
  }
  return out;
}

const asObject = (value: unknown): JsonObject => (isObject(value) ? value : {});

export const uuidSchema = { type: 'string', format: 'uuid' } as const;

// The engine's schemas are inlined at run time, so each derived schema names the engine's type for it.

/** The whole case, as POST /api/v1/evaluate takes it. */
export const caseBodySchema = schemaOf<Case>()(asObject(inline(caseSchema)));
/**
 * The contract's decision and what the apps show besides it (the engine's AppDecision): the pain ceiling in
 * force and the day the current stage started. Optional: snapshots stored by an older engine lack them.
 */
export const decisionResponseSchema = schemaOf<AppDecision>()(
  (() => {
    const decision = asObject(inline(decisionSchema));
    return {
      ...decision,
      properties: {
        ...asObject(decision.properties),
        painCeiling: { type: 'integer', minimum: 0, maximum: 10, description: 'The pain ceiling in force' },
        stageStarted: {
          anyOf: [dateSchema, { type: 'null' }],
          description: 'The day the current stage started; null outside the program',
        },
      },
    };
  })(),
);
export const screeningSchema = schemaOf<Case['screening']>()(
  asObject(asObject(caseBodySchema.properties).screening),
);
export const answersSchema = schemaOf<ScreeningAnswers>()(asObject(inline(caseSchema.$defs.answers)));

/** An engine event plus the client's `id`: each branch of the event union gains the id. */
export const storedEventSchema = schemaOf<CaseEvent & { id: string }>()(
  (() => {
    const event = asObject(inline(caseSchema.$defs.event));
    const branches = (event.oneOf as unknown[]).map((b) => {
      const branch = asObject(b);
      return {
        ...branch,
        properties: { id: uuidSchema, ...asObject(branch.properties) },
        // Each branch repeats what every event requires, so tools that read one branch at a time see it too.
        required: [...new Set(['id', ...(event.required as string[]), ...(branch.required as string[])])],
      };
    });
    return {
      ...event,
      description: 'An event of the engine’s case schema, with a client-generated UUID `id`.',
      required: ['id', ...(event.required as string[])],
      oneOf: branches,
    };
  })(),
);

export const problemSchema = {
  type: 'object',
  required: ['path', 'message'],
  properties: { path: { type: 'string' }, message: { type: 'string' } },
  additionalProperties: false,
} as const;

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'string' }, problems: { type: 'array', items: problemSchema } },
  additionalProperties: false,
} as const;

/** Every route may answer an error in this one shape. */
export const errorResponses = { '4xx': errorSchema, '5xx': errorSchema } as const;

export const noContent = { type: 'null', description: 'No content' } as const;

export const patientParamsSchema = {
  type: 'object',
  required: ['patientId'],
  properties: { patientId: uuidSchema },
  additionalProperties: false,
} as const;
