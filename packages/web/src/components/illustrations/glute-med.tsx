import { Figure, type Pose } from './figure';

/** Glute-med and lumbopelvic control (pht-v2, stages 2 and 3). */
const sideLyingHipAbduction: Pose = {
  description:
    'Lying on the side with the head on the lower arm, lifting the straight top leg a little way up, slightly behind the body, then lowering it slowly.',
  head: [26, 108],
  neck: [42, 114],
  hip: [104, 116],
  arms: [
    [
      [34, 124],
      [20, 112],
    ],
    [
      [72, 108],
      [94, 110],
    ],
  ],
  leg: [
    [150, 104],
    [194, 92],
    [200, 85],
  ],
  other: [
    [150, 120],
    [196, 121],
    [202, 115],
  ],
  props: <rect x="8" y="120" width="210" height="5" rx="2" />,
  arrows: [
    [
      [212, 108],
      [212, 80],
    ],
  ],
};

const sidePlank: Pose = {
  description:
    'Lying on the side propped on the forearm, elbow under the shoulder, lifting the hips so that the body makes a straight line from head to feet, and holding.',
  head: [46, 76],
  neck: [58, 86],
  hip: [122, 102],
  arms: [
    [
      [60, 122],
      [86, 122],
    ],
    [
      [84, 90],
      [104, 98],
    ],
  ],
  leg: [
    [162, 112],
    [200, 121],
    [206, 116],
  ],
  other: [
    [160, 114],
    [198, 123],
    [202, 119],
  ],
  props: <rect x="40" y="120" width="60" height="5" rx="2" />,
  arrows: [
    [
      [124, 124],
      [124, 104],
    ],
  ],
};

export function SideLyingHipAbduction() {
  return <Figure pose={sideLyingHipAbduction} />;
}

export function SidePlank() {
  return <Figure pose={sidePlank} />;
}
