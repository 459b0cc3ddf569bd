// The compiled builtins kept between processes: programs written as text and read back
// run as the compiled ones do (bytecode/serialize.ts), and the install's cache file
// (runtime/builtins-cache.ts) is used when it matches, and compiled again and rewritten
// when it is missing, damaged, or the compiler changed.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FORMAT_VERSION, type Program } from "../src/bytecode/program.ts";
import { ProgramFormatError, decodePrograms, encodePrograms } from "../src/bytecode/serialize.ts";
import { VerifyError } from "../src/bytecode/verify.ts";
import { compile } from "../src/compiler/index.ts";
import { PRELUDE_SOURCE } from "../src/stdlib/prelude.ts";
import { Runtime } from "../src/runtime/runtime.ts";
import { toHost } from "../src/stdlib/convert.ts";
import { ensureBuilt } from "./fixtures/jobs/harness.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("programs as text", () => {
  const source = `
    const odd = [NaN, -0, Infinity, -Infinity, 1e300, 0.1];
    const re = /a(b+)c/gi;
    function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    class Point { #x; constructor(x) { this.#x = x; } get x() { return this.#x; } }
    const parts = "xabbcx".match(re);
    return { odd: odd.map((n) => Object.is(n, -0) ? "-0" : String(n)), parts, fib: fib(15), x: new Point(7).x, t: \`\${1 + 1}\` };`;

  test("a program read back runs as the compiled one", () => {
    const program = compile(source, { filename: "odd.js" });
    const [back] = decodePrograms(encodePrograms([program]));
    const rt = new Runtime();
    const run = (p: typeof program) => JSON.stringify(toHost(rt.runSync(p)));
    assert.equal(run(back!), run(program));
    assert.deepEqual(JSON.parse(run(back!)), { odd: ["NaN", "-0", "Infinity", "-Infinity", "1e+300", "0.1"], parts: ["abbc"], fib: 610, x: 7, t: "2" });
    assert.equal(back!.hash, program.hash);
    assert.equal(back!.functions.length, program.functions.length);
    for (const fn of back!.functions) assert.equal(fn.program, back);
  });

  test("the prelude survives the trip instruction for instruction", () => {
    const program = compile(PRELUDE_SOURCE, { filename: "prelude" });
    const [back] = decodePrograms(encodePrograms([program]));
    program.functions.forEach((fn, i) => {
      const b = back!.functions[i]!;
      assert.deepEqual([...b.code], [...fn.code], `code of ${fn.name}`);
      assert.deepEqual([...b.lines], [...fn.lines], `lines of ${fn.name}`);
      assert.deepEqual(b.consts, fn.consts, `constants of ${fn.name}`);
      assert.equal(b.maxStack, fn.maxStack);
    });
  });

  test("another format version, a damaged text or damaged code is refused", () => {
    const text = encodePrograms([compile("return 1 + 2", { filename: "a.js" })]);
    const doc = JSON.parse(text);
    assert.throws(() => decodePrograms(JSON.stringify({ ...doc, formatVersion: FORMAT_VERSION + 1 })), ProgramFormatError);
    assert.throws(() => decodePrograms(text.slice(0, text.length - 10)), ProgramFormatError);
    assert.throws(() => decodePrograms(JSON.stringify({ formatVersion: FORMAT_VERSION, programs: [{ ...doc.programs[0], functions: "no" }] })), ProgramFormatError);
    // Code that jumps out of the function: the verifier refuses it as it would a compiled one.
    const fn = doc.programs[0].functions[0];
    const bad = { ...doc, programs: [{ ...doc.programs[0], functions: [{ ...fn, code: { $i32: Buffer.from(new Int32Array([9999, 1, 2]).buffer).toString("base64") } }] }] };
    assert.throws(() => decodePrograms(JSON.stringify(bad)), VerifyError);
  });

  test("a module program is stored without its links and read back with none (its graph's loader sets them)", () => {
    const p = compile('import { b } from "./b.js";\nexport const a = b + 1;\nexport * from "./c.js";\n', { filename: "m.js" });
    (p.module as { links: Program[] }).links = [compile("export const b = 1;", { filename: "b.js", module: true }), compile("export const c = 2;", { filename: "c.js", module: true })];
    const [back] = decodePrograms(encodePrograms([p]));
    assert.deepEqual(back!.module!.links, []);
    const { links: _, ...info } = p.module!;
    const { links: __, ...backInfo } = back!.module!;
    assert.deepEqual(backInfo, info);
    assert.deepEqual(back!.functions.map((f) => [...f.code]), p.functions.map((f) => [...f.code]));
  });
});

