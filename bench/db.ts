// Kitwork db() benchmark: `npm run bench:db -- [--quick] [--profile] [--db sqlite,postgres] [--pg <url>]`.
//
// What a query costs through a compiled Kitwork script — Runtime.runToEnd with a fresh
// run context per run (as the executor does), the program compiled once, the
// Connections reused — next to the same query issued through Kysely directly, on the
// same Kysely instance (`(await connections.get("default")).kysely`), in this process,
// in this run. Variants are timed in interleaved batches (the order flips every round)
// so drift — other processes, thermal, GC debt — lands on all of them alike.
//
// Variants, per query and database:
//   kitwork         the script: `const id = work().payload; return db()…first()/take(10);`
//   kysely direct   the same SQL built and run with Kysely (same instance, same ids)
//   vm-only         the same script with the db call replaced by a constant (`return null`)
//   builder-only    the script up to, not including, the terminal (db().from().where()…)
// so kitwork − direct is Kitwork's overhead, and vm-only / builder-only show how much of
// it is the run itself and the builder chain; the rest is the terminal's host side
// (suspend/resume, row conversion into VM values).
//
// Each variant also reports this process's CPU time per query (process.cpuUsage): with
// SQLite it tracks wall time; with PostgreSQL the gap is waiting on the server.
//
// Target (information, not an assertion): Kitwork adds ≤ 20% over direct Kysely, taken
// as the median over rounds of the paired ratio kitwork/direct.
//
// --profile adds a pass under V8's CPU profiler (the inspector's, as `--cpu-prof` uses),
// kitwork and direct interleaved in one profile, samples attributed per batch.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { Runtime, compile, toHost, type Program } from "../src/index.ts";
import { Connections, redact } from "../src/db/connections.ts";
import { DbContext, compileSelect, type QueryState } from "../src/db/query.ts";
import { newRunContext } from "../src/runtime/context.ts";
import { collectGarbage, hasExposedGc, nowNs, summarize, type Stats } from "./harness.ts";
import type { CpuProfile } from "./http/profile.ts";
import { profilerCommands } from "./http/serve-common.ts";
import { formatNs, printTargets, type TargetResult } from "./report.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TABLE = "bench_users";
const ROWS = 10_000;
const RANGE = 10;
const TARGET_OVERHEAD = 0.2;
const DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test";
const USAGE = `usage: npm run bench:db -- [--quick] [--profile] [--db sqlite,postgres] [--pg <url>]
  --quick     ~20 s instead of ~2 min
  --profile   afterwards, kitwork and direct batches again, interleaved, under V8's CPU
              profiler: main-thread time per query by origin for both, Kitwork's top
              self-time functions (file:line), and where else kitwork spends more
  --db        databases to measure (default: sqlite,postgres; postgres is skipped with a
              notice when unreachable)
  --pg        PostgreSQL URL (default ${DEFAULT_PG})`;

