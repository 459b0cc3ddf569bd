// The VM's debug API (src/vm/debug.ts) and the snapshot inspection built on it
// (src/engine/inspect.ts): a run suspended inside nested functions shows each frame's
// position and variables — captured ones through their cells, uninitialised `let`s as
// such — live, and again after a snapshot → JSON → restore round trip.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Runtime, compile, toHost, type Outcome, type Program } from "../src/index.ts";
import { type DebugFrame, frameAt, localsOf, stackFrames } from "../src/vm/debug.ts";
import { inspectSnapshot } from "../src/engine/inspect.ts";
import type { Interpreter } from "../src/vm/interpreter.ts";

const SOURCE = `let total = 10;
function outer(a) {
  let count = a + 1;
  const bump = () => { count += total; return count; };
  function inner(b) {
    if (b < 0) return early;
    const local = b * 2;
    const got = hostWait(local + bump() + count);
    let early = got;
    return early + local;
  }
  const r = inner(a + 2);
  let after = r;
  const show = () => after;
  return [r, show()];
}
const result = outer(1);
let later = 5;
function readLater() { return later; }
return [result, readLater()];`;

/** 1-based line and 0-based column (acorn's convention) of the first `text` in SOURCE. */
function positionOf(text: string): { line: number; column: number } {
  const lines = SOURCE.split("\n");
  const i = lines.findIndex((l) => l.includes(text));
  assert.ok(i >= 0, `${text} is in the script`);
  return { line: i + 1, column: lines[i]!.indexOf(text) };
}

/** hostWait(x) suspends the run on a promise that never settles: the test resumes it by hand. */
function makeRuntime(): Runtime {
  return new Runtime({ globals: { hostWait: () => new Promise(() => {}) } });
}

function suspended(rt: Runtime, program: Program): Outcome & { status: "suspended" } {
  const out = rt.run(program);
  assert.equal(out.status, "suspended", "the run stops at hostWait()");
  return out as Outcome & { status: "suspended" };
}

const TDZ = "<tdz>";

/** A frame as a user reads it: name, line and each variable's value as host data. */
function view(f: DebugFrame): { function: string; line: number; locals: Record<string, unknown>; captures: Record<string, unknown> } {
  const vars = (list: DebugFrame["locals"]) => Object.fromEntries(list.map((v) => [v.name, v.initialised ? toHost(v.value) : TDZ]));
  return { function: f.function, line: f.line, locals: vars(f.locals), captures: vars(f.captures) };
}

const EXPECTED = [
  {
    function: "inner",
    line: positionOf("hostWait(").line,
    // `got` is not read before its declaration: the VM keeps no TDZ mark for it.
    locals: { b: 3, local: 6, got: undefined, early: TDZ },
    captures: { bump: "[function bump]", count: 12 },
  },
  {
    function: "outer",
    line: positionOf("inner(a + 2)").line,
    locals: { a: 1, count: 12, bump: "[function bump]", inner: "[function inner]", r: undefined, after: TDZ, show: undefined },
    captures: { total: 10 },
  },
  {
    function: "<main>",
    line: positionOf("outer(1)").line,
    locals: { total: 10, outer: "[function outer]", result: undefined, later: TDZ, readLater: "[function readLater]" },
    captures: {},
  },
];

function checkFrames(vm: Interpreter, where: string): void {
  const frames = stackFrames(vm);
  assert.deepEqual(frames.map(view), EXPECTED, where);
  const [inner, outer, main] = frames;
  assert.equal(inner!.column, positionOf("hostWait(").column, `${where}: the innermost frame is at its call of hostWait`);
  assert.equal(inner!.file, "nested.js");
  assert.deepEqual(frames.map((f) => f.level), [0, 1, 2]);
  assert.deepEqual(frames.map((f) => f.builtin), [false, false, false]);
  // Captured variables are read through their cells and say so; plain slots do not.
  const flag = (f: DebugFrame, name: string) => f.locals.find((v) => v.name === name)!.captured;
  assert.equal(flag(outer!, "count"), true);
  assert.equal(flag(outer!, "after"), true);
  assert.equal(flag(main!, "later"), true);
  assert.equal(flag(inner!, "local"), false);
  assert.equal(flag(inner!, "early"), false, "early is a plain slot in TDZ, not a cell");
  // The one cell is seen from both sides: outer's slot and inner's captured copy.
  assert.equal(inner!.captures.find((v) => v.name === "count")!.value, outer!.locals.find((v) => v.name === "count")!.value);
  // localsOf and frameAt read one level.
  assert.deepEqual(localsOf(vm, 1), outer!.locals);
  assert.deepEqual(frameAt(vm, 2), main);
  assert.equal(frameAt(vm, 3), null, "there is no frame above the top level");
  assert.throws(() => localsOf(vm, 3), RangeError);
}

