// Executing a work for one trigger: attempts with the work's retry policy and timeout,
// and the mapping of the run's outcome to a response record (plain data; the HTTP
// adapter writes it).

import { randomUUID } from "node:crypto";
import { type Outcome, Runtime, attachFrame } from "../runtime/runtime.js";
import {
  type DurableService, FailSignal, type QueueService, type ResponseRecord, type RunContext, type Trigger, type TriggerInput, checkpointCapability, newRunContext, queueCapability,
  signalCapability, sleepCapability, waitCapability,
} from "../runtime/work.js";
import { toHost } from "../stdlib/convert.js";
import { LimitError, ScriptError } from "../vm/errors.js";
import type { RetryPolicy } from "./blueprint.js";
import type { WorkVersion } from "./works.js";
import type { Connections } from "../db/connections.js";
import { closeRunTransactions } from "../db/query.js";
import { httpCapability, httpGetCapability, httpPostCapability } from "../runtime/outbound.js";
import { CheckpointInTransaction, PARKED, type ParkSink, SnapshotTooLarge, drive } from "./durable.js";

export interface ExecResult {
  status: number;
  headers: Record<string, string>;
  body: string;
  runId: string;
  attempts: number;
  /** Set when the run failed (for logs and run records). */
  error?: string;
  /** The failure may succeed on another attempt (errors, timeouts — not fail()). */
  retryable?: boolean;
  /** The run was checkpointed and continues later (HTTP answers 202 unless it finishes in time). */
  parked?: boolean;
  /** Log lines of the (last) attempt. */
  logs: Array<{ level: string; args: unknown[]; at: number }>;
}

/** How one call of execute() runs: a fresh run with in-process retries (HTTP), or one attempt of a stored job. */
export interface CallOptions {
  runId?: string;
  /** Run only this attempt (queue, cron: retries go through the store). */
  attempt?: number;
}

export interface ExecOptions {
  /** dev mode: error responses carry the code frame and script stack. */
  dev?: boolean;
  /** Default attempt timeout when the work declares none. */
  defaultTimeoutMs?: number;
  log?: (level: string, args: unknown[], ctx: RunContext) => void;
  /** Injected clock (tests). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Capabilities handed to runs (db, queue…); missing ones answer 501 "not configured yet". */
  capabilities?: RunContext["capabilities"];
  /** Database connections; when set, db() works. */
  connections?: Connections;
  /** The queue service; when set, queue(name).push() works. */
  queues?: QueueService;
  /** Durable runs (long sleeps, wait, signal, checkpoint); when set, runs can park. */
  durable?: { service: DurableService; sink: ParkSink };
}

/** Until a capability is configured, calling it ends the run with 501 and says so. */
function notConfigured(name: string) {
  return () => {
    throw new FailSignal(501, `${name}() is not configured yet`);
  };
}

const PENDING_CAPABILITIES = ["db", "queue", "sleep", "wait", "signal", "env", "checkpoint"];

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Delay before attempt `n + 1` (n ≥ 1 failed attempts so far). */
export function retryDelay(p: RetryPolicy, n: number, random = Math.random): number {
  let d = p.backoff === "exponential" ? p.delayMs * 2 ** (n - 1) : p.delayMs;
  d = Math.min(d, p.maxMs);
  if (p.jitter > 0) d = d * (1 - p.jitter * random());
  return Math.round(d);
}

class AttemptTimeout {
  constructor(readonly ms: number) {}
}

function json(status: number, value: unknown, runId: string, headers: Record<string, string> = {}): ExecResult {
  return { status, headers: { "content-type": "application/json; charset=utf-8", ...headers }, body: JSON.stringify(value), runId, attempts: 1, logs: [] };
}

const JSON_HEADERS: Record<string, string> = Object.freeze({ "content-type": "application/json; charset=utf-8" }) as Record<string, string>;
const TEXT_HEADERS: Record<string, string> = Object.freeze({ "content-type": "text/plain; charset=utf-8" }) as Record<string, string>;

