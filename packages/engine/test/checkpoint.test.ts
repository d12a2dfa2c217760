import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canContinue,
  decide,
  decideFrom,
  latestCheckpoint,
  type Case,
  type CaseEvent,
  type Checkpoint,
} from '../src/index.js';
import {
  RUNS,
  TIMEOUT,
  anyEventArb,
  assertValid,
  caseArbFor,
  dated,
  isoOf,
  toDayNumber,
} from './arbitraries.js';

/**
 * Checkpointed replay (ADR 011): for generated histories and checkpoints taken at generated moments, the
 * checkpoint plus the later events gives exactly the full replay's decision, for both protocols; an event
 * dated on or before the checkpoint is caught (the caller replays in full).
 */

/** A case as it stood at the end of `day`: its asOf moved there (events after it are ignored by the engine). */
const at = (c: Case, day: number): Case => ({ ...c, asOf: isoOf(day) });
const after = (c: Case, cp: Checkpoint): Case => ({ ...c, events: c.events.filter((e) => e.date > cp.day) });
const sameYear = (a: string, b: string): boolean => a.slice(0, 4) === b.slice(0, 4);

/** A generated case, the moments (fractions of its span) two checkpoints are taken at, and a stray event. */
const scenario = (protocol: 'pht-v1' | 'pht-v2') =>
  fc.tuple(
    caseArbFor(protocol)
      .filter((c) => toDayNumber(c.asOf) - toDayNumber(c.screening.date) >= 3)
      .map((c) => ({ ...c, patient: { ...c.patient, sport: c.asOf.endsWith('5') } })),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    anyEventArb(fc.integer({ min: 0, max: 10 })),
    fc.nat(),
  );

describe.each(['pht-v1', 'pht-v2'] as const)('checkpointed replay (%s)', (protocol) => {
  const reached = { first: 0, chained: 0, caught: 0 };

  it(
    'checkpoint + later events = full replay; a checkpoint taken from a checkpoint too',
    { timeout: TIMEOUT },
    () => {
      fc.assert(
        fc.property(scenario(protocol), ([c, f1, f2, stray, back]) => {
          assertValid(c);
          const start = toDayNumber(c.screening.date);
          const end = toDayNumber(c.asOf);
          // checkpoints come at the earliest the day after the screening
          const t1 = Math.min(end, start + 2 + Math.floor(f1 * (end - start - 1)));
          const cp = latestCheckpoint(at(c, t1));
          if (!cp) return;
          expect(cp.day < isoOf(t1)).toBe(true);
          expect(JSON.parse(JSON.stringify(cp))).toEqual(cp);
          const full = decide(c);
          const later = after(c, cp);
          const continued = decideFrom(cp, later);
          if (!sameYear(cp.day, c.asOf) || c.asOf <= cp.day) {
            expect(continued).toBeUndefined();
            return;
          }
          reached.first++;
          expect(continued).toEqual(full);
          // with the decision history: the same decision, and the full history's end from the checkpoint's on
          const fullWith = decide(c, { history: true });
          const { history, ...rest } = decideFrom(cp, later, { history: true }) as typeof fullWith;
          expect(rest).toEqual(full);
          const all = fullWith.history ?? [];
          expect(history).toEqual(all.slice(all.length - (history?.length ?? 0)));
          expect(history?.slice(0, cp.history.length)).toEqual(cp.history);

          // a second checkpoint from the first, later, then the decision from it
          const t2 = Math.min(
            end,
            toDayNumber(cp.day) + 2 + Math.floor(f2 * (end - toDayNumber(cp.day) - 1)),
          );
          const cp2 = latestCheckpoint(at(later, t2), cp);
          if (cp2) {
            expect(cp2).toEqual(latestCheckpoint(at(c, t2)));
            const fromSecond = decideFrom(cp2, after(c, cp2));
            if (fromSecond) {
              reached.chained++;
              expect(fromSecond).toEqual(full);
            }
          }

          // an event dated on or before the checkpoint: the continued replay refuses
          const early: CaseEvent = dated(stray, isoOf(toDayNumber(cp.day) - (back % 30)));
          const withEarly: Case = { ...later, events: [...later.events, early] };
          expect(canContinue(cp, withEarly)).toBe(false);
          expect(decideFrom(cp, withEarly)).toBeUndefined();
          reached.caught++;
        }),
        { numRuns: RUNS },
      );
      // the generator must reach the assertions often enough to mean something
      expect(reached.first).toBeGreaterThan(RUNS / 2);
      expect(reached.chained).toBeGreaterThan(RUNS / 10);
      expect(reached.caught).toBe(reached.first);
    },
  );

  it('refuses other patient details, another protocol or a decision in another year', () => {
    const c = fc
      .sample(caseArbFor(protocol), { numRuns: 200, seed: 20261201 })
      .find((x) => latestCheckpoint(x));
    if (!c) throw new Error('no generated case had a checkpoint');
    const cp = latestCheckpoint(c) as Checkpoint;
    const later = after(c, cp);
    expect(canContinue(cp, later)).toBe(true);
    expect(canContinue(cp, { ...later, patient: { ...later.patient, painCeiling: 3 } })).toBe(
      later.patient.painCeiling === 3,
    );
    expect(canContinue(cp, { ...later, protocol: protocol === 'pht-v1' ? 'pht-v2' : 'pht-v1' })).toBe(false);
    const nextYear = `${Number(cp.day.slice(0, 4)) + 1}-01-01`;
    expect(canContinue(cp, { ...later, asOf: nextYear })).toBe(false);
    expect(canContinue(cp, { ...later, asOf: cp.day })).toBe(false);
  });
});
