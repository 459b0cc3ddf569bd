// Long-lived mode: thousands of generated programs inside ONE child process, on the one
// shared runtime (realm, prelude and interpreter pool reused from run to run, as the
// engine does). The parent sends programs to the child and watches it:
//
//   * the child writes `start` before a program and `done` after it, synchronously on its
//     stdout, so the line is in the pipe even when V8 aborts the process right after;
//   * a child that dies (exit code or signal, e.g. a V8 fatal error) is reported with the
//     program it was running, its stderr, and a fresh child carries on with the next one;
//   * a program that has not ended `factor` × its timeout after it started "outlived its
//     limits": the parent kills the child (SIGKILL) and reports the seed;
//   * in the child each program also runs on V8 (differential check, as in-process), and
//     (with `repeat`) twice on the VM: a second run must give the same outcome as the first,
//     or a run left something behind for the next one.
//
// The same child serves the reducer (`--reduce SEED --long-lived` in run.ts): candidates
// that kill or freeze the process are recognised without killing the fuzzer.

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { generate, programSeed, type GenOptions } from "./gen.ts";
import { compare, describe, generatorBug, loadVm, runV8, runVm, type VmApi } from "./harness.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");

export interface LongLivedLimits {
  /** Deadline of one VM run (limits.timeoutMs). */
  timeoutMs: number;
  /** Budget of one VM run (limits.budget). */
  budget: number;
  /** A program that has not ended after factor × (timeoutMs + V8's 2 s) of wall time outlived its limits. */
  factor: number;
}

export const DEFAULT_LIMITS: LongLivedLimits = { timeoutMs: 5000, budget: 50_000_000, factor: 10 };

/** What one program did in the child. */
export interface JobResult {
  i: number;
  seed: number;
  /** "ok": agreed with V8; otherwise what went wrong. */
  status: "ok" | "mismatch" | "crash" | "unstable" | "genbug" | "died" | "outlived";
  detail: string;
  v8?: string;
  vm?: string;
  ms?: number;
  /** The child process is gone (it died, or was killed because the run outlived its limits). */
  lost?: boolean;
}

interface Job {
  i: number;
  seed: number;
  source: string;
}

const V8_TIMEOUT_MS = 2000;

// ------------------------------------------------------------------ child ----

function writeLine(obj: unknown): void {
  const buf = Buffer.from(JSON.stringify(obj) + "\n");
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(1, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    }
  }
}

async function childMain(): Promise<void> {
  const limits: LongLivedLimits = JSON.parse(process.env.KITWORK_FUZZ_LIMITS ?? JSON.stringify(DEFAULT_LIMITS));
  const repeat = process.env.KITWORK_FUZZ_REPEAT !== "0";
  // Tests of the watcher: a program containing this text aborts the process, as a V8 fatal error would.
  const abortMark = process.env.KITWORK_FUZZ_ABORT_MARK || null;
  const { api, reason } = await loadVm();
  if (!api) {
    writeLine({ t: "novm", reason });
    return;
  }
  writeLine({ t: "ready", pid: process.pid });
  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const job = JSON.parse(line) as Job;
    writeLine({ t: "start", i: job.i, seed: job.seed });
    if (abortMark && job.source.includes(abortMark)) process.abort();
    const r = await runJob(api, job, limits, repeat);
    writeLine({ t: "done", ...r });
  }
  writeLine({ t: "end", rss: process.memoryUsage().rss });
  process.exit(0); // nothing the runs left behind (timers, workers) keeps the child alive
}

async function runJob(api: VmApi, job: Job, limits: LongLivedLimits, repeat: boolean): Promise<JobResult> {
  const base = { i: job.i, seed: job.seed };
  const v8 = runV8(job.source, V8_TIMEOUT_MS);
  const genBug = generatorBug(v8);
  const t0 = performance.now();
  const ours = await runVm(api, job.source, limits.timeoutMs, limits.budget);
  const ms = performance.now() - t0;
  const out = { ...base, v8: describe(v8), vm: describe(ours), ms };
  if (ms > limits.timeoutMs * limits.factor) {
    return { ...out, status: "outlived", detail: `the VM run took ${ms.toFixed(0)} ms with a ${limits.timeoutMs} ms timeout` };
  }
  if (ours.kind === "crash") return { ...out, status: "crash", detail: "host crash (VM threw a non-guest error)" };
  if (genBug) return { ...out, status: "genbug", detail: genBug };
  const reason = compare(v8, ours);
  if (reason) return { ...out, status: "mismatch", detail: reason };
  if (repeat) {
    const again = await runVm(api, job.source, limits.timeoutMs, limits.budget);
    if (describe(again) !== describe(ours)) {
      return { ...out, status: "unstable", detail: `a second run in the same process gave ${describe(again)}` };
    }
  }
  return { ...out, status: "ok", detail: "" };
}

