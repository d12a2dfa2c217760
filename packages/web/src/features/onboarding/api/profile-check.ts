import type { Profile } from '../../../lib/types';

/** The youngest age the program takes (the server refuses younger birth years too). */
export const MIN_AGE = 10;

export interface ProfileAnswers {
  birthYear: string;
  side: Profile['affectedSide'];
  runner: boolean | undefined;
  sport: boolean | undefined;
}

export type CheckedProfile = Pick<Profile, 'birthYear' | 'affectedSide' | 'runner'> & { sport: boolean };

/** Every answer required and plausible: the first problem in words, or the profile to save. */
export function checkProfile(
  a: ProfileAnswers,
  thisYear: number,
): { ok: true; profile: CheckedProfile } | { ok: false; error: string } {
  const year = Number(a.birthYear);
  const latest = thisYear - MIN_AGE;
  if (a.birthYear.trim() === '' || !Number.isInteger(year) || year < 1900 || year > latest) {
    return {
      ok: false,
      error: `Enter your year of birth, from 1900 to ${String(latest)} (the program is for people aged ${String(MIN_AGE)} or more).`,
    };
  }
  if (a.side === null) return { ok: false, error: 'Choose which side hurts: left, right or both.' };
  if (a.runner === undefined) return { ok: false, error: 'Answer whether you run or want to run again.' };
  if (a.sport === undefined) return { ok: false, error: 'Answer whether you are going back to a sport.' };
  return { ok: true, profile: { birthYear: year, affectedSide: a.side, runner: a.runner, sport: a.sport } };
}
