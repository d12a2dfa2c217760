import { randomUUID } from 'node:crypto';
import type { ErrorLog } from '../snapshots/snapshot-service.js';
import type { Pusher } from '../push/push-sender.js';
import type { Store } from '../store/store.js';
import type { Mailer } from './mailer.js';

export interface OutboxOptions {
  /** How often the worker looks for due mail (it is also woken when mail is queued). 0: never by itself. */
  intervalMs: number;
  /** Mails claimed at a time. */
  batch: number;
  /** How long a claim holds: a server that dies mid-send leaves its mails to others after this. */
  leaseMs: number;
  /** Attempts before a mail is given up (state `failed`, logged). */
  maxAttempts: number;
  /** Wait before the first retry; doubled each time, at most `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Whether `kick()` and `start()` run the worker; tests turn it off and call `run()` themselves. */
  wake: boolean;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxOptions = {
  intervalMs: 5000,
  batch: 20,
  leaseMs: 120_000,
  maxAttempts: 10,
  backoffMs: 30_000,
  maxBackoffMs: 3_600_000,
  wake: true,
};

/**
 * Sends what the outbox holds (ADR 119): claims due mail (several servers may run this at once; the claim
 * keeps them apart), renews the claim just before sending each (the mailer's timeouts are shorter than a
 * claim, so a send never outlives it), records it sent, or schedules a retry with exponential back-off. A crash
 * mid-send leaves the claim to expire and the mail is sent by whoever claims it next.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private stopped = false;
  /** Sends the outbox's push rows (ADR 127); unset, they wait. */
  pusher: Pusher | undefined;

  constructor(
    private readonly store: Store,
    private readonly mailer: Mailer,
    private readonly clock: () => Date,
    private readonly log: ErrorLog,
    private readonly options: OutboxOptions = DEFAULT_OUTBOX_OPTIONS,
  ) {}

  start(): void {
    this.stopped = false;
    if (this.options.intervalMs > 0 && this.timer === undefined) {
      this.timer = setInterval(() => {
        this.kick();
      }, this.options.intervalMs);
      this.timer.unref();
    }
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => 0);
    this.mailer.close();
  }

  /** Looks for due mail now (after a write queued some). */
  kick(): void {
    if (!this.options.wake) return;
    this.run().catch((error: unknown) => {
      this.log.error({ err: error }, 'outbox: sending failed');
    });
  }

  /** Sends everything due now; resolves with how many were sent. Tests await it. */
  async run(): Promise<number> {
    if (this.running !== undefined) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async loop(): Promise<number> {
    let sent = 0;
    do {
      this.again = false;
      for (;;) {
        if (this.stopped) return sent;
        const token = randomUUID();
        const claimed = await this.store.claimMail(...this.lease(), this.options.batch, token);
        if (claimed.length === 0) break;
        for (const mail of claimed) {
          if (this.stopped) return sent;
          // The claim is renewed just before each send: a mail whose claim lapsed while earlier ones went
          // (and may now be with another server) is left to that server.
          if (!(await this.store.renewMailClaim(mail.id, token, ...this.lease()))) continue;
          try {
            if (mail.channel === 'push') {
              if (this.pusher === undefined) throw new Error('push is not set up');
              if ((await this.pusher.send(mail)) === 'gone') {
                // The browser unsubscribed (404/410): its subscription is removed; nothing to retry.
                await this.store.markMailFailed(mail.id, { retryAt: undefined, error: 'subscription gone' });
                continue;
              }
            } else await this.mailer.send(mail);
          } catch (error) {
            await this.failed(mail.id, mail.attempts, error);
            continue;
          }
          await this.store.markMailSent(mail.id, this.clock().toISOString());
          sent += 1;
        }
      }
    } while (this.again);
    return sent;
  }

  /** Now and the end of a claim made now. */
  private lease(): [string, string] {
    const now = this.clock();
    return [now.toISOString(), new Date(now.getTime() + this.options.leaseMs).toISOString()];
  }

  private async failed(id: string, attempts: number, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const { backoffMs, maxBackoffMs, maxAttempts } = this.options;
    const wait = Math.min(backoffMs * 2 ** (attempts - 1), maxBackoffMs);
    const retryAt =
      attempts >= maxAttempts ? undefined : new Date(this.clock().getTime() + wait).toISOString();
    await this.store.markMailFailed(id, { retryAt, error: message });
    if (retryAt === undefined)
      this.log.error({ err: error, mail: id }, `outbox: mail ${id} given up after ${attempts} attempts`);
  }
}
