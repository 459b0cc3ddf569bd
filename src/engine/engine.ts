// The engine: a folder of works, loaded, discovered and kept current. A changed file is
// recompiled and swapped atomically; a file with an error keeps its previous version
// serving; a deleted file unregisters its routes.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Runtime } from "../runtime/runtime.js";
import type { Problem } from "./discovery.js";
import { type ExecOptions, type ExecResult, execute } from "./executor.js";
import { type RouteTable, buildRoutes } from "./registry.js";
import { type WorkVersion, formatProblem, listWorkFiles, loadWork, relativeName } from "./works.js";
import type { Trigger, TriggerInput } from "../runtime/work.js";
import { type ConnectionConfig, Connections, resolveConnections } from "../db/connections.js";
import { migrate, migrationFiles } from "../db/migrate.js";

/** The embedded default database, relative to the working directory. */
export const DEFAULT_DB_URL = "sqlite:.kitwork/data.db";

export interface EngineOptions extends ExecOptions {
  dir: string;
  /** Database connections (default: KITWORK_DB / KITWORK_DB_<NAME>, else the embedded SQLite file). */
  databases?: ConnectionConfig[];
  /** Reports load errors, reloads and removals (default: stderr). */
  report?: (event: EngineEvent) => void;
}

export type EngineEvent =
  | { kind: "loaded"; work: WorkVersion; previous?: WorkVersion }
  | { kind: "error"; problem: Problem; keptPrevious: boolean }
  | { kind: "removed"; file: string }
  | { kind: "conflict"; problem: Problem };

export class Engine {
  readonly runtime = new Runtime();
  readonly dir: string;
  private readonly works = new Map<string, WorkVersion>();
  private readonly problems = new Map<string, Problem>();
  private table: RouteTable = { routes: [], conflicts: [] };
  private watcher: fs.FSWatcher | null = null;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly listeners: Array<(table: RouteTable) => void> = [];

  readonly options: EngineOptions;

  constructor(options: EngineOptions) {
    this.dir = path.resolve(options.dir);
    const databases = options.databases ?? resolveConnections({ env: process.env, configFile: path.join(this.dir, "kitwork.json"), defaultUrl: DEFAULT_DB_URL });
    this.options = { ...options, connections: options.connections ?? new Connections(databases) };
  }

  get connections(): Connections {
    return this.options.connections!;
  }

  /** Applies the folder's migrations to the default connection; returns the files applied. */
  async migrate(): Promise<string[]> {
    if (migrationFiles(this.dir).length === 0) return [];
    return migrate(await this.connections.get("default"), this.dir);
  }

  /** Loads every work in the folder. Returns the problems (the other works are loaded). */
  loadAll(): Problem[] {
    if (!fs.existsSync(this.dir) || !fs.statSync(this.dir).isDirectory()) {
      throw new Error(`works folder not found: ${this.dir}`);
    }
    for (const file of listWorkFiles(this.dir)) this.loadFile(file, false);
    this.rebuild();
    return this.allProblems();
  }

  allProblems(): Problem[] {
    return [...this.problems.values(), ...this.table.conflicts];
  }

  list(): WorkVersion[] {
    return [...this.works.values()].sort((a, b) => a.file.localeCompare(b.file));
  }

  routes(): RouteTable {
    return this.table;
  }

  onRoutes(listener: (table: RouteTable) => void): void {
    this.listeners.push(listener);
  }

  private report(event: EngineEvent): void {
    if (this.options.report) return this.options.report(event);
    if (event.kind === "error" || event.kind === "conflict") process.stderr.write(`${formatProblem(event.problem)}\n`);
  }

  /** (Re)loads one file; on error the previous version (if any) keeps serving. */
  private loadFile(file: string, announce: boolean): void {
    const rel = relativeName(this.dir, file);
    let source: string;
    try {
      source = fs.readFileSync(file, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return this.removeFile(rel);
      throw e;
    }
    const previous = this.works.get(rel);
    if (previous && previous.hash === this.hashOf(source)) {
      // Back to the version that is serving (e.g. a broken edit undone): nothing to swap.
      if (this.problems.delete(rel) && announce) this.report({ kind: "loaded", work: previous, previous });
      return;
    }
    const result = loadWork(this.runtime, rel, source);
    if (result.ok) {
      this.works.set(rel, result.work);
      this.problems.delete(rel);
      if (announce) this.report({ kind: "loaded", work: result.work, previous });
    } else {
      this.problems.set(rel, result.problem);
      this.report({ kind: "error", problem: result.problem, keptPrevious: previous !== undefined });
    }
  }

  private hashOf(source: string): string {
    return createHashHex(source);
  }

  private removeFile(rel: string): void {
    const had = this.works.delete(rel) || this.problems.delete(rel);
    if (had) this.report({ kind: "removed", file: rel });
  }

  private rebuild(): void {
    const table = buildRoutes(this.list());
    for (const c of table.conflicts) this.report({ kind: "conflict", problem: c });
    this.table = table;
    for (const l of this.listeners) l(table);
  }

  /** Reloads the given files now (the watcher calls this; tests may too). */
  reload(files: string[]): void {
    for (const f of files) this.loadFile(path.resolve(this.dir, f), true);
    this.rebuild();
  }

  /** Watches the folder and reloads changed files (debounced per file). */
  watch(debounceMs = 40): void {
    if (this.watcher) return;
    this.watcher = fs.watch(this.dir, { recursive: true }, (_event, name) => {
      if (!name || !String(name).endsWith(".js")) return;
      const rel = String(name).split(path.sep).join("/");
      if (rel.split("/").some((p) => p.startsWith(".") || p === "node_modules" || p === "migrations")) return;
      clearTimeout(this.pending.get(rel));
      this.pending.set(
        rel,
        setTimeout(() => {
          this.pending.delete(rel);
          this.reload([rel]);
        }, debounceMs),
      );
    });
  }

  /** Stops watching and closes database connections. */
  async shutdown(): Promise<void> {
    this.close();
    await this.connections.closeAll();
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }

  run(work: WorkVersion, trigger: Trigger, input: TriggerInput): Promise<ExecResult> {
    return execute(this.runtime, work, trigger, input, this.options);
  }
}

function createHashHex(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
