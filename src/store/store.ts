// The engine's state store: one interface, two thin implementations (SQLite for the
// embedded default, PostgreSQL for clusters) that share one contract test suite.
// It keeps work versions, runs, queue jobs and cron slots. Every state change is one
// transaction; claiming is lease-based so a dead worker's jobs are taken over.

import type { Deployment, DeploymentFile, NewDeployment } from "./deployments.js";

export type { Deployment, DeploymentFile, NewDeployment } from "./deployments.js";

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
  /** The W3C traceparent of the push that made the job (tracing on), so its run joins that trace. */
  trace: string | null;
}

export type RunStatus = "running" | "suspended" | "succeeded" | "failed" | "cancelled";

/** A durable run between checkpoints. */
export type DurableState = "sleeping" | "waiting" | "due" | "leased" | "done" | "failed" | "cancelled";

export interface DurableRecord {
  runId: string;
  work: string;
  /** Content hash of the work version the run started on (it resumes on it). */
  version: string;
  file: string;
  trigger: string;
  state: DurableState;
  /** Sleep end, or the wait's timeout (null: wait forever). */
  wakeAt: number | null;
  /** The event a waiting run waits for. */
  event: string | null;
  /** JSON of the value the run resumes with (signal data; null for a timeout or a sleep). */
  resumeValue: string | null;
  snapshot: string;
  /** Effect counter at the checkpoint (idempotency keys continue from it). */
  effects: number;
  checkpoints: number;
  attempt: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  result: string | null;
  error: string | null;
  createdAt: number;
  updatedAt: number;
}

/** The lease a checkpoint takes for its writer when the run is due at once (Store.checkpoint). */
export interface CheckpointNext {
  owner: string;
  leaseUntil: number;
}

/** The state a checkpoint leaves a run in; with `next`, a run due at once is leased to its writer. */
export function checkpointState(c: CheckpointInput, keptSignal: boolean, now: number, next: CheckpointNext | undefined): DurableState {
  const due = c.kind === "checkpoint" || keptSignal || (c.kind === "sleep" && c.wakeAt !== null && c.wakeAt <= now);
  if (due && next) return "leased";
  return c.kind === "sleep" ? "sleeping" : c.kind === "wait" ? (keptSignal ? "due" : "waiting") : "due";
}

/** The record of a run its checkpoint leased to its writer (`next`), as the row now holds it. */
export function checkpointClaim(c: CheckpointInput, next: CheckpointNext, checkpoints: number, createdAt: number, resumeValue: string | null, now: number): DurableRecord {
  return {
    runId: c.runId, work: c.work, version: c.version, file: c.file, trigger: c.trigger, state: "leased", wakeAt: c.wakeAt, event: c.event, resumeValue, snapshot: c.snapshot,
    effects: c.effects, checkpoints, attempt: c.attempt, leaseOwner: next.owner, leaseUntil: next.leaseUntil, result: null, error: null, createdAt, updatedAt: now,
  };
}

export interface CheckpointInput {
  runId: string;
  work: string;
  version: string;
  file: string;
  source: string;
  trigger: string;
  kind: "sleep" | "wait" | "checkpoint";
  wakeAt: number | null;
  event: string | null;
  snapshot: string;
  effects: number;
  attempt: number;
  /** The run record (status "suspended"), written in the same transaction. */
  run: RunRecord;
}

/**
 * Why a run failed, classified from the error's class (never its text): the script
 * called fail() (fail), threw (script), ran past a limit (limit) or its deadline
 * (timeout), used something this engine does not offer (unavailable), lost the lease of
 * its job or durable run to another attempt (lease: it stopped, the other attempt's
 * outcome is the job's), or the engine itself broke (host).
 */
export type ErrorKind = "fail" | "limit" | "timeout" | "script" | "unavailable" | "lease" | "host";

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
  /** Why the run failed; absent means null (records written before kinds existed read back as null). */
  errorKind?: ErrorKind | null;
}

export interface PushOptions {
  runAt: number;
  key?: string | null;
  /**
   * With a key: hold the key this long from this push (a dedupe window). Any push of the
   * key with a ttl inside the window returns the window's job, whatever its state (pending,
   * running, done, dead, or pruned since). Without a ttl a key dedupes only against a
   * pending or running job.
   */
  ttlMs?: number | null;
  /** The engine's clock at the push (the window's start); default Date.now(). */
  now?: number;
  /** The pushing span's W3C traceparent, kept with the job (Job.trace). */
  trace?: string | null;
}

