import { describe, expect, it } from 'vitest';
import { functionScore } from './function-items';

describe('function check-in score', () => {
  it('scales six 0-10 answers to 0-100', () => {
    const all = (n: number) => ({ sitting: n, stretching: n, walking: n, stairs: n, running: n, sport: n });
    expect(functionScore(all(0))).toBe(0);
    expect(functionScore(all(10))).toBe(100);
    expect(functionScore({ ...all(5), sport: 8 })).toBe(55);
  });

  it('needs every answer', () => {
    expect(functionScore({ sitting: 3 })).toBeUndefined();
  });
});
