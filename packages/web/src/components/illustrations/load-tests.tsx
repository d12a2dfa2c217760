import { Figure, type Pose } from './figure';
import { singleLegRdlPose } from './stage-three';

/** The morning check and the load tests. */
const morningCheck: Pose = {
  description:
    'Morning check: lying on the back, painful foot close to the buttock, other foot just off the floor, three slow single-leg bridges.',
  head: [26, 110],
  neck: [42, 116],
  hip: [100, 92],
  arms: [
    [
      [68, 122],
      [94, 122],
    ],
  ],
  leg: [
    [136, 72],
    [140, 121],
    [154, 123],
  ],
  other: [
    [132, 78],
    [152, 100],
    [162, 98],
  ],
  arrows: [
    [
      [114, 122],
      [114, 102],
    ],
  ],
};

const singleLegBridge: Pose = {
  ...morningCheck,
  description:
    'Single-leg bridge test: like the morning check but with the foot further away, 10 slow lifts.',
  leg: [
    [144, 80],
    [168, 121],
    [182, 123],
  ],
  other: [
    [138, 82],
    [160, 104],
    [170, 102],
  ],
};

const platformBridge: Pose = {
  description: 'Platform bridge test: painful heel on a step, other foot off the floor, lifting the hips.',
  head: [26, 110],
  neck: [42, 116],
  hip: [100, 98],
  arms: [
    [
      [68, 122],
      [94, 122],
    ],
  ],
  leg: [
    [136, 84],
    [166, 94],
    [172, 83],
  ],
  other: [
    [130, 82],
    [150, 70],
    [160, 70],
  ],
  props: <rect x="150" y="97" width="44" height="29" rx="3" />,
  arrows: [
    [
      [114, 122],
      [114, 106],
    ],
  ],
};

const arabesque: Pose = {
  ...singleLegRdlPose,
  description:
    'Arabesque test: on the painful leg, tipping forward with a flat back while the other leg reaches back, a fingertip on a wall.',
  arms: [
    [
      [176, 76],
      [196, 80],
    ],
  ],
  props: <rect x="200" y="30" width="8" height="96" />,
  arrows: [],
};

const hopTest: Pose = {
  description: 'Hop test: hopping on the painful leg on a firm, flat surface.',
  head: [108, 12],
  neck: [108, 24],
  hip: [108, 60],
  arms: [
    [
      [96, 40],
      [90, 56],
    ],
  ],
  leg: [
    [114, 88],
    [112, 110],
    [124, 114],
  ],
  other: [
    [98, 84],
    [84, 98],
    [86, 106],
  ],
  arrows: [
    [
      [150, 110],
      [150, 80],
    ],
    [
      [162, 80],
      [162, 110],
    ],
  ],
};

const puranenOrava: Pose = {
  description:
    'Puranen-Orava test with a clinician: the painful heel on a support at hip height, knee straight, leaning forward.',
  head: [118, 14],
  neck: [112, 25],
  hip: [98, 62],
  arms: [
    [
      [120, 42],
      [134, 56],
    ],
  ],
  leg: [
    [132, 64],
    [166, 62],
    [170, 52],
  ],
  other: [
    [96, 92],
    [94, 122],
    [108, 124],
  ],
  props: <rect x="158" y="66" width="36" height="60" rx="3" />,
};

const bentKneeStretch: Pose = {
  description:
    'Bent-knee stretch with a clinician: lying on the back, hip and knee bent fully, then the knee slowly straightened.',
  head: [26, 110],
  neck: [42, 116],
  hip: [100, 117],
  arms: [
    [
      [70, 122],
      [95, 122],
    ],
  ],
  leg: [
    [90, 78],
    [122, 72],
    [126, 62],
  ],
  other: [
    [145, 121],
    [188, 121],
    [192, 112],
  ],
  arrows: [
    [
      [134, 86],
      [156, 60],
    ],
  ],
};

const modifiedBentKneeStretch: Pose = {
  ...bentKneeStretch,
  description:
    'Modified bent-knee stretch with a clinician: lying on the back, the painful leg lifted and the knee straightened quickly.',
  leg: [
    [118, 84],
    [142, 54],
    [150, 48],
  ],
  arrows: [
    [
      [164, 84],
      [160, 50],
    ],
  ],
};

export function MorningCheck() {
  return <Figure pose={morningCheck} />;
}
export function SingleLegBridgeTest() {
  return <Figure pose={singleLegBridge} />;
}
export function PlatformBridgeTest() {
  return <Figure pose={platformBridge} />;
}
export function ArabesqueTest() {
  return <Figure pose={arabesque} />;
}
export function HopTest() {
  return <Figure pose={hopTest} />;
}
export function PuranenOravaTest() {
  return <Figure pose={puranenOrava} />;
}
export function BentKneeStretchTest() {
  return <Figure pose={bentKneeStretch} />;
}
export function ModifiedBentKneeStretchTest() {
  return <Figure pose={modifiedBentKneeStretch} />;
}
