import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/**
 * New passwords are checked on the server with zxcvbn-ts (ADR 116): its estimate of the guesses needed, from
 * common-password lists, English words, names, keyboard patterns, repeats and sequences. Score 3 ("safely
 * unguessable: moderate protection from an offline slow-hash attack", about 10^8 guesses) is the floor, on
 * top of argon2id and the sign-in throttles. The dictionaries load on first use (about 0.3 s) and stay
 * server-side: the web app only shows the server's answer.
 */
export const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return factory;
}

/**
 * Why a new password is too easy to guess, in words for the person choosing it; undefined when it is strong
 * enough. `related` are things an attacker knows about the account (its e-mail address).
 */
export function weakPasswordReason(password: string, related: readonly string[] = []): string | undefined {
  const inputs = related.flatMap((r) => [r, ...r.split(/[@.+_-]/)]).filter((w) => w.length >= 3);
  const result = estimator().check(password, inputs);
  if (result.score >= MIN_SCORE) return undefined;
  const warning = result.feedback.warning ?? '';
  const advice =
    result.feedback.suggestions.join(' ') || 'Add another word or two that are not common together.';
  const why =
    warning === '' ? '' : ` ${warning.charAt(0).toLowerCase()}${warning.slice(1).replace(/\.?$/, '.')}`;
  return `is too easy to guess:${why} ${advice}`;
}
