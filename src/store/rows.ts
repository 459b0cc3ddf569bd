// Rows ↔ records, shared by both stores. Drivers differ in what they hand back for a
// number (better-sqlite3: a number; pg: a string for BIGINT), so every numeric column
// goes through Number() here and the mappers take either.

import type { DurableRecord, DurableState, ErrorKind, Job, JobState, NodeInfo, NodeRecord, RunFilter, RunRecord, RunStatus } from "./store.js";
import { tableOf, UNUSUAL_RUNS } from "./schema.js";

type Row = Record<string, unknown>;

const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : (v as string));

export function toJob(r: Row): Job {
  return {
    id: r.id as string,
    queue: r.queue as string,
    payload: JSON.parse(r.payload as string),
    key: strOrNull(r.key),
    state: r.state as JobState,
    attempts: num(r.attempts),
    runAt: num(r.run_at),
    leaseOwner: strOrNull(r.lease_owner),
    leaseUntil: numOrNull(r.lease_until),
    error: strOrNull(r.error),
    createdAt: num(r.created_at),
    trace: strOrNull(r.trace),
  };
}

export function toRun(r: Row): RunRecord {
  return {
    id: r.id as string,
    work: r.work as string,
    version: r.version as string,
    trigger: r.trigger as string,
    status: r.status as RunStatus,
    attempt: num(r.attempt),
    startedAt: num(r.started_at),
    finishedAt: numOrNull(r.finished_at),
    error: strOrNull(r.error),
    resultSize: numOrNull(r.result_size),
    logs: JSON.parse(r.logs as string),
    jobId: strOrNull(r.job_id),
    errorKind: strOrNull(r.error_kind) as ErrorKind | null,
  };
}

export function toDurable(r: Row): DurableRecord {
  return {
    runId: r.run_id as string,
    work: r.work as string,
    version: r.version as string,
    file: r.file as string,
    trigger: r.trigger as string,
    state: r.state as DurableState,
    wakeAt: numOrNull(r.wake_at),
    event: strOrNull(r.event),
    resumeValue: strOrNull(r.resume_value),
    snapshot: r.snapshot as string,
    effects: num(r.effects),
    checkpoints: num(r.checkpoints),
    attempt: num(r.attempt),
    leaseOwner: strOrNull(r.lease_owner),
    leaseUntil: numOrNull(r.lease_until),
    result: strOrNull(r.result),
    error: strOrNull(r.error),
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
  };
}

/**
 * The order in which due durable runs are claimed (the same SQL in both dialects). First the
 * runs taken over — claimed before, their lease ended (a dead node's): they were due before
 * anything claimed after them and were already under way, so a backlog of due runs cannot
 * hold a takeover back past the lease. Then the rest in the order they became due: a sleep
 * or a wait's timeout at its wake_at, a signalled wait or a checkpoint (state 'due') when it
 * was made due (updated_at) — not at the timeout its wake_at still holds.
 */
export const DURABLE_CLAIM_ORDER = `CASE WHEN state = 'leased' THEN 0 ELSE 1 END, CASE state WHEN 'leased' THEN lease_until WHEN 'due' THEN updated_at ELSE wake_at END`;

// ---------------------------------------------------------------------------------------
// Run records: one column list for every statement that writes them.

/** The columns of a run record, in the order of runParams(). */
export const RUN_COLUMNS = ["id", "work", "version", "trigger", "status", "attempt", "started_at", "finished_at", "error", "result_size", "logs", "job_id", "error_kind"] as const;

/** What a later record of the same run overwrites: its outcome. Work, version, trigger, start and job stay as first written. */
const RUN_OUTCOME = ["status", "attempt", "finished_at", "error", "result_size", "logs", "error_kind"] as const;

export function runParams(run: RunRecord): unknown[] {
  return [run.id, run.work, run.version, run.trigger, run.status, run.attempt, run.startedAt, run.finishedAt, run.error, run.resultSize, JSON.stringify(run.logs), run.jobId, run.errorKind ?? null];
}

/** The column types of RUN_COLUMNS, for dialects that must cast parameters outside a VALUES list. */
export const RUN_COLUMN_TYPES = RUN_COLUMNS.map((name) => tableOf("kw_runs").columns.find((col) => col.name === name)!.type);

const RUN_UPSERT = `ON CONFLICT (id) DO UPDATE SET ${RUN_OUTCOME.map((col) => `${col} = excluded.${col}`).join(", ")}`;

/** An upsert of run records whose rows come from `source` (a VALUES list or a SELECT), one spelling for both dialects. */
export function upsertRunsSql(source: string): string {
  return `INSERT INTO kw_runs (${RUN_COLUMNS.join(", ")}) ${source} ${RUN_UPSERT}`;
}

/**
 * Records of one batch merged per id as recordRun one after another would leave them: the
 * first record's identity with the last one's outcome, at the first one's place. (One
 * multi-row upsert may not touch a row twice.)
 */
