/**
 * The case.schema.json of protocol pht-v1 and pht-v2, the contract in protocol/ (a copy of shared/protocol), as a typed constant.
 * This module is the project's one copy of it: validation, TypeScript types, the server's route schemas and
 * the OpenAPI document all derive from it. `schema.test.ts` fails if it drifts from protocol/.
 */
export const caseSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'case.schema.json',
  title: 'Rehab case (input to the engine)',
  type: 'object',
  required: ['protocol', 'asOf', 'patient', 'screening', 'events'],
  additionalProperties: false,
  properties: {
    protocol: {
      enum: ['pht-v1', 'pht-v2'],
      description: 'the rulebook: pht-v2 (PROTOCOL.md) for new cases; pht-v1 (PROTOCOL-pht-v1.md) frozen',
    },
    asOf: {
      $ref: '#/$defs/date',
    },
    patient: {
      type: 'object',
      required: ['birthYear'],
      additionalProperties: false,
      properties: {
        birthYear: {
          type: 'integer',
          minimum: 1900,
          maximum: 2100,
        },
        affectedSide: {
          enum: ['left', 'right', 'both'],
        },
        runner: {
          type: 'boolean',
          default: false,
        },
        painCeiling: {
          enum: [3, 4, 5],
          default: 5,
        },
        sport: {
          type: 'boolean',
          default: false,
          description: 'pht-v2: returning to a sport (stage 4 applies when this or runner is true)',
        },
      },
    },
    screening: {
      type: 'object',
      required: ['date', 'answers'],
      additionalProperties: false,
      properties: {
        date: {
          $ref: '#/$defs/date',
        },
        answers: {
          $ref: '#/$defs/answers',
        },
      },
    },
    events: {
      type: 'array',
      items: {
        $ref: '#/$defs/event',
      },
    },
  },
  $defs: {
    date: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'ISO calendar day; must be a real date',
    },
    pain: {
      type: 'integer',
      minimum: 0,
      maximum: 10,
    },
    answers: {
      type: 'object',
      propertyNames: {
        enum: [
          'saddle-numbness',
          'bladder-bowel-change',
          'both-legs-symptoms',
          'progressive-leg-weakness',
          'sudden-onset-with-pop',
          'thigh-bruising',
          'cancer-history',
          'unexplained-weight-loss',
          'constant-night-pain',
          'fever-or-unwell',
          'tingling-below-knee',
          'low-back-pain',
          'pain-at-sitting-bone',
          'worse-when-sitting',
          'worse-with-stretch-or-bending',
          'morning-stiffness-eases',
          'worse-with-running-or-lunging',
          'gradual-onset-after-load-increase',
          'pain-both-sides',
        ],
      },
      additionalProperties: {
        type: 'boolean',
      },
    },
    exerciseDone: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: {
          type: 'string',
        },
        sets: {
          type: 'integer',
          minimum: 0,
          maximum: 20,
        },
        reps: {
          type: 'integer',
          minimum: 0,
          maximum: 100,
        },
        holdSeconds: {
          type: 'integer',
          minimum: 0,
          maximum: 600,
        },
        loadKg: {
          type: 'number',
          minimum: 0,
          maximum: 500,
        },
      },
    },
    event: {
      type: 'object',
      required: ['type', 'date'],
      oneOf: [
        {
          properties: {
            type: {
              const: 'session',
            },
            date: {
              $ref: '#/$defs/date',
            },
            painDuring: {
              $ref: '#/$defs/pain',
            },
            painAfter: {
              $ref: '#/$defs/pain',
            },
            exercises: {
              type: 'array',
              items: {
                $ref: '#/$defs/exerciseDone',
              },
            },
            note: {
              type: 'string',
              maxLength: 2000,
            },
          },
          required: ['painDuring'],
          additionalProperties: false,
        },
        {
          properties: {
            type: {
              const: 'morning-check',
            },
            date: {
              $ref: '#/$defs/date',
            },
            score: {
              $ref: '#/$defs/pain',
            },
          },
          required: ['score'],
          additionalProperties: false,
        },
        {
          properties: {
            type: {
              const: 'run',
            },
            date: {
              $ref: '#/$defs/date',
            },
            minutes: {
              type: 'number',
              exclusiveMinimum: 0,
              maximum: 600,
            },
            km: {
              type: 'number',
              minimum: 0,
              maximum: 200,
            },
            kind: {
              enum: ['easy', 'tempo', 'intervals', 'hills', 'sprints'],
            },
            painDuring: {
              $ref: '#/$defs/pain',
            },
          },
          required: ['minutes', 'kind', 'painDuring'],
          additionalProperties: false,
        },
        {
          properties: {
            type: {
              const: 'load-test',
            },
            date: {
              $ref: '#/$defs/date',
            },
            test: {
              enum: [
                'single-leg-bridge',
                'platform-bridge',
                'arabesque',
                'hop-test',
                'puranen-orava',
                'bent-knee-stretch',
                'modified-bent-knee-stretch',
              ],
            },
            pain: {
              $ref: '#/$defs/pain',
            },
            side: {
              enum: ['left', 'right'],
            },
          },
          required: ['test', 'pain'],
          additionalProperties: false,
        },
        {
          properties: {
            type: {
              const: 'sitting',
            },
            date: {
              $ref: '#/$defs/date',
            },
            minutes: {
              type: 'integer',
              minimum: 0,
              maximum: 1440,
            },
          },
          required: ['minutes'],
          additionalProperties: false,
        },
        {
          properties: {
            type: {
              const: 'symptoms',
            },
            date: {
              $ref: '#/$defs/date',
            },
            answers: {
              $ref: '#/$defs/answers',
            },
          },
          required: ['answers'],
          additionalProperties: false,
        },
        {
          properties: {
            type: {
              const: 'function-check',
            },
            date: {
              $ref: '#/$defs/date',
            },
            score: {
              type: 'number',
              minimum: 0,
              maximum: 100,
            },
            instrument: {
              enum: ['own', 'visa-h'],
              default: 'own',
            },
          },
          required: ['score'],
          additionalProperties: false,
        },
        {
          properties: {
            type: {
              const: 'clinician',
            },
            date: {
              $ref: '#/$defs/date',
            },
            action: {
              enum: ['clear-screening', 'set-stage', 'set-ceiling', 'set-running-level', 'review'],
            },
            stage: {
              type: 'integer',
              minimum: 1,
              maximum: 4,
            },
            level: {
              type: 'integer',
              minimum: 1,
              maximum: 4,
            },
            painCeiling: {
              enum: [3, 4, 5],
            },
            runningLevel: {
              type: 'integer',
              minimum: 0,
              maximum: 8,
            },
            note: {
              type: 'string',
              maxLength: 2000,
            },
          },
          required: ['action'],
          additionalProperties: false,
        },
      ],
    },
  },
} as const;
