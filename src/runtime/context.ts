// What one run of a work sees of the host: the trigger and its input, the response it
// sets, its capabilities and services. The engine's dispatcher builds it for every run
// (and discovery for its own); the work globals and capabilities read and write it.

import { timeOrderedId } from "../ids.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { DbContext } from "../db/query.js";
import type { TraceContext } from "../tracing.js";

export type Trigger = "http" | "cron" | "queue" | "signal" | "run";

/** One infrastructure declaration, in call order, with where it was made. */
export interface Declaration {
  method: string;
  args: unknown[];
  line: number;
  column: number;
}

export interface TriggerInput {
  method?: string;
  path?: string;
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  body?: unknown;
  /** The request body's exact text (HTTP requests; kitwork run --body): what webhook signatures sign. */
  rawBody?: string;
  payload?: unknown;
}

export interface ResponseRecord {
  kind: "json" | "text" | "html" | "redirect";
  body: unknown;
  status: number;
  headers: Record<string, string>;
}

/** One log() line of a run. */
export interface LogLine {
  level: string;
  args: unknown[];
  at: number;
}

/** A capability handed to scripts (db, queue, sleep…): called with the run's interpreter. */
export type Capability = (vm: Interpreter, args: unknown[]) => unknown;

export interface DurableService {
  /** Sleeps shorter than this stay in memory (default 5 s). */
  thresholdMs: number;
  /** Wakes the runs waiting on `event`; resolves with how many woke. */
  signal(event: string, data: unknown, keepMs: number | null): Promise<number>;
}

/** What env() reads: the names scripts may read (declared in kitwork.json) and their values. */
export interface EnvService {
  /** Whether scripts may read `name`. */
  declares(name: string): boolean;
  /** The value of a declared name; undefined when it is unset. */
  get(name: string): string | undefined;
}

export interface QueueService {
  /** Enqueues a job; resolves with its id (an existing job's id when `key` dedupes; with `ttlMs`, for that long after the key's first push). */
  push(queue: string, payload: unknown, opts: { delayMs: number; key: string | null; ttlMs?: number | null; traceparent?: string | null }): Promise<string>;
}

/** The host side of one run: what the work context reads and writes. */
export interface RunContext {
  trigger: Trigger;
  input: TriggerInput;
  runId: string;
  attempt: number;
  /** Name given to work(), if any. */
  name?: string;
  declarations: Declaration[];
  /** Discovery run: infrastructure is recorded and the run stops at the first non-infrastructure operation. */
  discovering?: boolean;
  /** Record infrastructure calls (discovery); runs skip it. */
  recordDeclarations?: boolean;
  response: ResponseRecord | null;
  status: number | null;
  headers: Record<string, string>;
  /** Capabilities provided by the engine (db, queue, sleep…); absent ones raise a clear error. */
  capabilities: Record<string, Capability>;
  /** Database connections and this run's open transactions (when db() is configured). */
  db?: DbContext;
  /** The queue service (when the engine has a store): queue(name).push(…). */
  queues?: QueueService;
  /** Durable runs (when the engine has a store): long sleeps, wait, signal, checkpoint. */
  durable?: DurableService;
  /** The environment env() reads (when the engine passes one). */
  env?: EnvService;
  /**
   * Secret values this run holds (value → what it is: an env name, `header <name>`):
   * those it read through env() and its request's credential headers. The engine masks
   * them wherever it writes the run down; a parked run keeps them, sealed, beside its snapshot.
   */
  secrets?: Map<string, string>;
  /**
   * respond(value, status): answers the trigger now, while the run goes on. Set by the
   * dispatcher when something waits for the answer (an HTTP request, kitwork run); returns
   * null once sent, else why nothing was sent (the request was answered already).
   */
  answer?: (value: unknown, status: number) => string | null;
  /** respond() was called in this run (kept across checkpoints: a run answers once). */
  responded?: boolean;
  /** The engine's record of the work being run (opaque to the runtime). */
  work?: unknown;
  /** The run's span as a trace context, when tracing is on: db, http() and push spans are its children. */
  trace?: TraceContext;
  /** Effectful calls so far: run id + this counter is each effect's idempotency key. */
  effects: number;
  /** Where this run happens ("an HTTP request", "a queue job"…), for "not available in …" messages. */
  where: string;
  now?: () => number;
  log?: (level: string, args: unknown[]) => void;
}

/** Where a run of each trigger happens, as messages say it. */
export const WHERE: Record<Trigger, string> = { http: "an HTTP request", queue: "a queue job", cron: "a cron run", signal: "a signal", run: "kitwork run" };

/**
 * The one constructor of run contexts (the dispatcher's runs and discovery's). Every field
 * is written here, in one order, so all contexts share one layout (a spread of `init`
 * made a differently shaped object per caller, and each later assignment a new shape).
 */
export function newRunContext(init: Partial<RunContext> & { trigger: Trigger }): RunContext {
  return {
    trigger: init.trigger,
    input: init.input ?? {},
    // A default id only when none is given: the dispatcher passes the run's own (one id per run, not two).
    runId: init.runId ?? timeOrderedId(),
    attempt: init.attempt ?? 1,
    name: init.name,
    declarations: init.declarations ?? [],
    discovering: init.discovering,
    recordDeclarations: init.recordDeclarations,
    response: init.response ?? null,
    status: init.status ?? null,
    headers: init.headers ?? {},
    capabilities: init.capabilities ?? {},
    db: init.db,
    queues: init.queues,
    durable: init.durable,
    env: init.env,
    secrets: init.secrets,
    answer: init.answer,
    responded: init.responded,
    work: init.work,
    trace: init.trace,
    effects: init.effects ?? 0,
    where: init.where ?? WHERE[init.trigger] ?? init.trigger,
    now: init.now,
    log: init.log,
  };
}
