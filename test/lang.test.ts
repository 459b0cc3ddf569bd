// Data-driven language corpus runner.
//
// Every file under test/lang/**/*.js is one case: a script body (executed as a
// function body, so the top level may `return`) preceded by header comments:
//
//   // expect: <json>            the returned value, JSON-encoded
//   // expect: undefined         the script returns undefined
//   // expect error: <substring> running (or compiling) must throw an error
//                                whose message contains <substring>; several
//                                `expect error` lines must all match
//   // v8-message: skip          for error cases: V8 must throw, but its
//                                message is not checked against the substrings
//   // tz: Europe/Paris          the case runs (on both engines) with the
//                                process time zone set to this zone (TZ)
//   // clock: <ISO-8601>         the run's clock reads this instant: the VM's
//                                injected clock, and on V8 a Date whose now()
//                                and argument-less constructor give it
//
// Cases are run on the Kitwork VM (`evaluate` from src/index.ts) and, except
// for the Kitwork-only folders `dsl/` and `unsupported/`, also on V8 via
// node:vm in strict mode, so every expectation is pinned to real JS semantics.
// Until `evaluate` is exported, only the V8 half runs.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import { scaled, testTimeout } from "./fixtures/guard.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, "lang");

/** Folders whose cases describe Kitwork-only behaviour (not compared with V8). */
const KITWORK_ONLY = new Set(["dsl", "unsupported"]);
/**
 * Folders whose cases use the web platform's globals (URL, atob, structuredClone…): on V8
 * they run in Node's own context, which has them, rather than in a bare node:vm context,
 * so errors the host's URL throws are that context's TypeError.
 */
const NODE_GLOBALS = new Set(["web"]);
/**
 * Folders whose cases are async code (microtask order, top-level await): on V8 the body
 * runs as an async function and the case's value is what its promise settles with (a
 * rejection is the case's error), as the VM's run result is.
 */
const ASYNC_BODY = new Set(["async"]);

type Expectation =
  | { kind: "value"; undefined: boolean; value: unknown }
  | { kind: "error"; substrings: string[]; skipV8Message: boolean };

type Evaluate = (source: string, opts?: { filename?: string; context?: unknown }) => Promise<unknown>;

/** The `// tz:` and `// clock:` headers of a case. */
interface Setting {
  tz?: string;
  clock?: number;
}

function parseSetting(src: string, rel: string): Setting {
  const out: Setting = {};
  for (const line of src.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (!trimmed.startsWith("//")) break;
    let m: RegExpMatchArray | null;
    if ((m = /^\/\/\s*tz:\s*(\S+)\s*$/.exec(trimmed))) out.tz = m[1]!;
    else if ((m = /^\/\/\s*clock:\s*(\S+)\s*$/.exec(trimmed))) {
      out.clock = Date.parse(m[1]!);
      if (Number.isNaN(out.clock)) throw new Error(`${rel}: 'clock:' is not an ISO-8601 time`);
    }
  }
  return out;
}

/**
 * Run on V8 before a case with a `// clock:` header: Date.now() and new Date() read the
 * fixed instant, everything else is V8's own Date.
 */
const FIXED_CLOCK_V8 = (t: number) => `(() => {
  const D = Date, T = ${t};
  function FixedDate(...a) {
    if (!new.target) return new D(T).toString();
    return Reflect.construct(D, a.length === 0 ? [T] : a, new.target);
  }
  Object.defineProperty(FixedDate, "length", { value: 7 });
  Object.defineProperty(FixedDate, "name", { value: "Date" });
  FixedDate.prototype = D.prototype;
  Object.defineProperty(D.prototype, "constructor", { value: FixedDate, writable: true, configurable: true });
  FixedDate.now = () => T;
  FixedDate.parse = D.parse;
  FixedDate.UTC = D.UTC;
  globalThis.Date = FixedDate;
})();`;

const UNDEFINED_TOKEN = "undefined";

function parseExpectation(src: string, rel: string): Expectation {
  const errors: string[] = [];
  let value: Expectation | undefined;
  let skipV8Message = false;
  for (const line of src.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (!trimmed.startsWith("//")) break; // header ends at the first code line
    let m: RegExpMatchArray | null;
    if ((m = /^\/\/\s*expect error:\s*(.*)$/.exec(trimmed))) {
      const s = m[1]!.trim();
      if (s === "") throw new Error(`${rel}: empty 'expect error' substring`);
      errors.push(s);
    } else if ((m = /^\/\/\s*expect:\s*(.*)$/.exec(trimmed))) {
      if (value) throw new Error(`${rel}: more than one 'expect:' line`);
      const text = m[1]!.trim();
      if (text === UNDEFINED_TOKEN) {
        value = { kind: "value", undefined: true, value: undefined };
      } else {
        try {
          value = { kind: "value", undefined: false, value: JSON.parse(text) };
        } catch (e) {
          throw new Error(`${rel}: 'expect:' is not valid JSON: ${(e as Error).message}`);
        }
      }
    } else if (/^\/\/\s*v8-message:\s*skip\s*$/.test(trimmed)) {
      skipV8Message = true;
    }
  }
  if (value && errors.length) throw new Error(`${rel}: has both 'expect:' and 'expect error:'`);
  if (value) return value;
  if (errors.length) return { kind: "error", substrings: errors, skipV8Message };
  throw new Error(`${rel}: missing '// expect:' or '// expect error:' header`);
}

