import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { ClaimedMail, Store } from '../store/store.js';

export interface VapidDetails {
  subject: string;
  publicKey: string;
  privateKey: string;
}

/** What became of a push: delivered to the push service, or its subscription is gone (and was removed). */
export type PushOutcome = 'sent' | 'gone';

/** Sends one claimed push row; rejects when the push service did not take it (the outbox retries). */
export interface Pusher {
  send(row: ClaimedMail): Promise<PushOutcome>;
}

/** What a notification carries: plain title and text, and the app's page to open; no health details. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
}

/** How long a push service keeps a notification for a browser that is offline: a reminder goes stale. */
const TTL_SECONDS = 6 * 3600;

/**
 * Web Push through `web-push` (ADR 127): the payload encrypted for the browser (aes128gcm, RFC 8291) and
 * signed with the server's VAPID key. A push service's 404 or 410 means the browser unsubscribed: the
 * subscription is removed and nothing is retried.
 */
export class WebPushSender implements Pusher {
  constructor(
    private readonly store: Store,
    private readonly vapid: VapidDetails,
    private readonly options: { timeoutMs: number; agent?: Agent } = { timeoutMs: 30_000 },
  ) {}

  async send(row: ClaimedMail): Promise<PushOutcome> {
    const subscription = await this.store.getPushSubscription(row.to);
    if (subscription === undefined) return 'gone';
    const payload: PushPayload = { title: row.subject, body: row.body, url: row.link };
    try {
      await webpush.sendNotification(
        { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
        JSON.stringify(payload),
        {
          vapidDetails: this.vapid,
          TTL: TTL_SECONDS,
          contentEncoding: 'aes128gcm',
          timeout: this.options.timeoutMs,
          ...(this.options.agent === undefined ? {} : { agent: this.options.agent }),
        },
      );
    } catch (error) {
      if (error instanceof webpush.WebPushError && (error.statusCode === 404 || error.statusCode === 410)) {
        await this.store.removePushSubscription(subscription.id);
        return 'gone';
      }
      throw error;
    }
    return 'sent';
  }
}
