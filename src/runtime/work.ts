// The `work` context and the response helpers, as globals every script sees.
//
// `work()` returns the run's context object `w`: its infrastructure methods record the
// blueprint (route, retry, version, timeout, cron, queue…) and return `w` for chaining;
// its properties carry the trigger's input. Response helpers (json, text, html,
// redirect, fail) set the run's response. Capabilities that need an engine (db, queue,
// sleep, wait, signal, http) come from the run context; without one they raise a clear
// error instead of doing anything.

import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import { parseDuration } from "../stdlib/time-core.js";
import { fromHost, toHost } from "../stdlib/convert.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { Realm } from "../vm/realm.js";
import { getProp, toStr, typeError } from "../vm/semantics.js";
import { Accessor, KHandle, KObject } from "../vm/values.js";
import { installHttpMethods } from "./outbound.js";
import { defineMethods, type Row, type VM } from "../stdlib/define.js";

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
  payload?: unknown;
}

export interface ResponseRecord {
  kind: "json" | "text" | "html" | "redirect";
  body: unknown;
  status: number;
  headers: Record<string, string>;
}

/** Raised by fail(status, message): ends the run with that status; never retried when 4xx. */
export class FailSignal {
  constructor(
    readonly status: number,
    readonly message: string,
  ) {}
}

/**
 * Ends a discovery run: thrown when the script reaches anything that is not
 * infrastructure (a capability call, or reading the trigger's input). Scripts cannot
 * catch it.
 */
export class DiscoveryStop {
  constructor(readonly reason: string) {}
}

/** Marks a promise that parks the run durably (checkpoint) instead of awaiting in memory. */
export const PARK = Symbol("park");

export type Park = { kind: "sleep"; wakeAt: number } | { kind: "wait"; event: string; wakeAt: number | null } | { kind: "checkpoint" };

export function parkOf(p: Promise<unknown> | null): Park | null {
  return (p as unknown as { [PARK]?: Park } | null)?.[PARK] ?? null;
}

function park(info: Park): Promise<never> {
  return Object.assign(new Promise<never>(() => {}), { [PARK]: info });
}

export interface DurableService {
  /** Sleeps shorter than this stay in memory (default 5 s). */
  thresholdMs: number;
  /** Wakes the runs waiting on `event`; resolves with how many woke. */
  signal(event: string, data: unknown, keepMs: number | null): Promise<number>;
}

export interface QueueService {
  /** Enqueues a job; resolves with its id (an existing pending job's id when `key` dedupes). */
  push(queue: string, payload: unknown, opts: { delayMs: number; key: string | null }): Promise<string>;
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
  /** Record infrastructure calls (discovery and `kitwork run`); request runs skip it. */
  recordDeclarations?: boolean;
  response: ResponseRecord | null;
  status: number | null;
  headers: Record<string, string>;
  /** Capabilities provided by the engine (db, queue, sleep…); absent ones raise a clear error. */
  capabilities: Record<string, (vm: Interpreter, args: unknown[]) => unknown>;
  /** Database connections and this run's open transactions (when db() is configured). */
  db?: import("../db/query.js").DbContext;
  /** The queue service (when the engine has a store): queue(name).push(…). */
  queues?: QueueService;
  /** Durable runs (when the engine has a store): long sleeps, wait, signal, checkpoint. */
  durable?: DurableService;
  /** The engine's record of the work being run (opaque to the runtime). */
  work?: unknown;
  /** Effectful calls so far: run id + this counter is each effect's idempotency key. */
  effects: number;
  /** Where this run happens, for "not available in this context" messages. */
  where: string;
  now?: () => number;
  log?: (level: string, args: unknown[]) => void;
}

export function newRunContext(init: Partial<RunContext> & { trigger: Trigger }): RunContext {
  return {
    input: {},
    runId: randomUUID(),
    attempt: 1,
    declarations: [],
    effects: 0,
    response: null,
    status: null,
    headers: {},
    capabilities: {},
    where: init.trigger === "run" ? "kitwork run" : init.trigger,
    ...init,
  };
}

