import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, phtV2, type Case, type CaseEvent, type Decision } from '../src/index.js';
import {
  AVULSION,
  EMERGENCY,
  FEATURES,
  MAX_EVENTS,
  MEDICAL,
  NERVE,
  RUNNING_TABLE,
  TIMEOUT,
  RUNS,
  TOP_LEVEL,
  anyEventArb,
  answersArb,
  assertValid,
  caseArbFor,
  ceilingOf,
  dated,
  deepFreeze,
  isoOf,
  rank,
  shuffleKeepingSameDayOrder,
  toDayNumber,
  validateDecision,
} from './arbitraries.js';
import { day } from './kit.js';

/**
 * Property tests of protocol pht-v2 (protocol/PROTOCOL.md) on generated histories: the pht-v1
 * invariants that still hold, and the safety properties v2 adds (severe pain, no pending red, no move up
 * after a break, off-plan runs never count).
 */

const CATALOGUE = new Map(phtV2.exercises.map((e) => [e.id, e]));

/** pht-v2 cases: the shared generator, sometimes a sport, and a few clinician reviews anywhere. */
const caseArb: fc.Arbitrary<Case> = fc
  .tuple(caseArbFor('pht-v2'), fc.boolean(), fc.array(fc.nat(), { maxLength: 2 }))
  .map(([c, sport, reviews]) => {
    const span = toDayNumber(c.asOf) - toDayNumber(c.screening.date) + 10;
    const extra: CaseEvent[] = reviews.map((n) => ({
      type: 'clinician',
      date: isoOf(toDayNumber(c.screening.date) + (n % span)),
      action: 'review',
      note: 'seen',
    }));
    return { ...c, patient: { ...c.patient, sport }, events: [...c.events, ...extra].slice(0, MAX_EVENTS) };
  });

const upTo = (c: Case): CaseEvent[] => c.events.filter((e) => e.date <= c.asOf);

/** How many generated cases reached each property's assertions: a property that never runs proves nothing. */
const checked = { severe: 0, red: 0, breaks: 0, offPlan: 0 };

