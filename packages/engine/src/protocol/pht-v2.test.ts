import { describe, expect, it } from 'vitest';
import { caseSchema } from '../schema/case-schema.js';
import { currentProtocolId, getProtocol, phtV2 } from './registry.js';

const byId = new Map(phtV2.exercises.map((e) => [e.id, e]));
const LOADABLE = [
  'prone-leg-curl',
  'glute-bridge',
  'side-lying-hip-abduction',
  'hip-thrust',
  'kettlebell-deadlift',
  'single-leg-rdl',
  'lunge',
];

describe('protocol pht-v2 as data: the tables agree with PROTOCOL.md section 4', () => {
  it('is registered and is the protocol for new patients', () => {
    expect(getProtocol('pht-v2')).toBe(phtV2);
    expect(currentProtocolId).toBe('pht-v2');
  });

  it('the catalogue has the 19 exercises of the table with their type, hip flexion and first stage', () => {
    expect(phtV2.exercises.map((e) => `${e.id}:${e.type}:${e.hipFlexion}:${e.firstStage}`).sort()).toEqual(
      [
        'isometric-leg-curl:isometric:low:1',
        'straight-leg-pull-down:isometric:low:1',
        'bridge-hold:isometric:low:1',
        'prone-leg-curl:isotonic:low:2',
        'supine-slider-curl:eccentric:low:2',
        'glute-bridge:isotonic:low:2',
        'side-lying-hip-abduction:isotonic:low:2',
        'nordic-curl:eccentric:low:2',
        'hip-thrust:isotonic:mid:3',
        'kettlebell-deadlift:isotonic:mid:3',
        'side-plank:isometric:low:3',
        'treadmill-eccentric:eccentric:mid:3',
        'single-leg-rdl:eccentric:high:3',
        'lunge:isotonic:high:3',
        'skipping:plyometric:mid:4',
        'pogo-jumps:plyometric:low:4',
        'bounding:plyometric:high:4',
        'sprinters-curl:plyometric:high:4',
        'cutting-drills:plyometric:mid:4',
      ].sort(),
    );
  });

  it('every dose names an exercise allowed at its stage; repMax only on loadable ones; no "heavier" on bodyweight', () => {
    for (const stage of phtV2.stages)
      for (const level of stage.levels)
        for (const d of level.doses) {
          const e = byId.get(d.exercise);
          expect(e, d.exercise).toBeDefined();
          expect(e?.firstStage ?? 9, d.exercise).toBeLessThanOrEqual(stage.stage);
          if (d.repMax !== undefined) expect(LOADABLE, d.exercise).toContain(d.exercise);
          if (LOADABLE.includes(d.exercise) && stage.stage < 4) expect(d.repMax, d.exercise).toBeDefined();
          if (!LOADABLE.includes(d.exercise)) expect(d.tempo ?? '', d.exercise).not.toMatch(/heavier/);
        }
  });

  it('stage 1 has two exercises a level; every level of stages 2-3 holds the glute-med or trunk exercise', () => {
    for (const level of phtV2.stages[0]?.levels ?? []) expect(level.doses).toHaveLength(2);
    for (const level of phtV2.stages[1]?.levels ?? [])
      expect(level.doses.map((d) => d.exercise)).toContain('side-lying-hip-abduction');
    for (const level of phtV2.stages[2]?.levels ?? [])
      expect(level.doses.map((d) => d.exercise)).toContain('side-plank');
  });

  it('screening questions cover every answer id of the schema exactly once, pain-both-sides apart from the red flags', () => {
    const schemaIds = caseSchema.$defs.answers.propertyNames.enum;
    expect(phtV2.screening.questions.map((q) => q.id).sort()).toEqual([...schemaIds].sort());
    expect(phtV2.screening.rules.flatMap((r) => r.answers)).not.toContain('pain-both-sides');
  });

  it('advice has words for every id the engine gives, follow-running-plan included', () => {
    expect(phtV2.advice.map((a) => a.id)).toContain('follow-running-plan');
    expect(phtV2.advice.find((a) => a.id === 'flare-rest')?.text).toMatch(/only the gentle holds/);
  });
});
