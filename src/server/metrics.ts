// Prometheus metrics (prom-client): the engine's observer (engine/observe.ts) feeds the
// run, checkpoint, cron and limit metrics; the HTTP adapter counts requests; the store's
// gauges (queue depth, jobs in flight, dead jobs, durable runs) are read at scrape time
// with one grouped query (Store.stats). docs/operations.md lists every metric.
//
// The request path only increments: each (work, trigger, …) and (route, status) child
// is looked up in nested Maps keyed by the values it already has (a route's entry
// object, a status number), so no label object or key string is built per run or
// request. Children are made once per combination and kept.

import client from "prom-client";
import type { Engine } from "../engine/engine.js";
import type { EngineObserver, LimitName } from "../engine/observe.js";
import type { RouteEntry } from "../engine/registry.js";
import { cronQueue } from "../engine/jobs.js";
import type { RunRecord } from "../store/store.js";
import { type CounterCell, type HistogramCell, HotCounter, HotHistogram } from "./hot-metrics.js";

/** The route label of requests no work answered: no route, a malformed or refused request. */
export const NO_ROUTE = "none";
/** The route label of the admin API and of the health, readiness and metrics endpoints. */
export const ADMIN_ROUTE = "admin";

const RUN_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
const LAG_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300];
const SIZE_BUCKETS = [256, 1024, 4096, 16_384, 65_536, 262_144, 524_288, 1_048_576];

type Inc = { inc(n?: number): void };

/** A two-level cache of metric children: first key, then second, made on first use. */
class Children<A, B, C> {
  private readonly map = new Map<A, Map<B, C>>();
  constructor(private readonly make: (a: A, b: B) => C) {}
  get(a: A, b: B): C {
    let inner = this.map.get(a);
    if (!inner) this.map.set(a, (inner = new Map()));
    let c = inner.get(b);
    if (!c) inner.set(b, (c = this.make(a, b)));
    return c;
  }
}

export class Metrics implements EngineObserver {
  readonly registry = new client.Registry();
  private engine: Engine | null = null;

  // Counted per request: plain cells (server/hot-metrics.ts), read by the registry at scrape time.
  private readonly runs = this.hot(new HotCounter("kitwork_runs_total", "Runs that ended, by work, trigger and outcome (succeeded, failed).", ["work", "trigger", "outcome"]));
  private readonly errors = new client.Counter({ name: "kitwork_run_errors_total", help: "Failed runs by work, trigger and error kind (fail, script, limit, timeout, unavailable, host).", labelNames: ["work", "trigger", "kind"], registers: [this.registry] });
  private readonly duration = this.hot(new HotHistogram("kitwork_run_duration_seconds", "Time from a run's start to its end, by work and trigger (a durable run's spans its checkpoints).", ["work", "trigger"], RUN_BUCKETS));
  private readonly limits = new client.Counter({ name: "kitwork_limit_hits_total", help: "Runs ended by a limit, by work and limit (budget, heap, depth, string, array, snapshot).", labelNames: ["work", "limit"], registers: [this.registry] });
  private readonly http = this.hot(new HotCounter("kitwork_http_requests_total", `HTTP requests answered, by route ("GET /path/:param"; "${NO_ROUTE}": no work answered; "${ADMIN_ROUTE}": /_kitwork/ and /metrics) and status.`, ["route", "status"]));
  private readonly cronLag = new client.Histogram({ name: "kitwork_cron_lag_seconds", help: "Seconds between a cron slot's due time and its firing in this process, by work.", labelNames: ["work"], buckets: LAG_BUCKETS, registers: [this.registry] });
  private readonly checkpoints = new client.Histogram({ name: "kitwork_checkpoint_bytes", help: "Size of each checkpoint written (the snapshot, as the snapshot limit measures it), by work.", labelNames: ["work"], buckets: SIZE_BUCKETS, registers: [this.registry] });
  private readonly pending = new client.Gauge({ name: "kitwork_queue_pending", help: "Jobs waiting in each queue (due or not); read from the store at scrape time.", labelNames: ["queue"], registers: [this.registry] });
  private readonly inFlight = new client.Gauge({ name: "kitwork_queue_in_flight", help: "Jobs of each queue leased by a worker (running), cluster-wide; read from the store at scrape time.", labelNames: ["queue"], registers: [this.registry] });
  private readonly dead = new client.Gauge({ name: "kitwork_queue_dead", help: "Dead jobs of each queue (failed after their last attempt); read from the store at scrape time.", labelNames: ["queue"], registers: [this.registry] });
  private readonly durable = new client.Gauge({ name: "kitwork_durable_runs", help: "Suspended durable runs by state (sleeping, waiting, due, leased: being resumed); read from the store at scrape time.", labelNames: ["state"], registers: [this.registry] });
  private readonly storeUp = new client.Gauge({ name: "kitwork_store_up", help: "1 when the last scrape could read the store's counts, else 0 (the store gauges then keep their last values).", registers: [this.registry] });

