import { Figure, type Pose } from './figure';

/** Stage 4: speed and spring. */
const skipping: Pose = {
  description: 'Skipping forward, a small hop on one foot while the other knee lifts in front.',
  head: [110, 12],
  neck: [108, 24],
  hip: [104, 64],
  arms: [
    [
      [92, 42],
      [82, 56],
    ],
    [
      [120, 40],
      [132, 32],
    ],
  ],
  leg: [
    [134, 70],
    [130, 100],
    [142, 104],
  ],
  other: [
    [104, 94],
    [100, 118],
    [114, 120],
  ],
  arrows: [
    [
      [150, 20],
      [196, 20],
    ],
  ],
};

const pogoJumps: Pose = {
  description: 'Bouncing up and down on the balls of the feet, knees and hips almost straight.',
  head: [108, 12],
  neck: [108, 24],
  hip: [108, 60],
  arms: [
    [
      [100, 40],
      [96, 58],
    ],
  ],
  leg: [
    [112, 88],
    [112, 114],
    [124, 118],
  ],
  other: [
    [106, 88],
    [106, 115],
    [118, 119],
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

const bounding: Pose = {
  description: 'Bounding: long springy strides, driving the front knee forward and up, staying in the air.',
  head: [128, 16],
  neck: [124, 28],
  hip: [114, 66],
  arms: [
    [
      [108, 46],
      [96, 58],
    ],
    [
      [140, 44],
      [152, 34],
    ],
  ],
  leg: [
    [150, 70],
    [160, 100],
    [172, 100],
  ],
  other: [
    [90, 88],
    [66, 104],
    [60, 112],
  ],
  arrows: [
    [
      [170, 24],
      [214, 24],
    ],
  ],
};

const sprintersCurl: Pose = {
  description:
    'Standing on the other leg, driving the painful knee forward and up, then letting the lower leg swing out.',
  head: [107, 12],
  neck: [106, 24],
  hip: [104, 62],
  arms: [
    [
      [96, 42],
      [90, 58],
    ],
  ],
  leg: [
    [136, 68],
    [170, 72],
    [178, 64],
  ],
  other: [
    [104, 92],
    [102, 122],
    [116, 124],
  ],
  arrows: [
    [
      [146, 96],
      [180, 86],
    ],
  ],
};

const cuttingDrills: Pose = {
  description: 'Jogging between cones, planting the outside foot and pushing off in a new direction.',
  head: [100, 16],
  neck: [104, 28],
  hip: [112, 66],
  arms: [
    [
      [88, 48],
      [80, 62],
    ],
    [
      [122, 46],
      [132, 56],
    ],
  ],
  leg: [
    [130, 96],
    [150, 120],
    [160, 124],
  ],
  other: [
    [108, 88],
    [104, 110],
    [112, 114],
  ],
  props: (
    <>
      <polygon points="196,126 204,104 212,126" />
      <polygon points="30,126 38,104 46,126" />
    </>
  ),
  arrows: [
    [
      [168, 70],
      [136, 40],
    ],
  ],
};

export function Skipping() {
  return <Figure pose={skipping} />;
}

export function PogoJumps() {
  return <Figure pose={pogoJumps} />;
}

export function Bounding() {
  return <Figure pose={bounding} />;
}

export function SprintersCurl() {
  return <Figure pose={sprintersCurl} />;
}

export function CuttingDrills() {
  return <Figure pose={cuttingDrills} />;
}
