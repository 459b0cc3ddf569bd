// Prometheus metrics, health and readiness, as an operator's tools see them: real
// `kitwork start` processes (from the sources, port 0) over SQLite stores, scraped over
// HTTP and parsed with a Prometheus text-format parser. Runs happen (HTTP runs that
// succeed, throw and hit a limit, a queue job that goes dead, a durable run that parks,
// a cron slot), and the next scrape shows each one. Also: who may scrape (the admin
// API's rules), --metrics-port, and readiness with an unreachable default database.
// The store's stats query (what the gauges read) is checked on SQLite and PostgreSQL, and
// the Grafana dashboard of docs/grafana/ against a real scrape.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import parsePrometheus from "parse-prometheus-text-format";
import { openStore } from "../src/store/index.ts";
import { ROOT, backends, eventually, freePort, removeTempDirs, tempDir } from "./fixtures/jobs/harness.ts";

const MAIN = path.join(ROOT, "src/cli/main.ts");
const TSX = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

const procs: ChildProcess[] = [];
after(async () => {
  for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  removeTempDirs();
});

const WORKS: Record<string, string> = {
  "hello.js": `const w = work("hello");\nw.get("/hello");\nreturn { hi: true };\n`,
  "boom.js": `const w = work("boom");\nw.get("/boom");\nthrow new Error("kaput");\n`,
  "hog.js": `const w = work("hog");\nw.get("/hog");\nlet s = "x";\nwhile (true) s = s + s;\n`,
  "doomed.js": `const w = work("doomed");\nw.queue("doomed");\nthrow new Error("never works");\n`,
  "sleeper.js": `const w = work("sleeper");\nw.post("/nap");\nrespond({ napping: true });\nsleep("1h");\nreturn 1;\n`,
  "ticker.js": `const w = work("ticker");\nw.every("1s");\nreturn 1;\n`,
};

interface Engine {
  proc: ChildProcess;
  out: () => string;
  url: string;
  metricsUrl: string;
}

