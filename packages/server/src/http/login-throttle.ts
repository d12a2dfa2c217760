import type { Store } from '../store/store.js';
import { HttpError } from './errors.js';

/**
 * Per-account sign-in throttling (ADR 116), kept in the database so that it holds across app servers. Keyed
 * on the normalized e-mail address whether or not an account has it, so the answer never tells which
 * addresses have accounts. After FREE_FAILURES failures in a row the address is locked for 1 minute, then
 * 2, 4, ... up to an hour per further failure; a success clears the count, a day without failures forgets it.
 * While locked, sign-in is refused without checking the password, so guesses stop counting for anything.
 */
export const FREE_FAILURES = 5;
const MAX_LOCK_MINUTES = 60;
const FORGET_AFTER_MS = 24 * 3_600_000;

/** Minutes of lock after this many failures in a row (0 while under the free allowance). */
export function lockMinutes(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_MINUTES, 2 ** (failures - FREE_FAILURES));
}

/** The 429 of a locked address: when to try again, in words and in Retry-After. */
export class LoginLockedError extends HttpError {
  /** For the Retry-After header. */
  readonly retryAfterSeconds: number;
  constructor(until: Date, now: Date) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
    super(
      429,
      `too many failed sign-ins for this e-mail address: try again in ${minutes} minute${minutes === 1 ? '' : 's'} ` +
        `(after ${until.toISOString().slice(11, 16)} UTC)`,
    );
    this.name = 'LoginLockedError';
    this.retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  }
}

/** Throws LoginLockedError while the address is locked at `now`. */
export async function refuseWhileLocked(store: Store, email: string, now: Date): Promise<void> {
  const state = await store.getLoginThrottle(email);
  if (
    state?.lockedUntil !== undefined &&
    state.lockedUntil !== null &&
    state.lockedUntil > now.toISOString()
  ) {
    throw new LoginLockedError(new Date(state.lockedUntil), now);
  }
}

/** Counts a failure, and locks the address when the run is long enough. */
export async function countFailure(store: Store, email: string, now: Date): Promise<void> {
  const failures = await store.recordLoginFailure({
    email,
    now: now.toISOString(),
    forgetBefore: new Date(now.getTime() - FORGET_AFTER_MS).toISOString(),
  });
  const minutes = lockMinutes(failures);
  if (minutes > 0) await store.lockLogin(email, new Date(now.getTime() + minutes * 60_000).toISOString());
}
