import type { Exercise } from '../types.js';
import { exercises as v1Exercises } from '../pht-v1/exercises.js';

/**
 * The exercises pht-v2 adds for glute-med and lumbopelvic control (PROTOCOL.md section 4, seeds 002,
 * 003). Doses live in the stage ladders, so the steps say "the time in your plan" rather than a number.
 */
export const added: Exercise[] = [
  {
    id: 'side-lying-hip-abduction',
    name: 'Side-lying hip abduction',
    type: 'isotonic',
    hipFlexion: 'low',
    firstStage: 2,
    equipment: ['exercise mat', 'ankle weight or resistance band'],
    steps: [
      'Lie on your side with the leg to work on top, the bottom knee bent for balance and your hips stacked.',
      'Keep the top leg straight and in line with your body, toes pointing forward, not up.',
      'Lift the top leg about 30 to 40 cm over about 2 seconds, leading with the heel.',
      'Lower it over 3 seconds and repeat; choose a load you could lift only as many times as your plan says.',
    ],
    commonMistake:
      'Rolling the hips backwards and swinging the leg forward, which lets the front of the hip do the work instead of the side of the buttock.',
    easier: 'Drop the ankle weight or band, or shorten the lift.',
    harder: 'Add a heavier ankle weight or a firmer band, keeping the slow lowering.',
  },
  {
    id: 'side-plank',
    name: 'Side plank',
    type: 'isometric',
    hipFlexion: 'low',
    firstStage: 3,
    equipment: ['exercise mat'],
    steps: [
      'Lie on your side propped on your forearm, elbow under your shoulder, legs straight and stacked.',
      'Tighten your tummy and lift your hips until your body makes a straight line from head to feet.',
      'Hold still for the time in your plan, breathing steadily.',
      'Lower gently, rest, then repeat; work both sides.',
    ],
    commonMistake:
      'Letting the hips sag towards the floor or pike backwards, so the trunk muscles stop holding.',
    easier: 'Bend both knees and hold the plank from the knees instead of the feet.',
    harder: 'Lift the top leg a little while you hold, or hold for longer.',
  },
];

/** The pht-v2 catalogue: the pht-v1 exercises plus the two added above, in PROTOCOL.md's table order. */
export const exercises: Exercise[] = (() => {
  const out: Exercise[] = [];
  for (const e of v1Exercises) {
    out.push(e);
    if (e.id === 'glute-bridge') out.push(added[0] as Exercise);
    if (e.id === 'kettlebell-deadlift') out.push(added[1] as Exercise);
  }
  return out;
})();
