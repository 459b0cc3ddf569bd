// Family: promises — the microtask queue runs guest code after the top level returned,
// and an async function keeps its frame in a promise reaction, so each test is one
// attempt to use that against the sandbox: to change Promise for another run, to run
// past the limits from the queue (an endless then() chain, an endless await loop, async
// recursion as deep as the host stack), to reach a host object through the resolving
// functions or a hostile thenable, or to leave work queued for the next run.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { LimitError, ScriptError, createRealm, evaluate } from "../../src/index.ts";

async function outcome(source: string, limits?: Record<string, number>, runtime = createRealm({})): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await evaluate(source, { runtime, limits, filename: "p.js" }) };
  } catch (error) {
    return { error };
  }
}

describe("promises and the sandbox", () => {
  test("Promise and its prototype are frozen builtins: a run cannot change then() for another run", async () => {
    const rt = createRealm({});
    const write = await outcome(`Promise.prototype.then = function () { return "pwned"; }; return 1;`, undefined, rt);
    assert.ok(write.error instanceof ScriptError && /^TypeError: Cannot assign to read only property 'then'/.test(write.error.message), String(write.error));
    const stat = await outcome(`Promise.all = () => "pwned"; return 1;`, undefined, rt);
    assert.ok(stat.error instanceof ScriptError && /^TypeError/.test(stat.error.message), String(stat.error));
    const after = await outcome(`return await Promise.all([Promise.resolve(1).then((x) => x + 1)]);`, undefined, rt);
    assert.deepEqual(after.value, [2]);
  });

  test("the resolving functions, the executor's arguments, lead only to the guest's Function", async () => {
    const r = await outcome(`
      let res, rej;
      new Promise((a, b) => { res = a; rej = b; });
      return [typeof res, Object.getPrototypeOf(res) === Function.prototype, res.constructor === Function, rej.constructor === Function, res(1), rej(2), typeof globalThis];`);
    assert.deepEqual(r.value, ["function", true, true, true, undefined, undefined, "undefined"]);
    const f = await outcome(`let res; new Promise((a) => { res = a; }); return res.constructor("return process")();`);
    assert.ok(f.error instanceof ScriptError && /Function\(\) is not supported/.test(f.error.message), String(f.error));
  });

  test("an endless then() chain and an endless await loop meet a limit, queued work counted like any other", async () => {
    for (const src of [
      `function loop() { return Promise.resolve().then(loop); } loop(); return 1;`,
      `async function spin() { for (;;) await null; } spin(); return 1;`,
      `let p = Promise.resolve(); for (;;) p = p.then(() => 1);`,
    ]) {
      const r = await outcome(src, { budget: 2_000_000 });
      assert.ok(r.error instanceof LimitError, `${src}: ${String(r.error ?? JSON.stringify(r.value))}`);
    }
  });

  test("async recursion as deep as the host stack meets the depth limit, not a host crash", async () => {
    const r = await outcome(`async function down(n) { return n === 0 ? 0 : 1 + await down(n - 1); } return await down(1e6);`);
    assert.ok(r.error instanceof LimitError && r.error.limit === "depth", String(r.error));
  });

  test("a hostile thenable (a throwing getter, a then that calls back twice) only settles a guest promise", async () => {
    const r = await outcome(`
      const bad = { get then() { throw new Error("getter"); } };
      const twice = { then(ok, no) { ok("first"); ok("second"); no(new Error("late")); } };
      const a = await Promise.resolve(bad).catch((e) => e.message);
      const b = await twice;
      return [a, b];`);
    assert.deepEqual(r.value, ["getter", "first"]);
  });

  test("nothing queued by one run reaches the next run of the same runtime", async () => {
    const rt = createRealm({});
    const first = await outcome(`Promise.resolve().then(() => { throw new Error("left behind"); }); return "first";`, undefined, rt);
    assert.ok(first.error instanceof ScriptError && /left behind/.test(first.error.message), String(first.error));
    const pending = await outcome(`new Promise(() => {}).then(() => { throw new Error("never"); }); return "pending left";`, undefined, rt);
    assert.equal(pending.value, "pending left");
    const next = await outcome(`return await Promise.resolve("clean");`, undefined, rt);
    assert.equal(next.value, "clean");
  });
});