test("a live suspended run: each frame's position and variables, captured ones and uninitialised ones", () => {
  const program = compile(SOURCE, "nested.js");
  const out = suspended(makeRuntime(), program);
  out.run.pending.catch(() => {});
  checkFrames(out.run.vm, "live");
  const done = out.run.resume(30);
  assert.equal(done.status, "done");
  if (done.status === "done") assert.deepEqual(toHost(done.value), [[36, 36], 5]);
  assert.deepEqual(stackFrames(out.run.vm), [], "a finished run has no frames");
});

test("after a snapshot → JSON → restore round trip, in a fresh runtime, the frames read the same", () => {
  const program = compile(SOURCE, "nested.js");
  const out = suspended(makeRuntime(), program);
  out.run.pending.catch(() => {});
  const json = JSON.stringify(out.run.snapshot());
  const run = makeRuntime().restore(JSON.parse(json), { programs: [program] });
  checkFrames(run.vm, "restored");
  // What the frames show is the run that continues: resuming gives the value the live run would.
  const done = run.resume(30);
  assert.equal(done.status, "done");
  if (done.status === "done") assert.deepEqual(toHost(done.value), [[36, 36], 5]);
});

test("frames of builtins written in the script language are left out, or listed and flagged on request", () => {
  const program = compile(`const xs = [4, 5].map((x) => { const y = x + 1; return hostWait(y); });\nreturn xs;`, "callback.js");
  const out = suspended(makeRuntime(), program);
  out.run.pending.catch(() => {});
  const user = stackFrames(out.run.vm);
  assert.deepEqual(user.map((f) => [f.function, f.file, f.builtin]), [["", "callback.js", false], ["<main>", "callback.js", false]]);
  assert.deepEqual(view(user[0]!).locals, { x: 4, y: 5 });
  const all = stackFrames(out.run.vm, { builtins: true });
  assert.deepEqual(all.map((f) => [f.function, f.file, f.builtin]), [["", "callback.js", false], ["map", "<builtin>", true], ["<main>", "callback.js", false]]);
  // Levels count every frame, so the user's frames keep theirs when builtins are hidden.
  assert.deepEqual(user.map((f) => f.level), [0, 2]);
  assert.deepEqual(all.map((f) => f.level), [0, 1, 2]);
});

test("inspectSnapshot: the parked run's frames with bounded previews of their variables", () => {
  const program = compile(
    `const long = "y".repeat(300);
const deep = { a: { b: { c: { d: 1 } } } };
const big = [];
for (let i = 0; i < 30; i++) big.push(i);
const wide = {};
for (let i = 0; i < 25; i++) wide["k" + i] = i;
function step(n) {
  const seen = n * 2;
  return hostWait(seen);
}
const v = step(7);
let later = v;
const read = () => later;
return read();`,
    "parked.js",
  );
  const out = suspended(makeRuntime(), program);
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  const frames = inspectSnapshot(makeRuntime(), doc, program);
  const wideShown: Record<string, unknown> = {};
  for (let i = 0; i < 20; i++) wideShown["k" + i] = i;
  wideShown["…"] = "5 more keys";
  assert.deepEqual(frames, [
    { function: "step", line: 9, column: 9, locals: { n: 7, seen: 14 } },
    {
      function: "<main>",
      line: 11,
      column: 10,
      locals: {
        long: "y".repeat(197) + "...",
        deep: { a: { b: { c: "{…}" } } },
        big: [...Array.from({ length: 20 }, (_, i) => i), "… 10 more"],
        wide: wideShown,
        // Both loops' `i`, left behind with their last values; the later slot wins the key.
        i: 25,
        step: "[function step]",
        v: undefined,
        later: "<uninitialised>",
        read: undefined,
      },
    },
  ]);
});

test("inspectSnapshot: a variable named __proto__ is listed as a variable", () => {
  const program = compile(`const __proto__ = { secret: 1 };\nreturn hostWait(__proto__);`, "proto.js");
  const out = suspended(makeRuntime(), program);
  out.run.pending.catch(() => {});
  const [main] = inspectSnapshot(makeRuntime(), JSON.parse(JSON.stringify(out.run.snapshot())), program);
  assert.deepEqual(Object.keys(main!.locals), ["__proto__"]);
  assert.deepEqual(Object.getOwnPropertyDescriptor(main!.locals, "__proto__")?.value, { secret: 1 });
  assert.equal(Object.getPrototypeOf(main!.locals), Object.prototype);
});

test("a run suspended inside a class method shows the script's variables, not the class's hidden bindings", () => {
  const program = compile(`class Counter {
  #n = 0;
  static made = 0;
  bump(by) {
    const next = this.#n + by;
    this.#n = hostWait(next);
    return this.#n;
  }
}
const c = new Counter();
return c.bump(2);`, "cls.js");
  const out = suspended(makeRuntime(), program);
  const frames = stackFrames(out.run.vm).map(view);
  assert.deepEqual(frames.map((f) => f.function), ["bump", "<main>"]);
  assert.deepEqual(frames[0]!.locals, { by: 2, next: 2 });
  assert.deepEqual(frames[0]!.captures, {});
  assert.deepEqual(Object.keys(frames[1]!.locals), ["Counter", "c"]);
});
