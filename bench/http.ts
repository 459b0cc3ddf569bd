// Kitwork HTTP benchmark: `npm run bench:http -- [--quick] [--profile] [...]`.
//
// Load-tests three servers answering GET /hello with {"hello":"world"}:
//   (a) node:http  — a bare node:http handler (bench/http/bare-server.ts)
//   (b) kitwork    — the real Engine + HttpServer serving bench/http/works/hello.js
//                    (bench/http/kitwork-server.ts, from src/ via tsx; or, with
//                    `--kitwork cli`, `node bin/kitwork.js start` from the dist build)
//   (c) fastify    — Fastify, the framework a user would pick instead (bench/http/fastify-server.ts)
// Each server is its own process pinned to core 0 (`taskset -c 0`); the load generator
// (wrk, else autocannon via npx) is pinned to core 1, so neither shares an event loop or
// a core with the other. After a warm-up, (a), (b) and (c) take turns per connection
// count, in this one run, so the ratios (b)/(a) and (c)/(a) compare like with like on
// this machine; with --pairs N each connection count is measured as N rounds of the three
// and the median ratios are the result (this machine's speed drifts by ±30% from minute
// to minute).

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runLoad, wrkVersion, type LoadResult, type LoaderName } from "./http/load.ts";
import { summarize, type CpuProfile } from "./http/profile.ts";
import { READY } from "./http/serve-common.ts";
import { printTargets, type TargetResult } from "./report.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORKS = path.join(ROOT, "bench/http/works");
const PATH = "/hello";
const EXPECTED_BODY = '{"hello":"world"}';
const CASE = "http-hello";
const TARGET = 0.8;
const STRETCH = 0.9;
/** Other processes using more than this (% of one core) during a run make it noisy. */
const NOISY_PCT = 15;
const USAGE = `usage: npm run bench:http -- [--quick] [--connections 10,50] [--duration S] [--warmup S]
                            [--kitwork src|cli] [--loader wrk|autocannon] [--profile] [--no-pin]
                            [--retries N] [--quiet-wait S] [--pairs N]
  --quick        3 s per measurement instead of 10 s
  --kitwork src  (default) Engine + HttpServer imported from src/ under tsx — follows the working tree
  --kitwork cli  \`node bin/kitwork.js start\` from dist/ (run \`npm run build\` first)
  --profile      afterwards, load each server once more under V8's CPU profiler and print
                 where its time goes (self/inclusive per function with file:line, µs per request)
  --no-pin       do not pin processes to cores with taskset
  --retries N    re-measure a round of (a), (b), (c) when other processes used over ${NOISY_PCT}% of
                 a core during it, keeping the quietest attempt (default 2)
  --quiet-wait S before each round, wait up to S seconds for the machine to go quiet (default 30; 0: off)
  --pairs N      measure each connection count as N rounds of (a), (b), (c), one after another;
                 the results are the medians of their ratios to (a) (default 3)`;

type KitworkMode = "src" | "cli";

interface Settings {
  quick: boolean;
  connections: number[];
  durationS: number;
  warmupS: number;
  kitwork: KitworkMode;
  loader: LoaderName;
  loaderLabel: string;
  profile: boolean;
  pin: boolean;
  /** Re-measurements of a noisy (a)/(b) pair. */
  retries: number;
  /** Seconds to wait for a quiet machine before each round (0: don't). */
  quietWaitS: number;
  /** Rounds of (a), (b), (c) per connection count; the median ratios are reported. */
  pairs: number;
}

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function positive(text: string, what: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) usageError(`${what} must be a positive number, got ${JSON.stringify(text)}`);
  return n;
}

function nonNegative(text: string, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) usageError(`${what} must be a whole number ≥ 0, got ${JSON.stringify(text)}`);
  return n;
}

