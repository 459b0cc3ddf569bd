// Generators across snapshots: a run suspended while it holds suspended generators, or
// inside a generator's body (reached through next(), for-of, spread, yield*, return()
// running a finally block), is serialized to JSON at every suspension, restored in a
// brand-new runtime and resumed; it must reach what a run that never stopped reaches.

import { test } from "node:test";
import assert from "node:assert/strict";
import { SnapshotError, compile } from "../src/index.ts";
import { hopping, hostWaitRuntime, straight } from "./fixtures/snapshot-hops.ts";

/** hostWait(x) suspends the run; it is answered with x * 10 (fixtures/snapshot-hops.ts). */
const makeRuntime = () => hostWaitRuntime();

const CASES: Record<string, { src: string; expect: unknown }> = {
  "suspended generators held across a suspension": {
    src: `
      function* count(from) { let i = from; try { while (true) { const step = yield i; i += step ?? 1; } } finally { log.push("closed at " + i); } }
      const log = [];
      const a = count(1), b = count(100), fresh = count(7);
      a.next(); a.next(); b.next();
      const w = hostWait(1);
      return [a.next(5).value, b.next().value, fresh.next().value, w, a.return("r"), log];`,
    expect: [7, 101, 7, 10, { value: "r", done: true }, ["closed at 7"]],
  },
  "suspended inside a generator body called through next()": {
    src: `
      function* fetcher(ids) { for (const id of ids) { const got = hostWait(id); const ack = yield [id, got]; if (ack) hostWait(ack); } return "all"; }
      const it = fetcher([1, 2, 3]);
      const out = [it.next().value, it.next(4).value];
      out.push(it.next().value, it.next().value, it.next().done);
      return out;`,
    expect: [[1, 10], [2, 20], [3, 30], "all", true],
  },
  "for-of, spread and destructuring over a generator suspended inside it": {
    src: `
      function* slow(n) { for (let i = 1; i <= n; i++) yield hostWait(i); }
      const seen = [];
      for (const v of slow(3)) seen.push(v);
      const spread = [...slow(2)];
      const [first, ...rest] = slow(3);
      return [seen, spread, first, rest];`,
    expect: [[10, 20, 30], [10, 20], 10, [20, 30]],
  },
  "Array.from, new Map, new Set and Object.fromEntries over a generator suspended inside it": {
    src: `
      function* pairs(n) { for (let i = 1; i <= n; i++) yield ["k" + i, hostWait(i)]; }
      const from = Array.from(pairs(2), (e, i) => e[1] + i);
      const map = new Map(pairs(2));
      const set = new Set(pairs(1));
      const obj = Object.fromEntries(pairs(2));
      return [from, [...map], set.size, obj];`,
    expect: [[10, 21], [["k1", 10], ["k2", 20]], 1, { k1: 10, k2: 20 }],
  },
  "new AggregateError and new URLSearchParams over generators suspended inside them": {
    src: `
      function* errs() { yield hostWait(1); yield "b"; }
      function* pairs() { yield ["a", hostWait(2)]; yield (function* () { yield "b"; yield hostWait(3); })(); }
      const e = new AggregateError(errs(), "m");
      return [e.errors, e.message, new URLSearchParams(pairs()).toString()];`,
    expect: [[10, "b"], "m", "a=20&b=30"],
  },
  "new Map closing a script's iterator whose return() suspends, after a bad entry": {
    src: `
      const log = [];
      const it = { n: 0, [Symbol.iterator]() { return this; },
        next() { this.n++; return { value: this.n === 1 ? ["a", hostWait(1)] : 7, done: false }; },
        return() { log.push("closed " + hostWait(2)); return {}; } };
      let err;
      try { new Map(it); } catch (e) { err = e.message; }
      return [err, log];`,
    expect: ["Iterator value 7 is not an entry object", ["closed 20"]],
  },
  "yield* chains, with the innermost generator suspended": {
    src: `
      function* leaf(tag) { const x = yield tag + ":" + hostWait(1); yield tag + ":" + x; return tag; }
      function* mid() { const a = yield* leaf("a"); const b = yield* leaf("b"); yield* [a, b]; }
      function* top() { try { return yield* mid(); } finally { hostWait(2); } }
      const it = top();
      const out = [];
      let r = it.next();
      while (!r.done) { out.push(r.value); r = it.next(out.length); }
      return out;`,
    expect: ["a:10", "a:1", "b:10", "b:3", "a", "b"],
  },
  "return() and throw() running finally and catch blocks that suspend": {
    src: `
      const log = [];
      function* guarded() {
        try { yield 1; yield 2; }
        catch (e) { log.push("caught " + e + " " + hostWait(3)); yield "recovered"; }
        finally { log.push("finally " + hostWait(4)); }
      }
      const a = guarded(); a.next();
      const thrown = a.throw("oops");
      const closed = a.return("bye");
      const b = guarded(); b.next();
      const ret = b.return("early");
      return [thrown, closed, ret, log];`,
    expect: [{ value: "recovered", done: false }, { value: "bye", done: true }, { value: "early", done: true }, ["caught oops 30", "finally 40", "finally 40"]],
  },
  "yield* closing an iterator without throw(), its return() suspending": {
    src: `
      const log = [];
      const inner = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { log.push("closed " + hostWait(2)); return {}; } };
      function* g() { yield* inner; }
      const it = g();
      it.next();
      let err;
      try { it.throw(new Error("x")); } catch (e) { err = e.name + ": " + e.message; }
      return [err, log, it.next().done];`,
    expect: ["TypeError: The iterator does not provide a 'throw' method.", ["closed 20"], true],
  },
  "a generator method of a class instance, with its instance alive": {
    src: `
      class Pages {
        #token = "t";
        constructor(n) { this.n = n; }
        *[Symbol.iterator]() { for (let p = 1; p <= this.n; p++) yield this.#token + p + "/" + hostWait(p); }
        static *pairs(o) { for (const k of Object.keys(o)) yield [k, o[k]]; }
      }
      const pages = new Pages(2);
      const it = pages[Symbol.iterator]();
      const first = it.next().value;
      const pairs = Pages.pairs({ x: 1, y: 2 });
      pairs.next();
      hostWait(9);
      return [first, it.next().value, it.next().done, pairs.next().value, [...new Pages(1)]];`,
    expect: ["t1/10", "t2/20", true, ["y", 2], ["t1/10"]],
  },
};

