// The capabilities the engine hands to runs (sleep, wait, signal, checkpoint, queue, env), and
// the one way a script reaches any capability: a native that looks the capability up in
// the run's context, so a missing one always raises the same Unavailable error.

import { parseDuration } from "../stdlib/time-core.js";
import { toHost } from "../stdlib/convert.js";
import type { Interpreter } from "../vm/interpreter.js";
import { KHandle, KObject } from "../vm/values.js";
import type { VM } from "../stdlib/define.js";
import type { RunContext } from "./context.js";
import type { OptionsOf } from "./options.js";
import { park } from "./park.js";
import { Unavailable } from "./stops.js";
import { SpanKind, inSpan, traceparentOf, tracing } from "../tracing.js";

/** The native behind a script-facing capability `name`: calls the run's capability, or raises Unavailable. */
export function capabilityCall(name: string): (vm: VM, t: unknown, args: unknown[]) => unknown {
  return (vm, _t, args) => {
    const ctx = vm.context as RunContext | undefined;
    const cap = ctx?.capabilities?.[name];
    if (!cap) throw new Unavailable(name, ctx?.where ?? "this context", "the engine gives this run no such capability");
    return cap(vm as Interpreter, args);
  };
}

/** A capability the engine cannot provide to a run, with what would make it available. */
export function unavailableCapability(name: string, why: string) {
  return (vm: Interpreter): never => {
    throw new Unavailable(name, (vm.context as RunContext | undefined)?.where ?? "this context", why);
  };
}

/** A duration argument of `fn()` in ms ("10s", 5000); a bad one is a RangeError naming fn. */
function durationArg(vm: VM, fn: string, v: unknown): number {
  try {
    return parseDuration(v as string | number);
  } catch (e) {
    return vm.throwRange(`${fn}(): ${(e as Error).message}`);
  }
}

/** The longest delay a host timer can hold (2^31 - 1 ms, about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

/** sleep(duration): in memory below the threshold (or without a store), else a durable checkpoint. */
export function sleepCapability(vm: Interpreter, args: unknown[]): unknown {
  const ctx = vm.context as RunContext;
  const ms = durationArg(vm, "sleep", args[0]);
  const now = ctx.now ? ctx.now() : Date.now();
  if (!ctx.durable || ms < ctx.durable.thresholdMs) {
    if (ms > MAX_TIMER_MS) return vm.throwRange(`sleep(${JSON.stringify(args[0])}): longer than ${MAX_TIMER_MS / 86_400_000 | 0} days needs the engine's store (a durable sleep)`);
    return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
  }
  return park({ kind: "sleep", wakeAt: now + ms });
}

const NEEDS_STORE = "it needs the engine's store (--store sqlite:path or postgres://…)";

/** wait(event, {timeout}): a durable checkpoint until signal(event, data); null on timeout. */
export function waitCapability(vm: Interpreter, args: unknown[]): unknown {
  const ctx = vm.context as RunContext;
  if (!ctx.durable) throw new Unavailable("wait", ctx.where, NEEDS_STORE);
  const event = args[0];
  if (typeof event !== "string" || event === "") return vm.throwType("wait(): the event must be a non-empty string");
  const opts = args[1] instanceof KObject ? (toHost(args[1]) as OptionsOf<"wait">) : {};
  const wakeAt = opts.timeout === undefined || opts.timeout === null ? null : (ctx.now ? ctx.now() : Date.now()) + durationArg(vm, "wait", opts.timeout);
  return park({ kind: "wait", event, wakeAt });
}

/** signal(event, data, {keep}): wakes the runs waiting on event; returns how many. */
export function signalCapability(vm: Interpreter, args: unknown[]): unknown {
  const ctx = vm.context as RunContext;
  if (!ctx.durable) throw new Unavailable("signal", ctx.where, NEEDS_STORE);
  const event = args[0];
  if (typeof event !== "string" || event === "") return vm.throwType("signal(): the event must be a non-empty string");
  const opts = args[2] instanceof KObject ? (toHost(args[2]) as OptionsOf<"signal">) : {};
  const keepMs = opts.keep === undefined || opts.keep === null ? null : durationArg(vm, "signal", opts.keep);
  ctx.effects++;
  return ctx.durable.signal(event, toHost(args[1]) ?? null, keepMs);
}

