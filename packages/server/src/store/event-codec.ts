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

const TOKEN_OF = new Map(TOKENS);
/** Every phrase in one pass (no phrase begins another, so the leftmost match is the list's). */
const ANY_PHRASE = new RegExp(PHRASES.map((p) => p.replace(/[[\]{}()*+?.\\^$|-]/g, '\\$&')).join('|'), 'g');

function shorten(json: string): string {
  return json.replace(ANY_PHRASE, (phrase) => TOKEN_OF.get(phrase) ?? phrase);
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
  const members = topMembers(body);
  if (members !== undefined) {
    const dateText = member('date', date);
    const typeText = member('type', type);
    const kept = members
      .map((m) => body.slice(m.start, m.end))
      .filter((text) => text !== dateText && text !== typeText);
    if (kept.length === members.length - 2) {
      const packed = shorten(`{${kept.join(',')}}`);
      if (unpackBody(packed, date, type) === body) return packed;
    }
  }
  return WHOLE + body;
}

/**
 * The event's body as it was given to `packBody`: the date and type members put back where canonical JSON
 * has them (after integer-like keys, among the others in sorted order), as text, without parsing the rest.
 */
export function unpackBody(stored: string, date: string, type: string): string {
  if (stored.startsWith(WHOLE)) return stored.slice(WHOLE.length);
  const rest = lengthen(stored);
  const members = topMembers(rest);
  if (members === undefined) throw new Error('a stored event body is not a JSON object');
  const out: string[] = [];
  let dateText: string | undefined = member('date', date);
  let typeText: string | undefined = member('type', type);
  for (const m of members) {
    const key = m.key.includes('\\') ? (JSON.parse(`"${m.key}"`) as string) : m.key;
    if (!INDEX_KEY.test(key) || Number(key) >= 4294967295) {
      if (dateText !== undefined && key > 'date') {
        out.push(dateText);
        dateText = undefined;
      }
      if (typeText !== undefined && key > 'type') {
        out.push(typeText);
        typeText = undefined;
      }
    }
    out.push(rest.slice(m.start, m.end));
  }
  if (dateText !== undefined) out.push(dateText);
  if (typeText !== undefined) out.push(typeText);
  return `{${out.join(',')}}`;
}

/** Keys JavaScript orders first, by number (array indices). */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

const member = (key: string, value: string) => `"${key}":${JSON.stringify(value)}`;

interface Member {
  /** The key as written (JSON escapes kept). */
  key: string;
  start: number;
  end: number;
}

/** The top-level members of a JSON object's text, where each starts and ends; undefined if it is not one. */
function topMembers(text: string): Member[] | undefined {
  const last = text.length - 1;
  if (text.charCodeAt(0) !== 123 || text.charCodeAt(last) !== 125) return undefined;
  const members: Member[] = [];
  if (last === 1) return members;
  for (let i = 1; ;) {
    if (text.charCodeAt(i) !== 34) return undefined;
    const keyEnd = stringEnd(text, i);
    if (keyEnd < 0 || text.charCodeAt(keyEnd) !== 58) return undefined;
    let j = keyEnd + 1;
    for (let depth = 0; j < last; j++) {
      const c = text.charCodeAt(j);
      if (c === 34) {
        const end = stringEnd(text, j);
        if (end < 0) return undefined;
        j = end - 1;
      } else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (--depth < 0) return undefined;
      } else if (c === 44 && depth === 0) break;
    }
    members.push({ key: text.slice(i + 1, keyEnd - 1), start: i, end: j });
    if (j >= last) return members;
    i = j + 1;
  }
}

/** The index after the string that starts at `start` (a quote), or -1. */
function stringEnd(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 34) return j + 1;
  }
  return -1;
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