export interface RunFilter {
  work?: string;
  status?: RunStatus;
  trigger?: string;
  /** Only runs started at or after this time. */
  since?: number;
  /** Only runs started before this time. */
  until?: number;
  errorKind?: ErrorKind;
  /** Only runs whose error contains this text (case-insensitive for ASCII letters). */
  errorText?: string;
  /**
   * Keyset pagination: only runs after this one in the listing's order (started_at, then
   * id, both descending), so a page deep in 100k runs costs what the first one does.
   */
  before?: { startedAt: number; id: string };
  limit?: number;
}

/** Counts of what is not finished: jobs by queue and state (done ones left out), durable runs by state (done, failed and cancelled ones left out). */
export interface StoreStats {
  jobs: Array<{ queue: string; state: Exclude<JobState, "done">; count: number }>;
  durable: Array<{ state: Exclude<DurableState, "done" | "failed" | "cancelled">; count: number }>;
}

/**
 * The stats query, one statement on both stores: jobs grouped through the (queue, state,
 * run_at) index, durable runs through (state, wake_at). Done jobs and finished runs, the
 * bulk of both tables, are not counted.
 */
export const STATS_SQL = `SELECT 'job' AS what, queue, state, COUNT(*) AS count FROM kw_jobs WHERE state IN ('pending', 'leased', 'dead') GROUP BY queue, state
  UNION ALL SELECT 'durable' AS what, NULL AS queue, state, COUNT(*) AS count FROM kw_durable WHERE state IN ('sleeping', 'waiting', 'due', 'leased') GROUP BY state`;

/** StoreStats from the rows of STATS_SQL. */
export function statsOf(rows: Array<{ what: string; queue: string | null; state: string; count: number | string }>): StoreStats {
  const out: StoreStats = { jobs: [], durable: [] };
  for (const r of rows) {
    if (r.what === "job") out.jobs.push({ queue: r.queue!, state: r.state as StoreStats["jobs"][number]["state"], count: Number(r.count) });
    else out.durable.push({ state: r.state as StoreStats["durable"][number]["state"], count: Number(r.count) });
  }
  return out;
}

/** A store's wake-up channel (Store.listenJobs); close() ends it. */
export interface JobListener {
  close(): Promise<void>;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** SQLite: the database file (the engine keeps its secret beside it); null in memory or on PostgreSQL. */
  readonly file?: string | null;
  /** Creates or upgrades the schema (versioned). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  putVersion(v: { hash: string; file: string; name: string; source: string }): Promise<void>;
  getVersion(hash: string): Promise<{ hash: string; file: string; name: string; source: string } | null>;

  /** Adds a job; with a key, returns the pending or running job with that key (or, with ttlMs, the job of the key's window) instead of adding one. */
  pushJob(queue: string, payload: unknown, opts: PushOptions): Promise<{ id: string; deduped: boolean }>;
  /**
   * Wake-ups for pushes made by any process sharing the store (PostgreSQL: LISTEN/NOTIFY on
   * one connection): `onPush` is told the queue and when its job is due, or `null` after the
   * connection came back (pushes in between were not heard: check every queue); `onState`
   * says whether pushes are heard now (while they are not, consumers poll as often as
   * before). Absent: the store has no such channel (SQLite: in-process wake-ups only).
   */
  listenJobs?(onPush: (push: { queue: string; runAt: number } | null) => void, onState: (listening: boolean) => void): JobListener;
  /** Leases up to `limit` due jobs of `queue` (pending and due, or leased with an expired lease). */
  claimJobs(queue: string, owner: string, leaseMs: number, limit: number, now: number): Promise<Job[]>;
  /**
   * Marks a leased job done and records its run, in one transaction. False if the lease was lost.
   * With a null run only the job changes (a durable run writes its own records).
   */
  completeJob(jobId: string, owner: string, run: RunRecord | null): Promise<boolean>;
  /**
   * completeJob for several jobs, then a claim of `claim.queue` — in one transaction (on
   * PostgreSQL one round trip and one commit, which waits for the disk as a completion's
   * does). Each job is completed only under its own owner, with its record (`kept[i]` false:
   * that one's lease was lost; the others are not affected). The claim comes after the
   * completions, so the slots they freed count as free: it leases up to `claim.limit` due
   * jobs, and with `claim.cap` no more than claimJobsCapped would (the jobs under a live
   * lease, these completed ones no longer among them, count against it). A null claim:
   * the completions alone.
   */
  completeJobs(done: readonly JobDone[], claim: ClaimRequest | null): Promise<{ kept: boolean[]; jobs: Job[] }>;
  /**
   * Gives back jobs leased by a claim that never started them (claimed ahead; their node is
   * stopping): pending again, due when they were, the claim's attempt not charged — each
   * only while still leased under its owner. Returns how many went back.
   */
  returnJobs(jobs: ReadonlyArray<{ jobId: string; owner: string }>, now: number): Promise<number>;
  /** Ends an attempt that failed: back to pending at `retryAt`, or dead when retryAt is null; records the run (unless null). */
  failJob(jobId: string, owner: string, error: string, retryAt: number | null, run: RunRecord | null): Promise<boolean>;
  getJob(id: string): Promise<Job | null>;
  listJobs(queue: string | null, state: JobState | null, limit: number): Promise<Job[]>;
  queueCounts(): Promise<Array<{ queue: string; state: JobState; count: number }>>;
  /** What metrics read at every scrape, in one grouped query: live jobs per queue and state, unfinished durable runs per state. */
  stats(): Promise<StoreStats>;
  /** Resolves when the store answers a trivial query (readiness checks). */
  ping(): Promise<void>;
  /** Dead jobs of a queue (or one job) back to pending, attempts reset. Returns how many. */
  redrive(queue: string, jobId: string | null, now: number): Promise<number>;
  /** A pending job becomes dead with the error "cancelled". False if it was not pending. */
  cancelJob(id: string, now: number): Promise<boolean>;
  /** Deletes a queue's pending and dead jobs. Returns how many. */
  purge(queue: string): Promise<number>;