// ----------------------------------------------------------------- parent ----

/**
 * One child process and the jobs sent to it. `onResult` gets every job's result, including
 * the job that was running when the child died or was killed; after that the child is gone
 * and `closed` resolves with the jobs sent but not started.
 */
class Child {
  private proc: ChildProcess;
  private pending: Job[] = [];
  private current: { job: Job; since: number } | null = null;
  private stderr = "";
  private timer: NodeJS.Timeout;
  private killedFor: Job | null = null;
  private stopping = false;
  private ended = false;
  readonly ready: Promise<string | null>;
  readonly closed: Promise<Job[]>;
  private deadlineMs: number;

  constructor(
    limits: LongLivedLimits,
    repeat: boolean,
    private onResult: (r: JobResult) => void,
    abortMark?: string,
  ) {
    this.deadlineMs = limits.factor * (limits.timeoutMs + V8_TIMEOUT_MS);
    this.proc = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child"], {
      cwd: repoRoot,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, NODE_TEST_CONTEXT: undefined, KITWORK_FUZZ_LIMITS: JSON.stringify(limits), KITWORK_FUZZ_REPEAT: repeat ? "1" : "0", KITWORK_FUZZ_ABORT_MARK: abortMark ?? "" },
    });
    this.proc.stdin!.on("error", () => {}); // EPIPE when the child died; reported through exit
    this.proc.stderr!.on("data", (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-6000);
    });
    let resolveReady!: (reason: string | null) => void;
    this.ready = new Promise((r) => (resolveReady = r));
    const rl = readline.createInterface({ input: this.proc.stdout! });
    rl.on("line", (line) => {
      let msg: { t: string } & Record<string, unknown>;
      try {
        msg = JSON.parse(line);
      } catch {
        return; // not a protocol line
      }
      if (msg.t === "ready") resolveReady(null);
      else if (msg.t === "novm") resolveReady(String(msg.reason));
      else if (msg.t === "start") {
        const job = this.pending.shift()!;
        this.current = { job, since: Date.now() };
      } else if (msg.t === "done") {
        this.current = null;
        this.onResult(msg as unknown as JobResult);
      } else if (msg.t === "end") this.ended = true;
    });
    this.timer = setInterval(() => {
      if (this.current && !this.killedFor && Date.now() - this.current.since > this.deadlineMs) {
        this.killedFor = this.current.job;
        this.proc.kill("SIGKILL");
      }
    }, 200);
    this.closed = new Promise((resolve) => {
      this.proc.on("close", (code, signal) => {
        clearInterval(this.timer);
        resolveReady(`the child exited before it was ready (${signal ?? `exit code ${code}`}):\n${this.stderr}`);
        const cur = this.current;
        this.current = null;
        if (this.stopping) {
          // killed on purpose: nothing to report
        } else if (cur && this.killedFor === cur.job) {
          this.onResult({
            i: cur.job.i,
            seed: cur.job.seed,
            lost: true,
            status: "outlived",
            detail: `no result ${(this.deadlineMs / 1000).toFixed(0)} s after it started (the child was killed)`,
          });
        } else if (cur || !this.ended || code !== 0) {
          const what = signal ? `signal ${signal}` : `exit code ${code}`;
          const job = cur?.job;
          this.onResult({
            i: job?.i ?? -1,
            seed: job?.seed ?? 0,
            lost: true,
            status: "died",
            detail: `the process died (${what})${job ? "" : " between programs"}${Child.why(this.stderr)}`,
          });
        }
        resolve(this.pending);
      });
    });
  }

  /** The lines of a child's stderr that say why it died: V8's "# Fatal …" lines, else the last lines. */
  static why(stderr: string): string {
    const lines = stderr.trim().split("\n");
    const fatal = lines.filter((l) => /^#\s*\S/.test(l) || /FATAL ERROR|heap out of memory/i.test(l));
    const shown = fatal.length ? fatal.slice(0, 6) : lines.slice(-8);
    return shown.length && shown[0] ? `: ${shown.map((l) => l.trim()).join(" / ")}` : "";
  }

  send(job: Job): void {
    this.pending.push(job);
    this.proc.stdin!.write(JSON.stringify(job) + "\n");
  }
  get outstanding(): number {
    return this.pending.length + (this.current ? 1 : 0);
  }
  finish(): void {
    this.proc.stdin!.end();
  }
  /** Stop the child without reporting its end as a failure. */
  kill(): void {
    this.stopping = true;
    this.proc.kill("SIGKILL");
  }
}

