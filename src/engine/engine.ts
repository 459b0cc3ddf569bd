// The engine: a folder of works, loaded, discovered and kept current. A changed file is
// recompiled and swapped atomically; a file with an error keeps its previous version
// serving; a deleted file unregisters its routes.

import fs from "node:fs";
import path from "node:path";
import { Runtime } from "../runtime/runtime.js";
import type { Limits } from "../vm/interpreter.js";
import type { Capability, QueueService, RunContext, Trigger, TriggerInput } from "../runtime/context.js";
import type { DiscoveryOptions, Problem } from "./discovery.js";
import { type CallOptions, Dispatcher, type ExecResult } from "./dispatch.js";
import { type RouteTable, buildRoutes } from "./registry.js";
import { CompiledWorks } from "./compiled-cache.js";
import { type WorkVersion, formatProblem, listWorkFiles, loadWorkFile, relativeName } from "./works.js";
import { type ReadFile, folderReader, readsKey } from "./modules.js";
import { type ConnectionConfig, Connections, resolveConnections } from "../db/connections.js";
import { migrate, migrationFiles } from "../db/migrate.js";
import { type DurableRecord, type JobListener, type NodeRecord, type RunFilter, type RunRecord, type Store, StoreError } from "../store/store.js";
import { type Clock, systemClock } from "./clock.js";
import { ClusterNode, DEFAULT_LEASE_MS, MIN_LEASE_MS, StoreClock, newNodeId } from "./cluster.js";
import { VERSION } from "../version.js";
import { CronScheduler, type JobEvent, type JobRunner, QueueConsumer, cronQueue } from "./jobs.js";
import { FlowControl, nodeSlotsOf, prefetchOf } from "./flow.js";
import { type FolderWatch, watchFolder } from "./watch.js";
import { Durable, openSnapshot } from "./durable.js";
import { inspectSnapshot } from "./inspect.js";
import { RunRecorder } from "./records.js";
import type { EngineObserver } from "./observe.js";
import { type SnapshotSeal, engineSecret, sealFor } from "./seal.js";
import { CONFIG_FILE, ENV_FILE, environmentOf, projectDir, readProjectConfig } from "./config.js";
import { CREDENTIAL_HEADERS, Masker, ScriptEnv } from "./secrets.js";
import { type Project, STATE_DIR, defaultDatabaseUrl, findProject, migrationsRoot } from "./project.js";
import { compareNames } from "./order.js";

