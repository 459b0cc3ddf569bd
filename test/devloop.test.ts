// The dev loop and the logs of `kitwork dev` and `kitwork start`, through the real binary
// (bin/kitwork.js over dist/) on temporary works folders, port 0 (the "listening" line
// says which port): what a developer sees on the terminal and in the browser.
//
// - dev: one line per request, with the run's log lines under it; a work that does not
//   compile answers its routes with its compile error (500, plain text), whether it broke
//   after loading or never loaded; the terminal shows the error with its code frame as text.
// - start: JSON lines; a retried and a dead job are logged with the work and the error;
//   request lines only at --log-level debug.
//
// Guards against a hang are generous and say what they waited for; no duration is asserted.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BIN, ensureBuilt, removeTempDirs, tempDir, writeWork } from "./fixtures/jobs/harness.ts";
import { until } from "./fixtures/guard.ts";
import { EXIT } from "../src/cli/run.ts";

before(() => ensureBuilt());
after(removeTempDirs);

const running: ChildProcess[] = [];
after(() => {
  for (const p of running) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
});

interface Served {
  proc: ChildProcess;
  base: string;
  out: () => string;
  err: () => string;
  /** SIGTERM, then the exit (the whole output is in by then). */
  stop: () => Promise<number | null>;
}

const show = (s: { out: () => string; err: () => string }) => `--- stdout\n${s.out().slice(-6000)}\n--- stderr\n${s.err().slice(-3000)}`;

/** `kitwork <mode> <dir> --port 0 …`, once it says where it listens. */
async function serve(mode: "dev" | "start", dir: string, args: string[] = []): Promise<Served> {
  const extra = mode === "start" ? ["--no-supervise"] : [];
  const proc = spawn(process.execPath, [BIN, mode, dir, "--port", "0", "--store", `sqlite:${path.join(dir, ".state.db")}`, ...extra, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  running.push(proc);
  let out = "";
  let err = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((r) => proc.on("exit", (code) => r(code)));
  const s = { out: () => out, err: () => err };
  const url = () => /"url":"(http:\/\/[^"]+)"|listening url=(\S+)/.exec(out);
  await until(() => url() !== null || proc.exitCode !== null, `kitwork ${mode} to print its "listening" line`, { ms: 120_000, detail: () => show(s) });
  assert.ok(url(), `kitwork ${mode} exited before listening:\n${show(s)}`);
  const m = url()!;
  return {
    proc,
    base: m[1] ?? m[2]!,
    ...s,
    stop: async () => {
      proc.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const r = await Promise.race([exited, new Promise<"running">((res) => (timer = setTimeout(() => res("running"), 120_000)))]);
      clearTimeout(timer);
      assert.notEqual(r, "running", `waited 2 minutes for kitwork ${mode} to exit after SIGTERM:\n${show(s)}`);
      return r as number | null;
    },
  };
}

async function get(url: string, init?: RequestInit): Promise<{ status: number; type: string; text: string }> {
  const r = await fetch(url, init);
  return { status: r.status, type: r.headers.get("content-type") ?? "", text: await r.text() };
}

