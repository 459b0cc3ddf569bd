// `kitwork start`, `kitwork dev` and `kitwork check`.

import fs, { writeSync } from "node:fs";
import type { Server as NetServer, Socket } from "node:net";
import path from "node:path";
import { describeTriggers } from "../engine/blueprint.js";
import { type Problem, placementIssues } from "../engine/discovery.js";
import { lintWork } from "../engine/lint.js";
import { Engine } from "../engine/engine.js";
import { type Project, configuredStore, defaultDatabaseUrl, defaultStoreUrl, findProject } from "../engine/project.js";
import { type ConnectionConfig, redact, resolveConnections } from "../db/connections.js";
import { openStore } from "../store/index.js";
import { formatProblem, listWorkFiles, relativeName } from "../engine/works.js";
import { CompileError, compile } from "../compiler/index.js";
import { HttpServer } from "../server/http.js";
import { Metrics } from "../server/metrics.js";
import { metricsServer } from "../server/ops.js";
import { type LogLevel, type Terminal, terminal } from "./logs.js";
import { type Tracing, startTracing, tracingConfig } from "./tracing.js";
import { NODE_ID_ENV, RECLAIM_ENV, SUPERVISED_ENV, type ToEngine, type ToSupervisor } from "./supervisor.js";
import { Checkout, DeployFollower, type FollowEvent } from "../engine/deploy.js";
import type { Store } from "../store/store.js";
import { compareNames } from "../engine/order.js";