export interface EngineOptions {
  /**
   * Keep the folder's compiled works in the project's state folder (.kitwork/compiled.json,
   * engine/compiled-cache.ts) when it is there: a restart reads them instead of compiling
   * the same sources again (loadAll only; a reload compiles what changed). `kitwork start`
   * and `kitwork dev` set it.
   */
  compiledCache?: boolean;
  /** Told of runs that end, checkpoints and cron fires (the server's metrics). */
  observer?: EngineObserver;
  /** dev mode: error responses carry the code frame and script stack. */
  dev?: boolean;
  /** Attempt timeout when a work declares none (default 30 s). */
  defaultTimeoutMs?: number;
  /** Every log() line of every run, as it happens. */
  log?: (level: string, args: unknown[], ctx: RunContext) => void;
  /** Sleeps between in-process retry attempts (tests inject one). */
  sleep?: (ms: number) => Promise<void>;
  /** Extra or replacing capabilities handed to runs (tests). */
  capabilities?: Record<string, Capability>;
  /** Database connections (default: built from `databases`). */
  connections?: Connections;
  /** How long an HTTP request waits for its parked run before answering 202 (default: what is left of the work's timeout; 0: at once). */
  awaitParkedMs?: number;
  dir: string;
  /** The state store (runs, jobs, cron slots); without one, queues and cron are off. */
  store?: Store;
  /** Default, with a store: the store's clock (engine/cluster.ts), kept by the node's heartbeat; without one, this process's. */
  clock?: Clock;
  /** The lease of each claim of jobs and durable runs, renewed by the heartbeat while they run (default 10 s; at least 1 s). */
  leaseMs?: number;
  /** How often idle consumers look for due jobs (default 100 ms). */
  pollMs?: number;
  /** Share of successful HTTP runs whose logs are kept in their run record (failures and other triggers keep theirs; every run gets a record). Default 0.01. */
  httpSampleRate?: number;
  /** How long finished runs and done jobs are kept (default 7 days). */
  retentionMs?: number;
  /** Sleeps at least this long checkpoint the run (default 5 s); shorter ones stay in memory. */
  sleepThresholdMs?: number;
  /**
   * The engine secret that seals parked runs (default: KITWORK_SECRET, else the SQLite
   * store's `kitwork.secret` file; a PostgreSQL store needs one). Every node of a
   * cluster uses the same.
   */
  secret?: string;
  /** Database connections (default: KITWORK_DB / KITWORK_DB_<NAME>, else the embedded SQLite file). */
  databases?: ConnectionConfig[];
  /**
   * The environment env() reads, whole (tests, `kitwork run`). Default: the process
   * environment over the project's .env file, read again when either file changes under
   * watch(). Scripts read only the names kitwork.json "env" declares, either way.
   */
  env?: Record<string, string>;
  /** Reports load errors, reloads and removals, job retries and dead jobs (default: load errors on stderr). The CLI decides how each is printed. */
  report?: (event: EngineEvent) => void;
  /** This engine's node id, the prefix of every lease owner it writes (default: host, pid and a random part, new at every start). */
  nodeId?: string;
  /** Load only these files (relative to `dir`) instead of every work in the folder (`kitwork run`, tests). */
  files?: string[];
  /** Limits every run starts from (default DEFAULT_LIMITS; a work's timeout still sets its own). */
  limits?: Partial<Limits>;
  /** How discovery treats a work's top level (default: 1 s of running time; an error there keeps the work from loading). */
  discovery?: DiscoveryOptions;
}

export type EngineEvent =
  | { kind: "loaded"; work: WorkVersion; previous?: WorkVersion }
  | { kind: "error"; problem: Problem; problems: Problem[]; keptPrevious: boolean }
  | { kind: "removed"; file: string }
  /** kitwork.json or .env changed and is malformed: the previous configuration stays. */
  | { kind: "config-error"; error: string }
  | { kind: "conflict"; problem: Problem }
  /** The folder watcher failed (hot reload may have stopped). */
  | { kind: "watch-error"; error: string }
  | JobEvent;

export class Engine {
  readonly runtime: Runtime;
  readonly dir: string;
  /** The project the folder belongs to: its kitwork.json, migrations/ and .kitwork/. */
  readonly project: Project;
  private readonly works = new Map<string, WorkVersion>();
  /** The problems of each file that failed to load (all found, not only the first). */
  private readonly problems = new Map<string, Problem[]>();
  private table: RouteTable = { routes: [], conflicts: [] };
  private watcher: FolderWatch | null = null;
  /** Hash of each file's content as last read: an event that changes nothing reloads nothing. */
  private readonly seen = new Map<string, string>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly listeners: Array<(table: RouteTable) => void> = [];
  private loadedOnce = false;

  readonly options: EngineOptions;
  /** The one path every run takes (engine/dispatch.ts). */
  readonly dispatcher: Dispatcher;
  private readonly records: RunRecorder | null;
  private readonly engineClock: Clock;
  private readonly generatedNodeId = newNodeId();

