// Differential fuzzer CLI.
//
//   node --import tsx test/fuzz/run.ts --iterations 20000 [--seed 1]
//   node --import tsx test/fuzz/run.ts --replay <programSeed>   # re-run one program, verbose
//   node --import tsx test/fuzz/run.ts --print <programSeed>    # print one program
//   node --import tsx test/fuzz/run.ts --reduce <programSeed>   # shrink a failing program
//   node --import tsx test/fuzz/run.ts --long-lived --iterations 5000 --profile hooks
//                                          # all programs in one child process, watched (long-lived.ts)
//
// Options:
//   --iterations N     number of programs (default 1000)
//   --seed S           master seed (default: time-based; printed)
//   --disable a,b      generator features to leave out (see FEATURES in gen.ts)
//   --profile P        "all" (default), "hooks": accessors / hooks / hookThrows / deepCalls weigh 4x,
//                      or "language": generators / async / iterators / classes / descriptors weigh 4x
//   --long-lived       run the programs in one long-lived child process; report deaths and runs that
//                      outlive their limits with the seed. With --replay / --reduce: run in a child.
//   --timeout-ms N     per-run VM deadline in long-lived mode (default 5000)
//   --budget N         per-run VM budget in long-lived mode (default 50000000)
//   --factor N         a program outlives its limits after N x (timeout + 2 s) of wall time (default 10)
//   --no-repeat        long-lived mode: run each program once on the VM (default: twice, same outcome)
//   --max-failures N   long-lived mode: stop after N failures (default 10)
//   --v8-only          do not run the Kitwork VM even if it is available
//   --max-lines N      soft cap on program length (default 60)
//   --hang-ms N        watchdog: abort if one VM run blocks the thread this long (default 15000)
//   --out DIR          failure directory (default test/fuzz/failures)
//
// Exit status: 0 all good; 1 mismatch or host crash; 3 generator bug only; 2 usage error.
// Every mismatch is written to <out>/<programSeed>.js with both outcomes.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { FEATURES, PROFILES, generate, programSeed, type GenOptions, type Profile } from "./gen.ts";
import { reduce, reduceLines } from "./reduce.ts";
import { checkOne, describe, formatFailure, generatorBug, loadVm, runV8, type Failure, type Outcome, type VmApi } from "./harness.ts";
import { DEFAULT_LIMITS, ProgramRunner, runLongLived, type JobResult, type LongLivedLimits } from "./long-lived.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

interface Args {
  iterations: number;
  seed: number;
  replay?: number;
  print?: number;
  reduce?: number;
  disable: string[];
  v8Only: boolean;
  maxLines: number;
  hangMs: number;
  out: string;
  profile: Profile;
  longLived: boolean;
  limits: LongLivedLimits;
  repeat: boolean;
  maxFailures: number;
}

