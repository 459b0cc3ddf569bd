// A conformance runner on test262's published format, driven against the VM:
//
//   TEST262=/path/to/test262 node --import tsx test/conformance/test262.ts built-ins/Symbol language/statements/for-of
//
// Each file under the given directories of $TEST262/test runs through `evaluate` with the
// harness (assert.js, sta.js and the file's `includes`) before it. Scripts here are strict,
// so tests flagged noStrict are skipped, as are modules and async tests (no Promise yet).
// A `negative` test passes when it fails as its metadata says (parse: a compile error).
// It prints, per directory, the pass rate and the rate without features the language does
// not claim (UNCLAIMED). A measuring tool, not a test: nothing here asserts.

import fs from "node:fs";
import path from "node:path";
import { evaluate } from "../../src/index.ts";

const ROOT = process.env.TEST262;
if (ROOT === undefined || !fs.existsSync(path.join(ROOT, "harness", "assert.js"))) {
  console.error("set TEST262 to a checkout of https://github.com/tc39/test262 (it needs harness/ and test/)");
  process.exit(2);
}
const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error("usage: TEST262=<checkout> node --import tsx test/conformance/test262.ts <dir under test/>...");
  process.exit(2);
}

/** Features outside the documented subset (docs/language.md): counted apart. */
const UNCLAIMED = new Set([
  "async-iteration", "async-functions", "Proxy", "Reflect", "Reflect.construct", "Symbol.species", "Symbol.match",
  "Symbol.replace", "Symbol.search", "Symbol.split", "Symbol.unscopables", "Symbol.isConcatSpreadable", "Symbol.matchAll",
  "Symbol.asyncIterator", "TypedArray", "BigInt", "cross-realm", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry",
  "iterator-helpers", "Array.fromAsync", "symbols-as-weakmap-keys", "explicit-resource-management", "Atomics",
  "SharedArrayBuffer", "ArrayBuffer", "DataView", "Promise", "Intl", "class-static-block", "source-phase-imports",
  "import-defer", "globalThis", "IsHTMLDDA", "set-methods", "Float16Array", "uint8array-base64", "json-parse-with-source",
  "hashbang", "decorators", "arbitrary-module-namespace-names", "tail-call-optimization", "resizable-arraybuffer",
]);

interface Meta {
  includes: string[];
  flags: string[];
  features: string[];
  negative: { phase: string; type: string } | null;
}

function meta(src: string): Meta {
  const y = /\/\*---([\s\S]*?)---\*\//.exec(src)?.[1] ?? "";
  const list = (key: string): string[] => {
    const inline = new RegExp(`^\\s*${key}:\\s*\\[([^\\]]*)\\]`, "m").exec(y);
    if (inline) return inline[1]!.split(",").map((s) => s.trim()).filter(Boolean);
    const block = new RegExp(`^\\s*${key}:\\s*\\n((?:\\s+-\\s*.*\\n?)*)`, "m").exec(y);
    return block ? block[1]!.split("\n").map((s) => s.replace(/^\s*-\s*/, "").trim()).filter(Boolean) : [];
  };
  const neg = /negative:\s*\n((?:\s+\w+:.*\n?)+)/.exec(y)?.[1];
  const field = (k: string) => (neg === undefined ? undefined : new RegExp(`${k}:\\s*(\\w+)`).exec(neg)?.[1]);
  const phase = field("phase");
  const type = field("type");
  return { includes: list("includes"), flags: list("flags"), features: list("features"), negative: phase && type ? { phase, type } : null };
}

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith(".js") && !e.name.includes("_FIXTURE")) out.push(p);
  }
}

const harnessCache = new Map<string, string>();
function harness(name: string): string {
  let s = harnessCache.get(name);
  if (s === undefined) harnessCache.set(name, (s = fs.readFileSync(path.join(ROOT!, "harness", name), "utf8")));
  return s;
}

for (const dir of dirs) {
  const files: string[] = [];
  walk(path.join(ROOT, "test", dir), files);
  let run = 0, pass = 0, claimedRun = 0, claimedPass = 0, skipped = 0;
  for (const file of files.sort()) {
    const src = fs.readFileSync(file, "utf8");
    const m = meta(src);
    if (m.flags.includes("module") || m.flags.includes("async") || m.flags.includes("noStrict")) {
      skipped++;
      continue;
    }
    const claimed = !m.features.some((f) => UNCLAIMED.has(f));
    const body = m.flags.includes("raw") ? src : [harness("assert.js"), harness("sta.js"), ...m.includes.map(harness), src].join("\n");
    let ok: boolean;
    try {
      await evaluate(body, { filename: path.relative(ROOT, file), limits: { timeoutMs: 5000 } });
      ok = m.negative === null;
    } catch (err) {
      const e = err as Error;
      const neg = m.negative;
      ok = neg !== null && (neg.phase === "parse" ? e.name === "CompileError" || e.message.includes(neg.type) : e.message.includes(neg.type));
      if (!ok && process.env.TEST262_VERBOSE) console.log(`FAIL ${path.relative(ROOT, file)}: ${e.message.split("\n")[0]}`);
    }
    run++;
    if (ok) pass++;
    if (claimed) {
      claimedRun++;
      if (ok) claimedPass++;
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`${dir}: ${pass}/${run} (${pct(pass, run)}); without unclaimed features ${claimedPass}/${claimedRun} (${pct(claimedPass, claimedRun)}); skipped (module, async, sloppy-only) ${skipped}`);
}
