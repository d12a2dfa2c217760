interface Entry<V> {
  value: V;
  /** ISO time from which the entry is read from the database again. */
  until: string;
}

/**
 * Rows read recently (sessions by token hash, decision snapshots by patient), for a store whose every write
 * goes through this process: embedded SQLite, one server per file (`server-lock.ts`, ADR 110). The store
 * drops an entry as soon as it has changed what the entry was read from; an entry is read again after
 * `ttlMs` in any case (or earlier, at the `notAfter` its setter gives), which bounds how long a change made
 * outside the server, by hand, goes unseen. The oldest entries go past `max`.
 */
export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  /** Goes up on every drop: a read that started before one does not keep what it read. */
  private generation = 0;

  constructor(
    private readonly ttlMs = 30_000,
    private readonly max = 10_000,
  ) {}

  /** The cached value, when there is one still good at `now` (ISO). */
  get(key: string, now: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (now >= entry.until) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /**
   * The cached value, or else what `load` reads from the database, kept (unless a drop came meanwhile)
   * until the time-to-live or the `notAfter` of that value, whichever is first. Nothing is kept of a miss.
   */
  async through(
    key: string,
    now: string,
    load: () => Promise<V | undefined>,
    notAfter?: (value: V) => string,
  ): Promise<V | undefined> {
    const cached = this.get(key, now);
    if (cached !== undefined) return cached;
    const ticket = this.ticket();
    const found = await load();
    if (found !== undefined) this.set(ticket, key, found, now, notAfter?.(found));
    return found;
  }

  /** A ticket to take before reading the database, and to give back to `set`. */
  ticket(): number {
    return this.generation;
  }

  /** Keeps what a read found, unless something was dropped since its `ticket()`. */
  set(ticket: number, key: string, value: V, now: string, notAfter?: string): void {
    if (ticket !== this.generation) return;
    const ttlEnd = new Date(Date.parse(now) + this.ttlMs).toISOString();
    this.entries.delete(key);
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, until: notAfter !== undefined && notAfter < ttlEnd ? notAfter : ttlEnd });
  }

  /** Drops one key: call once the database change has been committed (or has failed). */
  drop(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  /** Drops every entry that matches (a scan: for rare changes such as revoking a user's sessions). */
  dropWhere(matches: (key: string, value: V) => boolean): void {
    this.generation++;
    for (const [key, { value }] of this.entries) {
      if (matches(key, value)) this.entries.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
