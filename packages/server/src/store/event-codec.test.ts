import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../cases/canonical-json.js';
import { PERSONAS } from '../demo/personas.js';
import { simulate } from '../demo/simulate.js';
import { dayNumber, dayString, packBody, PHRASES, timeMs, unpackBody } from './event-codec.js';

const session = {
  date: '2026-03-01',
  exercises: [
    { holdSeconds: 30, id: 'isometric-leg-curl', sets: 5 },
    { id: 'nordic-curl', reps: 6, sets: 3 },
  ],
  painAfter: 2,
  painDuring: 3,
  type: 'session',
};

describe('the compact body of an event', () => {
  it('leaves out the date and type and shortens common phrases, and gives the body back byte for byte', () => {
    const body = canonicalJson(session);
    const packed = packBody(body, session.date, session.type);
    expect(packed.length).toBeLessThan(body.length / 2);
    expect(packed).not.toContain('2026-03-01');
    expect(unpackBody(packed, session.date, session.type)).toBe(body);
  });

  it('has phrases of which none begins another (they are replaced in one pass)', () => {
    for (const a of PHRASES)
      for (const b of PHRASES) if (a !== b) expect(b.startsWith(a), `${a} ${b}`).toBe(false);
  });

  it('compacts every event of the demo histories and gives each back exactly', () => {
    for (const persona of PERSONAS) {
      for (const event of simulate(persona, '2026-11-30').events) {
        const body = canonicalJson(event);
        const packed = packBody(body, event.date, event.type);
        expect(packed.startsWith('{'), body).toBe(true);
        expect(unpackBody(packed, event.date, event.type)).toBe(body);
      }
    }
  });

  it('puts the date and type back where canonical JSON has them: after index keys, among the rest sorted', () => {
    const event = {
      '10': 1,
      '2': [{ date: 'x' }],
      a: { type: 'y' },
      date: '2026-03-01',
      e: 1,
      type: 'run',
      z: '}',
    };
    const body = canonicalJson(event);
    const packed = packBody(body, event.date, event.type);
    expect(packed).not.toContain('2026-03-01');
    expect(unpackBody(packed, event.date, event.type)).toBe(body);
  });

  it('keeps whole a body that would not come back exactly', () => {
    for (const [body, date, type] of [
      ['{"type":"session","date":"2026-03-01"}', '2026-03-01', 'session'], // keys not sorted
      ['{"date":"2026-03-02","type":"session"}', '2026-03-01', 'session'], // another day than the column's
      ['{}', '2026-03-01', 'session'],
      ['not json', '2026-03-01', 'session'],
      ['[1]', '2026-03-01', 'session'],
    ] as const) {
      const packed = packBody(body, date, type);
      expect(packed).toBe(`=${body}`);
      expect(unpackBody(packed, date, type)).toBe(body);
    }
  });

  it("gives back text that holds the tokens' own character or the phrases inside strings", () => {
    const event = {
      date: '2026-03-01',
      note: '\u0001a "score": "left" \\u0001b',
      type: 'note',
      [PHRASES[0] ?? '']: 1,
    };
    const body = canonicalJson(event);
    expect(unpackBody(packBody(body, event.date, event.type), event.date, event.type)).toBe(body);
  });

  it('keeps days and times as numbers only when they come back the same', () => {
    expect(dayString(dayNumber('2026-03-01'))).toBe('2026-03-01');
    expect(() => dayNumber('2026-02-30')).toThrow(/calendar day/);
    expect(timeMs('2026-03-01T10:00:00.123Z')).toBe(Date.UTC(2026, 2, 1, 10, 0, 0, 123));
    expect(() => timeMs('2026-03-01T10:00:00Z')).toThrow(/ISO 8601/);
  });
});
