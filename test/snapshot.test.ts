// Snapshots: a run suspended on a host call is serialized to JSON, restored in a fresh
// runtime (and in another process), resumed, and must reach the same result as a run
// that never stopped.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LimitError, SnapshotError, compile, toHost, type Program } from "../src/index.ts";
import { SnapshotSeal } from "../src/engine/seal.ts";
import { hopping, hostWaitRuntime, straight } from "./fixtures/snapshot-hops.ts";

/** hostWait(x) suspends the run; it is answered with x * 10 (fixtures/snapshot-hops.ts). */
const makeRuntime = () => hostWaitRuntime();

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
    "String replace with a callback (builtin frames hold private intrinsics)": `
      const s = "a-b-c".replace(/-/g, (m) => "+" + hostWait(1) + "+");
      const t = "x1y2".replaceAll(/[0-9]/g, (d) => String(hostWait(Number(d))));
      return [s, t];`,
    "inside class methods, with instances alive": `
      class Account {
        static #opened = 0;
        #balance = 0;
        log = [];
        constructor(owner) { this.owner = owner; Account.#opened++; }
        get #fee() { return hostWait(1); }
        deposit(n) { this.#balance += hostWait(n) - this.#fee; this.log.push(n); return this.#balance; }
        static opened() { return Account.#opened; }
        static holds(o) { return #balance in o; }
      }
      class Savings extends Account {
        constructor(owner, rate) { const r = hostWait(rate); super(owner); this.rate = r; }
        deposit(n) { return super.deposit(n) * 2; }
      }
      class Refused extends Error { constructor(why) { super(why); this.name = "Refused"; } }
      const a = new Account("ann");
      const s = new Savings("sam", 3);
      const before = a.deposit(2);
      const err = new Refused("limit " + hostWait(5));
      const after = s.deposit(4);
      return [before, after, a.deposit(1), Account.opened(), Account.holds(s), Account.holds({}), s instanceof Account,
        s.rate, s.log, err.stack.split("\\n")[0], err instanceof Refused, Object.keys(s)];`,
    "property descriptors and integrity": `
      const o = Object.defineProperty({ open: 1 }, "id", { value: 7, enumerable: true });
      Object.defineProperty(o, "secret", { get() { return this.id * 2; } });
      const sealed = Object.seal({ a: 1 });
      const stuck = Object.preventExtensions([1, 2]);
      const held = Object.seal([1]);
      const frozenProto = Object.create(Object.freeze({ k: 1 }));
      class C {}
      hostWait(1);
      const tries = [() => { o.id = 8; }, () => { delete o.id; }, () => { sealed.b = 1; }, () => { delete sealed.a; },
        () => { stuck.push(3); }, () => { held.pop(); }, () => { frozenProto.k = 2; }, () => { C.prototype = {}; }];
      const errors = tries.map((f) => { try { f(); return "ok"; } catch (e) { return e.constructor.name; } });
      sealed.a = 2;
      return [errors, Object.keys(o), o.secret, Object.getOwnPropertyDescriptor(o, "id"), sealed.a,
        Object.isSealed(sealed), Object.isExtensible(stuck), Object.isSealed(held), Object.isFrozen(frozenProto)];`,
    "dates held across a suspension": `
      class Day extends Date { label() { return "day " + this.getUTCDate(); } }
      const d = new Date(Date.UTC(2022, 2, 1, 9));
      d.note = "kept";
      const bad = new Date("nope");
      const day = new Day(Date.UTC(2022, 2, 5));
      const frozen = Object.freeze(new Date(0));
      const shared = { a: d, b: d };
      hostWait(1);
      d.setUTCHours(d.getUTCHours() + hostWait(1));
      return [d.toISOString(), d.note, shared.a === shared.b, d instanceof Date, isNaN(bad), String(bad), bad.toJSON(),
        day.label(), day instanceof Day, Object.isFrozen(frozen), frozen.getTime(), Object.prototype.toString.call(d), JSON.stringify(shared)];`,
    "a script's iterator in for-of, spread and destructuring, suspended inside next() and return()": `
      const log = [];
      class Countdown {
        constructor(n) { this.n = n; }
        [Symbol.iterator]() {
          let n = this.n;
          return { next() { return n > 0 ? { value: hostWait(n--), done: false } : { done: true }; }, return() { log.push("closed:" + hostWait(n)); return {}; } };
        }
      }
      const seen = [];
      for (const x of new Countdown(3)) seen.push(x + hostWait(1));
      for (const x of new Countdown(5)) { if (x === 40) break; seen.push(x); }
      const [first, ...rest] = new Countdown(2);
      return [seen, [...new Countdown(2)], first, rest, log];`,
    "symbols: well-known, registered and unique, as values and keys": `
      const mine = Symbol("mine"), reg = Symbol.for("app.key");
      const o = { [mine]: 1, [reg]: 2, [Symbol.toStringTag]: "Tagged", plain: 3 };
      const same = { a: mine, b: mine };
      hostWait(1);
      return [o[mine], o[Symbol.for("app.key")], Object.prototype.toString.call(o), same.a === same.b, same.a === mine,
        Symbol.keyFor(reg), Symbol.keyFor(mine) === undefined, mine.description, Object.getOwnPropertySymbols(o).length, Object.keys(o)];`,
    "String, Number and Boolean objects": `
      const s = new String("snap"), n = Object(-0), f = new Boolean(false);
      s.note = "kept";
      const same = { a: s, b: s };
      hostWait(1);
      return [s.length, s[1], s + "!", s.note, 1 / n, !!f, f.valueOf(), same.a === same.b, s instanceof String, typeof n,
        Object.prototype.toString.call(n), JSON.stringify([s, n, f])];`,
    "array holes: literals, new Array(n), delete, growth, and map's result made inside a suspended callback": `
      const a = [1, , 3], b = new Array(3), c = [1, 2, 3], d = [0];
      b[1] = "x"; delete c[0]; d[3] = 3;
      const m = [1, , 3].map((x) => hostWait(x));
      hostWait(1);
      const seen = [];
      a.forEach((v, i) => seen.push(i + hostWait(0)));
      return [1 in a, a[1] === undefined, Object.keys(a), Object.keys(b), Object.keys(c), Object.keys(d), Object.keys(m), m[2], seen, JSON.stringify(a)];`,
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