/** Maps a successful run to a response: explicit json()/text()/html()/redirect(), else the returned value. */
export function successResponse(ctx: RunContext, value: unknown): ExecResult {
  const res: ResponseRecord | null = ctx.response;
  const headers = { ...ctx.headers };
  const runId = ctx.runId;
  if (res) {
    const h = { ...headers, ...res.headers };
    switch (res.kind) {
      case "json":
        return { status: res.status, headers: { "content-type": "application/json; charset=utf-8", ...h }, body: JSON.stringify(toHost(res.body)) ?? "null", runId, attempts: 1, logs: [] };
      case "text":
        return { status: res.status, headers: { "content-type": "text/plain; charset=utf-8", ...h }, body: String(res.body), runId, attempts: 1, logs: [] };
      case "html":
        return { status: res.status, headers: { "content-type": "text/html; charset=utf-8", ...h }, body: String(res.body), runId, attempts: 1, logs: [] };
      case "redirect":
        return { status: res.status, headers: { ...h, location: String(res.body) }, body: "", runId, attempts: 1, logs: [] };
    }
  }
  const status = ctx.status ?? 200;
  if (value === undefined) return { status: ctx.status ?? 204, headers, body: "", runId, attempts: 1, logs: [] };
  // The common case — a value returned, no headers set — shares one headers object.
  if (Object.keys(headers).length === 0) {
    if (typeof value === "string") return { status, headers: TEXT_HEADERS, body: value, runId, attempts: 1, logs: [] };
    return { status, headers: JSON_HEADERS, body: JSON.stringify(toHost(value)) ?? "null", runId, attempts: 1, logs: [] };
  }
  if (typeof value === "string") return { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers }, body: value, runId, attempts: 1, logs: [] };
  return { status, headers: { "content-type": "application/json; charset=utf-8", ...headers }, body: JSON.stringify(toHost(value)) ?? "null", runId, attempts: 1, logs: [] };
}

function errorBody(err: ScriptError | LimitError, runId: string, dev: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = { error: err.message, run: runId };
  if (dev) {
    if (err instanceof ScriptError && err.frame) body.frame = err.frame;
    body.stack = err.trace.map((t) => `${t.fn || "<anonymous>"} (${t.file}:${t.line}:${t.column + 1})`);
  }
  return body;
}

/** The capabilities a run gets, built once per engine configuration (not per request). */
const capabilityCache = new WeakMap<ExecOptions, { key: unknown[]; caps: RunContext["capabilities"] }>();

export function capabilitiesFor(runtime: Runtime, options: ExecOptions): RunContext["capabilities"] {
  const key = [runtime, options.capabilities, options.connections, options.queues, options.durable];
  const hit = capabilityCache.get(options);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.caps;
  const caps: RunContext["capabilities"] = Object.fromEntries(PENDING_CAPABILITIES.map((n) => [n, notConfigured(n)]));
  Object.assign(caps, { http: httpCapability, "http.get": httpGetCapability, "http.post": httpPostCapability });
  Object.assign(caps, options.capabilities);
  if (options.connections) caps.db = runtime.db;
  if (options.queues) caps.queue = queueCapability;
  if (options.durable) Object.assign(caps, { sleep: sleepCapability, wait: waitCapability, signal: signalCapability, checkpoint: checkpointCapability });
  else caps.sleep = sleepCapability; // in memory only
  Object.freeze(caps);
  capabilityCache.set(options, { key, caps });
  return caps;
}

/** The outcome of one attempt: a response, or a failure that another attempt may fix. */
interface AttemptResult {
  res: ExecResult;
  /** true: failed in a way a retry may fix (errors, timeouts). */
  retry: boolean;
}

function failure(err: unknown, work: WorkVersion, runId: string, timeoutMs: number, dev: boolean): AttemptResult {
  if (err instanceof FailSignal) {
    const res = json(err.status, { error: err.message, run: runId }, runId);
    res.error = `fail(${err.status}): ${err.message}`;
    return { res, retry: false };
  }
  let res: ExecResult;
  if (err instanceof AttemptTimeout || (err instanceof LimitError && err.limit === "timeout")) {
    res = json(504, { error: `the work did not answer within ${timeoutMs} ms`, run: runId }, runId);
    res.error = `timeout after ${timeoutMs} ms`;
  } else if (err instanceof SnapshotTooLarge || err instanceof CheckpointInTransaction) {
    res = json(500, { error: err.message, run: runId }, runId);
    res.error = err.message;
  } else if (err instanceof ScriptError || err instanceof LimitError) {
    if (err instanceof ScriptError) attachFrame(err, work.program);
    res = json(500, errorBody(err, runId, dev), runId);
    res.error = err.format();
  } else throw err;
  res.retryable = true;
  return { res, retry: true };
}

