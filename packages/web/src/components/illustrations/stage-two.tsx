import { Figure, type Pose } from './figure';
import { bridgeHoldPose } from './stage-one';

/** Stage 2: knee movement, hip kept extended. */
const proneLegCurl: Pose = {
  description:
    'Lying face down, bending the painful knee to bring the heel toward the buttock, then lowering slowly.',
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
    [152, 76],
    [164, 72],
  ],
  other: [
    [148, 120],
    [194, 120],
    [200, 112],
  ],
  props: <circle cx="152" cy="80" r="6" />,
  arrows: [
    [
      [192, 100],
      [166, 66],
    ],
  ],
};

const supineSliderCurl: Pose = {
  description:
    'Lying on the back with hips lifted and heels on sliders, sliding the heels away slowly, then back.',
  head: [26, 110],
  neck: [42, 116],
  hip: [100, 100],
  arms: [
    [
      [68, 122],
      [94, 122],
    ],
  ],
  leg: [
    [140, 90],
    [176, 118],
    [186, 108],
  ],
  other: [
    [136, 94],
    [170, 119],
    [180, 110],
  ],
  props: <ellipse cx="178" cy="123" rx="13" ry="3" />,
  arrows: [
    [
      [160, 134],
      [206, 134],
    ],
  ],
};

const gluteBridge: Pose = {
  ...bridgeHoldPose,
  description: 'Lying on the back with knees bent, lifting the hips into a bridge and lowering them slowly.',
  arrows: [
    [
      [114, 122],
      [114, 100],
    ],
  ],
};

/** The hips stay extended: knee, hip and shoulder in one straight line, the body leaning from the knees. */
export const nordicCurl: Pose = {
  description:
    'Kneeling with the ankles held down, the body straight from the knees to the shoulders (hips not bent), lowering forward slowly from the knees.',
  head: [68, 40],
  neck: [75, 51],
  hip: [100, 89],
  arms: [
    [
      [64, 72],
      [52, 92],
    ],
  ],
  leg: [
    [122, 122],
    [168, 122],
    [176, 114],
  ],
  other: [
    [118, 123],
    [164, 123],
    [172, 116],
  ],
  props: <rect x="158" y="108" width="22" height="9" rx="2" />,
  arrows: [
    [
      [56, 26],
      [28, 56],
    ],
  ],
};

export function ProneLegCurl() {
  return <Figure pose={proneLegCurl} />;
}

export function SupineSliderCurl() {
  return <Figure pose={supineSliderCurl} />;
}

export function GluteBridge() {
  return <Figure pose={gluteBridge} />;
}

export function NordicCurl() {
  return <Figure pose={nordicCurl} />;
}
