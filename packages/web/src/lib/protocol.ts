import { currentProtocolId, getProtocol, type Protocol } from '@hamstring-rehab/engine';

/** The protocol new patients follow, and every patient since the server's migration 007. */
export const CURRENT_PROTOCOL = currentProtocolId;

export type ProtocolId = 'pht-v1' | 'pht-v2';

/** The protocol data (exercises, advice, stages, pain rules) behind a decision, or the current one. */
export function protocolOf(decision?: { protocol: string }): Protocol {
  return getProtocol(decision?.protocol ?? CURRENT_PROTOCOL);
}
