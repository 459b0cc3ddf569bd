// Family: memory and native time — builtins that make strings, arrays and objects, or
// do work proportional to their input. Each attempt runs in its own Node process with a
// modest V8 heap (--max-old-space-size=1024), so a host out-of-memory or a V8 fatal shows
// up as a crashed child instead of taking the test runner down. Each must end with an
// uncatchable LimitError naming the limit, after which the same process runs another
// script normally. Two attempts (two children) run at once.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_LIMITS } from "../../src/vm/interpreter.ts";
import { MAX_CONSTANT_LENGTH } from "../../src/compiler/index.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SCALE = Number(process.env.KITWORK_TEST_TIME_SCALE) > 0 ? Number(process.env.KITWORK_TEST_TIME_SCALE) : 1;
/** A hang guard, not a performance bound: generous so a loaded machine never trips it. */
const HANG_GUARD_MS = 5 * 60_000 * SCALE;

interface Attempt {
  script: string;
  limits?: Record<string, number>;
  /** Replaces @BIG@ in the script with this many "x" (sources too large for argv or env). */
  big?: number;
}

interface Report {
  first: { kind: string; limit?: string; message?: string };
  after?: { kind: string; value?: unknown; message?: string };
}

// The child: runs the attempt, then an ordinary script in the same process, and prints both outcomes.
const CHILD = `
const { evaluate, LimitError, ScriptError, CompileError } = await import(${JSON.stringify(new URL("../../src/index.ts", import.meta.url).href)});
let input = "";
for await (const chunk of process.stdin) input += chunk;
const attempt = JSON.parse(input);
const script = attempt.big ? attempt.script.replace("@BIG@", "x".repeat(attempt.big)) : attempt.script;
async function outcome(source, limits) {
  try {
    const value = await evaluate(source, { filename: "attempt.js", limits });
    return { kind: "ok", value: typeof value === "string" && value.length > 200 ? value.length : value };
  } catch (e) {
    const kind = e instanceof LimitError ? "limit" : e instanceof ScriptError ? "script" : e instanceof CompileError ? "compile" : "host:" + e?.constructor?.name;
    return { kind, limit: e?.limit, message: String(e?.message).slice(0, 400) };
  }
}
const first = await outcome(script, attempt.limits);
const after = await outcome("return [1, 2, 3].map((x) => x * 2).join()");
process.stdout.write(JSON.stringify({ first, after }));
`;

function runChild(attempt: Attempt): Promise<{ report: Report | null; code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--max-old-space-size=1024", "--input-type=module", "-e", CHILD], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the child process did not finish within ${HANG_GUARD_MS / 60_000} min (waiting for the attempt to end with a limit and a second script to run)`));
    }, HANG_GUARD_MS);
    child.on("exit", (code, signal) => {
      clearTimeout(guard);
      let report: Report | null = null;
      try {
        report = JSON.parse(stdout) as Report;
      } catch {
        report = null;
      }
      resolve({ report, code, signal, stderr: stderr.slice(-800) });
    });
    child.stdin.end(JSON.stringify(attempt));
  });
}

const MESSAGES: Record<string, RegExp> = {
  heap: /memory limit exceeded \(\d+ bytes allocated\)/,
  string: /string length limit exceeded \(\d+ characters\)/,
  array: /array length limit exceeded \(\d+ elements\)/,
  timeout: /time limit exceeded \(\d+ ms\)/,
  budget: /instruction budget exceeded/,
};

/** The attempt ends with a LimitError of one of `kinds` naming its limit; the process survives and runs another script. */
async function expectLimit(attempt: Attempt, kinds: string[]): Promise<Report["first"]> {
  const r = await runChild(attempt);
  const what = `${attempt.script.slice(0, 200)}\n  limits ${JSON.stringify(attempt.limits ?? "default")}`;
  assert.equal(r.signal, null, `the child died by ${r.signal} (a host crash):\n  ${what}\n${r.stderr}`);
  assert.ok(r.report !== null, `the child printed no outcome (exit ${r.code}, a host crash):\n  ${what}\n${r.stderr}`);
  const { first, after } = r.report!;
  assert.equal(first.kind, "limit", `expected a LimitError (${kinds.join("|")}), got ${JSON.stringify(first)}\n  ${what}`);
  assert.ok(kinds.includes(first.limit!), `expected limit ${kinds.join("|")}, got ${first.limit}: ${first.message}\n  ${what}`);
  assert.match(first.message!, MESSAGES[first.limit!]!, what);
  assert.deepEqual(after, { kind: "ok", value: "2,4,6" }, `the same process then runs another script\n  ${what}`);
  assert.equal(r.code, 0, r.stderr);
  return first;
}

