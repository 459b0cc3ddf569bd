// Start-up benchmark: `npm run bench:start -- [--quick] [--rounds N] [--only run|start]
//                                            [--kitwork DIR] [--base DIR]`.
//
// What a user waits for before any work is done, each a fresh process, against what they
// would compare it with, measured in this one run:
//   run:   the whole process of `kitwork run` of a file holding `return 1`, against
//          `node -e 1` (the floor) and QuickJS-wasm evaluating `1` in a fresh process;
//   start: `kitwork start examples` from spawn to the first 200 of GET /hello, against a
//          bare node:http server and a Fastify one answering the same route (and, for what
//          the supervisor costs, `kitwork start --no-supervise`).
// The contenders run interleaved, round by round, starting each round one further along,
// so a burst of load from elsewhere on the machine falls on all of them alike; medians of
// the rounds, ratios against the baselines of the same run. One warm-up round first (file
// caches, the examples' state store, the install's compiled builtins) is not counted.
//
// --kitwork DIR  the kitwork checkout to measure (default: this one; its dist/ is run, so
//                `npm run build` first)
// --base DIR     a second checkout measured beside it as "… (base)" (e.g. an older commit
//                exported with `git archive`, built, node_modules linked): before/after in
//                one run

import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { printTargets, type TargetResult } from "./report.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RUN_TARGET_MS = 100;
const USAGE = "usage: npm run bench:start -- [--quick] [--rounds N] [--only run|start] [--kitwork DIR] [--base DIR]";

interface Settings {
  rounds: number;
  only: "run" | "start" | null;
  kitwork: string;
  base: string | null;
}

function parseCli(): Settings {
  let v;
  try {
    v = parseArgs({ options: { quick: { type: "boolean" }, rounds: { type: "string" }, only: { type: "string" }, kitwork: { type: "string" }, base: { type: "string" } } }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const rounds = v.rounds === undefined ? (v.quick ? 5 : 11) : Number(v.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error(`--rounds must be a whole number ≥ 1\n${USAGE}`);
    process.exit(2);
  }
  if (v.only !== undefined && v.only !== "run" && v.only !== "start") {
    console.error(`--only takes run or start\n${USAGE}`);
    process.exit(2);
  }
  const checkout = (dir: string) => {
    const full = path.resolve(dir);
    if (!fs.existsSync(path.join(full, "dist/cli/main.js"))) {
      console.error(`${full}: no dist/cli/main.js — run \`npm run build\` there first`);
      process.exit(2);
    }
    return full;
  };
  return { rounds, only: (v.only as Settings["only"]) ?? null, kitwork: checkout(v.kitwork ?? ROOT), base: v.base ? checkout(v.base) : null };
}

// ---------------------------------------------------------------- contenders

/** A contender: spawns one fresh process and resolves with the milliseconds it took, or throws. */
interface Contender {
  label: string;
  measure(): Promise<number>;
}

function spawned(argv: string[], cwd: string, env: Record<string, string> = {}): { child: ChildProcess; out: () => string; err: () => string } {
  const child = spawn(argv[0]!, argv.slice(1), { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "", ...env } });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  return { child, out: () => out, err: () => err };
}

/** The whole process: spawn → exit, its stdout checked. */
function processContender(label: string, argv: string[], cwd: string, expected: string): Contender {
  return {
    label,
    measure: () =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        const p = spawned(argv, cwd);
        let took = 0;
        p.child.once("exit", () => (took = performance.now() - t0));
        p.child.once("error", reject);
        p.child.once("close", (code) => {
          if (code !== 0 || p.out().trim() !== expected) reject(new Error(`${label}: exit ${code}, stdout ${JSON.stringify(p.out().trim())} (expected ${JSON.stringify(expected)})\n${p.err()}`));
          else resolve(took);
        });
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** One GET: its status, or null when nothing answers yet. */
function get(port: number, pathname: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: pathname, agent: false }, (res) => {
      res.resume();
      res.once("end", () => resolve(res.statusCode ?? 0));
    });
    req.once("error", () => resolve(null));
  });
}

const GIVE_UP_MS = 60_000;

