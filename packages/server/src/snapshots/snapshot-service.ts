import { flagAlerts } from '../mail/alerts.js';
import { patientData } from '../cases/patient-case.js';
import type { DecisionSnapshot, Snapshot, SnapshotSource, StoredEvent, Store } from '../store/store.js';
import {
  computeSnapshot,
  continueSnapshot,
  parseCheckpoint,
  type ComputedSnapshot,
} from './compute-snapshot.js';
import { todayIn } from '../cases/dates.js';
import { EagerRefreshes } from './eager-refresh.js';
import { RefreshQueue } from './refresh-queue.js';

/** Where failures of background work are reported (Fastify's logger, or the console in scripts). */
export interface ErrorLog {
  error(details: object, message: string): void;
}

export interface SnapshotOptions {
  /** How long a patient's writes must pause before their snapshot is recomputed in the background. */
  debounceMs: number;
  /** The longest a snapshot waits for that pause while the patient keeps writing. */
  maxWaitMs: number;
  /** How often the sweep looks for stale snapshots; 0 turns it off. */
  sweepIntervalMs: number;
  /** Most snapshots one sweep recomputes. */
  sweepBatch: number;
  /** Most stale snapshots of a clinician's patients recomputed before their caseload is answered. */
  caseloadRefreshLimit: number;
}

export const DEFAULT_SNAPSHOT_OPTIONS: SnapshotOptions = {
  debounceMs: 250,
  maxWaitMs: 5000,
  sweepIntervalMs: 1000,
  sweepBatch: 25,
  caseloadRefreshLimit: 50,
};

/** A computed snapshot and what its save checks: the snapshot row it was computed from, and when. */
interface PendingSave {
  before: Snapshot;
  snapshot: ComputedSnapshot;
  at: string;
}

/** A sweeping server holds its claim on a stale snapshot this long; then another may take it. */
const CLAIM_MS = 60_000;

/**
 * True when nothing was written since the snapshot was computed and its day has not ended in the patient's
 * time zone: then `computedFor` is the patient's today (a change of time zone is a write, which empties
 * `freshUntil`).
 */
export function isFresh(snapshot: Pick<Snapshot, 'freshUntil' | 'computedFor'>, nowIso: string): boolean {
  return snapshot.freshUntil !== '' && snapshot.freshUntil > nowIso && snapshot.computedFor !== null;
}

/**
 * Keeps every patient's decision snapshot current (docs/decisions/105): recomputes one on demand, after a
 * write (in the background, coalesced), for a clinician's caseload before it is answered, and in a bounded
 * periodic sweep of snapshots whose day has ended.
 */