type DbName = "sqlite" | "postgres";
type AnyKysely = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type AnySelect = SelectQueryBuilder<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Settings {
  quick: boolean;
  profile: boolean;
  dbs: DbName[];
  pgUrl: string;
  /** Warm-up per (database, query), all variants. */
  warmupMs: number;
  /** Sampling time per (database, query). */
  budgetMs: number;
  /** Target duration of one direct-Kysely batch; every variant runs the same ids. */
  batchMs: number;
  minRounds: number;
  maxRounds: number;
  profileMs: number;
}

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseCli(): Settings {
  let values: { quick?: boolean; profile?: boolean; db?: string; pg?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        quick: { type: "boolean", default: false },
        profile: { type: "boolean", default: false },
        db: { type: "string", default: "sqlite,postgres" },
        pg: { type: "string", default: process.env.KITWORK_BENCH_PG ?? DEFAULT_PG },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (err) {
    usageError((err as Error).message);
  }
  if (values.help) usageError("");
  const dbs = (values.db ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const d of dbs) if (d !== "sqlite" && d !== "postgres") usageError(`unknown database ${JSON.stringify(d)} (sqlite, postgres)`);
  const quick = values.quick ?? false;
  return {
    quick,
    profile: values.profile ?? false,
    dbs: dbs as DbName[],
    pgUrl: values.pg ?? DEFAULT_PG,
    // 2 databases × 2 queries: full ≈ 4 × (1.5 + 20) s + seeding ≈ 1.5 min; quick ≈ 4 × 4 s.
    ...(quick
      ? { warmupMs: 400, budgetMs: 3500, batchMs: 4, minRounds: 15, maxRounds: 100_000, profileMs: 3000 }
      : { warmupMs: 1500, budgetMs: 20_000, batchMs: 12, minRounds: 40, maxRounds: 100_000, profileMs: 8000 }),
  };
}

// ---------------------------------------------------------------- queries

interface QueryCase {
  name: string;
  description: string;
  /** The Kitwork script (the id arrives as the run's payload). */
  script: string;
  /** The script up to, not including, the terminal. */
  builderOnly: string;
  /** The same query built with Kysely: compiled for the same-SQL check, run by `direct`. */
  build: (k: AnyKysely, id: number) => AnySelect;
  /** The direct variant: `build` run with the terminal matching the script's. */
  direct: (k: AnyKysely, id: number) => Promise<unknown>;
  /** The builder state the script's terminal compiles, for the same-SQL check. */
  state: (id: number) => QueryState;
  /** Rows every drawn id yields. */
  rows: number;
  /** Draws an id from r ∈ [0, 1). */
  id: (r: number) => number;
  /** Largest id drawn (checked). */
  maxId: number;
}

const PREFIX = "const id = work().payload;\n";
const VM_ONLY = `${PREFIX}return null;\n`;

function state(over: Partial<QueryState>): QueryState {
  return { conn: "default", table: TABLE, select: [], wheres: [], joins: [], order: [], group: [], limit: null, offset: null, everyRow: false, ...over };
}

const CASES: QueryCase[] = [
  {
    name: "point-select",
    description: `db().from("${TABLE}").where("id", id).first()`,
    script: `${PREFIX}return db().from("${TABLE}").where("id", id).first();\n`,
    builderOnly: `${PREFIX}const q = db().from("${TABLE}").where("id", id);\nreturn null;\n`,
    build: (k, id) => k.selectFrom(TABLE).selectAll().where("id", "=", id).limit(1),
    direct: (k, id) => CASES[0]!.build(k, id).executeTakeFirst(),
    state: (id) => state({ wheres: [{ bool: "and", kind: "cmp", col: "id", op: "=", value: id }], limit: 1 }),
    rows: 1,
    id: (r) => 1 + Math.floor(r * ROWS),
    maxId: ROWS,
  },
  {
    name: "range-10",
    description: `db().from("${TABLE}").where("id", ">", id).orderBy("id").take(${RANGE})`,
    script: `${PREFIX}return db().from("${TABLE}").where("id", ">", id).orderBy("id").take(${RANGE});\n`,
    builderOnly: `${PREFIX}const q = db().from("${TABLE}").where("id", ">", id).orderBy("id");\nreturn null;\n`,
    build: (k, id) => k.selectFrom(TABLE).selectAll().where("id", ">", id).orderBy("id", "asc").limit(RANGE),
    direct: (k, id) => CASES[1]!.build(k, id).execute(),
    state: (id) => state({ wheres: [{ bool: "and", kind: "cmp", col: "id", op: ">", value: id }], order: [{ col: "id", dir: "asc" }], limit: RANGE }),
    rows: RANGE,
    id: (r) => Math.floor(r * (ROWS - RANGE + 1)),
    maxId: ROWS - RANGE,
  },
];

// ---------------------------------------------------------------- databases

interface Database {
  name: DbName;
  label: string;
  connections: Connections;
  kysely: AnyKysely;
  cleanup: () => Promise<void>;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

async function openDatabase(name: DbName, s: Settings): Promise<Database | string> {
  let url: string;
  let dir: string | null = null;
  let label: string;
  if (name === "sqlite") {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-bench-db-"));
    url = `sqlite:${path.join(dir, "bench.db")}`;
    label = "SQLite (better-sqlite3, temp file, WAL)";
  } else {
    url = s.pgUrl;
    label = `PostgreSQL (pg, pool max 10, ${redact(url)})`;
  }
  const connections = new Connections([{ name: "default", url }]);
  const cleanupDir = () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
  let kysely: AnyKysely;
  try {
    kysely = (await withTimeout(connections.get("default"), 5000, "connect")).kysely;
    const version = await withTimeout(
      sql<{ v: string }>`select ${sql.raw(name === "sqlite" ? "sqlite_version()" : "version()")} as v`.execute(kysely),
      5000,
      "select version",
    );
    label += ` — ${String(version.rows[0]?.v ?? "?").split(" on ")[0]}`;
  } catch (err) {
    await connections.closeAll().catch(() => {});
    cleanupDir();
    return `${name} unreachable (${redact(String((err as Error).message))}) — skipped`;
  }
  await seed(name, kysely);
  return {
    name,
    label,
    connections,
    kysely,
    cleanup: async () => {
      if (name === "postgres") await sql`drop table if exists ${sql.table(TABLE)}`.execute(kysely).catch(() => {});
      await connections.closeAll();
      cleanupDir();
    },
  };
}

/** (Re)creates the table with ROWS users, ids 1..ROWS, and refreshes the planner's statistics. */
async function seed(name: DbName, k: AnyKysely): Promise<void> {
  const started = nowNs();
  await sql`drop table if exists ${sql.table(TABLE)}`.execute(k);
  const created = name === "postgres" ? "timestamp" : "text";
  await sql`create table ${sql.table(TABLE)} (id integer primary key, name varchar(100) not null, email varchar(200) not null, age integer not null, active integer not null, created_at ${sql.raw(created)} not null)`.execute(k);
  const base = Date.UTC(2024, 0, 1);
  await k.transaction().execute(async (trx) => {
    for (let from = 1; from <= ROWS; from += 500) {
      const rows = [];
      for (let id = from; id < from + 500 && id <= ROWS; id++) {
        const at = new Date(base + id * 60_000).toISOString();
        rows.push({ id, name: `User ${id}`, email: `user${id}@example.com`, age: 18 + (id % 60), active: id % 3 === 0 ? 0 : 1, created_at: at });
      }
      await trx.insertInto(TABLE).values(rows).execute();
    }
  });
  await sql`${sql.raw(name === "postgres" ? `vacuum analyze ${TABLE}` : "analyze")}`.execute(k);
  console.log(`   seeded ${ROWS.toLocaleString("en-US")} rows in ${((nowNs() - started) / 1e6).toFixed(0)} ms`);
}

// ---------------------------------------------------------------- running

/** Deterministic ids (mulberry32), so runs are reproducible and variants see the same ids. */
function idStream(seed: number, q: QueryCase): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return q.id(((t ^ (t >>> 14)) >>> 0) / 4294967296);
  };
}

