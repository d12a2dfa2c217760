import { decisionSchema, type FlagId } from '@hamstring-rehab/engine';

/** Every flag either protocol raises, as the decision contract lists them. */
export const ALL_FLAGS: readonly FlagId[] = decisionSchema.properties.flags.items.enum;

/**
 * Who needs attention first, by flag (docs/decisions/105, 117): a red flag (the program stopped), severe
 * pain (a possible tear: loading stops until a clinician acts), nerve signs (possible referred pain), a
 * repeated flare, a worsening trend, persistent ambers, off-plan running, missing check-ins, stalled, then a
 * single flare (the plan already answers it); everyone else after.
 */
export const ATTENTION_ORDER: readonly FlagId[] = [
  'red-flag',
  'severe-pain',
  'nerve-signs',
  'repeated-flare',
  'worsening-trend',
  'persistent-amber',
  'off-plan-running',
  'missing-check-ins',
  'stalled',
  'flare',
];
/** The rank of a patient with no flag; also the rank stored before a snapshot is first computed. */
export const NO_ATTENTION = ATTENTION_ORDER.length;

/**
 * The bit of each flag in the snapshot's and links' `flags` columns. Stored data depends on it, so the
 * order never changes: pht-v1's flag order first (the bits of the first release), then the flags pht-v2
 * added, in the contract's order.
 */
export const FLAG_BITS: readonly FlagId[] = [
  'red-flag',
  'repeated-flare',
  'flare',
  'worsening-trend',
  'missing-check-ins',
  'stalled',
  ...ALL_FLAGS.filter(
    (f) =>
      !['red-flag', 'repeated-flare', 'flare', 'worsening-trend', 'missing-check-ins', 'stalled'].includes(f),
  ),
];

export function flagBit(flag: FlagId): number {
  return 1 << FLAG_BITS.indexOf(flag);
}

export function flagsFromBits(bits: number): FlagId[] {
  return FLAG_BITS.filter((flag) => (bits & flagBit(flag)) !== 0);
}

export function attentionOf(flags: readonly FlagId[]): number {
  const ranks = flags.map((f) => ATTENTION_ORDER.indexOf(f)).filter((r) => r >= 0);
  return ranks.length === 0 ? NO_ATTENTION : Math.min(...ranks);
}
