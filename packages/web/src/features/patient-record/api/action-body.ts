export type Action = 'review' | 'clear-screening' | 'set-stage' | 'set-ceiling' | 'set-running-level';

const FIELDS: Record<Action, readonly string[]> = {
  review: [],
  'clear-screening': [],
  'set-stage': ['stage', 'level'],
  'set-ceiling': ['painCeiling'],
  'set-running-level': ['runningLevel'],
};

/** Body of the clinician-actions call: the action, its trimmed note and only the fields it takes. */
export function actionBody(action: Action, values: Record<string, number>, note: string): object {
  return { action, note: note.trim(), ...Object.fromEntries(FIELDS[action].map((f) => [f, values[f]])) };
}
