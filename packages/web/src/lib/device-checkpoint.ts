import {
  canContinue,
  decide,
  decideFrom,
  latestCheckpoint,
  type Case,
  type Checkpoint,
} from '@hamstring-rehab/engine';
import type { IdentifiedEvent } from './types';

/**
 * The engine's replay checkpoint kept on the device (IndexedDB, ADR 226), so that the plan is decided from
 * the events after it only. `count` and `hash` say which events dated on or before its day it was taken
 * from: when they differ (an event logged or pulled for an earlier day, or one the server refused), the
 * device replays in full.
 */
export interface DeviceCheckpoint {
  userId: string;
  checkpoint: Checkpoint;
  count: number;
  hash: number;
}

/** FNV-1a of a string, 32 bits. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** How many events are dated on or before `day`, and a hash of their ids that ignores their order. */
export function coverOf(events: readonly IdentifiedEvent[], day: string): { count: number; hash: number } {
  let count = 0;
  let hash = 0;
  for (const e of events) {
    if (e.date > day) continue;
    count++;
    hash = (hash + fnv(e.id)) >>> 0;
  }
  return { count, hash };
}

/** The checkpoint's later events, when it holds for these events; undefined otherwise. */
function laterEvents(
  c: Case,
  events: readonly IdentifiedEvent[],
  dc: DeviceCheckpoint | undefined,
): Case | undefined {
  if (dc === undefined) return undefined;
  const cover = coverOf(events, dc.checkpoint.day);
  if (cover.count !== dc.count || cover.hash !== dc.hash) return undefined;
  return { ...c, events: c.events.filter((e) => e.date > dc.checkpoint.day) };
}

/** The decision for `c` (built from `events`, in order), from the checkpoint when it holds, else in full. */
export function decideWith(
  c: Case,
  events: readonly IdentifiedEvent[],
  dc: DeviceCheckpoint | undefined,
): ReturnType<typeof decide> {
  const later = laterEvents(c, events, dc);
  return (later && dc && decideFrom(dc.checkpoint, later)) ?? decide(c);
}

/**
 * The latest checkpoint for `c`, taken from the current one when it holds (cheap), else from every event;
 * undefined when there is none newer than the current one.
 */
export function nextCheckpoint(
  userId: string,
  c: Case,
  events: readonly IdentifiedEvent[],
  dc: DeviceCheckpoint | undefined,
): DeviceCheckpoint | undefined {
  const later = laterEvents(c, events, dc);
  const holds = later !== undefined && dc !== undefined && canContinue(dc.checkpoint, later);
  const checkpoint = holds ? latestCheckpoint(later, dc.checkpoint) : latestCheckpoint(c);
  if (checkpoint === undefined) return undefined;
  return { userId, checkpoint, ...coverOf(events, checkpoint.day) };
}