// Results are written here so V8 cannot treat a run as dead code.
let sink: unknown;

type Batch = (ids: readonly number[]) => Promise<number>;

interface Variant {
  key: "kitwork" | "direct" | "vmOnly" | "builderOnly";
  batch: Batch;
}

/** One Kitwork run per id: fresh run context with the db capability, compiled program reused. */
function kitworkBatch(rt: Runtime, program: Program, connections: Connections): Batch {
  return async (ids) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < ids.length; i++) {
      const ctx = newRunContext({ trigger: "run", input: { payload: ids[i] } });
      ctx.db = new DbContext(connections);
      ctx.capabilities.db = rt.db;
      sink = await rt.runToEnd(program, { context: ctx });
    }
    return Number(process.hrtime.bigint() - start);
  };
}

function directBatch(k: AnyKysely, q: QueryCase): Batch {
  return async (ids) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < ids.length; i++) sink = await q.direct(k, ids[i]!);
    return Number(process.hrtime.bigint() - start);
  };
}

/** Same-answer and same-SQL checks before timing; returns problems (empty when fine). */
async function check(db: Database, q: QueryCase, rt: Runtime, program: Program): Promise<string[]> {
  const problems: string[] = [];
  // Compared as data: times as epoch ms (Kitwork hands out ISO strings, pg Dates), bigints
  // (better-sqlite3 with safe integers) as numbers.
  const norm = (v: unknown) =>
    JSON.stringify(v, (_k, x) => {
      if (typeof x === "bigint") return Number(x);
      if (typeof x === "string" && /^\d{4}-\d\d-\d\dT/.test(x)) return new Date(x).getTime();
      return x;
    });
  for (const id of [1, 4242, q.maxId]) {
    const ctx = newRunContext({ trigger: "run", input: { payload: id } });
    ctx.db = new DbContext(db.connections);
    ctx.capabilities.db = rt.db;
    const kit = toHost(await rt.runToEnd(program, { context: ctx }));
    const direct = (await q.direct(db.kysely, id)) ?? null;
    const rows = Array.isArray(direct) ? direct.length : direct === null ? 0 : 1;
    if (rows !== q.rows) problems.push(`id ${id}: direct returned ${rows} row(s)`);
    if (norm(kit) !== norm(direct)) problems.push(`id ${id}: kitwork ${norm(kit).slice(0, 200)} ≠ direct ${norm(direct).slice(0, 200)}`);
  }
  try {
    const kit = compileSelect(db.kysely, q.state(7), db.name);
    const direct = q.build(db.kysely, 7).compile();
    if (kit.sql !== direct.sql || norm(kit.parameters) !== norm(direct.parameters)) {
      problems.push(`SQL differs: kitwork ${kit.sql} ${norm(kit.parameters)} vs direct ${direct.sql} ${norm(direct.parameters)}`);
    } else console.log(`   SQL (both): ${kit.sql}  ${norm(kit.parameters)}`);
  } catch (err) {
    console.log(`   SQL check skipped: ${(err as Error).message}`);
  }
  return problems;
}