/** w.checkpoint(): saves the run now; it continues right after, on any engine. */
export function checkpointCapability(vm: Interpreter): unknown {
  const ctx = vm.context as RunContext;
  if (!ctx.durable) return undefined; // nothing to save to: a no-op
  return park({ kind: "checkpoint" });
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * env(name, fallback): a declared name's value (a string), or `fallback` (undefined when
 * none is given) when it is unset. An undeclared name is a TypeError saying how to
 * declare it. A value read joins the run's secrets, so the engine masks it wherever it
 * writes the run down.
 */
export function envCapability(vm: Interpreter, args: unknown[]): unknown {
  const ctx = vm.context as RunContext;
  const name = args[0];
  if (typeof name !== "string" || !ENV_NAME.test(name)) return vm.throwType(`env(): expected an environment variable name (letters, digits and _), got ${JSON.stringify(toHost(name)) ?? String(name)}`);
  const env = ctx.env;
  if (!env) throw new Unavailable("env", ctx.where, "this engine passes no environment to scripts");
  if (!env.declares(name)) {
    if (name.startsWith("KITWORK_")) return vm.throwType(`env("${name}"): names starting with KITWORK_ are the engine's own settings and never readable by scripts`);
    const prefix = /^[A-Za-z0-9]+_/.exec(name)?.[0];
    return vm.throwType(`env("${name}"): ${name} is not declared; scripts read only the names listed in kitwork.json "env" (add "${name}"${prefix ? `, or a prefix such as "${prefix}*"` : ""})`);
  }
  const value = env.get(name);
  if (value === undefined) return args[1];
  if (value !== "") (ctx.secrets ??= new Map()).set(value, name);
  return value;
}

/** queue(name) for runs with a queue service: a handle whose push() enqueues. */
export function queueCapability(vm: Interpreter, args: unknown[]): unknown {
  const name = args[0];
  if (typeof name !== "string" || !/^[A-Za-z0-9_.:-]{1,100}$/.test(name)) return vm.throwType(`queue(): expected a queue name (letters, digits, _ . : -), got ${JSON.stringify(toHost(name))}`);
  return new KHandle(vm.realm.byPath.get("Queue.prototype")!, "queue", { name }, null);
}

/** queue(name).push(payload, {delay, key, ttl}). */
export function queuePush(vm: VM, thisv: unknown, args: unknown[]): unknown {
  if (!(thisv instanceof KHandle) || thisv.type !== "queue") return vm.throwType("push() must be called on queue(name)");
  const ctx = vm.context as RunContext;
  if (!ctx.queues) throw new Unavailable("queue", ctx.where, NEEDS_STORE);
  const opts = args[1] instanceof KObject ? (toHost(args[1]) as OptionsOf<"queue.push">) : {};
  const delayMs = opts.delay === undefined ? 0 : durationArg(vm, "push", opts.delay);
  const given = opts.key !== undefined && opts.key !== null;
  let ttlMs: number | null = null;
  if (opts.ttl !== undefined && opts.ttl !== null) {
    // The window belongs to a key the script names: the per-run idempotency key below never repeats.
    if (!given) return vm.throwType(`push(): ttl ${JSON.stringify(opts.ttl)} needs a key (the ttl is how long a push with the same key is dropped)`);
    ttlMs = durationArg(vm, "push", opts.ttl);
    if (ttlMs <= 0) return vm.throwRange(`push(): ttl must be longer than 0, got ${JSON.stringify(opts.ttl)}`);
  }
  // Every push gets an idempotency key (run id + effect counter) unless the script gives one:
  // a run replayed from its last checkpoint after a crash pushes the same keys again.
  const effect = ++ctx.effects;
  const key = given ? String(opts.key) : `${ctx.runId}:${effect}`;
  const queue = (thisv.descriptor as { name: string }).name;
  const queues = ctx.queues;
  if (!tracing) return queues.push(queue, toHost(args[0]), { delayMs, key, ttlMs });
  // A producer span, child of the run's; the job keeps its traceparent, so the job's run is this span's child.
  const attrs = { "messaging.system": "kitwork", "messaging.operation.type": "send", "messaging.destination.name": queue };
  return inSpan(ctx.trace, `push ${queue}`, SpanKind.PRODUCER, attrs, (_span, tc) => queues.push(queue, toHost(args[0]), { delayMs, key, ttlMs, traceparent: traceparentOf(tc) }), (span, id) => span.setAttribute("messaging.message.id", id));
}
