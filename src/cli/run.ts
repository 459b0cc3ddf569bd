// `kitwork run <file>`: one work, run once, on the test harness (src/testing/harness.ts):
// the file's folder as the works folder with only that file loaded, an embedded store,
// a fresh temporary SQLite database with the folder's migrations (or --db), trigger
// "run" with the input shaped like a request. Jobs it pushes are printed, not run;
// sleep() and wait() checkpoint, and this command wakes them: on the real clock, or at
// once with --fast; --signal answers a wait(). Result on stdout, logs and errors on stderr.

import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type FindMyWayT from "find-my-way";
import { DbConfigError } from "../db/connections.js";
import { ManualClock, systemClock } from "../engine/clock.js";
import { DEFAULT_TIMEOUT_MS, type ExecResult } from "../engine/dispatch.js";
import type { InspectedFrame } from "../engine/inspect.js";
import { type WorkVersion, formatProblem } from "../engine/works.js";
import { environmentOf, projectDir } from "../engine/config.js";
import type { TriggerInput } from "../runtime/context.js";
import { type PushedJob, type TestWorks, logText, openWorks } from "../testing/harness.js";

import { EXIT, type Io, UsageError } from "./common.js";

export { EXIT, type Io, UsageError } from "./common.js";

// find-my-way only to match --path against the work's routes.
const require = createRequire(import.meta.url);
const findMyWay = () => require("find-my-way") as typeof FindMyWayT;

export interface RunFileOptions {
  /** --input: w.payload (and w.body unless --body is given). */
  input?: unknown;
  budget?: number;
  /** --timeout: the attempt timeout of a work that declares none, and a bound on the whole run (retries, sleeps and waits included). */
  timeout?: number;
  db?: string;
  method?: string;
  path?: string;
  /** --query, each `k=v` or a JSON object. */
  query?: string[];
  /** --header, each `name:value`. */
  header?: string[];
  /** --body: JSON when it parses as JSON, else text. */
  body?: string;
  /** --signal, each `event=json`: sent when the run waits on that event. */
  signal?: string[];
  /** --fast: a virtual clock; sleeps and wait timeouts pass at once. */
  fast?: boolean;
  /** --env, each `NAME=value`: over the process environment and the project's .env. */
  env?: string[];
}

function readable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    if (!fs.statSync(file).isFile()) throw Object.assign(new Error(), { code: "EISDIR" });
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function addQuery(out: Record<string, string | string[]>, k: string, v: string): void {
  const cur = out[k];
  if (cur === undefined) out[k] = v;
  else if (Array.isArray(cur)) cur.push(v);
  else out[k] = [cur, v];
}

/** --query values: `k=v` (repeatable; a repeated key gives an array, as in a query string) or one JSON object. */
export function parseQueryFlags(values: string[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const v of values) {
    if (v.trimStart().startsWith("{")) {
      let o: unknown;
      try {
        o = JSON.parse(v);
      } catch (e) {
        throw new UsageError(`--query ${v}: not valid JSON (${(e as Error).message})`);
      }
      if (o === null || typeof o !== "object" || Array.isArray(o)) throw new UsageError(`--query ${v}: expected a JSON object`);
      for (const [k, x] of Object.entries(o)) for (const item of Array.isArray(x) ? x : [x]) addQuery(out, k, typeof item === "string" ? item : JSON.stringify(item));
      continue;
    }
    const i = v.indexOf("=");
    if (i <= 0) throw new UsageError(`--query ${v}: expected key=value or a JSON object`);
    addQuery(out, v.slice(0, i), v.slice(i + 1));
  }
  return out;
}

/** --header values: `name:value`; names lower-cased, as requests give them to works. */
export function parseHeaderFlags(values: string[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const v of values) {
    const i = v.indexOf(":");
    const name = i < 0 ? "" : v.slice(0, i).trim().toLowerCase();
    if (!/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) throw new UsageError(`--header ${v}: expected name:value`);
    out[name] = out[name] === undefined ? v.slice(i + 1).trim() : `${out[name]}, ${v.slice(i + 1).trim()}`;
  }
  return out;
}

/** --env values: `NAME=value` (the value may contain "="; a later one wins). */
export function parseEnvFlags(values: string[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const v of values) {
    const i = v.indexOf("=");
    if (i <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.slice(0, i))) throw new UsageError(`--env ${v}: expected NAME=value`);
    out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}

/** --signal values: `event=json`, in the order given (one event may be given several times). */
export function parseSignalFlags(values: string[]): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const v of values) {
    const i = v.indexOf("=");
    if (i <= 0) throw new UsageError(`--signal ${v}: expected event=json`);
    let data: unknown;
    try {
      data = JSON.parse(v.slice(i + 1));
    } catch (e) {
      throw new UsageError(`--signal ${v}: the data is not valid JSON (${(e as Error).message})`);
    }
    const event = v.slice(0, i);
    out.set(event, [...(out.get(event) ?? []), data]);
  }
  return out;
}