/** A server (told its port by $PORT): spawn → the first 200 of GET `pathname` (polled every millisecond), then stopped before the next contender runs. */
function serverContender(label: string, argv: (port: number) => string[], cwd: string, pathname: string): Contender {
  return {
    label,
    async measure() {
      const port = await freePort();
      const t0 = performance.now();
      const p = spawned(argv(port), cwd, { PORT: String(port) });
      let exited: number | null | undefined;
      p.child.once("exit", (code) => (exited = code));
      try {
        for (;;) {
          if (exited !== undefined) throw new Error(`${label}: exited (${exited}) before answering\n${p.err()}`);
          const status = await get(port, pathname);
          if (status === 200) return performance.now() - t0;
          if (status !== null) throw new Error(`${label}: GET ${pathname} answered ${status}\n${p.err()}`);
          if (performance.now() - t0 > GIVE_UP_MS) throw new Error(`${label}: no answer within ${GIVE_UP_MS} ms\n${p.err()}`);
          await new Promise((r) => setTimeout(r, 1));
        }
      } finally {
        if (exited === undefined) {
          const gone = new Promise((r) => p.child.once("exit", r));
          p.child.kill("SIGTERM");
          await gone;
        }
      }
    },
  };
}

const BARE_SERVER = `
const http = require("node:http");
http.createServer((req, res) => {
  const body = JSON.stringify({ hello: "world" });
  res.writeHead(req.url === "/hello" ? 200 : 404, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.env.PORT), "127.0.0.1");
process.once("SIGTERM", () => process.exit(0));`;

const FASTIFY_SERVER = `
import Fastify from "fastify";
const app = Fastify();
app.get("/hello", async () => ({ hello: "world" }));
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
process.once("SIGTERM", () => process.exit(0));`;

const QUICKJS = `
import { newQuickJSWASMModule, RELEASE_SYNC } from "quickjs-emscripten";
const module = await newQuickJSWASMModule(RELEASE_SYNC);
const vm = module.newContext();
const result = vm.unwrapResult(vm.evalCode("(function () { return 1; })()"));
console.log(vm.dump(result));
result.dispose();
vm.dispose();`;

/** A node process running `source` (ESM when `module`; from the repository, for its packages). */
function nodeRunning(source: string, module: boolean): () => string[] {
  return () => [process.execPath, ...(module ? ["--input-type=module"] : []), "-e", source];
}

function contenders(s: Settings, work: string, examples: string): { run: Contender[]; start: Contender[] } {
  const kitworks: Array<[string, string]> = [["kitwork", s.kitwork], ...(s.base ? [["kitwork (base)", s.base] as [string, string]] : [])];
  const run: Contender[] = [
    processContender("node -e 1", [process.execPath, "-e", "1"], ROOT, ""),
    processContender("QuickJS-wasm", [process.execPath, "--input-type=module", "-e", QUICKJS], ROOT, "1"),
    ...kitworks.map(([label, dir]) => processContender(`${label} run`, [process.execPath, path.join(dir, "bin/kitwork.js"), "run", work], os.tmpdir(), "1")),
  ];
  const start: Contender[] = [
    serverContender("node:http", nodeRunning(BARE_SERVER, false), ROOT, "/hello"),
    serverContender("Fastify", nodeRunning(FASTIFY_SERVER, true), ROOT, "/hello"),
    ...kitworks.flatMap(([label, dir]) => [
      serverContender(`${label} start`, (port) => [process.execPath, path.join(dir, "bin/kitwork.js"), "start", examples, "--port", String(port)], os.tmpdir(), "/hello"),
      serverContender(`${label} start --no-supervise`, (port) => [process.execPath, path.join(dir, "bin/kitwork.js"), "start", examples, "--port", String(port), "--no-supervise"], os.tmpdir(), "/hello"),
    ]),
  ];
  return { run, start };
}

// ---------------------------------------------------------------- measuring

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Every contender once per round, each round starting one further along the list; the first round is a warm-up. */
async function measureGroup(name: string, list: Contender[], rounds: number): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(list.map((c) => [c.label, []]));
  for (let round = 0; round <= rounds; round++) {
    for (let i = 0; i < list.length; i++) {
      const c = list[(i + round) % list.length]!;
      const ms = await c.measure();
      if (round > 0) times.get(c.label)!.push(ms);
    }
    process.stdout.write(round === 0 ? `${name}: warm-up done` : ` ${round}`);
  }
  process.stdout.write("\n");
  return times;
}

