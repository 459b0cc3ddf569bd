// `kitwork start`, `kitwork dev` and `kitwork check`.

import path from "node:path";
import { describeTriggers } from "../engine/blueprint.js";
import { placementIssues } from "../engine/discovery.js";
import { DEFAULT_DB_URL, Engine, type EngineEvent } from "../engine/engine.js";
import { type ConnectionConfig, resolveConnections } from "../db/connections.js";
import { DEFAULT_STORE_URL, openStore } from "../store/index.js";
import { formatProblem } from "../engine/works.js";
import { HttpServer } from "../server/http.js";

export interface ServeOptions {
  /** Share of successful HTTP runs recorded in the store (default 0.01; failures always are). */
  httpSample?: number;
  /** How long finished runs and done jobs are kept (default 7 days). */
  retention?: number;
  /** --store: the state store URL (default $KITWORK_STORE or sqlite:.kitwork/state.db). */
  store?: string;
  /** --db: the default database URL (overrides KITWORK_DB and kitwork.json). */
  db?: string;
  port?: number;
  host?: string;
  watch?: boolean;
  dev?: boolean;
  bodyLimit?: number;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function logLine(io: Io, line: Record<string, unknown>): void {
  io.out(JSON.stringify({ time: new Date().toISOString(), ...line }) + "\n");
}

function reporter(io: Io) {
  return (e: EngineEvent) => {
    switch (e.kind) {
      case "loaded":
        logLine(io, { level: "info", msg: e.previous ? "reloaded" : "loaded", work: e.work.name, file: e.work.file, hash: e.work.hash.slice(0, 12) });
        break;
      case "removed":
        logLine(io, { level: "info", msg: "removed", file: e.file });
        break;
      case "error":
        io.err(`${formatProblem(e.problem)}\n${e.keptPrevious ? "(the previous version keeps serving)\n" : ""}`);
        break;
      case "conflict":
        io.err(`${formatProblem(e.problem)}\n`);
        break;
    }
  };
}

export function storeUrl(flag: string | undefined): string {
  return flag ?? process.env.KITWORK_STORE ?? DEFAULT_STORE_URL;
}

function databasesFor(dir: string, flag: string | undefined): ConnectionConfig[] {
  return resolveConnections({ flag, env: process.env, configFile: path.join(dir, "kitwork.json"), defaultUrl: DEFAULT_DB_URL });
}

/** Serves a folder of works until SIGTERM/SIGINT; resolves with the exit code. */
export async function serve(dir: string, opts: ServeOptions, io: Io): Promise<number> {
  let engine: Engine;
  try {
    const store = await openStore(storeUrl(opts.store));
    engine = new Engine({ dir, dev: opts.dev, report: reporter(io), databases: databasesFor(dir, opts.db), store, httpSampleRate: opts.httpSample, retentionMs: opts.retention });
    engine.loadAll();
    const applied = await engine.migrate();
    for (const m of applied) logLine(io, { level: "info", msg: "migration applied", file: `migrations/${m}` });
  } catch (e) {
    io.err(`kitwork: ${(e as Error).message}\n`);
    return 1;
  }
  const server = new HttpServer(engine, {
    port: opts.port ?? (process.env.PORT ? Number(process.env.PORT) : 8080),
    host: opts.host ?? process.env.HOST ?? "127.0.0.1",
    bodyLimit: opts.bodyLimit,
    log: (line) => logLine(io, line),
  });
  let address;
  try {
    address = await server.listen();
  } catch (e) {
    io.err(`kitwork: cannot listen: ${(e as Error).message}\n`);
    return 1;
  }
  if (opts.watch || opts.dev) engine.watch();
  engine.startJobs();
  const routes = engine.routes().routes;
  logLine(io, { level: "info", msg: "listening", url: `http://${address.host}:${address.port}`, works: engine.list().length, routes: routes.length, dir: path.resolve(dir), mode: opts.dev ? "dev" : "start" });
  return new Promise((resolve) => {
    const stop = async (signal: string) => {
      logLine(io, { level: "info", msg: "shutting down", signal });
      await server.close();
      await engine.shutdown();
      resolve(0);
    };
    process.once("SIGTERM", () => void stop("SIGTERM"));
    process.once("SIGINT", () => void stop("SIGINT"));
  });
}

/** `kitwork db migrate`: applies the folder's migrations to the default connection. */
export async function dbMigrate(dir: string, io: Io, flag?: string): Promise<number> {
  let engine: Engine | null = null;
  try {
    engine = new Engine({ dir, report: () => {}, databases: databasesFor(dir, flag) });
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

/** Compiles and discovers every work; prints the blueprint table; non-zero on any problem. */
export function check(dir: string, io: Io): number {
  const engine = new Engine({ dir, report: () => {}, databases: [] });
  let problems;
  try {
    problems = engine.loadAll();
  } catch (e) {
    io.err(`kitwork: ${(e as Error).message}\n`);
    return 1;
  }
  for (const w of engine.list()) problems.push(...placementIssues(w.program));
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
  for (const p of problems) io.err(`${formatProblem(p)}\n`);
  io.out(`\n${rows.length} work(s), ${problems.length} problem(s)\n`);
  return problems.length ? 1 : 0;
}