  /**
   * Claims a cron slot cluster-wide: true for exactly one caller per (work, slot). With
   * `job`, the slot's job is pushed (due at `now`) in the same transaction: a slot is never
   * claimed without its job.
   */
  claimCronSlot(work: string, slot: number, owner: string, now: number, job?: { queue: string; payload: unknown }): Promise<boolean>;
  lastCronSlot(work: string): Promise<number | null>;

  /** Writes a run record, or updates the outcome of one already written (same id). */
  recordRun(run: RunRecord): Promise<void>;
  /**
   * recordRun for many records in one transaction, in order (a later record of the same id
   * updates an earlier one). Plain successes (no error, no logs) may be stored packed, many
   * to a row (store/run-packs.ts): getRun and listRuns read them as any other; a packed
   * record is final, so it is not updated again.
   */
  recordRuns(runs: RunRecord[]): Promise<void>;
  getRun(id: string): Promise<RunRecord | null>;
  listRuns(filter: RunFilter): Promise<RunRecord[]>;
  setRunStatus(id: string, status: RunStatus): Promise<boolean>;
  /**
   * Writes a checkpoint: the snapshot, the timer or wait registration, the work's
   * source (kept while runs need it) and the run record, in one transaction. A wait
   * whose event has a kept signal is due at once (the signal is consumed).
   * False when `owner` no longer holds the run's lease.
   *
   * With `next`, a run that is due at once — a forced checkpoint, a wait whose signal was
   * kept, a sleep already over — is leased to `next.owner` in the same transaction instead
   * of being left due, and its record is returned as a claim would return it: the writer
   * goes on with the run in memory, and the stored checkpoint is where another node takes
   * it up if that lease expires. Otherwise true, as without `next`.
   */
  checkpoint(c: CheckpointInput, owner: string | null, now: number, next?: CheckpointNext): Promise<boolean | DurableRecord>;
  /** Leases durable runs that are due (sleep over, wait signalled or timed out, forced checkpoints, expired leases). */
  claimDurable(owner: string, leaseMs: number, limit: number, now: number): Promise<DurableRecord[]>;
  /** Ends a durable run (done or failed) and updates its run record, if `owner` holds it. */
  finishDurable(runId: string, owner: string, outcome: { state: "done" | "failed"; result: string | null; error: string | null }, run: RunRecord): Promise<boolean>;
  /**
   * Ends `owner`'s lease of a durable run now, if it still holds it (a segment that stopped
   * without an outcome): the run is claimable at once — first, as a run taken over — and
   * resumes from its last checkpoint. False when another claim holds it, or it ended.
   */
  releaseDurable(runId: string, owner: string): Promise<boolean>;
  /** Wakes the runs waiting on `event` with `data`; with keepUntil, an unmatched signal is kept until then. Returns how many woke. */
  signal(event: string, data: string, keepUntil: number | null, now: number): Promise<number>;
  getDurable(runId: string): Promise<DurableRecord | null>;
  listDurable(filter: { state?: DurableState; work?: string; limit?: number }): Promise<DurableRecord[]>;
  /** cancel: the run will not resume; retry: a failed run resumes from its last checkpoint. */
  setDurableState(runId: string, from: DurableState[], to: DurableState, now: number): Promise<boolean>;
  /** Deletes finished runs, done jobs and cron slots older than `before`. */
  prune(before: number): Promise<number>;
  /**
   * Ends at once the job and durable-run leases whose owner is `<node>:…` (a process known
   * to be dead), so the next claim takes them over instead of waiting for them to expire.
   */
  expireLeases(node: string): Promise<{ jobs: number; runs: number }>;

