// The conformance runner (test/conformance/test262.ts): its reading of test262's
// frontmatter, always; and, when a checkout of the suite is given (TEST262_DIR), a short
// slice of the suite on the VM and on V8. Without a checkout the slice is skipped: the
// suite is not part of the repository (npm run test262 runs all of it).

import { test } from "node:test";
import assert from "node:assert/strict";
import { Suite, globToRegExp, listTests, parseMeta, skipReason, suiteDir } from "./conformance/test262.ts";

test("test262 frontmatter: includes, flags, features and negative, inline or as block lists", () => {
  const src = `// Copyright
/*---
esid: sec-array.prototype.indexof
description: >
  a folded description
includes: [compareArray.js, propertyHelper.js]
flags: [onlyStrict]
features:
  - Symbol.iterator
  - generators # a comment
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
`;
  assert.deepEqual(parseMeta(src), {
    includes: ["compareArray.js", "propertyHelper.js"],
    flags: ["onlyStrict"],
    features: ["Symbol.iterator", "generators"],
    negative: { phase: "parse", type: "SyntaxError" },
  });
  assert.deepEqual(parseMeta("/*---\ndescription: none\n---*/"), { includes: [], flags: [], features: [], negative: null });
});

test("test262 selection: flags and features the VM does not claim are skipped with their reason", () => {
  const meta = (m: Partial<ReturnType<typeof parseMeta>>) => ({ includes: [], flags: [], features: [], negative: null, ...m });
  assert.equal(skipReason(meta({ flags: ["noStrict"] })), "flag noStrict (the VM runs strict code only)");
  assert.equal(skipReason(meta({ flags: ["async"] })), null);
  assert.equal(skipReason(meta({ features: ["Symbol.iterator", "Proxy"] })), "feature Proxy");
  assert.equal(skipReason(meta({ features: ["generators"] })), null);
  assert.match(skipReason(meta({}), "built-ins/WeakMap/constructor.js") ?? "", /^directory built-ins\/WeakMap/);
  assert.equal(skipReason(meta({ flags: ["onlyStrict"] }), "built-ins/Array/isArray/name.js"), null);
});

test("test262 --filter globs", () => {
  assert.ok(globToRegExp("indexOf").test("built-ins/Array/prototype/indexOf/15.4.4.14-1-1.js"));
  assert.ok(!globToRegExp("indexOf").test("built-ins/Array/prototype/lastIndexOf/15.4.4.15-1-1.js"));
  assert.ok(globToRegExp("built-ins/Array/prototype/*/length.js").test("built-ins/Array/prototype/map/length.js"));
  assert.ok(!globToRegExp("built-ins/Array/prototype/*/length.js").test("built-ins/Array/prototype/map/x/length.js"));
  assert.ok(globToRegExp("built-ins/**/length.js").test("built-ins/Array/prototype/map/length.js"));
  assert.ok(globToRegExp("*-zero-*").test("built-ins/Array/prototype/indexOf/length-zero-returns-minus-one.js"));
});

/**
 * A slice of the suite: Array methods on array-likes, read through their properties.
 * Every test in it passes on V8; on the VM, all but these (each for a documented
 * difference, docs/language.md).
 */
const SLICE = ["built-ins/Array/prototype/indexOf", "built-ins/Array/prototype/lastIndexOf", "built-ins/Array/prototype/forEach", "built-ins/Array/prototype/some"];
/** The tests of steps 1 and 2 of each method: ToObject(this) and its length. */
const SLICE_TESTS = /\/15\.4\.4\.\d+-[12]-\d+\.js$/;
/** Failures that are the VM's documented differences: builtins are frozen, array elements are plain data. */
const KNOWN = /object is not extensible|array elements are plain data/;

/** Tests of the slice that fail on the VM for a difference of their own. */
const KNOWN_TESTS: Record<string, string> = {
  "built-ins/Array/prototype/forEach/15.4.4.18-1-15.js": "arguments is an array, not an Arguments object",
  "built-ins/Array/prototype/some/15.4.4.17-1-15.js": "arguments is an array, not an Arguments object",
  "built-ins/Array/prototype/forEach/15.4.4.18-2-17.js": "arguments is an array: arguments[2] = x grows its length",
  "built-ins/Array/prototype/indexOf/15.4.4.14-2-17.js": "arguments is an array: arguments[2] = x grows its length",
  "built-ins/Array/prototype/lastIndexOf/15.4.4.15-2-17.js": "arguments is an array: arguments[2] = x grows its length",
  "built-ins/Array/prototype/some/15.4.4.17-2-17.js": "arguments is an array: arguments[2] = x grows its length",
};

const dir = suiteDir();

test("test262 slice: array-likes as this on the VM (needs TEST262_DIR)", { skip: dir ? false : "TEST262_DIR is not set" }, async () => {
  const files = listTests(dir!, SLICE).filter((f) => SLICE_TESTS.test(f));
  assert.ok(files.length > 50, `the slice has ${files.length} tests`);
  const vm = new Suite(dir!, "vm");
  const v8 = new Suite(dir!, "v8");
  const unexpected: string[] = [];
  let passed = 0;
  for (const f of files) {
    const onV8 = await v8.run(f);
    assert.notEqual(onV8.kind, "fail", `${f} fails on V8: ${onV8.kind === "fail" ? onV8.reason : ""}`);
    const out = await vm.run(f);
    if (out.kind === "pass") passed++;
    else if (out.kind === "fail" && !KNOWN.test(out.reason) && !KNOWN_TESTS[f]) unexpected.push(`${f}: ${out.reason}`);
  }
  assert.deepEqual(unexpected, []);
  assert.ok(passed > files.length / 2, `${passed} of ${files.length} pass`);
});

test("test262 runner outcomes on both engines: $DONE, a failing $DONE, a missing $DONE, negative tests (needs TEST262_DIR)", { skip: dir ? false : "TEST262_DIR is not set" }, async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kw-t262-"));
  try {
    fs.symlinkSync(path.join(dir!, "harness"), path.join(root, "harness"));
    fs.mkdirSync(path.join(root, "test", "x"), { recursive: true });
    const write = (name: string, meta: string, body: string) => fs.writeFileSync(path.join(root, "test", "x", name), `/*---\n${meta}\n---*/\n${body}\n`);
    write("done.js", "flags: [async]", "Promise.resolve(1).then(function (v) { assert.sameValue(v, 1); }).then($DONE, $DONE);");
    write("done-error.js", "flags: [async]", "Promise.resolve(1).then(function (v) { assert.sameValue(v, 2); }).then($DONE, $DONE);");
    write("no-done.js", "flags: [async]", "Promise.resolve(1);");
    write("parse.js", "negative:\n  phase: parse\n  type: SyntaxError", "$DONOTEVALUATE();\nvar = 1;");
    write("runtime.js", "negative:\n  phase: runtime\n  type: TypeError", "null.x;");
    write("wrong-type.js", "negative:\n  phase: runtime\n  type: RangeError", "null.x;");
    write("skipped.js", "features: [Proxy]", "new Proxy({}, {});");
    const expected = { "done.js": "pass", "done-error.js": "fail", "no-done.js": "fail", "parse.js": "pass", "runtime.js": "pass", "wrong-type.js": "fail", "skipped.js": "skip" };
    for (const engine of ["vm", "v8"] as const) {
      const suite = new Suite(root, engine);
      const got: Record<string, string> = {};
      for (const f of listTests(root, ["x"])) got[f.slice(2)] = (await suite.run(f)).kind;
      assert.deepEqual(got, expected, engine);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
