// The `kitwork start` supervisor, through the real binary (bin/kitwork.js over dist/): the
// engine is aborted (process.abort(), as a V8 fatal error does) by the test fault
// KITWORK_TEST_ABORT_AFTER while HTTP requests, queue jobs and durable runs are under way,
// and the supervisor must bring it back on the same port, say why it died, and lose no
// job and no durable run. Also: an engine that keeps dying is restarted after growing
// delays; SIGTERM stops the supervisor and its engine with exit 0; a start-up failure is
// not retried; --no-supervise serves in the process itself.
//
// Guards against a hang are minutes long and say what they waited for; no duration is
// asserted (the restart delays checked are the ones the supervisor logs).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { newNodeId } from "../src/cli/supervisor.ts";
import { openStore } from "../src/store/index.ts";
import { BIN, ROOT, ensureBuilt, eventually, removeTempDirs, sleep, tempDir, worksDir } from "./fixtures/jobs/harness.ts";
import { until } from "./fixtures/guard.ts";

before(() => ensureBuilt());
after(removeTempDirs);

const MINUTES = 60_000;

interface Supervised {
  proc: ChildProcess;
  out: () => string;
  err: () => string;
  /** The JSON lines written to stdout so far. */
  lines: () => Array<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: ChildProcess[] = [];
after(() => {
  for (const p of running) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
});

function startSupervised(args: string[], env: Record<string, string> = {}): Supervised {
  const proc = spawn(process.execPath, [BIN, "start", ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  running.push(proc);
  let out = "";
  let err = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => proc.on("exit", (code, signal) => r({ code, signal })));
  const lines = () =>
    out
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { proc, out: () => out, err: () => err, lines, exited };
}

const show = (s: Supervised) => `stdout:\n${s.out().slice(-4000)}\nstderr:\n${s.err().slice(-3000)}`;

/** The "listening" lines: one per engine start. */
const listenings = (s: Supervised) => s.lines().filter((l) => l.msg === "listening");
const deaths = (s: Supervised) => s.lines().filter((l) => l.msg === "engine died");

async function untilListening(s: Supervised, count: number, what: string): Promise<{ port: number; pid: number }> {
  const ok = await eventually(() => listenings(s).length >= count || s.proc.exitCode !== null, 3 * MINUTES, 50);
  assert.ok(ok && listenings(s).length >= count, `waited for ${what} (listening line #${count}):\n${show(s)}`);
  const l = listenings(s)[count - 1]!;
  return { port: Number(new URL(String(l.url)).port), pid: Number(l.pid) };
}

async function stop(s: Supervised): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  s.proc.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const r = await Promise.race([s.exited, new Promise<"still running">((res) => (timer = setTimeout(() => res("still running"), 2 * MINUTES)))]);
  clearTimeout(timer);
  assert.notEqual(r, "still running", `waited 2 minutes for the supervisor to exit after SIGTERM:\n${show(s)}`);
  return r as { code: number | null; signal: NodeJS.Signals | null };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

function connectOutcome(port: number): Promise<string> {
  return new Promise((resolve) => {
    const sock = net.connect(port, "127.0.0.1");
    sock.once("connect", () => (sock.destroy(), resolve("connected")));
    sock.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

/** What a failed fetch failed with: the socket error's code when there is one. */
function failure(e: unknown): string {
  let c = e as { code?: string; cause?: unknown; message?: string } | undefined;
  while (c?.cause && !c.code) c = c.cause as typeof c;
  return c?.code ?? c?.message ?? String(e);
}

// ------------------------------------------------------------------ works

const WORKS = {
  "ping.js": `const w = work("ping");
w.get("/ping");
return { ok: true };
`,
  // Each job has a key: a push retried after a lost response finds the pending job.
  "push.js": `const w = work("push");
w.post("/push");
w.timeout("2s");
const job = queue("work").push({ n: w.body.n }, { key: "n" + w.body.n });
return json({ job }, 202);
`,
  // The lease of a job is max(5 s, 2 × timeout); a dead engine's leases are ended at the restart.
  "consume.js": `const w = work("consume");
w.queue("work", { concurrency: 4 });
w.timeout("2s");
sleep("20ms");
db().from("jobs_done").insert({ n: w.payload.n, attempt: w.attempt });
return { n: w.payload.n };
`,
  // A 5 s sleep is checkpointed (the threshold); the request answers 202 after its 300 ms.
  "durable.js": `const w = work("durable");
w.post("/durable");
w.timeout("300ms");
sleep("5s");
db().from("durable_done").insert({ id: w.body.id });
return { id: w.body.id };
`,
  "migrations/001_tables.sql": "create table jobs_done (id integer primary key autoincrement, n integer not null, attempt integer not null);\ncreate table durable_done (id text not null);\n",
};

// ------------------------------------------------------------------ 1. abort under load

describe("an engine aborted under load (real processes, SQLite store)", () => {
  test("service returns on the same port, the cause is logged, no queue job or durable run is lost; SIGTERM stops both with exit 0", { timeout: 10 * MINUTES }, async (t) => {
    const dir = worksDir(WORKS);
    const tmp = tempDir("supervisor");
    const storeUrl = `sqlite:${path.join(tmp, "state.db")}`;
    const dataFile = path.join(tmp, "app.db");
    const JOBS = 200;
    const DURABLE = 6;
    const ABORT_AT = 120; // the 120th HTTP run of the first engine aborts it
    const s = startSupervised([dir, "--port", "0", "--store", storeUrl, "--db", `sqlite:${dataFile}`], { KITWORK_TEST_ABORT_AFTER: String(ABORT_AT) });
    const first = await untilListening(s, 1, "the first engine");
    const base = `http://127.0.0.1:${first.port}`;

    // Load: two loops of GET /ping until told to stop, every outcome counted.
    let loading = true;
    const outcomes = new Map<string, number>();
    let answered = 0;
    const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    const loop = async () => {
      while (loading) {
        try {
          const r = await fetch(`${base}/ping`);
          await r.text();
          count(`status ${r.status}`);
          if (r.status === 200) answered++;
        } catch (e) {
          count(failure(e));
          await sleep(20);
        }
        await sleep(10);
      }
    };
    const loops = [loop(), loop()];

    /** POSTs until answered with `want` (a request cut by the abort is sent again). */
    const post = async (p: string, body: unknown, want: number): Promise<Record<string, unknown>> => {
      let answer: Record<string, unknown> | null = null;
      await until(async () => {
        try {
          const r = await fetch(`${base}${p}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
          const text = await r.text();
          if (r.status === want) answer = JSON.parse(text);
          else count(`${p} status ${r.status}`);
        } catch (e) {
          count(`${p} ${failure(e)}`);
        }
        return answer !== null;
      }, `POST ${p} ${JSON.stringify(body)} to be answered ${want}`, { ms: 3 * MINUTES, every: 50, detail: () => show(s) });
      return answer!;
    };

    const durableIds = Array.from({ length: DURABLE }, (_, i) => `d${i}`);
    const runIds = await Promise.all(durableIds.map(async (id) => String((await post("/durable", { id }, 202)).run)));
    for (let n = 0; n < JOBS; n++) await post("/push", { n }, 202);

    // The abort happened, and an engine is serving again on the same port.
    const second = await untilListening(s, 2, "the engine to be started again after the abort");
    assert.equal(second.port, first.port, "the restarted engine serves the same port");
    assert.notEqual(second.pid, first.pid);
    const before = answered;
    const back = await eventually(() => answered > before, 3 * MINUTES, 50);
    assert.ok(back, `waited 3 minutes for GET /ping to be answered 200 after the restart:\n${show(s)}`);

    const died = deaths(s);
    assert.equal(died.length, 1, show(s));
    assert.equal(died[0]!.pid, first.pid);
    assert.equal(died[0]!.signal, "SIGABRT", "the supervisor logs the signal the engine died of");
    assert.match((died[0]!.stderr as string[]).join("\n"), /KITWORK_TEST_ABORT_AFTER=120: aborting the engine/, "the supervisor logs the last lines of the engine's stderr");

    // Every job ran at least once; every durable run finished.
    const data = new Database(dataFile, { readonly: true, fileMustExist: true });
    let done = new Set<number>();
    try {
      const allJobs = await eventually(() => {
        done = new Set((data.prepare("SELECT DISTINCT n FROM jobs_done").all() as Array<{ n: number }>).map((r) => r.n));
        return done.size === JOBS;
      }, 3 * MINUTES, 100);
      const missing = Array.from({ length: JOBS }, (_, i) => i).filter((i) => !done.has(i));
      assert.ok(allJobs, `waited 3 minutes for every job to run; never ran: ${missing.join(", ")}\n${show(s)}`);
      let finished: string[] = [];
      const allRuns = await eventually(() => {
        finished = (data.prepare("SELECT id FROM durable_done").all() as Array<{ id: string }>).map((r) => r.id);
        return new Set(finished).size === DURABLE;
      }, 3 * MINUTES, 100);
      assert.ok(allRuns, `waited 3 minutes for every durable run to finish; finished: ${finished.join(", ")}\n${show(s)}`);
      const retried = (data.prepare("SELECT COUNT(*) AS c FROM jobs_done WHERE attempt > 1").get() as { c: number }).c;
      t.diagnostic(`jobs run again on another attempt: ${retried}`);
    } finally {
      data.close();
    }
    const store = await openStore(storeUrl);
    try {
      for (const id of runIds) {
        const d = await store.getDurable(id);
        assert.equal(d?.state, "done", `durable run ${id}: ${JSON.stringify(d && { state: d.state, error: d.error })}`);
      }
    } finally {
      await store.close();
    }

    loading = false;
    await Promise.all(loops);
    const taken = s.lines().find((l) => l.msg === "took over the leases of the engine that died");
    t.diagnostic(`answered 200: ${answered}; outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}; leases taken over at the restart: ${taken ? JSON.stringify({ jobs: taken.jobs, runs: taken.runs }) : "none"}`);
    // The supervisor holds the listening socket across the restart: no connection is refused.
    assert.ok(![...outcomes.keys()].some((k) => k.includes("ECONNREFUSED")), `a connection was refused during the restart: ${JSON.stringify(Object.fromEntries(outcomes))}`);

    const r = await stop(s);
    assert.deepEqual(r, { code: 0, signal: null }, show(s));
    assert.ok(s.lines().some((l) => l.msg === "shutting down" && l.signal === "SIGTERM"), `the engine drained on the forwarded SIGTERM:\n${show(s)}`);
    assert.equal(alive(second.pid), false, "the engine is gone with its supervisor");
    assert.equal(await connectOutcome(first.port), "ECONNREFUSED");
  });
});

// ------------------------------------------------------------------ 2. backoff

describe("an engine that keeps dying", () => {
  test("is restarted after growing delays; SIGTERM while the supervisor waits exits 0", { timeout: 10 * MINUTES }, async () => {
    const dir = worksDir({ "ping.js": WORKS["ping.js"] });
    const tmp = tempDir("supervisor-backoff");
    const s = startSupervised([dir, "--port", "0", "--store", `sqlite:${path.join(tmp, "state.db")}`], { KITWORK_TEST_ABORT_AFTER: "0", KITWORK_TEST_ABORT_STARTS: "1000" });
    const ok = await eventually(() => deaths(s).length >= 4 || s.proc.exitCode !== null, 5 * MINUTES, 50);
    assert.ok(ok && s.proc.exitCode === null, `waited 5 minutes for four restarts:\n${show(s)}`);
    const delays = deaths(s).map((d) => d.restartInMs as number);
    for (let i = 2; i < delays.length; i++) assert.ok(delays[i]! > delays[i - 1]!, `restart delays grow while the engine keeps dying: ${delays.join(", ")}`);
    assert.ok(delays.every((d) => d <= 30_000), `delays are capped: ${delays.join(", ")}`);
    assert.ok(deaths(s).every((d) => d.signal === "SIGABRT"), show(s));
    const ports = new Set(listenings(s).map((l) => new URL(String(l.url)).port));
    assert.equal(ports.size, 1, `every engine served the same port: ${[...ports].join(", ")}`);

    const r = await stop(s);
    assert.deepEqual(r, { code: 0, signal: null }, show(s));
    for (const l of listenings(s)) assert.equal(alive(Number(l.pid)), false, `engine ${l.pid} is gone`);
  });
});

// ------------------------------------------------------------------ 3. start-up failures, --no-supervise

describe("start-up", () => {
  test("an engine that cannot start (a bad --store) is not retried: the supervisor exits 1 with its message", { timeout: 5 * MINUTES }, async () => {
    const dir = worksDir({ "ping.js": WORKS["ping.js"] });
    const s = startSupervised([dir, "--port", "0", "--store", "nosuch:thing"]);
    let timer: NodeJS.Timeout | undefined;
    const r = await Promise.race([s.exited, new Promise<"still running">((res) => (timer = setTimeout(() => res("still running"), 2 * MINUTES)))]);
    clearTimeout(timer);
    assert.deepEqual(r, { code: 1, signal: null }, show(s));
    assert.match(s.err(), /unsupported store URL/);
    assert.equal(deaths(s).length, 0, show(s));
  });

  test("--no-supervise serves in the process itself", { timeout: 5 * MINUTES }, async () => {
    const dir = worksDir({ "ping.js": WORKS["ping.js"] });
    const tmp = tempDir("supervisor-off");
    const s = startSupervised([dir, "--port", "0", "--no-supervise", "--store", `sqlite:${path.join(tmp, "state.db")}`]);
    const { port, pid } = await untilListening(s, 1, "the engine");
    assert.equal(pid, s.proc.pid, "the process started is the engine");
    const res = await fetch(`http://127.0.0.1:${port}/ping`);
    assert.deepEqual(await res.json(), { ok: true });
    const r = await stop(s);
    assert.deepEqual(r, { code: 0, signal: null }, show(s));
  });
});

describe("node ids", () => {
  test("each engine's node id is a random version 4 UUID", () => {
    const ids = Array.from({ length: 200 }, newNodeId);
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(new Set(ids).size, ids.length);
  });

  test("a source that gives fewer than 16 bytes (an empty file) or none still gives distinct ids", () => {
    const empty = path.join(tempDir("node-id"), "empty");
    fs.writeFileSync(empty, "");
    for (const source of [empty, path.join(path.dirname(empty), "missing")]) {
      const ids = Array.from({ length: 50 }, () => newNodeId(source));
      for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(new Set(ids).size, ids.length, source);
    }
  });
});
