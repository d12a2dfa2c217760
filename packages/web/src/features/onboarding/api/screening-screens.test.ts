import { describe, expect, it } from 'vitest';
import { protocolOf } from '../../../lib/protocol';
import { redFlagLevel } from '../../../lib/screening-wording';
import { screeningScreens } from './screening-screens';

describe('screening screens', () => {
  const screens = screeningScreens();
  const asked = screens.flatMap((s) => s.questions.map((q) => q.id));

  it('asks every question of the current protocol once (pain-both-sides among them), at most 4 per screen', () => {
    expect(asked).toContain('pain-both-sides');
    expect([...asked].sort()).toEqual(
      protocolOf()
        .screening.questions.map((q) => q.id)
        .sort(),
    );
    expect(screens.every((s) => s.questions.length > 0 && s.questions.length <= 4)).toBe(true);
  });

  it('asks the emergency signs on the first screen, then a tear, then general health', () => {
    expect(screens[0]?.questions.map((q) => redFlagLevel(q.id))).toEqual(Array(4).fill('emergency'));
    expect(screens[1]?.questions.map((q) => redFlagLevel(q.id))).toEqual(Array(2).fill('urgent-referral'));
    expect(screens[2]?.questions.map((q) => redFlagLevel(q.id))).toEqual(Array(4).fill('medical-review'));
  });

  it('words both-legs-symptoms and pain-both-sides so they cannot be confused', () => {
    const text = (id: string) => screens.flatMap((s) => s.questions).find((q) => q.id === id)?.question ?? '';
    expect(text('both-legs-symptoms')).toMatch(/numbness, tingling .* or weakness in BOTH legs/);
    expect(text('both-legs-symptoms')).toMatch(/Pain at both sitting bones is a different question/);
    expect(text('pain-both-sides')).toMatch(/BOTH sitting bones .* no numbness, tingling or weakness/);
  });
});
