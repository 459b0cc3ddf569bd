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
  assert.equal(skipReason(meta({ flags: ["async"] })), "flag async (no Promise for $DONE)");
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
/** Failures that are the VM's documented differences: builtins are frozen, wrapper objects, array elements as plain data, holes. */
const KNOWN = /object is not extensible|objects are not supported|array elements are plain data|eval is not defined/;

/** Tests of the slice that fail on the VM for a difference of their own. */
const KNOWN_TESTS: Record<string, string> = {
  "built-ins/Array/prototype/forEach/15.4.4.18-1-15.js": "arguments is an array, not an Arguments object",
  "built-ins/Array/prototype/some/15.4.4.17-1-15.js": "arguments is an array, not an Arguments object",
  "built-ins/Array/prototype/forEach/15.4.4.18-2-17.js": "arguments is an array: arguments[2] = x grows its length",
  "built-ins/Array/prototype/indexOf/15.4.4.14-2-17.js": "arguments is an array: arguments[2] = x grows its length",
  "built-ins/Array/prototype/lastIndexOf/15.4.4.15-2-17.js": "arguments is an array: arguments[2] = x grows its length",
  "built-ins/Array/prototype/some/15.4.4.17-2-17.js": "arguments is an array: arguments[2] = x grows its length",
  "built-ins/Array/prototype/forEach/15.4.4.18-1-7.js": "a string this is not wrapped in a String object",
  "built-ins/Array/prototype/some/15.4.4.17-1-7.js": "a string this is not wrapped in a String object",
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
