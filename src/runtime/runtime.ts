// The runtime: a realm plus a pool of interpreters, and the ways to run a program —
// synchronously, to completion with suspensions awaited, or step by step.

import { moduleGraph } from "../bytecode/module.js";
import type { Program } from "../bytecode/program.js";
import { compile } from "../compiler/index.js";
import { fromHost, toHost } from "../stdlib/convert.js";
import { buildRealm } from "../stdlib/install.js";
import { GuestThrow, LimitError, ScriptError } from "../vm/errors.js";
import { DEFAULT_LIMITS, Interpreter, type Limits, SUSPENDED } from "../vm/interpreter.js";
import { type Realm, freezeDeep } from "../vm/realm.js";
import { KNative, KObject } from "../vm/values.js";
import { codeFrame } from "../compiler/diagnostics.js";
import { installWorkGlobals } from "./work.js";
import { loadBuiltinCache, saveBuiltinCache } from "./builtins-cache.js";
import { installQueryBuilder } from "../db/query.js";
import { type HandleRestorer, type SnapshotDoc, restore, snapshot } from "../vm/snapshot.js";
import { setParkTest } from "../vm/promises.js";
import { parkOf } from "./park.js";

// A durable checkpoint's promise parks the run even in an async position (it never runs in parallel).
setParkTest((p) => parkOf(p) !== null);

/** A host function made available to scripts as a global. Arguments and results cross as plain data. */
export type HostFunction = (...args: unknown[]) => unknown;

export interface RuntimeOptions {
  /** Extra globals: host functions (may return Promises: the run suspends meanwhile) or plain data. */
  globals?: Record<string, unknown>;
  /** Limits every run of this runtime starts from (default DEFAULT_LIMITS); a run's own limits override them. */
  limits?: Partial<Limits>;
}

export interface RunOptions {
  limits?: Partial<Limits>;
  /** Called before any capability (I/O, response, clock…) runs; may throw to stop the run. */
  onCapability?: (fn: KNative) => void;
  /** Host context of the run (clock, log sink, capabilities). */
  context?: unknown;
}

export type Outcome = { status: "done"; value: unknown } | { status: "suspended"; run: Run };

/** Thrown by awaitAndResume() for a run whose attempt was abandoned. */
export class RunAbandoned extends Error {
  constructor() {
    super("the run was abandoned (its attempt timed out)");
  }
}

/** A run in progress: suspended on a host promise until resumed. */
export class Run {
  constructor(
    readonly runtime: Runtime,
    readonly vm: Interpreter,
  ) {}
  /** The host promise the run waits for. */
  get pending(): Promise<unknown> {
    return this.vm.pending!;
  }
  resume(value: unknown): Outcome {
    return this.runtime.settle(this, () => this.vm.resume(value));
  }
  /** Resumes by throwing at the suspension point: a host Error becomes a guest Error with its message. */
  resumeThrow(error: unknown): Outcome {
    return this.runtime.settle(this, () => this.vm.resumeThrow(hostErrorToGuest(this.vm, error)));
  }
  /**
   * Waits for the host promise the run is suspended on, then continues it with its value
   * or error — unless `stopped()` says the run was abandoned meanwhile (its attempt timed
   * out): then it throws RunAbandoned and the VM never runs again.
   */
  async awaitAndResume(stopped?: () => boolean): Promise<Outcome> {
    let value: unknown;
    let failed = false;
    try {
      value = await this.pending;
    } catch (err) {
      failed = true;
      value = err;
    }
    if (stopped?.()) {
      this.runtime.release(this.vm);
      throw new RunAbandoned();
    }
    this.vm.armDeadline();
    return failed ? this.resumeThrow(value) : this.resume(value);
  }

  /** The run's whole state as a JSON-safe document (see restore()). */
  snapshot(): SnapshotDoc {
    return snapshot(this.vm);
  }
}

export class Runtime {
  readonly realm: Realm;
  /** db(name?) for runs that have a database context (see src/db/query.ts). */
  readonly db!: (vm: Interpreter, args: unknown[]) => unknown;
  private readonly pool: Interpreter[] = [];
  /** What runs get for the limits they do not set. */
  private readonly baseLimits: Readonly<Limits>;