interface CaseResult {
  db: DbName;
  query: string;
  batch: number;
  rounds: number;
  stats: Record<Variant["key"], Stats>;
  /** Paired per-round kitwork/direct time ratio. */
  ratio: Stats;
  /** This process's CPU time (user + system, all threads) per query, per variant. */
  cpu: Record<Variant["key"], Stats>;
  problems: string[];
}

async function runCase(db: Database, q: QueryCase, rt: Runtime, s: Settings, seed: number): Promise<CaseResult> {
  const program = compile(q.script, `${q.name}.js`);
  const variants: Variant[] = [
    { key: "kitwork", batch: kitworkBatch(rt, program, db.connections) },
    { key: "direct", batch: directBatch(db.kysely, q) },
    { key: "vmOnly", batch: kitworkBatch(rt, compile(VM_ONLY, `${q.name}-vm.js`), db.connections) },
    { key: "builderOnly", batch: kitworkBatch(rt, compile(q.builderOnly, `${q.name}-builder.js`), db.connections) },
  ];
  const problems = await check(db, q, rt, program);
  for (const p of problems) {
    const msg = `!!! ${db.name} ${q.name}: ${p}`;
    console.log(msg);
    console.error(msg);
    process.exitCode = 1;
  }
  const next = idStream(seed, q);
  const ids = (n: number) => Array.from({ length: n }, next);

  // Warm-up: every variant, interleaved, until warmupMs has passed; sizes the batch from the direct path.
  const warmEnd = nowNs() + s.warmupMs * 1e6;
  const directPerQuery: number[] = [];
  while (nowNs() < warmEnd || directPerQuery.length < 5) {
    const round = ids(20);
    for (const v of variants) {
      const t = await v.batch(round);
      if (v.key === "direct") directPerQuery.push(t / round.length);
    }
  }
  const typical = summarize(directPerQuery.slice(directPerQuery.length >> 1), 1).median;
  const batch = Math.max(10, Math.round((s.batchMs * 1e6) / typical));

  collectGarbage();
  const per: Record<Variant["key"], number[]> = { kitwork: [], direct: [], vmOnly: [], builderOnly: [] };
  const cpu: Record<Variant["key"], number[]> = { kitwork: [], direct: [], vmOnly: [], builderOnly: [] };
  const ratios: number[] = [];
  const deadline = nowNs() + s.budgetMs * 1e6;
  let rounds = 0;
  while (rounds < s.minRounds || (rounds < s.maxRounds && nowNs() < deadline)) {
    const round = ids(batch);
    const order = rounds % 2 === 0 ? variants : [...variants].reverse();
    const t: Partial<Record<Variant["key"], number>> = {};
    for (const v of order) {
      const c0 = process.cpuUsage();
      t[v.key] = (await v.batch(round)) / batch;
      const c = process.cpuUsage(c0);
      cpu[v.key].push(((c.user + c.system) * 1e3) / batch);
    }
    for (const v of variants) per[v.key].push(t[v.key]!);
    ratios.push(t.kitwork! / t.direct!);
    rounds++;
  }
  void sink;
  return {
    db: db.name,
    query: q.name,
    batch,
    rounds,
    stats: {
      kitwork: summarize(per.kitwork, batch),
      direct: summarize(per.direct, batch),
      vmOnly: summarize(per.vmOnly, batch),
      builderOnly: summarize(per.builderOnly, batch),
    },
    ratio: summarize(ratios, 1),
    cpu: {
      kitwork: summarize(cpu.kitwork, batch),
      direct: summarize(cpu.direct, batch),
      vmOnly: summarize(cpu.vmOnly, batch),
      builderOnly: summarize(cpu.builderOnly, batch),
    },
    problems,
  };
}

