// Family: escape. Sandbox escape attempts. Each test is one thing a hostile script might try, and
// asserts what the embedder would see: nothing of the host comes back (undefined,
// "undefined", a guest error or a compile error) and — the important part — a
// canary proves no host access happened. After every test the host process is
// checked: the canary is untouched, process.exit was never called, process.env,
// the host's own prototypes and the cwd are unchanged.
//
// Tests that currently fail assert the SAFE behaviour on purpose (see the report
// attached to the change that added this file).

import { after, afterEach, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { CompileError, LimitError, ScriptError, createRealm, evaluate } from "../../src/index.ts";

// ------------------------------------------------------------------ harness

type Outcome =
  | { kind: "ok"; value: unknown }
  | { kind: "script"; error: ScriptError }
  | { kind: "compile"; error: CompileError }
  | { kind: "limit"; error: LimitError }
  | { kind: "host"; error: unknown };

type EvalOptions = NonNullable<Parameters<typeof evaluate>[1]>;

const FILE = "escape.js";

async function attempt(source: string, options: EvalOptions = {}): Promise<Outcome> {
  try {
    return { kind: "ok", value: await evaluate(source, { filename: FILE, ...options }) };
  } catch (error) {
    if (error instanceof ScriptError) return { kind: "script", error };
    if (error instanceof CompileError) return { kind: "compile", error };
    if (error instanceof LimitError) return { kind: "limit", error };
    return { kind: "host", error };
  }
}

function show(o: Outcome): string {
  if (o.kind === "ok") {
    let text: string;
    try {
      text = JSON.stringify(o.value) ?? String(o.value);
    } catch {
      text = String(o.value);
    }
    return `resolved with ${text}`;
  }
  const e = o.error as { constructor?: { name?: string }; message?: unknown };
  return `${o.kind === "host" ? "HOST ERROR (VM crash) " : ""}rejected with ${e?.constructor?.name}: ${String(e?.message)}`;
}

/** The run must resolve (no guest/host error) and return `expected`. */
async function expectValue(source: string, expected: unknown, options: EvalOptions = {}): Promise<unknown> {
  const o = await attempt(source, options);
  assert.equal(o.kind, "ok", `${source}\n  ${show(o)}`);
  assert.deepEqual((o as { value: unknown }).value, expected, `${source}\n  ${show(o)}`);
  return (o as { value: unknown }).value;
}

/** The run must end in an uncaught *guest* error whose message matches. */
async function expectGuestError(source: string, message: RegExp, options: EvalOptions = {}): Promise<ScriptError> {
  const o = await attempt(source, options);
  assert.equal(o.kind, "script", `${source}\n  expected a ScriptError matching ${message}, ${show(o)}`);
  const err = (o as { error: ScriptError }).error;
  assert.match(err.message, message, `${source}\n  ${show(o)}`);
  return err;
}

/** The script must be rejected at compile time. */
async function expectCompileError(source: string, message: RegExp): Promise<CompileError> {
  const o = await attempt(source);
  assert.equal(o.kind, "compile", `${source}\n  expected a CompileError matching ${message}, ${show(o)}`);
  const err = (o as { error: CompileError }).error;
  assert.match(err.message, message);
  assert.ok(err.message.startsWith(`${FILE}:`), `compile errors are "file:line:col reason": ${err.message}`);
  return err;
}

/** Host-side check that a value is plain data: only primitives, plain objects and real arrays, no functions. */
function assertPlain(value: unknown, path = "value", seen = new Set<object>()): void {
  if (value === null || value === undefined) return;
  const t = typeof value;
  if (t === "string" || t === "number" || t === "boolean") return;
  assert.ok(t === "object", `${path} is a ${t}, not plain data`);
  const o = value as object;
  if (seen.has(o)) return;
  seen.add(o);
  const proto = Object.getPrototypeOf(o);
  if (Array.isArray(o)) {
    assert.equal(proto, Array.prototype, `${path} is an array with a foreign prototype`);
  } else {
    assert.ok(proto === Object.prototype || proto === null, `${path} has prototype ${proto?.constructor?.name ?? String(proto)}, not Object.prototype`);
  }
  if ("props" in o && "proto" in o && "hasAccessors" in o) assert.fail(`${path} is a guest-internal VM object, not plain data`);
  for (const k of Reflect.ownKeys(o)) {
    assert.equal(typeof k, "string", `${path} has a symbol key`);
    assertPlain((o as Record<string, unknown>)[k as string], `${path}.${String(k)}`, seen);
  }
}

const HOST_PATH_MARKERS = ["node:", "/src/", ".ts", "file:", "/work/", "node_modules", "Interpreter", "runtime.js", "internal/"];
function assertNoHostPaths(text: string, what: string): void {
  for (const m of HOST_PATH_MARKERS) assert.ok(!text.includes(m), `${what} leaks a host detail (${JSON.stringify(m)}):\n${text}`);
}

// ------------------------------------------------------------------ the canary and the host's health

const g = globalThis as Record<string, unknown>;
const exitCalls: unknown[] = [];
const realExit = process.exit;
const realAbort = process.abort;
let envSnapshot = "";
let cwdSnapshot = "";
let prepareStackTraceSnapshot: unknown;
let protoSnapshot: Record<string, string[]> = {};

function hostProtoNames(): Record<string, string[]> {
  return {
    Object: Object.getOwnPropertyNames(Object.prototype).sort(),
    Array: Object.getOwnPropertyNames(Array.prototype).sort(),
    Function: Object.getOwnPropertyNames(Function.prototype).sort(),
    String: Object.getOwnPropertyNames(String.prototype).sort(),
    Error: Object.getOwnPropertyNames(Error).sort(),
    globalThis: Object.getOwnPropertyNames(globalThis).filter((k) => k !== "__kitworkCanary").sort(),
  };
}

before(() => {
  g.__kitworkCanary = 0;
  process.exit = ((code?: number) => {
    exitCalls.push(code);
  }) as typeof process.exit;
  process.abort = (() => {
    exitCalls.push("abort");
  }) as typeof process.abort;
  envSnapshot = JSON.stringify(process.env);
  cwdSnapshot = process.cwd();
  prepareStackTraceSnapshot = Error.prepareStackTrace;
  protoSnapshot = hostProtoNames();
});

afterEach(() => {
  assert.equal(g.__kitworkCanary, 0, "the canary was changed: a script reached the host's globalThis");
  assert.deepEqual(exitCalls, [], "a script called process.exit/abort");
  assert.equal(JSON.stringify(process.env), envSnapshot, "process.env changed");
  assert.equal(process.cwd(), cwdSnapshot);
  assert.deepEqual(hostProtoNames(), protoSnapshot, "host prototypes or globals changed");
  assert.equal(({} as Record<string, unknown>).polluted, undefined, "host Object.prototype polluted");
  assert.equal(({} as Record<string, unknown>).isAdmin, undefined, "host Object.prototype polluted");
  assert.equal(Error.prepareStackTrace, prepareStackTraceSnapshot, "host Error.prepareStackTrace changed");
  assert.equal(typeof process.memoryUsage().heapUsed, "number", "host process is healthy");
});

after(() => {
  process.exit = realExit;
  process.abort = realAbort;
  delete g.__kitworkCanary;
});

// A payload that would prove host access if it ever ran as host code.
const PWN = `globalThis.__kitworkCanary = 1; process.env.KITWORK_PWNED = "1"; process.exit(99); return process`;

// ------------------------------------------------------------------ code generation from strings

describe("code generation from strings", () => {
  test('({}).constructor.constructor("…return process")() is an EvalError', async () => {
    await expectGuestError(`return ({}).constructor.constructor(${JSON.stringify(PWN)})()`, /^EvalError: Function\(\) is not supported/);
    // and it is an ordinary, catchable guest error that yields nothing
    await expectValue(
      `let r; try { r = ({}).constructor.constructor(${JSON.stringify(PWN)})() } catch (e) { return [e.name, typeof r] }`,
      ["EvalError", "undefined"],
    );
  });

  test("[].constructor.constructor is the guest's inert Function, not the host's", async () => {
    // returned to the host it is only a description string, never a callable
    const v = await expectValue(`return [].constructor.constructor`, "[function Function]");
    assert.equal(typeof v, "string");
    await expectValue(`return [[].constructor.constructor === Function, typeof [].constructor.constructor]`, [true, "function"]);
    await expectGuestError(`return [].constructor.constructor(${JSON.stringify(PWN)})()`, /^EvalError/);
  });

  test('(()=>{}).constructor("return this")() is an EvalError', async () => {
    await expectGuestError(`return (()=>{}).constructor("return this")()`, /^EvalError: Function\(\) is not supported/);
  });

  test("every function's constructor (async, native, bound, host, prelude) refuses to compile code", async () => {
    await expectValue(
      `const ctors = [
         Object.getPrototypeOf(async function(){}).constructor,
         (async () => {}).constructor,
         function(){}.constructor,
         Math.max.constructor,
         log.constructor,
         [].map.constructor,
         Math.max.bind(null).constructor,
         Object.getPrototypeOf(Object.getPrototypeOf(Math.max)).constructor.constructor,
       ];
       return ctors.map((C) => { try { C(${JSON.stringify(PWN)})(); return "ran" } catch (e) { return e.name } })`,
      Array(8).fill("EvalError"),
    );
  });

  test("eval is absent: direct eval is a compile error, indirect eval a ReferenceError", async () => {
    await expectValue(`return typeof eval`, "undefined");
    await expectCompileError(`eval(${JSON.stringify(PWN)})`, /eval\(\) is not supported/);
    await expectGuestError(`return (0, eval)(${JSON.stringify(PWN)})`, /^ReferenceError: eval is not defined/);
    await expectGuestError(`const e = eval; return e("1")`, /^ReferenceError/);
  });

  test("Function(...) and new Function(...) are compile errors; Function.call/apply are EvalErrors", async () => {
    await expectCompileError(`return Function(${JSON.stringify(PWN)})()`, /Function\(\) is not supported/);
    await expectCompileError(`return new Function(${JSON.stringify(PWN)})()`, /Function\(\) is not supported/);
    await expectGuestError(`return Function.call(null, ${JSON.stringify(PWN)})()`, /^EvalError/);
    await expectGuestError(`return Function.apply(null, [${JSON.stringify(PWN)}])()`, /^EvalError/);
    await expectGuestError(`const F = Function; return new F(${JSON.stringify(PWN)})()`, /^EvalError/);
  });

  test('import("fs") and static imports are compile errors', async () => {
    await expectCompileError(`return import("fs")`, /import\(\) is not supported/);
    await expectCompileError(`import("child_process").then((cp) => cp.execSync("touch /tmp/pwned"))`, /import\(\) is not supported/);
    await expectCompileError(`import fs from "fs"; return fs`, /import/);
    await expectCompileError(`return import.meta`, /import\.meta/);
  });

  test('require("fs") is a compile error and require does not exist', async () => {
    await expectCompileError(`return require("fs").readFileSync("/etc/passwd", "utf8")`, /require\(\) is not supported/);
    await expectValue(`return typeof require`, "undefined");
    await expectGuestError(`return (0, require)("fs")`, /^ReferenceError: require is not defined/);
  });
});

// ------------------------------------------------------------------ host globals

describe("host globals are absent", () => {
  test("process: typeof is undefined; exit and env are ReferenceErrors", async () => {
    await expectValue(`return typeof process`, "undefined");
    await expectGuestError(`process.exit(1)`, /^ReferenceError: process is not defined/);
    await expectGuestError(`return process.env`, /^ReferenceError: process is not defined/);
    await expectGuestError(`return process.mainModule.require("fs")`, /^ReferenceError/);
  });

  test("module, exports, Buffer, global, __dirname, __filename are undefined", async () => {
    await expectValue(
      `return [typeof module, typeof exports, typeof Buffer, typeof global, typeof __dirname, typeof __filename]`,
      Array(6).fill("undefined"),
    );
    await expectGuestError(`module.exports = 1`, /^ReferenceError: module is not defined/);
    await expectGuestError(`exports.x = 1`, /^ReferenceError: exports is not defined/);
    await expectGuestError(`return Buffer.from("x")`, /^ReferenceError: Buffer is not defined/);
    await expectGuestError(`global.__kitworkCanary = 1`, /^ReferenceError: global is not defined/);
  });

  test("globalThis is undefined and cannot be written through", async () => {
    await expectValue(`return typeof globalThis`, "undefined");
    await expectValue(`return globalThis`, undefined);
    await expectGuestError(`globalThis.__kitworkCanary = 1`, /^TypeError: Cannot set properties of undefined/);
    await expectValue(`return globalThis?.process?.env`, undefined);
  });

  test("top-level this is undefined", async () => {
    await expectValue(`return typeof this`, "undefined");
    await expectValue(`return this`, undefined);
    await expectGuestError(`this.__kitworkCanary = 1`, /^TypeError/);
  });

  test("this in functions never reaches a global object", async () => {
    await expectValue(
      `function sloppy() { return this }
       function strict() { "use strict"; return this }
       const arrow = () => this;
       const o = { m() { return this } };
       const detached = o.m;
       let sortThis = "unset";
       [2, 1].sort(function () { sortThis = this; return 0 });
       const results = [
         sloppy(), strict(), arrow(), detached(),
         sloppy.call(undefined), sloppy.apply(null), sloppy.bind(undefined)(),
         [1].map(function () { return this })[0],
         [1].map(() => this)[0],
         sortThis,
       ];
       return results.map((r) => r === undefined || r === null)`,
      Array(10).fill(true),
    );
  });

  test("timers and microtask queues (setTimeout, queueMicrotask…) do not exist", async () => {
    await expectValue(
      `return [typeof setTimeout, typeof setInterval, typeof setImmediate, typeof queueMicrotask, typeof clearTimeout, typeof requestAnimationFrame]`,
      Array(6).fill("undefined"),
    );
    await expectGuestError(`setTimeout(() => { globalThis.__kitworkCanary = 1 }, 0)`, /^ReferenceError: setTimeout is not defined/);
    await expectGuestError(`queueMicrotask(() => { globalThis.__kitworkCanary = 1 })`, /^ReferenceError: queueMicrotask is not defined/);
    // nothing was scheduled on the host: let a few host turns pass before the canary check
    await new Promise((r) => setTimeout(r, 20));
  });

  test("Reflect and Proxy do not exist", async () => {
    await expectValue(`return [typeof Reflect, typeof Proxy]`, ["undefined", "undefined"]);
    await expectGuestError(`return Reflect.ownKeys({})`, /^ReferenceError: Reflect is not defined/);
    await expectGuestError(`return new Proxy({}, { get() { globalThis.__kitworkCanary = 1 } })`, /^ReferenceError: Proxy is not defined/);
  });

  test("symbols are the guest's own: none is the host's, none is shared between runs, none leaves a run", async () => {
    // Symbol.for is the run's registry, not the host's: a key the host's util.inspect honours is inert.
    await expectValue(`const o = { [Symbol.for("nodejs.util.inspect.custom")]() { return "pwned"; }, a: 1 }; return o`, { a: 1 });
    // The well-known symbols are guest values: keying a guest object with them gives the host no protocol.
    await expectValue(`return { [Symbol.toPrimitive]() { return "pwned"; }, [Symbol.iterator]: 1, b: 2 }`, { b: 2 });
    // A symbol leaves a run as its text, so nothing of one run's symbols reaches another run.
    await expectValue(`return [Symbol.for("shared"), Symbol("x"), Symbol.iterator]`, ["Symbol(shared)", "Symbol(x)", "Symbol(Symbol.iterator)"]);
    // Host data handed back in is plain: a run's result (a symbol's text) is a string in the next run.
    const first = await evaluate(`return Symbol.for("k")`);
    assert.equal(first, "Symbol(k)");
    await expectValue(`return [typeof input, input === String(Symbol.for("k")), Symbol.keyFor(Symbol.for("k"))]`, ["string", true, "k"], { globals: { input: first } });
    // The well-known symbols and Symbol.prototype are frozen, as every builtin is.
    await expectGuestError(`"use strict"; Symbol.prototype.x = 1`, /^TypeError: Cannot add property x, object is not extensible/);
    await expectGuestError(`"use strict"; Array.prototype[Symbol.iterator] = function () {}`, /^TypeError: Cannot assign to read only property 'Symbol\(Symbol.iterator\)'/);
  });

  test("WebAssembly, Atomics, SharedArrayBuffer and other host globals are undefined", async () => {
    const names = [
      "WebAssembly", "Atomics", "SharedArrayBuffer", "ArrayBuffer", "Uint8Array", "DataView", "Intl",
      "fetch", "XMLHttpRequest", "WebSocket", "Worker", "MessageChannel", "BroadcastChannel", "WeakRef",
      "FinalizationRegistry", "WeakMap", "performance", "navigator",
      "window", "self", "Deno", "Bun", "AbortController", "EventTarget", "Iterator", "AsyncFunction", "escape", "unescape",
      "importScripts", "postMessage", "process", "require", "Blob", "Headers", "Request", "Response",
    ];
    await expectValue(`return [${names.map((n) => `typeof ${n}`).join(", ")}]`, Array(names.length).fill("undefined"));
  });
  test("Promise is the VM's own: its constructor chain ends at the guest's Function, its prototype is frozen", async () => {
    await expectValue(
      `const p = Promise.resolve(1);
       return [Object.isFrozen(Promise.prototype), Object.isFrozen(Promise), p.constructor === Promise,
         p.then.constructor === Function, Object.getPrototypeOf(Promise) === Function.prototype,
         Object.getPrototypeOf(Object.getPrototypeOf(p)) === Object.prototype]`,
      [true, true, true, true, true, true],
    );
    await expectGuestError(`Promise.prototype.then.call({}, () => 1)`, /^TypeError: Method Promise.prototype.then called on incompatible receiver/);
  });
});

describe("Date is a guest value", () => {
  test("its constructor, prototype, methods and results lead only to the guest's inert Function and Object.prototype", async () => {
    await expectValue(
      `const d = new Date(0);
       const things = [d, Date, Date.now, Date.parse, d.getTime, d.toLocaleString, Date.prototype];
       const ctors = things.map((t) => t.constructor.constructor);
       const chainsEnd = things.map((t) => { let x = t; let n = 0; while (Object.getPrototypeOf(x) !== null && n < 10) { x = Object.getPrototypeOf(x); n++ } return x === Object.prototype });
       const ran = ctors.map((C) => { try { C(${JSON.stringify(PWN)})(); return "ran" } catch (e) { return e.name } });
       const results = [d.toString(), d.toLocaleString("en-US", { timeZone: "UTC" }), d.toISOString(), Date.parse("x"), d.getTimezoneOffset()];
       return [ctors.every((C) => C === Function), chainsEnd.every(Boolean), ran.every((r) => r === "EvalError"),
               Object.getOwnPropertyNames(d), results.map((r) => typeof r)]`,
      [true, true, true, [], ["string", "string", "string", "number", "number"]],
    );
  });

  test("toLocaleString's options reach the host as plain strings: a getter runs as guest code, an object is converted", async () => {
    await expectValue(
      `const seen = [];
       const options = { get timeZone() { seen.push(typeof this); return "UTC"; }, month: { toString() { return "long"; } } };
       return [new Date(0).toLocaleDateString("en-US", options), seen]`,
      ["January", ["object"]],
    );
  });
});

describe("web globals (URL, URLSearchParams, TextEncoder, structuredClone…) are guest values", () => {
  test("their constructors, prototypes, getters and results lead only to the guest's inert Function and Object.prototype", async () => {
    await expectValue(
      `const u = new URL("x:");
       const p = new URL("https://a.test/?q=1").searchParams;
       const things = [u, p, new URLSearchParams("a=1"), new TextEncoder(), new TextDecoder(), new DOMException("m"),
                       p.keys(), URL, URLSearchParams, URL.canParse, u.toString, p.forEach, atob, structuredClone];
       const ctors = things.map((t) => t.constructor.constructor);
       const chainsEnd = things.map((t) => { let x = t; let n = 0; while (Object.getPrototypeOf(x) !== null && n < 10) { x = Object.getPrototypeOf(x); n++ } return x === Object.prototype });
       const ran = ctors.map((C) => { try { C(${JSON.stringify(PWN)})(); return "ran" } catch (e) { return e.name } });
       return [ctors.every((C) => C === Function), chainsEnd.every(Boolean), ran.every((r) => r === "EvalError"),
               Object.getOwnPropertyNames(u), Object.keys(p), u.href.constructor === String]`,
      [true, true, true, [], [], true],
    );
  });

  test("what a URL hands out is strings and guest objects; a URL reaching the host is its href", async () => {
    let seen: unknown[] = [];
    await expectValue(
      `const u = new URL("https://user:pw@a.test:81/p?q=1#h");
       const parts = ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"].map((k) => typeof u[k]);
       hostFn(u, u.searchParams, new TextEncoder().encode("hi"));
       return [parts.every((t) => t === "string"), typeof u.searchParams, Array.isArray(new TextEncoder().encode("x"))]`,
      [true, "object", true],
      { globals: { hostFn: (...args: unknown[]) => void (seen = args) } },
    );
    assert.deepEqual(seen, ["https://user:pw@a.test:81/p?q=1#h", {}, [104, 105]]);
    for (const v of seen) assertPlain(v);
  });

  test("structuredClone copies guest data only: host handles, functions and iterators are DataCloneErrors", async () => {
    await expectValue(
      `return [() => 1, Math.max, [1].values(), new URL("https://a.test/"), new URLSearchParams(), console.log].map((v) => {
         try { structuredClone({ v }); return "cloned" } catch (e) { return e.name }
       })`,
      Array(6).fill("DataCloneError"),
    );
    await expectValue(`const c = structuredClone({ a: [1, { b: 2 }] }); return [Object.getPrototypeOf(c) === Object.prototype, c.constructor === Object]`, [true, true]);
  });
});

// ------------------------------------------------------------------ prototype chains and __proto__

describe("prototype chains and __proto__", () => {
  test("Object.getPrototypeOf chains end at one inert Object.prototype without __defineGetter__, __lookupGetter__…", async () => {
    const o = await attempt(
      `const starts = [{}, [], "s", 1, true, function () {}, () => 1, async function () {}, /re/g, new Map(), new Set(),
                       new Error("e"), new TypeError("t"), now(), [1].values(), Math, JSON, console, Object, Math.max, log];
       const names = [];
       const tops = [];
       for (const s of starts) {
         let o = s;
         let last = null;
         for (let depth = 0; o !== null && o !== undefined && depth < 20; depth++) {
           names.push(...Object.getOwnPropertyNames(o));
           last = o;
           o = Object.getPrototypeOf(o);
         }
         tops.push(last === Object.prototype);
       }
       const p = Object.prototype;
       return {
         tops,
         names,
         topProto: Object.getPrototypeOf(Object.prototype),
         objectProto: Object.getOwnPropertyNames(Object.prototype),
         direct: [typeof p.__defineGetter__, typeof p.__defineSetter__, typeof p.__lookupGetter__, typeof p.__lookupSetter__, typeof p.__proto__],
       }`,
    );
    assert.equal(o.kind, "ok", show(o));
    const v = (o as { value: { tops: boolean[]; names: string[]; topProto: unknown; objectProto: string[]; direct: string[] } }).value;
    assert.ok(v.tops.every(Boolean), `every chain ends at Object.prototype: ${JSON.stringify(v.tops)}`);
    assert.equal(v.topProto, null);
    for (const bad of ["__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "__proto__", "caller", "callee"]) {
      assert.ok(!v.names.includes(bad), `${bad} is reachable on a prototype chain`);
    }
    assert.deepEqual(v.direct, Array(5).fill("undefined"));
    // Object.prototype holds only the guest's own builtins
    assert.deepEqual(
      [...v.objectProto].sort(),
      ["bool", "constructor", "float", "hasOwnProperty", "int", "isPrototypeOf", "json", "propertyIsEnumerable", "string", "toLocaleString", "toString", "valueOf"],
    );
  });

  test("__proto__ reads yield undefined on every kind of value", async () => {
    await expectValue(
      `return [({}).__proto__, [].__proto__, "s".__proto__, (1).__proto__, (function () {}).__proto__, new Error("x").__proto__,
               new Map().__proto__, ({})["__pro" + "to__"]].map((x) => typeof x)`,
      Array(8).fill("undefined"),
    );
  });

  test("__proto__ writes never change a guest object's prototype", async () => {
    await expectValue(
      `const a = {}; a.__proto__ = Array.prototype;
       const b = { __proto__: Array.prototype };
       const c = {}; c["__pro" + "to__"] = Array.prototype;
       const d = { ["__proto__"]: Array.prototype };
       return [a, b, c, d].map((o) => [typeof o.push, Object.getPrototypeOf(o) === Object.prototype])`,
      Array(4).fill(["undefined", true]),
    );
  });

  test("JSON.parse of {\"__proto__\": …} inside the guest makes an own key and pollutes nothing", async () => {
    await expectValue(
      `const p = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
       return [p.polluted, ({}).polluted, Object.getPrototypeOf(p) === Object.prototype, Object.keys(p), typeof p["__proto__"]]`,
      [undefined, undefined, true, ["__proto__", "a"], "object"],
    );
  });

  test("an object with a \"__proto__\" key returned to the host does not get a guest-chosen prototype", async () => {
    // JSON.parse makes "__proto__" an own data key in the guest; the host copy must stay plain.
    const o = await attempt(`return JSON.parse('{"__proto__": {"isAdmin": true}, "user": "guest"}')`);
    assert.equal(o.kind, "ok", show(o));
    const r = (o as { value: Record<string, unknown> }).value;
    assert.equal(Object.getPrototypeOf(r), Object.prototype, "the host result's prototype was set by the guest");
    assert.equal(r.isAdmin, undefined, "the host result inherits guest-chosen properties (prototype injection)");
    assert.equal(r.user, "guest");
  });

  test("a returned object cannot masquerade as a host Array via a \"__proto__\" key", async () => {
    const o = await attempt(`const o = {}; o.__proto__ = [1, 2, 3]; o.n = 1; return o`);
    assert.equal(o.kind, "ok", show(o));
    const r = (o as { value: Record<string, unknown> }).value;
    assert.ok(!(r instanceof Array), "the host result is `instanceof Array` although it is a plain guest object");
    assert.equal(Object.getPrototypeOf(r), Object.prototype);
    assertPlain(r);
  });

  test("a \"__proto__\" key in a host-function argument does not set the prototype of the host's copy", async () => {
    let got: Record<string, unknown> | undefined;
    const o = await attempt(`check(JSON.parse('{"__proto__": {"isAdmin": true}, "name": "mallory"}')); return 1`, {
      globals: { check: (x: unknown) => void (got = x as Record<string, unknown>) },
    });
    assert.equal(o.kind, "ok", show(o));
    assert.ok(got);
    assert.equal(got.isAdmin, undefined, "the host function sees an inherited isAdmin chosen by the guest");
    assert.equal(Object.getPrototypeOf(got), Object.prototype);
  });
});

// ------------------------------------------------------------------ frozen builtins and isolation between runs

describe("builtins are frozen and runs are isolated", () => {
  test("Array.prototype.push = … and Object.prototype.x = 1 are TypeErrors and do not leak into the next run", async () => {
    await expectGuestError(`Array.prototype.push = function () { globalThis.__kitworkCanary = 1 }; return [].push(1)`, /^TypeError: Cannot assign to read only property 'push'/);
    await expectGuestError(`Object.prototype.x = 1; return 1`, /^TypeError: Cannot add property x, object is not extensible/);
    // a second, separate run sees pristine builtins
    await expectValue(`const a = [1]; return [typeof [].x, a.push(2), a, typeof ({}).x]`, ["undefined", 2, [1, 2], "undefined"]);
  });

  test("deleting, replacing or re-parenting builtins fails with TypeError", async () => {
    await expectValue(
      `const attempts = [
         () => { delete Array.prototype.push },
         () => { Array.prototype.__proto__ = null; if (Object.getPrototypeOf(Array.prototype) === null) throw new Error("reparented") },
         () => { Math.random = () => 4 },
         () => { JSON.parse = () => 1 },
         () => { Object.keys = () => [] },
         () => { String.prototype.trim = () => "pwned" },
         () => { Function.prototype.call = () => 1 },
         () => { Error.prototype.toString = () => "pwned" },
         () => { console.log = () => 1 },
         () => { Map.prototype.get = () => 1 },
       ];
       return attempts.map((f) => { try { f(); return "allowed" } catch (e) { return e.name } })`,
      Array(10).fill("TypeError"),
    );
    await expectValue(`return [typeof [].push, typeof Math.random(), JSON.parse("1"), " a ".trim(), Object.keys({ k: 1 })]`, ["function", "number", 1, "a", ["k"]]);
  });

  test("Object.assign onto builtins is a TypeError", async () => {
    await expectValue(
      `const targets = [Array.prototype, Object.prototype, Object, Math, String.prototype, Function.prototype, JSON, console, Error];
       return targets.map((t) => { try { Object.assign(t, { injected: 1 }); return "allowed" } catch (e) { return e.name } })`,
      Array(9).fill("TypeError"),
    );
    await expectValue(`return [typeof [].injected, typeof ({}).injected, typeof Math.injected]`, Array(3).fill("undefined"));
  });

  test("no object reachable from any global accepts a new property", async () => {
    const globalsList = [
      "Object", "Function", "Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError",
      "Array", "String", "RegExp", "Number", "parseFloat", "parseInt", "isNaN", "isFinite", "Boolean", "Math", "JSON",
      "Map", "Set", "now", "time", "console", "log",
    ];
    const src = `
      const roots = [${globalsList.join(", ")}, Object.getPrototypeOf([].values()), Object.getPrototypeOf(now())];
      const seen = [];
      const writable = [];
      const unfrozen = [];
      const visit = (o, path, depth) => {
        if (o === null || (typeof o !== "object" && typeof o !== "function") || depth > 6 || seen.includes(o)) return;
        seen.push(o);
        try { o.__kwprobe = 1; if (o.__kwprobe === 1) writable.push(path) } catch (e) {}
        if (!Object.isFrozen(o)) unfrozen.push(path);
        for (const k of Object.getOwnPropertyNames(o)) { let v; try { v = o[k] } catch (e) { continue } visit(v, path + "." + k, depth + 1) }
        visit(Object.getPrototypeOf(o), path + ".<proto>", depth + 1);
      };
      roots.forEach((r, i) => visit(r, "root" + i, 0));
      return { count: seen.length, writable, unfrozen };`;
    const o = await attempt(src, { limits: { budget: 0 } });
    assert.equal(o.kind, "ok", show(o));
    const v = (o as { value: { count: number; writable: string[]; unfrozen: string[] } }).value;
    assert.ok(v.count > 150, `walked ${v.count} builtin objects`);
    assert.deepEqual(v.writable, [], "builtins that accepted a new property");
    assert.deepEqual(v.unfrozen, [], "builtins that are not frozen");
    await expectValue(`return typeof Object.prototype.__kwprobe`, "undefined");
  });

  test("assigning undeclared or builtin globals fails and nothing persists into the next run", async () => {
    await expectGuestError(`leaked = 1; return leaked`, /^ReferenceError/);
    await expectGuestError(`Object = function () { return "pwned" }`, /^ReferenceError|^TypeError/);
    await expectValue(`var topVar = 5; let topLet = 6; return topVar + topLet`, 11);
    await expectValue(`return [typeof leaked, typeof topVar, typeof topLet, typeof Object.keys]`, ["undefined", "undefined", "undefined", "function"]);
  });

  test("data globals of a shared runtime cannot be changed by one run for the next", async () => {
    const rt = createRealm({ globals: { cfg: { limit: 10, roles: ["user"] } } });
    const first = await attempt(`try { cfg.limit = 1e9; cfg.roles.push("admin"); cfg.injected = true } catch (e) {} return 1`, { runtime: rt });
    assert.equal(first.kind, "ok", show(first));
    await expectValue(`return cfg`, { limit: 10, roles: ["user"] }, { runtime: rt });
  });
});

// ------------------------------------------------------------------ errors and stacks

describe("errors and stacks", () => {
  test("new Error().stack names only the script, never host files", async () => {
    const stack = (await expectValue(`return new Error("x").stack`, "Error: x\n    at <main> (escape.js:1:8)")) as string;
    assertNoHostPaths(stack, "new Error().stack");
  });

  test("stacks of errors raised inside builtins and callbacks contain no host paths", async () => {
    const o = await attempt(`
      const stacks = [];
      const probes = [
        () => [1].map((x) => null.x),
        () => [2, 1].sort(() => { throw new Error("cmp") }),
        () => JSON.parse("{}", () => { throw new Error("reviver") }),
        () => JSON.parse("{"),
        () => "a".replace(/a/, () => { throw new RangeError("cb") }),
        () => new Map([[1, 2]]).forEach(() => undefinedName),
        () => JSON.stringify({ toJSON() { throw new Error("tj") } }),
        () => Object.keys(null),
        () => new RegExp("("),
        () => "a".repeat(-1),
      ];
      for (const p of probes) { try { p() } catch (e) { stacks.push(String(e.stack)) } }
      return stacks;`);
    assert.equal(o.kind, "ok", show(o));
    const stacks = (o as { value: string[] }).value;
    assert.equal(stacks.length, 10);
    for (const s of stacks) {
      assertNoHostPaths(s, "a guest error stack");
      assert.match(s, /escape\.js:\d+:\d+/);
    }
  });

  test("Error.prepareStackTrace assignment is a TypeError and V8 stack hooks are absent", async () => {
    await expectGuestError(
      `Error.prepareStackTrace = (e, frames) => frames.map((f) => f.getFileName()); return new Error().stack`,
      /^TypeError: Cannot add property prepareStackTrace/,
    );
    await expectValue(`return [typeof Error.captureStackTrace, typeof Error.stackTraceLimit, typeof Error.prepareStackTrace]`, Array(3).fill("undefined"));
    await expectValue(`const e = new Error("x"); return typeof e.stack`, "string");
  });

  test("uncaught guest errors reach the host without host paths in message, format() or trace", async () => {
    const err = await expectGuestError(`function inner() { null.boom } function outer() { [1].forEach(inner) } outer()`, /^TypeError: Cannot read properties of null/);
    assertNoHostPaths(err.message, "ScriptError.message");
    assertNoHostPaths(err.format(), "ScriptError.format()");
    for (const t of err.trace) assert.ok(t.file === FILE || t.file === "<builtin>", `trace entry file ${t.file}`);
  });

  test("arguments.callee, f.caller and f.arguments yield nothing", async () => {
    await expectValue(
      `function f() { return [typeof arguments.callee, typeof arguments.caller, typeof f.caller, typeof f.arguments] }
       function g() { return f() }
       return g()`,
      Array(4).fill("undefined"),
    );
  });

  test("a thrown object whose toString tries host access still ends as a guest error", async () => {
    await expectGuestError(`throw { toString() { globalThis.__kitworkCanary = 1; return "x" } }`, /^Uncaught/);
    await expectGuestError(`throw { toString() { return this.constructor.constructor(${JSON.stringify(PWN)})() } }`, /^Uncaught/);
  });
});

// ------------------------------------------------------------------ getters, toString and valueOf tricks

describe("getters, toString and valueOf tricks", () => {
  test("a getter named then on the result is not run by the host's promise machinery", async () => {
    const o = await attempt(`return { value: 1, get then() { globalThis.__kitworkCanary = 1; return (resolve) => resolve("hijacked") } }`);
    assert.equal(o.kind, "ok", show(o));
    const v = (o as { value: Record<string, unknown> }).value;
    assert.deepEqual(v, { value: 1 });
    assertPlain(v);
  });

  test("a then method on the result arrives as inert data", async () => {
    const o = await attempt(`return { then(resolve) { resolve("hijacked") } }`);
    assert.equal(o.kind, "ok", show(o));
    assert.deepEqual((o as { value: unknown }).value, { then: "[function then]" });
  });

  test("getters triggered by builtins only ever see guest values", async () => {
    await expectValue(
      `const seen = [];
       const mk = () => { const o = { get x() { seen.push([this === o, arguments.length, typeof this.constructor]); return 1 } }; return o };
       Object.assign({}, mk());
       JSON.stringify(mk());
       Object.entries(mk());
       Object.values(mk());
       ({ ...mk() });
       return seen`,
      Array(5).fill([true, 0, "function"]),
    );
  });

  test("[].join.call({length: 1, 0: {toString(){ return this.constructor }}}) yields only guest errors", async () => {
    await expectGuestError(`return [].join.call({ length: 1, 0: { toString() { return this.constructor } } })`, /^TypeError/);
    await expectGuestError(`return [{ toString() { return this.constructor } }].join()`, /^TypeError: Cannot convert object to primitive value/);
    await expectGuestError(
      `return [{ toString() { return this.constructor.constructor(${JSON.stringify(PWN)})() } }].join()`,
      /^EvalError/,
    );
  });

  test("toString/valueOf returning builtins never produces a host value", async () => {
    await expectValue(`return ({ valueOf() { return Function } }) + 1`, "[object Object]1");
    await expectGuestError(`return \`\${{ toString() { return Math.max } }}\``, /^TypeError: Cannot convert object to primitive value/);
    await expectGuestError(`return String({ toString() { return Function }, valueOf() { return Object } })`, /^TypeError/);
    await expectValue(`return String({ toString() { return typeof this.constructor.constructor } })`, "function");
  });

  test("callbacks from builtins get guest this/arguments (sort, replace, JSON reviver/replacer)", async () => {
    await expectValue(
      `const out = [];
       [2, 1].sort(function (a, b) { out.push(typeof this); return a - b });
       "ab".replace(/(?<x>a)/, function (...a) { out.push(typeof this, a[a.length - 1].constructor === Object); return "" });
       JSON.parse('{"a":1}', function (k, v) { out.push(this.constructor === Object); return v });
       JSON.stringify({ a: 1 }, function (k, v) { out.push(this.constructor === Object); return v });
       return out`,
      ["undefined", "undefined", true, true, true, true, true],
    );
  });
});

// ------------------------------------------------------------------ builtins on foreign receivers, constructors, bind

describe("builtin methods on foreign receivers", () => {
  test("Map.prototype.get.call(...) and friends on foreign objects are TypeErrors", async () => {
    await expectValue(
      `const calls = [
         () => Map.prototype.get.call({}, 1),
         () => Map.prototype.get.call([], 1),
         () => Map.prototype.set.call(new Set(), 1, 2),
         () => Set.prototype.has.call(new Map(), 1),
         () => Map.prototype.forEach.call(hostData, () => {}),
         () => Map.prototype.get.call(Math, 1),
         () => Array.prototype.slice.call(null),
         // Array methods are generic (an array-like this is read through its properties), but frozen host data stays frozen.
         () => Array.prototype.push.call(hostData, 1),
         () => Array.prototype.unshift.call(hostData, 1),
         () => Function.prototype.toString.call({}),
         () => Function.prototype.call.call({}),
         () => Number.prototype.toFixed.call("x"),
         () => String.prototype.toUpperCase.call(null),
         () => RegExp.prototype.exec.call({}, "x"),
       ];
       return calls.map((f) => { try { f(); return "allowed" } catch (e) { return e.name } })`,
      Array(14).fill("TypeError"),
      { globals: { hostData: { a: 1 } } },
    );
  });

  test("String.prototype.constructor is the guest String; its constructor cannot compile code", async () => {
    await expectValue(`return [String.prototype.constructor === String, typeof "".constructor]`, [true, "function"]);
    await expectValue(`return String.prototype.constructor`, "[function String]");
    await expectGuestError(`return "".constructor.constructor(${JSON.stringify(PWN)})()`, /^EvalError/);
    await expectGuestError(`return "".constructor.fromCharCode.constructor(${JSON.stringify(PWN)})()`, /^EvalError/);
  });

  test("regex constructor is the guest RegExp, without legacy statics or compile()", async () => {
    await expectValue(
      `return [/a/.constructor === RegExp, Object.getOwnPropertyNames(RegExp), typeof RegExp.$1, typeof RegExp.lastMatch,
               typeof RegExp.input, typeof /a/.compile, Object.getOwnPropertyNames(/a/g)]`,
      // As in JS: a function's own names are length, name and prototype; a regex's only lastIndex.
      [true, ["length", "name", "prototype"], "undefined", "undefined", "undefined", "undefined", ["lastIndex"]],
    );
    await expectGuestError(`return /a/.constructor.constructor(${JSON.stringify(PWN)})()`, /^EvalError/);
  });

  test(".bind/.call/.apply chains never reach a code-compiling or host function", async () => {
    await expectValue(
      `const attempts = [
         () => Function.prototype.call.bind(Function)(null, ${JSON.stringify(PWN)})(),
         () => Function.prototype.bind.call(Function, null, ${JSON.stringify(PWN)})()(),
         () => Function.prototype.apply.call(Function, null, [${JSON.stringify(PWN)}])(),
         () => Function.prototype.call.call(Function, null, ${JSON.stringify(PWN)})(),
         () => Function.prototype.bind.bind(Function.prototype.call)(Function)(null, ${JSON.stringify(PWN)})(),
         () => Math.max.bind(null).bind(null).bind(null).constructor(${JSON.stringify(PWN)})(),
         () => log.bind(null).constructor(${JSON.stringify(PWN)})(),
       ];
       return attempts.map((f) => { try { f(); return "ran" } catch (e) { return e.name } })`,
      Array(7).fill("EvalError"),
    );
  });
});

// ------------------------------------------------------------------ host functions passed via globals

describe("host functions passed via globals", () => {
  test("arguments from the guest arrive as plain data (functions as strings, no guest internals)", async () => {
    let received: unknown[] = [];
    let receivedThis: unknown = "unset";
    const hostFn = function (this: unknown, ...args: unknown[]) {
      receivedThis = this;
      received = args;
      return typeof args[0];
    };
    await expectValue(
      `return hostFn.call({ thisObj: true },
         { a: 1, nested: { arr: [1, { b: 2 }] }, f() {}, g: () => 1 },
         function named() {}, [1, "two", null], new Map([["k", 1]]), new Set([1, 2]), /re/g, null, undefined, new TypeError("t"), now())`,
      "object",
      { globals: { hostFn } },
    );
    assert.equal(receivedThis, undefined, "the host function's this is never a guest object");
    assert.equal(received.length, 10);
    for (let i = 0; i < received.length; i++) assertPlain(received[i], `arg${i}`);
    const [obj, fn, arr, map, set, re] = received as [Record<string, unknown>, ...unknown[]];
    assert.deepEqual(obj, { a: 1, nested: { arr: [1, { b: 2 }] }, f: "[function f]", g: "[function g]" });
    assert.equal(fn, "[function named]");
    assert.deepEqual(arr, [1, "two", null]);
    assert.deepEqual(map, { k: 1 });
    assert.deepEqual(set, [1, 2]);
    assert.equal(re, "/re/g");
    assert.deepEqual([received[6], received[7]], [null, undefined]);
    assert.deepEqual(received[8], { name: "TypeError", message: "t" });
    assert.equal(typeof received[9], "string", "a time value arrives as an ISO string");
  });

  test("results are copied in: guest mutations never reach the host's object", async () => {
    const hostObj = { a: 1, inner: { b: 2 }, list: [1, 2] };
    const snapshot = JSON.stringify(hostObj);
    await expectValue(
      `const o = getObj(); o.a = 99; o.inner.b = 99; o.list.push(3); o.extra = 1;
       const again = getObj();
       return [o.a, again.a, again.list.length]`,
      [99, 1, 2],
      { globals: { getObj: () => hostObj } },
    );
    assert.equal(JSON.stringify(hostObj), snapshot);
  });

  test("data globals are copies: guest mutation (refused or not) never changes the host object", async () => {
    const cfg = { a: 1, deep: { list: [1] } };
    const o = await attempt(
      `const tries = [() => { cfg.a = 2 }, () => { cfg.deep.list.push(2) }, () => { cfg.z = 1 }];
       return [tries.map((f) => { try { f(); return "mutated" } catch (e) { return e.name } }), cfg.a, cfg.deep.list]`,
      { globals: { cfg } },
    );
    assert.equal(o.kind, "ok", show(o));
    const [outcomes] = (o as { value: [string[]] }).value;
    for (const r of outcomes) assert.ok(r === "mutated" || r === "TypeError", `a write to a data global ended with ${r}`);
    assert.deepEqual(cfg, { a: 1, deep: { list: [1] } });
  });

  test("host functions, symbols and class instances returned by a host function arrive inert", async () => {
    class Secret {
      token = "s3cr3t";
      reveal() {
        g.__kitworkCanary = 1;
      }
    }
    await expectValue(
      `const f = getFn(); const s = getSym(); const c = getInstance();
       return [typeof f, typeof s, typeof c.reveal, c.token]`,
      ["undefined", "undefined", "undefined", "s3cr3t"],
      { globals: { getFn: () => () => (g.__kitworkCanary = 1), getSym: () => Symbol("x"), getInstance: () => new Secret() } },
    );
  });

  test("the host function object itself reveals no host source and cannot be abused", async () => {
    const secret = `HOSTSECRET_${Math.random()}`;
    const globals = {
      hostFn: () => secret.length,
    };
    const src = (await expectValue(`return String(hostFn)`, "function hostFn() { [native code] }", { globals })) as string;
    assert.ok(!src.includes("HOSTSECRET"));
    await expectValue(
      `return [Object.getOwnPropertyNames(hostFn), hostFn.length, typeof hostFn.prototype, hostFn.constructor === Function, String(hostFn).includes("native code")]`,
      [["length", "name"], 0, "undefined", true, true],
      { globals },
    );
    await expectGuestError(`return hostFn.constructor(${JSON.stringify(PWN)})()`, /^EvalError/, { globals });
    await expectGuestError(`return new hostFn()`, /^TypeError: hostFn is not a constructor/, { globals });
  });

  test("host exceptions reach the guest as plain guest errors without host stacks", async () => {
    const globals = {
      fails: () => {
        throw new Error("boom from host");
      },
    };
    const o = await attempt(`try { fails() } catch (e) { return [e.name, e.message, e.stack, e instanceof Error] }`, { globals });
    assert.equal(o.kind, "ok", show(o));
    const [name, message, stack, isError] = (o as { value: [string, string, string, boolean] }).value;
    assert.deepEqual([name, message, isError], ["Error", "boom from host", true]);
    assertNoHostPaths(stack, "stack of a host-raised error");
  });

  test("an Error whose message is an object reaches a host function as plain data, not a VM object", async () => {
    let got: Record<string, unknown> | undefined;
    const o = await attempt(`const e = new Error("x"); e.message = { secret: [1, 2] }; check(e); return 1`, {
      globals: { check: (x: unknown) => void (got = x as Record<string, unknown>) },
    });
    assert.equal(o.kind, "ok", show(o));
    assert.ok(got);
    assertPlain(got, "host argument");
  });

  test("an Error whose message is a function or object is returned to the host as plain data", async () => {
    for (const src of [
      `const e = new Error("x"); e.message = { secret: 1 }; return e`,
      `try { null.x } catch (e) { e.message = function leak() {}; return e }`,
    ]) {
      const o = await attempt(src);
      assert.equal(o.kind, "ok", show(o));
      assertPlain((o as { value: unknown }).value, `result of ${src}`);
    }
  });
});

// ------------------------------------------------------------------ host errors never escape the VM

describe("builtins never crash with raw host errors", () => {
  // A raw host error (SyntaxError/RangeError from the implementation) is neither
  // catchable by the script nor a ScriptError for the embedder.
  test("'abc'.match('(') is a catchable guest SyntaxError", async () => {
    await expectValue(`try { return "abc".match("(") } catch (e) { return e.name }`, "SyntaxError");
  });

  test("'abc'.search('(') is a catchable guest SyntaxError", async () => {
    await expectValue(`try { return "abc".search("(") } catch (e) { return e.name }`, "SyntaxError");
  });

  test("time(NaN) and time(1e20) are catchable guest RangeErrors", async () => {
    await expectValue(`try { return time(NaN) } catch (e) { return e.name }`, "RangeError");
    await expectValue(`try { return time(1e20) } catch (e) { return e.name }`, "RangeError");
  });

  test("now().add(1e20, 'year') is a catchable guest RangeError", async () => {
    await expectValue(`try { return now().add(1e20, "year") } catch (e) { return e.name }`, "RangeError");
  });
});
