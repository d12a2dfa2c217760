import { describe, expect, it } from 'vitest';
import { protocolOf } from '../../../lib/protocol';
import { screeningScreens } from './screening-screens';

describe('screening screens', () => {
  it('asks every question of the current protocol once, at most 4 per screen, warning signs first', () => {
    const screens = screeningScreens();
    const asked = screens.flatMap((s) => s.questions.map((q) => q.id));
    expect([...asked].sort()).toEqual(
      protocolOf()
        .screening.questions.map((q) => q.id)
        .sort(),
    );
    expect(screens.every((s) => s.questions.length > 0 && s.questions.length <= 4)).toBe(true);
    expect(screens[0]?.questions[0]?.group).toBe('red-flag');
  });
});
