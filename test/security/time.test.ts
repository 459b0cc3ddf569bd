// Family: time — regular expressions and other native work that the deadline must see.
// Each attempt is a script an attacker controls (or a pattern built from their input),
// run the way a user runs it: `kitwork run --timeout …` in its own process (from dist/,
// which npm test builds first), or a work served by `kitwork start`. Each asserts what
// the user sees: JavaScript's own answer when the linear engine can give it, or the
// uncatchable time limit (exit 2, "time limit exceeded (N ms)"), or a clear SyntaxError;
// the server keeps answering other works. Every wait is a hang guard (minutes), never a
// measure of speed.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { scaled, testTimeout, until, withGuard } from "../fixtures/guard.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/kitwork.js");
let DIR = "";

before(() => {
  assert.ok(fs.existsSync(path.join(ROOT, "dist/cli/main.js")), "dist/ is missing: run `npm run build` (npm test does it first)");
  DIR = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-time-"));
});
after(() => {
  if (DIR) fs.rmSync(DIR, { recursive: true, force: true });
});

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

let files = 0;

/** `kitwork run` on `source` with the given flags, in its own process. */
function run(source: string, flags: string[] = ["--timeout", "1s"]): Promise<Result> {
  const name = `attempt${++files}.js`;
  fs.writeFileSync(path.join(DIR, name), source);
  const limit = scaled(180_000);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "run", name, ...flags], { cwd: DIR, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`gave up waiting for \`kitwork run\` of ${JSON.stringify(source)} to exit after ${limit / 1000} s (a hang guard): the deadline never stopped it`));
    }, limit);
    child.on("error", (e) => {
      clearTimeout(guard);
      reject(e);
    });
    child.on("close", (status) => {
      clearTimeout(guard);
      resolve({ status, stdout, stderr });
    });
  });
}

