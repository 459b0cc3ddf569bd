// Operations on queues and runs, shared by the admin HTTP API and the CLI. Plain data
// in and out; they work on any store, with or without a running engine.

import { type DurableRecord, type JobState, type RunFilter, type RunStatus, type Store, StoreError, encodePayload } from "../store/store.js";

export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra response headers (a 429's Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const STATES = new Set(["pending", "leased", "done", "dead"]);
const RUN_STATUSES = new Set(["running", "suspended", "succeeded", "failed", "cancelled"]);
const TRIGGERS = new Set(["http", "cron", "queue", "signal", "run"]);

/** The most rows one listing returns. */
export const MAX_LIST = 1000;

/** A listing's size: an integer from 1 to MAX_LIST; anything else is a 400, never a silent clamp. */
export function checkLimit(limit: unknown): number {
  const n = typeof limit === "string" && /^\d{1,7}$/.test(limit.trim()) ? Number(limit) : limit;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > MAX_LIST) throw new AdminError(400, `limit must be an integer from 1 to ${MAX_LIST}, got ${typeof limit === "string" ? JSON.stringify(limit) : String(limit)}`);
  return n;
}

/** A job or signal payload the store will take (the limit queue().push has in a work); else a 400. */
export function checkPayload(body: unknown): unknown {
  try {
    encodePayload(body);
  } catch (e) {
    if (e instanceof StoreError) throw new AdminError(400, e.message);
    throw e;
  }
  return body ?? null;
}

/** Renders a suspended run's frames and locals (needs the runtime; the engine provides it). */
export type Inspector = (rec: DurableRecord) => Promise<unknown>;

export async function queueSummary(store: Store) {
  const rows = await store.queueCounts();
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) (out[r.queue] ??= { pending: 0, leased: 0, done: 0, dead: 0 })[r.state] = Number(r.count);
  return Object.entries(out).map(([queue, counts]) => ({ queue, ...counts }));
}

export async function listJobs(store: Store, queue: string | null, state: string | null, limit = 50) {
  if (state !== null && !STATES.has(state)) throw new AdminError(400, `unknown job state ${JSON.stringify(state)} (pending, leased, done, dead)`);
  return store.listJobs(queue, state as JobState | null, checkLimit(limit));
}

export async function redrive(store: Store, queue: string, jobId: string | null, now: number) {
  const n = await store.redrive(queue, jobId, now);
  if (jobId && n === 0) throw new AdminError(404, `no dead job ${jobId} in queue ${queue}`);
  return { redriven: n };
}

export async function purge(store: Store, queue: string) {
  return { purged: await store.purge(queue) };
}

export async function listRuns(store: Store, filter: { work?: string; status?: string; trigger?: string; limit?: number }) {
  if (filter.status !== undefined && !RUN_STATUSES.has(filter.status)) throw new AdminError(400, `unknown run status ${JSON.stringify(filter.status)} (${[...RUN_STATUSES].join(", ")})`);
  if (filter.trigger !== undefined && !TRIGGERS.has(filter.trigger)) throw new AdminError(400, `unknown trigger ${JSON.stringify(filter.trigger)} (${[...TRIGGERS].join(", ")})`);
  return store.listRuns({ ...filter, limit: checkLimit(filter.limit ?? 50) } as RunFilter);
}

export async function showRun(store: Store, id: string, inspect?: Inspector) {
  const run = await store.getRun(id);
  const d = await store.getDurable(id);
  if (!run && !d) throw new AdminError(404, `no run ${id}`);
  const job = run?.jobId ? await store.getJob(run.jobId) : null;
  let durable = null;
  if (d) {
    let frames: unknown = undefined;
    if (inspect && ["sleeping", "waiting", "due", "failed"].includes(d.state)) {
      try {
        frames = await inspect(d);
      } catch (e) {
        frames = { error: `cannot inspect: ${(e as Error).message}` };
      }
    }
    durable = {
      state: d.state,
      waitingFor: d.state === "waiting" ? d.event : null,
      until: d.wakeAt === null ? null : new Date(d.wakeAt).toISOString(),
      checkpoints: d.checkpoints,
      snapshotBytes: d.snapshot.length,
      error: d.error,
      frames,
    };
  }
  const result = d?.result ? JSON.parse(d.result) : undefined;
  return { ...(run ?? { id, work: d!.work, status: "suspended" }), job, durable, ...(result !== undefined ? { result } : {}) };
}

/** Retries a run that came from a job: a new job with the same payload on the same queue. */
export async function retryRun(store: Store, id: string, now: number) {
  // A durable run that failed resumes from its last checkpoint.
  const d = await store.getDurable(id);
  if (d) {
    if (!(await store.setDurableState(id, ["failed"], "due", now))) throw new AdminError(409, `run ${id} is ${d.state}; only a failed durable run can be retried`);
    return { resumed: id, from: "last checkpoint" };
  }
  const run = await store.getRun(id);
  if (!run) throw new AdminError(404, `no run ${id}`);
  if (!run.jobId) throw new AdminError(409, `run ${id} was triggered by ${run.trigger}; only queue and cron runs can be retried (their input is stored)`);
  const job = await store.getJob(run.jobId);
  if (!job) throw new AdminError(410, `the job of run ${id} has been pruned`);
  const pushed = await store.pushJob(job.queue, job.payload, { runAt: now });
  return { job: pushed.id, queue: job.queue };
}

/** Cancels a run: a pending retry of its job is dropped; the run is marked cancelled. */
export async function cancelRun(store: Store, id: string, now: number) {
  const d = await store.getDurable(id);
  if (d) {
    if (!(await store.setDurableState(id, ["sleeping", "waiting", "due", "failed"], "cancelled", now))) throw new AdminError(409, `run ${id} is ${d.state} and cannot be cancelled`);
    await store.setRunStatus(id, "cancelled" as RunStatus);
    return { cancelled: true, jobDropped: false };
  }
  const run = await store.getRun(id);
  if (!run) throw new AdminError(404, `no run ${id}`);
  if (run.status === "succeeded") throw new AdminError(409, `run ${id} already succeeded`);
  await store.setRunStatus(id, "cancelled" as RunStatus);
  const jobDropped = run.jobId ? await store.cancelJob(run.jobId, now) : false;
  return { cancelled: true, jobDropped };
}

/**
 * The engines sharing the store (`kitwork nodes`, GET /_kitwork/nodes), oldest first:
 * "live" while its last heartbeat is within its lease, "gone" after (killed, or cut off
 * from the store: what it held is taken over once its leases end). A node that stopped
 * is not listed; a gone one for an hour.
 */
export async function listNodes(store: Store) {
  const [nodes, now] = await Promise.all([store.listNodes(), store.now()]);
  return nodes.map((n) => ({ ...n, state: now - n.heartbeatAt <= n.leaseMs ? ("live" as const) : ("gone" as const), seenAgoMs: Math.max(0, now - n.heartbeatAt) }));
}