export interface LongLivedOptions {
  iterations: number;
  seed: number;
  genOpts: GenOptions;
  limits?: LongLivedLimits;
  /** Run each program twice on the VM and require the same outcome (default true). */
  repeat?: boolean;
  /** Stop after this many failures (default 10). */
  maxFailures?: number;
  /** Called for every result (progress); failures are also returned. */
  onResult?: (r: JobResult) => void;
  /** Tests of the watcher only: programs containing this text abort the child. */
  abortMark?: string;
}

export interface LongLivedReport {
  programs: number;
  failures: JobResult[];
  /** Children started (1 + one per death or kill). */
  children: number;
  ms: number;
  /** Set when no child could run the VM at all. */
  noVm?: string;
}

/** Run `iterations` generated programs (master seed `seed`) in long-lived children. */
export async function runLongLived(o: LongLivedOptions): Promise<LongLivedReport> {
  const limits = o.limits ?? DEFAULT_LIMITS;
  const maxFailures = o.maxFailures ?? 10;
  const t0 = performance.now();
  const failures: JobResult[] = [];
  let programs = 0;
  let children = 0;
  let next = 0;
  const WINDOW = 16; // jobs sent ahead of the one running
  const jobOf = (i: number): Job => {
    const seed = programSeed(o.seed, i);
    return { i, seed, source: generate(seed, o.genOpts) };
  };
  while (next < o.iterations && failures.length < maxFailures) {
    let child!: Child;
    let finished = false;
    const refill = () => {
      while (child.outstanding < WINDOW && next < o.iterations) child.send(jobOf(next++));
      if (child.outstanding === 0 && !finished) {
        finished = true;
        child.finish();
      }
    };
    child = new Child(limits, o.repeat ?? true, (r) => {
      if (r.i >= 0) programs++;
      if (r.status !== "ok") failures.push(r);
      o.onResult?.(r);
      if (r.lost) return; // this child is gone; the loop starts the next
      if (failures.length >= maxFailures) child.kill();
      else refill();
    }, o.abortMark);
    children++;
    const notReady = await child.ready;
    if (notReady !== null) {
      child.kill();
      await child.closed;
      return { programs, failures, children, ms: performance.now() - t0, noVm: notReady };
    }
    refill();
    const unstarted = await child.closed;
    // Jobs sent but never started go to the next child.
    if (unstarted.length) next = Math.min(next, unstarted[0].i);
  }
  return { programs, failures, children, ms: performance.now() - t0 };
}

/**
 * A child kept alive across single programs (for the reducer): `run(source)` gives the
 * result, or "died" / "outlived" — then the next call starts a new child.
 */
export class ProgramRunner {
  private child: Child | null = null;
  private waiting: ((r: JobResult) => void) | null = null;
  private n = 0;
  constructor(
    private limits: LongLivedLimits = DEFAULT_LIMITS,
    private repeat = false,
    private abortMark?: string,
  ) {}

  async run(source: string): Promise<JobResult> {
    if (!this.child) {
      const c: Child = new Child(this.limits, this.repeat, (r) => {
        // After a death or a kill the next run needs a new child (decided before anyone resumes).
        if (r.lost && this.child === c) this.child = null;
        const w = this.waiting;
        this.waiting = null;
        w?.(r);
      }, this.abortMark);
      const notReady = await c.ready;
      if (notReady !== null) throw new Error(`fuzz: the child could not start: ${notReady}`);
      this.child = c;
      void c.closed.then(() => {
        if (this.child === c) this.child = null;
      });
    }
    const result = new Promise<JobResult>((resolve) => (this.waiting = resolve));
    this.child.send({ i: this.n++, seed: 0, source });
    return result;
  }

  async close(): Promise<void> {
    const c = this.child;
    this.child = null;
    if (c) {
      c.finish();
      await c.closed;
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.includes("--child")) {
  childMain().catch((e) => {
    process.stderr.write(`fuzz child: ${(e as Error)?.stack ?? e}\n`);
    process.exit(70);
  });
}

// Keep the formatted report of one failure here, so run.ts and fuzz.test.ts print the same.
export function formatJob(r: JobResult, source: string): string {
  return [
    `--- program seed ${r.seed}: ${r.status}: ${r.detail}`,
    `    replay: node --import tsx test/fuzz/run.ts --replay ${r.seed}${r.status === "died" || r.status === "outlived" ? " --long-lived" : ""}`,
    source.trimEnd(),
    r.v8 ? `    V8: ${r.v8}` : "",
    r.vm ? `    VM: ${r.vm}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}
