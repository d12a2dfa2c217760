import { type ECDH } from 'node:crypto';
import { Agent } from 'node:https';
/** A self-signed certificate for 127.0.0.1 (valid until 2126), trusted only by the tests that ask. */
export declare const PUSH_TLS_CERT: string;
/** A browser's side of a subscription: the keys only it holds, to read what it is sent. */
export interface TestSubscription {
    endpoint: string;
    keys: {
        p256dh: string;
        auth: string;
    };
    ecdh: ECDH;
    authSecret: Buffer;
}
export interface ReceivedPush {
    /** The subscription's path (one per browser). */
    path: string;
    headers: Record<string, string | string[] | undefined>;
    /** Decrypted with the subscription's private key (RFC 8291), parsed as JSON. */
    payload: unknown;
    /** The VAPID JWT's claims, once its ES256 signature checked out against the `k` key it came with. */
    vapid: {
        aud: string;
        sub: string;
        exp: number;
        publicKey: string;
    };
}
/**
 * Reads a Web Push message as a browser would (RFC 8188 aes128gcm, keys per RFC 8291), with node's crypto only:
 * not with the library that encrypted it.
 */
export declare function decryptPush(body: Buffer, ecdh: ECDH, authSecret: Buffer): Buffer;
/**
 * A push service on 127.0.0.1 over HTTPS, standing in for the browser vendors': it takes what web-push POSTs,
 * decrypts it with the subscription's keys and answers 201, or the status set for a subscription (410: gone).
 */
export interface PushService {
    url: string;
    received: ReceivedPush[];
    /** Every POST, by subscription path (decrypted or not): for counting deliveries. */
    hits: Map<string, number>;
    /** An https.Agent that trusts this service's certificate. */
    agent: Agent;
    subscribe(): TestSubscription;
    /** Answer this subscription's pushes with `status` from now on. */
    answer(endpoint: string, status: number): void;
    close(): Promise<void>;
}
export declare function startPushService(): Promise<PushService>;