describe("the install's cache of compiled builtins", () => {
  // A copy of the built package (dist/), so this test's files do not touch the one other tests run.
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-builtins-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.cpSync(path.join(ROOT, "dist"), path.join(dir, "dist"), { recursive: true, filter: (f) => !f.endsWith("builtins.cache.json") });
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  const cacheFile = path.join(dir, "dist/runtime/builtins.cache.json");

  /** A fresh process: builds a runtime, runs a script through the prelude and db() helpers, says whether it compiled builtins. */
  function fresh(): { result: unknown; compiled: boolean } {
    const script = `
      const { Runtime } = await import(${JSON.stringify(path.join(dir, "dist/runtime/runtime.js"))});
      const { builtinPrograms } = await import(${JSON.stringify(path.join(dir, "dist/stdlib/install.js"))});
      const { compile } = await import(${JSON.stringify(path.join(dir, "dist/compiler/index.js"))});
      const rt = new Runtime();
      const result = rt.runSync(compile("return [3, 1, 2].map((x) => x * 2).sort().join(',') + ' ' + new URL('https://a.test/x?y=1').searchParams.get('y')"));
      process.stdout.write(JSON.stringify({ result, compiled: builtinPrograms().compiled }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 120_000 });
    assert.equal(r.status, 0, `the process failed:\n${r.stderr}`);
    return JSON.parse(r.stdout);
  }

  test("written by the first process, used by the next", () => {
    assert.deepEqual(fresh(), { result: "2,4,6 1", compiled: true });
    assert.ok(fs.existsSync(cacheFile), "the first process wrote the cache");
    assert.deepEqual(fresh(), { result: "2,4,6 1", compiled: false });
  });

  test("a damaged file is compiled again and rewritten", () => {
    const good = fs.readFileSync(cacheFile, "utf8");
    fs.writeFileSync(cacheFile, good.slice(0, good.length / 2));
    assert.deepEqual(fresh(), { result: "2,4,6 1", compiled: true });
    assert.equal(fs.readFileSync(cacheFile, "utf8"), good);
    assert.deepEqual(fresh(), { result: "2,4,6 1", compiled: false });
  });

  test("code changed after the file was written is verified again, and refused", () => {
    const good = fs.readFileSync(cacheFile, "utf8");
    // A function's code replaced by one unknown instruction: still a program document, no longer the text its digest was taken of.
    const bad = Buffer.from(new Int32Array([0x7fffffff]).buffer).toString("base64");
    const at = good.indexOf('"code":{"$i32":"');
    assert.ok(at > 0, "the file holds a function's code");
    const start = at + '"code":{"$i32":"'.length;
    fs.writeFileSync(cacheFile, good.slice(0, start) + bad + good.slice(good.indexOf('"', start)));
    assert.deepEqual(fresh(), { result: "2,4,6 1", compiled: true });
    assert.equal(fs.readFileSync(cacheFile, "utf8"), good);
    assert.deepEqual(fresh(), { result: "2,4,6 1", compiled: false });
  });

  test("a changed compiler makes the file stale", () => {
    fs.appendFileSync(path.join(dir, "dist/compiler/codegen.js"), "\n// changed\n");
    assert.deepEqual(fresh(), { result: "2,4,6 1", compiled: true });
    assert.deepEqual(fresh(), { result: "2,4,6 1", compiled: false });
  });
});