function parseCli(): Settings {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        quick: { type: "boolean", default: false },
        connections: { type: "string", default: "10,50" },
        duration: { type: "string" },
        warmup: { type: "string", default: "2" },
        kitwork: { type: "string", default: "src" },
        loader: { type: "string" },
        profile: { type: "boolean", default: false },
        "no-pin": { type: "boolean", default: false },
        retries: { type: "string", default: "2" },
        "quiet-wait": { type: "string", default: "30" },
        pairs: { type: "string", default: "3" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (err) {
    usageError((err as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const connections = values.connections.split(",").map((s) => Math.round(positive(s.trim(), "--connections")));
  if (values.kitwork !== "src" && values.kitwork !== "cli") usageError(`--kitwork must be src or cli`);
  if (values.loader !== undefined && values.loader !== "wrk" && values.loader !== "autocannon") usageError(`--loader must be wrk or autocannon`);
  const wrk = wrkVersion();
  const loader: LoaderName = (values.loader as LoaderName | undefined) ?? (wrk ? "wrk" : "autocannon");
  if (loader === "wrk" && !wrk) usageError("wrk not found on PATH (apt-get install -y wrk), or use --loader autocannon");
  const quick = values.quick;
  return {
    quick,
    connections,
    durationS: values.duration !== undefined ? positive(values.duration, "--duration") : quick ? 3 : 10,
    warmupS: positive(values.warmup, "--warmup"),
    kitwork: values.kitwork,
    loader,
    loaderLabel: loader === "wrk" ? wrk! : "autocannon (npx)",
    profile: values.profile,
    pin: !values["no-pin"],
    retries: nonNegative(values.retries, "--retries"),
    quietWaitS: nonNegative(values["quiet-wait"], "--quiet-wait"),
    pairs: Math.round(positive(values.pairs, "--pairs")),
  };
}

// ---------------------------------------------------------------- child processes

const children = new Set<ChildProcess>();

function track(child: ChildProcess): void {
  children.add(child);
  child.once("exit", () => children.delete(child));
}

function killAll(signal: NodeJS.Signals): void {
  for (const child of children) {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

// Children never outlive this process: SIGKILL on any exit (normal, error, process.exit),
// and the signals first stop them, then exit. Server entries also exit when their stdin
// (a pipe from this process) closes, which covers even a SIGKILL of this process.
process.on("exit", () => killAll("SIGKILL"));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    console.error(`\nbench:http: ${signal}, stopping servers and load generator`);
    killAll("SIGTERM");
    process.exit(128 + (os.constants.signals[signal] ?? 0));
  });
}

function pinPrefix(s: Settings, core: number): string[] {
  return s.pin ? ["taskset", "-c", String(core)] : [];
}

/** Whether taskset can pin to cores 0 and 1 here. */
function canPin(): { ok: boolean; reason?: string } {
  const cpus = os.availableParallelism?.() ?? os.cpus().length;
  if (cpus < 2) return { ok: false, reason: `only ${cpus} CPU available` };
  for (const core of ["0", "1"]) {
    const r = spawnSync("taskset", ["-c", core, "true"]);
    if (r.error || r.status !== 0) return { ok: false, reason: `taskset -c ${core} failed: ${r.error?.message ?? r.stderr?.toString().trim()}` };
  }
  return { ok: true };
}

interface Server {
  name: string;
  label: string;
  child: ChildProcess;
  port: number;
  url: string;
  /** Sends a stdin command (src-mode entries only) and resolves with the reply. */
  command?: (line: string) => Promise<string>;
}

/**
 * Spawns a server and waits until it reports its port: a `READY {"port":N}` line from
 * our entries, or the CLI's `"msg":"listening"` log line.
 */
function startServer(name: string, label: string, argv: string[], opts: { cwd?: string } = {}): Promise<Server> {
  return new Promise((resolve, reject) => {
    const [bin, ...args] = argv;
    const child = spawn(bin!, args, { cwd: opts.cwd ?? ROOT, stdio: ["pipe", "pipe", "pipe"] });
    track(child);
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (s: string) => {
      stderr += s;
      if (stderr.length > 20_000) stderr = stderr.slice(-10_000);
    });
    const waiters: Array<(line: string) => boolean> = [];
    let ready = false;
    const timer = setTimeout(() => fail(new Error(`${name}: not ready after 60 s`)), 60_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`${err.message}\n${stderr}`));
    };
    child.on("error", (e) => fail(new Error(`${name}: ${e.message}`)));
    child.on("exit", (code, signal) => {
      if (!ready) fail(new Error(`${name} exited before listening (${signal ?? code}): ${argv.join(" ")}`));
    });
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!ready) {
        let port: number | undefined;
        if (line.startsWith(READY)) port = (JSON.parse(line.slice(READY.length)) as { port: number }).port;
        else {
          // The CLI's JSON log line (keys in any order).
          const m = line.includes('"msg":"listening"') ? /"url":"http:\/\/[^"]*:(\d+)"/.exec(line) : null;
          if (m) port = Number(m[1]);
        }
        if (port === undefined) return;
        ready = true;
        clearTimeout(timer);
        const command = (cmd: string) =>
          new Promise<string>((res, rej) => {
            const verb = cmd.split(/\s+/, 1)[0]!;
            waiters.push((reply) => {
              if (reply.startsWith(`OK ${verb}`)) res(reply.slice(3 + verb.length).trim());
              else if (reply.startsWith(`ERROR ${verb}`)) rej(new Error(`${name}: ${reply}`));
              else return false;
              return true;
            });
            child.stdin!.write(`${cmd}\n`);
          });
        resolve({ name, label, child, port, url: `http://127.0.0.1:${port}${PATH}`, command });
        return;
      }
      const i = waiters.findIndex((w) => w(line));
      if (i >= 0) waiters.splice(i, 1);
    });
  });
}

