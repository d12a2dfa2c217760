import type { SnapshotSource } from '../store/store.js';
import type { ComputedSnapshot } from './compute-snapshot.js';

/** A snapshot computed from `version` of the patient's case. */
export interface Computation {
  version: number;
  snapshot: ComputedSnapshot;
}

/** A recomputation as it was started: its result once computed, and `done` once saved (never rejects). */
export interface Started {
  computed: Promise<Computation | undefined>;
  done: Promise<void>;
}

/** Most patients remembered; the oldest are forgotten first. */
const MAX_PATIENTS = 10_000;
/** Most eager recomputations running at once; past it, a write leaves its patient to the queue alone. */
const MAX_RUNNING = 8;
/** Most finished recomputations kept for requests to join; the oldest are forgotten first. */
const MAX_FINISHED = 256;

/**
 * Recomputations started at once after a write through this server (ADR 138), so that a decision request
 * that follows the write finds its answer computed or computing: it joins a running one when its own read of
 * the snapshot names the version that one computed from. One per patient at a time, and only the first write
 * of a burst starts one (no other in the last `quietMs`): the queue's recomputation once writes pause covers
 * the rest. Remembers each patient's checkpoint day as reads and saves found it, so that the recomputation
 * reads the later events beside the source.
 *
 * A finished recomputation stays joinable until the patient's next write (ADR 138, amendment): a request
 * whose narrow read found the snapshot stale just before that recomputation saved it joins it rather than
 * computing the same snapshot again. The version check makes this safe however long it is kept.
 */
export class EagerRefreshes {
  private readonly patients = new Map<string, { day: string; startedAt: number }>();
  private readonly running = new Map<string, Promise<Computation | undefined>>();
  private readonly finished = new Map<string, Computation>();

  constructor(
    private readonly run: (patientId: string, checkpointDay: string, source?: SnapshotSource) => Started,
    private readonly quietMs: number,
  ) {}

  /** The patient's checkpoint day, as a read or save just found it ('' for none). */
  checkpointAt(patientId: string, day: string): void {
    const known = this.patients.get(patientId);
    this.remember(patientId, { day, startedAt: known?.startedAt ?? -Infinity });
  }

  /**
   * A write for the patient committed at `now` (ms): starts their recomputation, unless one runs or ran just now;
   * from `source` when the write gave the case as it left it (ADR 235).
   */
  wrote(patientId: string, now: number, source?: SnapshotSource): void {
    // computed from the case before this write: no request can join it any more
    this.finished.delete(patientId);
    const known = this.patients.get(patientId);
    if (this.running.has(patientId) || this.running.size >= MAX_RUNNING) return;
    if (known !== undefined && now - known.startedAt < this.quietMs) return;
    this.remember(patientId, { day: known?.day ?? '', startedAt: now });
    const { computed, done } = this.run(patientId, known?.day ?? '', source);
    const settled = computed.catch(() => undefined);
    this.running.set(patientId, settled);
    void done.finally(() => {
      this.running.delete(patientId);
      void settled.then((computation) => {
        // unless the patient's recomputation has been started again since (that one is kept instead)
        if (computation !== undefined && this.patients.get(patientId)?.startedAt === now)
          this.keep(patientId, computation);
      });
    });
  }

  /**
   * The recomputation running for the patient (until it is saved), or the last one finished since their last
   * write, if any.
   */
  latestFor(patientId: string): Promise<Computation | undefined> | undefined {
    const finished = this.finished.get(patientId);
    return this.running.get(patientId) ?? (finished && Promise.resolve(finished));
  }

  private keep(patientId: string, computation: Computation): void {
    this.finished.delete(patientId);
    this.finished.set(patientId, computation);
    if (this.finished.size > MAX_FINISHED) this.finished.delete(this.finished.keys().next().value as string);
  }

  private remember(patientId: string, entry: { day: string; startedAt: number }): void {
    this.patients.delete(patientId);
    this.patients.set(patientId, entry);
    if (this.patients.size > MAX_PATIENTS) this.patients.delete(this.patients.keys().next().value as string);
  }
}