function ctxOf(vm: VM): RunContext {
  const ctx = vm.context as RunContext | undefined;
  if (!ctx || !Array.isArray(ctx.declarations)) return typeError("work() is only available inside a work run");
  return ctx;
}

const INFRA = ["router", "get", "post", "put", "patch", "delete", "retry", "version", "timeout", "cron", "every", "daily", "queue", "concurrency", "rateLimit"];

function record(method: string): Row {
  return [method, (vm, thisv, args) => {
    const ctx = ctxOf(vm);
    if (ctx.recordDeclarations) {
      const pos = vm.trace()[0];
      ctx.declarations.push({ method, args: args.map((a) => toHost(a)), line: pos?.line ?? 0, column: pos?.column ?? 0 });
    }
    return thisv;
  }, 2];
}

function statusArg(vm: VM, v: unknown, dflt: number): number {
  if (v === undefined) return dflt;
  const n = typeof v === "number" ? v : Number(toStr(vm, v));
  if (!Number.isInteger(n) || n < 100 || n > 599) return vm.throwRange(`invalid HTTP status ${String(v)}`);
  return n;
}

function respond(kind: ResponseRecord["kind"]): (vm: VM, t: unknown, args: unknown[]) => unknown {
  return (vm, _t, args) => {
    const ctx = ctxOf(vm);
    const body = kind === "json" ? args[0] : kind === "redirect" ? toStr(vm, args[0]) : toStr(vm, args[0] ?? "");
    const status = statusArg(vm, args[1], kind === "redirect" ? 302 : ctx.status ?? 200);
    ctx.response = { kind, body, status, headers: { ...ctx.headers } };
    if (kind === "redirect") ctx.response.headers.location = body as string;
    return args[0];
  };
}

function capability(name: string): (vm: VM, t: unknown, args: unknown[]) => unknown {
  return (vm, _t, args) => {
    const ctx = vm.context as RunContext | undefined;
    const cap = ctx?.capabilities?.[name];
    if (!cap) return vm.throwError("Error", `${name}() is not available in this context (${ctx?.where ?? "no engine"})`);
    return cap(vm, args);
  };
}

/** Headers the engine writes itself (framing and the run id). */
const ENGINE_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "x-kitwork-run"]);

const INPUT_KEYS = ["method", "path", "params", "query", "headers", "body", "payload", "run", "attempt", "trigger"];