async function stopServer(server: Server, signal: NodeJS.Signals = "SIGTERM", graceMs = 5000): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

function nodeArgs(script: string): string[] {
  return [process.execPath, "--import", "tsx", path.join(ROOT, script)];
}

function startBare(s: Settings): Promise<Server> {
  return startServer("node:http", "(a) node:http", [...pinPrefix(s, 0), ...nodeArgs("bench/http/bare-server.ts")]);
}

function startFastify(s: Settings): Promise<Server> {
  return startServer("fastify", "(c) fastify", [...pinPrefix(s, 0), ...nodeArgs("bench/http/fastify-server.ts")]);
}

function startKitwork(s: Settings, extraNodeFlags: string[] = []): Promise<Server> {
  if (s.kitwork === "cli") {
    const bin = path.join(ROOT, "bin/kitwork.js");
    if (!fs.existsSync(path.join(ROOT, "dist/cli/main.js"))) usageError("--kitwork cli needs the build: npm run build");
    return startServer("kitwork", "(b) kitwork", [...pinPrefix(s, 0), process.execPath, ...extraNodeFlags, bin, "start", WORKS, "--port", "0"]);
  }
  const [node, ...rest] = nodeArgs("bench/http/kitwork-server.ts");
  return startServer("kitwork", "(b) kitwork", [...pinPrefix(s, 0), node!, ...extraNodeFlags, ...rest, WORKS]);
}

// ---------------------------------------------------------------- checks and runs

interface Answer {
  status: number;
  contentType: string;
  body: string;
  headers: string[];
}