function printGroup(title: string, times: Map<string, number[]>, baselines: string[]): Record<string, { medianMs: number; minMs: number; maxMs: number; ratios: Record<string, number> }> {
  const med = new Map([...times].map(([k, v]) => [k, median(v)]));
  const header = ["", "median", "min", "max", ...baselines.map((b) => `vs ${b}`)];
  const rows = [...times].map(([label, xs]) => [label, `${med.get(label)!.toFixed(1)} ms`, `${Math.min(...xs).toFixed(1)} ms`, `${Math.max(...xs).toFixed(1)} ms`, ...baselines.map((b) => `${(med.get(label)! / med.get(b)!).toFixed(2)}×`)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log(`\n== ${title}`);
  for (const r of [header, ...rows]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "));
  return Object.fromEntries(
    [...times].map(([label, xs]) => [label, { medianMs: round(med.get(label)!), minMs: round(Math.min(...xs)), maxMs: round(Math.max(...xs)), ratios: Object.fromEntries(baselines.map((b) => [b, round(med.get(label)! / med.get(b)!)])) }]),
  );
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

async function main(): Promise<void> {
  const s = parseCli();
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-bench-start-"));
  const work = path.join(tmp, "one.js");
  fs.writeFileSync(work, "return 1\n");
  // A copy of examples/ (its own .kitwork state, kept across the rounds: each start is a restart).
  const examples = path.join(tmp, "examples");
  fs.cpSync(path.join(ROOT, "examples"), examples, { recursive: true, filter: (f) => !f.includes(`${path.sep}.kitwork`) });

  const cpu = os.cpus()[0]?.model ?? "unknown cpu";
  const loadBefore = os.loadavg()[0]!;
  console.log(`Kitwork start-up bench — node ${process.version}, ${cpu} x${os.cpus().length}, ${s.rounds} rounds after a warm-up, contenders interleaved`);
  console.log(`kitwork: ${s.kitwork}${s.base ? `; base: ${s.base}` : ""}`);
  console.log(`load average (1 min) before: ${loadBefore.toFixed(2)}${loadBefore > 0.5 ? " — NOTICE: something else is using the CPUs; compare the ratios, not the times" : ""}`);

  const list = contenders(s, work, examples);
  const targets: TargetResult[] = [];
  const line: Record<string, unknown> = { case: "start", node: process.version, rounds: s.rounds, loadavgBefore: round(loadBefore) };
  try {
    let runTimes: Map<string, number[]> | null = null;
    let startTimes: Map<string, number[]> | null = null;
    if (s.only !== "start") runTimes = await measureGroup("run", list.run, s.rounds);
    if (s.only !== "run") startTimes = await measureGroup("start", list.start, s.rounds);
    if (runTimes) {
      line.run = printGroup("`kitwork run` of `return 1`: the whole process", runTimes, ["node -e 1", "QuickJS-wasm"]);
      const ms = median(runTimes.get("kitwork run")!);
      targets.push({ caseName: "start", label: `kitwork run, whole process ≤ ${RUN_TARGET_MS} ms`, status: ms <= RUN_TARGET_MS ? "PASS" : "MISS", measured: ms, limit: RUN_TARGET_MS, unit: "ms" });
    }
    if (startTimes) {
      line.start = printGroup("`kitwork start examples`: spawn → first 200 of GET /hello", startTimes, ["node:http", "Fastify"]);
      const ratio = median(startTimes.get("kitwork start")!) / median(startTimes.get("Fastify")!);
      targets.push({ caseName: "start", label: "kitwork start → first 200 ≤ Fastify's (ratio)", status: ratio <= 1 ? "PASS" : "MISS", measured: ratio, limit: 1, unit: "× Fastify" });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  line.loadavgAfter = round(os.loadavg()[0]!);
  console.log(`\nload average (1 min) after: ${os.loadavg()[0]!.toFixed(2)}`);
  console.log(`BENCH ${JSON.stringify(line)}`);
  printTargets(targets);
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  await main();
} catch (err) {
  console.error(`bench:start: ${(err as Error)?.stack ?? err}`);
  process.exitCode = 1;
}
