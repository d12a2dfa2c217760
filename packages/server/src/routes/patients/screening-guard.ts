import { currentProtocol, currentProtocolId, decide, type Decision } from '@hamstring-rehab/engine';
import { HttpError } from '../../http/errors.js';
import type { Screening } from '../../store/store.js';

const SEVERITY: Record<Decision['status'], number> = {
  active: 0,
  completed: 0,
  'assessment-needed': 1,
  'medical-review': 2,
  'urgent-referral': 3,
  emergency: 4,
};

/** Answers a later screening can never take back: red flags, nerve and back signs. */
const STICKY = new Set(
  currentProtocol.screening.questions.filter((q) => q.group !== 'feature').map((q) => q.id),
);

/** A retry of the stored screening (same day, same yes answers) changes nothing and is accepted. */
function sameScreening(a: Screening, b: Screening): boolean {
  const yes = (s: Screening) =>
    Object.keys(s.answers)
      .filter((id) => s.answers[id] === true)
      .sort()
      .join(',');
  return a.date === b.date && yes(a) === yes(b);
}

/** The status the screening alone gives (no events), for comparing two screenings of the same patient. */
function statusOf(screening: Screening, birthYear: number | null): Decision['status'] {
  return decide({
    protocol: currentProtocolId,
    asOf: screening.date,
    // Without a birth year the age rule is left out of the comparison: 1970 can never trip it.
    patient: { birthYear: birthYear ?? 1970 },
    screening: { date: screening.date, answers: screening.answers },
    events: [],
  }).status;
}

/**
 * Red flags stick (docs/decisions/209): the intake screening is answered once. A later PUT may complete
 * it (add answers, raise the status) until the first event is logged; it may never take back a yes to
 * a warning sign or give a less serious status. Later answers are `symptoms` events. Throws a 409
 * naming why when the replacement is refused.
 */
export function checkReplacement(
  stored: Screening | undefined,
  next: Screening,
  context: { birthYear: number | null; eventCount: number },
): void {
  if (stored === undefined || sameScreening(stored, next)) return;
  const withdrawn = Object.keys(stored.answers).filter(
    (id) => STICKY.has(id) && stored.answers[id] === true && next.answers[id] !== true,
  );
  if (withdrawn.length > 0) {
    throw new HttpError(
      409,
      `the screening of ${stored.date} answered yes to ${withdrawn.join(', ')}: a warning sign cannot be ` +
        'taken back by a new screening. Only a clinician’s clear-screening lowers the status; report new ' +
        'or worse symptoms as a symptoms event.',
    );
  }
  const before = statusOf(stored, context.birthYear);
  const after = statusOf(next, context.birthYear);
  if (SEVERITY[after] < SEVERITY[before]) {
    throw new HttpError(
      409,
      `the screening of ${stored.date} gives status ${before}; this one would lower it to ${after}. ` +
        'Only a clinician’s clear-screening lowers the status.',
    );
  }
  if (context.eventCount > 0) {
    throw new HttpError(
      409,
      'the intake screening is answered once and the program has begun: report new or worse symptoms ' +
        'as a symptoms event (POST .../events with type "symptoms").',
    );
  }
}