function get(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { connection: "close" } }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (s: string) => (body += s));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers["content-type"] ?? ""),
          body,
          headers: Object.keys(res.headers).sort(),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${url}: timeout`)));
  });
}

/** Every server must give the same 200 JSON body before anything is timed. */
async function verify(a: Server, b: Server, c: Server): Promise<void> {
  const [ra, rb, rc] = [await get(a.url), await get(b.url), await get(c.url)];
  const problems: string[] = [];
  for (const [server, r] of [[a, ra], [b, rb], [c, rc]] as const) {
    if (r.status !== 200) problems.push(`${server.label} answered ${r.status}: ${r.body}`);
    if (r.contentType.split(";")[0]!.trim() !== "application/json") problems.push(`${server.label} content-type ${JSON.stringify(r.contentType)}`);
    if (r.body !== EXPECTED_BODY) problems.push(`${server.label} body ${JSON.stringify(r.body)}, expected ${JSON.stringify(EXPECTED_BODY)}`);
  }
  if (problems.length) throw new Error(`verification failed before timing:\n  ${problems.join("\n  ")}`);
  const extra = rb.headers.filter((h) => !ra.headers.includes(h));
  console.log(
    `verified: all three answer 200 ${rb.body} — (a) content-type ${ra.contentType}; (b) ${rb.contentType}` +
      (extra.length ? `, extra headers: ${extra.join(", ")}` : "") +
      `; (c) ${rc.contentType}`,
  );
}

function load(s: Settings, server: Server, connections: number, durationS: number): Promise<LoadResult> {
  return runLoad(s.loader, { url: server.url, connections, durationS, pin: pinPrefix(s, 1), track });
}

const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

/**
 * CPU seconds (user + system, all threads) a process and its live descendants have used so
 * far; undefined off Linux. `kitwork start` serves from a child of its supervisor.
 */
function cpuSeconds(pid: number | undefined): number | undefined {
  const fields = pid === undefined ? undefined : procStat(`/proc/${pid}/stat`); // fields from #3 (state) on
  if (!fields) return undefined;
  let total = (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // #14 utime, #15 stime
  for (const child of childrenOf(pid!)) total += cpuSeconds(child) ?? 0;
  return total;
}

/** The child processes of `pid` (from every thread's /proc children list). */
function childrenOf(pid: number): number[] {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

/** CPU seconds of this process (self) and of its reaped children (the finished load runs). */
function ownCpuSeconds(): { self: number; children: number } | undefined {
  const fields = procStat("/proc/self/stat");
  if (!fields) return undefined;
  return { self: (Number(fields[11]) + Number(fields[12])) / CLK_TCK, children: (Number(fields[13]) + Number(fields[14])) / CLK_TCK };
}

function procStat(file: string): string[] | undefined {
  try {
    const stat = fs.readFileSync(file, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** Busy CPU seconds of the whole machine (all cores) so far. */
function machineBusySeconds(): number | undefined {
  try {
    const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = cpu as [number, number, number, number, number, number, number, number];
    return (user + nice + system + irq + softirq + steal) / CLK_TCK;
  } catch {
    return undefined;
  }
}

interface Measured {
  result: LoadResult;
  /** Server CPU use over the run, in % of one core (all its threads). */
  serverCpu?: number;
  /** Load generator CPU use over the run, in % of one core. */
  loaderCpu?: number;
  /** CPU used meanwhile by everything else on the machine, in % of one core: noise. */
  otherCpu?: number;
}

async function measured(s: Settings, server: Server, connections: number): Promise<Measured> {
  const before = { server: cpuSeconds(server.child.pid), own: ownCpuSeconds(), machine: machineBusySeconds() };
  const t0 = performance.now();
  const result = await load(s, server, connections, s.durationS);
  const wall = (performance.now() - t0) / 1000;
  const after = { server: cpuSeconds(server.child.pid), own: ownCpuSeconds(), machine: machineBusySeconds() };
  const pct = (x: number) => (100 * x) / wall;
  const out: Measured = { result };
  if (before.server !== undefined && after.server !== undefined) out.serverCpu = pct(after.server - before.server);
  if (before.own && after.own) out.loaderCpu = pct(after.own.children - before.own.children);
  if (out.serverCpu !== undefined && out.loaderCpu !== undefined && before.own && after.own && before.machine !== undefined && after.machine !== undefined) {
    const mine = after.own.self - before.own.self;
    out.otherCpu = Math.max(0, pct(after.machine - before.machine - mine) - out.serverCpu - out.loaderCpu);
  }
  return out;
}

const noise = (m: Measured) => m.otherCpu ?? 0;

/**
 * Waits (up to `maxS`) until the rest of the machine has used under NOISY_PCT of a core
 * for two consecutive seconds; our servers idle meanwhile, so all of it is someone else.
 */
async function waitQuiet(maxS: number): Promise<void> {
  if (maxS <= 0 || machineBusySeconds() === undefined) return;
  const started = performance.now();
  let quiet = 0;
  let announced = false;
  while (quiet < 2 && performance.now() - started < maxS * 1000) {
    const before = { machine: machineBusySeconds()!, own: ownCpuSeconds() };
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, 1000));
    const wall = (performance.now() - t0) / 1000;
    const mine = before.own ? ownCpuSeconds()!.self - before.own.self : 0;
    const other = (100 * (machineBusySeconds()! - before.machine - mine)) / wall;
    quiet = other < NOISY_PCT ? quiet + 1 : 0;
    if (quiet === 0 && !announced) {
      process.stdout.write(`waiting for other processes to go quiet (up to ${maxS} s) … `);
      announced = true;
    }
  }
  if (announced) console.log(quiet >= 2 ? `quiet after ${((performance.now() - started) / 1000).toFixed(0)} s` : "gave up; measuring anyway");
}

/**
 * Each server in turn at `c` connections. When other processes were busy during any run,
 * the round is measured again (up to --retries times) and the quietest attempt is kept.
 */
async function measureRound(s: Settings, servers: readonly Server[], c: number): Promise<{ ms: Measured[]; attempts: number }> {
  let best: Measured[] | undefined;
  const worstOf = (ms: Measured[]) => Math.max(...ms.map(noise));
  let attempts = 0;
  for (let i = 0; i <= s.retries; i++) {
    await waitQuiet(s.quietWaitS);
    attempts++;
    const ms: Measured[] = [];
    for (const server of servers) ms.push(await measured(s, server, c));
    const worst = worstOf(ms);
    if (!best || worst < worstOf(best)) best = ms;
    if (worst <= NOISY_PCT) break;
    if (i < s.retries) console.log(`c=${c}: other processes used up to ${worst.toFixed(0)}% of a core during the round — measuring it again`);
  }
  return { ms: best!, attempts };
}

// ---------------------------------------------------------------- report

interface Row extends Measured {
  server: Server;
  connections: number;
  ratio?: number;
}

function formatUs(us: number): string {
  if (us < 1000) return `${us.toFixed(0)} µs`;
  if (us < 1e6) return `${(us / 1000).toFixed(2)} ms`;
  return `${(us / 1e6).toFixed(2)} s`;
}

function printTable(s: Settings, rows: readonly Row[]): void {
  // autocannon keeps whole milliseconds.
  const latency = (us: number) => (s.loader === "autocannon" && us < 1000 ? "<1 ms" : formatUs(us));
  const header = ["server", "connections", "req/s", "p50", "p99", "ratio to (a)", "server CPU", "loadgen CPU", "other CPU"];
  const cells = rows.map((r) => [
    r.server.label,
    String(r.connections),
    Math.round(r.result.reqPerSec).toLocaleString("en-US"),
    latency(r.result.p50Us),
    latency(r.result.p99Us),
    r.ratio === undefined ? "" : r.ratio.toFixed(2),
    r.serverCpu === undefined ? "?" : `${r.serverCpu.toFixed(0)}%`,
    r.loaderCpu === undefined ? "?" : `${r.loaderCpu.toFixed(0)}%`,
    r.otherCpu === undefined ? "?" : `${r.otherCpu.toFixed(0)}%${r.otherCpu > NOISY_PCT ? " !" : ""}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const c of cells) console.log(line(c));
  console.log(`CPU columns: % of one core over the run — the server process (all threads), the load generator, and everything else on the machine (noise; "!" above ${NOISY_PCT}%)`);
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function resultJson({ result: r, serverCpu, loaderCpu, otherCpu }: Measured, ratio?: number): Record<string, unknown> {
  return {
    reqPerSec: round(r.reqPerSec),
    p50Us: round(r.p50Us),
    p99Us: round(r.p99Us),
    requests: r.requests,
    durationS: round(r.durationS, 2),
    non2xx: r.non2xx,
    socketErrors: r.socketErrors,
    ...(r.bytesPerResponse !== undefined ? { bytesPerResponse: round(r.bytesPerResponse) } : {}),
    ...(serverCpu !== undefined ? { serverCpuPct: round(serverCpu) } : {}),
    ...(loaderCpu !== undefined ? { loaderCpuPct: round(loaderCpu) } : {}),
    ...(otherCpu !== undefined ? { otherCpuPct: round(otherCpu) } : {}),
    ...(ratio !== undefined ? { ratio: round(ratio, 3) } : {}),
  };
}