function usage(msg: string): never {
  console.error(`fuzz: ${msg}`);
  console.error("usage: node --import tsx test/fuzz/run.ts --iterations N [--seed S] [--disable f1,f2] [--v8-only] | --replay SEED | --print SEED");
  console.error(`features: ${FEATURES.join(", ")}`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    iterations: 1000,
    seed: Date.now() % 1_000_000,
    disable: [],
    v8Only: false,
    maxLines: 60,
    hangMs: 15000,
    out: path.join(here, "failures"),
    profile: "all",
    longLived: false,
    limits: { ...DEFAULT_LIMITS },
    repeat: true,
    maxFailures: 10,
  };
  const num = (i: number) => {
    const v = Number(argv[i]);
    if (argv[i] === undefined || !Number.isFinite(v)) usage(`${argv[i - 1]} needs a number`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    switch (k) {
      case "--iterations":
      case "-n":
        a.iterations = num(++i);
        break;
      case "--seed":
        a.seed = num(++i);
        break;
      case "--replay":
        a.replay = num(++i);
        break;
      case "--print":
        a.print = num(++i);
        break;
      case "--reduce":
        a.reduce = num(++i);
        break;
      case "--disable":
        a.disable = (argv[++i] ?? "").split(",").filter(Boolean);
        for (const f of a.disable) if (!(FEATURES as readonly string[]).includes(f)) usage(`unknown feature ${f}`);
        break;
      case "--v8-only":
        a.v8Only = true;
        break;
      case "--max-lines":
        a.maxLines = num(++i);
        break;
      case "--hang-ms":
        a.hangMs = num(++i);
        break;
      case "--profile": {
        const p = argv[++i];
        if (!(PROFILES as readonly string[]).includes(p)) usage(`--profile is one of ${PROFILES.join(", ")}`);
        a.profile = p as Profile;
        break;
      }
      case "--long-lived":
        a.longLived = true;
        break;
      case "--timeout-ms":
        a.limits.timeoutMs = num(++i);
        break;
      case "--budget":
        a.limits.budget = num(++i);
        break;
      case "--factor":
        a.limits.factor = num(++i);
        break;
      case "--no-repeat":
        a.repeat = false;
        break;
      case "--max-failures":
        a.maxFailures = num(++i);
        break;
      case "--out":
        a.out = path.resolve(argv[++i] ?? usage("--out needs a directory"));
        break;
      case "--help":
      case "-h":
        usage("help");
      default:
        usage(`unknown argument ${k}`);
    }
  }
  return a;
}

// ----------------------------------------------------------- watchdog ----
// The VM runs on this thread; a VM bug that loops forever synchronously would
// block it for good. A worker watches a heartbeat in shared memory and, if one
// program blocks the thread for too long, writes it out and kills the process.

const WATCHDOG_SRC = `
const { workerData } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");
const { ctl, buf, hangMs, out } = workerData;
const c = new Int32Array(ctl), b = new Uint8Array(buf);
let last = -1, since = Date.now();
setInterval(() => {
  const beat = Atomics.load(c, 0);
  if (beat !== last) { last = beat; since = Date.now(); return; }
  if (Atomics.load(c, 1) === 0 || Date.now() - since < hangMs) return;
  const seed = Atomics.load(c, 2) >>> 0;
  const src = new TextDecoder().decode(b.slice(0, Atomics.load(c, 3)));
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, seed + ".js");
  fs.writeFileSync(file, "// Kitwork fuzz failure, program seed " + seed + "\\n// reason: VM hang (thread blocked > " + hangMs + " ms)\\n// replay: node --import tsx test/fuzz/run.ts --replay " + seed + "\\n\\n" + src);
  fs.writeSync(2, "\\nfuzz: VM HANG on program seed " + seed + " (blocked > " + hangMs + " ms), written to " + file + "\\n");
  process.kill(process.pid, "SIGKILL");
}, 250);
`;

class Watchdog {
  private ctl = new SharedArrayBuffer(16);
  private buf = new SharedArrayBuffer(256 * 1024);
  private c = new Int32Array(this.ctl);
  private b = new Uint8Array(this.buf);
  private enc = new TextEncoder();
  private worker: Worker;
  constructor(hangMs: number, out: string) {
    this.worker = new Worker(WATCHDOG_SRC, { eval: true, workerData: { ctl: this.ctl, buf: this.buf, hangMs, out } });
    this.worker.unref();
  }
  enter(seed: number, src: string): void {
    const { written } = this.enc.encodeInto(src, this.b);
    Atomics.store(this.c, 2, seed | 0);
    Atomics.store(this.c, 3, written ?? 0);
    Atomics.store(this.c, 1, 1);
    Atomics.add(this.c, 0, 1);
  }
  leave(): void {
    Atomics.store(this.c, 1, 0);
    Atomics.add(this.c, 0, 1);
  }
  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

// --------------------------------------------------------------- stats ----

interface Stats {
  programs: number;
  lines: number;
  v8: Record<string, number>;
  mismatches: number;
  crashes: number;
  genBugs: number;
  vmMs: number;
  v8Ms: number;
  slowestV8: { seed: number; ms: number };
  slowestVm: { seed: number; ms: number };
}

function v8Key(o: Outcome): string {
  return o.kind === "throw" ? `throw:${o.name ?? "value"}` : o.kind;
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(2)}%` : "-";
}

// ---------------------------------------------------------------- main ----

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const genOpts: GenOptions = { maxLines: args.maxLines, disable: args.disable, profile: args.profile };

  if (args.print !== undefined) {
    process.stdout.write(generate(args.print, genOpts));
    return;
  }
  if (args.longLived) return longLived(args, genOpts);

  let api: VmApi | null = null;
  if (!args.v8Only) {
    const loaded = await loadVm();
    api = loaded.api;
    if (!api) console.log(`fuzz: NOTICE: running V8 side only (${loaded.reason})`);
  }

  if (args.reduce !== undefined) {
    if (!api) usage("--reduce needs the VM (src/index.ts must export evaluate)");
    const r = await checkOne(args.reduce, genOpts, api);
    if (!r.reason || !r.ours) {
      console.log(r.reason ? "not reducible" : "program does not fail; nothing to reduce");
      return;
    }
    const small = await reduce(api, r.source, r.reason, (s) => process.stderr.write(s + "\n"));
    const c2 = { ...r, source: small };
    const { runV8, runVm } = await import("./harness.ts");
    c2.v8 = runV8(small);
    c2.ours = await runVm(api, small);
    fs.mkdirSync(args.out, { recursive: true });
    const file = path.join(args.out, `${args.reduce}.min.js`);
    fs.writeFileSync(file, formatFailure({ seed: args.reduce, source: small, reason: r.reason, v8: c2.v8, ours: c2.ours }));
    console.log(small);
    console.log(`V8: ${describe(c2.v8)}\nVM: ${describe(c2.ours)}\nwritten to ${path.relative(process.cwd(), file)}`);
    return;
  }

  if (args.replay !== undefined) {
    const r = await checkOne(args.replay, genOpts, api);
    console.log(r.source);
    console.log(`V8: ${describe(r.v8)}`);
    if (r.ours) console.log(`VM: ${describe(r.ours)}`);
    if (r.genBug) console.log(`GENERATOR BUG: ${r.genBug}`);
    console.log(r.reason ? `MISMATCH: ${r.reason}` : r.ours ? "agree" : "(VM not run)");
    process.exitCode = r.reason ? 1 : r.genBug ? 3 : 0;
    return;
  }

  const dog = api ? new Watchdog(args.hangMs, args.out) : null;
  console.log(
    `fuzz: ${args.iterations} programs, master seed ${args.seed}${args.disable.length ? `, disabled: ${args.disable.join(",")}` : ""}${api ? "" : " (V8 only)"}`,
  );
  const st: Stats = {
    programs: 0,
    lines: 0,
    v8: {},
    mismatches: 0,
    crashes: 0,
    genBugs: 0,
    vmMs: 0,
    v8Ms: 0,
    slowestV8: { seed: 0, ms: 0 },
    slowestVm: { seed: 0, ms: 0 },
  };
  const start = performance.now();
  const progress = () => {
    const secs = (performance.now() - start) / 1000;
    console.log(
      `  ${st.programs} programs, ${st.mismatches} mismatches, ${st.crashes} host crashes, ${st.genBugs} generator bugs, ` +
        `${secs.toFixed(1)}s (${(st.programs / secs).toFixed(0)} programs/s)`,
    );
  };
  const write = (f: Failure, prefix = "") => {
    fs.mkdirSync(args.out, { recursive: true });
    const file = path.join(args.out, `${prefix}${f.seed}.js`);
    fs.writeFileSync(file, formatFailure(f));
    return file;
  };

  for (let i = 0; i < args.iterations; i++) {
    const seed = programSeed(args.seed, i);
    const r = await checkOne(seed, genOpts, api, dog ? { enter: (s, src) => dog.enter(s, src), leave: () => dog.leave() } : {});
    st.programs++;
    st.lines += r.source.split("\n").length - 1;
    st.v8[v8Key(r.v8)] = (st.v8[v8Key(r.v8)] ?? 0) + 1;
    st.v8Ms += r.v8Ms;
    st.vmMs += r.vmMs;
    if (r.v8Ms > st.slowestV8.ms) st.slowestV8 = { seed, ms: r.v8Ms };
    if (r.ours && r.vmMs > st.slowestVm.ms) st.slowestVm = { seed, ms: r.vmMs };
    if (r.genBug) {
      st.genBugs++;
      const file = write({ seed, source: r.source, reason: `generator bug: ${r.genBug}`, v8: r.v8, ours: r.ours ?? r.v8 }, "gen-");
      console.log(`  GENERATOR BUG (seed ${seed}): ${r.genBug} -> ${path.relative(process.cwd(), file)}`);
    }
    if (r.reason && r.ours) {
      if (r.ours.kind === "crash") st.crashes++;
      else st.mismatches++;
      const file = write({ seed, source: r.source, reason: r.reason, v8: r.v8, ours: r.ours });
      console.log(`  MISMATCH (seed ${seed}): ${r.reason} -> ${path.relative(process.cwd(), file)}`);
    }
    if (st.programs % 1000 === 0) progress();
  }
  await dog?.stop();

  const secs = (performance.now() - start) / 1000;
  if (st.programs % 1000 !== 0) progress();
  const throws = Object.entries(st.v8)
    .filter(([k]) => k.startsWith("throw:"))
    .reduce((s, [, n]) => s + n, 0);
  console.log("fuzz: summary");
  console.log(`  programs            ${st.programs} in ${secs.toFixed(1)}s (${(st.programs / secs).toFixed(0)}/s overall)`);
  console.log(`  avg lines           ${(st.lines / Math.max(1, st.programs)).toFixed(1)}`);
  console.log(`  V8 time             ${st.v8Ms.toFixed(0)} ms (${((1000 * st.programs) / Math.max(1, st.v8Ms)).toFixed(0)} programs/s incl. compile)`);
  if (api) console.log(`  VM time             ${st.vmMs.toFixed(0)} ms (${((1000 * st.programs) / Math.max(1, st.vmMs)).toFixed(0)} programs/s)`);
  console.log(`  slowest program     V8: seed ${st.slowestV8.seed} ${st.slowestV8.ms.toFixed(0)} ms${api ? `; VM: seed ${st.slowestVm.seed} ${st.slowestVm.ms.toFixed(0)} ms` : ""}`);
  console.log(`  V8 outcomes         ${Object.entries(st.v8).sort().map(([k, n]) => `${k}=${n} (${pct(n, st.programs)})`).join(", ")}`);
  console.log(`  V8 throwing         ${pct(throws, st.programs)}`);
  console.log(`  V8 syntax errors    ${pct(st.v8.syntax ?? 0, st.programs)}`);
  console.log(`  generator bugs      ${st.genBugs}`);
  if (api) console.log(`  mismatches          ${st.mismatches}\n  host crashes        ${st.crashes}`);
  process.exitCode = st.mismatches || st.crashes ? 1 : st.genBugs ? 3 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});

// ---------------------------------------------------------- long-lived ----

function writeJobFailure(args: Args, r: JobResult, source: string, suffix = ""): string {
  fs.mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `${r.status === "genbug" ? "gen-" : ""}${r.seed}${suffix}.js`);
  const header = [
    `// Kitwork fuzz failure, program seed ${r.seed} (long-lived mode${args.profile !== "all" ? `, --profile ${args.profile}` : ""})`,
    `// ${r.status}: ${r.detail.replace(/\n/g, "\n//   ")}`,
    r.v8 ? `// V8: ${r.v8}` : "",
    r.vm ? `// VM: ${r.vm}` : "",
    `// replay: node --import tsx test/fuzz/run.ts --replay ${r.seed} --long-lived${args.profile !== "all" ? ` --profile ${args.profile}` : ""}`,
  ].filter(Boolean);
  fs.writeFileSync(file, header.join("\n") + "\n\n" + source);
  return file;
}