  constructor(options: RuntimeOptions = {}) {
    this.baseLimits = options.limits ? Object.freeze({ ...DEFAULT_LIMITS, ...options.limits }) : DEFAULT_LIMITS;
    // The prelude's programs from the install's cache, when it has them (runtime/builtins-cache.ts).
    loadBuiltinCache();
    this.realm = buildRealm((realm) => {
      installWorkGlobals(realm);
      (this as { db: Runtime["db"] }).db = installQueryBuilder(realm);
      markCapabilities(realm);
      for (const [name, value] of Object.entries(options.globals ?? {})) {
        // Data globals are shared by every run of a runtime: frozen, so no run can change them for the next.
        realm.globals[name] = typeof value === "function" ? hostNative(realm, name, value as HostFunction) : freezeDeep(fromHost(realm, value));
      }
    });
    saveBuiltinCache();
  }

  private readonly limitsByTimeout = new Map<number, Limits>();

  limitsFor(partial?: Partial<Limits>): Limits {
    if (!partial) return this.baseLimits;
    // The common case (only a timeout, as the engine passes) reuses one frozen object per value.
    const keys = Object.keys(partial);
    if (keys.length === 1 && keys[0] === "timeoutMs") {
      const t = partial.timeoutMs!;
      let l = this.limitsByTimeout.get(t);
      if (!l) {
        l = Object.freeze({ ...this.baseLimits, timeoutMs: t });
        if (this.limitsByTimeout.size < 64) this.limitsByTimeout.set(t, l);
      }
      return l;
    }
    return { ...this.baseLimits, ...partial };
  }

  private acquire(): Interpreter {
    return this.pool.pop() ?? new Interpreter(this.realm);
  }

  release(vm: Interpreter): void {
    vm.context = undefined;
    if (this.pool.length < 64) this.pool.push(vm);
  }

  /** Programs this runtime has run, by hash (restore finds them here). */
  readonly programs = new Map<string, Program>();

  /**
   * Rebuilds a suspended run from a snapshot; continue it with resume(value). The run
   * continues under `limits` (never the document's own): the budget and heap it had left
   * are clamped to them.
   */
  restore(doc: unknown, options: { programs?: Program[]; context?: unknown; restoreHandle?: HandleRestorer; limits?: Partial<Limits> } = {}): Run {
    // A work's program brings the modules it imports (their functions may be in the snapshot).
    const extra = new Map((options.programs ?? []).flatMap(moduleGraph).map((p) => [p.hash, p]));
    const vm = restore(this.realm, doc, {
      program: (hash) => extra.get(hash) ?? this.programs.get(hash),
      context: options.context,
      restoreHandle: options.restoreHandle,
      limits: this.limitsFor(options.limits),
    });
    return new Run(this, vm);
  }

  /** Starts a run; returns its outcome (done, or suspended with a Run to resume). */
  run(program: Program, options: RunOptions = {}): Outcome {
    if (!this.programs.has(program.hash)) for (const p of moduleGraph(program)) if (!this.programs.has(p.hash)) this.programs.set(p.hash, p);
    const vm = this.acquire();
    vm.start(program, this.limitsFor(options.limits), options.context);
    if (options.onCapability) vm.onCapability = options.onCapability;
    // The common case ends without suspending: no Run object, no closure.
    let r: unknown;
    try {
      r = vm.execute();
    } catch (err) {
      this.release(vm);
      throw withFrame(err);
    }
    if (r === SUSPENDED) return { status: "suspended", run: new Run(this, vm) };
    this.release(vm);
    return { status: "done", value: r };
  }

  /** @internal Maps one execution step to an outcome, returning the interpreter to the pool when the run ends. */
  settle(run: Run, step: () => unknown): Outcome {
    let r: unknown;
    try {
      r = step();
    } catch (err) {
      this.release(run.vm);
      throw withFrame(err);
    }
    if (r === SUSPENDED) return { status: "suspended", run };
    this.release(run.vm);
    return { status: "done", value: r };
  }

