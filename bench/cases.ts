// Workloads. Sources are script bodies (top-level `return`), exactly what
// kitwork compiles; baselines wrap them in an IIFE (see engines.ts).

import { generateScript } from "./gen-script.ts";

/** Compile once, execute many times, compare engines per run. */
export interface RunCase {
  kind: "run";
  name: string;
  description: string;
  source: string;
  /** The body awaits (top level): run by the engines that settle it synchronously (Engine.settlesAsync). */
  async?: true;
  /** Every engine must return this (checked before timing). */
  expected: unknown;
  /** Time batches of runs at least this long (ms); 0 = one run per sample. */
  minBatchMs: number;
  /** When set, also count V8 GC events over this many runs. */
  gcRuns?: number;
  /** Informational target for kitwork, ns per run. */
  targetNs?: number;
}

/** Compile throughput of kitwork vs parsers/compilers on a large script. */
export interface CompileCase {
  kind: "compile";
  name: string;
  description: string;
  /** Built lazily: only generated when the case is selected. */
  source: () => string;
  /** Informational target for kitwork, MB of source per second. */
  targetMBps: number;
}

export type BenchCase = RunCase | CompileCase;

export const CASES: readonly BenchCase[] = [
  {
    kind: "run",
    name: "tiny",
    description: "3-line expression script: per-run overhead of entering the VM",
    source: "let price = 100; let tax = 0.1; return price * (1 + tax);",
    expected: 110.00000000000001,
    minBatchMs: 20,
    gcRuns: 100_000,
    targetNs: 400,
  },
  {
    kind: "run",
    name: "fib",
    description: "recursive fib(25): call overhead",
    source: "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nreturn fib(25);",
    expected: 75025,
    minBatchMs: 0,
  },
  {
    kind: "run",
    name: "loop",
    description: "1e6-iteration numeric for-loop: dispatch + arithmetic",
    source: "let s = 0;\nfor (let i = 0; i < 1e6; i++) { s += i * 2; }\nreturn s;",
    expected: 999999000000,
    minBatchMs: 0,
  },
  {
    kind: "run",
    name: "objects",
    description: "10k object literals, then filter/map/reduce with arrow callbacks",
    source: [
      "const items = [];",
      "for (let i = 0; i < 10000; i++) { items.push({ id: i, price: i % 100, qty: i % 7 }); }",
      "return items.filter(o => o.qty > 2).map(o => o.price * o.qty).reduce((a, b) => a + b, 0);",
    ].join("\n"),
    expected: 1272533,
    minBatchMs: 0,
  },
  {
    kind: "run",
    name: "strings",
    description: "10k string concatenations, then split/join",
    source: [
      'let s = "";',
      'for (let i = 0; i < 10000; i++) { s += "item" + i + ","; }',
      'return s.split(",").join(";").length;',
    ].join("\n"),
    expected: 88890,
    minBatchMs: 0,
  },
  {
    kind: "run",
    name: "class-methods",
    description: "1k instances of a derived class, then 100k method calls (super, getter, #private field)",
    source: [
      "class Account { #balance = 0; constructor(id) { this.id = id; } deposit(n) { this.#balance += n; return this; } get balance() { return this.#balance; } }",
      "class Savings extends Account { constructor(id, rate) { super(id); this.rate = rate; } deposit(n) { return super.deposit(n + this.rate); } }",
      "const accounts = [];",
      "for (let i = 0; i < 1000; i++) accounts.push(new Savings(i, 1));",
      "let total = 0;",
      "for (let r = 0; r < 100; r++) for (let i = 0; i < 1000; i++) accounts[i].deposit(i % 10);",
      "for (let i = 0; i < 1000; i++) total += accounts[i].balance;",
      "return total;",
    ].join("\n"),
    expected: 550000,
    minBatchMs: 0,
  },
  {
    kind: "run",
    name: "await-loop",
    description: "10k sequential awaits of an async function in a loop (microtask queue, async frames)",
    async: true,
    source: [
      "async function step(i) { return i * 2; }",
      "let s = 0;",
      "for (let i = 0; i < 10000; i++) s += await step(i);",
      "return s;",
    ].join("\n"),
    expected: 99990000,
    minBatchMs: 0,
  },
  {
    kind: "compile",
    name: "compile",
    description: "compile ~1 MB generated script (functions, loops, objects, templates)",
    source: () => generateScript(1_000_000),
    targetMBps: 2,
  },
];