describe("reproductions", { concurrency: 2 }, () => {
  test('"a".repeat(16e6) then 400 × toUpperCase() kept → heap, before the host runs out', async () => {
    await expectLimit({ script: `const s = "a".repeat(16e6); const kept = []; for (let i = 0; i < 400; i++) kept.push(s.toUpperCase()); return kept.length;` }, ["heap"]);
  });

  test("big.concat(...4000 × big) → array, before the host builds the array", async () => {
    await expectLimit({ script: `const big = new Array(1e6).fill(1); const many = new Array(4000).fill(big); return big.concat(...many).length;` }, ["array"]);
  });

  test("matchAll over a 16 M string → a limit as the matches are made", async () => {
    await expectLimit({ script: `const s = "a".repeat(16e6); let n = 0; for (const m of s.matchAll(/a/g)) n++; return n;` }, ["heap", "array"]);
  });

  test("match(/a/g) over a 16 M string → a limit as the matches are made", async () => {
    await expectLimit({ script: `return "a".repeat(16e6).match(/a/g).length;` }, ["heap", "array"]);
  });

  test("a 20 Mi-character string literal is a compile error naming file:line:col", async () => {
    const r = await runChild({ script: `let n = 1;\nconst s = "@BIG@";\nreturn s.length;`, big: 20 * 1024 * 1024 });
    assert.equal(r.signal, null, r.stderr);
    assert.ok(r.report, r.stderr);
    assert.equal(r.report!.first.kind, "compile", JSON.stringify(r.report!.first));
    assert.match(r.report!.first.message!, /^attempt\.js:2:11 string constant of 20971520 characters is longer than the string length limit \(16777216 characters\)/);
    assert.deepEqual(r.report!.after, { kind: "ok", value: "2,4,6" });
  });

  test("2,000 × toUpperCase() on a 16 M string under a 2 s timeout → the time limit", async () => {
    // Heap and budget unlimited, so only the deadline can end it: natives are charged
    // fuel by their input, and a charge that crosses the refuel point reads the clock.
    await expectLimit(
      { script: `const s = "a".repeat(16e6); let n = 0; for (let i = 0; i < 2000; i++) n += s.toUpperCase().length; return n;`, limits: { timeoutMs: 2000, heapBytes: 0, budget: 0 } },
      ["timeout"],
    );
  });
});

