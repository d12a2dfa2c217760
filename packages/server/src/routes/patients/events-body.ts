import { validateEvent, type CaseEvent, type Problem, type Validation } from '@hamstring-rehab/engine';
import { UUID } from '../../http/validation.js';

/** Most events in one upload: a year of daily logging fits in one. */
export const MAX_BATCH = 1000;

export interface IncomingEvent {
  id: string;
  event: CaseEvent;
}

export interface EventsUpload {
  /** True for `{"events": [...]}`, false for one bare event. */
  batch: boolean;
  events: IncomingEvent[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks an upload, one event or `{"events": [...]}`, all of it before anything is stored: each event
 * against the engine's event schema plus a UUID `id`. Problems name the field: `events[2].score`.
 */
export function validateUpload(input: unknown): Validation<EventsUpload> {
  const problems: Problem[] = [];
  const events: IncomingEvent[] = [];
  const batch = isObject(input) && 'events' in input;
  if (!batch) {
    const one = validateItem(input, '', problems);
    if (one !== undefined) events.push(one);
  } else {
    for (const key of Object.keys(input)) {
      if (key !== 'events') problems.push({ path: key, message: 'is not a known field' });
    }
    const list = input.events;
    if (!Array.isArray(list)) problems.push({ path: 'events', message: 'must be an array' });
    else if (list.length === 0) problems.push({ path: 'events', message: 'must hold at least 1 event' });
    else if (list.length > MAX_BATCH) {
      problems.push({ path: 'events', message: `must hold at most ${MAX_BATCH} events` });
    } else {
      list.forEach((item, index) => {
        const one = validateItem(item, `events[${index}]`, problems);
        if (one !== undefined) events.push(one);
      });
    }
  }
  return problems.length === 0 ? { ok: true, value: { batch, events } } : { ok: false, problems };
}

/** One event of an upload (or of an import) at `prefix`: problems pushed, the event when it is valid. */
export function validateItem(item: unknown, prefix: string, problems: Problem[]): IncomingEvent | undefined {
  const at = (field: string) => (prefix === '' ? field : `${prefix}.${field}`);
  if (!isObject(item)) {
    problems.push({ path: prefix === '' ? '(body)' : prefix, message: 'must be an object' });
    return undefined;
  }
  const { id, ...rest } = item;
  const before = problems.length;
  if (id === undefined) problems.push({ path: at('id'), message: 'is required' });
  else if (typeof id !== 'string' || !UUID.test(id))
    problems.push({ path: at('id'), message: 'must be a UUID' });
  const result = validateEvent(rest);
  if (!result.ok) {
    for (const p of result.problems) {
      const whole = p.path === '(case)' || p.path === '';
      problems.push({ path: whole ? (prefix === '' ? '(body)' : prefix) : at(p.path), message: p.message });
    }
    return undefined;
  }
  return problems.length === before && typeof id === 'string'
    ? { id: id.toLowerCase(), event: result.value }
    : undefined;
}