export class SnapshotService {
  private readonly queue: RefreshQueue;
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> | undefined;
  /** Saves of snapshots already answered (`decide`), and eager recomputations (ADR 138). */
  private readonly saving = new Set<Promise<void>>();
  /** Recomputations started as soon as a write commits, for the decision request that follows (ADR 138). */
  private readonly eager: EagerRefreshes;
  private stopped = false;
  /**
   * Clinician alerts (ADR 121): flags that appear with a saved snapshot queue alert mails in its transaction;
   * `queued` then wakes the mail worker. Unset: no alerts (scripts, the demo seeder).
   */
  alerts: { publicUrl: string; queued: () => void } | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: () => Date,
    private readonly log: ErrorLog,
    readonly options: SnapshotOptions = DEFAULT_SNAPSHOT_OPTIONS,
  ) {
    this.eager = new EagerRefreshes((patientId, day, source) => {
      const computed = this.computeFor(patientId, day, source);
      const done = computed.then(async (c) => {
        if (c !== undefined) await this.save(c.save);
      });
      this.background(patientId, done);
      return {
        computed: computed.then((c) => c && { version: c.save.before.version, snapshot: c.snapshot }),
        done: done.catch(() => undefined),
      };
    }, options.debounceMs);
    this.queue = new RefreshQueue((id) => this.refreshQuietly(id), options.debounceMs, options.maxWaitMs);
  }

  /**
   * Recomputes the patient's snapshot for today and saves it, unless the case changed meanwhile (then it
   * tries again, up to three times). Undefined when there is no such patient.
   */
  async refresh(patientId: string): Promise<ComputedSnapshot | undefined> {
    return this.recompute(patientId, false);
  }

  /**
   * `refresh` for a request that waits for the decision (ADR 138), given the snapshot fields its narrow read
   * found: joins the recomputation a write through this server started (running, or finished since the
   * patient's last write) when it computed from that same version for the same day; else computes as
   * `refresh` does and resolves with it while the save follows without the request waiting for it. A save
   * that finds the case changed meanwhile is not retried: the write that changed it scheduled its own
   * refresh. Failed saves are logged; `idle()` and `stop()` wait for them.
   */
  async decide(patientId: string, current: DecisionSnapshot): Promise<ComputedSnapshot | undefined> {
    const joined = await this.eager.latestFor(patientId);
    if (
      joined !== undefined &&
      joined.version === current.version &&
      joined.snapshot.values.computedFor === todayIn(current.timeZone, this.clock())
    )
      return joined.snapshot;
    const computed = await this.computeFor(patientId, current.checkpointDay);
    if (computed === undefined) return undefined;
    this.background(patientId, this.save(computed.save));
    return computed.snapshot;
  }

  /**
   * The decision fields of the patient's snapshot (the request path's narrow read); `started`, that read as a
   * request began it beside its session's (`startCurrent`), once the request may see the patient.
   */
  async current(
    patientId: string,
    nowIso: string,
    started: Promise<DecisionSnapshot | undefined> = this.startCurrent(patientId, nowIso),
  ): Promise<DecisionSnapshot | undefined> {
    const snapshot = await started;
    if (snapshot !== undefined) this.eager.checkpointAt(patientId, snapshot.checkpointDay);
    return snapshot;
  }

  /** The narrow read alone, with nothing remembered from it: what a request may start before its access is known. */
  startCurrent(patientId: string, nowIso: string): Promise<DecisionSnapshot | undefined> {
    return this.store.getDecisionSnapshot(patientId, nowIso);
  }

  /** Work a request does not wait for: logged when it fails, waited for by `idle()` and `stop()`. */
  private background(patientId: string, work: Promise<unknown>): void {
    const tracked: Promise<void> = work
      .then(() => undefined)
      .catch((error: unknown) => {
        this.log.error({ err: error, patientId }, 'snapshot refresh failed');
      })
      .finally(() => this.saving.delete(tracked));
    this.saving.add(tracked);
  }

  /**
   * `refresh`; with `unlessFresh`, nothing when the snapshot is fresh already (a request recomputed it since
   * the write that scheduled this): then its decision is not returned, and undefined means either.
   */
  private async recompute(patientId: string, unlessFresh: boolean): Promise<ComputedSnapshot | undefined> {
    let hint = '';
    if (unlessFresh) {
      // the narrow read of a decision request: the checkpoint is read only when it is needed
      const nowIso = this.clock().toISOString();
      const current = await this.store.getDecisionSnapshot(patientId, nowIso);
      if (current === undefined || isFresh(current, nowIso)) return undefined;
      hint = current.checkpointDay;
    }
    for (let attempt = 0; ; attempt++) {
      const computed = await this.computeFor(patientId, attempt === 0 ? hint : '');
      if (computed === undefined) return undefined;
      const saved = await this.save(computed.save);
      if (saved || attempt >= 2) return computed.snapshot;
    }
  }

  /**
   * The snapshot computed from the patient's stored case now, with what saving it takes; the events after the
   * checkpoint's day `hint` are read beside the source (ADR 136). `given`: the source as a write just left it
   * (ADR 235), which is not read again, and whose checkpoint day is the hint. Undefined when there is no such
   * patient.
   */
  private async computeFor(
    patientId: string,
    hint: string,
    given?: SnapshotSource,
  ): Promise<{ snapshot: ComputedSnapshot; save: PendingSave } | undefined> {
    const day = given === undefined ? hint : (given.snapshot.checkpoint?.day ?? '');
    const early = day !== '' ? { day, read: this.store.listEventsAfterAt(patientId, day) } : undefined;
    early?.read.catch(() => undefined);
    const source = given ?? (await this.store.getSnapshotSource(patientId));
    if (source === undefined) return undefined;
    const now = this.clock();
    const snapshot = await this.compute(source, now, early);
    this.eager.checkpointAt(patientId, snapshot.values.checkpoint?.day ?? '');
    return { snapshot, save: { before: source.snapshot, snapshot, at: now.toISOString() } };
  }

  /** Saves a computed snapshot unless the case changed since it was read; whether it was saved. */
  private async save({ before, snapshot, at }: PendingSave): Promise<boolean> {
    const alerts = this.alerts;
    // the stored checkpoint carried on as it was (the same string): the save leaves it in place
    const stored = before.checkpoint ?? null;
    const next = snapshot.values.checkpoint ?? null;
    const kept = stored !== null && next !== null && next.json === stored.json && next.day === stored.day;
    const saved = await this.store.saveSnapshot(
      before.patientId,
      before.version,
      snapshot.values,
      at,
      alerts === undefined ? undefined : flagAlerts(alerts.publicUrl, before.patientId, at),
      { keepCheckpoint: kept },
    );
    if (saved) alerts?.queued();
    return saved;
  }

  /**
   * The snapshot for `now`: from the stored replay checkpoint and the events dated after it when it holds,
   * else from every event (ADR 134); the patient and screening are those read with the snapshot.
   */
  private async compute(
    source: SnapshotSource,
    now: Date,
    early?: { day: string; read: Promise<{ version: number; events: StoredEvent[] } | undefined> },
  ): Promise<ComputedSnapshot> {
    const { snapshot: before, patient, screening } = source;
    const patientId = before.patientId;
    const from = parseCheckpoint(before.checkpoint);
    if (from !== undefined) {
      // read early, they hold when they are of this checkpoint's day and of the source's version
      const read = early?.day === from.engine.day ? await early.read.catch(() => undefined) : undefined;
      const events =
        read !== undefined && read.version === before.version
          ? read.events
          : await this.store.listEventsAfter(patientId, from.engine.day);
      const later = patientData(patient, screening, events);
      const continued = continueSnapshot(later, now, from, before.checkpoint?.json);
      if (continued !== undefined) return continued;
    }
    return computeSnapshot(patientData(patient, screening, await this.store.listEvents(patientId)), now);
  }

  /**
   * After a write: recomputes the patient's snapshot in the background at once when it is the first write of a
   * burst (ADR 138), and once their writes pause (see RefreshQueue). `source`: the case as the write left it,
   * when the store gave it (ADR 235); the recomputation then starts from it instead of reading it.
   */
  schedule(patientId: string, source?: SnapshotSource): void {
    if (this.stopped) return;
    this.queue.add(patientId);
    this.eager.wrote(patientId, this.clock().getTime(), source);
  }

  /** Recomputes the stale snapshots of a clinician's patients, changed ones first, up to the limit. */
  async freshenCaseload(clinicianId: string): Promise<void> {
    const now = this.clock().toISOString();
    const stale = await this.store.staleCaseload(clinicianId, now, this.options.caseloadRefreshLimit);
    for (const patientId of stale) await this.refreshQuietly(patientId);
  }

  /** Claims and recomputes one batch of stale snapshots; how many it took. */
  async sweep(): Promise<number> {
    const now = this.clock();
    const claimUntil = new Date(now.getTime() + CLAIM_MS).toISOString();
    const ids = await this.store.claimStaleSnapshots(now.toISOString(), claimUntil, this.options.sweepBatch);
    for (const patientId of ids) {
      if (this.stopped) break;
      await this.refreshQuietly(patientId);
    }
    return ids.length;
  }

  /** Starts the periodic sweep (when its interval is not 0). */
  start(): void {
    if (this.options.sweepIntervalMs <= 0 || this.sweepTimer !== undefined) return;
    this.sweepTimer = setInterval(() => {
      this.sweeping ??= this.sweep()
        .catch((error: unknown) => {
          this.log.error({ err: error }, 'snapshot sweep failed');
        })
        .finally(() => {
          this.sweeping = undefined;
        });
    }, this.options.sweepIntervalMs);
    this.sweepTimer.unref();
  }

  /** Resolves when no background recomputation is waiting or running (tests use it). */
  async idle(): Promise<void> {
    while (this.queue.busy || this.sweeping !== undefined || this.saving.size > 0) {
      await this.queue.flush();
      await this.sweeping;
      await Promise.all(this.saving);
    }
  }

  /** Stops the sweep and background work, waiting for what is running. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweepTimer);
    await this.queue.stop();
    await this.sweeping;
    await Promise.all(this.saving);
  }

  /** Background work: recomputes the snapshot unless it is fresh, logging failures. */
  private async refreshQuietly(patientId: string): Promise<void> {
    try {
      await this.recompute(patientId, true);
    } catch (error) {
      this.log.error({ err: error, patientId }, 'snapshot refresh failed');
    }
  }
}