// ---------------------------------------------------------------- report

function us(ns: number): string {
  return Number.isFinite(ns) ? (ns / 1e3).toFixed(2) : "—";
}

function pct(r: number): string {
  return `${r >= 1 ? "+" : ""}${((r - 1) * 100).toFixed(1)}%`;
}

function printTable(header: readonly string[], rows: readonly string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(fmt(r));
}

const LABELS: Record<Variant["key"], string> = {
  kitwork: "kitwork",
  direct: "kysely direct",
  vmOnly: "vm-only (db call → null)",
  builderOnly: "builder-only (no terminal)",
};

function printCase(r: CaseResult): void {
  const d = r.stats.direct.median;
  const k = r.stats.kitwork.median;
  const rows = (["kitwork", "direct", "vmOnly", "builderOnly"] as const).map((key) => {
    const st = r.stats[key];
    const vs = key === "direct" ? "—" : key === "kitwork" ? `${pct(r.ratio.median)} (paired)` : `${((100 * st.median) / d).toFixed(1)}% of direct`;
    return [r.query, LABELS[key], us(st.median), us(st.p10), us(st.p90), vs, us(r.cpu[key].median)];
  });
  printTable(["query", "variant", "median µs", "p10 µs", "p90 µs", "vs direct", "cpu µs"], rows);
  const extra = k - d;
  console.log(
    `   overhead: kitwork − direct = ${formatNs(extra)}/query; paired ratio p10 ${pct(r.ratio.p10)}, p90 ${pct(r.ratio.p90)}; ` +
      `ratio of medians ${pct(k / d)}; of the extra, vm run ≈ ${formatNs(r.stats.vmOnly.median)}, builder chain ≈ ${formatNs(Math.max(0, r.stats.builderOnly.median - r.stats.vmOnly.median))}, ` +
      `terminal's host side ≈ ${formatNs(extra - r.stats.builderOnly.median)}`,
  );
  const cpuExtra = r.cpu.kitwork.median - r.cpu.direct.median;
  console.log(
    `   cpu (this process, median per query): kitwork − direct = ${formatNs(cpuExtra)} (${pct(r.cpu.kitwork.median / r.cpu.direct.median)})` +
      (r.db === "postgres" ? `; direct spends ${formatNs(r.cpu.direct.median)} of its ${formatNs(d)} on this process's CPU, the rest waiting on the server` : ""),
  );
  console.log(`   ${r.rounds} rounds × ${r.batch} queries per variant`);
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function statsJson(st: Stats): Record<string, number> {
  return { medianNs: round3(st.median), p10Ns: round3(st.p10), p90Ns: round3(st.p90), minNs: round3(st.min), samples: st.samples, batch: st.batch };
}

function target(r: CaseResult): TargetResult {
  const measured = (r.ratio.median - 1) * 100;
  return {
    caseName: `db-${r.query} ${r.db}`,
    label: `kitwork ≤ ${TARGET_OVERHEAD * 100}% over direct Kysely (paired median)`,
    status: r.problems.length ? "SKIP" : measured <= TARGET_OVERHEAD * 100 ? "PASS" : "MISS",
    measured,
    limit: TARGET_OVERHEAD * 100,
    unit: "%",
  };
}

function printBench(r: CaseResult, s: Settings, t: TargetResult): void {
  const line = {
    case: `db-${r.query}`,
    db: r.db,
    quick: s.quick,
    node: process.version,
    unit: "ns/query",
    rows: ROWS,
    rounds: r.rounds,
    batch: r.batch,
    variants: Object.fromEntries(Object.entries(r.stats).map(([k, st]) => [k, statsJson(st)])),
    cpuNsPerQuery: Object.fromEntries(Object.entries(r.cpu).map(([k, st]) => [k, round3(st.median)])),
    overhead: {
      pairedMedian: round3(r.ratio.median),
      pairedP10: round3(r.ratio.p10),
      pairedP90: round3(r.ratio.p90),
      ratioOfMedians: round3(r.stats.kitwork.median / r.stats.direct.median),
      extraNs: round3(r.stats.kitwork.median - r.stats.direct.median),
    },
    check: r.problems.length ? r.problems : "ok",
    target: t,
  };
  console.log(`BENCH ${JSON.stringify(line)}`);
}

// ---------------------------------------------------------------- profile

/**
 * --profile: the Kitwork and direct variants, interleaved in batches as in the timed
 * pass, under one V8 CPU profile; each sample is attributed to the batch it fell in
 * (the profiler's clock is the monotonic clock hrtime reads). Prints where the main
 * thread's time goes per query, side by side, and Kitwork's own (src/) functions.
 */
async function profilePass(dbs: readonly Database[], rt: Runtime, s: Settings): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-bench-db-prof-"));
  const prof = profilerCommands();
  const usNow = () => Number(process.hrtime.bigint() / 1000n);
  for (const db of dbs) {
    for (const q of CASES) {
      const variants: Array<{ key: "kitwork" | "direct"; batch: Batch }> = [
        { key: "kitwork", batch: kitworkBatch(rt, compile(q.script, `${q.name}.js`), db.connections) },
        { key: "direct", batch: directBatch(db.kysely, q) },
      ];
      const next = idStream(99, q);
      const ids = () => Array.from({ length: 50 }, next);
      for (const v of variants) await v.batch(ids()); // warm
      const file = path.join(dir, `${db.name}-${q.name}.cpuprofile`);
      const windows: Window[] = [];
      const queries = { kitwork: 0, direct: 0 };
      await prof["profile-start"]!(["100"]);
      const end = nowNs() + s.profileMs * 1e6;
      for (let round = 0; nowNs() < end; round++) {
        for (const v of round % 2 === 0 ? variants : [...variants].reverse()) {
          const batch = ids();
          const start = usNow();
          await v.batch(batch);
          windows.push({ start, end: usNow(), key: v.key });
          queries[v.key] += batch.length;
        }
      }
      await prof["profile-stop"]!([file]);
      const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
      const [kit, direct] = summarizeWindows(profile, windows, queries);
      console.log(`\n== profile: ${db.name} ${q.name} — ${queries.kitwork} kitwork and ${queries.direct} direct queries, interleaved, ${s.profileMs} ms (not timed: the profiler slows both)`);
      console.log(`   profile: ${file}`);
      printProfileComparison(kit!, direct!);
    }
  }
}

