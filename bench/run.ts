// Kitwork benchmark: `npm run bench -- [--quick] [--only <case>[,<case>...]] [--first-rounds N]`.
// Every figure is measured in this process, in this run, next to the
// baselines, so ratios are never mixed across machines or sessions.
// Then each run case's first run in a fresh process (bench/first-run.ts, one child per
// case and engine, so V8 starts cold) for kitwork, QuickJS-wasm and node:vm, rounds
// interleaved, medians beside the warm figures (--first-rounds 0 skips it).

import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { parseArgs } from "node:util";
import * as acorn from "acorn";
import { CASES, type BenchCase, type CompileCase, type RunCase } from "./cases.ts";
import { loadEngines, type Engine, type KitworkLoad } from "./engines.ts";
import {
  collectGarbage,
  countGc,
  hasExposedGc,
  measure,
  nowNs,
  type MeasureOptions,
} from "./harness.ts";
import {
  mbPerSec,
  printBenchLine,
  printCaseHeader,
  printCompileTable,
  printRunTable,
  printTable,
  printTargets,
  formatNs,
  type EngineRow,
  type TargetResult,
} from "./report.ts";

interface Settings {
  quick: boolean;
  only: Set<string> | null;
  /** Sampling for each engine in each case. */
  sampling: Omit<MeasureOptions, "batch" | "minBatchMs">;
  /** Fresh processes per case and engine for the first-run column (0: none). */
  firstRounds: number;
}

const USAGE = "usage: npm run bench -- [--quick] [--only <case>[,<case>...]] [--first-rounds N]";

