// Per-operation costs: `npm run bench:ops -- [--quick] [--rounds N]`.
//
// What one kind of operation costs a warm engine, so that a case of `npm run bench` that
// is slow can be read as the operations it is made of: each script below runs one
// operation 200,000 times in a counted loop, and the loop alone is measured too; what a
// script takes beyond the loop, per iteration, is what its operation costs. Kitwork (the
// sources, as `npm run bench` measures them) against QuickJS-wasm, the engine that goal
// compares with, in this one run: rounds interleaved (each round the two engines in turn,
// every script), medians of the rounds, each round's figure the mean of as many runs as
// fit in its time slice, after a warm-up.

import os from "node:os";
import { parseArgs } from "node:util";
import { kitworkEngine, loadKitwork, quickjsEngine, type Engine } from "./engines.ts";
import { nowNs, percentile } from "./harness.ts";
import { printTable } from "./report.ts";

/**
 * Iterations of each script: few enough that the scripts allocating (objects, arrays,
 * closures, strings) stay within a run's default heap budget, which adds up what a run
 * allocates (docs/runtime.md, "Heap").
 */
const ITERATIONS = 200_000;

const N = ITERATIONS;
const SUM = (N * (N - 1)) / 2;
/** The lengths of "k0" … "k199999" added up. */
const STRING_LENGTHS = Array.from({ length: N }, (_, i) => 1 + String(i).length).reduce((a, b) => a + b, 0);
/** Each script: the operation inside `for (let i = 0; i < N; i++) { … }`, and the result it returns. */
const OPS: { name: string; what: string; source: string; expected: unknown }[] = [
  { name: "loop", what: "the counted loop alone (s += i)", source: `let s = 0; for (let i = 0; i < ${N}; i++) s += i; return s;`, expected: SUM },
  { name: "call", what: "a call of a plain function", source: `function f(x) { return x; } let s = 0; for (let i = 0; i < ${N}; i++) s += f(i); return s;`, expected: SUM },
  { name: "method", what: "a method call on a class instance", source: `class A { get1(x) { return x; } } const o = new A(); let s = 0; for (let i = 0; i < ${N}; i++) s += o.get1(i); return s;`, expected: SUM },
  { name: "super", what: "a method calling super's", source: `class A { f(n) { return n; } } class B extends A { f(n) { return super.f(n); } } const o = new B(); let s = 0; for (let i = 0; i < ${N}; i++) s += o.f(i); return s;`, expected: SUM },
  { name: "private", what: "a method adding to a #private field", source: `class A { #v = 0; add(n) { this.#v += n; return this; } get v() { return this.#v; } } const o = new A(); let s = 0; for (let i = 0; i < ${N}; i++) { o.add(1); s += i; } return s + o.v - ${N};`, expected: SUM },
  { name: "props", what: "a property write and two reads", source: `const o = { a: 1, b: 2 }; let s = 0; for (let i = 0; i < ${N}; i++) { o.a = i; s += o.a + o.b - 2; } return s;`, expected: SUM },
  { name: "object", what: "an object literal of three properties", source: `let s = 0; for (let i = 0; i < ${N}; i++) { const o = { id: i, price: 1, qty: 2 }; s += o.id; } return s;`, expected: SUM },
  { name: "array", what: "an array push and an index read", source: `const a = []; let s = 0; for (let i = 0; i < ${N}; i++) { a.push(i); s += a[i]; } return s;`, expected: SUM },
  { name: "closure", what: "an arrow function made and called", source: `let s = 0; for (let i = 0; i < ${N}; i++) { const f = (x) => x + i; s += f(0); } return s;`, expected: SUM },
  { name: "string", what: "a number concatenated into a short string", source: `let s = 0; for (let i = 0; i < ${N}; i++) { const t = "k" + i; s += t.length; } return s;`, expected: STRING_LENGTHS },
];

function settings(): { rounds: number; sliceMs: number } {
  const { values } = parseArgs({ options: { quick: { type: "boolean" }, rounds: { type: "string" } } });
  const rounds = values.rounds ? Number(values.rounds) : values.quick ? 3 : 7;
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error("usage: npm run bench:ops -- [--quick] [--rounds N]");
    process.exit(2);
  }
  return { rounds, sliceMs: values.quick ? 300 : 800 };
}

/** Nanoseconds per loop iteration: the mean of the runs that fit in sliceMs. */
function slice(run: () => unknown, sliceMs: number): number {
  const start = nowNs();
  const end = start + sliceMs * 1e6;
  let n = 0;
  let t = start;
  do {
    run();
    n++;
    t = nowNs();
  } while (t < end);
  return (t - start) / n / ITERATIONS;
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 0.5);

async function main(): Promise<void> {
  const s = settings();
  const kitwork = await loadKitwork();
  if (!kitwork.ok) throw new Error(kitwork.reason);
  const engines: Engine[] = [kitworkEngine(kitwork.api), await quickjsEngine()];
  console.log(`Per-operation bench — node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} x${os.cpus().length}, ${s.rounds} rounds of ${s.sliceMs} ms a script and engine; load average ${os.loadavg()[0]!.toFixed(2)}`);
  const runs = engines.map((e) =>
    OPS.map((op) => {
      const run = e.prepare(op.source, `${op.name}.js`, false);
      const got = run();
      if (got !== op.expected) throw new Error(`${e.name} ${op.name}: returned ${String(got)}, expected ${String(op.expected)}`);
      for (let i = 0; i < 3; i++) run(); // warm-up
      return run;
    }),
  );
  const samples = engines.map(() => OPS.map(() => [] as number[]));
  for (let r = 0; r < s.rounds; r++) {
    for (let k = 0; k < engines.length; k++) {
      const e = (r + k) % engines.length;
      for (let o = 0; o < OPS.length; o++) samples[e]![o]!.push(slice(runs[e]![o]!, s.sliceMs));
    }
    process.stdout.write(` ${r + 1}`);
  }
  console.log();
  const ns = samples.map((perOp) => perOp.map(median));
  const [kw, qj] = [ns[0]!, ns[1]!];
  const rows = OPS.map((op, o) => {
    const kOver = o === 0 ? kw[0]! : kw[o]! - kw[0]!;
    const qOver = o === 0 ? qj[0]! : qj[o]! - qj[0]!;
    return [op.name, op.what, `${kOver.toFixed(1)} ns`, `${qOver.toFixed(1)} ns`, `${(qOver / kOver).toFixed(2)}×`];
  });
  console.log("\nns per iteration: the loop alone, and for the others what the operation adds to it (medians of the rounds)");
  printTable(["op", "what", "kitwork", "QuickJS-wasm", "QuickJS / kitwork"], rows);
  const line = Object.fromEntries(OPS.map((op, o) => [op.name, { kitworkNs: +kw[o]!.toFixed(2), quickjsNs: +qj[o]!.toFixed(2) }]));
  console.log(`\nBENCH ${JSON.stringify({ case: "ops", node: process.version, rounds: s.rounds, loadavgAfter: +os.loadavg()[0]!.toFixed(2), perIterationNs: line })}`);
  for (const e of engines) e.dispose();
}

await main();
