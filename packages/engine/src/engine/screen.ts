import type { ScreeningRule } from '../protocol/types.js';
import type { Reason, ScreeningAnswerId, ScreeningAnswers, Status } from '../schema/types.js';
import type { Context } from './state.js';
import { yearOf, type Day } from './days.js';

export interface ScreenResult {
  status: Status;
  fromRedFlag: boolean;
  /** Every category that matched, most serious first; `pattern-consistent` when none did. */
  reasons: Reason[];
}

const SEVERITY: Record<Status, number> = {
  emergency: 5,
  'urgent-referral': 4,
  'medical-review': 3,
  'assessment-needed': 2,
  active: 1,
  completed: 0,
};

/** True when status `a` is more serious than `b` (the most serious outcome wins). */
export const moreSerious = (a: Status, b: Status): boolean => SEVERITY[a] > SEVERITY[b];

const yes = (answers: ScreeningAnswers, id: ScreeningAnswerId): boolean => answers[id] === true;

function words(ids: string[]): string {
  return ids.map((id) => id.replace(/-/g, ' ')).join(', ');
}

function redFlagReason(
  ctx: Context,
  rule: ScreeningRule,
  hits: string[],
  day: Day,
  source: string,
  later = false,
): Reason {
  const action = later ? (rule.laterAction ?? rule.action) : rule.action;
  return { rule: rule.rule, text: `${source} on ${ctx.fmt(day)} reported ${words(hits)}. ${action}` };
}

/** The red-flag rules that match, most serious first (emergency, avulsion, medical). */
function redFlags(ctx: Context, answers: ScreeningAnswers): { rule: ScreeningRule; hits: string[] }[] {
  return ctx.p.screening.rules
    .filter((r) => r.status !== 'assessment-needed')
    .map((rule) => ({ rule, hits: rule.answers.filter((id) => yes(answers, id)) }))
    .filter((m) => m.hits.length > 0);
}

/** Intake screening, PROTOCOL.md section 2. A missing answer counts as no. */
export function screenIntake(
  ctx: Context,
  answers: ScreeningAnswers,
  day: Day,
  birthYear: number,
): ScreenResult {
  const { screening } = ctx.p;
  const reasons: Reason[] = [];
  let status: Status = 'active';
  for (const { rule, hits } of redFlags(ctx, answers)) {
    reasons.push(redFlagReason(ctx, rule, hits, day, 'Your screening'));
    if (moreSerious(rule.status, status)) status = rule.status;
  }
  const atypical = screening.rules.find((r) => r.status === 'assessment-needed');
  const features = screening.features.filter((id) => yes(answers, id));
  const why: string[] = [];
  const nerve = atypical ? atypical.answers.filter((id) => yes(answers, id)) : [];
  if (nerve.length > 0) why.push(`it reported ${words(nerve)}, which can come from a nerve or the back`);
  if (screening.ageFrom === 'screening') {
    // pht-v2: age from the screening date, so the calendar never lifts it (only a clinician does)
    const year = yearOf(day);
    if (year - birthYear < screening.minimumAge)
      why.push(`you may be under ${screening.minimumAge - 1} (born ${birthYear}, screened in ${year})`);
  } else {
    const age = yearOf(ctx.h.asOf) - birthYear;
    if (age < screening.minimumAge) why.push(`you are under ${screening.minimumAge} (born ${birthYear})`);
  }
  if (features.length < screening.minimumFeatures) {
    why.push(
      `only ${features.length} of the ${screening.features.length} typical features of proximal hamstring tendinopathy were reported (${screening.minimumFeatures} are needed)`,
    );
  }
  if (why.length > 0 && atypical) {
    reasons.push({
      rule: atypical.rule,
      text: `Your screening on ${ctx.fmt(day)}: ${why.join('; ')}. ${atypical.action}`,
    });
    if (moreSerious(atypical.status, status)) status = atypical.status;
  }
  if (status === 'active') {
    reasons.push({
      rule: 'pattern-consistent',
      text: `Your screening on ${ctx.fmt(day)} fits proximal hamstring tendinopathy (${features.length} of ${screening.features.length} typical features: ${words(features)}) with no red flags.`,
    });
  }
  return { status, fromRedFlag: SEVERITY[status] >= SEVERITY['medical-review'], reasons };
}

/**
 * A later `symptoms` event: only red flags count (the features are not asked again). Returns the most
 * serious red-flag outcome with its reasons, or undefined when it reports none.
 */
export function screenSymptoms(ctx: Context, answers: ScreeningAnswers, day: Day): ScreenResult | undefined {
  const matches = redFlags(ctx, answers);
  const first = matches[0];
  if (!first) return undefined;
  return {
    status: first.rule.status,
    fromRedFlag: true,
    reasons: matches.map(({ rule, hits }) => redFlagReason(ctx, rule, hits, day, 'A symptom check', true)),
  };
}