test("a Date suspended in a run resumes with its time value, including an invalid one", () => {
  const program = compile(`
    const d = new Date(Date.UTC(2022, 2, 1, 9, 30));
    const bad = new Date(NaN);
    hostWait(1);
    d.setUTCMinutes(d.getUTCMinutes() + 5);
    return [d.toISOString(), d.getTime(), String(bad), bad.getTime() !== bad.getTime(), typeof d, d instanceof Date];`, "date.js");
  const rt = makeRuntime();
  const out = rt.run(program);
  assert.equal(out.status, "suspended");
  if (out.status !== "suspended") return;
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  const dates = (doc.body.heap as Array<{ t: string; ms: unknown }>).filter((e) => e.t === "date").map((e) => e.ms);
  assert.deepEqual(dates.sort(), [1646127000000, null].sort(), "the document holds each Date's time value (null for an invalid one)");
  const done = makeRuntime().restore(doc, { programs: [program] }).resume(10);
  assert.equal(done.status, "done");
  if (done.status !== "done") return;
  assert.deepEqual(toHost(done.value), ["2022-03-01T09:35:00.000Z", 1646127300000, "Invalid Date", true, "object", true]);
});

test("a hole is kept in a snapshot as an array's element, and refused anywhere else", () => {
  const program = compile("const a = [1, , 3]; let v = 4242; hostWait(1); return [1 in a, Object.keys(a), v];", "holes.js");
  const out = makeRuntime().run(program);
  if (out.status !== "suspended") return assert.fail("the run must suspend");
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  const arrays = (doc.body.heap as Array<{ t: string; items?: unknown[] }>).filter((e) => e.t === "array" && e.items?.length === 3);
  assert.deepEqual(arrays.map((e) => e.items), [[1, { e: 1 }, 3]], "the document holds the hole as { e: 1 }");
  const done = makeRuntime().restore(doc, { programs: [program] }).resume(10);
  if (done.status !== "done") return assert.fail("the restored run must finish");
  assert.deepEqual(toHost(done.value), [false, ["0", "2"], 4242]);
  const copy = JSON.stringify(doc).replace('[1,{"e":1},3]', '[1,{"e":1},{"e":1}]');
  assert.notEqual(copy, JSON.stringify(doc));
  const holey = makeRuntime().restore(JSON.parse(copy), { programs: [program] }).resume(10);
  if (holey.status !== "done") return assert.fail("the restored run must finish");
  assert.deepEqual(toHost(holey.value), [false, ["0"], 4242]);
  const stack = doc.body.stack as unknown[];
  const at = stack.findIndex((x) => x === 4242);
  assert.ok(at >= 0, "the local v is on the stack");
  const bad = JSON.parse(JSON.stringify(doc));
  bad.body.stack[at] = { e: 1 };
  assert.throws(() => makeRuntime().restore(bad, { programs: [program] }), corrupted(/array hole outside an array's elements/));
});

test("a snapshot whose Date holds something other than a time value is refused", () => {
  const program = compile("const d = new Date(5); hostWait(1); return d.getTime();", "date.js");
  const out = makeRuntime().run(program);
  if (out.status !== "suspended") return assert.fail("the run must suspend");
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  for (const bad of ["5", 1.5, 9e15, { n: "NaN" }]) {
    const copy = JSON.parse(JSON.stringify(doc));
    copy.body.heap.find((e: { t: string }) => e.t === "date").ms = bad;
    assert.throws(() => makeRuntime().restore(copy, { programs: [program] }), corrupted(/date whose time value is not a time/), JSON.stringify(bad));
  }
});

test("a snapshot whose String object wraps something other than a primitive is refused", () => {
  const program = compile("const s = new String('x'); hostWait(1); return s.length;", "wrapper.js");
  const out = makeRuntime().run(program);
  if (out.status !== "suspended") return assert.fail("the run must suspend");
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  for (const bad of [null, { r: 0 }, { n: "1" }]) {
    const copy = JSON.parse(JSON.stringify(doc));
    copy.body.heap.find((e: { t: string }) => e.t === "wrapper").v = bad;
    assert.throws(() => makeRuntime().restore(copy, { programs: [program] }), corrupted(/wrapper of something other than/), JSON.stringify(bad));
  }
});

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

const corrupted = (re: RegExp) => (e: unknown) => e instanceof SnapshotError && e.kind === "corrupted" && re.test(e.message);

test("a corrupted snapshot is refused with a clear error", () => {
  const { doc, program } = suspendedDoc();
  const bad = JSON.parse(JSON.stringify(doc));
  bad.body.frames[0].pc += 1;
  assert.throws(() => makeRuntime().restore(bad, { programs: [program] }), corrupted(/corrupted snapshot: frame 0 has pc \d+, not an instruction of <main>/));
  assert.throws(() => makeRuntime().restore("{not json", { programs: [program] }), (e: unknown) => e instanceof SnapshotError && /not valid JSON/.test(e.message));
  assert.throws(() => makeRuntime().restore({ hello: 1 }, { programs: [program] }), (e: unknown) => e instanceof SnapshotError && /not a Kitwork snapshot/.test(e.message));
});

test("a snapshot of another version or a missing program is refused", () => {
  const { doc, program } = suspendedDoc();
  const v2 = { ...doc, version: 99 };
  assert.throws(() => makeRuntime().restore(v2, { programs: [program] }), /unsupported snapshot version 99/);
  const v1 = { ...doc, version: 1, sum: "0".repeat(32) };
  assert.throws(() => makeRuntime().restore(v1, { programs: [program] }), (e: unknown) => e instanceof SnapshotError && e.kind === "version" && /snapshot version 1 .* no longer read; this engine reads version 2/.test(e.message));
  assert.throws(() => makeRuntime().restore(doc), /needs program [0-9a-f]{12}, which is not available/);
  const ok = makeRuntime().restore(doc, { programs: [program] });
  const done = ok.resume(41);
  assert.deepEqual(done, { status: "done", value: 42 });
});


/** A snapshot edited by `edit` (a deep copy), restored. */
function restoreEdited(edit: (body: Record<string, any>) => void, src = "const x = hostWait(1); return x + 1;"): () => unknown {
  const program = compile(src, "c.js");
  const out = makeRuntime().run(program);
  if (out.status !== "suspended") throw new Error("expected suspension");
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  edit(doc.body);
  return () => makeRuntime().restore(doc, { programs: [program] });
}

test("every reference in a snapshot is checked on restore", () => {
  const nested = `function f(o) { try { return hostWait(o.n); } catch (e) { return -1; } } const o = { n: 1, list: [1, 2] }; return f(o);`;
  const cases: Array<[string, (b: Record<string, any>) => void, RegExp, string?]> = [
    ["pc past the code", (b) => (b.frames[0].pc = 1e6), /frame 0 has pc 1000000/],
    ["negative pc", (b) => (b.frames[0].pc = -1), /frame 0 has pc -1/],
    ["function id out of range", (b) => (b.frames[0].fn = [0, 99]), /unknown function \[0,99\]/],
    ["program index out of range", (b) => (b.frames[0].fn = [5, 0]), /unknown function \[5,0\]/],
    ["frame base outside the stack", (b) => (b.frames[0].base = 1e6), /frame 0 has base 1000000, outside the stack/],
    ["callee frame inside its caller's slots", (b) => (b.frames[1].base = b.frames[0].base), /frame 1 has base/, nested],
    ["dangling heap reference", (b) => (b.stack[0] = { r: 999 }), /dangling reference 999/],
    ["heap reference of the wrong type", (b) => (b.stack.push({ r: 1e9 })), /dangling reference/],
    ["unknown value encoding", (b) => (b.stack[1] = { x: 1, y: 2 }), /unknown value encoding/],
    ["handler of no frame", (b) => b.handlers.push({ fp: 7, pc: 0, sp: 0 }), /handler 1 belongs to no frame/, nested],
    ["handler pc off an instruction", (b) => (b.handlers[0].pc = 1e6), /handler 0 has pc/, nested],
    ["handler stack position past the stack", (b) => (b.handlers[0].sp = 1e6), /handler 0 has stack position/, nested],
    ["a prototype chain that loops", (b) => {
      const o = b.heap.findIndex((e: any) => e.t === "object");
      b.heap[o].p = { r: o };
    }, /prototype chain that loops/, nested],
    ["a closure with the wrong captured variables", (b) => {
      b.heap.push({ t: "closure", p: { b: "Function.prototype" }, fn: [0, 1], cells: [{ r: 0 }, { r: 0 }, { r: 0 }] });
      b.stack.push({ r: b.heap.length - 1 });
    }, /captured variables do not match/, nested],
    ["a private intrinsics table on a script's stack", (b) => (b.stack[b.stack.length - 1] = { b: "%intrinsics" }), /names %intrinsics, which is private to the builtins/],
    ["a private intrinsic in a script's object", (b) => b.heap.find((e: any) => e.t === "object").k.push(["leak", { b: "%intrinsics.toStr" }]), /names %intrinsics.toStr, which is private/, nested],
    ["a bad budget counter", (b) => (b.budgetLeft = "lots"), /a bad budget counter/],
    ["an accessor outside a property", (b) => (b.stack[1] = { acc: [{ u: 1 }, { u: 1 }] }), /an accessor outside a property/],
  ];
  for (const [name, edit, re, src] of cases) {
    assert.throws(restoreEdited(edit, src), corrupted(re), name);
  }
  assert.throws(restoreEdited((b) => (b.stack[0] = { b: "No.such.builtin" })), (e: unknown) => e instanceof SnapshotError && e.kind === "builtin" && /No.such.builtin/.test(e.message));
});

test("limits come from the resuming runtime: raised counters in the document are clamped", () => {
  const src = "const n = hostWait(1); let i = 0; while (true) i++; return i;";
  const program = compile(src, "spin.js");
  const out = makeRuntime().run(program, { limits: { budget: 100_000 } });
  assert.equal(out.status, "suspended");
  if (out.status !== "suspended") return;
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  assert.equal("limits" in doc.body, false, "a snapshot carries no limits");
  doc.body.budgetLeft = -1; // "unlimited"
  doc.body.heapLeft = -1;
  const run = makeRuntime().restore(doc, { programs: [program], limits: { budget: 200_000 } });
  assert.throws(() => run.resume(1), (e: unknown) => e instanceof LimitError && e.limit === "budget" && /instruction budget exceeded \(200000 units\)/.test(e.message));
  doc.body.budgetLeft = 1e15;
  const again = makeRuntime().restore(doc, { programs: [program], limits: { budget: 300_000 } });
  assert.throws(() => again.resume(1), (e: unknown) => e instanceof LimitError && /\(300000 units\)/.test(e.message));
});

test("a run deeper than the resuming depth limit is refused with the depth limit error", () => {
  const src = "function f(n) { return n === 0 ? hostWait(1) : f(n - 1) + 1; } return f(50);";
  const program = compile(src, "deep.js");
  const out = makeRuntime().run(program);
  if (out.status !== "suspended") throw new Error("expected suspension");
  out.run.pending.catch(() => {});
  const doc = out.run.snapshot();
  assert.throws(() => makeRuntime().restore(doc, { programs: [program], limits: { maxDepth: 20 } }), (e: unknown) => e instanceof LimitError && e.limit === "depth" && /call depth limit 20/.test(e.message));
  assert.deepEqual(makeRuntime().restore(doc, { programs: [program] }).resume(1), { status: "done", value: 51 });
});

test("a sealed snapshot opens only with its secret and its binding", () => {
  const { doc } = suspendedDoc();
  const seal = new SnapshotSeal(Buffer.alloc(32, 7));
  const bind = { runId: "run-1", seq: 3, version: "v".repeat(64) };
  const text = seal.seal({ doc, host: { status: 201 } }, bind);
  assert.deepEqual(seal.open(text, bind), { doc: JSON.parse(JSON.stringify(doc)), host: { status: 201 } });
  assert.equal(text.includes("hostWait"), false, "the sealed text does not show the run's state");
  const auth = (re: RegExp) => (e: unknown) => e instanceof SnapshotError && e.kind === "authentication" && /^snapshot failed authentication: /.test(e.message) && re.test(e.message);
  assert.throws(() => seal.open(text, { ...bind, runId: "run-2" }), auth(/written for another run or checkpoint/));
  assert.throws(() => seal.open(text, { ...bind, seq: 2 }), auth(/another run or checkpoint/));
  assert.throws(() => seal.open(text, { ...bind, version: "w".repeat(64) }), auth(/another run or checkpoint/));
  assert.throws(() => new SnapshotSeal(Buffer.alloc(32, 8)).open(text, bind), auth(/sealed under another engine secret \(key [0-9a-f]{16}; this engine's is [0-9a-f]{16}\)/));
  const env = JSON.parse(text);
  const flipped = Buffer.from(env.data, "base64");
  flipped[0] ^= 1;
  assert.throws(() => seal.open(JSON.stringify({ ...env, data: flipped.toString("base64") }), bind), auth(/edited, truncated/));
  assert.throws(() => seal.open(JSON.stringify({ ...env, extra: 1 }), bind), auth(/envelope was altered/));
  assert.throws(() => seal.open(text.slice(0, 100), bind), (e: unknown) => e instanceof SnapshotError && e.kind === "corrupted" && /not valid JSON/.test(e.message));
  assert.throws(() => seal.open(JSON.stringify({ kitwork: "snapshot", version: 1, sum: "x", body: {} }), bind), (e: unknown) => e instanceof SnapshotError && e.kind === "version" && /snapshot version 1/.test(e.message));
});
