// Memory benchmark: `npm run bench:memory -- [--quick] [--base DIR]`.
//
// Bytes per script object, as retained heap, for a few shapes, on Kitwork's VM, node:vm
// and QuickJS-wasm, measured in this one run; then the share of a warm 100k-object run
// that V8 spends in GC pauses (Kitwork and node:vm).
//
// Retained bytes: each engine runs the shape's script R times and holds every result;
// after a forced full GC (--expose-gc, which `npm run bench:memory` passes) the heap is
// read after each run, and the slope from the first held result to the last, divided by
// the objects a run makes, is the figure. A slope (not one before/after difference)
// leaves out what the first run allocates for good (inline caches, a pooled interpreter's
// stack, the context) and garbage a pooled interpreter still points at from an earlier
// run. V8 engines are read with v8.getHeapStatistics().used_heap_size; QuickJS-wasm with
// its runtime's JS_ComputeMemoryUsage (memory_used_size: the bytes its allocator handed
// out, inside the wasm memory, invisible to V8).
//
// GC share: `npm run bench`'s objects case at 100k, 120k and 150k objects (literals, then
// filter/map/reduce), warmed up, then timed over several runs while a PerformanceObserver
// sums the 'gc' entries' durations (main-thread pauses); share = pauses / wall time.
//
// --base DIR  a second checkout (its src/ through tsx, node_modules linked) measured
//             beside this one as "kitwork (base)": before/after in one run.

import os from "node:os";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import { newQuickJSWASMModule, RELEASE_SYNC, type QuickJSHandle } from "quickjs-emscripten";
import { hasExposedGc, nowNs } from "./harness.ts";
import { printTable, printTargets, type TargetResult } from "./report.ts";
import type { KitworkApi } from "./engines.ts";

const USAGE = "usage: npm run bench:memory -- [--quick] [--base DIR]";
/** Kitwork's bytes per object may be at most this multiple of node:vm's (issue 15). */
const TARGET_VS_NODE = 1.2;

interface Shape {
  name: string;
  description: string;
  /** Objects a run makes (the divisor). */
  count: number;
  /** A script body returning what it built (held by the bench). */
  source: string;
}

function shapes(quick: boolean): Shape[] {
  const n = quick ? 20_000 : 100_000;
  const w = quick ? 5_000 : 20_000;
  return [
    {
      name: "small",
      description: `${n / 1000}k { id, price, qty } in an array`,
      count: n,
      source: `const a = []; for (let i = 0; i < ${n}; i++) a.push({ id: i, price: i % 100, qty: i % 7 }); return a;`,
    },
    {
      name: "wide",
      description: `${w / 1000}k objects of 10 number properties`,
      count: w,
      source: `const a = []; for (let i = 0; i < ${w}; i++) a.push({ a: i, b: 1, c: 2, d: 3, e: 4, f: 5, g: 6, h: 7, i: 8, j: 9 }); return a;`,
    },
    {
      name: "arrays",
      description: `${w / 1000}k arrays of 8 numbers`,
      count: w,
      source: `const a = []; for (let i = 0; i < ${w}; i++) a.push([i, 1, 2, 3, 4, 5, 6, 7]); return a;`,
    },
    {
      name: "strings",
      description: `${n / 1000}k { name, tag } with a fresh string each (bytes include the strings)`,
      count: n,
      source: `const a = []; for (let i = 0; i < ${n}; i++) a.push({ name: "item-" + i, tag: "t" }); return a;`,
    },
    {
      name: "empty",
      description: `${n / 1000}k {} in an array`,
      count: n,
      source: `const a = []; for (let i = 0; i < ${n}; i++) a.push({}); return a;`,
    },
  ];
}

/** An engine that can hold results: run() makes one and keeps it; heap() reads its heap. */
interface MemEngine {
  name: string;
  prepare(source: string): { run: () => void; release: () => void };
  heap(): number;
  dispose(): void;
}

function fullGc(): void {
  globalThis.gc?.();
  globalThis.gc?.();
}

function v8Heap(): number {
  fullGc();
  return v8.getHeapStatistics().used_heap_size;
}

function kitworkMem(name: string, api: KitworkApi): MemEngine {
  return {
    name,
    prepare(source) {
      const program = api.compile(source, "memory.js");
      const realm = api.createRealm();
      const held: unknown[] = [];
      return { run: () => void held.push(realm.runSync(program)), release: () => void held.splice(0) };
    },
    heap: v8Heap,
    dispose() {},
  };
}

