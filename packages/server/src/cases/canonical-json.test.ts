import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('gives the same text for the same content in any key order', () => {
    const a = { type: 'session', date: '2026-03-01', exercises: [{ id: 'x', sets: 3 }], painDuring: 2 };
    const b = { painDuring: 2, exercises: [{ sets: 3, id: 'x' }], date: '2026-03-01', type: 'session' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe(
      '{"date":"2026-03-01","exercises":[{"id":"x","sets":3}],"painDuring":2,"type":"session"}',
    );
  });

  it('keeps array order and tells different content apart', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson({ score: 1 })).not.toBe(canonicalJson({ score: 2 }));
    expect(canonicalJson(null)).toBe('null');
  });
});
