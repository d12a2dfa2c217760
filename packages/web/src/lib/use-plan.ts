import type { DecisionWithHistory } from '@hamstring-rehab/engine';
import { useEffect, useMemo } from 'react';
import { isoDay } from './dates';
import { nextCheckpoint } from './device-checkpoint';
import { saveCheckpoint } from './checkpoint-store';
import { useLocalData, useMe } from './session-hooks';
import { buildCase, decideLocally, type LocalData } from './patient-case';

// The engine is imported here and not by `hooks.ts`, so that it loads with the pages that decide, not
// with the app shell (issue 16: the initial JavaScript).

/** Today's decision, computed on the device. */
export function usePlan(history = false): {
  data: LocalData | undefined;
  decision: DecisionWithHistory | undefined;
  today: string;
} {
  const data = useLocalData();
  const userId = useMe().me?.id;
  const today = isoDay();
  const decision = useMemo(
    () => (data === undefined ? undefined : decideLocally(data, today, history)),
    [data, today, history],
  );
  // after the page is shown: move the device's replay checkpoint on, for the next decision (ADR 226)
  useEffect(() => {
    if (history || data === undefined || userId === undefined) return;
    const c = buildCase(data, today);
    const next = c === undefined ? undefined : nextCheckpoint(userId, c, data.events, data.checkpoint);
    if (next !== undefined) void saveCheckpoint(next).catch(() => undefined);
  }, [data, today, history, userId]);
  return { data, decision, today };
}
