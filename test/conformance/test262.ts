// Conformance runner for the ECMAScript test suite (test262), driven against the VM.
//
//   TEST262_DIR=/path/to/test262 npm run test262 -- [dirs…] [--filter GLOB] [--v8] [--failures FILE] [--depth N] [--verbose]
//
// dirs are paths under the suite's test/ folder (default: language built-ins). Each test
// file is read with its YAML frontmatter (the suite's INTERPRETING.md): `includes` are
// prepended from harness/ after assert.js and sta.js, `flags` and `features` decide whether
// it runs, `negative` says which phase must throw which error. A test runs once, in strict
// mode (the VM has no sloppy mode), compiled and run in a fresh run of the VM; `--v8` runs
// the same selection on V8 (node:vm, a new context per test) for comparison.
//
// Skipped, each with its reason in the figures:
// - flags: noStrict and raw (the VM runs strict code only), module (test262's module
//   tests load fixtures through a host loader; the VM's modules live in a works folder);
// - features: the frontmatter `features` tags listed in UNSUPPORTED_FEATURES below, and
//   the directories of UNSUPPORTED_DIRS (globals the VM does not have);
// - tests the VM rejects by design at compile time (eval(), Function(), with: see
//   docs/language.md, "Rejected at compile time"), when the test is not a negative one,
//   and those stopped by the missing `eval` global (an indirect `(0, eval)(…)`).
// A negative test of phase parse passes on any compile error. An async test (flag async)
// gets doneprintHandle.js, whose $DONE prints Test262:AsyncTestComplete or
// Test262:AsyncTestFailure through the host's print(); it passes when the run ends having
// printed the first.
//
// Nothing of the suite is part of this repository: the runner reads it from TEST262_DIR
// (or TEST262), and prints a notice and exits 0 when neither is set. Written by hand:
// test262's own runners (test262-harness, eshost) drive an engine binary through a print
// channel, while the VM runs in process.

import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import { compile, CompileError, Runtime, ScriptError, LimitError } from "../../src/index.ts";

/**
 * Features (test262's `features:` tags, from its features.txt) the VM does not claim. A
 * test carrying any of them is skipped. Keep in step with docs/language.md.
 */
export const UNSUPPORTED_FEATURES: ReadonlySet<string> = new Set([
  // No such global in the VM.
  "Proxy", "Reflect", "Reflect.construct", "Reflect.set", "Reflect.setPrototypeOf",
  "Promise.try", "Array.fromAsync",
  "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry", "symbols-as-weakmap-keys",
  "ArrayBuffer", "DataView", "TypedArray", "SharedArrayBuffer", "Atomics", "Atomics.waitAsync", "Atomics.pause",
  "resizable-arraybuffer", "arraybuffer-transfer", "Float16Array", "uint8array-base64",
  "BigInt", "globalThis", "Intl", "Temporal", "ShadowRealm",
  "iterator-helpers", "iterator-sequencing", "set-methods", "Object.groupBy", "Map.groupBy",
  "explicit-resource-management", "Math.sumPrecise", "RegExp.escape", "Error.isError",
  "json-parse-with-source", "json-modules", "import-attributes", "import-defer", "source-phase-imports",
  "change-array-by-copy", "String.prototype.isWellFormed", "String.prototype.toWellFormed",
  "upsert", "immutable-arraybuffer", "joint-iteration", "canonical-tz", "Intl.Locale-info",
  // Well-known symbols no builtin consults (docs/language.md, "Symbols").
  "Symbol.species", "Symbol.match", "Symbol.matchAll", "Symbol.replace", "Symbol.search", "Symbol.split",
  "Symbol.isConcatSpreadable", "Symbol.unscopables",
  // Other engines' hosts: several realms, [[IsHTMLDDA]], proper tail calls.
  "cross-realm", "IsHTMLDDA", "tail-call-optimization", "host-gc-required",
  // Syntax the compiler rejects (docs/language.md, "Rejected at compile time").
  "dynamic-import", "import.meta", "hashbang", "decorators", "class-static-block",
  "arbitrary-module-namespace-names", "regexp-modifiers", "regexp-duplicate-named-groups",
  "regexp-unicode-property-escapes", "regexp-v-flag",
]);

