import { Figure, type Pose } from './figure';

/** Stage 1: holds with the hip near straight. */
const isometricLegCurl: Pose = {
  description:
    'Lying face down, painful knee slightly bent, the other ankle resting on it; both push against each other without moving.',
  head: [26, 110],
  neck: [42, 114],
  hip: [100, 114],
  arms: [
    [
      [58, 122],
      [34, 122],
    ],
  ],
  leg: [
    [148, 116],
    [186, 98],
    [194, 106],
  ],
  other: [
    [146, 121],
    [192, 88],
    [200, 95],
  ],
  arrows: [
    [
      [206, 112],
      [206, 92],
    ],
  ],
};

const straightLegPullDown: Pose = {
  description:
    'Lying on the back with the painful heel on a low box and the other knee bent, pressing the heel down into the box without moving.',
  head: [26, 110],
  neck: [42, 115],
  hip: [100, 117],
  arms: [
    [
      [70, 122],
      [95, 122],
    ],
  ],
  leg: [
    [145, 106],
    [186, 97],
    [190, 85],
  ],
  other: [
    [128, 86],
    [142, 121],
    [154, 122],
  ],
  props: <rect x="172" y="101" width="44" height="25" rx="3" />,
  arrows: [
    [
      [202, 72],
      [202, 92],
    ],
  ],
};

export const bridgeHoldPose: Pose = {
  description: 'Lying on the back with knees bent, hips lifted in a bridge and held still.',
  head: [26, 110],
  neck: [42, 116],
  hip: [100, 90],
  arms: [
    [
      [68, 122],
      [94, 122],
    ],
  ],
  leg: [
    [140, 72],
    [152, 121],
    [166, 123],
  ],
  other: [
    [136, 76],
    [146, 122],
    [160, 124],
  ],
};

export function IsometricLegCurl() {
  return <Figure pose={isometricLegCurl} />;
}

export function StraightLegPullDown() {
  return <Figure pose={straightLegPullDown} />;
}

export function BridgeHold() {
  return <Figure pose={bridgeHoldPose} />;
}
