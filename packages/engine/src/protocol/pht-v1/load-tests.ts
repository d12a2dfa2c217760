import type { LoadTest } from '../types.js';

/**
 * The load tests of `pht-v1`, in the order of the `load-test` event's `test` enum. Four are gate tests
 * the patient can do alone (a result of pain 3/10 or less, within the 7 days up to the gate, passes);
 * the last three are clinician provocation tests (Cacchio et al. 2012) that gate nothing.
 */
export const loadTests: LoadTest[] = [
  {
    id: 'single-leg-bridge',
    name: 'Single-leg bridge test',
    purpose:
      'Loads the tendon on the painful side through a single-leg bridge with a longer lever than the morning check. Pain of 3/10 or less passes the gate out of stage 2 and is also the test that lets running start.',
    steps: [
      'Lie on your back with the painful-side foot flat on the floor, placed further from your buttock than in the morning check so the knee is only half bent.',
      'Lift the other foot just off the floor, keeping that knee bent.',
      'Push through the painful-side heel to lift your hips until your shoulders, hips and knee line up, then lower slowly.',
      'Do 10 slow lifts in a row.',
      'Rate the worst pain you felt at the sitting bone from 0 to 10 and log it.',
    ],
    gateForStage: 2,
  },
  {
    id: 'platform-bridge',
    name: 'Platform bridge test',
    purpose:
      'Loads the tendon with the hip bent, by bridging on one leg with the heel raised on a step. Pain of 3/10 or less shows the tendon copes with some hip bending and is one of the two tests of the gate out of stage 3.',
    steps: [
      'Lie on your back with the heel of your painful leg on a sturdy step or box about 30 cm high, knee slightly bent.',
      'Lift the other foot off the floor, keeping that knee bent.',
      'Press the heel down into the step to lift your hips until they are in line with your shoulders and knee, then lower slowly.',
      'Do 10 slow lifts in a row.',
      'Rate the worst pain you felt at the sitting bone from 0 to 10 and log it.',
    ],
    gateForStage: 3,
  },
  {
    id: 'arabesque',
    name: 'Arabesque test',
    purpose:
      'Loads the tendon in a long position by tipping forward over the painful leg with the other leg reaching back. Pain of 3/10 or less shows the tendon copes with deep hip bending and is one of the two tests of the gate out of stage 3.',
    steps: [
      'Stand on your painful leg with the knee slightly bent, a fingertip on a wall or rail for balance if you need it.',
      'Tip your trunk forward from the hip with a flat back while the other leg reaches straight back, until trunk and leg are close to level with the floor.',
      'Return to standing tall under control.',
      'Do 10 slow repetitions in a row.',
      'Rate the worst pain you felt at the sitting bone from 0 to 10 and log it.',
    ],
    gateForStage: 3,
  },
  {
    id: 'hop-test',
    name: 'Hop test',
    purpose:
      'Loads the tendon quickly and springily, as running and sport do, by hopping on the painful leg. Pain of 3/10 or less passes the gate out of stage 4 and completes the program.',
    steps: [
      'Warm up first with a few minutes of easy walking or jogging.',
      'Stand on your painful leg on a firm, flat surface.',
      'Do 10 small, quick hops on the spot, then 3 single hops forward as far as you comfortably can, landing steadily each time.',
      'Rate the worst pain you felt at the sitting bone from 0 to 10 and log it.',
    ],
    gateForStage: 4,
  },
  {
    id: 'puranen-orava',
    name: 'Puranen-Orava test',
    purpose:
      'A clinician test that stretches the hamstrings actively in standing, with the hip bent to about a right angle and the knee straight. Bringing on your familiar pain at the sitting bone is in keeping with tendon pain; little or no pain (3/10 or less) means the tendon tolerates this position.',
    steps: [
      'Do this test only with your clinician.',
      'Stand and rest the heel of your painful leg on a support at about hip height, with the knee straight.',
      'Keeping your back straight, lean your trunk forward from the hips until you feel a stretch.',
      'Tell your clinician where you feel pain and how strong it is from 0 to 10.',
    ],
  },
  {
    id: 'bent-knee-stretch',
    name: 'Bent-knee stretch test',
    purpose:
      'A clinician test that stretches the hamstrings slowly with the hip fully bent. Bringing on your familiar pain at the sitting bone is in keeping with tendon pain; little or no pain (3/10 or less) means the tendon tolerates this stretch.',
    steps: [
      'Do this test only with your clinician.',
      'Lie on your back while the clinician bends your painful-side hip and knee fully, bringing the knee toward your chest.',
      'The clinician then slowly straightens your knee while keeping the hip bent.',
      'Tell your clinician where you feel pain and how strong it is from 0 to 10.',
    ],
  },
  {
    id: 'modified-bent-knee-stretch',
    name: 'Modified bent-knee stretch test',
    purpose:
      'A clinician test like the bent-knee stretch, but starting from straight legs and straightening the knee quickly, which loads the tendon faster. Bringing on your familiar pain at the sitting bone is in keeping with tendon pain; little or no pain (3/10 or less) means the tendon tolerates this quick stretch.',
    steps: [
      'Do this test only with your clinician.',
      'Lie on your back with both legs straight and relaxed.',
      'The clinician lifts your painful leg, bending the hip and knee fully, then quickly straightens the knee.',
      'Tell your clinician where you feel pain and how strong it is from 0 to 10.',
    ],
  },
];

/**
 * The patient's daily fixed small load test (PROTOCOL.md section 3): the 24-hour and 48-hour response
 * to the day before, the baseline, and the gate test of stage 1.
 */
export const morningCheck: LoadTest = {
  id: 'morning-check',
  name: 'Morning check',
  purpose:
    'A small, fixed test done every morning that shows how your tendon coped with the day before and sets your baseline. A score of 3/10 or less is a calm morning and passes the gate out of stage 1.',
  steps: [
    'Do the check at about the same time each morning, before your day gets going, so your scores compare fairly.',
    'Lie on your back with the painful-side knee bent and the foot flat, close to your buttock, and lift the other foot just off the floor.',
    'Do three slow single-leg bridges on the painful side, lifting your hips in line with your shoulders and knee and lowering under control.',
    'Rate the worst pain you felt at the sitting bone from 0 to 10 and log it.',
  ],
  gateForStage: 1,
};