  constructor(options: EngineOptions) {
    if (options.leaseMs !== undefined && !(options.leaseMs >= MIN_LEASE_MS)) throw new Error(`the lease must be at least ${MIN_LEASE_MS} ms (got ${options.leaseMs})`);
    // With a store, time is the store's: every node computes lease ends, wake times and cron slots alike.
    this.engineClock = options.clock ?? (options.store ? new StoreClock() : systemClock);
    this.runtime = new Runtime({ limits: options.limits });
    this.dir = path.resolve(options.dir);
    this.readFile = folderReader(this.dir);
    this.project = findProject(this.dir);
    const databases = options.databases ?? resolveConnections({ env: process.env, configFile: this.project.config ?? undefined, defaultUrl: defaultDatabaseUrl(this.project) });
    this.options = { ...options, connections: options.connections ?? new Connections(databases) };
    this.records = options.store ? new RunRecorder(options.store) : null;
    this.dispatcher = new Dispatcher({
      runtime: this.runtime,
      clock: this.engineClock,
      dev: options.dev,
      defaultTimeoutMs: options.defaultTimeoutMs,
      connections: this.options.connections,
      capabilities: options.capabilities,
      records: this.records,
      httpSampleRate: options.httpSampleRate,
      awaitParkedMs: options.awaitParkedMs,
      sleep: options.sleep,
      log: options.log,
      observer: options.observer,
    });
    this.applyConfig();
  }

  // ---------------------------------------------------------------- env() and masking

  private configWatched: string[] = [];

  /** Reads kitwork.json "env"/"maskHeaders" and the environment; hands them to runs. Throws a ConfigError when one is malformed. */
  private applyConfig(): void {
    const dir = projectDir(this.dir);
    const config = readProjectConfig(dir);
    const services = this.dispatcher.services;
    services.env = new ScriptEnv(config.env, this.options.env ?? environmentOf(dir));
    services.maskHeaders = [...new Set([...CREDENTIAL_HEADERS, ...config.maskHeaders])];
  }

  /** Re-reads the configuration after kitwork.json or .env changed; a malformed one is reported and the previous stays. */
  reloadConfig(): void {
    try {
      this.applyConfig();
    } catch (e) {
      this.report({ kind: "config-error", error: (e as Error).message });
    }
  }

  /** What masks secrets in what the engine shows of runs: every declared environment value. */
  get masker(): Masker {
    return this.dispatcher.maskerOf(null);
  }

