// The `work` context and the response helpers, as globals every script sees.
//
// `work()` returns the run's context object `w`: its infrastructure methods record the
// blueprint (route, retry, version, timeout, cron, queue…) and return `w` for chaining;
// its properties carry the trigger's input. Response helpers (json, text, html,
// redirect, fail) set the run's response. Capabilities that need an engine (db, queue,
// sleep, wait, signal, http) come from the run context (runtime/capabilities.ts).

import { createHash, randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { fromHost, toHost } from "../stdlib/convert.js";
import type { Realm } from "../vm/realm.js";
import { getProp, toStr, typeError } from "../vm/semantics.js";
import { Accessor, KObject } from "../vm/values.js";
import { installHttpMethods } from "./outbound.js";
import { defineMethods, type Row, type VM } from "../stdlib/define.js";
import type { ResponseRecord, RunContext } from "./context.js";
import { capabilityCall as capability, queuePush } from "./capabilities.js";
import { DiscoveryStop, FailSignal } from "./stops.js";
import { installCrypto } from "./crypto.js";
import { installVerifyWebhook } from "./webhooks.js";

// node:http for its header checks, on the first w.header(): a run outside a server (`kitwork run`) need not load it.
const require = createRequire(import.meta.url);
const http = () => require("node:http") as typeof import("node:http");

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

/** Headers the engine writes itself (framing and the run id). */
const ENGINE_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "x-kitwork-run"]);

const INPUT_KEYS = ["method", "path", "params", "query", "headers", "body", "rawBody", "payload", "run", "attempt", "trigger"];

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
        http().validateHeaderName(name);
        http().validateHeaderValue(name, value);
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
    // Written one by one (a temporary object and Object.assign cost every run more than this).
    const p = w.props;
    p.method = input.method ?? (ctx.trigger === "http" ? "GET" : undefined);
    p.path = input.path;
    p.params = fromHost(vm.realm, input.params ?? {});
    p.query = fromHost(vm.realm, input.query ?? {});
    p.headers = fromHost(vm.realm, input.headers ?? {});
    p.body = fromHost(vm.realm, body);
    p.rawBody = input.rawBody;
    p.payload = fromHost(vm.realm, input.payload ?? body);
    p.run = ctx.runId;
    p.attempt = ctx.attempt;
    p.trigger = ctx.trigger;
    p.name = ctx.name;
    return w;
  }, 1);

  // queue(name) → a handle whose push(payload, {delay, key}) enqueues a job.
  const QueueProto = new KObject(realm.ObjectProto);
  realm.register("Queue.prototype", QueueProto);
  defineMethods(realm, QueueProto, "Queue.prototype", [
    ["push", queuePush, 2],
  ]);
  realm.globals.json = realm.native("json", "json", respond("json") as never, 2);
  realm.globals.text = realm.native("text", "text", respond("text") as never, 2);
  realm.globals.html = realm.native("html", "html", respond("html") as never, 2);
  realm.globals.redirect = realm.native("redirect", "redirect", respond("redirect") as never, 2);
  // respond(value, status?): the answer goes out now, mapped as a returned value would be
  // (strings as text, anything else as JSON); the run goes on. What the run does after it —
  // json(), its return value, a failure — is recorded, never sent.
  realm.globals.respond = realm.native("respond", "respond", (vm0, _t, args) => {
    const vm = vm0 as VM;
    const ctx = ctxOf(vm);
    if (ctx.responded) return vm.throwType("respond() was already called in this run: a trigger is answered once (json(), text() or a return value after it are recorded, not sent)");
    const status = statusArg(vm, args[1], ctx.status ?? 200);
    ctx.responded = true;
    const why = ctx.answer ? ctx.answer(args[0], status) : `${ctx.where} has no request to answer`;
    if (why !== null) ctx.log?.("info", [`respond(): nothing sent: ${why}`]);
    return args[0];
  }, 2);
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

  installCrypto(realm, WorkProto);
  installVerifyWebhook(realm);
}