interface Window {
  start: number;
  end: number;
  key: "kitwork" | "direct";
}

interface ProfileSummary {
  queries: number;
  /** Busy (non-idle) µs of main-thread time. */
  busy: number;
  /** µs by origin: kitwork (src/), kysely, a package, node/native, (garbage collector)… */
  origins: Map<string, number>;
  /** µs of self time by "function\0file:line". */
  functions: Map<string, number>;
}

function originOf(url: string, fn: string): string {
  if (url.startsWith("src/")) return "kitwork (src/)";
  if (url.startsWith("bench/")) return "bench loop";
  const pkg = url.split("node_modules/")[1];
  if (pkg !== undefined) return pkg.split("/")[0]!;
  if (fn.startsWith("(")) return fn;
  return "node/native";
}

/** Self time per variant: each sample goes to the batch window it fell in (samples between batches are dropped). */
function summarizeWindows(profile: CpuProfile, windows: readonly Window[], queries: Record<Window["key"], number>): ProfileSummary[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out: Record<Window["key"], ProfileSummary> = {
    kitwork: { queries: queries.kitwork, busy: 0, origins: new Map(), functions: new Map() },
    direct: { queries: queries.direct, busy: 0, origins: new Map(), functions: new Map() },
  };
  let t = profile.startTime;
  let w = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    while (w < windows.length && windows[w]!.end < t) w++;
    const win = windows[w];
    if (!win || t < win.start) continue;
    const cf = byId.get(profile.samples[i]!)?.callFrame as (CpuProfile["nodes"][number]["callFrame"] & { originalUrl?: string; originalLine?: number }) | undefined;
    if (!cf || cf.functionName === "(idle)") continue;
    const sum = out[win.key];
    sum.busy += dt;
    let url = cf.originalUrl ?? cf.url;
    if (url.startsWith("file://")) url = fileURLToPath(url);
    if (path.isAbsolute(url)) url = path.relative(ROOT, url);
    const origin = originOf(url, cf.functionName);
    sum.origins.set(origin, (sum.origins.get(origin) ?? 0) + dt);
    const line = cf.originalLine ?? cf.lineNumber + 1;
    const where = url ? `${url.replace(/^.*node_modules\//, "")}:${line}` : "(native)";
    const key = `${cf.functionName || "(anonymous)"}\u0000${where}`;
    sum.functions.set(key, (sum.functions.get(key) ?? 0) + dt);
  }
  return [out.kitwork, out.direct];
}