  private readonly runChildren = new Children<string, string, { ok: CounterCell; failed: CounterCell; duration: HistogramCell }>((work, trigger) => ({
    ok: this.runs.cell(work, trigger, "succeeded"),
    failed: this.runs.cell(work, trigger, "failed"),
    duration: this.duration.cell(work, trigger),
  }));
  private readonly errorChildren = new Children<string, string, Map<string, Inc>>(() => new Map());
  private readonly limitChildren = new Children<string, string, Inc>((work, limit) => this.limits.labels(work, limit));
  private readonly httpChildren = new Children<string, number, CounterCell>((route, status) => this.http.cell(route, String(status)));
  /** The route label of each route entry (entries are rebuilt on reload: a WeakMap lets old ones go). */
  private readonly routeLabels = new WeakMap<RouteEntry, string>();

  private hot<M extends HotCounter | HotHistogram>(m: M): M {
    this.registry.registerMetric(m as unknown as client.Metric);
    return m;
  }

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    // Process metrics (CPU, memory, event loop lag, GC, handles) under their standard names.
    if (opts.defaultMetrics !== false) client.collectDefaultMetrics({ register: this.registry });
  }

  /** The engine whose store the gauges read (and whose works name the queues shown at 0). */
  attach(engine: Engine): this {
    this.engine = engine;
    return this;
  }

  // ------------------------------------------------------------ engine observer

  onRun(record: RunRecord, durationMs: number, limit: LimitName | undefined): void {
    const c = this.runChildren.get(record.work, record.trigger);
    c.duration.observe(durationMs / 1000);
    if (record.status !== "failed") {
      c.ok.n++;
      return;
    }
    c.failed.n++;
    const kind = record.errorKind ?? "host";
    const byKind = this.errorChildren.get(record.work, record.trigger);
    let k = byKind.get(kind);
    if (!k) byKind.set(kind, (k = this.errors.labels(record.work, record.trigger, kind)));
    k.inc();
    if (kind === "limit" && limit) this.limitChildren.get(record.work, limit).inc();
  }

  onCheckpoint(work: string, bytes: number): void {
    this.checkpoints.labels(work).observe(bytes);
  }

  onCronFire(work: string, lagMs: number): void {
    this.cronLag.labels(work).observe(Math.max(0, lagMs) / 1000);
  }

  // ------------------------------------------------------------ HTTP

  /** A request a work's route answered. */
  onRoute(entry: RouteEntry, status: number): void {
    let route = this.routeLabels.get(entry);
    if (route === undefined) this.routeLabels.set(entry, (route = `${entry.method} ${entry.path}`));
    this.httpChildren.get(route, status).n++;
  }

  /** A request answered without a route: NO_ROUTE or ADMIN_ROUTE. */
  onRequest(route: string, status: number): void {
    this.httpChildren.get(route, status).n++;
  }

  // ------------------------------------------------------------ scrape

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The text exposition: the store's gauges are read first, in one query. */
  async scrape(): Promise<string> {
    await this.readStore();
    return this.registry.metrics();
  }

  private async readStore(): Promise<void> {
    const engine = this.engine;
    const store = engine?.options.store;
    if (!engine || !store) return;
    let stats;
    try {
      stats = await store.stats();
    } catch {
      this.storeUp.set(0);
      return;
    }
    this.storeUp.set(1);
    for (const g of [this.pending, this.inFlight, this.dead, this.durable]) g.reset();
    // Every queue a loaded work consumes is shown, at 0 when it has no jobs.
    for (const w of engine.list()) {
      const queues = w.blueprint.queues.map((q) => q.name);
      if (w.blueprint.cron.length || w.blueprint.every.length || w.blueprint.daily.length) queues.push(cronQueue(w.name));
      for (const q of queues) for (const g of [this.pending, this.inFlight, this.dead]) g.set({ queue: q }, 0);
    }
    for (const r of stats.jobs) (r.state === "pending" ? this.pending : r.state === "leased" ? this.inFlight : this.dead).set({ queue: r.queue }, r.count);
    for (const s of ["sleeping", "waiting", "due", "leased"] as const) this.durable.set({ state: s }, 0);
    for (const r of stats.durable) this.durable.set({ state: r.state }, r.count);
  }
}
