// Family: frames and the run loop — reads, writes and conversions that push a guest frame
// or run guest code from a slow path (getters, setters, valueOf/toString, bound calls,
// builtin callbacks). Each must return to the right instruction, name the right line in a
// stack trace, and be charged to the budget, so no script can abort the process or run
// past its limits through them.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LimitError, ScriptError, evaluate } from "../../src/index.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/kitwork.js");
/** A hang guard, not a performance bound: generous so a loaded machine never trips it. */
const HANG_GUARD_MS = 3 * 60_000 * Number(process.env.KITWORK_TEST_TIME_SCALE ?? 1);

/** Runs `kitwork run` on a script in a child process; a host abort shows up as a signal or exit 133. */
function kitworkRun(source: string, args: string[] = []): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-frames-"));
  const file = path.join(dir, "script.js");
  fs.writeFileSync(file, source);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=512", BIN, "run", file, ...args], { cwd: dir });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`kitwork run did not exit within ${HANG_GUARD_MS} ms (waiting for the script to end or hit a limit)`));
    }, HANG_GUARD_MS);
    child.on("exit", (code, signal) => {
      clearTimeout(guard);
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr });
    });
  });
}

async function outcome(source: string, limits?: Parameters<typeof evaluate>[1]["limits"]): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await evaluate(source, { filename: "frames.js", limits }) };
  } catch (error) {
    return { error };
  }
}

describe("a getter read through a computed key", () => {
  test("returns the getter's value under kitwork run (the process does not abort)", async () => {
    const r = await kitworkRun(`const o = { get x() { return 1 } };\nfunction g(k) { return o[k] }\nreturn g("x");\n`);
    assert.equal(r.signal, null, `kitwork run died by ${r.signal}: ${r.stderr.slice(0, 400)}`);
    assert.equal(r.code, 0, r.stderr.slice(0, 400));
    assert.equal(r.stdout.trim(), "1");
  });

  test("with a call before it, returns instead of looping past every limit", async () => {
    const r = await kitworkRun(
      `const o = { get x() { return 1 } };\nfunction f() { return 2 }\nfunction g(k) { f(); return o[k] + f() }\nreturn g("x");\n`,
      ["--timeout", "2s"],
    );
    assert.equal(r.signal, null, r.stderr.slice(0, 400));
    assert.equal(r.code, 0, r.stderr.slice(0, 400));
    assert.equal(r.stdout.trim(), "3");
  });

  test("getters, setters and computed keys inside expressions keep every operand", async () => {
    const r = await outcome(`
      let log = [];
      const o = { get a() { log.push("a"); return 10 }, set b(v) { log.push("b" + v) }, n: 1 };
      function k(s) { return s }
      const x = [1, 2, o[k("a")] + o[k("a")] * 2, 4];
      o[k("b")] = o[k("a")] - 3;
      const t = \`\${o[k("a")]}-\${o["n"]}\`;
      return [x, t, log];
    `);
    assert.deepEqual(r.value, [[1, 2, 30, 4], "10-1", ["a", "a", "a", "b7", "a"]]);
  });
});

describe("stack traces name the line where a hook threw", () => {
  const cases: Array<[string, string]> = [
    ["valueOf in arithmetic", "const o = { valueOf() { throw new Error('boom') } };\nfunction g() {\n  let x = 1;\n  return x - o;\n}\ntry { g() } catch (e) { return e.stack }"],
    ["toString in a template", "const o = { toString() { throw new Error('boom') } };\nfunction g() {\n  let x = 1;\n  return `${x}${o}`;\n}\ntry { g() } catch (e) { return e.stack }"],
    ["valueOf in a comparison", "const o = { valueOf() { throw new Error('boom') } };\nfunction g() {\n  let x = 1;\n  return x < o;\n}\ntry { g() } catch (e) { return e.stack }"],
    ["toString of a computed key", "const o = { toString() { throw new Error('boom') } };\nfunction g() {\n  let x = {};\n  return x[o];\n}\ntry { g() } catch (e) { return e.stack }"],
    ["a setter", "const o = { set v(x) { throw new Error('boom') } };\nfunction g() {\n  let x = 1;\n  o.v = x;\n}\ntry { g() } catch (e) { return e.stack }"],
  ];
  for (const [what, src] of cases) {
    test(what, async () => {
      const r = await outcome(src);
      assert.equal(typeof r.value, "string", `expected a caught stack, got ${String(r.error)}`);
      const lines = (r.value as string).split("\n");
      assert.match(lines[2] ?? "", /^\s+at g \(frames\.js:4:\d+\)$/, r.value as string);
    });
  }
});

describe("frames pushed by slow paths are charged to the budget", () => {
  const limits = { budget: 1000, timeoutMs: 0 };
  const cases: Array<[string, string]> = [
    ["getter recursion through a property read", "let n = 0; const o = { get x() { n++; return n < 2000 ? o.x : n } }; return o.x;"],
    ["getter recursion through a computed key", "let n = 0; const o = { get x() { n++; return n < 2000 ? o['x'] : n } }; return o['x'];"],
    ["setter recursion", "let n = 0; const o = { set x(v) { n++; if (n < 150) o.x = v } }; o.x = 1; return n;"],
    ["bound function recursion", "function f(k) { return k > 0 ? g(k - 1) : 0 } const g = f.bind(null); return g(2000);"],
    ["constructor recursion", "function C(k) { if (k > 0) new C(k - 1) } new C(2000); return 1;"],
    ["valueOf recursion", "let n = 0; const o = { valueOf() { n++; return n < 150 ? +o : n } }; return +o;"],
  ];
  for (const [what, src] of cases) {
    test(what, async () => {
      const r = await outcome(src, limits);
      assert.ok(r.error instanceof LimitError, `expected the budget limit, got ${r.error ? String(r.error) : JSON.stringify(r.value)}`);
      assert.equal((r.error as LimitError).limit, "budget");
      assert.match((r.error as LimitError).message, /instruction budget exceeded/);
    });
  }

  test("the same scripts finish under the default limits", async () => {
    const r = await outcome("let n = 0; const o = { get x() { n++; return n < 2000 ? o['x'] : n } }; return o['x'];");
    assert.equal(r.value, 2000);
  });

  test("a script cannot catch the budget limit raised inside a getter", async () => {
    const r = await outcome("let n = 0; const o = { get x() { n++; return o.x } }; for (;;) { try { o.x } catch (e) {} }", limits);
    assert.ok(r.error instanceof LimitError, String(r.error));
    assert.ok(!(r.error instanceof ScriptError));
  });
});