export function mergeRuns(runs: readonly RunRecord[]): RunRecord[] {
  const byId = new Map<string, RunRecord>();
  for (const r of runs) {
    const first = byId.get(r.id);
    byId.set(
      r.id,
      first === undefined
        ? r
        : { ...first, status: r.status, attempt: r.attempt, finishedAt: r.finishedAt, error: r.error, resultSize: r.resultSize, logs: r.logs, errorKind: r.errorKind ?? null },
    );
  }
  return [...byId.values()];
}

/**
 * A WHERE clause built condition by condition: `add` binds a value and gets its parameter's
 * spelling (`mark(n)`, 1-based, in the dialect), `raw` adds SQL as it is.
 */
export function conditions(mark: (n: number) => string) {
  const conds: string[] = [];
  const params: unknown[] = [];
  return {
    conds,
    params,
    add(sql: (...m: string[]) => string, ...values: unknown[]): void {
      const marks = values.map((v) => (params.push(v), mark(params.length)));
      conds.push(sql(...marks));
    },
    get where(): string {
      return conds.length ? `WHERE ${conds.join(" AND ")}` : "";
    },
  };
}

/**
 * The WHERE clause and parameters of listRuns: only the conditions given (so each can use
 * its index). `mark(n)` spells the n-th parameter (1-based) in the dialect.
 */
export function runFilterSql(f: RunFilter, mark: (n: number) => string): { where: string; params: unknown[] } {
  const c = conditions(mark);
  const add = c.add;
  if (f.work != null) add((m) => `work = ${m}`, f.work);
  if (f.status != null) {
    add((m) => `status = ${m}`, f.status);
    // Implied by the status, spelled out so the partial index kw_runs_unusual is used with a bound parameter.
    if (f.status !== "succeeded") c.conds.push(UNUSUAL_RUNS);
  }
  if (f.trigger != null) add((m) => `trigger = ${m}`, f.trigger);
  if (f.since != null) add((m) => `started_at >= ${m}`, f.since);
  if (f.until != null) add((m) => `started_at < ${m}`, f.until);
  if (f.errorKind != null) add((m) => `error_kind = ${m}`, f.errorKind);
  // LOWER() on both sides: SQLite's LIKE ignores ASCII case and PostgreSQL's does not.
  if (f.errorText) add((m) => `LOWER(error) LIKE ${m} ESCAPE '\\'`, `%${f.errorText.toLowerCase().replace(/[\\%_]/g, (c) => "\\" + c)}%`);
  // A row-value comparison: the same order as ORDER BY started_at DESC, id DESC.
  if (f.before != null) add((t, id) => `(started_at, id) < (${t}, ${id})`, f.before.startedAt, f.before.id);
  return { where: c.where, params: c.params };
}

// ---------------------------------------------------------------------------------------
// Nodes (engines sharing the store).

/** The parameters of a node's row, in the order of NODE_COLUMNS. */
export const NODE_COLUMNS = ["id", "host", "pid", "version", "started_at", "heartbeat_at", "lease_ms", "info"] as const;

export function nodeParams(n: NodeInfo, heartbeatAt: number): unknown[] {
  return [n.id, n.host, n.pid, n.version, n.startedAt, heartbeatAt, n.leaseMs, n.info === null ? null : JSON.stringify(n.info)];
}

/** A node's upsert (its heartbeat): the identity stays as first written, the rest is refreshed. */
export function upsertNodeSql(marks: string): string {
  return `INSERT INTO kw_nodes (${NODE_COLUMNS.join(", ")}) VALUES (${marks}) ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at, lease_ms = excluded.lease_ms, info = excluded.info`;
}

/**
 * The nodes seen since the first parameter, with the live leases (not expired at the
 * second) each holds: its owners are `<node id>:<claim token>`. One spelling for both dialects.
 */
export function listNodesSql(since: string, now: string): string {
  const held = (table: string) =>
    `(SELECT COUNT(*) FROM ${table} l WHERE l.state = 'leased' AND l.lease_until >= ${now} AND substr(l.lease_owner, 1, length(n.id) + 1) = n.id || ':')`;
  return `SELECT n.*, ${held("kw_jobs")} AS jobs, ${held("kw_durable")} AS runs FROM kw_nodes n WHERE n.heartbeat_at >= ${since} ORDER BY n.started_at, n.id`;
}

export function toNode(r: Row): NodeRecord {
  return {
    id: r.id as string,
    host: r.host as string,
    pid: num(r.pid),
    version: r.version as string,
    startedAt: num(r.started_at),
    heartbeatAt: num(r.heartbeat_at),
    leaseMs: num(r.lease_ms),
    info: r.info === null || r.info === undefined ? null : JSON.parse(r.info as string),
    jobs: num(r.jobs),
    runs: num(r.runs),
  };
}
