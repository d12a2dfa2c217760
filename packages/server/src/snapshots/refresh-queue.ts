/**
 * Background recomputations, one patient at a time. A patient is recomputed once their writes pause for
 * `quietMs` (a burst of writes costs one replay), and at the latest `maxWaitMs` after the first write of a
 * burst that does not pause (so a stream of writes still refreshes now and then, without replaying the
 * whole history after every write).
 */
export class RefreshQueue {
  private readonly waiting = new Map<string, { since: number; timer: NodeJS.Timeout }>();
  private readonly ready = new Set<string>();
  private draining: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly run: (patientId: string) => Promise<void>,
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
  ) {}

  add(patientId: string): void {
    if (this.stopped) return;
    const now = Date.now();
    const entry = this.waiting.get(patientId);
    if (entry !== undefined) clearTimeout(entry.timer);
    const since = entry?.since ?? now;
    const wait = Math.min(this.quietMs, Math.max(0, since + this.maxWaitMs - now));
    const timer = setTimeout(() => {
      this.waiting.delete(patientId);
      this.ready.add(patientId);
      void this.drain();
    }, wait);
    this.waiting.set(patientId, { since, timer });
  }

  /** True while anything waits or runs. */
  get busy(): boolean {
    return this.waiting.size > 0 || this.ready.size > 0 || this.draining !== undefined;
  }

  /** Runs everything waiting now, and resolves when nothing is left (tests). */
  async flush(): Promise<void> {
    for (const [patientId, entry] of this.waiting) {
      clearTimeout(entry.timer);
      this.ready.add(patientId);
    }
    this.waiting.clear();
    while (this.ready.size > 0 || this.draining !== undefined) await this.drain();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const entry of this.waiting.values()) clearTimeout(entry.timer);
    this.waiting.clear();
    this.ready.clear();
    await this.draining;
  }

  private drain(): Promise<void> {
    if (this.draining === undefined) {
      const work = async () => {
        for (;;) {
          const [next] = this.ready;
          if (next === undefined || this.stopped) return;
          this.ready.delete(next);
          await this.run(next);
        }
      };
      this.draining = work().finally(() => {
        this.draining = undefined;
      });
    }
    return this.draining;
  }
}
