// Kitwork benchmark: `npm run bench -- [--quick] [--only <case>[,<case>...]]`.
// Every figure is measured in this process, in this run, next to the
// baselines, so ratios are never mixed across machines or sessions.

import os from "node:os";
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
  printTargets,
  type EngineRow,
  type TargetResult,
} from "./report.ts";

interface Settings {
  quick: boolean;
  only: Set<string> | null;
  /** Sampling for each engine in each case. */
  sampling: Omit<MeasureOptions, "batch" | "minBatchMs">;
}

const USAGE = "usage: npm run bench -- [--quick] [--only <case>[,<case>...]]";

/** Exits with usage on bad arguments (a stack trace helps nobody here). */
function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseCli(): Settings {
  let values: { quick?: boolean; only?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        quick: { type: "boolean", default: false },
        only: { type: "string" },
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
  return {
    quick,
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
    const run = engine.prepare(c.source, `${c.name}.js`);
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
  printRunTable(rows);
  const target = runTarget(c, rows);
  printBenchLine(c.name, { ...meta, unit: "ns/run", expected: c.expected }, rows, target);
  return target;
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
  printTargets(targets);
  console.log(`\ntotal ${((nowNs() - started) / 1e9).toFixed(1)} s`);
}

await main();
