import { describe, expect, it } from 'vitest';
import { checkProfile } from './profile-check';

const good = { birthYear: '1985', side: 'left', runner: true, sport: false } as const;

describe('checkProfile', () => {
  it('accepts complete, plausible answers', () => {
    expect(checkProfile(good, 2026)).toEqual({
      ok: true,
      profile: { birthYear: 1985, affectedSide: 'left', runner: true, sport: false },
    });
  });

  it('refuses a birth year in the future, under 10 years ago, or blank', () => {
    for (const birthYear of ['2027', '2025', '2017', '', '1899', '19.5']) {
      expect(checkProfile({ ...good, birthYear }, 2026)).toMatchObject({ ok: false, error: /1900 to 2016/ });
    }
    expect(checkProfile({ ...good, birthYear: '2016' }, 2026).ok).toBe(true);
  });

  it('requires the side, the running and the sport answers', () => {
    expect(checkProfile({ ...good, side: null }, 2026)).toMatchObject({ error: /which side/ });
    expect(checkProfile({ ...good, runner: undefined }, 2026)).toMatchObject({ error: /run/ });
    expect(checkProfile({ ...good, sport: undefined }, 2026)).toMatchObject({ error: /sport/ });
  });
});
