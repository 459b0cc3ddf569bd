// The test harness: a works folder on a real engine, with every trigger driven by hand.
// A fresh temporary SQLite database (the folder's migrations applied), an in-memory
// store, and a manual clock: nothing runs in the background — requests run when they are
// sent, jobs, cron slots and durable runs when the test drains or advances the clock —
// so a test sees the same state every time, and "wait three days" takes milliseconds.
// `kitwork run` uses the same harness with one file loaded and its own driving
// (cli/main.ts).

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type FindMyWayT from "find-my-way";
import { type ConnectionConfig, redact } from "../db/connections.js";
import { kysely } from "../db/kysely.js";
import { type Clock, ManualClock } from "../engine/clock.js";
import type { Problem } from "../engine/discovery.js";
import { Engine, type EngineOptions } from "../engine/engine.js";
import type { InspectedFrame } from "../engine/inspect.js";
import { CRON_QUEUE_PREFIX, nextSlotOf } from "../engine/jobs.js";
import { type WorkVersion, formatProblem } from "../engine/works.js";
import type { LogLine, RunContext } from "../runtime/context.js";
import type { HttpServer } from "../server/http.js";
import { parseDuration } from "../stdlib/time-core.js";
import { type DurableRecord, type DurableState, type Job, type JobState, type RunFilter, type RunRecord, type Store, openStore } from "../store/index.js";

/** Options of testWorks(). */
export interface TestWorksOptions {
  /** Where the test's clock starts: a Date, an ISO-8601 string or epoch milliseconds (default: the real time now). */
  now?: Date | string | number;
  /** Load only these files (paths relative to the folder) instead of every work in it. */
  files?: string[];
  /**
   * The default database's URL (default: a fresh SQLite file in a temporary folder,
   * deleted by close()). The folder's migrations are applied to it either way.
   */
  db?: string;
  /** Further named connections for `db("name")`, name → URL (default: none). */
  databases?: Record<string, string>;
  /**
   * The environment env() reads, name → value (default: none). Only these: a test sees
   * neither the machine's environment nor the project's .env, so it runs the same
   * everywhere. Scripts still read only the names kitwork.json "env" declares.
   */
  env?: Record<string, string>;
}

/** What the harness needs beyond the public options (`kitwork run`). */
export interface HarnessOptions extends TestWorksOptions {
  /** The engine's clock (default: a manual clock at `now`; `kitwork run` without --fast passes the system clock). */
  clock?: Clock;
  /** false: pushed jobs and cron slots are recorded, never run (`kitwork run`). Default true. */
  runJobs?: boolean;
  /** Sleeps at least this long checkpoint the run (default 0: every sleep is durable, so time can skip it). */
  sleepThresholdMs?: number;
  /** Attempt timeout of works that declare none (default 30 s). */
  defaultTimeoutMs?: number;
  /** Every log() line as it happens. */
  log?: (level: string, args: unknown[], ctx: RunContext) => void;
  /** Every queue push as it happens (after it is stored). */
  onPush?: (push: PushedJob) => void;
  /** Load problems are returned instead of thrown (`kitwork run` prints them itself). */
  keepProblems?: boolean;
  /** Limits every run starts from (`kitwork run --budget`). */
  limits?: EngineOptions["limits"];
  /** How discovery treats a work's top level (`kitwork run`: the run's time limit, errors left to the run). */
  discovery?: EngineOptions["discovery"];
  /** Waits between in-process retry attempts (default: on a manual clock, the clock is moved; else a timer). */
  sleep?: (ms: number) => Promise<void>;
}

/** A job pushed to a queue, as the harness reports it. */
export interface PushedJob {
  id: string;
  queue: string;
  payload: unknown;
  key: string | null;
  /** When it becomes due (epoch ms). */
  runAt: number;
  /** The key matched a job already pending or running (or held by a ttl window): no new job was added. */
  deduped: boolean;
}

/** A job in the store, with its payload. */
export interface TestJob {
  id: string;
  queue: string;
  payload: unknown;
  state: JobState;
  /** Attempts started so far. */
  attempts: number;
  runAt: number;
  key: string | null;
  error: string | null;
}

