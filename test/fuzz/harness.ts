// Differential harness: run one program on V8 (node:vm, strict mode) and on
// the Kitwork VM, normalize both outcomes and compare them.

import vm from "node:vm";
import { generate, type GenOptions } from "./gen.ts";

// ----------------------------------------------------------------- canon ----

const objToString = Object.prototype.toString;

/**
 * Canonical, engine-independent stringification of a result value.
 * Unlike JSON.stringify it distinguishes -0, NaN, +-Infinity, undefined and
 * array holes, and it works on values from another realm (node:vm context).
 */
export function canon(v: unknown, seen: Set<object> = new Set()): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  switch (typeof v) {
    case "number":
      return Object.is(v, -0) ? "-0" : String(v); // NaN, Infinity, -Infinity as-is
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return String(v);
    case "bigint":
      return `${v}n`;
    case "function":
      return "<function>";
    case "symbol":
      return "<symbol>";
  }
  const o = v as object;
  if (seen.has(o)) return "<cycle>";
  seen.add(o);
  let s: string;
  if (Array.isArray(o)) {
    const parts: string[] = [];
    for (let i = 0; i < o.length; i++) parts.push(i in o ? canon(o[i], seen) : "<hole>");
    s = `[${parts.join(",")}]`;
  } else if (objToString.call(o) === "[object Error]") {
    s = `<${String((o as Error).name)}>`;
  } else {
    const rec = o as Record<string, unknown>;
    s = `{${Object.keys(rec)
      .map((k) => `${JSON.stringify(k)}:${canon(rec[k], seen)}`)
      .join(",")}}`;
  }
  seen.delete(o);
  return s;
}

function safeJson(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? "<undefined>" : s;
  } catch (e) {
    return `<json error: ${(e as Error)?.message}>`;
  }
}

// --------------------------------------------------------------- outcomes ----

export type Outcome =
  /** Program returned normally. */
  | { kind: "ok"; canon: string; json: string }
  /** Program threw: `name` is the error name for Error objects, undefined for other thrown values. */
  | { kind: "throw"; name: string | undefined; detail: string; thrown?: string }
  /** Source did not parse (V8: generator bug; VM: CompileError). */
  | { kind: "syntax"; detail: string }
  /** Did not finish in time. */
  | { kind: "timeout"; detail: string }
  /** VM only: LimitError. */
  | { kind: "limit"; detail: string }
  /** VM only: rejected with something that is not a guest error (VM implementation bug). */
  | { kind: "crash"; detail: string };

export function describe(o: Outcome): string {
  switch (o.kind) {
    case "ok":
      return `ok ${o.canon}`;
    case "throw":
      return `throw ${o.name ?? "<value>"}: ${o.detail}`;
    default:
      return `${o.kind}: ${o.detail}`;
  }
}

// --------------------------------------------------------------------- V8 ----

export function wrapForV8(src: string): string {
  return `"use strict";\n(function () {\n${src}\n})();`;
}

/**
 * A program with a top-level `await` (the "async" feature) runs as an async function; its
 * context drains its microtasks before runInContext returns (microtaskMode
 * "afterEvaluate"), so the settled result is read synchronously, as the VM's run ends
 * with what its top level's promise settles with.
 */
export function wrapForV8Async(src: string): string {
  return `"use strict";\nglobalThis.__fuzzResult = undefined;\n(async function () {\n${src}\n})().then((v) => { globalThis.__fuzzResult = { v }; }, (e) => { globalThis.__fuzzResult = { e }; });`;
}

/** Programs with `await` (only the "async" feature writes it, always at the top level too). */
const TOP_LEVEL_AWAIT = /\bawait\b/;

let v8Context: vm.Context | null = null;
let v8Uses = 0;
let v8AsyncContext: vm.Context | null = null;
let v8AsyncUses = 0;