/** `kitwork start --no-supervise <dir>/works --port 0 …` from the sources; resolves once it logs "listening". */
async function start(args: string[], env: Record<string, string> = {}): Promise<Engine> {
  const dir = tempDir("metrics-");
  fs.mkdirSync(path.join(dir, "works"));
  for (const [f, src] of Object.entries(WORKS)) fs.writeFileSync(path.join(dir, "works", f), src);
  const argv = ["node", "kitwork", "start", "--no-supervise", path.join(dir, "works"), "--port", "0", "--store", `sqlite:${path.join(dir, "state.db")}`, ...args];
  const script = `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(${JSON.stringify(argv)});`;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OTEL_") && k !== "KITWORK_ADMIN_TOKEN" && !k.startsWith("KITWORK_DB")));
  const proc = spawn(process.execPath, ["--import", TSX, "--input-type=module", "-e", script], { cwd: dir, env: { ...clean, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  procs.push(proc);
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const line = () => out.split("\n").find((l) => l.includes('"msg":"listening"'));
  assert.ok(await eventually(() => line() !== undefined || proc.exitCode !== null), `waited (minutes, a hang guard) for the engine's "listening" line:\n${out}`);
  assert.ok(line(), `the engine did not start:\n${out}`);
  const listening = JSON.parse(line()!) as { url: string; metrics: string };
  return { proc, out: () => out, url: listening.url, metricsUrl: listening.metrics };
}

async function stop(e: Engine): Promise<void> {
  if (e.proc.exitCode !== null) return;
  const exited = new Promise((r) => e.proc.on("exit", r));
  e.proc.kill("SIGTERM");
  const t = setTimeout(() => e.proc.kill("SIGKILL"), 120_000);
  await exited;
  clearTimeout(t);
}

interface Sample {
  labels: Record<string, string>;
  value: number;
}

/**
 * A scrape, parsed: metric name → type, and series name → samples. The parser
 * (parse-prometheus-text-format 1.1.1) folds every labelled series of a histogram into
 * one, so histograms are read in a second pass without their TYPE lines, as the plain
 * samples they are on the wire (`x_bucket{le=…}`, `x_sum`, `x_count`).
 */
function parse(text: string): { types: Map<string, string>; series: Map<string, Sample[]> } {
  const types = new Map<string, string>();
  for (const f of parsePrometheus(text) as Array<{ name: string; type: string }>) types.set(f.name, f.type);
  const histograms = [...types].filter(([, t]) => t === "HISTOGRAM").map(([n]) => n);
  const flat = text
    .split("\n")
    .filter((l) => !histograms.some((h) => l === `# TYPE ${h} histogram`))
    .join("\n");
  const series = new Map<string, Sample[]>();
  for (const f of parsePrometheus(flat) as Array<{ name: string; metrics: Array<{ labels?: Record<string, string>; value: string }> }>) {
    // Untyped, the series of one histogram come as one family per run of lines: gathered by name.
    const list = series.get(f.name) ?? [];
    for (const m of f.metrics) list.push({ labels: m.labels ?? {}, value: Number(m.value) });
    series.set(f.name, list);
  }
  return { types, series };
}

type Scrape = ReturnType<typeof parse>;

// ------------------------------------------------------------------ PromQL in the Grafana dashboard

const PROMQL_KEYWORDS = new Set(["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset", "and", "or", "unless", "inf", "nan"]);
/** Aggregations: followed by "(" or by a by/without clause. */
const PROMQL_AGGREGATIONS = new Set(["sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio"]);

/**
 * The metric names an expression reads, each with the label names its matchers use, and the
 * label names of its by (…) / without (…) / on (…) clauses. A small scanner, enough for
 * the dashboard's expressions: strings, [ranges] and $variables are skipped; a name before
 * "(" is a function, and aggregations and keywords are not metrics.
 */
function promqlRefs(expr: string): { metrics: Map<string, Set<string>>; grouping: Set<string> } {
  const tokens = expr.match(/"(?:[^"\\]|\\.)*"|\[[^\]]*\]|\$\{?\w+\}?|[A-Za-z_:][\w:]*|\d+(?:\.\d+)?(?:e[+-]?\d+)?|=~|!~|!=|==|>=|<=|[{}(),=<>+\-*/^%]|\S/g) ?? [];
  const metrics = new Map<string, Set<string>>();
  const grouping = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!/^[A-Za-z_:]/.test(tok)) continue;
    const next = tokens[i + 1];
    if (["by", "without", "on", "ignoring", "group_left", "group_right"].includes(tok) && next === "(") {
      for (i += 2; i < tokens.length && tokens[i] !== ")"; i++) if (tokens[i] !== ",") grouping.add(tokens[i]!);
      continue;
    }
    if (next === "(" || PROMQL_KEYWORDS.has(tok.toLowerCase()) || PROMQL_AGGREGATIONS.has(tok)) continue;
    const labels = metrics.get(tok) ?? new Set<string>();
    metrics.set(tok, labels);
    if (next === "{") {
      for (i += 2; i < tokens.length && tokens[i] !== "}"; i++) {
        if (/^[A-Za-z_]\w*$/.test(tokens[i]!) && /^(=|!=|=~|!~)$/.test(tokens[i + 1] ?? "")) labels.add(tokens[i]!);
      }
    }
  }
  return { metrics, grouping };
}

/** Every PromQL expression of a Grafana dashboard: its panels' targets (rows included) and its query variables. */
function dashboardQueries(dash: { panels?: unknown[]; templating?: { list?: Array<Record<string, unknown>> } }): Array<{ where: string; expr: string }> {
  const out: Array<{ where: string; expr: string }> = [];
  const walk = (panels: unknown[] | undefined) => {
    for (const p of (panels ?? []) as Array<{ title?: string; targets?: Array<{ expr?: string; refId?: string }>; panels?: unknown[] }>) {
      for (const t of p.targets ?? []) if (t.expr) out.push({ where: `panel "${p.title}" ${t.refId}`, expr: t.expr });
      walk(p.panels);
    }
  };
  walk(dash.panels);
  for (const v of dash.templating?.list ?? []) {
    if (v.type !== "query") continue;
    const q = typeof v.query === "string" ? v.query : (v.query as { query?: string } | undefined)?.query ?? "";
    const lv = /^label_values\(\s*([^,]+?)\s*,\s*(\w+)\s*\)$/.exec(q);
    // label_values(selector, label): the selector is PromQL; its label is a grouping of it.
    out.push({ where: `variable $${v.name}`, expr: lv ? `count by (${lv[2]}) (${lv[1]})` : q });
  }
  return out;
}