function bodyFlag(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The trigger's method, path and params. --path is matched against the work's routes
 * (its params come from the route that matches); without it, the first route (of
 * --method, if given) is the path, as declared, with no params. A work without routes
 * takes --method and --path as they are.
 */
export function shapeRoute(work: WorkVersion, method: string | undefined, p: string | undefined): { method?: string; path?: string; params: Record<string, string> } {
  const routes = work.blueprint.routes;
  const m = method?.toUpperCase();
  if (routes.length === 0) return { method: m ?? (p !== undefined ? "GET" : undefined), path: p, params: {} };
  const list = routes.map((r) => `${r.method} ${r.path}`).join(", ");
  if (p === undefined) {
    const r = m ? routes.find((x) => x.method === m) : routes[0];
    if (!r) throw new UsageError(`--method ${m}: the work declares no ${m} route (its routes: ${list})`);
    return { method: r.method, path: r.path, params: {} };
  }
  if (!p.startsWith("/")) throw new UsageError(`--path ${p}: a path starts with "/"`);
  const pathname = p.split("?")[0]!;
  for (const r of routes) {
    if (m && r.method !== m) continue;
    const router = findMyWay()({ ignoreTrailingSlash: true, caseSensitive: true });
    router.on(r.method as "GET", r.path, () => undefined);
    const found = router.find(r.method as "GET", pathname);
    if (found) return { method: r.method, path: pathname, params: { ...(found.params as Record<string, string>) } };
  }
  throw new UsageError(`--path ${p}${m ? ` (--method ${m})` : ""} matches none of the work's routes: ${list}`);
}

/** What a finished run printed as: text() and html() raw, redirect() as {redirect, status}, anything else as JSON. */
function printResult(res: ExecResult, io: Io): void {
  const kind = res.response;
  if (kind === "text" || kind === "html") io.out(res.body + "\n");
  else if (kind === "redirect" || (res.status >= 300 && res.status < 400 && res.headers.location !== undefined)) io.out(JSON.stringify({ redirect: res.headers.location, status: res.status }) + "\n");
  else if (res.body === "") io.out("null\n");
  else if ((res.headers["content-type"] ?? "").startsWith("text/plain")) io.out(JSON.stringify(res.body) + "\n");
  else io.out(res.body + "\n");
}

function exitFor(kind: string | null | undefined): number {
  return kind === "limit" || kind === "timeout" ? EXIT.limit : EXIT.error;
}

function pushLine(p: PushedJob, now: number): string {
  const due = p.runAt > now ? ` (due in ${Math.round((p.runAt - now) / 1000)} s)` : "";
  return `[queue ${p.queue}] ${JSON.stringify(p.payload)}${due}${p.deduped ? " (deduplicated: a job with its key is pending, or its ttl holds it)" : ""}\n`;
}

/** A parked run's position, as a limit error names it: file:line:col, then its stack. */
function atFrames(file: string, frames: InspectedFrame[], message: string): string {
  const top = frames[0];
  const head = top ? `${file}:${top.line}:${top.column + 1} ${message}` : message;
  return [head, ...frames.map((f) => `    at ${f.function} (${file}:${f.line}:${f.column + 1})`)].join("\n");
}

/** The longest delay a timer can hold (2^31 - 1 ms); longer waits take several. */
const MAX_TIMER_MS = 2_147_483_647;
const wallSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, Math.min(ms, MAX_TIMER_MS))));