/** Exits with usage on bad arguments (a stack trace helps nobody here). */
function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseCli(): Settings {
  let values: { quick?: boolean; only?: string; help?: boolean; "first-rounds"?: string };
  try {
    ({ values } = parseArgs({
      options: {
        quick: { type: "boolean", default: false },
        only: { type: "string" },
        "first-rounds": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (err) {
    usageError((err as Error).message);
  }
  if (values.help) usageError(`cases: ${CASES.map((c) => c.name).join(", ")}`);
  const names = values.only?.split(",").map((s) => s.trim()).filter(Boolean);
  const known = new Set(CASES.map((c) => c.name));
  const unknown = names?.filter((n) => !known.has(n)) ?? [];
  if (unknown.length > 0) {
    usageError(`unknown case(s) ${unknown.join(", ")}; known: ${[...known].join(", ")}`);
  }
  const quick = values.quick ?? false;
  const firstRounds = Number(values["first-rounds"] ?? (quick ? 1 : 3));
  if (!Number.isInteger(firstRounds) || firstRounds < 0) usageError("--first-rounds takes a whole number");
  return {
    quick,
    firstRounds,
    only: names ? new Set(names) : null,
    // Budgets keep the full run within ~3 min and --quick within ~30 s on 2 cores;
    // slow engines stop at minSamples, fast ones collect up to maxSamples.
    sampling: quick
      ? { warmupMs: 50, minSamples: 2, maxSamples: 15, budgetMs: 250 }
      : { warmupMs: 400, minSamples: 7, maxSamples: 60, budgetMs: 4000 },
  };
}

/** Same value, treating results from other realms/engines structurally. */
function sameResult(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function loudMismatch(caseName: string, row: EngineRow, expected: unknown): void {
  const got = row.outcome === "error" ? `threw ${row.error}` : `returned ${JSON.stringify(row.result)}`;
  const msg = `!!! ${caseName}: ${row.engine} ${got}, expected ${JSON.stringify(expected)}`;
  console.log(msg);
  console.error(msg);
  process.exitCode = 1;
}

/** Prepares and check-runs once; the check run doubles as the first warm-up. */
function checkEngine(
  engine: Engine,
  c: RunCase,
): { row: EngineRow; run?: () => unknown; spentNs: number } {
  const start = nowNs();
  try {
    const run = engine.prepare(c.source, `${c.name}.js`, c.async);
    const result = run();
    const outcome = sameResult(result, c.expected) ? "ok" : "mismatch";
    return { row: { engine: engine.name, outcome, result }, run, spentNs: nowNs() - start };
  } catch (err) {
    return { row: { engine: engine.name, outcome: "error", error: String(err) }, spentNs: 0 };
  }
}

async function runCase(c: RunCase, engines: readonly Engine[], s: Settings): Promise<EngineRow[]> {
  const rows: EngineRow[] = [];
  for (const engine of engines) {
    if (c.async && !engine.settlesAsync) continue;
    collectGarbage();
    const { row, run, spentNs } = checkEngine(engine, c);
    if (row.outcome !== "ok") loudMismatch(c.name, row, c.expected);
    if (run) {
      // Mismatching engines are still timed (flagged), since a wrong answer
      // from a VM under development is still worth seeing the cost of.
      row.stats = measure(run, { ...s.sampling, batch: c.minBatchMs > 0 ? 0 : 1, minBatchMs: c.minBatchMs }, spentNs);
      if (c.gcRuns) row.gc = await countGc(run, c.gcRuns);
    }
    rows.push(row);
  }
  return rows;
}

interface Compiler {
  name: string;
  compile: (text: string) => unknown;
}

function compilers(kitwork: KitworkLoad): Compiler[] {
  const list: Compiler[] = [
    // Parse only: the floor for any JS-in-JS compiler that starts from source.
    { name: "acorn.parse", compile: (t) => acorn.parse(t, { ecmaVersion: "latest" }) },
    // V8 compiles lazily (inner functions are only pre-parsed), so this is an
    // optimistic bound for a full compile, not like-for-like.
    { name: "vm.Script", compile: (t) => new vm.Script(t) },
  ];
  if (kitwork.ok) list.push({ name: "kitwork", compile: (t) => kitwork.api.compile(t, "compile.js") });
  return list;
}

function compileCase(text: string, kitwork: KitworkLoad, s: Settings): EngineRow[] {
  const bytes = Buffer.byteLength(text);
  let serial = 0;
  const rows: EngineRow[] = [];
  for (const compiler of compilers(kitwork)) {
    collectGarbage();
    // A fresh trailing comment per run defeats V8's source-keyed compilation
    // cache; applied to every compiler so all see identical work.
    const run = (): unknown => compiler.compile(`${text}\n// run ${serial++}`);
    const row: EngineRow = { engine: compiler.name, outcome: "ok", bytes };
    try {
      const start = nowNs();
      run();
      row.stats = measure(run, { ...s.sampling, batch: 1, minBatchMs: 0 }, nowNs() - start);
    } catch (err) {
      row.outcome = "error";
      row.error = String(err);
      loudMismatch("compile", row, "a successful compile");
    }
    rows.push(row);
  }
  return rows;
}

function kitworkMedian(rows: readonly EngineRow[]): number | undefined {
  const row = rows.find((r) => r.engine === "kitwork");
  return row?.outcome === "ok" ? row.stats?.median : undefined;
}

function runTarget(c: RunCase, rows: readonly EngineRow[]): TargetResult | undefined {
  if (c.targetNs === undefined) return undefined;
  const measured = kitworkMedian(rows);
  const status = measured === undefined ? "SKIP" : measured <= c.targetNs ? "PASS" : "MISS";
  return { caseName: c.name, label: `kitwork ≤ ${c.targetNs} ns/run`, status, measured, limit: c.targetNs, unit: "ns/run" };
}

function compileTarget(c: CompileCase, rows: readonly EngineRow[], bytes: number): TargetResult {
  const ns = kitworkMedian(rows);
  const measured = ns === undefined ? undefined : mbPerSec(bytes, ns);
  const status = measured === undefined ? "SKIP" : measured >= c.targetMBps ? "PASS" : "MISS";
  return { caseName: c.name, label: `kitwork.compile ≥ ${c.targetMBps} MB/s`, status, measured, limit: c.targetMBps, unit: "MB/s" };
}

function printEnvironment(s: Settings, kitwork: KitworkLoad, engines: readonly Engine[]): void {
  const cpu = os.cpus()[0]?.model ?? "unknown cpu";
  console.log(`Kitwork bench — node ${process.version} (V8 ${process.versions.v8}), ${cpu} x${os.cpus().length}, ${s.quick ? "quick" : "full"} mode`);
  console.log(`engines: ${engines.map((e) => e.name).join(", ")}`);
  if (!kitwork.ok) console.log(`NOTICE: kitwork engine skipped — ${kitwork.reason}`);
  if (!hasExposedGc()) console.log("NOTICE: run with --expose-gc (npm run bench does) so engines start from a clean heap");
}

async function runOne(
  c: BenchCase,
  engines: readonly Engine[],
  kitwork: KitworkLoad,
  s: Settings,
): Promise<TargetResult | undefined> {
  const meta = { quick: s.quick, node: process.version, kitwork: kitwork.ok ? "ok" : "skipped" };
  if (c.kind === "compile") {
    const text = c.source();
    const bytes = Buffer.byteLength(text);
    printCaseHeader(c.name, c.description, `${(bytes / 1e6).toFixed(2)} MB of source; one compile per sample`);
    const rows = compileCase(text, kitwork, s);
    printCompileTable(rows);
    const target = compileTarget(c, rows, bytes);
    printBenchLine(c.name, { ...meta, unit: "ns/compile", bytes }, rows, target);
    return target;
  }
  const batching = c.minBatchMs > 0 ? `batches ≥ ${c.minBatchMs} ms` : "one run per sample";
  printCaseHeader(c.name, c.description, `expected ${JSON.stringify(c.expected)}; ${batching}; time per run`);
  const rows = await runCase(c, engines, s);
  for (const r of rows) if (r.outcome === "ok" && r.stats) warm.set(`${c.name}/${r.engine}`, r.stats.median);
  printRunTable(rows);
  const target = runTarget(c, rows);
  printBenchLine(c.name, { ...meta, unit: "ns/run", expected: c.expected }, rows, target);
  return target;
}

/** Warm medians by "case/engine", for the first-run table. */
const warm = new Map<string, number>();
const FIRST_ENGINES = ["kitwork", "quickjs", "node:vm"] as const;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface FirstRun {
  engine: string;
  case: string;
  prepareNs: number;
  firstNs: number;
  ok: boolean;
}

/** One child process: the case's first run on one engine. */
function firstRun(engine: string, caseName: string): FirstRun {
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/first-run.ts"), engine, caseName], { cwd: ROOT, encoding: "utf8" });
  const line = out.split("\n").find((l) => l.startsWith("FIRST "));
  if (!line) throw new Error(`no FIRST line from ${engine} ${caseName}: ${out}`);
  return JSON.parse(line.slice(6)) as FirstRun;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

/** First runs in fresh processes, rounds interleaved (each round starts one engine further on). */
function firstRuns(s: Settings): TargetResult[] {
  const cases = CASES.filter((c): c is RunCase => c.kind === "run" && (!s.only || s.only.has(c.name)));
  if (s.firstRounds === 0 || cases.length === 0) return [];
  console.log(`
== first runs: each case's first run in a fresh process (one per case and engine), ${s.firstRounds} round(s), medians; load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  const got = new Map<string, FirstRun[]>();
  for (let round = 0; round < s.firstRounds; round++) {
    for (const c of cases) {
      for (let k = 0; k < FIRST_ENGINES.length; k++) {
        const engine = FIRST_ENGINES[(k + round) % FIRST_ENGINES.length]!;
        const r = firstRun(engine, c.name);
        if (!r.ok) loudMismatch(c.name, { engine, outcome: "mismatch" }, c.expected);
        const key = `${c.name}/${engine}`;
        got.set(key, [...(got.get(key) ?? []), r]);
      }
    }
  }
  const header = ["case", ...FIRST_ENGINES.flatMap((e) => [`${e} first`, `${e} warm`]), "kitwork prepare", "quickjs prepare", "kitwork first vs quickjs"];
  const rows: string[][] = [];
  const targets: TargetResult[] = [];
  for (const c of cases) {
    const first = (e: string) => median((got.get(`${c.name}/${e}`) ?? []).map((r) => r.firstNs));
    const prep = (e: string) => median((got.get(`${c.name}/${e}`) ?? []).map((r) => r.prepareNs));
    const kw = first("kitwork");
    const qj = first("quickjs");
    rows.push([
      c.name,
      ...FIRST_ENGINES.flatMap((e) => [formatNs(first(e)), formatNs(warm.get(`${c.name}/${e}`) ?? NaN)]),
      formatNs(prep("kitwork")),
      formatNs(prep("quickjs")),
      `${(kw / qj).toFixed(2)}×`,
    ]);
    console.log(`BENCH ${JSON.stringify({ case: `first-${c.name}`, rounds: s.firstRounds, runs: [...got.entries()].filter(([k]) => k.startsWith(`${c.name}/`)).flatMap(([, v]) => v) })}`);
    const both = Number.isFinite(kw) && Number.isFinite(qj);
    targets.push({ caseName: c.name, label: `kitwork first run (fresh process) ≤ QuickJS-wasm's ${formatNs(qj)}`, status: both ? (kw <= qj ? "PASS" : "MISS") : "SKIP", measured: kw / 1e6, limit: qj / 1e6, unit: "ms" });
    const kwWarm = warm.get(`${c.name}/kitwork`);
    const qjWarm = warm.get(`${c.name}/quickjs`);
    if (kwWarm !== undefined && qjWarm !== undefined) {
      targets.push({ caseName: c.name, label: `kitwork warm ≥ 2× faster than QuickJS-wasm (${formatNs(kwWarm)} vs ${formatNs(qjWarm)})`, status: qjWarm / kwWarm >= 2 ? "PASS" : "MISS", measured: qjWarm / kwWarm, limit: 2, unit: "× faster" });
    }
  }
  printTable(header, rows);
  console.log("(first: the first run after prepare — compile, context or realm — in a fresh process; warm: this run's median above)");
  return targets;
}

async function main(): Promise<void> {
  const settings = parseCli();
  const started = nowNs();
  const { engines, kitwork } = await loadEngines();
  printEnvironment(settings, kitwork, engines);
  const targets: TargetResult[] = [];
  try {
    for (const c of CASES) {
      if (settings.only && !settings.only.has(c.name)) continue;
      const target = await runOne(c, engines, kitwork, settings);
      if (target) targets.push(target);
    }
  } finally {
    for (const engine of engines) engine.dispose();
  }
  targets.push(...firstRuns(settings));
  printTargets(targets);
  console.log(`\ntotal ${((nowNs() - started) / 1e9).toFixed(1)} s`);
}

await main();
