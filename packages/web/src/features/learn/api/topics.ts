/** Learn pages: our own plain words, drawn from the clinical rulebook (PROTOCOL.md) and the clinicians' notes. */
export interface Topic {
  id: string;
  title: string;
  paragraphs: string[];
}

export const TOPICS: Topic[] = [
  {
    id: 'what-is-pht',
    title: 'What is this pain?',
    paragraphs: [
      'The hamstrings are the muscles at the back of the thigh. At the top they join the pelvis by a tendon that attaches to the sitting bone. When that tendon is loaded more, or more often, than it is used to, it can become irritated and painful. Clinicians call this proximal hamstring tendinopathy.',
      'The pain is deep in the lower buttock, at the sitting bone. It is often worse when sitting, especially on hard or low seats, when bending forward or stretching the back of the thigh, and when running fast, uphill, or lunging. It usually builds up gradually after a rise in training or activity.',
      'It is an overload problem, not damage that rest alone fixes. Tendons get stronger when they are loaded the right amount, which is what this program does, step by step.',
    ],
  },
  {
    id: 'load',
    title: 'Managing load: sitting, stretching and hills',
    paragraphs: [
      'Bending the hip presses the tendon against the sitting bone. That is why long sitting, deep bending and stretching can keep it irritated, even when you are not exercising.',
      'Break up sitting: stand and move for a minute or two at the interval in your plan. A cushion helps; low, soft seats such as deep sofas make it worse.',
      'Leave hamstring stretches out for now: they squeeze the tendon against the bone. Avoid deep squats, lunges and bending forward under load in the early stages.',
      'Running comes back slowly, volume first, then how often, then speed. Hills and sprints load this tendon the most, so they come last.',
    ],
  },
  {
    id: 'pain-rules',
    title: 'The pain rules',
    paragraphs: [
      'Pain is rated from 0 (none) to 10 (worst imaginable). Some pain during exercise is allowed and expected.',
      '0 to 3 is green: safe. 4 up to your pain ceiling (5 unless your clinician set it lower) is amber: acceptable, but your plan holds steady. Above the ceiling is red: too much, and your plan steps back.',
      'What happens the next morning matters most. The morning check shows how the tendon coped with the day before. If the morning score is 2 or more above your usual, the pain has not settled, and the plan waits.',
      'Two green sessions in a row at a level move you up. Progress is slow on purpose: most people need 12 to 16 weeks, some up to 6 months.',
    ],
  },
  {
    id: 'stages',
    title: 'What each stage is for',
    paragraphs: [
      'Stage 1, holds: the muscle works without moving, with the hip near straight. Holds calm pain and start loading the tendon. Done daily, twice a day.',
      'Stage 2, knee only: strength with the knee bending and straightening, the hip kept straight. Lower slowly. Every other day, as tendons adapt in the 48 hours after heavy work.',
      'Stage 3, hip and knee: the tendon is loaded step by step into hip bending, with exercises like hip thrusts, deadlifts and later lunges.',
      'Stage 4, return to sport: speed and spring (skipping, hopping, bounding) while keeping the strength you built. You move on when a short test at each stage shows the tendon copes.',
    ],
  },
  {
    id: 'see-a-clinician',
    title: 'When to see a clinician',
    paragraphs: [
      'Get emergency care today for numbness between the legs (the saddle area), a change in bladder or bowel control, symptoms in both legs, or leg weakness that is getting worse.',
      'See an orthopaedic clinician within days if the pain started suddenly with a pop, or with bruising on the back of the thigh: the tendon may have torn from the bone, and repair works best early.',
      'See a doctor before starting, or before going on, if you have had cancer, lost weight without trying, have constant pain at night, or feel feverish or unwell.',
      'See a physiotherapist or doctor if you have tingling below the knee, back pain, repeated flare-ups, or pain that is getting worse week on week. This app does not replace them.',
    ],
  },
];