/** The run ended with the uncatchable time limit: exit 2 and the limit's message at the script's line. */
function assertTimeLimit(r: Result, ms: number, file = /attempt\d+\.js:\d+:\d+/): void {
  assert.equal(r.status, 2, `expected the time limit (exit 2), got exit ${r.status}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assert.match(r.stderr, new RegExp(`time limit exceeded \\(${ms} ms\\)`), r.stderr);
  assert.match(r.stderr, file, r.stderr);
}

/** The run finished normally with `expected` as its JSON result. */
function assertResult(r: Result, expected: unknown): void {
  assert.equal(r.status, 0, `expected the run to finish, got exit ${r.status}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assert.deepEqual(JSON.parse(r.stdout), expected);
}

// Each attempt is its own process, mostly waiting for its deadline: four run at once.
describe("regular expressions under `kitwork run --timeout`", { timeout: testTimeout(15), concurrency: 4 }, () => {
  test("the catastrophic /(a+)+$/ on 29 a's and a b answers false (the linear engine takes over), far inside --timeout 2s", async () => {
    assertResult(await run('return /(a+)+$/.test("a".repeat(29) + "b");', ["--timeout", "2s"]), false);
  });

  test("the same pattern with /i (no linear engine for it) ends at --timeout 2s with the time limit", async () => {
    assertTimeLimit(await run('return /(a+)+$/i.test("a".repeat(40) + "b");', ["--timeout", "2s"]), 2000);
  });

  test("a script cannot catch the time limit a regex hit, nor go on after it", async () => {
    const r = await run('let caught = "no";\ntry { /(a+)+$/i.test("a".repeat(40) + "b"); } catch (e) { caught = String(e); }\nreturn caught;');
    assertTimeLimit(r, 1000);
    assert.equal(r.stdout, "", "nothing was printed as a result");
  });

  test("a backreference blow-up, /^(a+)+\\1$/ (backtracking only), ends with the time limit", async () => {
    assertTimeLimit(await run('return /^(a+)+\\1$/.test("a".repeat(40) + "b");'), 1000);
  });

  test("replace with a catastrophic global pattern ends with the time limit", async () => {
    assertTimeLimit(await run('return ("x".repeat(40) + "!").replace(/(x+x+)+\\1y/g, "-");'), 1000);
  });

  test("replace with a callback runs its matching under the deadline too", async () => {
    assertTimeLimit(await run('return ("x".repeat(40) + "!").replace(/(x+x+)+\\1y/g, (m) => m.length);'), 1000);
  });

  test("split on a catastrophic separator ends with the time limit", async () => {
    assertTimeLimit(await run('return ("ab".repeat(40) + "!").split(/(?:a|ab|b)+(?=c)/);'), 1000);
  });

  test("match with a global /i alternation blow-up, /(a|aa)+$/gi, ends with the time limit", async () => {
    assertTimeLimit(await run('return ("a".repeat(60) + "!").match(/(a|aa)+$/gi);'), 1000);
  });

  test("matchAll with a catastrophic lookahead ends with the time limit", async () => {
    assertTimeLimit(await run('return [..."a".repeat(40).matchAll(/(?=(a+)+b)/g)].length;'), 1000);
  });

  test("search with a catastrophic pattern ends with the time limit", async () => {
    assertTimeLimit(await run('return ("a".repeat(40) + "!").search(/^(a|a?)+\\1$/);'), 1000);
  });

  test("nested quantifiers: ((a*)*)*b answers false, and with a lookahead after it ends with the time limit", async () => {
    assertResult(await run('return /((a*)*)*b/.test("a".repeat(40));'), false);
    assertTimeLimit(await run('return /((a*)*)*b(?=c)/.test("a".repeat(40));'), 1000);
  });

  test("alternation blow-up: /(a|a)*b/ answers false; with /i it ends with the time limit", async () => {
    assertResult(await run('return /(a|a)*b/.test("a".repeat(40));'), false);
    assertTimeLimit(await run('return /(a|a)*b/i.test("a".repeat(40));'), 1000);
  });

  test("the linear engine's own work on a 16 M-character input stops at the deadline too", async () => {
    assertTimeLimit(await run('return /(a+)+$/.test("a".repeat(16_000_000) + "b");'), 1000);
  });

  test("huge counted repeats, (?:a{1,100000}){1,100000}b, end with the time limit", async () => {
    assertTimeLimit(await run('return /(?:a{1,100000}){1,100000}b/.test("a".repeat(30000));'), 1000);
  });

  test("a pattern built from the input with new RegExp(userInput) ends with the time limit", async () => {
    const input = JSON.stringify({ pattern: "^(\\w+\\s?)*\\1$", text: `${"word ".repeat(12)}!` });
    assertTimeLimit(await run('const w = work({ name: "grep" });\nconst p = new RegExp(w.body.pattern);\nreturn p.test(w.body.text);', ["--timeout", "1s", "--input", input]), 1000);
  });

  test("a pattern from the input that asks for V8's linear flag is refused like JavaScript refuses it", async () => {
    const r = await run('try { new RegExp("a", "l"); return "accepted"; } catch (e) { return String(e); }');
    assertResult(r, "SyntaxError: Invalid flags supplied to RegExp constructor 'l'");
  });

  test("a sticky regex stepped through its input with lastIndex ends with the time limit", async () => {
    const src = 'const re = /(a+)+\\1$/y;\nconst s = "a".repeat(40) + "!";\nfor (let i = 0; i < s.length; i++) { re.lastIndex = i; re.exec(s); }\nreturn "done";';
    assertTimeLimit(await run(src), 1000);
  });

  test("a global regex looped with lastIndex forever ends with the time limit", async () => {
    const src = 'const re = /\\d+/g;\nconst s = "1 22 333 ".repeat(10);\nlet n = 0;\nfor (;;) { re.lastIndex = 0; while (re.test(s)) n++; }';
    assertTimeLimit(await run(src, ["--timeout", "1s", "--budget", "0"]), 1000);
  });

  test("an endless loop of small regex calls ends with the time limit, budget unlimited", async () => {
    assertTimeLimit(await run('let n = 0;\nfor (;;) { if (/a/.test("a")) n++; }', ["--timeout", "1s", "--budget", "0"]), 1000);
  });

  test("an endless loop of small backtracking-only regex calls ends with the time limit, budget unlimited", async () => {
    assertTimeLimit(await run('let n = 0;\nconst s = "ab".repeat(200);\nfor (;;) { if (/(?<=a)b+c/.test(s)) n++; }', ["--timeout", "1s", "--budget", "0"]), 1000);
  });
});

// ------------------------------------------------------------------ the server

interface Server {
  proc: ChildProcess;
  base: string;
  stdout: () => string;
  stderr: () => string;
}

const servers: Server[] = [];
after(() => {
  for (const s of servers) if (s.proc.exitCode === null && s.proc.signalCode === null) s.proc.kill("SIGKILL");
});

async function start(works: Record<string, string>): Promise<Server> {
  const dir = fs.mkdtempSync(path.join(DIR, "works-"));
  for (const [name, source] of Object.entries(works)) fs.writeFileSync(path.join(dir, name), source);
  const proc = spawn(process.execPath, [BIN, "start", dir, "--port", "0", "--host", "127.0.0.1", "--store", `sqlite:${path.join(dir, "state.db")}`], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  proc.stdout!.on("data", (c) => (out += c));
  proc.stderr!.on("data", (c) => (err += c));
  const server: Server = { proc, base: "", stdout: () => out, stderr: () => err };
  servers.push(server);
  await until(() => /"msg":"listening"/.test(out) || proc.exitCode !== null, "`kitwork start` to say it is listening", { ms: 180_000, detail: () => `${out}\n${err}` });
  assert.equal(proc.exitCode, null, `the server exited:\n${out}\n${err}`);
  // One JSON object per line, its fields in any order.
  const listening = out.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as { msg?: string; url?: string }).find((l) => l.msg === "listening");
  assert.ok(listening?.url, `no url in the listening line:\n${out}`);
  server.base = listening.url;
  return server;
}

async function get(s: Server, p: string): Promise<{ status: number; body: string }> {
  const r = await withGuard(fetch(`${s.base}${p}`), 180_000, `GET ${p}`);
  return { status: r.status, body: await r.text() };
}

const FAST = 'const w = work({ name: "fast" });\nw.router("GET", "/fast");\nreturn { ok: true };\n';

describe("regular expressions served by `kitwork start`", { timeout: testTimeout(10) }, () => {
  test("a catastrophic regex in a request answers 504 at the work's timeout, and a request to another work is answered", async () => {
    const s = await start({
      "fast.js": FAST,
      // the input is read first, so discovery stops there and only requests run the regex
      "slow.js": 'const w = work({ name: "slow" });\nw.router("GET", "/slow");\nw.timeout("2s");\nconst n = Number(w.query.n);\nreturn { matched: /(a+)+$/i.test("a".repeat(n) + "b") };\n',
    });
    const slow = get(s, "/slow?n=40");
    const fast = get(s, "/fast");
    const [a, b] = await Promise.all([slow, fast]);
    assert.equal(a.status, 504, a.body);
    assert.match(a.body, /did not answer within 2000 ms/);
    assert.equal(b.status, 200, b.body);
    assert.deepEqual(JSON.parse(b.body), { ok: true });
    // the engine is still the same process, still serving
    assert.equal(s.proc.exitCode, null, s.stderr());
    assert.equal((await get(s, "/fast")).status, 200);
    assert.deepEqual(JSON.parse((await get(s, "/slow?n=10")).body), { matched: false });
  });

  test("a catastrophic regex at a work's top level: start-up completes, the other works serve, the bad one is reported naming the limit", async () => {
    const s = await start({
      "fast.js": FAST,
      "stuck.js": 'const w = work({ name: "stuck" });\nw.router("GET", "/stuck");\nconst hit = /(a+)+$/i.test("a".repeat(40) + "b");\nreturn { hit };\n',
    });
    assert.match(s.stdout(), /"works":1/, s.stdout());
    assert.match(s.stderr(), /stuck\.js:3:\d+ discovery: time limit exceeded \(1000 ms\)/, s.stderr());
    assert.equal((await get(s, "/fast")).status, 200);
    assert.equal((await get(s, "/stuck")).status, 404);
  });

  test("`kitwork check` reports the same top-level regex as a problem and exits 1", () => {
    const dir = fs.mkdtempSync(path.join(DIR, "check-"));
    fs.writeFileSync(path.join(dir, "fast.js"), FAST);
    fs.writeFileSync(path.join(dir, "stuck.js"), 'const w = work({ name: "stuck" });\nw.router("GET", "/stuck");\nreturn "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!".split(/^(a+)+\\1$/);\n');
    const limit = scaled(180_000);
    const r = spawnSync(process.execPath, [BIN, "check", dir], { cwd: dir, encoding: "utf8", timeout: limit });
    assert.notEqual((r.error as NodeJS.ErrnoException | undefined)?.code, "ETIMEDOUT", `gave up waiting for \`kitwork check\` after ${limit / 1000} s (a hang guard)`);
    assert.equal(r.status, 1, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stderr, /stuck\.js:3:\d+ discovery: time limit exceeded \(1000 ms\)/);
    assert.match(r.stdout, /fast/);
  });
});
