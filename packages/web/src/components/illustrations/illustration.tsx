import type { ComponentType } from 'react';
import {
  ArabesqueTest,
  BentKneeStretchTest,
  HopTest,
  ModifiedBentKneeStretchTest,
  MorningCheck,
  PlatformBridgeTest,
  PuranenOravaTest,
  SingleLegBridgeTest,
} from './load-tests';
import { SideLyingHipAbduction, SidePlank } from './glute-med';
import { BridgeHold, IsometricLegCurl, StraightLegPullDown } from './stage-one';
import { Bounding, CuttingDrills, PogoJumps, SprintersCurl, Skipping } from './stage-four';
import { HipThrust, KettlebellDeadlift, Lunge, SingleLegRdl, TreadmillEccentric } from './stage-three';
import { GluteBridge, NordicCurl, ProneLegCurl, SupineSliderCurl } from './stage-two';

/** One drawing per catalogue exercise and load test, by id. */
export const ILLUSTRATIONS: Readonly<Record<string, ComponentType>> = {
  'isometric-leg-curl': IsometricLegCurl,
  'straight-leg-pull-down': StraightLegPullDown,
  'bridge-hold': BridgeHold,
  'prone-leg-curl': ProneLegCurl,
  'supine-slider-curl': SupineSliderCurl,
  'glute-bridge': GluteBridge,
  'nordic-curl': NordicCurl,
  'side-lying-hip-abduction': SideLyingHipAbduction,
  'side-plank': SidePlank,
  'hip-thrust': HipThrust,
  'kettlebell-deadlift': KettlebellDeadlift,
  'treadmill-eccentric': TreadmillEccentric,
  'single-leg-rdl': SingleLegRdl,
  lunge: Lunge,
  skipping: Skipping,
  'pogo-jumps': PogoJumps,
  bounding: Bounding,
  'sprinters-curl': SprintersCurl,
  'cutting-drills': CuttingDrills,
  'morning-check': MorningCheck,
  'single-leg-bridge': SingleLegBridgeTest,
  'platform-bridge': PlatformBridgeTest,
  arabesque: ArabesqueTest,
  'hop-test': HopTest,
  'puranen-orava': PuranenOravaTest,
  'bent-knee-stretch': BentKneeStretchTest,
  'modified-bent-knee-stretch': ModifiedBentKneeStretchTest,
};

/** The drawing for an exercise or load test id. */
export function Illustration({ id }: { id: string }) {
  const Drawing = ILLUSTRATIONS[id];
  return Drawing === undefined ? null : <Drawing />;
}
