import type { Judgement } from './judge.js';
import type { Context } from './state.js';

/** Plain words for the evidence behind a judgement: which scores, on which days. */
export function describeCauses(ctx: Context, j: Judgement): string {
  const what = j.kind === 'session' ? 'the session' : 'the run';
  const parts = j.causes.map((c) => {
    switch (c) {
      case 'during':
        return `pain ${j.during}/10 during ${what} on ${ctx.fmt(j.day)}`;
      case 'after':
        return `pain ${j.after ?? 0}/10 later that day`;
      case 'next':
        return `a morning score of ${j.next ?? 0}/10 on ${ctx.fmt(j.day + 1)}`;
      case 'second':
        return `a morning score of ${j.second ?? 0}/10 on ${ctx.fmt(j.day + 2)}, 48 hours after`;
      case 'settle':
        return `the morning score on ${ctx.fmt(j.day + 1)} (${j.next ?? 0}/10) was ${ctx.p.pain.settleMargin} or more above your baseline of ${j.baseline?.score ?? 0}/10 on ${ctx.fmt(j.baseline?.day ?? j.day)}, so pain had not settled`;
      default:
        return c;
    }
  });
  return j.causes.includes('during')
    ? joinAnd(parts)
    : `after ${what} on ${ctx.fmt(j.day)}, ${joinAnd(parts)}`;
}

/** The scores of a comfortable response, for green explanations. */
export function describeCalm(ctx: Context, j: Judgement): string {
  const what = j.kind === 'session' ? 'session' : 'run';
  const after = j.after !== undefined ? `, ${j.after}/10 after` : '';
  const second = j.second !== undefined ? ` and ${j.second}/10 the morning after that` : '';
  return `the ${what} on ${ctx.fmt(j.day)}: pain ${j.during}/10 during${after}, ${j.next ?? 0}/10 the next morning${second}`;
}

export function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