function printProfileComparison(kit: ProfileSummary, direct: ProfileSummary): void {
  const perQ = (p: ProfileSummary, us: number | undefined) => (us ?? 0) / p.queries;
  const f = (n: number) => n.toFixed(2);
  const d = (n: number) => `${n >= 0 ? "+" : ""}${n.toFixed(2)}`;
  const origins = [...new Set([...kit.origins.keys(), ...direct.origins.keys()])]
    .map((o) => [o, perQ(kit, kit.origins.get(o)), perQ(direct, direct.origins.get(o))] as const)
    .filter(([, a, b]) => a >= 0.05 || b >= 0.05)
    .sort((x, y) => y[1] - y[2] - (x[1] - x[2]));
  const rows = origins.map(([o, a, b]) => [o, f(a), f(b), d(a - b)]);
  rows.push(["main thread, total", f(kit.busy / kit.queries), f(direct.busy / direct.queries), d(kit.busy / kit.queries - direct.busy / direct.queries)]);
  console.log("   -- main-thread self time by origin, µs per query");
  for (const line of table(["origin", "kitwork", "direct", "Δ"], rows, 1)) console.log(`   ${line}`);

  const src = [...kit.functions.entries()].filter(([k]) => k.includes("\u0000src/")).sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log("   -- top Kitwork (src/) self time in the kitwork run");
  const srcRows = src.map(([k, t]) => {
    const [name, loc] = k.split("\u0000");
    return [f(perQ(kit, t)), `${((100 * t) / kit.busy).toFixed(1)}%`, name!, loc!];
  });
  for (const line of table(["µs/query", "% busy", "function", "location"], srcRows, 2, true)) console.log(`   ${line}`);

  const keys = new Set([...kit.functions.keys(), ...direct.functions.keys()]);
  const deltas = [...keys]
    .filter((k) => !k.includes("\u0000src/"))
    .map((k) => [k, perQ(kit, kit.functions.get(k)) - perQ(direct, direct.functions.get(k))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10);
  console.log("   -- outside src/: functions the kitwork run spends more self time in than the direct run");
  const deltaRows = deltas.map(([k, t]) => {
    const [name, loc] = k.split("\u0000");
    return [d(t), name!, loc!];
  });
  for (const line of table(["Δ µs/query", "function", "location"], deltaRows, 1, true)) console.log(`   ${line}`);
}

/** Rows as aligned lines: the first `numeric` columns (or all but the first) right-aligned. */
function table(header: string[], rows: string[][], numeric: number, numbersFirst = false): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const right = (i: number) => (numbersFirst ? i < numeric : i > 0);
  const fmt = (c: string[]) => c.map((x, i) => (right(i) ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join("  ").trimEnd();
  return [fmt(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt)];
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const s = parseCli();
  const started = nowNs();
  const cpu = os.cpus()[0]?.model ?? "unknown cpu";
  console.log(`Kitwork db bench — node ${process.version} (V8 ${process.versions.v8}), ${cpu} x${os.cpus().length}, load ${os.loadavg()[0]!.toFixed(2)}, ${s.quick ? "quick" : "full"} mode`);
  console.log(`one query per run, sequential; times are per query; variants interleaved in batches over the same ids; ${ROWS.toLocaleString("en-US")} rows`);
  if (!hasExposedGc()) console.log("NOTICE: without --expose-gc, no forced GC between cases (fine: GC cost is part of each variant)");
  const rt = new Runtime();
  const targets: TargetResult[] = [];
  const open: Database[] = [];
  try {
    for (const name of s.dbs) {
      console.log(`\n== ${name}`);
      const db = await openDatabase(name, s);
      if (typeof db === "string") {
        console.log(`NOTICE: ${db}`);
        targets.push(...CASES.map((q) => ({ caseName: `db-${q.name} ${name}`, label: "unreachable", status: "SKIP" as const, limit: TARGET_OVERHEAD * 100, unit: "%" })));
        continue;
      }
      open.push(db);
      console.log(`   ${db.label}`);
      for (const [i, q] of CASES.entries()) {
        console.log(`\n-- ${name} ${q.name}: ${q.description}`);
        const r = await runCase(db, q, rt, s, 1 + i);
        printCase(r);
        const t = target(r);
        printBench(r, s, t);
        targets.push(t);
      }
    }
    printTargets(targets);
    console.log(`\ntotal ${((nowNs() - started) / 1e9).toFixed(1)} s`);
    if (s.profile && open.length) await profilePass(open, rt, s);
  } finally {
    for (const db of open) await db.cleanup();
  }
}

await main();
