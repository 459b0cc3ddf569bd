// `kitwork check`: every problem of every file, errors and warnings, each at
// file:line:col with a code frame whose caret is on the offending name or key. Runs the
// command's entry point in this process on the folders under test/fixtures/check/.

import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main.ts";
import { compile } from "../src/compiler/index.ts";
import { Engine } from "../src/engine/engine.ts";
import { compareNames } from "../src/engine/order.ts";
import { lintWork } from "../src/engine/lint.ts";
import { closest } from "../src/engine/suggest.ts";
import { Runtime } from "../src/runtime/runtime.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/check");

async function check(folder: string, ...flags: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["node", "kitwork", "check", path.join(FIXTURES, folder), ...flags], { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

/** The problem headed `head` in the output, and the source text its caret points at. */
function pointedAt(err: string, head: string): { line: string; caretText: string } {
  const lines = err.split("\n");
  const i = lines.findIndex((l) => l.startsWith(head));
  assert.ok(i >= 0, `no problem starting with ${JSON.stringify(head)} in:\n${err}`);
  const marked = lines.slice(i + 1).findIndex((l) => l.startsWith(">"));
  assert.ok(marked >= 0, `no code frame after ${head}`);
  const src = lines[i + 1 + marked]!;
  const caret = lines[i + 2 + marked]!;
  const bar = src.indexOf("| ") + 2;
  const col = caret.indexOf("^");
  assert.ok(col >= bar, `no caret under:\n${src}\n${caret}`);
  return { line: lines[i]!, caretText: src.slice(col) };
}

/** The problem header lines (file:line:col …), in order. */
function headers(err: string): string[] {
  return err.split("\n").filter((l) => /^\S+\.js:\d+:\d+ /.test(l));
}

describe("kitwork check", () => {
  test("an unknown global is a warning at its position, with a hint; warnings alone exit 0", async () => {
    const r = await check("unknown-global");
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(headers(r.err), [
      'timer.js:3:13 warning: unknown global "process" — use env("NAME") instead of process.env.NAME',
      'timer.js:4:1 warning: unknown global "setTimeout" — use sleep("1s") to wait (there are no timers; a run suspends and resumes instead)',
    ]);
    assert.ok(pointedAt(r.err, "timer.js:3:13").caretText.startsWith("process.env.API_KEY"));
    assert.ok(pointedAt(r.err, "timer.js:4:1").caretText.startsWith("setTimeout("));
    assert.match(r.out, /^timer {2}timer\.js/m, "the work still loads: a warning does not refuse it");
    assert.match(r.out, /1 work\(s\), 0 error\(s\), 2 warning\(s\)/);
  });

  test("--strict: warnings exit 1", async () => {
    const r = await check("unknown-global", "--strict");
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /0 error\(s\), 2 warning\(s\)/);
  });

  test("an unknown infrastructure option is refused with a did-you-mean, the caret on the key; a capability's is a warning", async () => {
    const r = await check("option-key");
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(headers(r.err), [
      'consumer.js:2:21 queue(): unknown option "concurency" — did you mean "concurrency"?',
      'consumer.js:5:28 warning: queue.push(): unknown option "dealy" — did you mean "delay"?',
    ]);
    assert.ok(pointedAt(r.err, "consumer.js:2:21").caretText.startsWith("concurency: 2"));
    assert.ok(pointedAt(r.err, "consumer.js:5:28").caretText.startsWith('dealy: "1m"'));
    assert.match(r.out, /0 work\(s\), 1 error\(s\), 1 warning\(s\)/, "the work with a refused declaration is not loaded");
  });

  test("every problem of a file is reported, not only the first", async () => {
    const r = await check("many");
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(headers(r.err), [
      'broken.js:1:18 work(): unknown option "nmae" — did you mean "name"?',
      'broken.js:3:20 retry(): unknown option "backof" — did you mean "backoff"?',
      'broken.js:4:1 cron(): "every day" has 2 fields (use 5: "m h dom mon dow", or 6 with seconds first)',
      'broken.js:5:40 daily(): unknown option "mised" — did you mean "missed"?',
      'broken.js:7:11 warning: unknown global "fetch" — use http(url, {method, headers, body, timeout}) for outbound HTTP',
      'broken.js:8:8 warning: unknown global "setInterval" — use w.every("1m") or w.cron(…) to run a work on a schedule',
    ]);
    assert.match(r.out, /0 work\(s\), 4 error\(s\), 2 warning\(s\)/);
  });

  test("a name guarded by typeof does not warn; an unguarded one in the same file does", async () => {
    const r = await check("typeof-guard");
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(headers(r.err), ['guarded.js:4:17 warning: unknown global "Deno" — works have no such global (a run that reaches it fails with ReferenceError)']);
    assert.match(r.out, /1 work\(s\), 0 error\(s\), 1 warning\(s\)/);
  });

  test("a clean folder: no errors, no warnings, exit 0", async () => {
    const r = await check("clean", "--strict");
    assert.equal(r.err, "");
    assert.equal(r.code, 0);
    assert.match(r.out, /^hello {2}hello\.js .* GET \/hello {2}2x 100ms exp/m);
    assert.match(r.out, /1 work\(s\), 0 error\(s\), 0 warning\(s\)/);
  });

  test("the example output in docs/works.md is what the command prints for test/fixtures/check/docs", async () => {
    const doc = fs.readFileSync(path.join(FIXTURES, "../../../docs/works.md"), "utf8");
    const shown = /```\n\$ kitwork check works\n([\s\S]*?)```/.exec(doc);
    assert.ok(shown, "docs/works.md shows a `kitwork check works` example");
    assert.equal(fs.readFileSync(path.join(FIXTURES, "docs/signup.js"), "utf8"), /On a folder with[^\n]*\n\n```js\n([\s\S]*?)```/.exec(doc)?.[1], "the example's source is the fixture's");
    let both = "";
    const code = await main(["node", "kitwork", "check", path.join(FIXTURES, "docs")], { out: (s) => void (both += s), err: (s) => void (both += s) });
    assert.equal(code, 1);
    assert.equal(both, shown[1]);
  });

  test("an import of a package: the error at the specifier says what works can import and what to use instead", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-check-"));
    try {
      fs.writeFileSync(path.join(dir, "mod.js"), 'import fs from "node:fs";\nreturn 1;\n');
      let err = "";
      const code = await main(["node", "kitwork", "check", dir], { out: () => {}, err: (s) => void (err += s) });
      assert.equal(code, 1);
      assert.match(err, /^mod\.js:1:16 cannot import "node:fs" \(a URL or a builtin module\): works import only files of the works folder, by a relative path such as "\.\/lib\/text\.js"; packages are not available \(use the globals: db\(\), http\(\), env\(\)…\)$/m);
      assert.match(err, /^> 1 \| import fs from "node:fs";\n {4}\| {16}\^$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("what the warnings are derived from", () => {
  test("the known globals are the realm's: a global the realm gains stops warning", () => {
    const program = compile("setTimeout(() => 1, 10);\nreturn 1;\n", { filename: "t.js" });
    const plain = new Runtime().realm.globals;
    assert.deepEqual(lintWork(program, (n) => n in plain).map((p) => `${p.line}:${p.column} ${p.message.split(" — ")[0]}`), ['1:0 unknown global "setTimeout"']);
    const extended = new Runtime({ globals: { setTimeout: () => undefined } }).realm.globals;
    assert.deepEqual(lintWork(program, (n) => n in extended), []);
  });

  test("an unknown infrastructure option keeps the work from loading (refused at load, not only in check)", () => {
    const engine = new Engine({ dir: path.join(FIXTURES, "option-key"), report: () => {}, databases: [] });
    const problems = engine.loadAll();
    assert.deepEqual(engine.list(), []);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column + 1} ${p.message}`), ['consumer.js:2:21 queue(): unknown option "concurency" — did you mean "concurrency"?']);
  });

  test("did-you-mean: a swap of two letters is one edit; a word far from every key suggests nothing", () => {
    assert.equal(closest("dealy", ["delay", "key"]), "delay");
    assert.equal(closest("concurency", ["concurrency"]), "concurrency");
    assert.equal(closest("priority", ["delay", "key"]), undefined);
  });
});

describe("the order of work files", () => {
  test("by path, case-insensitively, then by code unit", () => {
    const names = ["b.js", "Zeta.js", "aa.js", "z.js", "a.js", "A.js", "lib/x.js", "lib-y.js", "a_1.js", "a1.js"];
    assert.deepEqual([...names].sort(compareNames), ["A.js", "a.js", "a1.js", "a_1.js", "aa.js", "b.js", "lib-y.js", "lib/x.js", "z.js", "Zeta.js"]);
  });

  test("which of two files declaring one work name is loaded does not depend on the locale (Danish sorts \"aa\" after \"z\")", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-check-"));
    try {
      fs.writeFileSync(path.join(dir, "aa.js"), 'work("same").get("/aa");\nreturn 1;\n');
      fs.writeFileSync(path.join(dir, "z.js"), 'work("same").get("/z");\nreturn 1;\n');
      const script = `import("./src/cli/main.ts").then(async (m) => { process.exitCode = await m.main(["node", "kitwork", "check", ${JSON.stringify(dir)}]); });`;
      const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "da_DK.UTF-8", LC_ALL: "da_DK.UTF-8" }, timeout: 120_000 });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /^z\.js:\S* duplicate work name "same": also declared by aa\.js \(not loaded\)/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
