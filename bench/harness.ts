// Timing, statistics and GC counting. Engine- and workload-agnostic: everything
// here takes a zero-argument `run` callback and returns plain numbers.

import { PerformanceObserver, constants } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

export interface Stats {
  /** Nanoseconds per single run. */
  median: number;
  p10: number;
  p90: number;
  min: number;
  /** Number of timed samples (each sample is one batch). */
  samples: number;
  /** Runs per sample. */
  batch: number;
}

export interface MeasureOptions {
  /** Runs per sample; 0 = calibrate so one batch takes at least `minBatchMs`. */
  batch: number;
  minBatchMs: number;
  /** Warm-up time before sampling (time already spent, e.g. a check run, counts). */
  warmupMs: number;
  /** Always take at least this many samples, even past the budget. */
  minSamples: number;
  maxSamples: number;
  /** Stop sampling once this much time has been spent (after minSamples). */
  budgetMs: number;
}

export interface GcCounts {
  runs: number;
  minor: number;
  major: number;
  incremental: number;
  /** Total GC pause time in ms reported by the entries. */
  pauseMs: number;
}

// Results are written here so V8 cannot treat a run as dead code.
let sink: unknown;
export function lastSink(): unknown {
  return sink;
}

export function nowNs(): number {
  return Number(process.hrtime.bigint());
}

/** Runs `run` `batch` times; returns elapsed nanoseconds. */
export function timeBatch(run: () => unknown, batch: number): number {
  let last: unknown;
  const start = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) last = run();
  const elapsed = Number(process.hrtime.bigint() - start);
  sink = last;
  return elapsed;
}

/** Collects garbage from previous work so it is not billed to the next engine. */
export function collectGarbage(): void {
  globalThis.gc?.();
}

export function hasExposedGc(): boolean {
  return typeof globalThis.gc === "function";
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  // Linear interpolation between closest ranks.
  const idx = (sorted.length - 1) * p;
  const lo = Math.floor(idx);
  const hi = Math.ceil(idx);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (idx - lo);
}

export function summarize(nsPerRun: readonly number[], batch: number): Stats {
  const sorted = [...nsPerRun].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 0.5),
    p10: percentile(sorted, 0.1),
    p90: percentile(sorted, 0.9),
    min: sorted[0] ?? NaN,
    samples: sorted.length,
    batch,
  };
}

/** Doubles the batch size until one batch takes at least `minBatchMs` (warms up as a side effect). */
export function calibrateBatch(run: () => unknown, minBatchMs: number): number {
  const targetNs = minBatchMs * 1e6;
  let batch = 1;
  for (;;) {
    const elapsed = timeBatch(run, batch);
    if (elapsed >= targetNs) return batch;
    // Jump straight near the target once we have a usable estimate, then confirm.
    const perRun = elapsed / batch;
    const estimate = perRun > 0 ? Math.ceil((targetNs * 1.1) / perRun) : batch * 2;
    batch = Math.min(Math.max(batch * 2, estimate), 1 << 30);
  }
}

function warmUp(run: () => unknown, warmupMs: number, alreadySpentNs: number): void {
  const deadline = nowNs() + warmupMs * 1e6 - alreadySpentNs;
  while (nowNs() < deadline) timeBatch(run, 1);
}

/**
 * Warms up, then takes samples of `batch` runs until the budget is spent.
 * Returns per-run nanoseconds statistics.
 */
export function measure(run: () => unknown, opts: MeasureOptions, alreadyWarmNs = 0): Stats {
  warmUp(run, opts.warmupMs, alreadyWarmNs);
  const batch = opts.batch > 0 ? opts.batch : calibrateBatch(run, opts.minBatchMs);
  collectGarbage();
  const perRun: number[] = [];
  const deadline = nowNs() + opts.budgetMs * 1e6;
  while (
    perRun.length < opts.minSamples ||
    (perRun.length < opts.maxSamples && nowNs() < deadline)
  ) {
    perRun.push(timeBatch(run, batch) / batch);
  }
  return summarize(perRun, batch);
}

/**
 * Counts V8 GC events while running `run` `runs` times. GC perf entries are
 * delivered asynchronously, hence the async flush before reading them.
 */
export async function countGc(run: () => unknown, runs: number): Promise<GcCounts> {
  collectGarbage();
  await sleep(5); // let the forced GC's entry drain before observing
  const counts: GcCounts = { runs, minor: 0, major: 0, incremental: 0, pauseMs: 0 };
  const tally = (entries: PerformanceEntry[]): void => {
    for (const entry of entries) {
      const detail = (entry as PerformanceEntry & { detail?: { kind?: number; flags?: number } })
        .detail;
      const kind = detail?.kind ?? 0;
      // Skip collections we forced ourselves (--expose-gc).
      if ((detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) continue;
      // Node's kind values are bit flags: MINOR=1 (scavenge), MAJOR=4 (mark-compact), INCREMENTAL=8.
      if (kind & constants.NODE_PERFORMANCE_GC_MINOR) counts.minor++;
      if (kind & constants.NODE_PERFORMANCE_GC_MAJOR) counts.major++;
      if (kind & constants.NODE_PERFORMANCE_GC_INCREMENTAL) counts.incremental++;
      counts.pauseMs += entry.duration;
    }
  };
  const observer = new PerformanceObserver((list) => tally(list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  timeBatch(run, runs);
  await sleep(20);
  tally(observer.takeRecords());
  observer.disconnect();
  return counts;
}
