// Load generators for `npm run bench:http`: wrk (preferred; `apt-get install wrk`) or,
// when wrk is missing, autocannon through npx. Each run yields requests/s and the
// p50/p99 latency; parsing is kept separate from spawning so it can be checked alone.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export type LoaderName = "wrk" | "autocannon";

export interface LoadResult {
  reqPerSec: number;
  /** Latency percentiles in microseconds. */
  p50Us: number;
  p99Us: number;
  requests: number;
  durationS: number;
  /** Responses outside 2xx/3xx. */
  non2xx: number;
  /** Connect/read/write errors and timeouts. */
  socketErrors: number;
  /** Bytes read per response, headers included (approximate for wrk: its totals are rounded). */
  bytesPerResponse?: number;
}

export interface LoadSpec {
  url: string;
  connections: number;
  durationS: number;
  /** Prefix that pins the generator to a core, e.g. ["taskset", "-c", "1"]; empty for none. */
  pin: string[];
  /** Registers the spawned process so the caller can kill it on exit. */
  track: (child: ChildProcess) => void;
}

const UNIT_US: Record<string, number> = { us: 1, ms: 1e3, s: 1e6, m: 60e6, h: 3600e6 };
const UNIT_BYTES: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

function durationUs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim());
  if (!m) throw new Error(`wrk: cannot read duration ${JSON.stringify(text)}`);
  return Number(m[1]) * UNIT_US[m[2]!]!;
}

/** Parses the text wrk prints with `--latency`. */
export function parseWrk(out: string): LoadResult {
  const need = (re: RegExp, what: string): RegExpExecArray => {
    const m = re.exec(out);
    if (!m) throw new Error(`wrk: no ${what} in output:\n${out}`);
    return m;
  };
  const pct = (p: string) => durationUs(need(new RegExp(`^\\s*${p}%\\s+(\\S+)\\s*$`, "m"), `${p}% latency`)[1]!);
  const total = need(/^\s*(\d+) requests in ([\d.]+\w+), ([\d.]+)([KMGT]?B) read/m, "request count");
  const requests = Number(total[1]);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  return {
    reqPerSec: Number(need(/^Requests\/sec:\s+([\d.]+)/m, "Requests/sec")[1]),
    p50Us: pct("50"),
    p99Us: pct("99"),
    requests,
    durationS: durationUs(total[2]!) / 1e6,
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: socket ? socket.slice(1, 5).reduce((s, n) => s + Number(n), 0) : 0,
    bytesPerResponse: requests > 0 ? (Number(total[3]) * UNIT_BYTES[total[4]!]!) / requests : undefined,
  };
}

/** Parses `autocannon --json` output (latencies in ms). */
export function parseAutocannon(out: string): LoadResult {
  const start = out.indexOf("{");
  if (start < 0) throw new Error(`autocannon: no JSON in output:\n${out}`);
  const r = JSON.parse(out.slice(start)) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    throughput: { total: number };
    duration: number;
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  return {
    reqPerSec: r.duration > 0 ? r.requests.total / r.duration : r.requests.average,
    p50Us: r.latency.p50 * 1e3,
    p99Us: r.latency.p99 * 1e3,
    requests: r.requests.total,
    durationS: r.duration,
    non2xx: r.non2xx,
    socketErrors: r.errors + r.timeouts,
    bytesPerResponse: r.requests.total > 0 ? r.throughput.total / r.requests.total : undefined,
  };
}

/** "wrk 4.1.0" when wrk is on PATH, else undefined. */
export function wrkVersion(): string | undefined {
  const r = spawnSync("wrk", ["--version"], { encoding: "utf8" });
  if (r.error) return undefined;
  const m = /wrk (\S+)/.exec(`${r.stdout}${r.stderr}`);
  return m ? `wrk ${m[1]}` : "wrk";
}

function collect(cmd: string[], spec: LoadSpec, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const [bin, ...args] = [...spec.pin, ...cmd];
    const child = spawn(bin!, args, { stdio: ["ignore", "pipe", "pipe"] });
    spec.track(child);
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (err += s));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`${cmd[0]}: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd.join(" ")} exited with ${signal ?? code}\n${out}${err}`));
    });
  });
}

export async function runLoad(loader: LoaderName, spec: LoadSpec): Promise<LoadResult> {
  const { url, connections: c, durationS: d } = spec;
  // Generous: wrk stops by itself; npx may first have to fetch autocannon.
  const timeoutMs = d * 1000 + (loader === "wrk" ? 15_000 : 120_000);
  if (loader === "wrk") {
    return parseWrk(await collect(["wrk", "-t1", `-c${c}`, `-d${d}s`, "--latency", url], spec, timeoutMs));
  }
  const out = await collect(["npx", "--yes", "autocannon", "--json", "-c", String(c), "-d", String(d), url], spec, timeoutMs);
  return parseAutocannon(out);
}
