// Suspension: a host function returning a Promise suspends the run (not the engine);
// many suspended runs coexist and each resumes exactly where it stopped.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Runtime, compile, evaluate, toHost, type Outcome } from "../src/index.ts";

test("1,000 concurrent runs, each awaiting host timers inside map callbacks", async () => {
  let inFlight = 0;
  let maxInFlight = 0;
  const rt = new Runtime({
    globals: {
      hostWait: (x: unknown) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return new Promise((resolve) => setTimeout(() => { inFlight--; resolve((x as number) * 2); }, 1 + ((x as number) % 5)));
      },
    },
  });
  const results = await Promise.all(
    Array.from({ length: 1000 }, (_, i) =>
      evaluate(`const base = ${i};
        const doubled = [base, base + 1, base + 2].map(x => hostWait(x));
        return { id: base, doubled, sum: doubled.reduce((a, b) => a + b, 0) };`, { runtime: rt, filename: `run${i}.js` }),
    ),
  );
  results.forEach((r, i) => {
    assert.deepEqual(r, { id: i, doubled: [2 * i, 2 * i + 2, 2 * i + 4], sum: 6 * i + 6 });
  });
  assert.ok(maxInFlight >= 500, `runs should be suspended side by side (max in flight ${maxInFlight})`);
});

test("a suspended run resumes at the exact point, with the value or a thrown error", async () => {
  const rt = new Runtime({ globals: { ask: (q: unknown) => Promise.resolve(q) } });
  const program = compile(`
    const log = [];
    try { log.push("before"); const v = ask("q1"); log.push("got " + v); ask("q2"); log.push("unreachable"); }
    catch (e) { log.push("caught " + e.message); }
    return log;`, "resume.js");
  let out: Outcome = rt.run(program);
  assert.equal(out.status, "suspended");
  if (out.status !== "suspended") return;
  out.run.pending.catch(() => {});
  out = out.run.resume("answer");
  assert.equal(out.status, "suspended");
  if (out.status !== "suspended") return;
  out.run.pending.catch(() => {});
  out = out.run.resumeThrow(new Error("host failed"));
  assert.equal(out.status, "done");
  const log = toHost(out.value) as string[];
  assert.deepEqual(log.slice(0, 2), ["before", "got answer"]);
  assert.deepEqual(log, ["before", "got answer", "caught host failed"]);
});

test("a host promise that rejects becomes a catchable error in the script", async () => {
  const value = await evaluate(`
    try { fetchIt(); return "no"; } catch (e) { return [e instanceof Error, e.message]; }`, {
    globals: { fetchIt: () => Promise.reject(new Error("connection refused")) },
  });
  assert.deepEqual(value, [true, "connection refused"]);
});

test("other runs proceed while one waits", async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const rt = new Runtime({ globals: { gate: () => gate.then(() => "open") } });
  const slow = evaluate(`return gate();`, { runtime: rt });
  const fast = await evaluate(`let s = 0; for (let i = 0; i < 1000; i++) s += i; return s;`, { runtime: rt });
  assert.equal(fast, 499500);
  release();
  assert.equal(await slow, "open");
});