/** `kitwork run`: returns the exit code. */
export async function runFile(file: string, opts: RunFileOptions, io: Io): Promise<number> {
  readable(file);
  const query = parseQueryFlags(opts.query ?? []);
  const headers = parseHeaderFlags(opts.header ?? []);
  const signals = parseSignalFlags(opts.signal ?? []);
  const envFlags = parseEnvFlags(opts.env ?? []);
  const started = Date.now();
  const deadline = opts.timeout !== undefined && opts.timeout > 0 ? started + opts.timeout : Infinity;
  const timeLimit = `time limit exceeded (${opts.timeout} ms)`;
  const manual = opts.fast ? new ManualClock() : null;
  const clock = manual ?? systemClock;
  const dir = path.dirname(path.resolve(file));
  let kw: TestWorks;
  try {
    kw = await openWorks(dir, {
      files: [path.basename(file)],
      db: opts.db,
      // As kitwork dev reads it (the process environment over the project's .env), with --env on top.
      env: { ...environmentOf(projectDir(path.dirname(path.resolve(file)))), ...envFlags },
      clock,
      runJobs: false,
      sleepThresholdMs: 0,
      defaultTimeoutMs: opts.timeout || undefined,
      limits: opts.budget !== undefined ? { budget: opts.budget } : undefined,
      // Here the top level is the run: discovery gets the run's time limit, and leaves its errors to the run.
      discovery: { timeoutMs: opts.timeout || DEFAULT_TIMEOUT_MS, errorsToRun: true },
      keepProblems: true,
      // A retry delay that would outlast --timeout never ends: the deadline below ends the run.
      sleep: manual ? async (ms) => manual.advance(ms) : (ms) => (Date.now() + ms >= deadline ? new Promise<void>(() => {}) : wallSleep(ms)),
      log: (level, args) => io.err(`[${level}] ${logText(args)}\n`),
      onPush: (p) => io.err(pushLine(p, clock.now())),
    });
  } catch (e) {
    io.err(`kitwork: ${(e as Error).message}\n`);
    return e instanceof DbConfigError ? EXIT.usage : EXIT.error;
  }
  try {
    if (kw.problems.length) {
      for (const p of kw.problems) io.err(formatProblem(p) + "\n");
      return kw.problems.some((p) => p.limit) ? EXIT.limit : EXIT.error;
    }
    const work = kw.works[0]!;
    const route = shapeRoute(work, opts.method, opts.path);
    const body = opts.body !== undefined ? bodyFlag(opts.body) : opts.input;
    const input: TriggerInput = { ...route, query, headers, body, rawBody: opts.body, payload: opts.input ?? body };
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<"expired">((resolve) => {
      if (deadline !== Infinity) timer = setTimeout(() => resolve("expired"), Math.max(0, deadline - Date.now()));
    });
    let first: ExecResult | "expired";
    // respond(): what a caller would get goes to stdout at once; the run goes on, and its own result then goes to stderr.
    let answered = false;
    const onRespond = (early: ExecResult) => {
      answered = true;
      printResult(early, io);
    };
    const result = (text: string) => (answered ? io.err(`[result] ${text}`) : io.out(text));
    try {
      first = await Promise.race([Promise.resolve(kw.engine.run(work, "run", input, { onRespond })), expired]);
    } finally {
      clearTimeout(timer);
    }
    if (first === "expired") {
      io.err(`${work.file}: ${timeLimit}\n`);
      return EXIT.limit;
    }
    if (!first.parked) {
      if (first.error !== undefined) {
        io.err(first.error + "\n");
        return exitFor(first.errorKind);
      }
      printResult(first, answered ? { out: (t) => result(t), err: io.err } : io);
      return EXIT.ok;
    }
    return await driveParked(kw, work, first.runId, { signals, deadline, timeLimit, manual, result }, io);
  } finally {
    await kw.close();
  }
}

/** Wakes a parked run until it ends: due now → drained; a wait with a --signal → signalled; else the clock moves to its wake-up. */
async function driveParked(kw: TestWorks, work: WorkVersion, runId: string, o: { signals: Map<string, unknown[]>; deadline: number; timeLimit: string; manual: ManualClock | null; result: (text: string) => void }, io: Io): Promise<number> {
  const store = kw.engine.requireStore();
  for (;;) {
    const rec = await store.getDurable(runId);
    if (!rec) throw new Error(`run ${runId} parked but its durable record is missing`);
    if (rec.state === "done") {
      o.result((rec.result ?? "null") + "\n");
      return EXIT.ok;
    }
    if (rec.state === "failed" || rec.state === "cancelled") {
      const record = await kw.engine.getRun(runId);
      io.err((rec.error ?? record?.error ?? `the run was ${rec.state}`) + "\n");
      return exitFor(record?.errorKind);
    }
    const now = kw.engine.clock.now();
    const queued = rec.state === "waiting" && rec.event !== null ? o.signals.get(rec.event) : undefined;
    if (queued && queued.length > 0) {
      await kw.signal(rec.event!, queued.shift());
      continue;
    }
    if (rec.state === "due" || rec.state === "leased" || (rec.wakeAt !== null && rec.wakeAt <= now)) {
      await kw.drain();
      continue;
    }
    const frames = ((await kw.engine.inspect(rec)) as InspectedFrame[] | undefined) ?? [];
    if (rec.wakeAt === null) {
      io.err(atFrames(work.file, frames, `the run waits for ${JSON.stringify(rec.event)} with no timeout, and no --signal ${rec.event}=<json> was given to wake it`) + "\n");
      return EXIT.error;
    }
    if (o.manual) {
      o.manual.set(rec.wakeAt);
      await kw.drain();
      continue;
    }
    if (rec.wakeAt >= o.deadline) {
      io.err(atFrames(work.file, frames, o.timeLimit) + "\n");
      return EXIT.limit;
    }
    await wallSleep(rec.wakeAt - Date.now());
  }
}
