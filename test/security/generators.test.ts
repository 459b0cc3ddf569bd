// Family: generators — a generator holds a frame outside the frame stack, so each test
// is one attempt to use that frame against the sandbox: to write the shared generator
// prototype, to reach the return completion a generator's return() sends through its
// handlers, to run past the limits (an endless generator, a delegation chain as deep as
// the host stack), or to keep a frame for another run.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { LimitError, ScriptError, createRealm, evaluate } from "../../src/index.ts";

async function outcome(source: string, limits?: Record<string, number>, runtime = createRealm({})): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await evaluate(source, { runtime, limits, filename: "gen.js" }) };
  } catch (error) {
    return { error };
  }
}

describe("generators and the sandbox", () => {
  test("the generator prototype is a frozen builtin: a run cannot change next/return/throw for another run", async () => {
    const rt = createRealm({});
    const write = await outcome(`function* g() {} const P = Object.getPrototypeOf(g.prototype); P.next = function () { return { value: "pwned", done: false }; }; return 1;`, undefined, rt);
    assert.ok(write.error instanceof ScriptError && /^TypeError: Cannot assign to read only property 'next'/.test(write.error.message), String(write.error));
    const after = await outcome(`function* g() { yield 1; } return [g().next().value, Object.isFrozen(Object.getPrototypeOf(g.prototype))];`, undefined, rt);
    assert.deepEqual(after.value, [1, true]);
    // A generator function's own prototype belongs to the script (writable, as in JavaScript).
    const own = await outcome(`function* g() { yield 1; } g.prototype.extra = 2; return [g().extra, Object.isFrozen(g.prototype)];`, undefined, rt);
    assert.deepEqual(own.value, [2, false]);
  });

  test("the constructor chain of a generator ends at a GeneratorFunction that cannot compile code", async () => {
    for (const call of ["GF(\"return this\")", "new GF(\"yield process\")", "GF.call(null, \"x\")"]) {
      const r = await outcome(`function* g() {} const GF = Object.getPrototypeOf(g).constructor; return ${call};`);
      assert.ok(r.error instanceof ScriptError && /^EvalError: GeneratorFunction\(\) is not supported/.test(r.error.message), `${call}: ${String(r.error ?? JSON.stringify(r.value))}`);
    }
    const chain = await outcome(`function* g() {} const it = g(); return [it.constructor === Object.getPrototypeOf(g), it.constructor.constructor === Object.getPrototypeOf(g).constructor, typeof globalThis];`);
    assert.deepEqual(chain.value, [true, true, "undefined"]);
  });

  test("return() is never seen by a script: not by catch, not by a finally block, not by an error handler", async () => {
    const r = await outcome(`
      const seen = [];
      function* g() {
        try { try { yield 1; } catch (e) { seen.push(["catch", typeof e]); } }
        finally { seen.push(["finally"]); }
      }
      function* h() { try { yield* g(); } catch (e) { seen.push(["outer catch", typeof e]); } }
      const it = h(); it.next();
      const r = it.return("v");
      return [r, seen];`);
    assert.deepEqual(r.value, [{ value: "v", done: true }, [["finally"]]]);
  });

  test("an endless generator consumed by spread ends with a limit error, which the script cannot catch", async () => {
    const r = await outcome(`function* forever() { let i = 0; while (true) yield i++; } try { return [...forever()].length; } catch (e) { return "caught"; }`, { budget: 2_000_000 });
    assert.ok(r.error instanceof LimitError, String(r.error ?? r.value));
    assert.ok(["budget", "array", "heap"].includes(r.error.limit), r.error.limit);
  });

  test("a yield* chain deeper than the depth limit ends with the depth limit, not a host stack overflow", async () => {
    const r = await outcome(`function* deep(n) { if (n > 0) yield* deep(n - 1); else yield "bottom"; } try { return deep(100000).next(); } catch (e) { return "caught"; }`, { maxDepth: 500 });
    assert.ok(r.error instanceof LimitError && r.error.limit === "depth", String(r.error ?? JSON.stringify(r.value)));
    const ok = await outcome(`function* deep(n) { if (n > 0) yield* deep(n - 1); else yield "bottom"; } return deep(400).next();`, { maxDepth: 500 });
    assert.deepEqual(ok.value, { value: "bottom", done: false });
  });

  test("a suspended generator leaves a run as plain data and no frame of it reaches the next run", async () => {
    const rt = createRealm({});
    const first = await outcome(`function* g() { const secret = "s3cret"; yield 1; yield secret; } const it = g(); it.next(); return { it, list: [it] };`, undefined, rt);
    assert.deepEqual(first.value, { it: {}, list: [{}] });
    const second = await outcome(`return typeof it;`, undefined, rt);
    assert.equal(second.value, "undefined");
  });
});