  /** Runs a program that must not suspend; returns the guest value. */
  runSync(program: Program, options?: RunOptions): unknown {
    const vm = this.acquire();
    vm.start(program, this.limitsFor(options?.limits), options?.context);
    let r: unknown;
    try {
      r = vm.execute();
    } catch (err) {
      this.release(vm);
      throw withFrame(err);
    }
    if (r === SUSPENDED) {
      vm.pending?.catch(() => {});
      throw new Error("the script suspended; use runToEnd() for scripts that wait on I/O");
    }
    this.release(vm);
    return r;
  }

  /** Runs to the end, awaiting every suspension; resolves with the guest value. */
  async runToEnd(program: Program, options: RunOptions = {}): Promise<unknown> {
    let out = this.run(program, options);
    while (out.status === "suspended") out = await out.run.awaitAndResume();
    return out.value;
  }
}

/** Globals that act on the world (I/O, responses, clock, logs): calling one ends discovery. */
export const CAPABILITY_GLOBALS = ["db", "queue", "sleep", "wait", "signal", "http", "env", "json", "text", "html", "redirect", "respond", "fail", "now", "uuid", "random", "hash", "log", "verifyWebhook"];

function markCapabilities(realm: Realm): void {
  for (const name of CAPABILITY_GLOBALS) {
    const fn = realm.globals[name];
    if (fn instanceof KNative) fn.capability = true;
  }
  for (const path of ["console.log", "console.info", "console.warn", "console.error", "console.debug", "Work.prototype.db", "Queue.prototype.push", "http.get", "http.post", "Work.prototype.sleep", "Work.prototype.wait", "Work.prototype.signal", "Work.prototype.http", "Work.prototype.env", "Work.prototype.checkpoint", "crypto.randomUUID", "crypto.randomBytes"]) {
    const fn = realm.byPath.get(path);
    if (fn instanceof KNative) fn.capability = true;
  }
}

/** Adds a code frame to script errors (the program's source is reachable from the trace's function). */
function withFrame(err: unknown): unknown {
  return err;
}

function hostErrorToGuest(vm: Interpreter, err: unknown): unknown {
  if (err instanceof GuestThrow) return err.value;
  if (err instanceof KObject || err === null || typeof err !== "object") return err;
  const message = err instanceof Error ? err.message : String(err);
  return vm.makeError("Error", message);
}

/** Wraps a host function as a native: plain data in, plain data out, promises suspend the run. */
export function hostNative(realm: Realm, name: string, fn: HostFunction) {
  return realm.native(`host.${name}`, name, (vm, _t, args) => {
    const hostArgs = args.map((a) => toHost(a));
    let r: unknown;
    try {
      r = fn(...hostArgs);
    } catch (err) {
      if (err instanceof LimitError || err instanceof ScriptError) throw err;
      return (vm as Interpreter).throwError("Error", err instanceof Error ? err.message : String(err));
    }
    if (r instanceof Promise) return r.then((v) => fromHost(realm, v));
    return fromHost(realm, r);
  }, fn.length);
}

/** Compiles and runs a source once; resolves with the result as plain host data. */
export async function evaluate(
  source: string,
  options: { filename?: string; globals?: Record<string, unknown>; limits?: Partial<Limits>; context?: unknown; runtime?: Runtime } = {},
): Promise<unknown> {
  const program = compile(source, { filename: options.filename });
  const runtime = options.runtime ?? (options.globals ? new Runtime({ globals: options.globals }) : sharedRuntime());
  try {
    const value = await runtime.runToEnd(program, { limits: options.limits, context: options.context });
    return toHost(value);
  } catch (err) {
    if (err instanceof ScriptError && !err.frame) attachFrame(err, program);
    throw err;
  }
}

export function attachFrame(err: ScriptError | LimitError, program: Program): void {
  const top = err.trace[0];
  // The error may come from a module the program imports: the frame is that file's.
  const file = top && (top.file === program.filename ? program : program.module ? moduleGraph(program).find((p) => p.filename === top.file) : undefined);
  if (top && file && top.line > 0 && err instanceof ScriptError) {
    err.frame = codeFrame(file.source, top.line, top.column);
  }
}

let shared: Runtime | null = null;
export function sharedRuntime(): Runtime {
  return (shared ??= new Runtime());
}

export { KObject };