async function longLived(args: Args, genOpts: GenOptions): Promise<void> {
  const one = args.replay ?? args.reduce;
  if (one !== undefined) {
    // One program in a child: a fatal error or a hang is reported instead of taking us down.
    const source = generate(one, genOpts);
    const runner = new ProgramRunner(args.limits, args.repeat);
    const r = { ...(await runner.run(source)), seed: one };
    if (args.replay !== undefined) {
      await runner.close();
      console.log(source);
      console.log(`${r.status}${r.detail ? `: ${r.detail}` : ""}`);
      if (r.v8) console.log(`V8: ${r.v8}`);
      if (r.vm) console.log(`VM: ${r.vm}`);
      process.exitCode = r.status === "ok" ? 0 : r.status === "genbug" ? 3 : 1;
      return;
    }
    if (r.status === "ok" || r.status === "genbug") {
      await runner.close();
      console.log(`program ${one} does not fail (${r.status}); nothing to reduce`);
      return;
    }
    let tries = 0;
    const small = await reduceLines(
      source,
      async (src) => {
        tries++;
        const v8 = runV8(src, 1000);
        if (generatorBug(v8) || v8.kind === "syntax") return false;
        const c = await runner.run(src);
        // Dying and being killed for outliving the limits are one class: the process does not survive the run.
        const lost = (st: string) => st === "died" || st === "outlived";
        return lost(r.status) ? lost(c.status) : c.status === r.status && (r.status !== "mismatch" || c.detail === r.detail);
      },
      (s) => process.stderr.write(s + "\n"),
    );
    const again = { ...(await runner.run(small)), seed: one };
    await runner.close();
    const file = writeJobFailure(args, again, small, ".min");
    console.log(small);
    console.log(`${again.status}: ${again.detail}\n${tries} candidates; written to ${path.relative(process.cwd(), file)}`);
    return;
  }

  const { limits } = args;
  console.log(
    `fuzz: ${args.iterations} programs in one long-lived process, master seed ${args.seed}, profile ${args.profile}` +
      `${args.disable.length ? `, disabled: ${args.disable.join(",")}` : ""}; per run: timeout ${limits.timeoutMs} ms, ` +
      `budget ${limits.budget}, outlived after ${limits.factor} x (timeout + 2 s)${args.repeat ? "; each program runs twice on the VM" : ""}`,
  );
  const start = performance.now();
  const counts: Record<string, number> = {};
  let done = 0;
  let slowest = { seed: 0, ms: 0 };
  const report = await runLongLived({
    iterations: args.iterations,
    seed: args.seed,
    genOpts,
    limits,
    repeat: args.repeat,
    maxFailures: args.maxFailures,
    onResult: (r) => {
      counts[r.status] = (counts[r.status] ?? 0) + 1;
      if (r.i >= 0) done++;
      if ((r.ms ?? 0) > slowest.ms) slowest = { seed: r.seed, ms: r.ms! };
      if (r.status !== "ok") {
        const source = r.i >= 0 ? generate(r.seed, genOpts) : "";
        const file = writeJobFailure(args, r, source);
        console.log(`  ${r.status.toUpperCase()} (seed ${r.seed}): ${r.detail.split("\n")[0]} -> ${path.relative(process.cwd(), file)}`);
        if (r.status === "died") console.log(r.detail.split("\n").slice(1).map((l) => `      ${l}`).join("\n"));
      }
      if (done % 1000 === 0 && r.i >= 0) {
        const secs = (performance.now() - start) / 1000;
        console.log(`  ${done} programs, ${secs.toFixed(1)}s (${(done / secs).toFixed(0)} programs/s)`);
      }
    },
  });
  if (report.noVm) {
    console.log(`fuzz: the VM could not be loaded in the child: ${report.noVm}`);
    process.exitCode = 2;
    return;
  }
  const secs = report.ms / 1000;
  console.log("fuzz: summary (long-lived)");
  console.log(`  programs            ${report.programs} in ${secs.toFixed(1)}s (${(report.programs / secs).toFixed(0)}/s) in ${report.children} process(es)`);
  console.log(`  outcomes            ${Object.entries(counts).sort().map(([k, n]) => `${k}=${n}`).join(", ")}`);
  console.log(`  slowest VM run      seed ${slowest.seed} ${slowest.ms.toFixed(0)} ms`);
  const bad = report.failures.filter((f) => f.status !== "genbug");
  if (report.failures.length >= args.maxFailures) console.log(`  stopped after ${args.maxFailures} failures`);
  process.exitCode = bad.length ? 1 : report.failures.length ? 3 : 0;
}