/** A run, as its record in the store says (times are epoch ms on the test's clock). */
export interface TestRun extends Omit<RunRecord, "resultSize"> {
  /** What a durable run returned (the store keeps it); undefined for other runs and for failures. */
  result?: unknown;
  /** A durable run's state: set for every run that checkpointed at least once. */
  durable?: TestDurable;
}

/** A durable run: what it waits for and, while it is parked, its frames and their variables. */
export interface TestDurable {
  state: DurableState;
  /** The event a waiting run waits for. */
  waitsFor: string | null;
  /** When it wakes (a sleep's end, a wait's timeout; epoch ms), or null. */
  until: number | null;
  checkpoints: number;
  /** Innermost first, while it is parked (sleeping, waiting or due). */
  frames?: InspectedFrame[];
}

/** One log() line of a run, with its arguments rendered as one string. */
export interface TestLogLine extends LogLine {
  run: string;
  /** The arguments as log() prints them: strings as they are, other values as JSON, space-separated. */
  text: string;
}

/** What request() answers. */
export interface TestResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The body parsed, when it is JSON; else undefined. */
  json: unknown;
  text: string;
  /** The run that answered (x-kitwork-run). */
  run: string;
}

export interface RequestOptions {
  /** A value sent as a JSON body (content-type application/json). */
  json?: unknown;
  /** A raw body: text or bytes, sent as is (set its content-type in headers). */
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Added to the path's query string; an array value repeats the key. */
  query?: Record<string, string | number | boolean | Array<string | number | boolean>>;
}

/** How many drain rounds (each: due jobs, cron slots and durable runs started, then awaited) before drain() gives up. */
const MAX_DRAIN_ROUNDS = 10_000;
/** How many stops advance() makes (each due time in between is one) before it gives up. */
const MAX_ADVANCE_STEPS = 10_000;
/** Rows asked of the store when listing (tests hold far fewer). */
const LIST_LIMIT = 100_000;

// find-my-way on first use (a request()): `kitwork run` of a work never needs it.
const require = createRequire(import.meta.url);
const findMyWay = () => require("find-my-way") as typeof FindMyWayT;

/** Opens and closes the store's claims: nothing starts in the background, only while the harness drives. */
interface Gate {
  jobs: boolean;
  cron: boolean;
  durable: boolean;
}

/**
 * The store the engine is given: claims of jobs, cron slots and durable runs succeed only
 * while the gate is open (the engine's own poll loops find nothing in between); pushes
 * are reported as they are stored, and the ids of the run records written, so drain()
 * reads back only those.
 */