/**
 * Directories of globals the VM does not have (or has by design without what they test),
 * many of whose tests carry no feature tag: skipped whole.
 */
export const UNSUPPORTED_DIRS: Readonly<Record<string, string>> = {
  "built-ins/ArrayBuffer": "no ArrayBuffer",
  "built-ins/DataView": "no DataView",
  "built-ins/TypedArray": "no typed arrays",
  "built-ins/TypedArrayConstructors": "no typed arrays",
  "built-ins/WeakMap": "no WeakMap",
  "built-ins/WeakSet": "no WeakSet",
  "built-ins/Proxy": "no Proxy",
  "built-ins/Reflect": "no Reflect",
  "built-ins/BigInt": "no BigInt",
  "built-ins/AsyncFunction": "no AsyncFunction constructor (it makes code from strings)",
  "built-ins/Iterator": "no Iterator global",
  "built-ins/GeneratorFunction": "no GeneratorFunction (it makes code from strings)",
  "built-ins/eval": "no eval, by design",
  "language/eval-code": "no eval, by design",
};

/** Flags the runner skips, and why. */
const SKIPPED_FLAGS: Record<string, string> = {
  noStrict: "flag noStrict (the VM runs strict code only)",
  raw: "flag raw (run as written, non-strict)",
  module: "flag module (test262's module loader)",
};

/** Compile errors that are choices of the language, not gaps (docs/language.md). */
const BY_DESIGN = /^(eval\(\)|Function\(\)|'with') is not supported/;

export interface Meta {
  includes: string[];
  flags: string[];
  features: string[];
  negative: { phase: string; type: string } | null;
}