function targetsFor(connections: number, ratio: number): TargetResult[] {
  const make = (limit: number, stretch: boolean): TargetResult => ({
    caseName: `${CASE} c=${connections}`,
    label: `${stretch ? "stretch: " : ""}kitwork ≥ ${limit} × node:http req/s`,
    status: ratio >= limit ? "PASS" : "MISS",
    measured: ratio,
    limit,
    unit: "× node:http",
  });
  return [make(TARGET, false), make(STRETCH, true)];
}

// ---------------------------------------------------------------- profile

/** Loads `server` under the CPU profiler; returns the profile file and the requests served. */
async function profileOne(s: Settings, server: Server, c: number, dir: string): Promise<{ file: string; requests: number; server: Server }> {
  if (server.name !== "kitwork" || s.kitwork === "src") {
    const file = path.join(dir, `${server.name.replace(/\W+/g, "-")}.cpuprofile`);
    await server.command!("profile-start 100");
    const r = await load(s, server, c, s.durationS);
    await server.command!(`profile-stop ${file}`);
    console.log(`   under the profiler: ${Math.round(r.reqPerSec).toLocaleString("en-US")} req/s`);
    return { file, requests: r.requests, server };
  }
  // The CLI takes no commands: a fresh server under --cpu-prof, warmed up, loaded, then
  // SIGINT so that it exits cleanly and writes the profile.
  const fresh = await startKitwork(s, ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "100"]);
  const w = await load(s, fresh, c, s.warmupS);
  const r = await load(s, fresh, c, s.durationS);
  console.log(`   under the profiler: ${Math.round(r.reqPerSec).toLocaleString("en-US")} req/s (this profile includes start-up and the warm-up)`);
  await stopServer(fresh, "SIGINT", 15_000);
  // `kitwork start` writes two: the supervisor's (node passes its flags to the engine it
  // spawns) and the engine's, which served the requests: the larger.
  const found = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile") && f.startsWith("CPU."));
  if (!found.length) throw new Error(`no .cpuprofile written in ${dir}`);
  const size = (f: string) => fs.statSync(path.join(dir, f)).size;
  const engine = found.reduce((a, b) => (size(b) > size(a) ? b : a));
  return { file: path.join(dir, engine), requests: w.requests + r.requests, server: fresh };
}