  /** Polls kitwork.json and .env (stat by path: atomic saves and re-creations are seen). */
  private watchConfig(): void {
    if (this.configWatched.length) return;
    const dir = projectDir(this.dir);
    for (const name of [CONFIG_FILE, ENV_FILE]) {
      const file = path.join(dir, name);
      fs.watchFile(file, { interval: 200, persistent: false }, (cur, prev) => {
        if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size || cur.ino !== prev.ino) this.reloadConfig();
      });
      this.configWatched.push(file);
    }
  }

  private unwatchConfig(): void {
    for (const f of this.configWatched.splice(0)) fs.unwatchFile(f);
  }

  /** What this engine's lease owners start with (`<nodeId>:…`). */
  get nodeId(): string {
    return this.options.nodeId ?? this.generatedNodeId;
  }

  get connections(): Connections {
    return this.options.connections!;
  }

  /** Applies the folder's migrations to the default connection; returns the files applied. */
  async migrate(): Promise<string[]> {
    const root = migrationsRoot(this.project);
    if (migrationFiles(root).length === 0) return [];
    return migrate(await this.connections.get("default"), root);
  }

  /** Loads every work in the folder. Returns the problems (the other works are loaded). */
  loadAll(): Problem[] {
    if (!fs.existsSync(this.dir) || !fs.statSync(this.dir).isDirectory()) {
      throw new Error(`works folder not found: ${this.dir}`);
    }
    const files = this.options.files ? this.options.files.map((f) => path.resolve(this.dir, f)) : listWorkFiles(this.dir);
    // Read for this load only: a reload (hot reload, a deployment) compiles what changed, and
    // nothing of an earlier load is held in memory.
    const compiled = this.options.compiledCache ? CompiledWorks.open(path.join(this.project.root, STATE_DIR), this.compiledSecret()) : null;
    for (const file of files) this.loadFile(file, false, compiled);
    compiled?.save();
    this.rebuild();
    this.loadedOnce = true;
    return this.allProblems();
  }

  allProblems(): Problem[] {
    return [...[...this.problems.values()].flat(), ...this.table.conflicts];
  }

  /** The problems of a file that does not load now (its last good version, if any, is still registered). */
  problemsOf(file: string): Problem[] | undefined {
    return this.problems.get(file);
  }

  /** Every file that does not load now, with its problems (conflicts between loaded works are not here). */
  brokenFiles(): Array<{ file: string; problems: Problem[] }> {
    return [...this.problems].map(([file, problems]) => ({ file, problems })).sort((a, b) => compareNames(a.file, b.file));
  }

  list(): WorkVersion[] {
    return [...this.works.values()].sort((a, b) => compareNames(a.file, b.file));
  }

  routes(): RouteTable {
    return this.table;
  }

  onRoutes(listener: (table: RouteTable) => void): void {
    this.listeners.push(listener);
  }

  private report(event: EngineEvent): void {
    if (this.options.report) return this.options.report(event);
    if (event.kind === "error") for (const p of event.problems) process.stderr.write(`${formatProblem(p)}\n`);
    else if (event.kind === "conflict") process.stderr.write(`${formatProblem(event.problem)}\n`);
  }

  /** (Re)loads one file; on error the previous version (if any) keeps serving. Returns whether anything changed. */
  private loadFile(file: string, announce: boolean, compiled: CompiledWorks | null = null): boolean {
    const rel = relativeName(this.dir, file);
    // A touch, an editor saving the same text, a second event for one write: nothing to
    // do. A load depends on the files it read and nothing else (engine/modules.ts).
    const reads = this.reads.get(rel);
    if (reads && this.seen.get(rel) === readsKey(reads, this.readFile)) return false;
    const previous = this.works.get(rel);
    const load = loadWorkFile(this.runtime, rel, this.readFile, { discovery: this.options.discovery, entry: this.options.files !== undefined, previous, compiled });
    // Gone, or replaced by a folder: the work is removed.
    if (load.kind === "missing") return this.removeFile(rel);
    this.seen.set(rel, load.key);
    this.reads.set(rel, load.reads);
    if (load.kind === "helper") {
      // A helper module (it exports, and declares no work): not a work, not an error.
      this.helperFiles.add(rel);
      const had = this.works.delete(rel);
      const hadProblem = this.problems.delete(rel);
      if (had || hadProblem) this.report({ kind: "removed", file: rel });
      return had || hadProblem;
    }
    if (load.kind === "work" && !load.result.ok && !previous && this.dependentsOf(rel).length > 0) {
      // A broken module that other files import: the works importing it report it.
      this.helperFiles.add(rel);
      return this.problems.delete(rel);
    }
    this.helperFiles.delete(rel);
    if (load.kind === "same") {
      // Back to the version that is serving (e.g. a broken edit undone): nothing to swap.
      if (this.problems.delete(rel) && announce) this.report({ kind: "loaded", work: previous!, previous });
      return true;
    }
    const result = load.result;
    if (result.ok) {
      this.works.set(rel, result.work);
      this.problems.delete(rel);
      if (announce) this.report({ kind: "loaded", work: result.work, previous });
    } else {
      this.problems.set(rel, result.problems);
      this.report({ kind: "error", problem: result.problem, problems: result.problems, keptPrevious: previous !== undefined });
    }
    return true;
  }

  /** Every file the loader reads, it reads through this (engine/modules.ts). */
  private readonly readFile: ReadFile;

  /** The secret the compiled works are kept under: the engine's, if it has one already (none is made here; problems with it are prepareSeal()'s to report). */
  private compiledSecret(): Buffer | null {
    const store = this.options.store;
    // An in-memory store's secret is made afresh by every process: nothing to keep under it.
    if (this.options.secret === undefined && !process.env.KITWORK_SECRET && store?.kind === "sqlite" && !store.file) return null;
    try {
      return engineSecret({ secret: this.options.secret, env: process.env, store, create: false });
    } catch {
      return null;
    }
  }
  /** The files each loaded file read (its imports, and the imports it looked for): a change to one reloads it. */
  private readonly reads = new Map<string, Set<string>>();
  /** Files of the folder that are helper modules (imported, not works). */
  private readonly helperFiles = new Set<string>();

  /** The helper modules of the folder: files that export and declare no work. */
  helpers(): string[] {
    return [...this.helperFiles].sort();
  }

  /** The loaded files (works, broken works, helpers) that read `rel`: they reload when it changes. */
  private dependentsOf(rel: string): string[] {
    const out: string[] = [];
    for (const [file, reads] of this.reads) if (file !== rel && reads.has(rel)) out.push(file);
    return out;
  }

  private removeFile(rel: string): boolean {
    this.seen.delete(rel);
    this.reads.delete(rel);
    this.helperFiles.delete(rel);
    const hadWork = this.works.delete(rel);
    const hadProblem = this.problems.delete(rel);
    if (hadWork || hadProblem) this.report({ kind: "removed", file: rel });
    return hadWork || hadProblem;
  }

  private rebuild(): void {
    const table = buildRoutes(this.list());
    for (const c of table.conflicts) this.report({ kind: "conflict", problem: c });
    this.table = table;
    for (const l of this.listeners) l(table);
    this.syncJobs();
  }

  /** Reloads the given files now (the watcher calls this; tests may too); files whose content did not change are left as they are. */
  reload(files: string[]): void {
    // A changed file, and every loaded file that imports it (or looked for it).
    const todo = new Set<string>();
    const only = this.options.files ? new Set(this.options.files.map((f) => relativeName(this.dir, path.resolve(this.dir, f)))) : null;
    for (const f of files) {
      const rel = relativeName(this.dir, path.resolve(this.dir, f));
      if (!only || only.has(rel) || this.reads.has(rel)) todo.add(rel);
      for (const d of this.dependentsOf(rel)) todo.add(d);
    }
    let changed = false;
    for (const rel of todo) changed = this.loadFile(path.resolve(this.dir, rel), true) || changed;
    if (changed) this.rebuild();
  }

  /**
   * Watches the folder and reloads changed files (debounced per file). Resolves once the
   * watcher is ready; files changed since loadAll() are reloaded then.
   */
  async watch(debounceMs = 40): Promise<void> {
    if (this.watcher) return this.watcher.ready;
    this.watchConfig();
    const only = this.options.files ? new Set(this.options.files.map((f) => relativeName(this.dir, path.resolve(this.dir, f)))) : null;
    const watcher = watchFolder(
      this.dir,
      (rel) => {
        if (only && !only.has(rel) && this.dependentsOf(rel).length === 0) return;
        clearTimeout(this.pending.get(rel));
        this.pending.set(
          rel,
          setTimeout(() => {
            this.pending.delete(rel);
            this.reload([rel]);
          }, debounceMs),
        );
      },
      (err) => this.report({ kind: "watch-error", error: err.message }),
    );
    this.watcher = watcher;
    await watcher.ready;
    if (this.watcher !== watcher) return; // closed meanwhile
    // Edits made between loadAll() and now were not watched: compare every file's content once.
    const files = new Set([...(only ?? listWorkFiles(this.dir).map((f) => relativeName(this.dir, f))), ...this.seen.keys()]);
    this.reload([...files]);
  }

  /** Stops watching and closes database connections. */
  async shutdown(): Promise<void> {
    this.close();
    await this.stopJobs();
    await this.connections.closeAll();
    await this.options.store?.close();
  }

  close(): void {
    this.unwatchConfig();
    void this.watcher?.close().catch(() => {});
    this.watcher = null;
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }

  /** Runs a work for a trigger (the HTTP adapter's entry); synchronous when the run neither waits nor retries. */
  run(work: WorkVersion, trigger: Trigger, input: TriggerInput, call?: CallOptions): ExecResult | Promise<ExecResult> {
    return this.dispatcher.dispatch(work, trigger, input, call);
  }

  private flowControl: FlowControl | null = null;

  /** Fleet-wide flow control (engine/flow.ts): rate limits and capped queues, held through the store. */
  get flow(): FlowControl {
    return (this.flowControl ??= new FlowControl(this.options.store ?? null, this.clock));
  }

  /** A run's record (records still buffered in this process are written first). */
  async getRun(id: string): Promise<RunRecord | null> {
    await this.flushRecords();
    return this.requireStore().getRun(id);
  }

  async listRuns(filter: RunFilter): Promise<RunRecord[]> {
    await this.flushRecords();
    return this.requireStore().listRuns(filter);
  }

  /** Writes the run records buffered in this process. */
  async flushRecords(): Promise<void> {
    await this.records?.flush();
  }

  // ---------------------------------------------------------------- durable runs

  private durable: Durable | null = null;
  private snapshotSeal: SnapshotSeal | null = null;

  /**
   * Finds (or, for a SQLite store, makes) the engine secret; throws a SecretError saying
   * what to configure. startJobs() calls it; `kitwork start` calls it before listening.
   */
  prepareSeal(store: Store = this.requireStore()): SnapshotSeal {
    return (this.snapshotSeal ??= sealFor({ store, env: process.env, secret: this.options.secret }));
  }

  /** Seals and opens this engine's parked runs (set by startJobs). */
  get seal(): SnapshotSeal {
    if (!this.snapshotSeal) throw new Error("durable runs are not started (startJobs() with a store)");
    return this.snapshotSeal;
  }

  /** The frames and locals of a suspended durable run. */
  async inspect(rec: DurableRecord): Promise<unknown> {
    if (!this.durable) return undefined;
    const { program } = await this.durable.programFor(rec.version);
    const { doc, host } = openSnapshot(this.seal, rec);
    return inspectSnapshot(this.runtime, doc, program, this.masker.with(new Map(host?.secrets ?? [])));
  }

  /** Sends a signal from outside a run (admin API, CLI); returns how many runs woke. */
  async signal(event: string, data: unknown, keepMs: number | null = null): Promise<number> {
    const durable = this.dispatcher.services.durable;
    if (!durable) throw new Error("no store configured (signals need one: --store sqlite:path or postgres://…)");
    return durable.service.signal(event, data, keepMs);
  }

  // ---------------------------------------------------------------- queues and cron

  private readonly consumers = new Map<string, QueueConsumer>();
  /** The store's wake-ups for pushes from any process (PostgreSQL: LISTEN/NOTIFY), and whether they are heard now. */
  private jobListener: JobListener | null = null;
  private jobsNotified = false;
  /** Resolves when the engine's clock is the store's (the first heartbeat); undefined with an injected clock. */
  private jobsReady: Promise<unknown> | undefined;
  private stopWaiting: (() => void) | null = null;
  private scheduler: CronScheduler | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;

  get clock(): Clock {
    return this.engineClock;
  }

  private node: ClusterNode | null = null;

  /** This engine in the store (its heartbeat, its leases); null before startJobs(). */
  get cluster(): ClusterNode | null {
    return this.node;
  }

  /** The engines sharing this engine's store, with what each holds (`kitwork nodes`, the admin API). */
  async nodes(): Promise<NodeRecord[]> {
    return this.requireStore().listNodes();
  }

  /** The queue service handed to runs: pushes go to the store, local consumers are woken. */
  private queueService(store: Store): QueueService {
    return {
      push: async (queue, payload, { delayMs, key, ttlMs, traceparent }) => {
        let r;
        try {
          const now = this.clock.now();
          r = await store.pushJob(queue, payload, { runAt: now + delayMs, key, ttlMs, now, trace: traceparent });
        } catch (e) {
          if (e instanceof StoreError) throw new Error(e.message);
          throw e;
        }
        // This process's consumer wakes now, or when the job is due (the store's wake-up may come too).
        const c = this.consumers.get(queue);
        if (delayMs === 0) c?.poke();
        else c?.wakeAt(this.clock.now() + delayMs);
        return r.id;
      },
    };
  }

  /** Pushes a job from outside a run (admin API, CLI). */
  async push(queue: string, payload: unknown, opts: { delayMs?: number; key?: string | null; ttlMs?: number | null } = {}): Promise<string> {
    const store = this.requireStore();
    if (opts.ttlMs != null && !opts.key) throw new TypeError("push(): a ttl needs a key");
    return this.queueService(store).push(queue, payload, { delayMs: opts.delayMs ?? 0, key: opts.key ?? null, ttlMs: opts.ttlMs ?? null });
  }

  requireStore(): Store {
    if (!this.options.store) throw new Error("no store configured (queues and cron need one: --store sqlite:path or postgres://…)");
    return this.options.store;
  }

  /** Starts queue consumers and the cron scheduler for the loaded works. */
  startJobs(): void {
    const store = this.options.store;
    if (!store) return;
    // First: without a secret the engine could park runs nobody can resume.
    this.snapshotSeal ??= this.prepareSeal(store);
    const services = this.dispatcher.services;
    services.queues = this.queueService(store);
    const node = (this.node = new ClusterNode({
      store,
      clock: this.clock,
      id: this.nodeId,
      version: VERSION,
      leaseMs: this.options.leaseMs ?? DEFAULT_LEASE_MS,
      info: () => ({ queues: [...this.consumers.values()].map((c) => ({ queue: c.queue, concurrency: c.concurrency, busy: c.busy })), durable: this.durable ? { busy: this.durable.busy } : undefined }),
      report: (e) => this.report(e),
    }));
    // Nothing is claimed or fired before the clock is the store's (a node whose own clock is
    // off would otherwise take live leases for expired ones); an injected clock is not waited for.
    const started = node.start();
    // stopJobs() before the store ever answered stops waiting too.
    const stopping = new Promise<void>((resolve) => (this.stopWaiting = resolve));
    const ready = this.clock instanceof StoreClock ? Promise.race([started, stopping]) : undefined;
    this.jobsReady = ready;
    this.durable = new Durable({
      store,
      clock: this.clock,
      workByHash: (hash) => this.list().find((w) => w.hash === hash),
      resume: (input, sink) => this.dispatcher.resume(input, sink),
      resumeFailed: (rec, err, sink) => this.dispatcher.resumeFailed(rec, err, sink),
      leases: node,
      pollMs: this.options.pollMs ?? 100,
      onLeaseLost: (rec) => this.report({ kind: "lease-lost", what: "run", id: rec.runId, work: rec.work, owner: rec.leaseOwner ?? "" }),
      seal: this.snapshotSeal,
      observer: this.options.observer,
    });
    const durable = this.durable;
    services.durable = {
      sink: durable,
      service: {
        thresholdMs: this.options.sleepThresholdMs ?? 5_000,
        signal: async (event, data, keepMs) => {
          const n = await store.signal(event, JSON.stringify(data ?? null), keepMs === null ? null : this.clock.now() + keepMs, this.clock.now());
          if (n > 0) durable.poke();
          return n;
        },
      },
    };
    durable.start(ready);
    // One listening connection per node: a push from any process wakes this node's consumer of
    // its queue; while the connection is down the consumers poll every pollMs as before.
    this.jobListener =
      store.listenJobs?.(
        (push) => {
          if (push === null) {
            for (const c of this.consumers.values()) c.poke();
            return;
          }
          const c = this.consumers.get(push.queue);
          if (!c) return;
          if (push.runAt <= this.clock.now()) c.poke();
          else c.wakeAt(push.runAt);
        },
        (listening) => {
          this.jobsNotified = listening;
          for (const c of this.consumers.values()) c.notified = listening;
        },
      ) ?? null;
    const owner = this.nodeId;
    this.scheduler = new CronScheduler(
      store,
      this.clock,
      owner,
      // The slot's job was pushed with the claim (one transaction): observe it and wake its consumer.
      async (work, slot) => {
        const now = this.clock.now();
        try {
          this.options.observer?.onCronFire?.(work.name, now - slot);
        } catch {
          // a broken observer does not stop cron
        }
        this.consumers.get(cronQueue(work.name))?.poke();
      },
      (event) => this.report(event),
    );
    this.syncJobs();
    this.scheduler.start(250, ready);
    const retention = this.options.retentionMs ?? 7 * 86_400_000;
    const prune = () => void store.prune(this.clock.now() - retention).catch(() => {});
    this.pruneTimer = setInterval(prune, 3_600_000);
    this.pruneTimer.unref();
  }

  /** Makes the consumers match the current works (after a load or reload). */
  /** Consumers stopped by a reload (their queue's settings changed, or no work consumes it), still finishing. */
  private readonly stoppingConsumers = new Set<Promise<void>>();

  private syncJobs(): void {
    const store = this.options.store;
    if (!store || !this.scheduler) return;
    const wanted = new Map<string, { work: WorkVersion; concurrency: number; prefetch: number }>();
    for (const w of this.list()) {
      for (const q of w.blueprint.queues) wanted.set(q.name, { work: w, concurrency: nodeSlotsOf(w, q.name), prefetch: prefetchOf(w, q.name) });
      if (w.blueprint.cron.length || w.blueprint.every.length || w.blueprint.daily.length) {
        wanted.set(cronQueue(w.name), { work: w, concurrency: 1, prefetch: 0 });
      }
    }
    for (const [queue, c] of this.consumers) {
      const want = wanted.get(queue);
      if (!want || want.concurrency !== c.concurrency || want.prefetch !== c.prefetch) {
        this.consumers.delete(queue);
        // Its jobs end, or go back to the store, before stopJobs() lets the store close.
        const stopping = c.stop();
        this.stoppingConsumers.add(stopping);
        void stopping.finally(() => this.stoppingConsumers.delete(stopping));
      } else c.work = want.work;
    }
    const dispatcher = this.dispatcher;
    const runner: JobRunner = {
      runJob: async (work, trigger, job, settle, lease) => dispatcher.dispatch(work, trigger, { payload: job.payload, body: job.payload }, { attempt: job.attempts, jobId: job.id, settle, traceparent: job.trace, lease }),
      report: (event) => this.report(event),
    };
    for (const [queue, want] of wanted) {
      if (this.consumers.has(queue)) continue;
      // Its claims go through flow control: the work's rateLimit and the queue's fleet-wide concurrency.
      const c: QueueConsumer = new QueueConsumer(queue, want.work, this.flow.consumerStore(store, () => c.work), runner, this.clock, want.concurrency, this.options.pollMs ?? 100, this.node!, want.prefetch);
      c.notified = this.jobsNotified;
      this.consumers.set(queue, c);
      c.start(this.jobsReady);
    }
    this.scheduler.setWorks(this.list());
  }

  /** The consumer of a queue (tests drive them directly with an injected clock). */
  consumer(queue: string): QueueConsumer | undefined {
    return this.consumers.get(queue);
  }

  get cron(): CronScheduler | null {
    return this.scheduler;
  }

  /** Stops leasing jobs and firing cron; waits for jobs in flight. */
  async stopJobs(): Promise<void> {
    this.stopWaiting?.();
    this.scheduler?.stop();
    await this.durable?.stop();
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    await Promise.all([...[...this.consumers.values()].map((c) => c.stop()), ...this.stoppingConsumers]);
    this.consumers.clear();
    await this.jobListener?.close();
    this.jobListener = null;
    this.jobsNotified = false;
    // Last: what was in flight has ended (or been left to its leases' end).
    await this.node?.stop();
    await this.flushRecords().catch(() => {});
  }

  // ---- driving the engine by hand (tests, kitwork run)

  /** One poll of every queue consumer, the cron scheduler and the durable poller; how many runs it started. */
  async pollAll(): Promise<number> {
    let n = 0;
    if (this.scheduler) n += (await this.scheduler.tick()).length;
    for (const c of this.consumers.values()) n += await c.pollOnce();
    if (this.durable) n += await this.durable.pollOnce();
    return n;
  }

  /** The works folder has been loaded (loadAll() ran): readiness checks this. */
  get loaded(): boolean {
    return this.loadedOnce;
  }

  /** Resolves when no job, durable run or run that answered early (respond()) is in flight in this process, and the run records are written. */
  async idle(): Promise<void> {
    for (;;) {
      const busy = [...this.consumers.values()].reduce((n, c) => n + c.busy, 0) + (this.durable?.busy ?? 0) + this.dispatcher.answeredInFlight;
      if (busy === 0) break;
      await new Promise((r) => setTimeout(r, 1));
    }
    await this.flushRecords();
  }
}
