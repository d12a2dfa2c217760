import { act as preactAct } from 'preact/test-utils';

/**
 * For tests: Preact's `act` (ADR 230), typed as React's. It runs the callback and flushes the renders and
 * effects it caused: at once for a plain callback, once the promise settles for an async one. (Preact's own
 * type returns a promise either way, which a plain call would leave floating.)
 */
export function act(callback: () => Promise<void>): Promise<void>;
export function act(callback: () => void): void;
export function act(callback: () => void | Promise<void>): void | Promise<void> {
  return preactAct(callback);
}
