// The engine's state store: one interface, two thin implementations (SQLite for the
// embedded default, PostgreSQL for clusters) that share one contract test suite.
// It keeps work versions, runs, queue jobs and cron slots. Every state change is one
// transaction; claiming is lease-based so a dead worker's jobs are taken over.

export type JobState = "pending" | "leased" | "done" | "dead";

export interface Job {
  id: string;
  queue: string;
  payload: unknown;
  key: string | null;
  state: JobState;
  /** Attempts started so far (1 while the first attempt runs). */
  attempts: number;
  runAt: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  error: string | null;
  createdAt: number;
}

export type RunStatus = "running" | "succeeded" | "failed" | "cancelled";

export interface RunRecord {
  id: string;
  work: string;
  version: string;
  trigger: string;
  status: RunStatus;
  attempt: number;
  startedAt: number;
  finishedAt: number | null;
  error: string | null;
  resultSize: number | null;
  logs: Array<{ level: string; args: unknown[]; at: number }>;
  /** The job this run served, if any. */
  jobId: string | null;
}

export interface PushOptions {
  runAt: number;
  key?: string | null;
}

export interface RunFilter {
  work?: string;
  status?: RunStatus;
  trigger?: string;
  limit?: number;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Creates or upgrades the schema (versioned). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  putVersion(v: { hash: string; file: string; name: string; source: string }): Promise<void>;
  getVersion(hash: string): Promise<{ hash: string; file: string; name: string; source: string } | null>;

  /** Adds a job; with a key, returns the pending job with that key instead of adding one. */
  pushJob(queue: string, payload: unknown, opts: PushOptions): Promise<{ id: string; deduped: boolean }>;
  /** Leases up to `limit` due jobs of `queue` (pending and due, or leased with an expired lease). */
  claimJobs(queue: string, owner: string, leaseMs: number, limit: number, now: number): Promise<Job[]>;
  /** Marks a leased job done and records its run, in one transaction. False if the lease was lost. */
  completeJob(jobId: string, owner: string, run: RunRecord): Promise<boolean>;
  /** Ends an attempt that failed: back to pending at `retryAt`, or dead when retryAt is null; records the run. */
  failJob(jobId: string, owner: string, error: string, retryAt: number | null, run: RunRecord): Promise<boolean>;
  getJob(id: string): Promise<Job | null>;
  listJobs(queue: string | null, state: JobState | null, limit: number): Promise<Job[]>;
  queueCounts(): Promise<Array<{ queue: string; state: JobState; count: number }>>;
  /** Dead jobs of a queue (or one job) back to pending, attempts reset. Returns how many. */
  redrive(queue: string, jobId: string | null, now: number): Promise<number>;
  /** A pending job becomes dead with the error "cancelled". False if it was not pending. */
  cancelJob(id: string, now: number): Promise<boolean>;
  /** Deletes a queue's pending and dead jobs. Returns how many. */
  purge(queue: string): Promise<number>;

  /** Claims a cron slot cluster-wide: true for exactly one caller per (work, slot). */
  claimCronSlot(work: string, slot: number, owner: string, now: number): Promise<boolean>;
  lastCronSlot(work: string): Promise<number | null>;

  recordRun(run: RunRecord): Promise<void>;
  getRun(id: string): Promise<RunRecord | null>;
  listRuns(filter: RunFilter): Promise<RunRecord[]>;
  setRunStatus(id: string, status: RunStatus): Promise<boolean>;
  /** Deletes finished runs, done jobs and cron slots older than `before`. */
  prune(before: number): Promise<number>;
}

/** Oversize payloads are refused with a clear error. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

export class StoreError extends Error {}

export function encodePayload(payload: unknown): string {
  const text = JSON.stringify(payload ?? null);
  const size = Buffer.byteLength(text);
  if (size > MAX_PAYLOAD_BYTES) throw new StoreError(`job payload too large: ${size} bytes (limit ${MAX_PAYLOAD_BYTES})`);
  return text;
}
