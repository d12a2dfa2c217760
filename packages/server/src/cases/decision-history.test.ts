import { decide, type Case } from '@hamstring-rehab/engine';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { PERSONAS } from '../demo/personas.js';
import { DEMO_SCREENING, simulate } from '../demo/simulate.js';
import { CURRENT_PROTOCOL } from './patient-case.js';
import { explainHistory } from './decision-history.js';

const TODAY = '2026-11-30';

function demoCase(key: string): Case {
  const persona = PERSONAS.find((p) => p.key === key);
  if (persona === undefined) throw new Error(key);
  const sim = simulate(persona, TODAY);
  return {
    protocol: CURRENT_PROTOCOL,
    asOf: TODAY,
    patient: {
      birthYear: persona.birthYear,
      affectedSide: persona.side,
      runner: persona.runner,
      painCeiling: 5,
    },
    screening: { date: sim.screeningDate, answers: DEMO_SCREENING },
    events: sim.events,
  };
}

/** Where the patient stood each day: status, stage and level of that day's decision. */
const standing = (d: ReturnType<typeof decide>) => `${d.status} ${String(d.stage)}.${String(d.level)}`;

describe.each(['jo', 'alex', 'sam'])('the decision history of demo patient %s', (key) => {
  const c = demoCase(key);
  const history = decide(c, { history: true }).history ?? [];

  it('moves on exactly the days the daily decisions move, with the same change', () => {
    const fromDaily: { date: string; standing: string; change: string }[] = [];
    let before = '';
    for (let day = c.screening.date; day <= TODAY; day = addDays(day, 1)) {
      const d = decide({ ...c, asOf: day });
      if (standing(d) !== before) fromDaily.push({ date: day, standing: standing(d), change: d.change });
      before = standing(d);
    }
    const shown: { date: string; standing: string; change: string }[] = [];
    before = '';
    for (const entry of history) {
      const at = decide({ ...c, asOf: entry.date });
      const s = `${at.status} ${String(entry.stage)}.${String(entry.level)}`;
      if (s === before) continue;
      // the last entry of a day is where the patient stood that day
      const last = shown[shown.length - 1];
      if (last?.date === entry.date) shown.pop();
      shown.push({ date: entry.date, standing: s, change: entry.change });
      before = s;
    }
    expect(fromDaily.length).toBeGreaterThan(2);
    expect(shown).toEqual(fromDaily);
  });

  it('gives each change the reasons of the decision made that day', () => {
    const changes = history.filter((e) => e.change !== 'hold' && e.change !== 'none');
    for (const { entry, reasons } of explainHistory(c, changes)) {
      const that = decide({ ...c, asOf: entry.date }).reasons.map((r) => r.text);
      expect(reasons.length).toBeGreaterThan(0);
      expect(that).toEqual(expect.arrayContaining(reasons));
    }
  });
});