/** Normalise a result by JSON round-trip; a top-level undefined stays undefined. */
function normalize(v: unknown): unknown {
  if (v === undefined) return undefined;
  const text = JSON.stringify(v);
  return text === undefined ? undefined : JSON.parse(text);
}

/** Describe a thrown value as "Name: message" (works across vm realms). */
function describeThrown(e: unknown): string {
  if (e !== null && (typeof e === "object" || typeof e === "function")) {
    const o = e as { name?: unknown; message?: unknown };
    if ("message" in o) {
      const name = typeof o.name === "string" && o.name !== "" ? `${o.name}: ` : "";
      return `${name}${String(o.message)}`;
    }
  }
  try {
    return String(e);
  } catch {
    return Object.prototype.toString.call(e);
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

async function runOnV8Async(src: string, filename: string): Promise<Outcome> {
  try {
    const script = new vm.Script('"use strict";(async function(){' + src + "\n})()", { filename });
    const p = script.runInContext(vm.createContext({}), { timeout: scaled(120_000) }) as Promise<unknown>;
    return { ok: true, value: await p };
  } catch (e) {
    return { ok: false, message: describeThrown(e) };
  }
}

function runOnV8(src: string, filename: string, nodeGlobals = false, clock?: number): Outcome {
  try {
    const script = new vm.Script('"use strict";(function(){' + src + "\n})()", { filename });
    const guard = { timeout: scaled(120_000) }; // a hang guard
    const context = vm.createContext({});
    if (clock !== undefined) vm.runInContext(FIXED_CLOCK_V8(clock), context);
    const value = nodeGlobals ? script.runInThisContext(guard) : script.runInContext(context, guard);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, message: describeThrown(e) };
  }
}

async function runOnVM(evaluate: Evaluate, src: string, filename: string, clock?: number): Promise<Outcome> {
  try {
    return { ok: true, value: await evaluate(src, clock === undefined ? { filename } : { filename, context: { now: () => clock } }) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : describeThrown(e) };
  }
}

function check(engine: string, out: Outcome, exp: Expectation, checkMessage = true): void {
  if (exp.kind === "value") {
    if (!out.ok) assert.fail(`${engine}: expected a value but it threw: ${out.message}`);
    const got = normalize(out.value);
    if (exp.undefined) {
      assert.equal(got, undefined, `${engine}: expected undefined, got ${JSON.stringify(got)}`);
    } else {
      assert.notEqual(got, undefined, `${engine}: returned undefined, expected ${JSON.stringify(exp.value)}`);
      assert.deepStrictEqual(got, exp.value, `${engine}: result mismatch`);
    }
    return;
  }
  if (out.ok) {
    assert.fail(`${engine}: expected an error containing ${JSON.stringify(exp.substrings)} but it returned ${JSON.stringify(normalize(out.value))}`);
  }
  if (!checkMessage) return;
  for (const s of exp.substrings) {
    assert.ok(
      out.message.includes(s),
      `${engine}: error message ${JSON.stringify(out.message)} does not contain ${JSON.stringify(s)}`,
    );
  }
}

function collectCases(): string[] {
  if (!fs.existsSync(ROOT)) return [];
  return (fs.readdirSync(ROOT, { recursive: true }) as string[])
    .map((p) => p.split(path.sep).join("/"))
    .filter((p) => p.endsWith(".js") && fs.statSync(path.join(ROOT, p)).isFile())
    .sort();
}

const mod = (await import("../src/index.ts")) as Record<string, unknown>;
const evaluate = typeof mod.evaluate === "function" ? (mod.evaluate as Evaluate) : undefined;

const cases = collectCases();

test("language corpus is present", (t) => {
  assert.ok(cases.length > 0, `no cases found under ${ROOT}`);
  if (!evaluate) {
    t.diagnostic(
      "src/index.ts does not export evaluate() yet: only the V8 half of the corpus runs " +
        `(${[...KITWORK_ONLY].join("/, ")}/ cases are skipped)`,
    );
  }
});

for (const rel of cases) {
  const folder = rel.split("/")[0]!;
  const kitworkOnly = KITWORK_ONLY.has(folder);
  test(rel, { timeout: testTimeout(2) }, async (t) => {
    const file = path.join(ROOT, rel);
    const src = fs.readFileSync(file, "utf8");
    const exp = parseExpectation(src, rel);
    const { tz, clock } = parseSetting(src, rel);
    const filename = `lang/${rel}`;
    // Node resets its time zone when process.env.TZ is assigned; the cases of a file run one at a time.
    const tzBefore = process.env.TZ;
    if (tz !== undefined) process.env.TZ = tz;
    try {
      if (ASYNC_BODY.has(folder)) {
        check("V8", await runOnV8Async(src, filename), exp, exp.kind === "error" ? !exp.skipV8Message : true);
      } else if (!kitworkOnly) {
        check("V8", runOnV8(src, filename, NODE_GLOBALS.has(folder), clock), exp, exp.kind === "error" ? !exp.skipV8Message : true);
      }

      if (evaluate) {
        check("Kitwork", await runOnVM(evaluate, src, filename, clock), exp);
      } else if (kitworkOnly) {
        t.skip("Kitwork-only case; evaluate() is not available yet");
      }
    } finally {
      if (tz !== undefined) {
        if (tzBefore === undefined) delete process.env.TZ;
        else process.env.TZ = tzBefore;
      }
    }
  });
}