/** Reads the YAML frontmatter of a test: the keys the runner needs, inline or block lists. */
export function parseMeta(src: string): Meta {
  const y = /\/\*---([\s\S]*?)---\*\//.exec(src)?.[1] ?? "";
  const list = (k: string): string[] => {
    const inline = new RegExp(`^${k}:[ \\t]*\\[([^\\]]*)\\]`, "m").exec(y);
    if (inline) return inline[1]!.split(",").map((s) => s.trim()).filter(Boolean);
    const block = new RegExp(`^${k}:[ \\t]*\\r?\\n((?:[ \\t]+-.*\\r?\\n?)*)`, "m").exec(y);
    return block ? block[1]!.split(/\r?\n/).map((s) => s.replace(/^\s*-\s*/, "").replace(/\s*#.*$/, "").trim()).filter(Boolean) : [];
  };
  let negative: Meta["negative"] = null;
  const neg = /^negative:[ \t]*\r?\n((?:[ \t]+.*\r?\n?)*)/m.exec(y);
  if (neg) {
    const phase = /phase:\s*(\w+)/.exec(neg[1]!)?.[1];
    const type = /type:\s*(\w+)/.exec(neg[1]!)?.[1];
    if (phase && type) negative = { phase, type };
  }
  return { includes: list("includes"), flags: list("flags"), features: list("features"), negative };
}

/** Why a test is skipped before running it, or null. */
export function skipReason(meta: Meta, rel = ""): string | null {
  for (const [d, why] of Object.entries(UNSUPPORTED_DIRS)) if (rel.startsWith(d + "/")) return `directory ${d} (${why})`;
  for (const f of meta.flags) if (SKIPPED_FLAGS[f]) return SKIPPED_FLAGS[f]!;
  const missing = meta.features.filter((f) => UNSUPPORTED_FEATURES.has(f));
  if (missing.length > 0) return `feature ${missing[0]}`;
  return null;
}

/** A minimal $262 host object (the VM has one realm and no eval). */
const HOST_262 = `var $262 = {
  global: undefined,
  gc() { throw new Test262Error("$262.gc is not available"); },
  createRealm() { throw new Test262Error("$262.createRealm is not available"); },
  evalScript() { throw new Test262Error("$262.evalScript is not available"); },
  detachArrayBuffer() { throw new Test262Error("$262.detachArrayBuffer is not available"); },
  agent: {},
};
`;

export type Outcome = { kind: "pass" } | { kind: "fail"; reason: string } | { kind: "skip"; reason: string };

/** Why a VM result is one of the language's choices (not a gap), or null. */
function byDesign(result: RunResult, src: string): string | null {
  if (result.phase === "parse" && BY_DESIGN.test(result.message)) return `by design: ${result.message.replace(/ is not supported.*/, "")}`;
  // An indirect eval ((0, eval)(…)) reaches the missing global at run time…
  if (result.phase === "runtime" && result.message === "ReferenceError: eval is not defined") return "by design: eval()";
  // …also inside assert.throws, which reports the ReferenceError as the wrong error.
  if (result.phase === "runtime" && / but got a ReferenceError$/.test(result.message) && INDIRECT_EVAL.test(src)) return "by design: eval()";
  return null;
}
const INDIRECT_EVAL = /\(0,\s*eval\)\(/;

type RunResult = { phase: "ok" } | { phase: "parse" | "runtime" | "limit" | "crash"; name: string; message: string };

export class Suite {
  private harnessCache = new Map<string, string>();
  private runtime: Runtime | null = null;
  /** What tests passed to print(). */
  printed: string[] = [];

  constructor(
    /** The suite's checkout: harness/ and test/. */
    readonly dir: string,
    readonly engine: "vm" | "v8" = "vm",
    readonly timeoutMs = 10_000,
  ) {}

  harness(name: string): string {
    let h = this.harnessCache.get(name);
    if (h === undefined) {
      h = fs.readFileSync(path.join(this.dir, "harness", name), "utf8");
      this.harnessCache.set(name, h);
    }
    return h;
  }

  /** The source run for a test: strict, the harness, the host's $262, then the test. */
  source(src: string, meta: Meta): string {
    const harness = ["assert.js", "sta.js", ...(meta.flags.includes("async") ? ["doneprintHandle.js"] : []), ...meta.includes];
    const parts = ['"use strict";', ...harness.map((f) => this.harness(f))];
    if (this.engine === "vm") parts.push(HOST_262);
    parts.push(src);
    return parts.join("\n");
  }

  private vmRuntime(): Runtime {
    return (this.runtime ??= new Runtime({ globals: { print: (...a: unknown[]) => void this.printed.push(a.map(String).join(" ")) } }));
  }

  /** Runs one test file (a path relative to the suite's test/ folder). */
  async run(rel: string): Promise<Outcome> {
    const src = fs.readFileSync(path.join(this.dir, "test", rel), "utf8");
    const meta = parseMeta(src);
    const skip = skipReason(meta, rel);
    if (skip) return { kind: "skip", reason: skip };
    let full: string;
    try {
      full = this.source(src, meta);
    } catch (e) {
      return { kind: "skip", reason: `harness file missing (${(e as Error).message})` };
    }
    const neg = meta.negative;
    // On V8, the tests the VM leaves out by design are left out too, so both engines run
    // the same selection: what the VM's compiler rejects, and (a test naming eval) what
    // stops on the VM's missing eval.
    if (this.engine === "v8" && !neg) {
      let onVM: RunResult | null = null;
      try {
        compile(full, { filename: path.basename(rel) });
      } catch (e) {
        if (e instanceof CompileError) onVM = { phase: "parse", name: "SyntaxError", message: e.reason };
      }
      if (onVM === null && /\beval\b/.test(src)) onVM = await (this.vmSuite ??= new Suite(this.dir, "vm", this.timeoutMs)).runVM(full, rel);
      const why = onVM === null ? null : byDesign(onVM, src);
      if (why !== null) return { kind: "skip", reason: why };
    }
    this.printed = [];
    let result = this.engine === "v8" ? await this.runV8(full, rel) : await this.runVM(full, rel);
    if (result.phase === "ok" && meta.flags.includes("async")) {
      const failure = this.printed.find((l) => l.startsWith("Test262:AsyncTestFailure"));
      if (failure !== undefined) result = { phase: "runtime", name: "AsyncTestFailure", message: failure.replace(/^Test262:AsyncTestFailure:/, "") };
      else if (!this.printed.includes("Test262:AsyncTestComplete")) result = { phase: "runtime", name: "AsyncTestFailure", message: "$DONE was not called" };
    }
    if (result.phase === "ok") return neg ? { kind: "fail", reason: `expected ${neg.phase} ${neg.type}, ran to the end` } : { kind: "pass" };
    const why = this.engine === "vm" && !neg ? byDesign(result, src) : null;
    if (why !== null) return { kind: "skip", reason: why };
    if (neg) {
      if (neg.phase === "parse" && result.phase === "parse") return { kind: "pass" };
      if (neg.phase === "runtime" && result.phase === "runtime" && result.name === neg.type) return { kind: "pass" };
      return { kind: "fail", reason: `expected ${neg.phase} ${neg.type}, got ${result.phase} ${result.message}` };
    }
    return { kind: "fail", reason: `${result.phase === "parse" ? "compile: " : ""}${result.message}` };
  }

  private vmSuite: Suite | null = null;

  /** @internal */
  async runVM(full: string, rel: string): Promise<RunResult> {
    let program;
    try {
      program = compile(full, { filename: path.basename(rel) });
    } catch (e) {
      if (e instanceof CompileError) return { phase: "parse", name: "SyntaxError", message: e.reason };
      return { phase: "parse", name: "Error", message: `compiler crashed: ${(e as Error).message}` };
    }
    try {
      await this.vmRuntime().runToEnd(program, { limits: { timeoutMs: this.timeoutMs } });
      return { phase: "ok" };
    } catch (e) {
      if (e instanceof ScriptError) {
        const name = /^(\w+)(?::|$)/.exec(e.message)?.[1] ?? "";
        return { phase: "runtime", name, message: e.message.split("\n")[0]! };
      }
      if (e instanceof LimitError) return { phase: "limit", name: "LimitError", message: `limit ${e.limit}: ${e.message}` };
      return { phase: "crash", name: "HostError", message: `host error: ${(e as Error)?.stack?.split("\n").slice(0, 2).join(" ") ?? String(e)}` };
    }
  }

  private async runV8(full: string, rel: string): Promise<RunResult> {
    let script: vm.Script;
    const ctx = vm.createContext({});
    try {
      script = new vm.Script(full, { filename: rel });
    } catch (e) {
      return { phase: "parse", name: (e as Error).name, message: `${(e as Error).name}: ${(e as Error).message}` };
    }
    try {
      // The context's own $262 and print, as a host would define them.
      ctx.print = (...a: unknown[]) => void this.printed.push(a.map(String).join(" "));
      vm.runInContext(HOST_262.replace("global: undefined", "global: globalThis"), ctx);
      script.runInContext(ctx, { timeout: this.timeoutMs });
      // Let the test's promise jobs (and any timer-free async work) run to the end.
      if (this.printed.length === 0 && /\$DONE|asyncTest/.test(full)) await new Promise((r) => setImmediate(r));
      return { phase: "ok" };
    } catch (e) {
      const err = e as { name?: unknown; message?: unknown } | null;
      const name = typeof err?.name === "string" ? err.name : "";
      return { phase: "runtime", name, message: `${name}: ${String(err?.message ?? e)}`.split("\n")[0]! };
    }
  }
}

/** Test files under test/<dir> (relative to test/), sorted, fixtures left out. */
export function listTests(suiteDir: string, dirs: string[], filter?: string): string[] {
  const root = path.join(suiteDir, "test");
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js") && !e.name.includes("_FIXTURE")) out.push(path.relative(root, p));
    }
  };
  for (const d of dirs) {
    const p = path.join(root, d);
    if (fs.statSync(p, { throwIfNoEntry: false })?.isFile()) out.push(path.relative(root, p));
    else walk(p);
  }
  const re = filter ? globToRegExp(filter) : null;
  return [...new Set(out)].filter((f) => !re || re.test(f)).sort();
}

/**
 * `*` matches within a path segment, `**` across segments, `?` one character. A glob with
 * a `/` matches from the start of the path under test/; one without matches a whole
 * segment run anywhere in it (`indexOf` matches built-ins/Array/prototype/indexOf/…).
 */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return glob.includes("/") ? new RegExp(`^${re}`) : new RegExp(`(^|/)${re}($|/)`);
}