/** The JSON lines printed so far. */
const jsonLines = (s: Served) =>
  s
    .out()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("kitwork dev", () => {
  let dir = "";
  let s: Served;
  before(async () => {
    dir = tempDir("dev");
    writeWork(dir, "hello.js", 'const w = work("hello");\nw.get("/hello");\nlog("hello from the work", { n: 1 });\nconsole.warn("careful");\nreturn { hi: true };\n');
    writeWork(dir, "hot.js", 'const w = work("hot");\nw.get("/hot");\nreturn { v: 1 };\n');
    writeWork(dir, "never.js", 'const w = work("never");\nw.get("/never");\nreturn { v: ;\n');
    s = await serve("dev", dir);
  });
  after(async () => {
    if (s) await s.stop();
  });

  test("a request prints one line (method, path, status, time, run id) with the run's log lines under it", async () => {
    const r = await fetch(`${s.base}/hello`);
    assert.equal(r.status, 200);
    const run = r.headers.get("x-kitwork-run")!;
    await r.text();
    await until(() => s.out().includes(`GET /hello 200 `) && s.out().includes("careful"), "the request line of GET /hello and its log lines", { ms: 60_000, detail: () => show(s) });
    const lines = s.out().split("\n");
    const at = lines.findIndex((l) => l.includes("GET /hello 200 "));
    assert.match(lines[at]!, new RegExp(`GET /hello 200 [0-9.]+ms run ${run}$`), show(s));
    assert.match(lines[at + 1]!, /^\s+info\s+hello from the work \{"n":1\}$/, show(s));
    assert.match(lines[at + 2]!, /^\s+warn\s+careful$/, show(s));
  });

  test("a file that never compiled: its route answers 500 with the compile error as text", async () => {
    const r = await get(`${s.base}/never`);
    assert.equal(r.status, 500, r.text);
    assert.match(r.type, /^text\/plain/);
    assert.match(r.text, /^never\.js:3:13 SyntaxError: Unexpected token$/m, r.text);
    assert.match(r.text, /^> 3 \| return \{ v: ;$/m, r.text);
    // the terminal showed it at start-up, frame as text (not an escaped JSON string)
    assert.match(s.out(), /never\.js does not load/, show(s));
    assert.match(s.out(), /^\s+> 3 \| return \{ v: ;$/m, show(s));
  });

  test("a file that breaks after loading: its routes answer 500 with the new error; fixed, it serves again", async () => {
    assert.deepEqual(JSON.parse((await get(`${s.base}/hot`)).text), { v: 1 });
    execFileSync("sed", ["-i", "s/v: 1 }/v: }/", path.join(dir, "hot.js")]);
    let last = { status: 0, type: "", text: "" };
    await until(async () => (last = await get(`${s.base}/hot`)).status === 500, "GET /hot to answer 500 after hot.js broke", { ms: 60_000, detail: () => `${last.status} ${last.text}\n${show(s)}` });
    assert.match(last.text, /GET \/hot is served by hot\.js, which does not load/, last.text);
    assert.match(last.text, /^hot\.js:3:13 SyntaxError: Unexpected token$/m, last.text);
    assert.match(last.text, /^> 3 \| return \{ v: \};$/m, last.text);
    assert.match(s.out(), /hot\.js does not load \(its routes answer 500/, show(s));
    execFileSync("sed", ["-i", "s/v: }/v: 2 }/", path.join(dir, "hot.js")]);
    await until(async () => (last = await get(`${s.base}/hot`)).status === 200, "GET /hot to serve again once hot.js is fixed", { ms: 60_000, detail: () => `${last.status} ${last.text}\n${show(s)}` });
    assert.deepEqual(JSON.parse(last.text), { v: 2 });
    assert.match(s.out(), /reloaded hot\.js \(work "hot", version [0-9a-f]{12}\)/, show(s));
  });

  test("while a file is broken, a request no route matches answers 500 with its error; once all load, 404", async () => {
    const r = await get(`${s.base}/nowhere`);
    assert.equal(r.status, 500, r.text);
    assert.match(r.text, /no loaded work serves GET \/nowhere, and never\.js does not load/, r.text);
    assert.match(r.text, /^never\.js:3:13 /m, r.text);
    fs.writeFileSync(path.join(dir, "never.js"), 'const w = work("never");\nw.get("/never");\nreturn { v: 3 };\n');
    let last = { status: 0, type: "", text: "" };
    await until(async () => (last = await get(`${s.base}/never`)).status === 200, "GET /never to serve once never.js compiles", { ms: 60_000, detail: () => `${last.status} ${last.text}` });
    assert.equal((await get(`${s.base}/nowhere`)).status, 404);
  });
});

describe("kitwork start logs", () => {
  test("a retried and a dead job are JSON lines with the work and the error; request lines are not printed at info", async () => {
    const dir = tempDir("start-logs");
    writeWork(dir, "boom.js", 'const w = work("boom");\nw.queue("jobs");\nw.retry(1, "10ms");\nlog("attempt", w.attempt);\nthrow new Error("nope " + w.payload.n);\n');
    writeWork(dir, "push.js", 'const w = work("push");\nw.post("/push");\nqueue("jobs").push({ n: 7 });\nreturn { pushed: true };\n');
    const s = await serve("start", dir);
    try {
      assert.equal((await get(`${s.base}/push`, { method: "POST" })).status, 200);
      await until(() => jsonLines(s).some((l) => l.msg === "job dead"), 'a "job dead" line', { ms: 120_000, detail: () => show(s) });
    } finally {
      assert.equal(await s.stop(), 0);
    }
    const lines = jsonLines(s);
    const retry = lines.find((l) => l.msg === "job failed, retrying");
    const dead = lines.find((l) => l.msg === "job dead");
    assert.ok(retry, show(s));
    assert.equal(retry.level, "warn");
    assert.equal(retry.work, "boom");
    assert.equal(retry.attempt, 1);
    assert.match(String(retry.error), /^boom\.js:5:7 Error: nope 7/);
    assert.ok(dead, show(s));
    assert.equal(dead.level, "error");
    assert.equal(dead.work, "boom");
    assert.equal(dead.queue, "jobs");
    assert.equal(dead.attempt, 2);
    assert.match(String(dead.error), /^boom\.js:5:7 Error: nope 7/);
    // the work's own log lines, with their run
    const logged = lines.filter((l) => l.work === "boom" && typeof l.msg === "string" && l.msg.startsWith("attempt"));
    assert.deepEqual(logged.map((l) => l.msg), ["attempt 1", "attempt 2"], show(s));
    assert.ok(logged.every((l) => typeof l.run === "string" && l.trigger === "queue"), show(s));
    assert.ok(!lines.some((l) => l.msg === "request"), `request lines printed at info:\n${show(s)}`);
  });

  test("--log-level debug prints a request line per request; a bad level is refused", async () => {
    const dir = tempDir("start-debug");
    writeWork(dir, "ping.js", 'const w = work("ping");\nw.get("/ping");\nreturn "pong";\n');
    const s = await serve("start", dir, ["--log-level", "debug"]);
    try {
      assert.equal((await get(`${s.base}/ping`)).status, 200);
      await until(() => jsonLines(s).some((l) => l.msg === "request"), "a request line at debug", { ms: 60_000, detail: () => show(s) });
    } finally {
      await s.stop();
    }
    const line = jsonLines(s).find((l) => l.msg === "request")!;
    assert.equal(line.level, "debug");
    assert.equal(line.method, "GET");
    assert.equal(line.path, "/ping");
    assert.equal(line.status, 200);
    assert.equal(typeof line.ms, "number");
    assert.equal(line.work, "ping");

    const bad = spawn(process.execPath, [BIN, "dev", dir, "--log-level", "loud"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    bad.stderr!.on("data", (d) => (err += d));
    const code = await new Promise<number | null>((r) => bad.on("exit", (c) => r(c)));
    assert.equal(code, EXIT.usage, err);
    assert.match(err, /--log-level/);
    assert.match(err, /trace, debug, info, warn, error, fatal/);
  });
});