/** --profile: where each server's time goes under the same load, per request. */
async function profilePass(s: Settings, servers: readonly Server[]): Promise<void> {
  const c = Math.max(...s.connections);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-bench-http-"));
  for (const server of servers) {
    console.log(`\n== profile: ${server.label} under load, ${c} connections, ${s.durationS} s (not timed: the profiler slows it)`);
    const { file, requests } = await profileOne(s, server, c, dir);
    const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
    console.log(`   profile: ${file} (Chrome DevTools → Performance → load profile, or speedscope)`);
    const top = server.name === "kitwork" ? 25 : 12;
    for (const line of summarize(profile, ROOT, { top, requests })) console.log(line ? `   ${line}` : "");
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const s = parseCli();
  const started = performance.now();
  if (s.pin) {
    const pin = canPin();
    if (!pin.ok) {
      console.log(`NOTICE: not pinning processes to cores (${pin.reason}); server and load generator share the CPUs`);
      s.pin = false;
    }
  }
  const cpu = os.cpus()[0]?.model ?? "unknown cpu";
  console.log(
    `Kitwork HTTP bench — node ${process.version}, ${cpu} x${os.cpus().length}, ${s.quick ? "quick" : "full"} mode: ` +
      `${s.durationS} s per run after a ${s.warmupS} s warm-up, connections ${s.connections.join(", ")}`,
  );
  console.log(
    `load: ${s.loaderLabel}, 1 thread${s.pin ? ", pinned to core 1" : ""}; servers${s.pin ? " pinned to core 0" : ""}: ` +
      `(a) bench/http/bare-server.ts, (b) ${s.kitwork === "src" ? "bench/http/kitwork-server.ts (src/ via tsx)" : "node bin/kitwork.js start (dist/)"} serving bench/http/works/, (c) bench/http/fastify-server.ts`,
  );
  const [load1] = os.loadavg();
  console.log(`load average (1 min) before start: ${load1!.toFixed(2)}${load1! > 0.5 ? " — NOTICE: something else is using the CPUs; figures will be noisy" : ""}`);
  if (s.loader === "autocannon") console.log("NOTICE: wrk not used — load from autocannon via npx (numbers are not comparable with wrk runs; latencies in whole ms)");

  const [a, b, f] = await Promise.all([startBare(s), startKitwork(s), startFastify(s)]);
  const servers = [a, b, f];
  await verify(a, b, f);

  const warmC = Math.max(...s.connections);
  for (const server of servers) await load(s, server, warmC, s.warmupS);

  const rows: Row[] = [];
  const targets: TargetResult[] = [];
  const bench: string[] = [];
  const medians: string[] = [];
  for (const c of s.connections) {
    const rounds: Array<{ ma: Measured; mb: Measured; mf: Measured; attempts: number; ratio: number; fastifyRatio: number }> = [];
    for (let p = 0; p < s.pairs; p++) {
      const { ms, attempts } = await measureRound(s, servers, c);
      const [ma, mb, mf] = ms as [Measured, Measured, Measured];
      const ratio = mb.result.reqPerSec / ma.result.reqPerSec;
      const fastifyRatio = mf.result.reqPerSec / ma.result.reqPerSec;
      rounds.push({ ma, mb, mf, attempts, ratio, fastifyRatio });
      rows.push({ server: a, connections: c, ...ma }, { server: b, connections: c, ...mb, ratio }, { server: f, connections: c, ...mf, ratio: fastifyRatio });
    }
    // The median round by Kitwork's ratio (the lower middle one of an even count) stands for
    // the connection count; Fastify's ratio is the median of its own.
    const mid = Math.floor((rounds.length - 1) / 2);
    const { ma, mb, mf, attempts, ratio } = [...rounds].sort((x, y) => x.ratio - y.ratio)[mid]!;
    const fastifyRatio = rounds.map((x) => x.fastifyRatio).sort((x, y) => x - y)[mid]!;
    if (s.pairs > 1) {
      medians.push(`c=${c}: kitwork median ratio ${ratio.toFixed(2)} of ${rounds.length} rounds (${rounds.map((x) => x.ratio.toFixed(2)).join(", ")})`);
      medians.push(`c=${c}: fastify median ratio ${fastifyRatio.toFixed(2)} (${rounds.map((x) => x.fastifyRatio.toFixed(2)).join(", ")})`);
    }
    const t = targetsFor(c, ratio);
    targets.push(...t, {
      caseName: `${CASE} c=${c}`,
      label: "kitwork level with Fastify (medians of the ratios to node:http)",
      status: ratio >= fastifyRatio ? "PASS" : "MISS",
      measured: ratio / fastifyRatio,
      limit: 1,
      unit: "× Fastify",
    });
    for (const [server, m] of [[a, ma], [b, mb], [f, mf]] as const) {
      const r = m.result;
      if (r.non2xx || r.socketErrors) console.log(`WARNING: ${server.label} c=${c}: ${r.non2xx} non-2xx responses, ${r.socketErrors} socket errors/timeouts`);
      if (noise(m) > NOISY_PCT) console.log(`WARNING: ${server.label} c=${c}: other processes used ${noise(m).toFixed(0)}% of a core during the run (best of ${attempts} attempt(s)) — this row is noisy`);
    }
    const line = {
      case: CASE,
      connections: c,
      quick: s.quick,
      node: process.version,
      loader: s.loaderLabel,
      kitwork: s.kitwork,
      pinned: s.pin,
      durationS: s.durationS,
      attempts,
      pairs: rounds.map((x) => round(x.ratio, 3)),
      fastifyRatios: rounds.map((x) => round(x.fastifyRatio, 3)),
      loadavg: round(os.loadavg()[0]!, 2),
      servers: { "node:http": resultJson(ma), kitwork: resultJson(mb, ratio), fastify: resultJson(mf, mf.result.reqPerSec / ma.result.reqPerSec) },
      target: { ratio: round(ratio, 3), fastifyRatio: round(fastifyRatio, 3), limit: TARGET, stretch: STRETCH, status: t[0]!.status, stretchStatus: t[1]!.status },
    };
    bench.push(`BENCH ${JSON.stringify(line)}`);
  }

  console.log("");
  printTable(s, rows);
  for (const line of medians) console.log(line);
  console.log("");
  for (const line of bench) console.log(line);
  printTargets(targets);

  if (s.profile) await profilePass(s, servers);

  await Promise.all(servers.map((x) => stopServer(x)));
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  await main();
} catch (err) {
  console.error(`bench:http: ${(err as Error)?.stack ?? err}`);
  process.exitCode = 1;
  killAll("SIGTERM");
}
