import { describe, expect, it } from 'vitest';
import { caseSchema } from '../schema/case-schema.js';
import { phtV1 } from './registry.js';

const byId = new Map(phtV1.exercises.map((e) => [e.id, e]));

describe('protocol pht-v1 as data: the tables agree with PROTOCOL.md section 4', () => {
  it('the catalogue has the 17 exercises with their type, hip flexion and first stage', () => {
    expect(phtV1.exercises.map((e) => `${e.id}:${e.type}:${e.hipFlexion}:${e.firstStage}`)).toEqual([
      'isometric-leg-curl:isometric:low:1',
      'straight-leg-pull-down:isometric:low:1',
      'bridge-hold:isometric:low:1',
      'prone-leg-curl:isotonic:low:2',
      'supine-slider-curl:eccentric:low:2',
      'glute-bridge:isotonic:low:2',
      'nordic-curl:eccentric:low:2',
      'hip-thrust:isotonic:mid:3',
      'kettlebell-deadlift:isotonic:mid:3',
      'treadmill-eccentric:eccentric:mid:3',
      'single-leg-rdl:eccentric:high:3',
      'lunge:isotonic:high:3',
      'skipping:plyometric:mid:4',
      'pogo-jumps:plyometric:low:4',
      'bounding:plyometric:high:4',
      'sprinters-curl:plyometric:high:4',
      'cutting-drills:plyometric:mid:4',
    ]);
  });

  it('every exercise a clinician can read: name, 3-5 steps, the common mistake, easier and harder', () => {
    for (const e of phtV1.exercises) {
      expect(e.name.length, e.id).toBeGreaterThan(3);
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.steps.length, e.id).toBeLessThanOrEqual(5);
      expect(e.commonMistake && e.easier && e.harder, e.id).toBeTruthy();
    }
  });

  it('every dose names a catalogue exercise allowed at its stage', () => {
    for (const stage of phtV1.stages) {
      for (const level of stage.levels) {
        for (const dose of level.doses) {
          const ex = byId.get(dose.exercise);
          expect(ex, dose.exercise).toBeDefined();
          expect(ex?.firstStage, `${dose.exercise} at stage ${stage.stage}`).toBeLessThanOrEqual(stage.stage);
          if (stage.stage === 1) expect(ex?.type).toBe('isometric');
          if (stage.stage <= 2) expect(ex?.hipFlexion).toBe('low');
          if (stage.stage < 4) expect(ex?.type).not.toBe('plyometric');
        }
      }
    }
  });

  it('stages have 3, 4, 4 and 4 levels and minimum days 7, 14, 21, 14', () => {
    expect(phtV1.stages.map((s) => s.levels.length)).toEqual([3, 4, 4, 4]);
    expect(phtV1.stages.map((s) => s.minimumDays)).toEqual([7, 14, 21, 14]);
  });

  it('every load test of the case schema is described, and the gate tests exist', () => {
    const schemaTests = caseSchema.$defs.event.oneOf[3].properties.test.enum;
    const described = phtV1.loadTests.map((t) => t.id);
    for (const t of schemaTests) expect(described).toContain(t);
    for (const s of phtV1.stages)
      for (const g of s.gateTests) if (g.test) expect(described).toContain(g.test);
  });

  it('every advice id the engine can give has a text', () => {
    const ids = phtV1.advice.map((a) => a.id);
    for (const id of [
      'seek-emergency-care',
      'seek-clinician',
      'flare-rest',
      'relative-rest',
      'isometrics-for-pain',
      'avoid-prolonged-sitting',
      'no-hamstring-stretching',
      'avoid-deep-hip-flexion',
      'reduce-running',
      'avoid-hills-and-sprints',
      ...phtV1.running.gaitCues,
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('running levels R1-R8 with the kinds allowed of section 7', () => {
    expect(phtV1.running.levels.map((l) => [l.level, l.perWeek, l.kindsAllowed.join('+')])).toEqual([
      [1, 3, 'easy'],
      [2, 3, 'easy'],
      [3, 3, 'easy'],
      [4, 3, 'easy'],
      [5, 3, 'easy'],
      [6, 4, 'easy'],
      [7, 4, 'easy+tempo'],
      [8, 4, 'easy+tempo+intervals+hills+sprints'],
    ]);
  });

  it('screening questions cover every answer id of the schema exactly once (pain-both-sides is pht-v2 only)', () => {
    const schemaIds = caseSchema.$defs.answers.propertyNames.enum.filter((id) => id !== 'pain-both-sides');
    expect(phtV1.screening.questions.map((q) => q.id).sort()).toEqual([...schemaIds].sort());
  });
});
