// The dispatcher: the one path from a trigger to a finished run.
//
//   HTTP server ─┐
//   queue / cron ├─► Dispatcher.dispatch(work, trigger, input, call) ─► ExecResult
//   kitwork run  │      context + capabilities · timeout · retry plan · suspensions
//   test harness ┘      (awaited in memory, or parked in the store) · outcome → response
//   durable poll ──► Dispatcher.resume(record)      · run record with its logs
//
// Every run context of a run is built here (discovery builds its own with the same
// constructor), every run record is built here, and every failure is classified here by
// its class — never by its text — into an ErrorKind that decides its status, whether
// another attempt may fix it, and what the response says.

import type { Program } from "../bytecode/program.js";
import type { Connections } from "../db/connections.js";
import { DbContext, closeRunTransactions } from "../db/query.js";
import { timeOrderedId } from "../ids.js";
import { type Capability, type DurableService, type LogLine, type QueueService, type ResponseRecord, type RunContext, type Trigger, type TriggerInput, WHERE, newRunContext } from "../runtime/context.js";
import {
  checkpointCapability, envCapability, queueCapability, signalCapability, sleepCapability, unavailableCapability, waitCapability,
} from "../runtime/capabilities.js";
import { httpCapability, httpGetCapability, httpPostCapability } from "../runtime/outbound.js";
import { parkOf } from "../runtime/park.js";
import { type Outcome, type Runtime, attachFrame } from "../runtime/runtime.js";
import { FailSignal, Unavailable } from "../runtime/stops.js";
import { fromHost, toHost } from "../stdlib/convert.js";
import type { DurableRecord, ErrorKind, RunRecord } from "../store/store.js";
import { type Span, SpanKind, type TraceContext, failSpan, fromTraceparent, startSpan, traceparentOf, tracing, withSpan } from "../tracing.js";
import { LimitError, ScriptError } from "../vm/errors.js";
import type { Clock } from "./clock.js";
import { LeaseLost, type LeaseSignal } from "./cluster.js";
import { CheckpointInTransaction, type HostState, type ParkSink, type ResumeInput, SnapshotTooLarge } from "./durable.js";
import type { RunRecorder } from "./records.js";
import { maxAttempts, retryDelay } from "./retry.js";
import { CREDENTIAL_HEADERS, Masker, type ScriptEnv, addHeaderSecrets } from "./secrets.js";
import type { WorkVersion } from "./works.js";
import type { EngineObserver, LimitName } from "./observe.js";

export type { ErrorKind } from "../store/store.js";

/** A finished (or parked) run, as plain data: the HTTP adapter writes it, the others read it. */
export interface ExecResult {
  status: number;
  headers: Record<string, string>;
  body: string;
  runId: string;
  attempts: number;
  /** Set when the run failed: the message with its position and code frame (for logs and run records). */
  error?: string;
  errorKind?: ErrorKind;
  /** Which limit ended the run, when errorKind is "limit". */
  limit?: LimitName;
  /** The failure may succeed on another attempt (errors, timeouts, limits — not fail()). */
  retryable?: boolean;
  /** A job's next attempt time when it failed and its retry plan allows another (queue, cron). */
  retryAt?: number | null;
  /** The run was checkpointed and continues later (HTTP answers 202 unless it finishes in time). */
  parked?: boolean;
  /** Log lines of the run (every segment of a durable run, in order), its secrets masked. */
  logs: LogLine[];
  /** The response helper the run answered with (json(), text(), html(), redirect()), if any. */
  response?: ResponseRecord["kind"];
  /**
   * respond() answered the trigger before the run ended (CallOptions.onRespond got that
   * answer): this result is how the run ended, for its record and logs, not a response.
   */
  answered?: boolean;
}

/** The default attempt timeout when neither the work nor the engine sets one. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The timeout one attempt (or one durable segment) of `work` gets. */
export function timeoutOf(work: WorkVersion, defaultTimeoutMs: number = DEFAULT_TIMEOUT_MS): number {
  return work.blueprint.timeoutMs ?? defaultTimeoutMs;
}