export interface ServeOptions {
  /** Share of successful HTTP runs recorded in the store (default 0.01; failures always are). */
  httpSample?: number;
  /** How long finished runs and done jobs are kept (default 7 days). */
  retention?: number;
  /** --lease: the lease of each claim, renewed by the heartbeat (default 10 s). */
  lease?: number;
  /** --store: the state store URL (default $KITWORK_STORE, kitwork.json "store", or sqlite:<project>/.kitwork/state.db). */
  store?: string;
  /** --db: the default database URL (overrides KITWORK_DB and kitwork.json). */
  db?: string;
  port?: number;
  host?: string;
  watch?: boolean;
  dev?: boolean;
  bodyLimit?: number;
  /** --log-level: the least severe line printed (default info). */
  logLevel?: LogLevel;
  /** --metrics-port: serve /metrics (with health and readiness) on this port instead of the main one. */
  metricsPort?: number;
  /** --from-store: serve the store's current deployment (`kitwork deploy`) and follow it, instead of a folder. */
  fromStore?: boolean;
  /** How often a --from-store node asks the store for its current deployment (default 1 s). */
  deployPollMs?: number;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Where serve's lines go: JSON (start) or readable text (dev), at --log-level (cli/logs.ts). */
function terminalFor(io: Io, opts: ServeOptions): Terminal {
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  return terminal({ dev: opts.dev === true, level: opts.logLevel ?? "info", out: io.out, err: io.err, color });
}

/** The store: --store, else $KITWORK_STORE, else kitwork.json "store", else the project's .kitwork/state.db. */
export function storeUrl(flag: string | undefined, project: Project): string {
  return flag ?? process.env.KITWORK_STORE ?? configuredStore(project) ?? defaultStoreUrl(project);
}

function databasesFor(project: Project, flag: string | undefined): ConnectionConfig[] {
  return resolveConnections({ flag, env: process.env, configFile: project.config ?? undefined, defaultUrl: defaultDatabaseUrl(project) });
}

/** What a command says it uses, passwords redacted: `store sqlite:/app/.kitwork/state.db`. */
export function usesLine(what: { store?: string; database?: string }): string {
  const parts = [what.store !== undefined ? `store ${redact(what.store)}` : null, what.database !== undefined ? `database ${redact(what.database)}` : null];
  return `kitwork: using ${parts.filter(Boolean).join(", ")}\n`;
}

const defaultOf = (dbs: ConnectionConfig[]) => dbs.find((d) => d.name === "default")!.url;

/** Under the supervisor (`kitwork start`): an IPC channel to it, and its marker in the environment. */
function isSupervised(): boolean {
  return process.env[SUPERVISED_ENV] !== undefined && typeof process.send === "function";
}

/** Asks the supervisor for its listening socket (it binds on the first request). */
function supervisorSocket(port: number, host: string): Promise<NetServer> {
  return new Promise((resolve, reject) => {
    const done = () => {
      process.off("message", onMessage);
      process.off("disconnect", onGone);
    };
    const onMessage = (m: ToEngine, handle: unknown) => {
      if (m?.kitwork === "listening" && handle) {
        done();
        resolve(handle as NetServer);
      } else if (m?.kitwork === "listen-failed") {
        done();
        reject(new Error(m.error));
      }
    };
    const onGone = () => {
      done();
      reject(new Error("the supervisor is gone"));
    };
    process.on("message", onMessage);
    process.on("disconnect", onGone);
    process.send!({ kitwork: "listen", port, host } satisfies ToSupervisor);
  });
}

/**
 * A fault for the supervisor's tests (never set otherwise): KITWORK_TEST_ABORT_AFTER=<n>
 * aborts the engine's process, as a V8 fatal error would, on its n-th HTTP run (0: as soon
 * as it is listening), in the first KITWORK_TEST_ABORT_STARTS starts (default 1).
 */
function injectedAbort(engine: Engine): { atStart: boolean; abort: () => void } | null {
  const after = process.env.KITWORK_TEST_ABORT_AFTER;
  if (after === undefined || !isSupervised()) return null;
  const n = Number(after);
  if (!Number.isInteger(n) || n < 0 || Number(process.env[SUPERVISED_ENV]) > Number(process.env.KITWORK_TEST_ABORT_STARTS ?? 1)) return null;
  const abort = () => {
    writeSync(2, `kitwork: KITWORK_TEST_ABORT_AFTER=${n}: aborting the engine (test fault)\n`);
    process.abort();
  };
  if (n > 0) {
    const run = engine.run.bind(engine);
    let seen = 0;
    engine.run = (work, trigger, input) => {
      if (trigger === "http" && ++seen >= n) abort();
      return run(work, trigger, input);
    };
  }
  return { atStart: n === 0, abort };
}

/** Serves a folder of works (or, with --from-store, the store's current deployment; `dir` is then undefined) until SIGTERM/SIGINT; resolves with the exit code. */
export async function serve(dir: string | undefined, opts: ServeOptions, io: Io): Promise<number> {
  if (!isSupervised()) return serveHere(dir, opts, io, false);
  try {
    return await serveHere(dir, opts, io, true);
  } finally {
    // The channel keeps this process alive; the supervisor reads the exit code.
    if (process.connected) process.disconnect();
  }
}

/** How a --from-store node logs its switches from one deployment to another. */
function followReport(term: Terminal): (e: FollowEvent) => void {
  return (e) => {
    if (e.kind === "deploy-error") term.say("error", "deployment not applied", { deployment: e.deployment, error: e.error });
    else term.say("info", "deployed", { deployment: e.deployment.id, previous: e.previous, works: e.deployment.works, by: e.deployment.createdBy, migrations: e.migrations.length, problems: e.problems });
  };
}

/**
 * --from-store: a private checkout of the store's current deployment, the engine's
 * folder. The store must be named (--store or $KITWORK_STORE): a node that follows
 * deployments has no project folder to find one in.
 */
async function storeCheckout(dir: string | undefined, opts: ServeOptions, term: Terminal): Promise<{ store: Store; url: string; follower: DeployFollower; checkout: Checkout }> {
  if (dir !== undefined) throw new Error(`--from-store serves the works deployed to the store, not a folder: leave out ${dir} (kitwork deploy ${dir} --store … uploads it)`);
  if (opts.watch) throw new Error("--from-store follows the store's deployments: --watch has no folder to watch");
  const url = opts.store ?? process.env.KITWORK_STORE;
  if (!url) throw new Error("--from-store needs the store: --store <url> or KITWORK_STORE");
  const store = await openStore(url);
  const checkout = Checkout.temporary();
  process.once("exit", () => checkout.remove());
  const follower = new DeployFollower({ store, checkout, pollMs: opts.deployPollMs, report: followReport(term) });
  try {
    const d = await follower.prime();
    if (d) term.say("info", "deployment", { deployment: d.id, works: d.works, by: d.createdBy, checkout: checkout.root });
    else term.say("warn", "no deployment in the store yet: serving nothing until the first `kitwork deploy`", { checkout: checkout.root });
  } catch (e) {
    await store.close().catch(() => {});
    throw e;
  }
  return { store, url, follower, checkout };
}

async function serveHere(dirArg: string | undefined, opts: ServeOptions, io: Io, supervised: boolean): Promise<number> {
  const term = terminalFor(io, opts);
  let dir = dirArg ?? "works";
  let follower: DeployFollower | null = null;
  let engine: Engine;
  // Prometheus metrics (server/metrics.ts): fed by the engine's observer and the HTTP server.
  const metrics = new Metrics();
  let uses: { project: string; store: string; database: string };
  let tracer: Tracing | null;
  try {
    // OpenTelemetry only when OTEL_* configures an exporter (the SDK is loaded only then).
    tracer = await startTracing(process.env);
    if (tracer) term.say("info", "tracing", { exporter: tracingConfig(process.env)!.exporter, endpoint: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? "http://localhost:4318" });
    let store: Store;
    let url: string;
    let databases: ConnectionConfig[];
    let project: Project;
    if (opts.fromStore) {
      const c = await storeCheckout(dirArg, opts, term);
      ({ store, url, follower } = c);
      dir = c.checkout.worksDir;
      project = findProject(dir);
      // No project folder of its own: the default database sits beside a SQLite store (as
      // .kitwork/data.db does beside state.db), and a PostgreSQL store's nodes name theirs.
      const storeFile = store.file;
      const fallback = storeFile ? `sqlite:${path.join(path.dirname(storeFile), "data.db")}` : defaultDatabaseUrl(project);
      databases = resolveConnections({ flag: opts.db, env: process.env, configFile: project.config ?? undefined, defaultUrl: fallback });
      if (!storeFile && defaultOf(databases) === fallback) term.say("warn", "no database configured (--db, KITWORK_DB or kitwork.json \"databases\"): db() uses a file in this node's checkout, lost when it stops", { file: fallback });
    } else {
      project = findProject(dir);
      databases = databasesFor(project, opts.db);
      url = storeUrl(opts.store, project);
      store = await openStore(url);
    }
    uses = { project: project.root, store: redact(url), database: redact(defaultOf(databases)) };
    const nodeId = supervised ? process.env[NODE_ID_ENV] : undefined;
    engine = new Engine({ dir, dev: opts.dev, report: term.report, log: term.runLog, databases, store, httpSampleRate: opts.httpSample, retentionMs: opts.retention, leaseMs: opts.lease, nodeId, observer: metrics, compiledCache: true });
    metrics.attach(engine);
    engine.loadAll();
    const applied = await engine.migrate();
    for (const m of applied) term.say("info", "migration applied", { file: `migrations/${m}` });
    follower?.attach(engine);
    // The engine before this one died: what it held is taken over now, not when its leases expire.
    const dead = supervised ? process.env[RECLAIM_ENV] : undefined;
    if (dead) {
      const ended = await store.expireLeases(dead);
      if (ended.jobs || ended.runs) term.say("info", "took over the leases of the engine that died", { jobs: ended.jobs, runs: ended.runs });
    }
    // The secret that seals parked runs (a PostgreSQL store needs KITWORK_SECRET).
    engine.prepareSeal(store);
  } catch (e) {
    io.err(`kitwork: ${(e as Error).message}\n`);
    return 1;
  }
  const port = opts.port ?? (process.env.PORT ? Number(process.env.PORT) : 8080);
  const host = opts.host ?? process.env.HOST ?? "127.0.0.1";
  let handle: NetServer | undefined;
  if (supervised) {
    try {
      handle = await supervisorSocket(port, host);
    } catch (e) {
      io.err(`kitwork: cannot listen: ${(e as Error).message}\n`);
      return 1;
    }
  }
  const server = new HttpServer(engine, { port, host, handle, bodyLimit: opts.bodyLimit, log: term.serverLog, onRequest: term.onRequest, metrics, metricsHere: opts.metricsPort === undefined });
  let address;
  let metricsPort: Awaited<ReturnType<typeof metricsServer>> | null = null;
  try {
    address = await server.listen();
    if (opts.metricsPort !== undefined) metricsPort = await metricsServer({ engine, metrics, adminToken: process.env.KITWORK_ADMIN_TOKEN || undefined, log: term.serverLog }, opts.metricsPort, host);
  } catch (e) {
    io.err(`kitwork: cannot listen: ${(e as Error).message}\n`);
    await server.close();
    return 1;
  }
  // Connections the supervisor accepted (it shares the socket, and holds it across restarts).
  if (supervised) process.on("message", (m: ToEngine, socket: unknown) => m?.kitwork === "connection" && socket && server.accept(socket as Socket));
  // Ready before "listening": an edit made once the line is out is seen.
  if (opts.watch || opts.dev) await engine.watch();
  engine.startJobs();
  // Deployments made from now on are picked up (the current one is loaded already).
  follower?.start();
  const fault = injectedAbort(engine);
  const routes = engine.routes().routes;
  term.say("info", "listening", { url: `http://${address.host}:${address.port}`, works: engine.list().length, routes: routes.length, dir: path.resolve(dir), ...uses, metrics: metricsPort ? `http://${metricsPort.host}:${metricsPort.port}/metrics` : `http://${address.host}:${address.port}/metrics`, mode: opts.dev ? "dev" : "start", pid: process.pid, logLevel: opts.logLevel ?? "info", ...(follower ? { deployment: follower.current } : {}) });
  return new Promise((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      term.say("info", "shutting down", { signal });
      await follower?.stop();
      await server.close();
      await metricsPort?.close();
      await engine.shutdown();
      // The last spans are flushed to the collector before the process exits.
      await tracer?.shutdown().catch((e: Error) => term.say("warn", "tracing: the last spans could not be exported", { error: e.message }));
      resolve(0);
    };
    if (supervised) {
      // Repeats are ignored (a second signal to the supervisor kills this process);
      // a supervisor that is gone leaves no one to restart or stop this engine: it drains.
      process.on("SIGTERM", () => void stop("SIGTERM"));
      process.on("SIGINT", () => void stop("SIGINT"));
      process.on("disconnect", () => void stop("supervisor gone"));
      process.stderr.on("error", () => {}); // its pipe to a supervisor that is gone
      process.send!({ kitwork: "ready" } satisfies ToSupervisor, () => {
        if (fault?.atStart) fault.abort();
      });
    } else {
      process.once("SIGTERM", () => void stop("SIGTERM"));
      process.once("SIGINT", () => void stop("SIGINT"));
    }
  });
}