/** Run on V8 in strict mode inside a node:vm context (recycled every 500 programs). */
export function runV8(src: string, timeoutMs = 2000): Outcome {
  const isAsync = TOP_LEVEL_AWAIT.test(src);
  if (isAsync) {
    if (!v8AsyncContext || ++v8AsyncUses > 500) {
      v8AsyncContext = vm.createContext({}, { microtaskMode: "afterEvaluate" });
      v8AsyncUses = 0;
    }
  } else if (!v8Context || ++v8Uses > 500) {
    v8Context = vm.createContext({});
    v8Uses = 0;
  }
  let script: vm.Script;
  try {
    script = new vm.Script(isAsync ? wrapForV8Async(src) : wrapForV8(src), { filename: "fuzz.js" });
  } catch (e) {
    return { kind: "syntax", detail: String((e as Error)?.message ?? e) };
  }
  try {
    let value: unknown;
    if (isAsync) {
      script.runInContext(v8AsyncContext!, { timeout: timeoutMs });
      const r = vm.runInContext("globalThis.__fuzzResult", v8AsyncContext!) as { v?: unknown; e?: unknown } | undefined;
      if (r === undefined) return { kind: "timeout", detail: "the async program never settled" };
      if ("e" in r) throw r.e;
      value = r.v;
    } else value = script.runInContext(v8Context!, { timeout: timeoutMs });
    return { kind: "ok", canon: canon(value), json: safeJson(value) };
  } catch (e) {
    if (e && typeof e === "object" && (e as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      return { kind: "timeout", detail: `no result after ${timeoutMs} ms` };
    }
    if (e !== null && typeof e === "object" && objToString.call(e) === "[object Error]") {
      const err = e as Error;
      return { kind: "throw", name: String(err.name), detail: String(err.message) };
    }
    return { kind: "throw", name: undefined, detail: canon(e), thrown: isPrimitive(e) ? canon(e) : undefined };
  }
}

// --------------------------------------------------------------------- VM ----

export interface VmApi {
  evaluate: (source: string, opts?: { filename?: string; limits?: { timeoutMs?: number; budget?: number } }) => Promise<unknown>;
  ScriptError?: abstract new (...args: never[]) => unknown;
  CompileError?: abstract new (...args: never[]) => unknown;
  LimitError?: abstract new (...args: never[]) => unknown;
}

/**
 * Load the VM API from src/index.ts. Returns null (with the reason) when
 * `evaluate` is not exported yet, so the fuzzer can run V8-only.
 */
export async function loadVm(): Promise<{ api: VmApi | null; reason?: string }> {
  try {
    const mod = (await import("../../src/index.ts")) as Record<string, unknown>;
    if (typeof mod.evaluate !== "function") return { api: null, reason: "src/index.ts does not export evaluate() yet" };
    return {
      api: {
        evaluate: mod.evaluate as VmApi["evaluate"],
        ScriptError: mod.ScriptError as VmApi["ScriptError"],
        CompileError: mod.CompileError as VmApi["CompileError"],
        LimitError: mod.LimitError as VmApi["LimitError"],
      },
    };
  } catch (e) {
    return { api: null, reason: `importing src/index.ts failed: ${(e as Error)?.stack ?? e}` };
  }
}

const isA = (e: unknown, cls: VmApi["ScriptError"]) => typeof cls === "function" && e instanceof cls;
const isPrimitive = (v: unknown) => v === null || (typeof v !== "object" && typeof v !== "function");

/** Guest error name from a ScriptError message such as "TypeError: x" or "Uncaught RangeError: y". */
export function guestErrorName(message: string): string | undefined {
  const m = /^(?:Uncaught\s+)?((?:[A-Za-z_$][\w$]*)?Error)(?::|\s|$)/.exec(message);
  return m ? m[1] : undefined;
}

/** Run on the Kitwork VM with a deadline (and a budget, when given). */
export async function runVm(api: VmApi, src: string, timeoutMs = 5000, budget?: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timeout", detail: `no result after ${timeoutMs} ms` }), timeoutMs + 2000);
  });
  const run = (async (): Promise<Outcome> => {
    try {
      // The VM's own deadline stops runaway loops that check the clock (-> LimitError).
      const limits = budget === undefined ? { timeoutMs } : { timeoutMs, budget };
      const value = await api.evaluate(src, { filename: "fuzz.js", limits });
      return { kind: "ok", canon: canon(value), json: safeJson(value) };
    } catch (e) {
      const msg = String((e as Error)?.message ?? e);
      if (isA(e, api.CompileError)) return { kind: "syntax", detail: msg };
      if (isA(e, api.LimitError)) return { kind: "limit", detail: msg };
      if (isA(e, api.ScriptError)) {
        // ScriptError.value is the thrown guest value; compare it when it is a primitive.
        const value = (e as { value?: unknown }).value;
        return { kind: "throw", name: guestErrorName(msg), detail: msg, thrown: isPrimitive(value) ? canon(value) : undefined };
      }
      return { kind: "crash", detail: String((e as Error)?.stack ?? e) };
    }
  })();
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------- compare ----

