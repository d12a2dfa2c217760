import { describe, expect, it } from 'vitest';
import { bandLegend, bandOf } from './pain-scale';

describe('pain bands', () => {
  it('judges a score against the ceiling as the engine does', () => {
    expect([0, 3, 4, 5, 6].map((s) => bandOf(s, 5))).toEqual(['green', 'green', 'amber', 'amber', 'red']);
    expect([3, 4].map((s) => bandOf(s, 4))).toEqual(['green', 'amber']);
    expect([3, 4].map((s) => bandOf(s, 3))).toEqual(['green', 'red']);
  });

  it('names the bands in plain words, without an empty amber band at a ceiling of 3', () => {
    expect(bandLegend(5)).toBe('0–3 green · 4–5 amber · above 5 red');
    expect(bandLegend(4)).toBe('0–3 green · 4 amber · above 4 red');
    expect(bandLegend(3)).toBe('0–3 green · above 3 red');
  });
});