describe('properties of the engine (protocol pht-v2)', { timeout: TIMEOUT }, () => {
  it('is deterministic, ignores events after asOf, and depends on event order only within a day', () => {
    const future = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 60 }), anyEventArb(fc.integer({ min: 0, max: 10 })), fc.nat()),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(caseArb, future, fc.array(fc.nat(), { maxLength: MAX_EVENTS }), (c, later, keys) => {
        assertValid(c);
        const first = decide(c);
        expect(decide(deepFreeze(structuredClone(c)))).toEqual(first);
        const events = [...c.events];
        for (const [after, e, at] of later)
          events.splice(at % (events.length + 1), 0, dated(e, isoOf(toDayNumber(c.asOf) + after)));
        expect(decide({ ...c, events })).toEqual(first);
        expect(decide({ ...c, events: shuffleKeepingSameDayOrder(c.events, keys) })).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the plan rules (sections 4, 7, 9) and validates against decision.schema.json', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        assertValid(c);
        const d = decide(c);
        expect(validateDecision(d), JSON.stringify(validateDecision.errors)).toBe(true);
        const { plan } = d;
        for (const r of d.reasons) {
          expect(r.text.trim()).not.toBe('');
          expect(r.text).not.toMatch(/\ba [aeio]\w/i);
        }
        expect(plan.restDay).toBe(plan.mode === 'rest-day');
        if (d.status !== 'active' && d.status !== 'completed') {
          expect([d.stage, d.level, plan.exercises, plan.running, plan.mode]).toEqual([
            null,
            null,
            [],
            null,
            'stopped',
          ]);
          return;
        }
        const stage = d.stage ?? 0;
        expect(d.level).toBeLessThanOrEqual(TOP_LEVEL[stage] ?? 0);
        if (plan.mode === 'pain-relief') {
          expect(plan.exercises.map((x) => x.id)).toEqual(['isometric-leg-curl']);
          if (plan.running) expect(plan.running.pausedUntil ?? '').toBeTruthy();
          expect(plan.advice).toContain('flare-rest');
        } else {
          expect(plan.advice).not.toContain('flare-rest');
          if (plan.running) expect(plan.running.pausedUntil).toBeNull();
        }
        for (const x of plan.exercises) {
          const e = CATALOGUE.get(x.id);
          expect(e, `exercise ${x.id} is in the catalogue`).toBeDefined();
          if (!e || d.status !== 'active') continue;
          if (stage === 1) expect(e.type).toBe('isometric');
          if (stage <= 2) expect(e.hipFlexion).toBe('low');
          if (stage < 4) expect(e.type).not.toBe('plyometric');
          if (d.flags.includes('nerve-signs') && x.id !== 'isometric-leg-curl')
            expect(
              e.hipFlexion === 'high' &&
                c.events.some(
                  (ev) =>
                    ev.type === 'symptoms' && ev.answers['tingling-below-knee'] === true && ev.date <= c.asOf,
                ),
            ).toBe(false);
        }
        if (stage === 4 && d.status === 'active')
          expect(
            c.patient.runner === true ||
              c.patient.sport === true ||
              c.events.some((e) => e.type === 'clinician' && e.action === 'set-stage' && e.stage === 4),
          ).toBe(true);
        if (!c.patient.runner) expect(plan.running).toBeNull();
        if (plan.running) {
          const row = RUNNING_TABLE[plan.running.level];
          expect(plan.running.kindsAllowed).toEqual(row?.kinds);
          if (plan.running.level === 8) expect(stage).toBe(4);
          expect(stage).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('screens intake by precedence, with age counted from the screening date', () => {
    const intake = fc.record({
      answers: answersArb(25, 25, fc.subarray(FEATURES)),
      birthYear: fc.integer({ min: 2000, max: 2015 }),
      shift: fc.integer({ min: -400, max: 800 }),
      after: fc.integer({ min: 0, max: 800 }),
    });
    fc.assert(
      fc.property(intake, ({ answers, birthYear, shift, after }) => {
        const c: Case = {
          protocol: 'pht-v2',
          asOf: day(shift + after),
          patient: { birthYear },
          screening: { date: day(shift), answers },
          events: [],
        };
        const yes = (ids: string[]): boolean =>
          ids.some((id) => (answers as Record<string, boolean>)[id] === true);
        const features = FEATURES.filter((id) => (answers as Record<string, boolean>)[id] === true).length;
        const age = Number(c.screening.date.slice(0, 4)) - birthYear;
        const status = yes(EMERGENCY)
          ? 'emergency'
          : yes(AVULSION)
            ? 'urgent-referral'
            : yes(MEDICAL)
              ? 'medical-review'
              : yes(NERVE) || age <= 16 || features < 3
                ? 'assessment-needed'
                : 'active';
        expect(decide(c).status).toBe(status);
      }),
      { numRuns: RUNS },
    );
  });

  it('a score of 8 or more always gives severe-pain and a pain-relief plan; during loading until a clinician event', () => {
    const spec = fc.record({
      score: fc.integer({ min: 8, max: 10 }),
      via: fc.constantFrom('during', 'after', 'morning', 'run'),
      wait: fc.integer({ min: 0, max: 25 }),
      mornings: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 25 }),
    });
    fc.assert(
      fc.property(caseArb, spec, (base, s) => {
        const d0 = toDayNumber(base.asOf) + 1;
        const x = isoOf(d0);
        const scored: CaseEvent =
          s.via === 'morning'
            ? { type: 'morning-check', date: x, score: s.score }
            : s.via === 'run'
              ? { type: 'run', date: x, minutes: 20, kind: 'easy', painDuring: s.score }
              : s.via === 'after'
                ? { type: 'session', date: x, painDuring: 1, painAfter: s.score }
                : { type: 'session', date: x, painDuring: s.score };
        const later = s.mornings.map((score, i): CaseEvent => ({
          type: 'morning-check',
          date: isoOf(d0 + 1 + i),
          score,
        }));
        const hard = s.via === 'during' || s.via === 'run';
        const t = hard ? d0 + s.wait : d0 + (s.wait % 2);
        const c: Case = { ...base, asOf: isoOf(t), events: [...upTo(base), scored, ...later] };
        assertValid(c);
        const d: Decision = decide(c);
        if (d.status !== 'active' && d.status !== 'completed') return;
        checked.severe++;
        expect(d.flags).toContain('severe-pain');
        expect(d.plan.mode).toBe('pain-relief');
        expect(d.plan.advice).toContain('seek-clinician');
        const seen: Case = {
          ...c,
          events: [...c.events, { type: 'clinician', date: c.asOf, action: 'review', note: 'seen' }],
        };
        const hadOther = upTo(base).some(
          (e) =>
            (e.type === 'morning-check'
              ? e.score
              : e.type === 'session'
                ? Math.max(e.painDuring, e.painAfter ?? 0)
                : e.type === 'run'
                  ? e.painDuring
                  : 0) >= 8 && e.date > base.asOf,
        );
        if (!hadOther) expect(decide(seen).flags).not.toContain('severe-pain');
      }),
      { numRuns: RUNS },
    );
  });

  it('a red is never pending: pain above the ceiling during a session is judged that day', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 6, max: 10 }), (base, high) => {
        const d = toDayNumber(base.asOf) + 2;
        const c: Case = {
          ...base,
          asOf: isoOf(d),
          events: [...upTo(base), { type: 'session', date: isoOf(d), painDuring: high }],
        };
        const ceiling = ceilingOf(c);
        if (high <= ceiling) return;
        const got = decide(c);
        if (got.status !== 'active') return;
        checked.red++;
        expect(got.reasons[0]?.rule).toBe('response-red');
        expect(got.plan.mode).toBe('pain-relief');
      }),
      { numRuns: RUNS },
    );
  });

  it('a session after 14 or more days away never moves the patient up', () => {
    const spec = fc.record({
      gap: fc.integer({ min: 14, max: 60 }),
      during: fc.integer({ min: 0, max: 3 }),
      next: fc.integer({ min: 0, max: 3 }),
      lag: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(caseArb, spec, (base, s) => {
        const a0 = toDayNumber(base.asOf);
        const history = upTo(base);
        const last = Math.max(a0, ...history.map((e) => toDayNumber(e.date)));
        const d = last + s.gap;
        const checks: CaseEvent[] = [d, d + 1, d + 2].map((n) => ({
          type: 'morning-check',
          date: isoOf(n),
          score: s.next,
        }));
        const t = isoOf(d + s.lag);
        const ref: Case = { ...base, asOf: t, events: [...history, ...checks] };
        const got: Case = {
          ...ref,
          events: [...ref.events, { type: 'session', date: isoOf(d), painDuring: s.during }],
        };
        assertValid(got);
        const r = decide(ref);
        const g = decide(got);
        if (g.status === 'active') checked.breaks++;
        expect(rank(g)).toBeLessThanOrEqual(rank(r));
      }),
      { numRuns: RUNS },
    );
  });

  it('off-plan runs never move running up', () => {
    const spec = fc.record({
      how: fc.constantFrom('kind', 'long', 'next-day'),
      level: fc.integer({ min: 1, max: 6 }),
      pain: fc.integer({ min: 0, max: 3 }),
      lag: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(caseArb, spec, (base0, s) => {
        const base: Case = { ...base0, patient: { ...base0.patient, runner: true } };
        const a0 = toDayNumber(base.asOf);
        const d = a0 + 1;
        const now = decide(base);
        if (now.status !== 'active') return;
        // running at a chosen level (R1-R4 never on consecutive days): a clinician sets it on a0
        const prelude: CaseEvent[] = [];
        if ((now.stage ?? 1) < 2)
          prelude.push({ type: 'clinician', date: isoOf(a0), action: 'set-stage', stage: 2, level: 1 });
        const level = s.how === 'next-day' ? Math.min(s.level, 4) : s.level;
        prelude.push({
          type: 'clinician',
          date: isoOf(a0),
          action: 'set-running-level',
          runningLevel: level,
        });
        if (s.how === 'next-day')
          prelude.push({ type: 'run', date: isoOf(a0), minutes: 10, kind: 'easy', painDuring: 1 });
        const checks: CaseEvent[] = [a0, d, d + 1, d + 2].map((n) => ({
          type: 'morning-check',
          date: isoOf(n),
          score: 1,
        }));
        const ref: Case = { ...base, asOf: isoOf(d + s.lag), events: [...upTo(base), ...prelude, ...checks] };
        const run: CaseEvent = {
          type: 'run',
          date: isoOf(d),
          minutes: s.how === 'long' ? 200 : 20,
          kind: s.how === 'kind' ? 'hills' : 'easy',
          painDuring: s.pain,
        };
        const got: Case = { ...ref, events: [...ref.events, run] };
        assertValid(got);
        const r = decide(ref).plan.running?.level ?? 0;
        const g = decide(got);
        const gl = g.plan.running?.level ?? 0;
        if (gl > 0) checked.offPlan++;
        expect(gl).toBeLessThanOrEqual(r);
        if (gl > 0 && g.status === 'active') expect(g.flags).toContain('off-plan-running');
      }),
      { numRuns: RUNS },
    );
  });

  it('the safety properties above reached their assertions on a good share of cases', () => {
    expect(checked.severe).toBeGreaterThan(RUNS / 4);
    expect(checked.red).toBeGreaterThan(RUNS / 10);
    expect(checked.breaks).toBeGreaterThan(RUNS / 4);
    expect(checked.offPlan).toBeGreaterThan(RUNS / 4);
  });
});