/** What runs get from the engine; the engine fills in the store's services when it starts its jobs. */
export interface DispatchServices {
  runtime: Runtime;
  clock: Clock;
  /** dev mode: error responses carry the code frame and script stack. */
  dev?: boolean;
  /** Attempt timeout when the work declares none (default 30 s). */
  defaultTimeoutMs?: number;
  connections?: Connections;
  queues?: QueueService;
  durable?: { service: DurableService; sink: ParkSink };
  /** Extra or replacing capabilities (tests). */
  capabilities?: Record<string, Capability>;
  /** What env() reads (the project's declared names and their values); without it env() is unavailable. */
  env?: ScriptEnv;
  /** Request headers whose values are credentials, lower case (default CREDENTIAL_HEADERS). */
  maskHeaders?: readonly string[];
  /** Where run records go (none without a store). */
  records?: RunRecorder | null;
  /** Share of successful HTTP runs whose logs are kept in their record (default 0.01); failures and other triggers keep theirs. */
  httpSampleRate?: number;
  /** How long an HTTP request waits for its parked run to finish before answering 202 (default: what is left of the work's timeout). */
  awaitParkedMs?: number;
  /** Sleeps between in-process retry attempts (injected in tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Every log() line, as it happens (with its run). */
  log?: (level: string, args: unknown[], ctx: RunContext) => void;
  /** Told of every run that ends (metrics); unset, the run path reads no extra clock. */
  observer?: EngineObserver;
}

/** How one dispatch runs: a fresh run with in-process retries (HTTP, kitwork run), or one attempt of a stored job. */
export interface CallOptions {
  runId?: string;
  /** Run only this attempt (queue, cron: retries go through the store). */
  attempt?: number;
  /** The job this run serves (queue, cron). */
  jobId?: string;
  /**
   * Persists the run record together with the trigger's own state (a job completed or
   * failed with its record, in one transaction). `null` record: the run parked, and its
   * durable record speaks for it from now on. Without it, the record goes to the recorder.
   */
  settle?: (record: RunRecord | null, result: ExecResult) => Promise<unknown>;
  /**
   * Something waits for the answer (an HTTP request, kitwork run): respond() in the run
   * calls this at once with the response, and the run goes on. Called at most once per
   * dispatch, whatever the attempts: a retry after respond() does not answer again.
   */
  onRespond?: (answer: ExecResult) => void;
  /** The W3C traceparent this run continues (a queued job's push span); HTTP runs read theirs from the request's headers. */
  traceparent?: string | null;
  /** The lease of the job this attempt serves: when it is lost the attempt stops at its next suspension (error kind "lease"). */
  lease?: LeaseSignal;
}

const SPAN_KIND: Record<Trigger, SpanKind> = { http: SpanKind.SERVER, queue: SpanKind.CONSUMER, cron: SpanKind.INTERNAL, signal: SpanKind.INTERNAL, run: SpanKind.INTERNAL };

/**
 * The span of one run (tracing on): `run <work>`, child of the caller's span — the HTTP
 * request's traceparent, a job's push span, the segment that parked a durable run.
 */
function runSpan(work: WorkVersion, trigger: Trigger, runId: string, parent: TraceContext | undefined, resumed = false): { span: Span; trace: TraceContext } {
  const attrs: Record<string, string | number | boolean> = { "kitwork.work": work.name, "kitwork.version": work.hash, "kitwork.trigger": trigger, "kitwork.run.id": runId };
  if (work.blueprint.versionLabel) attrs["kitwork.version.label"] = work.blueprint.versionLabel;
  if (resumed) attrs["kitwork.resumed"] = true;
  const span = startSpan(`run ${work.name}`, SPAN_KIND[trigger] ?? SpanKind.INTERNAL, attrs, parent);
  return { span, trace: withSpan(span, parent) };
}

/** Ends a run's span with its outcome: attempt, outcome (succeeded, failed, parked), error kind, HTTP status. */
function endRunSpan(span: Span, trigger: Trigger, r: ExecResult): void {
  span.setAttribute("kitwork.attempt", r.attempts);
  span.setAttribute("kitwork.outcome", r.parked ? "parked" : r.error !== undefined ? "failed" : "succeeded");
  if (trigger === "http" && !r.answered) span.setAttribute("http.response.status_code", r.status);
  if (r.error === undefined) {
    span.end();
    return;
  }
  span.setAttribute("kitwork.error.kind", r.errorKind ?? "host");
  failSpan(span, r.error.split("\n", 1)[0], r.errorKind ?? "host");
}