/** Returns null when the outcomes agree, else a short reason. */
export function compare(v8: Outcome, ours: Outcome): string | null {
  if (ours.kind === "crash") return "host crash (VM threw a non-guest error)";
  if (v8.kind === "ok") {
    if (ours.kind !== "ok") return `V8 returned, VM ${ours.kind === "throw" ? "threw" : ours.kind}`;
    if (v8.canon !== ours.canon) return "different results";
    if (v8.json !== ours.json) return "different JSON.stringify of results";
    return null;
  }
  if (v8.kind === "throw") {
    if (ours.kind !== "throw") return `V8 threw ${v8.name ?? "a value"}, VM ${ours.kind === "ok" ? "returned" : ours.kind}`;
    if (v8.name !== undefined && ours.name !== v8.name) return `V8 threw ${v8.name}, VM threw ${ours.name ?? "?"}`;
    if (v8.name === undefined && v8.thrown !== undefined && ours.thrown !== undefined && v8.thrown !== ours.thrown) {
      return `V8 threw ${v8.thrown}, VM threw ${ours.thrown}`;
    }
    return null;
  }
  // V8 syntax error / timeout: generator bug, not a VM mismatch.
  return null;
}

/** A V8 outcome that indicates a bug in the generator rather than in the VM. */
export function generatorBug(v8: Outcome): string | null {
  if (v8.kind === "syntax") return `SyntaxError: ${v8.detail}`;
  if (v8.kind === "timeout") return "V8 timeout";
  if (v8.kind === "throw") {
    if (v8.name === "ReferenceError" || v8.name === "SyntaxError") return `${v8.name}: ${v8.detail}`;
    if (v8.name === "RangeError" && !v8.detail.startsWith("u:")) return `RangeError: ${v8.detail}`;
  }
  // Errors caught by the program are recorded by name: these names are never expected.
  if (v8.kind === "ok") {
    const m = /"(ReferenceError|SyntaxError|RangeError|InternalError)"/.exec(v8.canon);
    if (m) return `caught ${m[1]} in the result`;
  }
  return null;
}

export interface Failure {
  seed: number;
  source: string;
  reason: string;
  v8: Outcome;
  ours: Outcome;
}

export function formatFailure(f: Failure): string {
  return [
    `// Kitwork fuzz failure, program seed ${f.seed}`,
    `// reason: ${f.reason}`,
    `// V8: ${describe(f.v8).replace(/\n/g, "\n//     ")}`,
    `// VM: ${describe(f.ours).replace(/\n/g, "\n//     ")}`,
    `// replay: node --import tsx test/fuzz/run.ts --replay ${f.seed}`,
    "",
    f.source,
  ].join("\n");
}

// ---------------------------------------------------------------- one run ----

export interface Checked {
  seed: number;
  source: string;
  v8: Outcome;
  /** null when the VM was not run. */
  ours: Outcome | null;
  /** Mismatch reason (VM bug), or null. */
  reason: string | null;
  /** Generator bug reason (V8 could not run the program properly), or null. */
  genBug: string | null;
  v8Ms: number;
  vmMs: number;
}

/** Generate program `seed`, run it on V8 and (if api) on the VM, compare. */
export async function checkOne(
  seed: number,
  genOpts: GenOptions,
  api: VmApi | null,
  hooks: { enter?: (seed: number, src: string) => void; leave?: () => void } = {},
): Promise<Checked> {
  const source = generate(seed, genOpts);
  const t0 = performance.now();
  const v8 = runV8(source);
  const t1 = performance.now();
  const genBug = generatorBug(v8);
  let ours: Outcome | null = null;
  let reason: string | null = null;
  if (api) {
    hooks.enter?.(seed, source);
    ours = await runVm(api, source);
    hooks.leave?.();
    // With a generator bug only a host crash is still meaningful.
    reason = genBug ? (ours.kind === "crash" ? "host crash (VM threw a non-guest error)" : null) : compare(v8, ours);
  }
  return { seed, source, v8, ours, reason, genBug, v8Ms: t1 - t0, vmMs: performance.now() - t1 };
}
