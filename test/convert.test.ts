// Values leaving the VM (stdlib/convert.ts toHost): what a work's return value, a log line or
// a run record holds on the host side — cycles marked, shared objects kept, depth limited.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Runtime, compile, toHost } from "../src/index.ts";

const value = (source: string) => toHost(new Runtime().runSync(compile(source, "convert.js")));

describe("values leaving the VM", () => {
  test("a cycle is written as [Circular], at any depth", () => {
    assert.deepEqual(value("const a = { n: 1 }; a.self = a; return a;"), { n: 1, self: "[Circular]" });
    // Deeper than the path's array scan (8 levels): the cycle is found all the same.
    const deep = value("const top = { d: 0 }; let o = top; for (let i = 1; i < 20; i++) { o.next = { d: i }; o = o.next; } o.back = top; o.arr = [o]; return top;") as Record<string, unknown>;
    let o = deep;
    for (let i = 0; i < 19; i++) o = o.next as Record<string, unknown>;
    assert.equal(o.d, 19);
    assert.equal(o.back, "[Circular]");
    assert.deepEqual(o.arr, ["[Circular]"]);
  });

  test("an object reached twice, but not through itself, is written twice", () => {
    assert.deepEqual(value("const s = { k: 'v' }; return { a: s, b: [s, s], c: { d: s } };"), { a: { k: "v" }, b: [{ k: "v" }, { k: "v" }], c: { d: { k: "v" } } });
    // The same deeper than the array scan's 8 levels.
    const r = value("const s = { k: 'v' }; let o = { s }; const top = o; for (let i = 0; i < 12; i++) { o.next = { s }; o = o.next; } return top;") as Record<string, unknown>;
    let o = r;
    for (let i = 0; i < 12; i++) {
      assert.deepEqual(o.s, { k: "v" });
      o = o.next as Record<string, unknown>;
    }
  });

  test("a value nested more than 1000 levels deep cannot leave: the error names the limit", () => {
    assert.throws(() => value("let o = {}; const top = o; for (let i = 0; i < 1500; i++) { o.x = {}; o = o.x; } return top;"), /nested more than 1000 levels deep cannot leave the VM/);
    // 1000 levels leave.
    const ok = value("let o = {}; const top = o; for (let i = 0; i < 999; i++) { o.x = {}; o = o.x; } return top;");
    let depth = 0;
    for (let o = ok as Record<string, unknown> | undefined; o; o = o.x as Record<string, unknown> | undefined) depth++;
    assert.equal(depth, 1000);
  });
});