class AttemptTimeout {
  constructor(readonly ms: number) {}
}

/** Drive() resolved with this: the run was checkpointed and left the process. */
export const PARKED = Symbol("parked");

const JSON_TYPE = "application/json; charset=utf-8";
const JSON_HEADERS: Record<string, string> = Object.freeze({ "content-type": JSON_TYPE }) as Record<string, string>;
const TEXT_HEADERS: Record<string, string> = Object.freeze({ "content-type": "text/plain; charset=utf-8" }) as Record<string, string>;
const MAX_LOG_LINES = 1000;

function jsonResult(status: number, value: unknown, runId: string): ExecResult {
  return { status, headers: { "content-type": JSON_TYPE }, body: JSON.stringify(value), runId, attempts: 1, logs: [] };
}

/** Maps a successful run to a response: explicit json()/text()/html()/redirect(), else the returned value. */
export function successResponse(ctx: Pick<RunContext, "response" | "headers" | "runId" | "status">, value: unknown): ExecResult {
  const res: ResponseRecord | null = ctx.response;
  const headers = ctx.headers;
  const runId = ctx.runId;
  if (res) {
    const h = { ...headers, ...res.headers };
    switch (res.kind) {
      case "json":
        return { response: "json", status: res.status, headers: { "content-type": JSON_TYPE, ...h }, body: JSON.stringify(toHost(res.body)) ?? "null", runId, attempts: 1, logs: [] };
      case "text":
        return { response: "text", status: res.status, headers: { "content-type": "text/plain; charset=utf-8", ...h }, body: String(res.body), runId, attempts: 1, logs: [] };
      case "html":
        return { response: "html", status: res.status, headers: { "content-type": "text/html; charset=utf-8", ...h }, body: String(res.body), runId, attempts: 1, logs: [] };
      case "redirect":
        return { response: "redirect", status: res.status, headers: { ...h, location: String(res.body) }, body: "", runId, attempts: 1, logs: [] };
    }
  }
  const status = ctx.status ?? 200;
  if (value === undefined) return { status: ctx.status ?? 204, headers: { ...headers }, body: "", runId, attempts: 1, logs: [] };
  // The common case — a value returned, no headers set — shares one headers object.
  let empty = true;
  for (const _ in headers) {
    empty = false;
    break;
  }
  if (empty) {
    if (typeof value === "string") return { status, headers: TEXT_HEADERS, body: value, runId, attempts: 1, logs: [] };
    return { status, headers: JSON_HEADERS, body: JSON.stringify(toHost(value)) ?? "null", runId, attempts: 1, logs: [] };
  }
  if (typeof value === "string") return { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers }, body: value, runId, attempts: 1, logs: [] };
  return { status, headers: { "content-type": JSON_TYPE, ...headers }, body: JSON.stringify(toHost(value)) ?? "null", runId, attempts: 1, logs: [] };
}

/**
 * A failure, classified by its class: its kind, the response it gives, and whether
 * another attempt may fix it. Anything unrecognised is a host bug: the response says
 * only that (and the run id), the record and the log keep the detail.
 */