describe("more memory attempts", { concurrency: 2 }, () => {
  test("padStart to a billion characters → string", async () => {
    await expectLimit({ script: `return "a".padStart(1e9, "xy").length;` }, ["string"]);
  });

  test("padEnd results kept in a loop → heap", async () => {
    await expectLimit({ script: `const kept = []; for (let i = 0; i < 100; i++) kept.push("x".padEnd(8e6, "ab")); return kept.length;` }, ["heap"]);
  });

  test("repeat results kept in a loop → heap", async () => {
    await expectLimit({ script: `const kept = []; for (let i = 0; i < 100; i++) kept.push("ab".repeat(4e6)); return kept.length;` }, ["heap"]);
  });

  test("join of a huge array → string, before the host joins", async () => {
    await expectLimit({ script: `return new Array(1e6).fill("x".repeat(100)).join(",").length;` }, ["string"]);
  });

  test("join with a huge separator → string", async () => {
    await expectLimit({ script: `return new Array(1000).join("y".repeat(1e6)).length;` }, ["string"]);
  });

  test('split("") of 16 M characters → a limit as the pieces are made', async () => {
    await expectLimit({ script: `const s = "a".repeat(16e6); const kept = []; for (let i = 0; i < 10; i++) kept.push(s.split("")); return kept.length;` }, ["heap", "array"]);
  });

  test("JSON.stringify of a wide nested structure with indentation → string", async () => {
    await expectLimit(
      { script: `const row = {}; for (let i = 0; i < 1000; i++) row["key" + i] = "v".repeat(100); const rows = new Array(1000).fill(row); return JSON.stringify({ rows }, null, 8).length;` },
      ["string"],
    );
  });

  test("JSON.stringify with huge keys through a replacer (nothing reused) → string", async () => {
    await expectLimit(
      { script: `const o = {}; o["k".repeat(1e6)] = 1; const list = new Array(100).fill(o); return JSON.stringify(list, (k, v) => v).length;` },
      ["string"],
    );
  });

  test("JSON.parse of millions of tiny objects → heap, before the host parses", async () => {
    await expectLimit({ script: `const text = "[" + "{},".repeat(5e6) + "{}]"; return JSON.parse(text).length;` }, ["heap"]);
  });

  test("JSON.parse of an array past a run's array limit → array", async () => {
    await expectLimit({ script: `return JSON.parse("[" + "0,".repeat(5000) + "0]").length;`, limits: { maxArrayLength: 1000 } }, ["array"]);
  });

  test("Array.from({ length }) past the heap → heap, before the host fills it", async () => {
    await expectLimit({ script: `const a = Array.from({ length: 1e7 }); const b = Array.from({ length: 1e7 }); return a.length + b.length;` }, ["heap"]);
  });

  test("Array.from({ length: 2 ** 31 }) → array", async () => {
    await expectLimit({ script: `return Array.from({ length: 2 ** 31 }, (x, i) => i).length;` }, ["array"]);
  });

  test("new Array(n).fill() kept in a loop → heap", async () => {
    await expectLimit({ script: `const kept = []; for (let i = 0; i < 1000; i++) kept.push(new Array(1e6).fill("x")); return kept.length;` }, ["heap"]);
  });

  test("flat() of 1000 × 100,000 elements → a limit as it grows", async () => {
    await expectLimit({ script: `const inner = new Array(1e5).fill(1); return new Array(1000).fill(inner).flat().length;` }, ["heap", "array"]);
  });

  test('time format with a pattern of 16 M "Z" tokens → string, as the text is made', async () => {
    await expectLimit({ script: `return now().format("Z".repeat(16e6)).length;` }, ["string"]);
  });

  test("time format results kept in a loop → heap", async () => {
    await expectLimit({ script: `const p = "[" + "x".repeat(4e6) + "] YYYY"; const t = now(); const kept = []; for (let i = 0; i < 100; i++) kept.push(t.format(p)); return kept.length;` }, ["heap"]);
  });

  test("template literals of a big string kept in a loop → heap", async () => {
    await expectLimit({ script: "const s = \"x\".repeat(1e6); const kept = []; for (let i = 0; i < 1000; i++) kept.push(`${s}${i}${s}`); return kept.length;" }, ["heap"]);
  });

  test("object spread growing one key at a time → a limit", async () => {
    await expectLimit({ script: `let o = {}; for (let i = 0; i < 1e6; i++) o = { ...o, ["k" + i]: i }; return Object.keys(o).length;` }, ["heap", "budget"]);
  });

  test("replace growing every match → string, as the result grows", async () => {
    await expectLimit({ script: `return "a".repeat(1e6).replace(/a/g, "x".repeat(100)).length;` }, ["string"]);
  });

  test("replace with $' at every match (quadratic text) → string", async () => {
    await expectLimit({ script: `return "a".repeat(1e5).replaceAll("a", "$'").length;` }, ["string"]);
  });

  test("replace with a callback at every match of a 16 M string → a limit as the matches are made", async () => {
    await expectLimit({ script: `return "a".repeat(16e6).replace(/a/g, () => "b").length;` }, ["heap", "array"]);
  });

  test('normalize("NFKD") of a string that grows 18× → string, measured before the host builds it', async () => {
    await expectLimit({ script: `return "\\ufdfa".repeat(1e6).normalize("NFKD").length;` }, ["string"]);
  });

  test("Object.keys of a 15 M-element array → heap, before the keys are made", async () => {
    await expectLimit({ script: `return Object.keys(new Array(15e6)).length;` }, ["heap"]);
  });

  test("String concat of two 10 M strings → string", async () => {
    await expectLimit({ script: `const s = "x".repeat(1e7); return s.concat(s).length;` }, ["string"]);
  });

  test("entries() of big arrays kept in a loop → heap", async () => {
    await expectLimit({ script: `const a = new Array(1e6).fill(0); const kept = []; for (let i = 0; i < 100; i++) kept.push([...a.entries()]); return kept.length;` }, ["heap"]);
  });

  test("a string constant longer than the run's own limit ends the run when it starts", async () => {
    await expectLimit({ script: `const s = "${"q".repeat(5000)}"; return s.length;`, limits: { maxStringLength: 1000 } }, ["string"]);
  });

  test("a tagged template's raw string longer than the run's own limit ends the run when it starts (its cooked one is shorter)", async () => {
    // 2,500 escapes: 5,000 characters of raw text, 2,500 cooked, under a 3,000-character limit.
    await expectLimit({ script: `const t = (s) => s.raw[0].length; return t\`${"\\n".repeat(2500)}\`;`, limits: { maxStringLength: 3000 } }, ["string"]);
  });

  test("time format over a long pattern, again and again, under a 1 s timeout → the time limit", async () => {
    await expectLimit(
      { script: `const p = "YYYY-MM-DD ".repeat(1e5); const t = now(); let n = 0; for (let i = 0; i < 1e4; i++) n += t.format(p).length; return n;`, limits: { timeoutMs: 1000, heapBytes: 0, budget: 0 } },
      ["timeout"],
    );
  });

  test("thousands of indexOf scans over a 16 M string under a 1 s timeout → the time limit", async () => {
    await expectLimit(
      { script: `const s = "a".repeat(16e6); let n = 0; for (let i = 0; i < 1e6; i++) n += s.indexOf("b"); return n;`, limits: { timeoutMs: 1000, budget: 0 } },
      ["timeout"],
    );
  });
});