/** The series names a scrape exposes: a counter or gauge under its own name, a histogram as _bucket, _sum and _count. */
function exposedSeries(s: Scrape): Map<string, { family: string; labels: Set<string> }> {
  const out = new Map<string, { family: string; labels: Set<string> }>();
  for (const [family, type] of s.types) {
    const names = type === "HISTOGRAM" ? [`${family}_bucket`, `${family}_sum`, `${family}_count`] : type === "SUMMARY" ? [family, `${family}_sum`, `${family}_count`] : [family];
    const labels = new Set<string>();
    for (const n of names) for (const m of s.series.get(n) ?? []) for (const l of Object.keys(m.labels)) labels.add(l);
    for (const n of names) out.set(n, { family, labels });
  }
  return out;
}

/** The value of a series with these labels (0 when absent: a counter not yet incremented). */
function value(s: Scrape, name: string, labels: Record<string, string> = {}): number {
  const hits = (s.series.get(name) ?? []).filter((m) => Object.entries(labels).every(([k, v]) => m.labels[k] === v));
  return hits.reduce((n, m) => n + m.value, 0);
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<Scrape> {
  const r = await fetch(url, { headers });
  const text = await r.text();
  assert.equal(r.status, 200, `GET ${url}: ${r.status} ${text.slice(0, 300)}`);
  assert.match(r.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
  return parse(text);
}

/** Scrapes until `ok` holds (a hang guard of minutes, naming what it waited for). */
async function scrapeUntil(url: string, what: string, ok: (s: Scrape) => boolean): Promise<Scrape> {
  let last: Scrape | null = null;
  const done = await eventually(async () => ok((last = await scrape(url))), 120_000, 100);
  assert.ok(done, `gave up (after minutes, a hang guard) waiting for the metrics to show ${what}`);
  return last!;
}

describe("GET /metrics", () => {
  test("every metric is exposed with its type, and each kind of run moves its counters", async (t) => {
    const e = await start([]);
    try {
      assert.equal(e.metricsUrl, `${e.url}/metrics`);
      const before = await scrape(e.metricsUrl);
      const expected: Record<string, string> = {
        kitwork_runs_total: "COUNTER",
        kitwork_run_errors_total: "COUNTER",
        kitwork_run_duration_seconds: "HISTOGRAM",
        kitwork_limit_hits_total: "COUNTER",
        kitwork_http_requests_total: "COUNTER",
        kitwork_cron_lag_seconds: "HISTOGRAM",
        kitwork_checkpoint_bytes: "HISTOGRAM",
        kitwork_queue_pending: "GAUGE",
        kitwork_queue_in_flight: "GAUGE",
        kitwork_queue_dead: "GAUGE",
        kitwork_durable_runs: "GAUGE",
        kitwork_store_up: "GAUGE",
        process_cpu_user_seconds_total: "COUNTER",
        nodejs_eventloop_lag_seconds: "GAUGE",
      };
      for (const [name, type] of Object.entries(expected)) assert.equal(before.types.get(name), type, `${name} should be a ${type}`);
      assert.equal(value(before, "kitwork_store_up"), 1);
      // A queue a work consumes is shown before it has any job.
      assert.deepEqual(before.series.get("kitwork_queue_dead")?.find((m) => m.labels.queue === "doomed")?.value, 0);
      assert.equal(value(before, "kitwork_runs_total", { work: "hello" }), 0);

      for (let i = 0; i < 2; i++) assert.equal((await fetch(`${e.url}/hello`)).status, 200);
      assert.equal((await fetch(`${e.url}/boom`)).status, 500);
      assert.equal((await fetch(`${e.url}/hog`)).status, 500);
      assert.equal((await fetch(`${e.url}/nowhere`)).status, 404);
      assert.equal((await fetch(`${e.url}/nap`, { method: "POST" })).status, 200);
      const pushed = await fetch(`${e.url}/_kitwork/queues/doomed`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      assert.equal(pushed.status, 202);

      const s = await scrapeUntil(e.metricsUrl, "the dead job, the parked run and a cron fire", (x) =>
        value(x, "kitwork_queue_dead", { queue: "doomed" }) === 1 && value(x, "kitwork_durable_runs", { state: "sleeping" }) === 1 && value(x, "kitwork_cron_lag_seconds_count", { work: "ticker" }) >= 1 && value(x, "kitwork_runs_total", { work: "ticker", trigger: "cron" }) >= 1,
      );
      assert.equal(value(s, "kitwork_runs_total", { work: "hello", trigger: "http", outcome: "succeeded" }), 2);
      assert.equal(value(s, "kitwork_runs_total", { work: "hello", outcome: "failed" }), 0);
      assert.equal(value(s, "kitwork_run_duration_seconds_count", { work: "hello", trigger: "http" }), 2);
      assert.equal(value(s, "kitwork_run_duration_seconds_bucket", { work: "hello", trigger: "http", le: "+Inf" }), 2);
      assert.equal(value(s, "kitwork_runs_total", { work: "boom", trigger: "http", outcome: "failed" }), 1);
      assert.equal(value(s, "kitwork_run_errors_total", { work: "boom", trigger: "http", kind: "script" }), 1);
      assert.equal(value(s, "kitwork_run_errors_total", { work: "hog", kind: "limit" }), 1);
      const hog = (s.series.get("kitwork_limit_hits_total") ?? []).filter((m) => m.labels.work === "hog");
      assert.equal(hog.length, 1, `one limit series for hog: ${JSON.stringify(hog)}`);
      assert.ok(["heap", "string"].includes(hog[0]!.labels.limit!), `the limit is named: ${hog[0]!.labels.limit}`);
      assert.equal(hog[0]!.value, 1);
      assert.equal(value(s, "kitwork_runs_total", { work: "doomed", trigger: "queue", outcome: "failed" }), 1);
      assert.equal(value(s, "kitwork_queue_pending", { queue: "doomed" }), 0);
      assert.equal(value(s, "kitwork_queue_in_flight", { queue: "doomed" }), 0);
      assert.equal(value(s, "kitwork_checkpoint_bytes_count", { work: "sleeper" }), 1);
      assert.ok(value(s, "kitwork_checkpoint_bytes_sum", { work: "sleeper" }) > 0);
      assert.ok(value(s, "kitwork_runs_total", { work: "ticker", trigger: "cron", outcome: "succeeded" }) >= 1);
      assert.equal(value(s, "kitwork_http_requests_total", { route: "GET /hello", status: "200" }), 2);
      assert.equal(value(s, "kitwork_http_requests_total", { route: "GET /boom", status: "500" }), 1);
      assert.equal(value(s, "kitwork_http_requests_total", { route: "POST /nap", status: "200" }), 1);
      assert.equal(value(s, "kitwork_http_requests_total", { route: "none", status: "404" }), 1);
      assert.ok(value(s, "kitwork_http_requests_total", { route: "admin", status: "200" }) >= 1, "earlier scrapes are counted as admin requests");
      assert.equal(value(s, "kitwork_http_requests_total", { route: "admin", status: "202" }), 1);

      await t.test("the Grafana dashboard (docs/grafana/kitwork-dashboard.json) queries only series and labels this scrape has", () => {
        const file = path.join(ROOT, "docs/grafana/kitwork-dashboard.json");
        const dash = JSON.parse(fs.readFileSync(file, "utf8")) as Parameters<typeof dashboardQueries>[0] & { title?: string; uid?: string };
        assert.equal(dash.title, "Kitwork");
        // The scanner sees a metric, its matchers' labels and its grouping (so a made-up name would be caught).
        const probe = promqlRefs('sum by (work) (rate(kitwork_made_up_total{work="a", kind!~"x|y"}[$__rate_interval])) / 2');
        assert.deepEqual([...probe.metrics].map(([m, l]) => [m, [...l]]), [["kitwork_made_up_total", ["work", "kind"]]]);
        assert.deepEqual([...probe.grouping], ["work"]);
        const queries = dashboardQueries(dash);
        const exposed = exposedSeries(s);
        // Labels Prometheus adds to every series it scrapes, and histograms' bucket bound.
        const added = new Set(["job", "instance", "le"]);
        const read = new Set<string>();
        for (const { where, expr } of queries) {
          const { metrics, grouping } = promqlRefs(expr);
          assert.ok(metrics.size > 0, `${where} reads no metric: ${expr}`);
          const labelsHere = new Set(added);
          for (const [name, labels] of metrics) {
            const series = exposed.get(name);
            assert.ok(series, `${where} reads ${name}, which the engine does not expose\n  ${expr}`);
            read.add(series.family);
            for (const l of series.labels) labelsHere.add(l);
            for (const l of labels) assert.ok(added.has(l) || series.labels.has(l), `${where} matches on label "${l}", which ${name} does not have (it has ${[...series.labels].join(", ")})\n  ${expr}`);
          }
          for (const l of grouping) assert.ok(labelsHere.has(l), `${where} groups by "${l}", a label none of its metrics has\n  ${expr}`);
        }
        // Each thing the operations guide promises a panel for is on the dashboard.
        for (const family of ["kitwork_runs_total", "kitwork_run_errors_total", "kitwork_run_duration_seconds", "kitwork_http_requests_total", "kitwork_queue_pending", "kitwork_queue_in_flight", "kitwork_queue_dead", "kitwork_cron_lag_seconds", "kitwork_durable_runs", "kitwork_limit_hits_total", "kitwork_store_up"]) {
          assert.ok(read.has(family), `no panel of the dashboard reads ${family}`);
        }
        const durations = queries.filter((q) => q.expr.includes("kitwork_run_duration_seconds_bucket")).map((q) => q.expr);
        for (const quantile of ["0.5", "0.95"]) assert.ok(durations.some((e) => e.startsWith(`histogram_quantile(${quantile},`)), `a panel shows the run duration's ${quantile} quantile`);
      });

      // A job pushed again goes dead too: the gauge follows the store.
      await fetch(`${e.url}/_kitwork/queues/doomed`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      await scrapeUntil(e.metricsUrl, "two dead jobs", (x) => value(x, "kitwork_queue_dead", { queue: "doomed" }) === 2 && value(x, "kitwork_runs_total", { work: "doomed", outcome: "failed" }) === 2);
    } finally {
      await stop(e);
    }
  });

  test("without a token, only direct loopback clients may scrape; a proxied request is refused", async () => {
    const e = await start([]);
    try {
      const r = await fetch(e.metricsUrl, { headers: { "x-forwarded-for": "203.0.113.9" } });
      assert.equal(r.status, 403);
      assert.match(((await r.json()) as { error: string }).error, /through a proxy/);
      const page = await fetch(e.metricsUrl, { headers: { origin: "https://evil.example" } });
      assert.equal(page.status, 403);
    } finally {
      await stop(e);
    }
  });

  test("with KITWORK_ADMIN_TOKEN and --metrics-port: the token is required there, and the main port leaves /metrics to the works", async () => {
    const e = await start(["--metrics-port", "0"], { KITWORK_ADMIN_TOKEN: "s3cret-token" });
    try {
      assert.notEqual(e.metricsUrl, `${e.url}/metrics`);
      const none = await fetch(e.metricsUrl);
      assert.equal(none.status, 401);
      assert.match(((await none.json()) as { error: string }).error, /missing or wrong token/);
      assert.equal((await fetch(e.metricsUrl, { headers: { authorization: "Bearer wrong" } })).status, 401);
      const s = await scrape(e.metricsUrl, { authorization: "Bearer s3cret-token" });
      assert.equal(s.types.get("kitwork_runs_total"), "COUNTER");
      // On the main port, /metrics is an ordinary path now: no work serves it.
      const main = await fetch(`${e.url}/metrics`, { headers: { authorization: "Bearer s3cret-token" } });
      assert.equal(main.status, 404);
      assert.match(await main.text(), /no work serves GET \/metrics/);
      // The metrics port also answers the probes, without a token.
      const base = e.metricsUrl.replace(/\/metrics$/, "");
      assert.deepEqual(await (await fetch(`${base}/_kitwork/health`)).json(), { ok: true });
      assert.equal((await fetch(`${base}/elsewhere`)).status, 404);
      // Runs on the main port show on the metrics port.
      await fetch(`${e.url}/hello`);
      const after = await scrape(e.metricsUrl, { authorization: "Bearer s3cret-token" });
      assert.equal(value(after, "kitwork_runs_total", { work: "hello", outcome: "succeeded" }), 1);
    } finally {
      await stop(e);
    }
  });
});

describe("health and readiness", () => {
  test("health and ready answer 200 without a token when the store and the database answer", async () => {
    const e = await start([], { KITWORK_ADMIN_TOKEN: "s3cret-token" });
    try {
      const health = await fetch(`${e.url}/_kitwork/health`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { ok: true });
      const ready = await fetch(`${e.url}/_kitwork/ready`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { ok: true, checks: { store: "ok", database: "ok", works: "ok" } });
      // The rest of /_kitwork/ still needs the token.
      assert.equal((await fetch(`${e.url}/_kitwork/works`)).status, 401);
      assert.equal((await fetch(`${e.url}/_kitwork/ready`, { method: "POST" })).status, 405);
    } finally {
      await stop(e);
    }
  });

  test("ready is 503 naming the database check when the default database is unreachable; health stays 200", async () => {
    const closed = await freePort();
    const e = await start(["--db", `postgres://kitwork@127.0.0.1:${closed}/nothing`]);
    try {
      const ready = await fetch(`${e.url}/_kitwork/ready`);
      const text = await ready.text();
      assert.equal(ready.status, 503);
      assert.deepEqual(JSON.parse(text), { ok: false, checks: { store: "ok", database: "failed", works: "ok" } });
      assert.doesNotMatch(text, new RegExp(String(closed)), "the answer says which check failed, not where the database is");
      assert.equal((await fetch(`${e.url}/_kitwork/health`)).status, 200);
      // Why it failed is in the engine's log, once.
      assert.ok(await eventually(() => e.out().includes('"msg":"not ready"')), `the log says why:\n${e.out()}`);
      await fetch(`${e.url}/_kitwork/ready`);
      assert.equal(e.out().split('"msg":"not ready"').length - 1, 1, "a failing probe is said once, not per probe");
    } finally {
      await stop(e);
    }
  });
});

describe("Store.stats (what the gauges read)", async () => {
  for (const b of await backends("metrics")) {
    test(`${b.kind}: live jobs per queue and state, unfinished durable runs per state`, { skip: b.skip }, async () => {
      const store = await openStore(await b.fresh());
      try {
        await store.migrate();
        const now = Date.now();
        await store.pushJob("a", 1, { runAt: now });
        await store.pushJob("a", 2, { runAt: now });
        await store.pushJob("b", 3, { runAt: now });
        const [leased] = await store.claimJobs("b", "me", 60_000, 1, now);
        await store.completeJob(leased!.id, "me", null);
        await store.pushJob("b", 4, { runAt: now });
        const [dying] = await store.claimJobs("b", "me", 60_000, 1, now);
        await store.failJob(dying!.id, "me", "boom", null, null);
        await store.pushJob("b", 5, { runAt: now });
        await store.claimJobs("b", "me", 60_000, 1, now);
        const stats = await store.stats();
        const jobs = stats.jobs.map((j) => `${j.queue}/${j.state}=${j.count}`).sort();
        assert.deepEqual(jobs, ["a/pending=2", "b/dead=1", "b/leased=1"]);
        assert.deepEqual(stats.durable, []);
        await store.ping();
      } finally {
        await store.close();
        await b.dispose();
      }
    });
  }
});
