/**
 * The decision.schema.json of protocol pht-v1 and pht-v2, the contract in protocol/ (a copy of shared/protocol), as a typed constant.
 * This module is the project's one copy of it: validation, TypeScript types, the server's route schemas and
 * the OpenAPI document all derive from it. `schema.test.ts` fails if it drifts from protocol/.
 */
export const decisionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'decision.schema.json',
  title: 'Decision (output of the engine)',
  type: 'object',
  required: [
    'protocol',
    'asOf',
    'status',
    'stage',
    'level',
    'change',
    'reasons',
    'flags',
    'plan',
    'expectedWeeks',
  ],
  properties: {
    protocol: {
      enum: ['pht-v1', 'pht-v2'],
    },
    asOf: {
      type: 'string',
    },
    status: {
      enum: ['emergency', 'urgent-referral', 'medical-review', 'assessment-needed', 'active', 'completed'],
    },
    stage: {
      type: ['integer', 'null'],
      minimum: 1,
      maximum: 4,
      description: 'null unless active or completed',
    },
    level: {
      type: ['integer', 'null'],
      minimum: 1,
      maximum: 4,
    },
    change: {
      enum: ['start', 'progress', 'hold', 'regress', 'advance', 'none'],
    },
    reasons: {
      type: 'array',
      items: {
        type: 'object',
        required: ['rule', 'text'],
        properties: {
          rule: {
            type: 'string',
            description: 'a rule id from PROTOCOL.md',
          },
          text: {
            type: 'string',
            description: 'a plain-language explanation naming the evidence (dates, scores)',
          },
        },
      },
    },
    flags: {
      type: 'array',
      items: {
        enum: [
          'flare',
          'repeated-flare',
          'worsening-trend',
          'stalled',
          'missing-check-ins',
          'red-flag',
          'severe-pain',
          'nerve-signs',
          'persistent-amber',
          'off-plan-running',
        ],
      },
    },
    plan: {
      type: 'object',
      required: ['exercises', 'restDay', 'running', 'advice', 'sittingBreakMinutes'],
      properties: {
        exercises: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'sets'],
            properties: {
              id: {
                type: 'string',
              },
              sets: {
                type: 'integer',
              },
              reps: {
                type: 'integer',
              },
              holdSeconds: {
                type: 'integer',
              },
              restSeconds: {
                type: 'integer',
              },
              effortPercent: {
                type: 'integer',
              },
              timesPerDay: {
                type: 'integer',
              },
              tempo: {
                type: 'string',
              },
              repMax: {
                type: 'integer',
                minimum: 1,
                maximum: 30,
                description: 'pht-v2: the heaviest load you could lift this many times',
              },
              assisted: {
                type: 'boolean',
                description: 'pht-v2: an assisted variant (band or partner)',
              },
            },
          },
        },
        restDay: {
          type: 'boolean',
        },
        running: {
          oneOf: [
            {
              type: 'null',
            },
            {
              type: 'object',
              required: ['level', 'perWeek', 'session', 'kindsAllowed'],
              properties: {
                level: {
                  type: 'integer',
                  minimum: 1,
                  maximum: 8,
                },
                perWeek: {
                  type: 'integer',
                },
                session: {
                  type: 'string',
                },
                kindsAllowed: {
                  type: 'array',
                  items: {
                    enum: ['easy', 'tempo', 'intervals', 'hills', 'sprints'],
                  },
                },
                change: {
                  enum: ['start', 'progress', 'hold', 'regress', 'none'],
                  description: 'pht-v2',
                },
                pausedUntil: {
                  type: ['string', 'null'],
                  description: 'pht-v2: last day running pauses, or null',
                },
              },
            },
          ],
        },
        advice: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        sittingBreakMinutes: {
          type: ['integer', 'null'],
        },
        mode: {
          enum: ['training', 'rest-day', 'pain-relief', 'stopped', 'maintenance'],
          description: 'pht-v2: what kind of day it is (PROTOCOL.md section 9)',
        },
        sessionsPerDay: {
          type: 'integer',
          minimum: 1,
          maximum: 2,
          description: 'pht-v2',
        },
      },
    },
    outcome: {
      type: 'object',
      properties: {
        latestScore: {
          type: ['number', 'null'],
        },
        changeFromFirst: {
          type: ['number', 'null'],
        },
        byInstrument: {
          type: 'object',
          description: 'pht-v2: per instrument, never mixed',
          propertyNames: {
            enum: ['own', 'visa-h'],
          },
          additionalProperties: {
            type: 'object',
            required: ['latestScore', 'changeFromFirst'],
            properties: {
              latestScore: {
                type: 'number',
              },
              changeFromFirst: {
                type: 'number',
              },
            },
          },
        },
      },
    },
    expectedWeeks: {
      type: 'array',
      items: {
        type: 'integer',
      },
      minItems: 2,
      maxItems: 2,
    },
  },
  allOf: [
    {
      if: {
        properties: {
          protocol: {
            const: 'pht-v2',
          },
        },
      },
      then: {
        properties: {
          plan: {
            required: ['mode', 'sessionsPerDay'],
            properties: {
              running: {
                oneOf: [
                  {
                    type: 'null',
                  },
                  {
                    type: 'object',
                    required: ['change', 'pausedUntil'],
                  },
                ],
              },
            },
          },
        },
      },
    },
  ],
} as const;
