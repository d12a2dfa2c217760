import { canonicalJson } from '../http/canonical-json.js';

/**
 * How an event is kept in the compact events table (migration 020, ADR 135) and given back exactly as it was
 * stored. The body keeps what the columns do not hold: its `date` and `type` are left out and put back on
 * read, and its common phrases are kept as two characters each (`PHRASES`). A body that would not come back
 * byte for byte that way (not canonical JSON, or a `date` or `type`
 * other than the columns') is kept whole, behind a `=` (a compact body always starts with `{`).
 */
const WHOLE = '=';

/**
 * Phrases of event bodies (keys, and the protocol's exercise and test names, with their JSON quotes) kept as
 * two characters: U+0001 and the phrase's letter. Canonical JSON never holds U+0001 as such (JSON.stringify
 * writes it as an escape), so the tokens cannot clash with a body's own text and give back exactly what they
 * replaced. This list is part of the stored format: append only, never change or reorder an entry.
 */
export const PHRASES: readonly string[] = [
  '"exercises":[',
  '"holdSeconds":',
  '"painDuring":',
  '"painAfter":',
  '"instrument":',
  '"minutes":',
  '"score":',
  '"sets":',
  '"reps":',
  '"pain":',
  '"side":',
  '"test":',
  '"kind":',
  '"id":',
  '"side-lying-hip-abduction"',
  '"straight-leg-pull-down"',
  '"kettlebell-deadlift"',
  '"treadmill-eccentric"',
  '"isometric-leg-curl"',
  '"supine-slider-curl"',
  '"single-leg-bridge"',
  '"platform-bridge"',
  '"prone-leg-curl"',
  '"sprinters-curl"',
  '"cutting-drills"',
  '"single-leg-rdl"',
  '"glute-bridge"',
  '"nordic-curl"',
  '"bridge-hold"',
  '"hip-thrust"',
  '"side-plank"',
  '"pogo-jumps"',
  '"arabesque"',
  '"skipping"',
  '"bounding"',
  '"hop-test"',
  '"visa-h"',
  '"lunge"',
  '"right"',
  '"left"',
  '"easy"',
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MARK = '\u0001';
/** Each phrase's token, in the order they are replaced (the list's). */
export const TOKENS: readonly (readonly [phrase: string, token: string])[] = PHRASES.map((phrase, i) => [
  phrase,
  `${MARK}${LETTERS.charAt(i)}`,
]);
const PHRASE_OF = new Map(TOKENS.map(([phrase, token]) => [token.charAt(1), phrase]));

function shorten(json: string): string {
  let out = json;
  for (const [phrase, token] of TOKENS) out = out.replaceAll(phrase, token);
  return out;
}

function lengthen(stored: string): string {
  if (!stored.includes(MARK)) return stored;
  const parts = stored.split(MARK);
  let out = parts[0] ?? '';
  for (const part of parts.slice(1))
    out += (PHRASE_OF.get(part.charAt(0)) ?? MARK + part.charAt(0)) + part.slice(1);
  return out;
}

/** The body as stored: without `date` and `type` when they come back exactly, else whole. */
export function packBody(body: string, date: string, type: string): string {
  const parsed = parseObject(body);
  if (parsed !== undefined && parsed.date === date && parsed.type === type) {
    const rest: Record<string, unknown> = { ...parsed };
    delete rest.date;
    delete rest.type;
    const packed = shorten(canonicalJson(rest));
    if (unpackBody(packed, date, type) === body) return packed;
  }
  return WHOLE + body;
}

/** The event's body as it was given to `packBody`. */
export function unpackBody(stored: string, date: string, type: string): string {
  if (stored.startsWith(WHOLE)) return stored.slice(WHOLE.length);
  const rest = JSON.parse(lengthen(stored)) as Record<string, unknown>;
  return canonicalJson({ ...rest, date, type });
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isEventId = (id: string): boolean => UUID.test(id);

/** SQLite keeps an event's id, a lower-case UUID, in 16 bytes. Any other id is refused. */
export function uuidToBytes(id: string): Buffer {
  if (!isEventId(id)) throw new Error(`an event id must be a lower-case UUID: ${JSON.stringify(id)}`);
  return Buffer.from(id.replaceAll('-', ''), 'hex');
}

export function bytesToUuid(bytes: Uint8Array): string {
  const h = Buffer.from(bytes).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const DAY_MS = 86_400_000;

/** SQLite keeps a calendar day as days since 1970-01-01 (2 bytes until 2059). Refuses a day that is not real. */
export function dayNumber(date: string): number {
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  const day = ms / DAY_MS;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isInteger(day) || dayString(day) !== date)
    throw new Error(`not a calendar day: ${JSON.stringify(date)}`);
  return day;
}

export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** SQLite keeps a time as milliseconds since 1970 UTC. Refuses a time that would not come back the same. */
export function timeMs(iso: string): number {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms) || new Date(ms).toISOString() !== iso)
    throw new Error(`not an ISO 8601 UTC time with milliseconds: ${JSON.stringify(iso)}`);
  return ms;
}

export function timeIso(ms: number): string {
  return new Date(ms).toISOString();
}
