// Snapshots: a run suspended on a host call is serialized to JSON, restored in a fresh
// runtime (and in another process), resumed, and must reach the same result as a run
// that never stopped.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Runtime, SnapshotError, compile, toHost, type Outcome, type Program } from "../src/index.ts";

/** hostWait(x) suspends the run; the test decides what it returns (x * 10). */
let lastHostArg: unknown;
function makeRuntime(): Runtime {
  return new Runtime({
    globals: {
      hostWait: (x: unknown) => {
        lastHostArg = x;
        return new Promise((r) => setImmediate(() => r(x)));
      },
    },
  });
}
const answer = (x: unknown) => (typeof x === "number" ? x * 10 : x);

/** Runs to the end without snapshots, answering each hostWait(x) with x*10. */
function straight(program: Program): unknown {
  const rt = makeRuntime();
  let out: Outcome = rt.run(program);
  while (out.status === "suspended") {
    out.run.pending.catch(() => {});
    out = out.run.resume(answer(lastArg(out)));
  }
  return toHost(out.value);
}

/** The argument the run passed to hostWait (recorded by the host function). */
function lastArg(_out: Outcome): unknown {
  return lastHostArg;
}

/** Runs with a snapshot → JSON → restore in a brand-new runtime at every suspension. */
function hopping(program: Program): { value: unknown; hops: number } {
  let rt = makeRuntime();
  let out: Outcome = rt.run(program);
  let hops = 0;
  while (out.status === "suspended") {
    out.run.pending.catch(() => {});
    const arg = lastHostArg;
    const json = JSON.stringify(out.run.snapshot());
    rt = makeRuntime();
    const run = rt.restore(JSON.parse(json), { programs: [program] });
    hops++;
    out = run.resume(answer(arg));
  }
  return { value: toHost(out.value), hops };
}

function cases(): Record<string, string> {
  return {
    "nested calls": `
      function inner(x) { return hostWait(x) + 1; }
      function outer(x) { const a = inner(x); const b = inner(x + 1); return a * b; }
      return outer(2);`,
    "loops with let closures": `
      const fs = [];
      let total = 0;
      for (let i = 0; i < 4; i++) { total += hostWait(i); fs.push(() => i * total); }
      return [total, fs.map(f => f())];`,
    "try/finally and catch": `
      const log = [];
      function f(x) {
        try { log.push("try"); const v = hostWait(x); if (v > 10) throw new Error("big " + v); return v; }
        catch (e) { log.push("catch " + e.message); return -1; }
        finally { log.push("finally " + hostWait(0)); }
      }
      return [f(1), f(5), log];`,
    "inside callbacks": `
      const out = [1, 2, 3].map(x => hostWait(x) + 1).filter(x => x > 11);
      const sum = [4, 5].reduce((a, x) => a + hostWait(x), 0);
      const sorted = [3, 1, 2].sort((a, b) => hostWait(a) - hostWait(b));
      return [out, sum, sorted];`,
    "cyclic object graph": `
      const a = { name: "a" }; const b = { name: "b", a }; a.b = b; a.self = a;
      const list = [a, b, a]; const m = new Map([[a, b]]); const s = new Set([b]);
      const v = hostWait(7);
      return [v, a.b.a === a, a.self === a, list[0] === list[2], m.get(a) === b, s.has(b), b.a.b.name];`,
    "shared cells between closures": `
      function counter() { let n = 0; return { inc: () => ++n, get: () => n }; }
      const c = counter();
      c.inc(); const w = hostWait(1); c.inc();
      return [c.get(), w];`,
    "getters, bound functions, time, regexp, errors": `
      const o = { x: 2, get double() { return this.x * hostWait(1); } };
      const f = function (k) { return this.x + k; }.bind({ x: 5 }, 1);
      const re = /a(b)/g; re.test("abab");
      const err = new TypeError("kept");
      const v = o.double;
      return [v, f(), re.lastIndex, err.message, err instanceof TypeError, typeof now().unix()];`,
    "iteration in progress": `
      const seen = [];
      for (const [k, v] of new Map([["a", 1], ["b", 2], ["c", 3]])) seen.push(k + hostWait(v));
      for (const ch of "héllo") if (ch === "l") seen.push(hostWait(1));
      return seen;`,
  };
}

for (const [name, src] of Object.entries(cases())) {
  test(`snapshot round trip: ${name}`, () => {
    const program = compile(src, "case.js");
    const expected = straight(program);
    const { value, hops } = hopping(program);
    assert.ok(hops > 0, "the case must suspend at least once");
    assert.deepEqual(value, expected);
  });
}

test("a snapshot restores and finishes in another process", () => {
  const src = `
    const acc = { items: [], total: 0 };
    for (let i = 1; i <= 3; i++) { const v = hostWait(i); acc.items.push(v); acc.total += v; }
    return acc;`;
  const program = compile(src, "proc.js");
  const rt = makeRuntime();
  const out = rt.run(program);
  assert.equal(out.status, "suspended");
  if (out.status !== "suspended") return;
  out.run.pending.catch(() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-snap-"));
  fs.writeFileSync(path.join(dir, "snap.json"), JSON.stringify(out.run.snapshot()));
  fs.writeFileSync(path.join(dir, "proc.js"), src);
  const child = path.join(import.meta.dirname, "fixtures", "resume-child.ts");
  const stdout = execFileSync(process.execPath, ["--import", "tsx", child, dir], { encoding: "utf8", cwd: path.join(import.meta.dirname, "..") });
  assert.deepEqual(JSON.parse(stdout), { items: [10, 20, 30], total: 60 });
});

function suspendedDoc(): { doc: ReturnType<import("../src/index.ts").Run["snapshot"]>; program: Program } {
  const program = compile("const x = hostWait(1); return x + 1;", "c.js");
  const out = makeRuntime().run(program);
  if (out.status !== "suspended") throw new Error("expected suspension");
  out.run.pending.catch(() => {});
  return { doc: out.run.snapshot(), program };
}

test("a corrupted snapshot is refused with a clear error", () => {
  const { doc, program } = suspendedDoc();
  const bad = JSON.parse(JSON.stringify(doc));
  bad.body.frames[0].pc += 1;
  assert.throws(() => makeRuntime().restore(bad, { programs: [program] }), (e: unknown) => e instanceof SnapshotError && /corrupted snapshot: checksum mismatch/.test(e.message));
  assert.throws(() => makeRuntime().restore("{not json", { programs: [program] }), (e: unknown) => e instanceof SnapshotError && /not valid JSON/.test(e.message));
  assert.throws(() => makeRuntime().restore({ hello: 1 }, { programs: [program] }), (e: unknown) => e instanceof SnapshotError && /not a Kitwork snapshot/.test(e.message));
});

test("a snapshot of another version or a missing program is refused", () => {
  const { doc, program } = suspendedDoc();
  const v2 = { ...doc, version: 99 };
  assert.throws(() => makeRuntime().restore(v2, { programs: [program] }), /unsupported snapshot version 99/);
  assert.throws(() => makeRuntime().restore(doc), /needs program [0-9a-f]{12}, which is not available/);
  const ok = makeRuntime().restore(doc, { programs: [program] });
  const done = ok.resume(41);
  assert.deepEqual(done, { status: "done", value: 42 });
});