export function failureResponse(err: unknown, program: Program, runId: string, timeoutMs: number, dev: boolean): ExecResult {
  let res: ExecResult;
  let kind: ErrorKind;
  let retryable = true;
  if (err instanceof Unavailable) {
    kind = "unavailable";
    retryable = false;
    res = jsonResult(err.status, { error: err.message, run: runId }, runId);
    res.error = err.message;
  } else if (err instanceof FailSignal) {
    kind = "fail";
    retryable = false;
    res = jsonResult(err.status, { error: err.message, run: runId }, runId);
    res.error = `fail(${err.status}): ${err.message}`;
  } else if (err instanceof AttemptTimeout || (err instanceof LimitError && err.limit === "timeout")) {
    kind = "timeout";
    res = jsonResult(504, { error: `the work did not answer within ${timeoutMs} ms`, run: runId }, runId);
    // The VM's own deadline knows where the run was: its message carries the position and frame.
    res.error = err instanceof LimitError ? (attachFrame(err, program), err.format()) : `timeout after ${timeoutMs} ms`;
  } else if (err instanceof LeaseLost) {
    // Another attempt holds the job or run now: this one is not retried, its outcome is not kept.
    kind = "lease";
    retryable = false;
    res = jsonResult(503, { error: err.message, run: runId }, runId);
    res.error = err.message;
  } else if (err instanceof SnapshotTooLarge) {
    kind = "limit";
    res = jsonResult(500, { error: err.message, run: runId }, runId);
    res.error = err.message;
    res.limit = "snapshot";
  } else if (err instanceof CheckpointInTransaction) {
    kind = "script";
    res = jsonResult(500, { error: err.message, run: runId }, runId);
    res.error = err.message;
  } else if (err instanceof ScriptError || err instanceof LimitError) {
    kind = err instanceof LimitError ? "limit" : "script";
    if (err instanceof ScriptError) attachFrame(err, program);
    const body: Record<string, unknown> = { error: err.message, run: runId };
    if (dev) {
      if (err instanceof ScriptError && err.frame) body.frame = err.frame;
      body.stack = err.trace.map((t) => `${t.fn || "<anonymous>"} (${t.file}:${t.line}:${t.column + 1})`);
    }
    res = jsonResult(500, body, runId);
    res.error = err.format();
    if (err instanceof LimitError) res.limit = err.limit;
  } else {
    kind = "host";
    res = jsonResult(500, { error: "internal error in the engine (the run's record has the detail)", run: runId }, runId);
    res.error = `internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
  }
  res.errorKind = kind;
  res.retryable = retryable;
  return res;
}

/** The one dispatcher of an engine. */
export class Dispatcher {
  /** HTTP requests waiting for their parked run to finish in this process. */
  private readonly waiters = new Map<string, (r: ExecResult) => void>();
  /** Runs that answered with respond() and go on in this process (Engine.idle waits for them). */
  answeredInFlight = 0;
  private capsKey: unknown[] = [];
  private caps: Record<string, Capability> = {};
  /** What a run's w.now() and timers read: the engine's clock (one function for every run). */
  private readonly now = () => this.clock.now();

  constructor(readonly services: DispatchServices) {}

  private get clock(): Clock {
    return this.services.clock;
  }

  timeoutOf(work: WorkVersion): number {
    return timeoutOf(work, this.services.defaultTimeoutMs);
  }

  /** The capabilities runs get: built once per engine configuration, not per run. */
  capabilities(): Record<string, Capability> {
    const s = this.services;
    // Checked per run without allocating: the table changes only when a service does.
    const k = this.capsKey;
    if (k.length && k[0] === s.runtime && k[1] === s.capabilities && k[2] === s.connections && k[3] === s.queues && k[4] === s.durable && k[5] === s.env) return this.caps;
    const key = [s.runtime, s.capabilities, s.connections, s.queues, s.durable, s.env];
    const needsStore = "it needs the engine's store (--store sqlite:path or postgres://…)";
    const caps: Record<string, Capability> = {
      http: httpCapability,
      "http.get": httpGetCapability,
      "http.post": httpPostCapability,
      sleep: sleepCapability, // in memory without a store
      db: s.connections ? s.runtime.db : unavailableCapability("db", "no database is configured"),
      queue: s.queues ? queueCapability : unavailableCapability("queue", needsStore),
      wait: s.durable ? waitCapability : unavailableCapability("wait", needsStore),
      signal: s.durable ? signalCapability : unavailableCapability("signal", needsStore),
      checkpoint: checkpointCapability, // without a store: nothing to save to, a no-op
      env: s.env ? envCapability : unavailableCapability("env", "this engine passes no environment to scripts"),
      ...s.capabilities,
    };
    this.capsKey = key;
    this.caps = Object.freeze(caps);
    return this.caps;
  }

  /** The one place a run's context is made: trigger, input, capabilities, services, log sink. */
  private context(work: WorkVersion, trigger: Trigger, input: TriggerInput, runId: string, attempt: number, logs: LogLine[]): RunContext {
    const s = this.services;
    const ctx = newRunContext({
      trigger,
      input,
      runId,
      attempt,
      where: WHERE[trigger],
      now: this.now,
      capabilities: this.capabilities(),
    });
    // The lines kept here are raw (a parked run's are sealed with its snapshot); records and the live sink get them masked.
    ctx.log = (level, args) => {
      if (logs.length < MAX_LOG_LINES) logs.push({ level, args, at: this.clock.now() });
      if (s.log) s.log(level, this.maskerOf(ctx).value(args) as unknown[], ctx);
    };
    if (s.connections) ctx.db = new DbContext(s.connections);
    if (s.queues) ctx.queues = s.queues;
    if (s.durable) ctx.durable = s.durable.service;
    if (s.env) ctx.env = s.env;
    ctx.secrets = addHeaderSecrets(undefined, input.headers, s.maskHeaders ?? CREDENTIAL_HEADERS);
    ctx.work = work;
    return ctx;
  }

  /**
   * What masks a run's secrets: the value of every declared environment name, and what
   * the run itself holds (env() reads, its request's credential headers).
   */
  maskerOf(run: { secrets?: Map<string, string> } | null): Masker {
    return (this.services.env?.masker ?? Masker.none).with(run?.secrets);
  }

  /** A run's log lines with its secrets masked (the same array when there is nothing to mask). */
  private maskedLogs(run: { secrets?: Map<string, string> } | null, logs: LogLine[]): LogLine[] {
    if (logs.length === 0) return logs;
    const m = this.maskerOf(run);
    return m.empty ? logs : logs.map((l) => ({ level: l.level, args: m.value(l.args) as unknown[], at: l.at }));
  }

  /**
   * The run record of a run, built here only (`run`: a run context, or a stored durable
   * run). Its logs and error come masked (maskedLogs(), failed()): a string is masked
   * once, so a label is never masked again.
   */
  private record(work: Pick<WorkVersion, "name" | "hash">, run: { runId: string; trigger: string; attempt: number }, res: ExecResult | null, status: RunRecord["status"], startedAt: number, jobId: string | null, logs: LogLine[]): RunRecord {
    return {
      id: run.runId,
      work: work.name,
      version: work.hash,
      trigger: run.trigger,
      status,
      attempt: run.attempt,
      startedAt,
      finishedAt: status === "suspended" ? null : this.clock.now(),
      error: res?.error ?? null,
      errorKind: res?.errorKind ?? null,
      resultSize: res ? res.body.length : null,
      logs,
      jobId,
    };
  }

  /**
   * Runs `work` for one trigger: attempts under its timeout and retry plan, suspensions
   * driven, the outcome mapped to a response, the run record written. Synchronous when
   * the run neither suspends nor retries (the request path pays no promise). Never
   * throws for anything a run does.
   */
  dispatch(work: WorkVersion, trigger: Trigger, input: TriggerInput, call: CallOptions = {}): ExecResult | Promise<ExecResult> {
    const started = this.clock.now();
    // The observer's duration: sub-millisecond, and read only when someone observes.
    const t0 = this.services.observer ? performance.now() : 0;
    const runId = call.runId ?? timeOrderedId();
    const timeoutMs = this.timeoutOf(work);
    const policy = work.blueprint.retry;
    const first = call.attempt ?? 1;
    // A stored job runs one attempt; its retries go back to the store.
    const last = call.attempt !== undefined ? call.attempt : maxAttempts(policy);

    // The attempt whose respond() answered the trigger (0: none yet); later attempts send nothing.
    let answeredBy = 0;
    // Traced: one span for the run, over all its in-process attempts.
    const traced = tracing ? runSpan(work, trigger, runId, trigger === "http" ? fromTraceparent(input.headers?.traceparent, input.headers?.tracestate) : fromTraceparent(call.traceparent)) : null;
    const onRespond = call.onRespond;

    const runAttempt = (n: number): ExecResult | Promise<ExecResult> => {
      const logs: LogLine[] = [];
      const ctx = this.context(work, trigger, input, runId, n, logs);
      if (traced) ctx.trace = traced.trace;
      if (onRespond) {
        ctx.answer = (value, status) => {
          if (answeredBy) return `attempt ${answeredBy} answered the request already`;
          answeredBy = n;
          const answer = successResponse({ response: null, status, headers: ctx.headers, runId }, value);
          answer.attempts = n;
          this.answeredInFlight++;
          try {
            onRespond(answer);
          } catch (e) {
            return `the answer could not be written: ${e instanceof Error ? e.message : String(e)}`;
          }
          return null;
        };
      }
      const finish = (r: ExecResult): ExecResult | Promise<ExecResult> => {
        r.attempts = n;
        r.logs = this.maskedLogs(ctx, logs);
        // A run that ended inside db().transaction() (error, limit) leaves it to be rolled back.
        if (ctx.db && ctx.db.inTransaction) return closeRunTransactions(ctx.db).then(() => r);
        return r;
      };
      let out: Outcome;
      try {
        out = this.services.runtime.run(work.program, { context: ctx, limits: { timeoutMs } });
      } catch (err) {
        return finish(this.failed(err, work, ctx, timeoutMs));
      }
      if (out.status === "done") return finish(successResponse(ctx, out.value));
      return this.drive(out, ctx, timeoutMs, call.jobId ?? null, started, logs, call.lease).then(
        (v) => finish(v === PARKED ? this.parkedResult(runId) : successResponse(ctx, v)),
        (err) => finish(this.failed(err, work, ctx, timeoutMs)),
      );
    };

    const settle = (r: ExecResult): ExecResult | Promise<ExecResult> => {
      if (!answeredBy) return this.settle(work, trigger, r, started, call, timeoutMs, t0);
      r.answered = true;
      const out = this.settle(work, trigger, r, started, call, timeoutMs, t0);
      if (!(out instanceof Promise)) {
        this.answeredInFlight--;
        return out;
      }
      return out.finally(() => this.answeredInFlight--);
    };
    const loop = async (n: number, pending: ExecResult | Promise<ExecResult>): Promise<ExecResult> => {
      let r = await pending;
      while (r.retryable && n < last) {
        await (this.services.sleep ?? defaultSleep)(retryDelay(policy!, n));
        n++;
        r = await runAttempt(n);
      }
      return settle(r);
    };
    const r = runAttempt(first);
    const out = r instanceof Promise || (r.retryable && first < last) ? loop(first, r) : settle(r);
    if (!traced) return out;
    if (!(out instanceof Promise)) {
      endRunSpan(traced.span, trigger, out);
      return out;
    }
    return out.then((done) => {
      endRunSpan(traced.span, trigger, done);
      return done;
    });
  }

  /** A failure's result, its secrets masked in the error (for the record and the log) and in the error response. */
  private failed(err: unknown, work: WorkVersion, ctx: RunContext, timeoutMs: number): ExecResult {
    const r = failureResponse(err, work.program, ctx.runId, timeoutMs, this.services.dev === true);
    const m = this.maskerOf(ctx);
    if (!m.empty) {
      if (r.error !== undefined) r.error = m.text(r.error);
      r.body = m.text(r.body);
    }
    return r;
  }

  private parkedResult(runId: string): ExecResult {
    const res = jsonResult(202, { run: runId, status: "suspended" }, runId);
    res.parked = true;
    return res;
  }

  /** After the last attempt: the job's retry time, the record, and (HTTP) the wait for a parked run. */
  private settle(work: WorkVersion, trigger: Trigger, r: ExecResult, started: number, call: CallOptions, timeoutMs: number, t0: number): ExecResult | Promise<ExecResult> {
    if (call.attempt !== undefined && r.error !== undefined) {
      const policy = work.blueprint.retry;
      r.retryAt = r.retryable && policy && call.attempt < maxAttempts(policy) ? this.clock.now() + retryDelay(policy, call.attempt) : null;
    }
    // A parked run's record was written with its checkpoint; the durable run owns it now.
    const record = r.parked ? null : this.finalRecord(work, trigger, r, started, call.jobId ?? null);
    if (record && this.services.observer) this.observeRun(record, performance.now() - t0, r.limit);
    if (call.settle) return call.settle(record, r).then(() => r);
    if (record) this.services.records?.write(record);
    if (r.parked && trigger === "http" && !r.answered) {
      // The request waits for the run up to its timeout; past that it answers 202 {run, status}.
      const left = this.services.awaitParkedMs ?? timeoutMs - (this.clock.now() - started);
      return this.awaitFinish(r.runId, left).then((done) => done ?? r);
    }
    return r;
  }

  /** Tells the observer a run ended; its failure is never the run's. */
  private observeRun(record: RunRecord, durationMs: number, limit: LimitName | undefined): void {
    try {
      this.services.observer?.onRun?.(record, durationMs, limit);
    } catch {
      // a broken observer does not fail runs
    }
  }

  private finalRecord(work: WorkVersion, trigger: Trigger, r: ExecResult, started: number, jobId: string | null): RunRecord {
    // Logs of successful HTTP runs are sampled; the record itself is always written.
    const keepLogs = r.error !== undefined || trigger !== "http" || Math.random() < (this.services.httpSampleRate ?? 0.01);
    return this.record(work, { runId: r.runId, trigger, attempt: r.attempts }, r, r.error !== undefined ? "failed" : "succeeded", started, jobId, keepLogs ? r.logs : []);
  }

  private awaitFinish(runId: string, ms: number): Promise<ExecResult | null> {
    if (!(ms > 0)) return Promise.resolve(null);
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.waiters.delete(runId);
        resolve(null);
      }, ms);
      t.unref?.();
      this.waiters.set(runId, (r) => {
        clearTimeout(t);
        this.waiters.delete(runId);
        resolve(r);
      });
    });
  }

  /**
   * Runs a suspended outcome to its end under the attempt's timeout: awaits in-memory
   * suspensions (I/O), parks durable ones in the store. Resolves with the guest value or
   * PARKED. The timeout stops counting once the run is being checkpointed; an attempt
   * that times out never runs again in the background.
   */
  private drive(first: Outcome, ctx: RunContext, timeoutMs: number, jobId: string | null, startedAt: number, logs: LogLine[], lease?: LeaseSignal): Promise<unknown> {
    const state = { parking: false, cancelled: false };
    const sink = this.services.durable?.sink ?? null;
    const work = ctx.work as WorkVersion;
    const driven = (async () => {
      let out = first;
      while (out.status === "suspended") {
        const run = out.run;
        const p = parkOf(run.pending);
        if (p) {
          if (!sink) {
            out = run.resumeThrow(new Error("this run cannot be checkpointed here: durable runs need the engine's store"));
            continue;
          }
          state.parking = true;
          // The response state so far (w.status, w.header, json()…) and the logs live on the
          // host side: saved beside the VM snapshot, restored with it.
          const host: HostState = { status: ctx.status, headers: ctx.headers, response: ctx.response ? { ...ctx.response, body: toHost(ctx.response.body) } : null, logs, secrets: ctx.secrets ? [...ctx.secrets] : undefined, responded: ctx.responded, trace: traceparentOf(ctx.trace) ?? undefined };
          await sink.park(run, ctx, p, host, this.record(work, ctx, null, "suspended", startedAt, jobId, this.maskedLogs(ctx, logs)));
          return PARKED;
        }
        out = await run.awaitAndResume(() => state.cancelled);
      }
      return out.value;
    })();
    const timed = timeoutMs > 0 && timeoutMs !== Infinity;
    if (!timed && !lease) return driven;
    driven.catch(() => {}); // settled by the race below, or dropped once the attempt timed out or lost its lease
    // The timer is wall time, and a starved process runs its expired timers before it reads
    // the replies that arrived meanwhile (Node runs timers before polling I/O): the verdict
    // waits for that poll, so a run whose answer is already here is not failed for the stall.
    return new Promise((resolve, reject) => {
      let verdict: NodeJS.Immediate | undefined;
      const timer = timed
        ? setTimeout(() => {
            verdict = setImmediate(() => {
              if (state.parking) return;
              state.cancelled = true;
              reject(new AttemptTimeout(timeoutMs));
            });
          }, timeoutMs)
        : undefined;
      const done = () => {
        clearTimeout(timer);
        clearImmediate(verdict);
      };
      // The lease was taken over: this attempt stops where it waits now (a checkpoint being
      // written is refused by the store anyway).
      lease?.onLost(() => {
        if (state.parking) return;
        state.cancelled = true;
        done();
        reject(jobId ? new LeaseLost("job", jobId) : new LeaseLost("run", ctx.runId));
      });
      driven.then(
        (v) => {
          done();
          resolve(v);
        },
        (e) => {
          done();
          reject(e);
        },
      );
    });
  }

  /**
   * Continues a durable run from its checkpoint (the durable poller claimed it): the same
   * context, capabilities, timeout and outcome mapping as a fresh run; the segment's logs
   * are appended to the run's earlier ones. Parks again, or finishes the run in the store.
   */
  async resume(input: ResumeInput, sink: ParkSink): Promise<void> {
    const { rec, work, program, host } = input;
    const logs: LogLine[] = host?.logs ? [...host.logs] : [];
    const ctx = this.context(work, rec.trigger as Trigger, {}, rec.runId, rec.attempt, logs);
    ctx.effects = rec.effects;
    if (host) {
      ctx.status = host.status;
      ctx.headers = host.headers ?? {};
      ctx.response = host.response;
      if (host.secrets?.length) ctx.secrets = new Map(host.secrets);
      ctx.responded = host.responded;
    }
    // A request still waiting in this process for its parked run (HTTP, within its timeout) gets respond()'s answer at once.
    if (rec.trigger === "http") {
      ctx.answer = (value, status) => {
        const waiter = this.waiters.get(rec.runId);
        if (!waiter) return "the request was answered when the run parked (202 {run, status})";
        waiter(successResponse({ response: null, status, headers: ctx.headers, runId: rec.runId }, value));
        return null;
      };
    }
    // Traced: the segment is a child of the one that parked it, in the run's trace (HostState.trace).
    const traced = tracing ? runSpan(work, rec.trigger as Trigger, rec.runId, fromTraceparent(host?.trace), true) : null;
    if (traced) ctx.trace = traced.trace;
    const timeoutMs = this.timeoutOf(work);
    let result: ExecResult;
    let value: unknown;
    try {
      const resumeWith = fromHost(this.services.runtime.realm, JSON.parse(rec.resumeValue ?? "null"));
      // Limits come from the engine and the work, never from the snapshot.
      const run = this.services.runtime.restore(input.doc, { programs: [program], context: ctx, limits: { timeoutMs } });
      value = await this.drive(run.resume(resumeWith), ctx, timeoutMs, null, rec.createdAt, logs, input.lease);
      if (value === PARKED) {
        if (traced) endRunSpan(traced.span, rec.trigger as Trigger, { ...this.parkedResult(rec.runId), attempts: rec.attempt });
        return;
      }
      result = successResponse(ctx, value);
    } catch (err) {
      result = this.failed(err, work, ctx, timeoutMs);
    } finally {
      if (ctx.db && ctx.db.inTransaction) await closeRunTransactions(ctx.db);
    }
    result.logs = this.maskedLogs(ctx, logs);
    const ok = result.error === undefined;
    // The stored output is masked (what the request was answered with is not: the script chose to send it).
    const kept = ok ? (this.maskerOf(ctx).text(JSON.stringify(toHost(ctx.response ? ctx.response.body : value))) ?? null) : null;
    const record = this.record(work, ctx, result, ok ? "succeeded" : "failed", rec.createdAt, null, result.logs);
    this.observeRun(record, record.finishedAt! - record.startedAt, result.limit);
    await sink.finish(rec, { state: ok ? "done" : "failed", result: kept, error: result.error ?? null }, record);
    if (traced) endRunSpan(traced.span, rec.trigger as Trigger, { ...result, attempts: rec.attempt, answered: true });
    this.waiters.get(rec.runId)?.(result);
  }

  /** Ends a durable run that could not be resumed at all (its version or snapshot is gone). */
  async resumeFailed(rec: DurableRecord, err: unknown, sink: ParkSink): Promise<void> {
    const message = this.maskerOf(null).text(err instanceof Error ? err.message : String(err));
    const result = jsonResult(500, { error: message, run: rec.runId }, rec.runId);
    result.error = message;
    result.errorKind = "host";
    const record = this.record({ name: rec.work, hash: rec.version }, rec, result, "failed", rec.createdAt, null, []);
    this.observeRun(record, record.finishedAt! - record.startedAt, undefined);
    await sink.finish(rec, { state: "failed", result: null, error: message }, record);
    this.waiters.get(rec.runId)?.(result);
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
