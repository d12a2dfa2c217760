import type { Protocol } from './types.js';
import { phtV1 } from './pht-v1/index.js';
import { phtV2 } from './pht-v2/index.js';

export { phtV1, phtV2 };

/** The protocol new patients follow. */
export const currentProtocolId = 'pht-v2';
export const currentProtocol: Protocol = phtV2;

/** Every protocol the engine knows, by id. */
export const protocols: ReadonlyMap<string, Protocol> = new Map([
  [phtV1.id, phtV1],
  [phtV2.id, phtV2],
]);

export function getProtocol(id: string): Protocol {
  const p = protocols.get(id);
  if (!p) throw new Error(`unknown protocol ${id}`);
  return p;
}