export function installWorkGlobals(realm: Realm): void {
  const stopGetter = realm.native("Work.%input", "input", (_vm, _t) => {
    throw new DiscoveryStop("read the trigger input");
  }, 0);
  const WorkProto = new KObject(realm.ObjectProto);
  realm.register("Work.prototype", WorkProto);
  defineMethods(realm, WorkProto, "Work.prototype", [
    ...INFRA.map(record),
    ["status", (vm, thisv, args) => {
      ctxOf(vm).status = statusArg(vm, args[0], 200);
      return thisv;
    }, 1],
    ["header", (vm, thisv, args) => {
      const name = toStr(vm, args[0]).toLowerCase();
      const value = toStr(vm, args[1]);
      if (ENGINE_HEADERS.has(name)) return vm.throwType(`w.header(): ${name} is set by the engine`);
      try {
        http.validateHeaderName(name);
        http.validateHeaderValue(name, value);
      } catch (e) {
        return vm.throwType(`w.header(): ${(e as Error).message}`);
      }
      ctxOf(vm).headers[name] = value;
      return thisv;
    }, 2],
    ["checkpoint", capability("checkpoint"), 0],
  ]);
  for (const cap of ["db", "queue", "sleep", "wait", "signal", "http", "env"]) {
    // w.queue(name, {concurrency}) declares a consumer; the capability is the global queue(name).
    if (cap !== "queue") realm.define(WorkProto, cap, realm.native(`Work.prototype.${cap}`, cap, capability(cap) as never, 1));
    realm.globals[cap] = realm.native(cap, cap, capability(cap) as never, 1);
  }

  installHttpMethods(realm, capability);

  realm.globals.work = realm.native("work", "work", (vm0, _t, args) => {
    const vm = vm0 as VM;
    const ctx = ctxOf(vm);
    const opts = args[0];
    if (typeof opts === "string") ctx.name = opts;
    else if (opts instanceof KObject) {
      const name = getProp(vm, opts, "name");
      if (name !== undefined) ctx.name = toStr(vm, name);
    }
    if (ctx.recordDeclarations) {
      const pos = vm.trace()[0];
      ctx.declarations.push({ method: "work", args: args.map((a) => toHost(a)), line: pos?.line ?? 0, column: pos?.column ?? 0 });
    }
    const w = new KObject(WorkProto);
    if (ctx.discovering) {
      // Reading the trigger's input ends discovery: there is no input yet.
      for (const key of INPUT_KEYS) {
        w.props[key] = new Accessor(stopGetter, undefined);
      }
      w.hasAccessors = true;
      return w;
    }
    const input = ctx.input;
    const body = input.body;
    Object.assign(w.props, {
      method: input.method ?? (ctx.trigger === "http" ? "GET" : undefined),
      path: input.path,
      params: fromHost(vm.realm, input.params ?? {}),
      query: fromHost(vm.realm, input.query ?? {}),
      headers: fromHost(vm.realm, input.headers ?? {}),
      body: fromHost(vm.realm, body),
      payload: fromHost(vm.realm, input.payload ?? body),
      run: ctx.runId,
      attempt: ctx.attempt,
      trigger: ctx.trigger,
      name: ctx.name,
    });
    return w;
  }, 1);

  // queue(name) → a handle whose push(payload, {delay, key}) enqueues a job.
  const QueueProto = new KObject(realm.ObjectProto);
  realm.register("Queue.prototype", QueueProto);
  defineMethods(realm, QueueProto, "Queue.prototype", [
    ["push", (vm, thisv, args) => {
      if (!(thisv instanceof KHandle) || thisv.type !== "queue") return vm.throwType("push() must be called on queue(name)");
      const ctx = ctxOf(vm);
      if (!ctx.queues) return vm.throwError("Error", `queue() is not available in this context (${ctx.where})`);
      const opts = args[1] instanceof KObject ? (toHost(args[1]) as { delay?: unknown; key?: unknown }) : {};
      let delayMs = 0;
      if (opts.delay !== undefined) {
        try {
          delayMs = parseDuration(opts.delay as string | number);
        } catch (e) {
          return vm.throwRange(`push(): ${(e as Error).message}`);
        }
      }
      // Every push gets an idempotency key (run id + effect counter) unless the script gives one:
      // a run replayed from its last checkpoint after a crash pushes the same keys again.
      const effect = ++ctx.effects;
      const key = opts.key === undefined || opts.key === null ? `${ctx.runId}:${effect}` : String(opts.key);
      return ctx.queues.push((thisv.descriptor as { name: string }).name, toHost(args[0]), { delayMs, key });
    }, 2],
  ]);
  realm.globals.json = realm.native("json", "json", respond("json") as never, 2);
  realm.globals.text = realm.native("text", "text", respond("text") as never, 2);
  realm.globals.html = realm.native("html", "html", respond("html") as never, 2);
  realm.globals.redirect = realm.native("redirect", "redirect", respond("redirect") as never, 2);
  realm.globals.fail = realm.native("fail", "fail", (vm0, _t, args) => {
    const vm = vm0 as VM;
    const status = statusArg(vm, args[0], 500);
    throw new FailSignal(status, args[1] === undefined ? "" : toStr(vm, args[1]));
  }, 2);

  realm.globals.uuid = realm.native("uuid", "uuid", () => randomUUID(), 0);
  realm.globals.random = realm.native("random", "random", () => Math.random(), 0);
  realm.globals.hash = realm.native("hash", "hash", (vm0, _t, args) => {
    const vm = vm0 as VM;
    const alg = toStr(vm, args[0]).toLowerCase();
    if (!["sha256", "sha1", "sha512", "md5"].includes(alg)) return vm.throwRange(`unsupported hash algorithm "${alg}" (use sha256, sha512, sha1 or md5)`);
    return createHash(alg).update(toStr(vm, args[1])).digest("hex");
  }, 2);
}

