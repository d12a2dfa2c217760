import type { Server } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's full collection, reached without starting Node with --expose-gc (the documented way). */
export function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * V8 collects garbage when it needs room, not when a server falls quiet: after a burst of requests the heap
 * keeps tens of megabytes of garbage, and the process its memory, until the next burst. This runs one full
 * collection once the server has served no request for one to two `quietMs` after serving some (ADR 110).
 * Returns the stop.
 */
export function collectWhenQuiet(server: Server, quietMs = 3000, collect = fullCollection()): () => void {
  let served = 0;
  let seenAtLastTick = 0;
  let collectedAt = 0;
  const count = () => {
    served++;
  };
  server.on('request', count);
  const timer = setInterval(() => {
    if (served === seenAtLastTick && served !== collectedAt) {
      collectedAt = served;
      collect();
    }
    seenAtLastTick = served;
  }, quietMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    server.off('request', count);
  };
}