describe("web globals: encodings, URLs and clones are bounded by the run's limits", { concurrency: 2 }, () => {
  test("encodeURIComponent of 4 M characters that each encode to 6 → string, before the host encodes", async () => {
    await expectLimit({ script: `return encodeURIComponent("é".repeat(4e6)).length;` }, ["string"]);
  });

  test("encodeURI results kept in a loop → heap", async () => {
    await expectLimit({ script: `const s = "€".repeat(1e6); const kept = []; for (let i = 0; i < 200; i++) kept.push(encodeURI(s)); return kept.length;` }, ["heap"]);
  });

  test("btoa of 15 M characters → string; btoa results kept → heap", async () => {
    await expectLimit({ script: `return btoa("a".repeat(15e6)).length;` }, ["string"]);
    await expectLimit({ script: `const s = "a".repeat(3e6); const kept = []; for (let i = 0; i < 200; i++) kept.push(btoa(s)); return kept.length;` }, ["heap"]);
  });

  test("atob results kept in a loop → heap", async () => {
    await expectLimit({ script: `const s = "YWJj".repeat(2e6); const kept = []; for (let i = 0; i < 200; i++) kept.push(atob(s)); return kept.length;` }, ["heap"]);
  });

  test("TextEncoder.encode of 6 M three-byte characters → array", async () => {
    await expectLimit({ script: `return new TextEncoder().encode("€".repeat(6e6)).length;` }, ["array"]);
  });

  test("URLSearchParams grown with big values → heap; a URL's query grown past the string limit → string", async () => {
    await expectLimit({ script: `const p = new URLSearchParams(); const v = "€".repeat(2e6); for (let i = 0; i < 1000; i++) p.append("k", v); return p.size;` }, ["heap"]);
    await expectLimit({ script: `const u = new URL("https://a.test/"); const v = "€".repeat(1e6); for (let i = 0; i < 10; i++) u.searchParams.append("k", v); return u.href.length;` }, ["string"]);
    await expectLimit({ script: `const p = new URLSearchParams(); const v = "€".repeat(1e6); for (let i = 0; i < 10; i++) p.append("k" + i, v); return p.toString().length;` }, ["string"]);
  });

  test("structuredClone of a big array, kept in a loop → heap", async () => {
    await expectLimit({ script: `const a = new Array(1e6).fill({ x: 1 }); const kept = []; for (let i = 0; i < 100; i++) kept.push(structuredClone(a)); return kept.length;` }, ["heap"]);
  });
});

test("the compiler's constant bound is the VM's default string limit", () => {
  assert.equal(MAX_CONSTANT_LENGTH, DEFAULT_LIMITS.maxStringLength);
});
