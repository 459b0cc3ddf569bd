// Run records, written in batches. Every run gets one (the id in a response's
// x-kitwork-run header can always be looked up), so the request path only appends to a
// buffer; one transaction writes what gathered, up to 100 ms later (the store packs plain
// successes many to a row, so a batch costs about one insert and a commit: fewer, larger
// batches are cheaper per run). Readers in this process flush first (Engine.getRun/listRuns),
// so they never miss a run that answered; another process sees a record within the interval.

import type { RunRecord, Store } from "../store/store.js";

/** Records waiting beyond this many (the store is down or far behind) are dropped, and counted. */
export const MAX_PENDING_RECORDS = 50_000;

/** The longest wait between two tries of a store that refuses batches (the wait doubles from flushMs). */
const MAX_BACKOFF_MS = 5_000;

export class RunRecorder {
  private buffer: RunRecord[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  /** Records dropped because the buffer was full. */
  dropped = 0;
  /** The last error writing a batch (the batch is kept and retried). */
  lastError: Error | null = null;
  /**
   * While the store refuses batches: the wait before the next try, and when it is. A full
   * buffer does not try again sooner, or every request would re-send everything held.
   */
  private backoffMs = 0;
  private retryAt = 0;

  constructor(
    private readonly store: Store,
    private readonly flushMs = 100,
    private readonly batch = 2_000,
  ) {}

  /** Queues a record; it is written within flushMs (or at once when a batch is full). */
  write(record: RunRecord): void {
    if (this.buffer.length >= MAX_PENDING_RECORDS) {
      this.dropped++;
      return;
    }
    this.buffer.push(record);
    const wait = this.backoffMs === 0 ? 0 : this.retryAt - Date.now();
    if (this.buffer.length >= this.batch && wait <= 0) void this.flush().catch(() => {});
    else this.schedule(Math.max(this.flushMs, wait));
  }

  private schedule(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch(() => {});
    }, ms);
    this.timer.unref?.();
  }

  get pending(): number {
    return this.buffer.length;
  }

  /** Writes everything queued so far; resolves when it is in the store. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    this.writing = this.store.recordRuns(batch).then(
      () => {
        this.lastError = null;
        this.backoffMs = 0;
      },
      (e: Error) => {
        // Kept for the next flush (the store may be back by then), within the bound.
        this.lastError = e;
        this.backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(this.flushMs, this.backoffMs * 2));
        this.retryAt = Date.now() + this.backoffMs;
        this.buffer = batch.concat(this.buffer).slice(0, MAX_PENDING_RECORDS);
        this.schedule(this.backoffMs);
        throw e;
      },
    );
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
  }
}