function gatedStore(store: Store, gate: Gate, onPush: (p: PushedJob) => void, onRecord: (runId: string) => void): Store {
  const records = (f: (...args: never[]) => unknown, ids: (args: unknown[]) => Array<string | undefined>) =>
    (...args: unknown[]) => {
      for (const id of ids(args)) if (id) onRecord(id);
      return (f as (...a: unknown[]) => unknown).apply(store, args);
    };
  return new Proxy(store, {
    get(target, prop) {
      switch (prop) {
        case "recordRun":
          return records(target.recordRun, ([run]) => [(run as RunRecord).id]);
        case "recordRuns":
          return records(target.recordRuns, ([runs]) => (runs as RunRecord[]).map((r) => r.id));
        case "completeJob":
          return records(target.completeJob, (a) => [(a[2] as RunRecord | null)?.id]);
        case "completeJobs":
          return ((done, claim) => {
            for (const d of done) if (d.run) onRecord(d.run.id);
            return target.completeJobs(done, gate.jobs ? claim : null);
          }) satisfies Store["completeJobs"];
        case "failJob":
          return records(target.failJob, (a) => [(a[4] as RunRecord | null)?.id]);
        case "finishDurable":
          return records(target.finishDurable, (a) => [a[0] as string]);
        case "setRunStatus":
          return records(target.setRunStatus, (a) => [a[0] as string]);
        case "claimJobs":
          return ((queue, owner, leaseMs, limit, now) => (gate.jobs ? target.claimJobs(queue, owner, leaseMs, limit, now) : Promise.resolve([]))) satisfies Store["claimJobs"];
        case "claimJobsCapped":
          return ((queue, owner, leaseMs, limit, cap, now) => (gate.jobs ? target.claimJobsCapped(queue, owner, leaseMs, limit, cap, now) : Promise.resolve([]))) satisfies Store["claimJobsCapped"];
        case "claimDurable":
          return ((owner, leaseMs, limit, now) => (gate.durable ? target.claimDurable(owner, leaseMs, limit, now) : Promise.resolve([]))) satisfies Store["claimDurable"];
        case "claimCronSlot":
          return ((work, slot, owner, now, job) => (gate.cron ? target.claimCronSlot(work, slot, owner, now, job) : Promise.resolve(false))) satisfies Store["claimCronSlot"];
        case "pushJob":
          return (async (queue, payload, opts) => {
            const r = await target.pushJob(queue, payload, opts);
            onPush({ id: r.id, queue, payload, key: opts.key ?? null, runAt: opts.runAt, deduped: r.deduped });
            return r;
          }) satisfies Store["pushJob"];
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}

function startTime(now: TestWorksOptions["now"]): number {
  if (now === undefined) return Date.now();
  const t = now instanceof Date ? now.getTime() : typeof now === "number" ? now : Date.parse(now);
  if (!Number.isFinite(t)) throw new TypeError(`now must be a Date, an ISO-8601 string or epoch milliseconds, got ${JSON.stringify(now)}`);
  return t;
}

function durationMs(what: string, d: string | number): number {
  try {
    return parseDuration(d);
  } catch (e) {
    throw new TypeError(`${what}: ${(e as Error).message} (a number of milliseconds or a duration such as "90s", "3d")`);
  }
}

/** log() arguments as one line: strings as they are, other values as JSON. */
export function logText(args: unknown[]): string {
  return args.map((a) => (typeof a === "string" ? a : (JSON.stringify(a) ?? String(a)))).join(" ");
}

/** A driver row as plain data: 64-bit integers as numbers when they are safe, else strings. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "bigint" ? (Number.isSafeInteger(Number(v)) ? Number(v) : String(v)) : v;
  return out;
}

/** `?` placeholders as PostgreSQL's `$1, $2…`, outside quoted strings. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (m) => (m === "?" ? `$${++n}` : m));
}

/** The next slot of a work's schedules strictly after `t`, or null. */
function toTestRun(r: RunRecord): TestRun {
  const { resultSize: _size, ...rest } = r;
  return rest;
}

/**
 * A works folder under test. Requests go through the real HTTP server (started on the
 * first request, on a free local port); jobs, cron slots and durable runs run only in
 * drain(), advance() and signal().
 */
export class TestWorks {
  private server: HttpServer | null = null;
  private base: Promise<string> | null = null;
  /** Runs drain() has already returned (each finished run is returned once). */
  private readonly reported = new Set<string>();
  /** Runs whose record was written since drain() last looked. */
  private readonly touched: Set<string>;
  private closed = false;

  /** @internal Made by testWorks(). */
  constructor(
    /** The engine underneath, for what the harness does not cover. */
    readonly engine: Engine,
    private readonly store: Store,
    private readonly gate: Gate,
    private readonly manual: ManualClock | null,
    private readonly runJobs: boolean,
    private readonly tmp: string,
    /** The migrations applied to the default database (file names). */
    readonly migrations: string[],
    /** Load problems (only with keepProblems; testWorks() throws on any). */
    readonly problems: Problem[],
    touched: Set<string>,
  ) {
    this.touched = touched;
  }

  /** The works loaded, sorted by file. */
  get works(): WorkVersion[] {
    return this.engine.list();
  }

  /** The test's time now. */
  now(): Date {
    return new Date(this.engine.clock.now());
  }

  // ------------------------------------------------------------ HTTP

  private listen(): Promise<string> {
    this.base ??= (async () => {
      const { HttpServer } = await import("../server/http.js");
      this.server = new HttpServer(this.engine, { port: 0, host: "127.0.0.1" });
      const { port } = await this.server.listen();
      return `http://127.0.0.1:${port}`;
    })();
    return this.base;
  }

  private routeList(): string {
    const routes = this.engine.routes().routes;
    if (routes.length === 0) return "no work declares a route";
    return "the routes are:\n" + routes.map((r) => `  ${r.method} ${r.path}  (${r.versions.map((w) => `${w.name}, ${w.file}`).join("; ")})`).join("\n");
  }

  /** A request the router cannot serve is a mistake in the test: say so, with the routes there are. */
  private checkRoute(method: string, pathname: string): void {
    if (pathname.startsWith("/_kitwork")) return;
    const router = findMyWay()({ ignoreTrailingSlash: true, caseSensitive: true });
    for (const r of this.engine.routes().routes) router.on(r.method as "GET", r.path, () => undefined);
    const served = (m: string) => router.find(m as "GET", pathname) !== null;
    if (served(method) || (method === "HEAD" && served("GET"))) return;
    const others = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"].filter(served);
    const why = others.length ? `${pathname} is served for ${others.join(", ")}, not ${method}` : `no work serves ${method} ${pathname}`;
    throw new Error(`request(${JSON.stringify(method)}, ${JSON.stringify(pathname)}): ${why}; ${this.routeList()}`);
  }

  /**
   * Sends a request through the real HTTP server and returns its response. A run that
   * sleeps or waits answers 202 `{run, status: "suspended"}` at once; drain(), advance()
   * or signal() then finish it, and run(id) shows how it ended. A run that answers with
   * respond() returns that answer, once the run has gone on to its end or to its next
   * sleep or wait (so what the test does next meets it there).
   */
  async request(method: string, pathAndQuery: string, opts: RequestOptions = {}): Promise<TestResponse> {
    this.assertOpen("request");
    const m = method.toUpperCase();
    if (!pathAndQuery.startsWith("/")) throw new TypeError(`request(${JSON.stringify(method)}, ${JSON.stringify(pathAndQuery)}): the path must start with "/"`);
    const url = new URL(pathAndQuery, "http://test");
    this.checkRoute(m, url.pathname);
    for (const [k, v] of Object.entries(opts.query ?? {})) for (const x of Array.isArray(v) ? v : [v]) url.searchParams.append(k, String(x));
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts.headers ?? {})) headers[k.toLowerCase()] = v;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (opts.json !== undefined && opts.body !== undefined) throw new TypeError("request(): give json or body, not both");
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers["content-type"] ??= "application/json";
    } else if (opts.body !== undefined) {
      if (typeof opts.body !== "string" && !(opts.body instanceof Uint8Array)) throw new TypeError("request(): body is a string or bytes; send a value as JSON with { json: value }");
      body = typeof opts.body === "string" ? opts.body : Uint8Array.from(opts.body);
    }
    const base = await this.listen();
    const res = await fetch(base + url.pathname + url.search, { method: m, headers, body: m === "GET" || m === "HEAD" ? undefined : body });
    const text = await res.text();
    const out: Record<string, string> = {};
    res.headers.forEach((v, k) => (out[k] = v));
    let json: unknown = undefined;
    if (/[/+]json\b/.test(out["content-type"] ?? "") && text !== "") json = JSON.parse(text);
    const run = out["x-kitwork-run"] ?? "";
    // A run that answered with respond() goes on: up to its end or its next checkpoint.
    await this.engine.idle();
    // A run that answered is done: drain() reports only what finishes while it runs.
    const rec = run ? await this.engine.getRun(run) : null;
    if (rec && rec.status !== "running" && rec.status !== "suspended") this.reported.add(run);
    return { status: res.status, headers: out, json, text, run };
  }

  // ------------------------------------------------------------ jobs, cron, durable runs

  /** Pushes a job (as `queue(name).push()` does); it runs at the next drain() once it is due. Returns its id (with a key that dedupes, the existing job's). */
  async push(queue: string, payload: unknown, opts: { delay?: string | number; key?: string; ttl?: string | number } = {}): Promise<string> {
    this.assertOpen("push");
    const delayMs = opts.delay === undefined ? 0 : durationMs("push(): delay", opts.delay);
    if (opts.ttl !== undefined && opts.key === undefined) throw new TypeError("push(): ttl needs a key (the ttl is how long a push with the same key is dropped)");
    const ttlMs = opts.ttl === undefined ? null : durationMs("push(): ttl", opts.ttl);
    return this.engine.push(queue, payload, { delayMs, key: opts.key ?? null, ttlMs });
  }

  /** Everything due now that the harness may run: jobs and cron slots (unless recorded only) and durable runs. */
  private open(): void {
    this.gate.jobs = this.gate.cron = this.runJobs;
    this.gate.durable = true;
  }

  private shut(): void {
    this.gate.jobs = this.gate.cron = this.gate.durable = false;
  }

  /** Pending jobs of the queues some loaded work consumes (the others wait for a consumer, as in production). */
  private async consumedJobs(): Promise<Job[]> {
    return (await this.store.listJobs(null, "pending", LIST_LIMIT)).filter((j) => this.engine.consumer(j.queue) !== undefined);
  }

  /** Is anything the harness may run due now (a pending job, a durable run)? */
  private async dueNow(): Promise<boolean> {
    const now = this.engine.clock.now();
    if (this.runJobs && (await this.consumedJobs()).some((j) => j.runAt <= now)) return true;
    if ((await this.store.listDurable({ state: "due", limit: 1 })).length > 0) return true;
    for (const state of ["sleeping", "waiting"] as const) {
      if ((await this.store.listDurable({ state, limit: LIST_LIMIT })).some((d) => d.wakeAt !== null && d.wakeAt <= now)) return true;
    }
    return false;
  }

  /**
   * Runs everything that is due now — queue jobs, cron slots, durable runs (and what they
   * push or wake that is due too) — until nothing is left; the clock does not move.
   * Returns the runs that finished meanwhile, in the order they started.
   */
  async drain(): Promise<TestRun[]> {
    this.assertOpen("drain");
    this.open();
    try {
      for (let round = 0; ; round++) {
        if (round >= MAX_DRAIN_ROUNDS) {
          throw new Error(`drain(): still finding due work after ${MAX_DRAIN_ROUNDS} rounds (a job that pushes itself, a cron every second?); the latest runs: ${(await this.engine.listRuns({ limit: 5 })).map((r) => `${r.work} (${r.trigger})`).join(", ")}`);
        }
        const started = await this.engine.pollAll();
        await this.engine.idle();
        if (started === 0 && !(await this.dueNow())) break;
      }
    } finally {
      this.shut();
    }
    return this.finishedSinceLastTime();
  }

  private async finishedSinceLastTime(): Promise<TestRun[]> {
    await this.engine.flushRecords();
    const ids = [...this.touched];
    this.touched.clear();
    const out: TestRun[] = [];
    for (const id of ids) {
      const r = await this.store.getRun(id);
      if (!r || r.status === "running" || r.status === "suspended" || this.reported.has(r.id)) continue;
      this.reported.add(r.id);
      out.push(await this.withDurable(toTestRun(r), false));
    }
    // Oldest first; runs that started at the same moment in the order they finished.
    return out.sort((a, b) => a.startedAt - b.startedAt || (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
  }

  /** The first time after `t`, up to `until`, at which something becomes due: a durable run's wake-up, a job's run time, a cron slot. */
  async nextDue(t: number, until = Infinity): Promise<number | null> {
    let best: number | null = null;
    const take = (x: number | null) => {
      if (x !== null && x > t && x <= until && (best === null || x < best)) best = x;
    };
    for (const state of ["sleeping", "waiting"] as const) for (const d of await this.store.listDurable({ state, limit: LIST_LIMIT })) take(d.wakeAt);
    if (this.runJobs) {
      for (const j of await this.consumedJobs()) take(j.runAt);
      for (const w of this.engine.list()) take(nextSlotOf(w, t));
    }
    return best;
  }

  /**
   * Moves the clock forward by `duration` ("90s", "3d", or milliseconds), stopping at
   * every time in between when something becomes due — each durable wake-up, each job's
   * run time, each cron slot — and draining there. So an hourly cron runs 24 times over
   * "1d", and a wait with a 3-day timeout times out. Returns the runs that finished.
   */
  async advance(duration: string | number): Promise<TestRun[]> {
    this.assertOpen("advance");
    const clock = this.manual;
    if (!clock) throw new Error("advance(): this harness runs on the real clock");
    const target = clock.now() + durationMs("advance()", duration);
    const out = await this.drain();
    for (let step = 0; ; step++) {
      const next = await this.nextDue(clock.now(), target);
      if (next === null) break;
      if (step >= MAX_ADVANCE_STEPS) {
        throw new Error(`advance(${JSON.stringify(duration)}): more than ${MAX_ADVANCE_STEPS} due times in between (a schedule that fires often?); advance in smaller steps`);
      }
      clock.set(next);
      out.push(...(await this.drain()));
    }
    clock.set(target);
    out.push(...(await this.drain()));
    return out;
  }

  /**
   * Sends a signal (as `signal(event, data)` does) and drains: the runs it woke continue.
   * `keep` keeps an unmatched signal that long for a later wait(). Returns how many woke.
   */
  async signal(event: string, data?: unknown, opts: { keep?: string | number } = {}): Promise<number> {
    this.assertOpen("signal");
    const keepMs = opts.keep === undefined ? null : durationMs("signal(): keep", opts.keep);
    const woke = await this.engine.signal(event, data ?? null, keepMs);
    await this.drain();
    return woke;
  }

  // ------------------------------------------------------------ what happened

  private async withDurable(run: TestRun, frames: boolean): Promise<TestRun> {
    const rec = await this.store.getDurable(run.id);
    if (!rec) return run;
    const durable: TestDurable = { state: rec.state, waitsFor: rec.event, until: rec.wakeAt, checkpoints: rec.checkpoints };
    if (frames && (rec.state === "sleeping" || rec.state === "waiting" || rec.state === "due")) durable.frames = await this.framesOf(rec);
    run.durable = durable;
    if (rec.state === "done" && rec.result !== null) run.result = JSON.parse(rec.result);
    return run;
  }

  private async framesOf(rec: DurableRecord): Promise<InspectedFrame[]> {
    return ((await this.engine.inspect(rec)) as InspectedFrame[] | undefined) ?? [];
  }

  /** A run by id: its record and, for a durable run, its state (what it waits for, until when, its frames and their variables). */
  async run(id: string): Promise<TestRun> {
    this.assertOpen("run");
    const r = await this.engine.getRun(id);
    if (!r) {
      const known = (await this.engine.listRuns({ limit: 10 })).map((x) => `${x.id} (${x.work}, ${x.trigger}, ${x.status})`);
      throw new Error(`run(${JSON.stringify(id)}): no such run; ${known.length ? `the latest runs are:\n  ${known.join("\n  ")}` : "no run has happened yet"}`);
    }
    return this.withDurable(toTestRun(r), true);
  }

  /** Runs, oldest first: all of them, or those of a work, a status or a trigger. */
  async runs(filter: Omit<RunFilter, "limit"> = {}): Promise<TestRun[]> {
    this.assertOpen("runs");
    const list = (await this.engine.listRuns({ ...filter, limit: LIST_LIMIT })).reverse();
    return Promise.all(list.map((r) => this.withDurable(toTestRun(r), false)));
  }

  /** The log lines of a run, or of every run (oldest first). */
  async logs(runId?: string): Promise<TestLogLine[]> {
    this.assertOpen("logs");
    const runs = runId === undefined ? await this.runs() : [await this.run(runId)];
    const lines = runs.flatMap((r) => r.logs.map((l) => ({ ...l, run: r.id, text: logText(l.args) })));
    return runId === undefined ? lines.sort((a, b) => a.at - b.at) : lines;
  }

  /** Jobs in the store with their payloads, oldest first: of one queue, and in one state, or all (cron's own queues left out). */
  async jobs(queue?: string, state?: JobState): Promise<TestJob[]> {
    this.assertOpen("jobs");
    const list = (await this.store.listJobs(queue ?? null, state ?? null, LIST_LIMIT)).reverse();
    return list.filter((j) => queue !== undefined || !j.queue.startsWith(CRON_QUEUE_PREFIX)).map((j: Job) => ({ id: j.id, queue: j.queue, payload: j.payload, state: j.state, attempts: j.attempts, runAt: j.runAt, key: j.key, error: j.error }));
  }

  /** Runs SQL on the test's default database (`?` placeholders) and returns its rows. */
  async query(sql: string, ...params: unknown[]): Promise<Array<Record<string, unknown>>> {
    this.assertOpen("query");
    const conn = await this.engine.connections.get("default");
    const r = await conn.kysely.executeQuery(kysely().CompiledQuery.raw(conn.dialect === "postgres" ? numbered(sql) : sql, params));
    return (r.rows as Array<Record<string, unknown>>).map(plainRow);
  }

  private assertOpen(what: string): void {
    if (this.closed) throw new Error(`${what}(): this harness is closed`);
  }

  /** Stops the server and the engine and deletes the temporary database. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.shut();
    if (this.base) {
      await this.base.catch(() => {});
      await this.server?.close();
    }
    await this.engine.shutdown();
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

function folderOf(dir: string | URL): string {
  const d = dir instanceof URL ? fileURLToPath(dir) : dir.startsWith("file:") ? fileURLToPath(dir) : dir;
  return path.resolve(d);
}

/** The harness, with the options `kitwork run` adds. Problems are thrown unless `keepProblems`. */
export async function openWorks(dir: string | URL, opts: HarnessOptions = {}): Promise<TestWorks> {
  const folder = folderOf(dir);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error(`works folder not found: ${folder}`);
  const start = startTime(opts.now);
  const manual = opts.clock ? null : new ManualClock(start);
  const clock = opts.clock ?? manual!;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-test-"));
  const gate: Gate = { jobs: false, cron: false, durable: false };
  const touched = new Set<string>();
  let store: Store | null = null;
  let engine: Engine | null = null;
  try {
    store = gatedStore(await openStore("sqlite::memory:"), gate, (p) => opts.onPush?.(p), (id) => touched.add(id));
    const databases: ConnectionConfig[] = [{ name: "default", url: opts.db ?? `sqlite:${path.join(tmp, "data.db")}` }];
    for (const [name, url] of Object.entries(opts.databases ?? {})) {
      if (name.toLowerCase() === "default") throw new TypeError("databases: give the default database with the db option");
      databases.push({ name: name.toLowerCase(), url });
    }
    const problems: Problem[] = [];
    const options: EngineOptions = {
      dir: folder,
      files: opts.files,
      store,
      clock,
      databases,
      // A fresh secret per harness: its parked runs live only as long as its store.
      secret: randomBytes(32).toString("hex"),
      sleepThresholdMs: opts.sleepThresholdMs ?? 0,
      awaitParkedMs: 0,
      // The engine's poll loops find nothing (the gate is shut): the harness drives.
      pollMs: 3_600_000,
      httpSampleRate: 1,
      defaultTimeoutMs: opts.defaultTimeoutMs,
      limits: opts.limits,
      discovery: opts.discovery,
      env: opts.env ?? {},
      sleep: opts.sleep,
      log: opts.log,
      nodeId: "test",
      report: (e) => {
        if (e.kind === "error") problems.push(...e.problems);
        else if (e.kind === "conflict") problems.push(e.problem);
      },
    };
    // In-process retries (HTTP, kitwork run) wait on the test's clock: moved, not slept.
    if (manual && !opts.sleep) options.sleep = async (ms) => manual.advance(ms);
    engine = new Engine(options);
    engine.loadAll();
    const unique = [...new Set(problems)];
    if (unique.length && !opts.keepProblems) {
      throw new Error(`${unique.length} problem(s) loading ${folder}:\n${unique.map(formatProblem).join("\n")}`);
    }
    if (engine.list().length === 0 && unique.length === 0) {
      throw new Error(`no works in ${folder}${opts.files ? ` (files: ${opts.files.join(", ")})` : ""}`);
    }
    const migrations = await engine.migrate();
    engine.startJobs();
    // Cron slots are claimed only while the harness drives (pollAll ticks the scheduler).
    engine.cron?.stop();
    return new TestWorks(engine, store, gate, manual, opts.runJobs ?? true, tmp, migrations, unique, touched);
  } catch (e) {
    if (engine) await engine.shutdown().catch(() => {});
    else await store?.close().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Loads a works folder for a test: a fresh temporary SQLite database with the folder's
 * migrations applied, an in-memory store, and a clock that moves only when the test
 * says so (every sleep is durable, so advance() skips it). Throws if a work fails to load.
 *
 *     const kw = await testWorks(import.meta.dirname, { now: "2030-01-01T00:00:00Z" });
 *     const res = await kw.request("POST", "/signups", { json: { email: "ada@example.com" } });
 *     await kw.drain();
 *     await kw.close();
 */
export async function testWorks(dir: string | URL, options: TestWorksOptions = {}): Promise<TestWorks> {
  const { now, files, db, databases, env } = options;
  try {
    if (env !== undefined && (env === null || typeof env !== "object" || Object.values(env).some((v) => typeof v !== "string"))) throw new TypeError("env: expected an object of name → string value");
    return await openWorks(dir, { now, files, db, databases, env });
  } catch (e) {
    throw new Error(`testWorks(): ${redact((e as Error).message)}`, { cause: e });
  }
}