/** Tallies for one group of tests. */
export interface Tally {
  passed: number;
  run: number;
  skipped: number;
}

/** The commit of the suite: a COMMIT file at its root, or its git HEAD. */
export function suiteCommit(dir: string): string {
  try {
    return fs.readFileSync(path.join(dir, "COMMIT"), "utf8").trim();
  } catch {}
  try {
    const head = fs.readFileSync(path.join(dir, ".git", "HEAD"), "utf8").trim();
    const ref = /^ref: (.*)$/.exec(head)?.[1];
    return ref ? fs.readFileSync(path.join(dir, ".git", ref), "utf8").trim() : head;
  } catch {
    return "unknown commit";
  }
}

/** The suite's checkout from the environment, if it holds harness/ and test/. */
export function suiteDir(): string | undefined {
  const dir = process.env.TEST262_DIR ?? process.env.TEST262;
  return dir && fs.existsSync(path.join(dir, "harness", "assert.js")) ? dir : undefined;
}

function pct(t: Tally): string {
  return t.run ? `${((100 * t.passed) / t.run).toFixed(1)}%` : "-";
}

async function main(argv: string[]): Promise<void> {
  const dir = suiteDir();
  if (!dir) {
    const set = process.env.TEST262_DIR ?? process.env.TEST262;
    console.log(set ? `test262: ${set} has no harness/assert.js; nothing to run.` : "test262: TEST262_DIR is not set; nothing to run. Point it at a checkout of https://github.com/tc39/test262.");
    return;
  }
  const args = [...argv];
  const take = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const has = (flag: string): boolean => {
    const i = args.indexOf(flag);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  };
  const filter = take("--filter");
  const failuresFile = take("--failures");
  const depth = Number(take("--depth") ?? 2);
  const v8 = has("--v8");
  const verbose = has("--verbose");
  const dirs = args.length ? args : ["language", "built-ins"];
  // A test's async function rejecting in its V8 context surfaces in this process: it is the test's, not the runner's.
  if (v8) process.on("unhandledRejection", () => {});
  const suite = new Suite(dir, v8 ? "v8" : "vm");
  const files = listTests(dir, dirs, filter);
  const groups = new Map<string, Tally>();
  const tops = new Map<string, Tally>();
  const all: Tally = { passed: 0, run: 0, skipped: 0 };
  const skipReasons = new Map<string, number>();
  const failures: string[] = [];
  const bump = (m: Map<string, Tally>, k: string) => m.get(k) ?? (m.set(k, { passed: 0, run: 0, skipped: 0 }), m.get(k)!);
  for (const rel of files) {
    const out = await suite.run(rel);
    const parts = rel.split("/");
    for (const t of [all, bump(groups, parts.slice(0, Math.min(depth, parts.length - 1)).join("/")), bump(tops, parts[0]!)]) {
      if (out.kind === "skip") t.skipped++;
      else {
        t.run++;
        if (out.kind === "pass") t.passed++;
      }
    }
    if (out.kind === "skip") skipReasons.set(out.reason, (skipReasons.get(out.reason) ?? 0) + 1);
    if (out.kind === "fail") {
      failures.push(`${rel}: ${out.reason.slice(0, 200)}`);
      if (verbose) console.log(`FAIL ${rel}: ${out.reason.slice(0, 200)}`);
    }
  }
  const line = (name: string, t: Tally) => `${name.padEnd(44)} ${`${t.passed} / ${t.run}`.padStart(15)} ${pct(t).padStart(7)}   skipped ${t.skipped}`;
  console.log(`test262 ${suiteCommit(dir)} on ${v8 ? `V8 ${process.versions.v8}` : "the Kitwork VM"}${filter ? `, filter ${filter}` : ""}`);
  console.log(`${"directory".padEnd(44)} ${"passed / run".padStart(15)}`);
  for (const [k, t] of [...groups].sort()) console.log(line(k, t));
  console.log("");
  for (const [k, t] of [...tops].sort()) console.log(line(k, t));
  console.log(line("overall", all));
  const kind = (r: string) => (verbose ? r : r.startsWith("feature ") ? "features not claimed (--verbose for each)" : r.startsWith("directory ") ? "directories of globals not claimed (--verbose for each)" : r);
  const kinds = new Map<string, number>();
  for (const [r, n] of skipReasons) kinds.set(kind(r), (kinds.get(kind(r)) ?? 0) + n);
  console.log("\nskipped:");
  for (const [r, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${r}`);
  if (failuresFile) fs.writeFileSync(failuresFile, failures.join("\n") + (failures.length ? "\n" : ""));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