/** The longest delay a host timer can hold (2^31 - 1 ms, about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

/** sleep(duration): in memory below the threshold (or without a store), else a durable checkpoint. */
export function sleepCapability(vm: Interpreter, args: unknown[]): unknown {
  const ctx = vm.context as RunContext;
  let ms: number;
  try {
    ms = parseDuration(args[0] as string | number);
  } catch (e) {
    return vm.throwRange(`sleep(): ${(e as Error).message}`);
  }
  const now = ctx.now ? ctx.now() : Date.now();
  if (!ctx.durable || ms < ctx.durable.thresholdMs) {
    if (ms > MAX_TIMER_MS) return vm.throwRange(`sleep(${JSON.stringify(args[0])}): longer than ${MAX_TIMER_MS / 86_400_000 | 0} days needs the engine's store (a durable sleep)`);
    return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
  }
  return park({ kind: "sleep", wakeAt: now + ms });
}

/** wait(event, {timeout}): a durable checkpoint until signal(event, data); null on timeout. */
export function waitCapability(vm: Interpreter, args: unknown[]): unknown {
  const ctx = vm.context as RunContext;
  if (!ctx.durable) return vm.throwError("Error", `wait() is not available in this context (${ctx.where}): it needs the engine's store`);
  const event = args[0];
  if (typeof event !== "string" || event === "") return vm.throwType("wait(): the event must be a non-empty string");
  const opts = args[1] instanceof KObject ? (toHost(args[1]) as { timeout?: unknown }) : {};
  let wakeAt: number | null = null;
  if (opts.timeout !== undefined && opts.timeout !== null) {
    try {
      wakeAt = (ctx.now ? ctx.now() : Date.now()) + parseDuration(opts.timeout as string | number);
    } catch (e) {
      return vm.throwRange(`wait(): ${(e as Error).message}`);
    }
  }
  return park({ kind: "wait", event, wakeAt });
}

/** signal(event, data, {keep}): wakes the runs waiting on event; returns how many. */
export function signalCapability(vm: Interpreter, args: unknown[]): unknown {
  const ctx = vm.context as RunContext;
  if (!ctx.durable) return vm.throwError("Error", `signal() is not available in this context (${ctx.where}): it needs the engine's store`);
  const event = args[0];
  if (typeof event !== "string" || event === "") return vm.throwType("signal(): the event must be a non-empty string");
  const opts = args[2] instanceof KObject ? (toHost(args[2]) as { keep?: unknown }) : {};
  let keepMs: number | null = null;
  if (opts.keep !== undefined && opts.keep !== null) {
    try {
      keepMs = parseDuration(opts.keep as string | number);
    } catch (e) {
      return vm.throwRange(`signal(): ${(e as Error).message}`);
    }
  }
  ctx.effects++;
  return ctx.durable.signal(event, toHost(args[1]) ?? null, keepMs);
}

/** w.checkpoint(): saves the run now; it continues right after, on any engine. */
export function checkpointCapability(vm: Interpreter): unknown {
  const ctx = vm.context as RunContext;
  if (!ctx.durable) return undefined; // nothing to save to: a no-op
  return park({ kind: "checkpoint" });
}

/** queue(name) for runs with a queue service. */
export function queueCapability(vm: Interpreter, args: unknown[]): unknown {
  const name = args[0];
  if (typeof name !== "string" || !/^[A-Za-z0-9_.:-]{1,100}$/.test(name)) return vm.throwType(`queue(): expected a queue name (letters, digits, _ . : -), got ${JSON.stringify(toHost(name))}`);
  return new KHandle(vm.realm.byPath.get("Queue.prototype")!, "queue", { name }, null);
}