/**
 * One attempt. A run that ends without suspending is answered synchronously (no
 * timer, no promise); one that waits on I/O continues asynchronously under the
 * attempt timeout — which stops counting once the run is being checkpointed.
 */
function attempt(runtime: Runtime, work: WorkVersion, ctx: RunContext, logs: ExecResult["logs"], timeoutMs: number, options: ExecOptions): AttemptResult | Promise<AttemptResult> {
  const runId = ctx.runId;
  const done = (value: unknown): AttemptResult => {
    if (value === PARKED) {
      const res = json(202, { run: runId, status: "suspended" }, runId);
      res.parked = true;
      res.logs = logs;
      return { res, retry: false };
    }
    const res = successResponse(ctx, value);
    res.logs = logs;
    return { res, retry: false };
  };
  const fail = (err: unknown): AttemptResult => {
    const r = failure(err, work, runId, timeoutMs, options.dev === true);
    r.res.logs = logs;
    return r;
  };
  let first: Outcome;
  try {
    first = runtime.run(work.program, { context: ctx, limits: { timeoutMs } });
  } catch (err) {
    return fail(err);
  }
  if (first.status === "done") return done(first.value);
  // `cancelled`: the attempt timed out; the run must not continue in the background.
  const parking = { active: false, cancelled: false };
  const sink = options.durable?.sink;
  const guarded: ParkSink | null = sink
    ? {
        park: (run, c, p) => {
          parking.active = true;
          return sink.park(run, c, p);
        },
      }
    : null;
  return withTimeout(drive(first, ctx, guarded, () => parking.cancelled), timeoutMs, parking).then(done, fail);
}

/** Runs `work` for one trigger with retries and the attempt timeout; never throws for script failures. */
export function execute(runtime: Runtime, work: WorkVersion, trigger: Trigger, input: TriggerInput, options: ExecOptions = {}, call: CallOptions = {}): ExecResult | Promise<ExecResult> {
  const bp = work.blueprint;
  const runId = call.runId ?? randomUUID();
  const timeoutMs = bp.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const firstAttempt = call.attempt ?? 1;
  const maxAttempts = call.attempt !== undefined ? call.attempt : 1 + (bp.retry?.times ?? 0);
  const capabilities = capabilitiesFor(runtime, options);
  const where = trigger === "http" ? "an HTTP request" : trigger;

  const runAttempt = (n: number): AttemptResult | Promise<AttemptResult> => {
    const logs: ExecResult["logs"] = [];
    const ctx = newRunContext({
      trigger,
      input,
      runId,
      attempt: n,
      where,
      now: options.now,
      log: (level, args) => {
        if (logs.length < 1000) logs.push({ level, args, at: Date.now() });
        options.log?.(level, args, ctx);
      },
      capabilities,
    });
    if (options.connections) ctx.db = { connections: options.connections, tx: new Map() };
    if (options.queues) ctx.queues = options.queues;
    if (options.durable) ctx.durable = options.durable.service;
    ctx.work = work;
    const finish = (r: AttemptResult): AttemptResult | Promise<AttemptResult> => {
      r.res.attempts = n;
      // A run that ended inside db().transaction() (error, limit) leaves it to be rolled back.
      if (ctx.db && ctx.db.tx.size > 0) return closeRunTransactions(ctx.db).then(() => r);
      return r;
    };
    const r = attempt(runtime, work, ctx, logs, timeoutMs, options);
    return r instanceof Promise ? r.then(finish) : finish(r);
  };

  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const loop = async (n: number, pending: Promise<AttemptResult>): Promise<ExecResult> => {
    let r = await pending;
    while (r.retry && n < maxAttempts) {
      await sleep(retryDelay(bp.retry!, n));
      n++;
      r = await runAttempt(n);
    }
    return r.res;
  };
  // The first attempt, synchronously when the run does not suspend.
  const r = runAttempt(firstAttempt);
  if (r instanceof Promise) return loop(firstAttempt, r);
  if (!r.retry || firstAttempt >= maxAttempts) return r.res;
  return loop(firstAttempt, Promise.resolve(r));
}

/** Bounds a running attempt; once it is being checkpointed (`parking.active`) the bound no longer applies. */
function withTimeout<T>(p: Promise<T>, ms: number, parking: { active: boolean; cancelled: boolean }): Promise<T> {
  if (!(ms > 0) || ms === Infinity) return p;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      if (parking.active) return;
      parking.cancelled = true;
      reject(new AttemptTimeout(ms));
    }, ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