function nodeVmMem(): MemEngine {
  return {
    name: "node:vm",
    prepare(source) {
      const context = vm.createContext({});
      const script = new vm.Script(`(function () {\n${source}\n})()`);
      const held: unknown[] = [];
      return { run: () => void held.push(script.runInContext(context)), release: () => void held.splice(0) };
    },
    heap: v8Heap,
    dispose() {},
  };
}

async function quickjsMem(): Promise<MemEngine> {
  const module = await newQuickJSWASMModule(RELEASE_SYNC);
  const runtime = module.newRuntime();
  const context = runtime.newContext();
  const handles: QuickJSHandle[] = [];
  return {
    name: "quickjs",
    prepare(source) {
      const fn = context.unwrapResult(context.evalCode(`(function () {\n${source}\n})`, "memory.js"));
      handles.push(fn);
      const held: QuickJSHandle[] = [];
      return {
        // The result's handle keeps the structure alive inside QuickJS.
        run: () => void held.push(context.unwrapResult(context.callFunction(fn, context.undefined))),
        release: () => {
          for (const h of held.splice(0)) h.dispose();
        },
      };
    },
    heap() {
      const usage = runtime.computeMemoryUsage();
      try {
        return (context.dump(usage) as { memory_used_size: number }).memory_used_size;
      } finally {
        usage.dispose();
      }
    },
    dispose() {
      for (const h of handles.splice(0)) h.dispose();
      context.dispose();
      runtime.dispose();
    },
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

/** Retained bytes per object: slope of the heap over `runs` held results, median of `rounds`. */
function bytesPerObject(engine: MemEngine, shape: Shape, runs: number, rounds: number): number {
  const slopes: number[] = [];
  const p = engine.prepare(shape.source);
  for (let r = 0; r < rounds; r++) {
    const heaps: number[] = [];
    for (let k = 0; k < runs; k++) {
      p.run();
      heaps.push(engine.heap());
    }
    p.release();
    slopes.push((heaps[heaps.length - 1]! - heaps[0]!) / (runs - 1) / shape.count);
  }
  p.release();
  return median(slopes);
}

interface GcShare {
  runs: number;
  wallMs: number;
  gcMs: number;
  gcCount: number;
}

/** Warm runs of the 100k-object case: wall time and GC pauses (from 'gc' entries) over `runs` runs. */
async function gcShare(run: () => unknown, runs: number, warm: number): Promise<GcShare> {
  for (let i = 0; i < warm; i++) run();
  fullGc();
  await sleep(10); // the forced GCs' entries are delivered before the observer starts
  let gcMs = 0;
  let gcCount = 0;
  const tally = (entries: PerformanceEntry[]): void => {
    for (const e of entries) {
      gcMs += e.duration;
      gcCount++;
    }
  };
  const observer = new PerformanceObserver((list) => tally(list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  const t0 = nowNs();
  let sink: unknown;
  for (let i = 0; i < runs; i++) sink = run();
  const wallMs = (nowNs() - t0) / 1e6;
  await sleep(20);
  tally(observer.takeRecords());
  observer.disconnect();
  if (sink === undefined) throw new Error("no result");
  return { runs, wallMs, gcMs, gcCount };
}

function objectsCase(n: number): string {
  return [
    "const items = [];",
    `for (let i = 0; i < ${n}; i++) { items.push({ id: i, price: i % 100, qty: i % 7 }); }`,
    "return items.filter(o => o.qty > 2).map(o => o.price * o.qty).reduce((a, b) => a + b, 0);",
  ].join("\n");
}

async function loadKitworkFrom(dir: string): Promise<KitworkApi> {
  const mod = (await import(path.join(dir, "src/index.ts"))) as unknown as KitworkApi;
  if (typeof mod.compile !== "function" || typeof mod.createRealm !== "function") throw new Error(`${dir}/src/index.ts lacks compile/createRealm`);
  return mod;
}

function loadavg(): string {
  return os.loadavg().map((x) => x.toFixed(2)).join(" ");
}

async function main(): Promise<void> {
  let values: { quick?: boolean; base?: string };
  try {
    ({ values } = parseArgs({ options: { quick: { type: "boolean" }, base: { type: "string" } }, strict: true }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (!hasExposedGc()) {
    console.error("run with --expose-gc (npm run bench:memory does): retained heap is read after a forced GC");
    process.exit(2);
  }
  const quick = values.quick ?? false;
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const kitworks: MemEngine[] = [kitworkMem("kitwork", await loadKitworkFrom(root))];
  const apis: [string, KitworkApi][] = [["kitwork", await loadKitworkFrom(root)]];
  if (values.base) {
    const base = await loadKitworkFrom(path.resolve(values.base));
    kitworks.push(kitworkMem("kitwork (base)", base));
    apis.push(["kitwork (base)", base]);
  }
  const engines: MemEngine[] = [nodeVmMem(), await quickjsMem(), ...kitworks];
  console.log(`Kitwork memory bench — node ${process.version} (V8 ${process.versions.v8}), ${os.cpus()[0]?.model ?? "cpu"} x${os.cpus().length}, ${quick ? "quick" : "full"} mode`);
  console.log(`load average ${loadavg()}`);

  const runs = quick ? 3 : 4;
  const rounds = quick ? 1 : 3;
  console.log(`\n== bytes per object: retained heap after a forced GC, slope over ${runs} held results, median of ${rounds} round(s)`);
  const targets: TargetResult[] = [];
  const header = ["shape", ...engines.map((e) => e.name), "kitwork / node:vm", "kitwork / quickjs"];
  const rows: string[][] = [];
  const all: Record<string, Record<string, number>> = {};
  for (const shape of shapes(quick)) {
    const got: Record<string, number> = {};
    for (const e of engines) got[e.name] = bytesPerObject(e, shape, runs, rounds);
    all[shape.name] = got;
    const vsNode = got.kitwork! / got["node:vm"]!;
    rows.push([`${shape.name}: ${shape.description}`, ...engines.map((e) => `${got[e.name]!.toFixed(1)} B`), `${vsNode.toFixed(2)}×`, `${(got.kitwork! / got.quickjs!).toFixed(2)}×`]);
    console.log(`BENCH ${JSON.stringify({ case: `memory-${shape.name}`, count: shape.count, bytesPerObject: got })}`);
    targets.push({ caseName: `memory-${shape.name}`, label: `kitwork bytes per object ≤ ${TARGET_VS_NODE}× node:vm's (${got["node:vm"]!.toFixed(1)} B)`, status: vsNode <= TARGET_VS_NODE ? "PASS" : "MISS", measured: vsNode, limit: TARGET_VS_NODE, unit: "× node:vm" });
  }
  printTable(header, rows);
  console.log("(V8: used_heap_size; QuickJS-wasm: memory_used_size of its runtime. Each figure includes the object's slot in the array.)");
  for (const e of engines) e.dispose();

  const gcRuns = quick ? 6 : 20;
  const gcRounds = quick ? 1 : 3;
  // Several sizes: a run's GC pauses depend on whether its live objects are still in the
  // young generation when a scavenge falls (then they are copied, promoted, and old-space
  // GCs follow), so one size alone can land on a lucky or an unlucky phase.
  const sizes = quick ? [100_000] : [100_000, 120_000, 150_000];
  console.log(`\n== GC share of a warm run of n objects (literals, filter/map/reduce): ${gcRuns} runs after ${gcRuns / 2} warm-up runs, ${gcRounds} round(s) in rotated order, medians; load average ${loadavg()}`);
  const gcRows: string[][] = [];
  for (const n of sizes) {
    const source = objectsCase(n);
    const contenders: [string, () => unknown][] = [];
    {
      const context = vm.createContext({});
      const script = new vm.Script(`(function () {\n${source}\n})()`);
      contenders.push(["node:vm", () => script.runInContext(context)]);
    }
    for (const [name, api] of apis) {
      const program = api.compile(source, "objects.js");
      const realm = api.createRealm();
      contenders.push([name, () => realm.runSync(program)]);
    }
    // Rounds rotate the order, so a contender is not always the one measured on the heap
    // the previous one left.
    const shares = new Map<string, GcShare[]>();
    for (let round = 0; round < gcRounds; round++) {
      for (let k = 0; k < contenders.length; k++) {
        const [name, run] = contenders[(k + round) % contenders.length]!;
        fullGc();
        const s = await gcShare(run, gcRuns, gcRuns / 2);
        shares.set(name, [...(shares.get(name) ?? []), s]);
        console.log(`BENCH ${JSON.stringify({ case: "memory-gc-share", n, engine: name, round, ...s })}`);
      }
    }
    for (const [name] of contenders) {
      const list = shares.get(name)!;
      const perRun = median(list.map((s) => s.wallMs / s.runs));
      const gcPerRun = median(list.map((s) => s.gcMs / s.runs));
      const share = median(list.map((s) => s.gcMs / s.wallMs));
      gcRows.push([`${n / 1000}k`, name, `${perRun.toFixed(2)} ms`, `${gcPerRun.toFixed(2)} ms`, `${(100 * share).toFixed(1)}%`, median(list.map((s) => s.gcCount / s.runs)).toFixed(1)]);
    }
  }
  printTable(["n", "engine", "per run", "GC pauses per run", "GC share", "GCs per run"], gcRows);
  console.log(`load average ${loadavg()}`);
  printTargets(targets);
}

await main();
