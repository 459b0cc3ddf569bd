// Promises and async functions across snapshots: a run suspended inside an async
// function, inside a then() reaction, or while promises are pending and microtasks are
// queued, is serialized to JSON at every suspension, restored in a brand-new runtime and
// resumed; it must reach what a run that never stopped reaches (and what Node computes
// for the same code with a hostWait that multiplies by ten: the expectations below were
// checked there). A checkpoint taken while host operations are in flight first waits for
// them to settle.

import { test } from "node:test";
import assert from "node:assert/strict";
import { SnapshotError, compile, toHost, type Program } from "../src/index.ts";
import { park } from "../src/runtime/park.ts";
import { hopping as runHopping, hostWaitRuntime, straight as runStraight } from "./fixtures/snapshot-hops.ts";

/** hostWait(x) suspends the run; it is answered with x * 10 (fixtures/snapshot-hops.ts). */
let slowStarted = 0;
const makeRuntime = () =>
  hostWaitRuntime({
    // Called in an async position it runs in parallel (its promise settles on its own).
    slowHost: (x: unknown) => {
      slowStarted++;
      return new Promise((r) => setTimeout(() => r(typeof x === "number" ? x * 100 : x), 20));
    },
    checkpoint: () => park({ kind: "checkpoint" }),
  });
const straight = (program: Program) => runStraight(program, makeRuntime);
const hopping = (program: Program) => runHopping(program, makeRuntime);

const CASES: Record<string, { src: string; expect: unknown; hops: number }> = {
  "suspended inside async functions awaiting each other, with reactions pending": {
    src: `
      const log = [];
      async function inner(n) { await null; const v = hostWait(n); log.push("inner " + n); return v + 1; }
      async function outer() { const a = await inner(1); const b = await inner(2); return a + b; }
      const p = outer();
      p.then((v) => log.push("then " + v));
      Promise.resolve().then(() => log.push("tick"));
      log.push("sync");
      const r = await p;
      return [r, log];`,
    expect: [32, ["sync", "inner 1", "tick", "inner 2", "then 32"]],
    hops: 2,
  },
  "suspended inside a then() reaction after the top level returned its promise": {
    src: `
      const log = [];
      return Promise.resolve(3)
        .then((x) => { log.push("a"); return hostWait(x); })
        .then((x) => { log.push("b"); return [x, hostWait(x + 1), log]; });`,
    expect: [30, 310, ["a", "b"]],
    hops: 2,
  },
  "suspended while the microtask queue holds jobs and Promise.all waits": {
    src: `
      const order = [];
      async function job(n) { order.push("start " + n); await null; const v = hostWait(n); order.push("end " + n); return v; }
      const all = Promise.all([job(1), job(2), job(3)]);
      const settled = Promise.allSettled([Promise.reject(new Error("x")), job(4)]);
      const [vals, s] = [await all, await settled];
      return [vals, s.map((e) => e.status), order];`,
    expect: [[10, 20, 30], ["rejected", "fulfilled"], ["start 1", "start 2", "start 3", "start 4", "end 1", "end 2", "end 3", "end 4"]],
    hops: 4,
  },
  "a rejection travelling through try/finally in an async function across a suspension": {
    src: `
      const log = [];
      async function f() {
        try { await Promise.reject(new Error("boom")); }
        finally { log.push("finally " + hostWait(5)); }
      }
      let caught;
      try { await f(); } catch (e) { caught = e.message; }
      return [caught, log];`,
    expect: ["boom", ["finally 50"]],
    hops: 1,
  },
  "suspended inside an async generator's body with next() calls queued, then closed by return()": {
    src: `
      const log = [];
      async function* pages(n) {
        try {
          for (let i = 1; i <= n; i++) {
            await null;
            const v = hostWait(i);
            log.push("page " + i);
            yield v;
          }
        } finally { log.push("closed " + hostWait(9)); }
      }
      const it = pages(5);
      const queued = [it.next(), it.next(), it.next()];
      const rs = await Promise.all(queued);
      const r = await it.return("stop");
      return [rs.map((x) => x.value), r, log];`,
    expect: [[10, 20, 30], { value: "stop", done: true }, ["page 1", "page 2", "page 3", "closed 90"]],
    hops: 4,
  },
  "suspended inside for await loop bodies (an async generator, then a sync iterable of promises), break closing the generator": {
    src: `
      const log = [];
      async function* count() { let i = 0; while (true) { i++; yield Promise.resolve(i); } }
      let total = 0;
      for await (const x of count()) {
        total += hostWait(x);
        log.push("got " + x);
        if (x === 3) break;
      }
      for await (const y of [Promise.resolve(4), 5]) total += hostWait(y);
      return [total, log];`,
    expect: [150, ["got 1", "got 2", "got 3"]],
    hops: 5,
  },
};

for (const [name, c] of Object.entries(CASES)) {
  test(`snapshot: ${name}`, () => {
    const program = compile(c.src, "async.js");
    assert.deepEqual(straight(program), c.expect, "without snapshots");
    const { value, hops } = hopping(program);
    assert.equal(hops, c.hops, "the run suspended where expected");
    assert.deepEqual(value, c.expect, "restored at every suspension");
  });
}

test("snapshot: a checkpoint with host operations in flight waits for them, then parks with their results", async () => {
  const program = compile(
    `const all = Promise.all([slowHost(1), slowHost(2)]);
     const late = slowHost(3).then((v) => v + 1);
     checkpoint();
     return [await all, await late];`,
    "async.js",
  );
  slowStarted = 0;
  let rt = makeRuntime();
  let out = rt.run(program);
  assert.equal(out.status, "suspended");
  assert.equal(slowStarted, 3, "the three operations started before the checkpoint");
  if (out.status !== "suspended") return;
  // The first suspension waits for the operations in flight: no snapshot yet.
  assert.throws(() => out.status === "suspended" && out.run.snapshot(), (e: unknown) => e instanceof SnapshotError && /in flight/.test(e.message));
  out = await out.run.awaitAndResume();
  assert.equal(out.status, "suspended", "then the run parks on the checkpoint");
  if (out.status !== "suspended") return;
  const json = JSON.stringify(out.run.snapshot());
  rt = makeRuntime();
  const run = rt.restore(JSON.parse(json), { programs: [program] });
  const end = run.resume(undefined);
  assert.equal(end.status, "done");
  assert.deepEqual(toHost((end as { value: unknown }).value), [[100, 200], 301]);
  assert.equal(slowStarted, 3, "nothing ran twice");
});
