// Human-readable tables and machine-readable `BENCH {...}` lines.
// Formatting only: no timing or engine knowledge lives here.

import type { GcCounts, Stats } from "./harness.ts";

export type Outcome = "ok" | "mismatch" | "error";

export interface EngineRow {
  engine: string;
  outcome: Outcome;
  /** What the engine returned on the check run (or the error message). */
  result?: unknown;
  error?: string;
  stats?: Stats;
  gc?: GcCounts;
  /** Bytes of source compiled per run (compile case only). */
  bytes?: number;
}

export type TargetStatus = "PASS" | "MISS" | "SKIP";

export interface TargetResult {
  caseName: string;
  label: string;
  status: TargetStatus;
  measured?: number;
  limit: number;
  unit: string;
}

const KITWORK = "kitwork";

export function formatNs(ns: number): string {
  if (!Number.isFinite(ns)) return "—";
  if (ns < 1e3) return `${ns.toFixed(ns < 10 ? 2 : 1)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(2)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

function formatCount(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return n.toFixed(n < 10 ? 2 : 0);
}

/** "2.3x slower" / "1.5x faster" for an engine relative to kitwork (time ratio). */
export function ratioText(engineNs: number, kitworkNs: number | undefined): string {
  if (kitworkNs === undefined || !Number.isFinite(kitworkNs)) return "n/a";
  const r = engineNs / kitworkNs;
  if (Math.abs(r - 1) < 0.05) return "≈ same";
  return r > 1 ? `${r.toFixed(1)}x slower` : `${(1 / r).toFixed(1)}x faster`;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
}

export function printTable(header: readonly string[], rows: readonly string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log(pad(header, widths));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(pad(row, widths));
}

function medianOf(rows: readonly EngineRow[], engine: string): number | undefined {
  return rows.find((r) => r.engine === engine && r.stats)?.stats?.median;
}

function outcomeCell(row: EngineRow): string {
  if (row.outcome === "ok") return "ok";
  if (row.outcome === "error") return `ERROR: ${row.error ?? "?"}`;
  return `MISMATCH: got ${JSON.stringify(row.result)}`;
}

export function printCaseHeader(name: string, description: string, detail: string): void {
  console.log(`\n== ${name}: ${description}`);
  console.log(`   ${detail}`);
}

export function printRunTable(rows: readonly EngineRow[]): void {
  const kitworkNs = medianOf(rows, KITWORK);
  const nativeNs = medianOf(rows, "native");
  const withGc = rows.some((r) => r.gc);
  const header = ["engine", "median", "p10", "p90", "runs/s", "vs kitwork", "vs native"];
  if (withGc) header.push("young GCs/100k", "major GCs/100k");
  header.push("check");
  const table = rows.map((row) => {
    const s = row.stats;
    const cells = s
      ? [
          row.engine,
          formatNs(s.median),
          formatNs(s.p10),
          formatNs(s.p90),
          formatCount(1e9 / s.median),
          row.engine === KITWORK ? "—" : ratioText(s.median, kitworkNs),
          nativeNs ? `${(s.median / nativeNs).toFixed(1)}x` : "n/a",
        ]
      : [row.engine, "—", "—", "—", "—", "—", "—"];
    if (withGc) cells.push(...gcCells(row.gc));
    cells.push(outcomeCell(row));
    return cells;
  });
  printTable(header, table);
}

function per100k(count: number, runs: number): number {
  return (count * 100_000) / runs;
}

function gcCells(gc: GcCounts | undefined): string[] {
  if (!gc) return ["—", "—"];
  return [
    per100k(gc.minor, gc.runs).toFixed(1),
    per100k(gc.major + gc.incremental, gc.runs).toFixed(1),
  ];
}

export function mbPerSec(bytes: number, ns: number): number {
  return bytes / 1e6 / (ns / 1e9);
}

export function printCompileTable(rows: readonly EngineRow[]): void {
  const kitworkNs = medianOf(rows, KITWORK);
  const header = ["compiler", "median", "p10", "p90", "MB/s", "vs kitwork", "check"];
  const table = rows.map((row) => {
    const s = row.stats;
    if (!s || !row.bytes) return [row.engine, "—", "—", "—", "—", "—", outcomeCell(row)];
    return [
      row.engine,
      formatNs(s.median),
      formatNs(s.p10),
      formatNs(s.p90),
      mbPerSec(row.bytes, s.median).toFixed(2),
      row.engine === KITWORK ? "—" : ratioText(s.median, kitworkNs),
      outcomeCell(row),
    ];
  });
  printTable(header, table);
}

/** Rounds for JSON so lines stay short but keep 3 significant digits at ns scale. */
function round(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n;
}

function rowJson(row: EngineRow, kitworkNs: number | undefined): Record<string, unknown> {
  const s = row.stats;
  const out: Record<string, unknown> = { outcome: row.outcome };
  if (row.outcome !== "ok") out.result = row.error ?? row.result;
  if (s) {
    Object.assign(out, {
      medianNs: round(s.median),
      p10Ns: round(s.p10),
      p90Ns: round(s.p90),
      minNs: round(s.min),
      samples: s.samples,
      batch: s.batch,
      perSec: round(1e9 / s.median),
      timeVsKitwork: kitworkNs ? round(s.median / kitworkNs) : null,
    });
    if (row.bytes) out.MBps = round(mbPerSec(row.bytes, s.median));
  }
  if (row.gc) {
    out.gc = {
      runs: row.gc.runs,
      minorPer100k: round(per100k(row.gc.minor, row.gc.runs)),
      majorPer100k: round(per100k(row.gc.major, row.gc.runs)),
      incrementalPer100k: round(per100k(row.gc.incremental, row.gc.runs)),
      pauseMs: round(row.gc.pauseMs),
    };
  }
  return out;
}

export function printBenchLine(
  caseName: string,
  meta: Record<string, unknown>,
  rows: readonly EngineRow[],
  target?: TargetResult,
): void {
  const kitworkNs = medianOf(rows, KITWORK);
  const engines = Object.fromEntries(rows.map((r) => [r.engine, rowJson(r, kitworkNs)]));
  const line = { case: caseName, ...meta, engines, ...(target ? { target } : {}) };
  console.log(`BENCH ${JSON.stringify(line)}`);
}

export function printTargets(targets: readonly TargetResult[]): void {
  if (targets.length === 0) return;
  console.log("\n== targets (information, not assertions)");
  for (const t of targets) {
    const measured = t.measured === undefined ? "not measured" : `${t.measured.toFixed(2)} ${t.unit}`;
    console.log(`TARGET ${t.status.padEnd(4)} ${t.caseName}: ${t.label} — measured ${measured}`);
  }
}
