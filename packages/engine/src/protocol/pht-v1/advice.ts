import type { AdviceItem } from '../types.js';

/**
 * The advice of `pht-v1` (PROTOCOL.md sections 2, 5, 6, 7 and 8). The engine chooses which ids go in
 * `plan.advice`; these are the words a patient reads for each.
 */
export const advice: AdviceItem[] = [
  {
    id: 'seek-emergency-care',
    title: 'Get emergency care today',
    text: 'You have reported a warning sign such as numbness between your legs (the saddle area), a change in bladder or bowel control, symptoms in both legs, or leg weakness that is getting worse. These signs need a doctor to check you straight away, so go to an emergency department today. Stop the exercise program until you have been seen.',
  },
  {
    id: 'seek-clinician',
    title: 'See a physiotherapist or doctor',
    text: 'Your answers or your recent pain responses need a clinician to look at them. See a physiotherapist or doctor before going on with the program, and show them this record. If your pain started suddenly with a pop or with bruising on the back of the thigh, arrange to be seen within the next few days.',
  },
  {
    id: 'flare-rest',
    title: 'Rest after a flare',
    text: 'Your pain went above your pain ceiling, which means the last step was too much for now. Rest from the exercises for 1 to 2 days while keeping up gentle everyday activity. Then resume at the lower level your plan now shows.',
  },
  {
    id: 'relative-rest',
    title: 'Keep moving, drop what provokes pain',
    text: 'Stay active, but cut back or leave out the activities that bring on your pain, such as running, hills, deep bending or long spells of sitting. Walking on level ground, standing and lying down rarely bother this tendon and can carry on as usual.',
  },
  {
    id: 'isometrics-for-pain',
    title: 'Use holds to ease pain',
    text: 'Isometric holds, where the muscle works without the leg moving, often ease tendon pain for a while. You can use your stage 1 holds at any stage, for example before a drive or a long spell of sitting. Keep the effort moderate and the pain within your pain ceiling.',
  },
  {
    id: 'avoid-prolonged-sitting',
    title: 'Break up your sitting',
    text: 'Sitting presses the tendon against the sitting bone, so get up and move for a minute or two at the break time shown in your plan. Sit on a cushion, and avoid low, soft seats such as deep sofas.',
  },
  {
    id: 'no-hamstring-stretching',
    title: 'Skip hamstring stretches for now',
    text: 'Stretching the back of the thigh squeezes the sore tendon against the bone and tends to keep it irritated. Leave hamstring stretches out for now; your plan brings in longer, stronger positions step by step in later stages.',
  },
  {
    id: 'avoid-deep-hip-flexion',
    title: 'Avoid deep hip bending',
    text: 'For now, avoid deep squats, lunges and bending forward to lift or carry things, as these press the tendon hard against the bone. Your plan adds hip bending back gradually from stage 3.',
  },
  {
    id: 'reduce-running',
    title: 'Cut back your running',
    text: 'Until your tendon is ready, run less often, shorter and slower, or pause running altogether. Your plan starts a graded walk-run program once you reach stage 2, pass the single-leg bridge test and have a calm morning check.',
  },
  {
    id: 'avoid-hills-and-sprints',
    title: 'Leave hills and sprints for later',
    text: 'Running uphill and sprinting put the highest loads on the hamstring tendon. Keep your runs on flat ground and leave hill repeats, sprints and fast intervals until stage 4, when they come back as the last step.',
  },
  {
    id: 'gait-cadence',
    title: 'Take quicker, shorter steps',
    text: 'Raise your running cadence by 5 to 10%, for example from 160 to about 170 steps a minute, so that each stride is a little shorter. A running watch or a metronome app can help you hold the new rhythm.',
  },
  {
    id: 'gait-run-tall',
    title: 'Run tall',
    text: 'Run as if a string were gently lifting the top of your head, with your hips under you rather than leaning forward from the waist. Leaning forward as you run adds strain to the hamstring tendon.',
  },
  {
    id: 'gait-pelvic-tilt',
    title: 'Ease your pelvic tilt',
    text: 'Tip your pelvis slightly back by gently tightening your lower tummy and buttocks, so your lower back is less arched as you run. A forward-tipped pelvis puts the hamstrings on stretch with every stride. Practise it for short parts of a run at first.',
  },
];