  /** The store's clock: the database server's on PostgreSQL, this process's on SQLite (engines keep their clocks on it). */
  now(): Promise<number>;
  /**
   * A node's heartbeat, in one transaction: registers or refreshes `node` (seen at `now`)
   * and extends the leases it names to `leaseUntil` — each only while it is still held
   * under that owner (the claim's token). Returns the store's clock and the leases that
   * were not extended: taken over by another claim, or ended.
   */
  heartbeat(node: NodeInfo, held: HeldLeases, leaseUntil: number, now: number): Promise<{ now: number; lost: HeldLeases }>;
  /** The nodes that sent a heartbeat in the last hour, oldest first, with how many jobs and durable runs each holds. */
  listNodes(): Promise<NodeRecord[]>;
  /** A node that stopped (it holds nothing any more). */
  removeNode(id: string): Promise<void>;

  /** Stores a deployment's files and makes it current, in one transaction; its id is the next number. */
  createDeployment(d: NewDeployment, now: number): Promise<Deployment>;
  /** Deployments, newest first. */
  listDeployments(limit: number): Promise<Deployment[]>;
  /** The current deployment (null before the first deploy): what `kitwork start --from-store` nodes serve. */
  currentDeployment(): Promise<Deployment | null>;
  getDeployment(id: number): Promise<Deployment | null>;
  /** A deployment's files, by path; null when there is no such deployment. */
  deploymentFiles(id: number): Promise<DeploymentFile[] | null>;
  /** Makes an existing deployment current again (a rollback); null when there is no such deployment. */
  activateDeployment(id: number, now: number): Promise<Deployment | null>;

  // Fleet-wide flow control (engine/flow.ts, docs/cluster.md "Fleet-wide flow control").

  /**
   * Takes up to `want` starts from the rate limit `key` — at most `limit` in each fixed window
   * of `perMs` (windows start at multiples of perMs on the store's clock: the database
   * server's on PostgreSQL, `now` on SQLite) — atomically across every process of the store.
   * Returns how many were granted (0: the window is used up), the window's start, and the
   * store's time, so the caller knows when the next window opens.
   */
  takeRate(key: string, limit: number, perMs: number, want: number, now: number): Promise<RateTake>;
  /** Gives back `count` starts taken (and not used) in the window that began at `windowStart`; nothing once that window is over. */
  returnRate(key: string, windowStart: number, count: number): Promise<void>;
  /**
   * claimJobs, under a fleet-wide cap: leases at most `cap` jobs of `queue` at once across
   * every process of the store — the jobs already leased under a live lease count (an
   * expired one does not: its job is claimable again) — and at most `limit` now.
   */
  claimJobsCapped(queue: string, owner: string, leaseMs: number, limit: number, cap: number, now: number): Promise<Job[]>;
}

/** One completion of completeJobs. */
export interface JobDone {
  jobId: string;
  owner: string;
  run: RunRecord | null;
}

/** The claim that follows completeJobs' completions: claimJobs' arguments, and claimJobsCapped's cap when the queue has one. */
export interface ClaimRequest {
  queue: string;
  owner: string;
  leaseMs: number;
  limit: number;
  now: number;
  /** The queue's fleet-wide cap (absent: none, as claimJobs). */
  cap?: number;
}

/** What takeRate() granted. */
export interface RateTake {
  granted: number;
  /** The start of the window the starts were taken from (returnRate's windowStart). */
  windowStart: number;
  /** The store's time when it answered: the window ends at windowStart + perMs. */
  now: number;
}

/** An engine process sharing the store: its id is new at every start. */
export interface NodeInfo {
  id: string;
  host: string;
  pid: number;
  /** The Kitwork version it runs. */
  version: string;
  startedAt: number;
  /** The lease its claims take: a node not seen for that long holds nothing any more. */
  leaseMs: number;
  /** What else it says of itself (its capacity, its queues), as JSON. */
  info: Record<string, unknown> | null;
}

export interface NodeRecord extends NodeInfo {
  /** Its last heartbeat, on the store's clock. */
  heartbeatAt: number;
  /** Jobs and durable runs it holds the lease of now. */
  jobs: number;
  runs: number;
}

/** Leases by what is leased and the owner (claim token) it is held under. */
export interface HeldLeases {
  jobs: Array<{ id: string; owner: string }>;
  runs: Array<{ id: string; owner: string }>;
}

/** How long a node that has not sent a heartbeat stays listed. */
export const NODE_FORGET_MS = 3_600_000;

/** Oversize payloads are refused with a clear error. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

export class StoreError extends Error {}

export function encodePayload(payload: unknown): string {
  const text = JSON.stringify(payload ?? null);
  const size = Buffer.byteLength(text);
  if (size > MAX_PAYLOAD_BYTES) throw new StoreError(`job payload too large: ${size} bytes (limit ${MAX_PAYLOAD_BYTES})`);
  return text;
}
