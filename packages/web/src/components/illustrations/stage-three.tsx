import { Figure, type Pose } from './figure';

/** Stage 3: loading into hip flexion, step by step. */
const hipThrust: Pose = {
  description:
    'Upper back on a bench, feet on the floor, a weight across the hips, driving the hips up level.',
  head: [34, 82],
  neck: [48, 90],
  hip: [104, 90],
  arms: [
    [
      [80, 86],
      [102, 80],
    ],
  ],
  leg: [
    [146, 86],
    [150, 122],
    [164, 124],
  ],
  other: [
    [142, 90],
    [146, 123],
    [160, 125],
  ],
  props: (
    <>
      <rect x="8" y="94" width="46" height="32" rx="3" />
      <circle cx="104" cy="78" r="8" />
    </>
  ),
  arrows: [
    [
      [88, 122],
      [88, 100],
    ],
  ],
};

const kettlebellDeadlift: Pose = {
  description:
    'Standing, hinging forward at the hips with a flat back to lower a kettlebell, then standing tall.',
  head: [158, 38],
  neck: [146, 46],
  hip: [102, 64],
  arms: [
    [
      [146, 70],
      [144, 92],
    ],
  ],
  leg: [
    [118, 94],
    [114, 122],
    [130, 124],
  ],
  other: [
    [114, 95],
    [110, 123],
    [126, 125],
  ],
  props: (
    <>
      <circle cx="144" cy="104" r="10" />
      <path d="M137,97 Q144,86 151,97" fill="none" strokeWidth="3" />
    </>
  ),
  arrows: [
    [
      [182, 92],
      [182, 62],
    ],
  ],
};

const treadmillEccentric: Pose = {
  description:
    'Standing on the treadmill frame holding the rails, the painful foot on the slow belt resisting as it moves away.',
  head: [102, 12],
  neck: [100, 24],
  hip: [100, 62],
  arms: [
    [
      [86, 44],
      [72, 56],
    ],
  ],
  leg: [
    [126, 94],
    [150, 118],
    [164, 120],
  ],
  other: [
    [104, 92],
    [100, 120],
    [114, 122],
  ],
  props: (
    <>
      <rect x="60" y="120" width="160" height="6" rx="2" />
      <line x1="68" y1="56" x2="68" y2="120" strokeWidth="4" />
    </>
  ),
  arrows: [
    [
      [150, 134],
      [200, 134],
    ],
  ],
};

export const singleLegRdlPose: Pose = {
  description:
    'Standing on the painful leg, tipping the trunk forward with a flat back while the other leg reaches back.',
  head: [171, 54],
  neck: [158, 58],
  hip: [114, 66],
  arms: [
    [
      [158, 80],
      [156, 98],
    ],
  ],
  leg: [
    [120, 94],
    [118, 122],
    [132, 124],
  ],
  other: [
    [84, 66],
    [56, 66],
    [52, 74],
  ],
  arrows: [
    [
      [196, 86],
      [196, 56],
    ],
  ],
};

const lunge: Pose = {
  description: 'A long step forward with the painful leg, lowering the back knee toward the floor.',
  head: [113, 26],
  neck: [112, 38],
  hip: [112, 78],
  arms: [
    [
      [98, 58],
      [110, 76],
    ],
  ],
  leg: [
    [150, 90],
    [150, 122],
    [164, 124],
  ],
  other: [
    [84, 116],
    [54, 118],
    [48, 124],
  ],
  arrows: [
    [
      [132, 42],
      [132, 70],
    ],
  ],
};

export function HipThrust() {
  return <Figure pose={hipThrust} />;
}

export function KettlebellDeadlift() {
  return <Figure pose={kettlebellDeadlift} />;
}

export function TreadmillEccentric() {
  return <Figure pose={treadmillEccentric} />;
}

export function SingleLegRdl() {
  return <Figure pose={singleLegRdlPose} />;
}

export function Lunge() {
  return <Figure pose={lunge} />;
}