for (const [name, { src, expect }] of Object.entries(CASES)) {
  test(`generators across snapshots: ${name}`, () => {
    const program = compile(src, "gen.js");
    const expected = straight(program);
    assert.deepEqual(expected, expect, "the straight run gives what JS gives");
    const { value, hops } = hopping(program);
    assert.ok(hops > 0, "the case must suspend at least once");
    assert.deepEqual(value, expected);
  });
}

/** A snapshot taken while a generator is suspended at a yield, edited by `edit`, restored. */
function restoreEdited(edit: (gen: Record<string, any>, body: Record<string, any>) => void): () => unknown {
  const program = compile("function* g() { try { yield 1; } finally { } } const it = g(); it.next(); return hostWait(1) + it.next().done;", "g.js");
  const out = makeRuntime().run(program);
  if (out.status !== "suspended") throw new Error("expected suspension");
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  const gen = doc.body.heap.find((e: any) => e.t === "generator");
  assert.ok(gen, "the snapshot holds the generator");
  edit(gen, doc.body);
  return () => makeRuntime().restore(doc, { programs: [program] });
}

test("a snapshot's generators are checked on restore", () => {
  const corrupted = (re: RegExp) => (e: unknown) => e instanceof SnapshotError && e.kind === "corrupted" && re.test(e.message);
  assert.doesNotThrow(restoreEdited(() => {}));
  const cases: Array<[string, (g: Record<string, any>, b: Record<string, any>) => void, RegExp]> = [
    ["a pc off an instruction", (g) => (g.pc = 1e6), /generator whose pc/],
    ["an unknown state", (g) => (g.state = 9), /generator in an unknown state/],
    ["a closure that is not a generator function", (g, b) => {
      b.heap.push({ t: "closure", p: { b: "Function.prototype" }, fn: [0, 0], cells: [] });
      g.closure = { r: b.heap.length - 1 };
    }, /generator whose function is not a generator function/],
    ["fewer saved values than the frame's slots", (g) => (g.saved = []), /generator whose saved frame does not fit its function/],
    ["a handler below the frame's slots", (g) => (g.handlers = [g.handlers[0], -5]), /generator whose handlers do not fit its frame/],
    ["a handler pc off an instruction", (g) => (g.handlers = [1e6, g.handlers[1]]), /generator whose handlers do not fit its frame/],
  ];
  for (const [name, edit, re] of cases) assert.throws(restoreEdited(edit), corrupted(re), name);
});
