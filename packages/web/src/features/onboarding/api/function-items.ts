/** Our own 6-item function check-in (not VISA-H, whose wording is under copyright). */
export const FUNCTION_ITEMS = [
  { id: 'sitting', question: 'Sitting for as long as you need to (at work, in a car, at a meal)' },
  { id: 'stretching', question: 'Bending forward or stretching the back of your thigh' },
  { id: 'walking', question: 'Walking briskly for 30 minutes' },
  { id: 'stairs', question: 'Climbing stairs, and bending to pick things up' },
  { id: 'running', question: 'Running or jogging (if you do not run, a short jog for a bus)' },
  { id: 'sport', question: 'Your usual sport, gym work or active hobby' },
] as const;

export type FunctionItemId = (typeof FUNCTION_ITEMS)[number]['id'];

/** Each item 0 (impossible because of the pain) to 10 (no trouble); the score is 0-100, higher is better. */
export function functionScore(ratings: Partial<Record<FunctionItemId, number>>): number | undefined {
  const values = FUNCTION_ITEMS.map((item) => ratings[item.id]);
  if (values.some((v) => v === undefined)) return undefined;
  const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
  return Math.round((sum / (FUNCTION_ITEMS.length * 10)) * 100);
}