/** `kitwork db migrate`: applies the folder's migrations to the default connection. */
export async function dbMigrate(dir: string, io: Io, flag?: string): Promise<number> {
  let engine: Engine | null = null;
  try {
    const databases = databasesFor(findProject(dir), flag);
    io.err(usesLine({ database: defaultOf(databases) }));
    engine = new Engine({ dir, report: () => {}, databases });
    const applied = await engine.migrate();
    io.out(applied.length ? applied.map((m) => `applied migrations/${m}\n`).join("") : "nothing to apply\n");
    return 0;
  } catch (e) {
    io.err(`kitwork: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await engine?.shutdown();
  }
}

/**
 * Compiles and discovers every work, prints the blueprint table, then every problem of
 * every file (a compile error stops at the first syntax error; discovery, declaration and
 * placement errors and the static warnings are all listed). Exit 1 on any error; warnings
 * alone exit 0, or 1 with `strict`.
 */
export function check(dir: string, io: Io, opts: { strict?: boolean } = {}): number {
  const engine = new Engine({ dir, report: () => {}, databases: [] });
  let problems: Problem[];
  try {
    problems = engine.loadAll();
  } catch (e) {
    io.err(`kitwork: ${(e as Error).message}\n`);
    return 1;
  }
  // Every file that compiles, loaded or not: a work refused at discovery still gets its warnings.
  const globals = engine.runtime.realm.globals;
  for (const file of listWorkFiles(dir)) {
    let program;
    try {
      program = compile(fs.readFileSync(file, "utf8"), { filename: relativeName(dir, file) });
    } catch (e) {
      if (e instanceof CompileError) continue; // already among the load problems
      throw e;
    }
    problems.push(...placementIssues(program), ...lintWork(program, (name) => name in globals));
  }
  const rows = engine.list().map((w) => {
    const bp = w.blueprint;
    const retry = bp.retry ? `${bp.retry.times}x ${bp.retry.delayMs}ms${bp.retry.backoff === "exponential" ? " exp" : ""}` : "-";
    return [bp.name, w.file, bp.versionLabel ?? "-", w.hash.slice(0, 12), describeTriggers(bp), retry, bp.timeoutMs === null ? "-" : `${bp.timeoutMs}ms`];
  });
  const header = ["work", "file", "version", "hash", "triggers", "retry", "timeout"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd() + "\n";
  io.out(line(header));
  io.out(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) io.out(line(r));
  // File by file, in source order.
  const order = (p: Problem) => [p.file, p.line, p.column] as const;
  problems.sort((a, b) => {
    const [fa, la, ca] = order(a);
    const [fb, lb, cb] = order(b);
    return compareNames(fa, fb) || la - lb || ca - cb;
  });
  for (const p of problems) io.err(`${formatProblem(p)}\n`);
  const warnings = problems.filter((p) => p.severity === "warning").length;
  const errors = problems.length - warnings;
  io.out(`\n${rows.length} work(s), ${errors} error(s), ${warnings} warning(s)\n`);
  return errors > 0 || (opts.strict && warnings > 0) ? 1 : 0;
}
