// Summaries of a V8 CPU profile (.cpuprofile, from `node --cpu-prof` or the inspector):
// self time per function, inclusive time per function, self time per file. Positions
// use the original source when the frames carry `originalUrl`/`originalLine`
// (kitwork-server.ts adds them from tsx's source maps), else the generated JS.

import path from "node:path";
import { fileURLToPath } from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
  originalUrl?: string;
  originalLine?: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const SPECIAL = new Set(["(root)", "(program)", "(idle)", "(garbage collector)"]);

function where(cf: CallFrame, root: string): { file: string; line: number | null } {
  let url = cf.originalUrl ?? cf.url;
  const line = cf.originalLine ?? (cf.lineNumber >= 0 ? cf.lineNumber + 1 : null);
  if (!url) return { file: "", line: null };
  if (url.startsWith("file://")) {
    try {
      url = fileURLToPath(url);
    } catch {
      /* keep the URL */
    }
  }
  if (path.isAbsolute(url)) {
    const rel = path.relative(root, url);
    if (!rel.startsWith("..")) url = rel;
  }
  return { file: url, line };
}

interface Entry {
  name: string;
  location: string;
  file: string;
  self: number;
  total: number;
}

function pct(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : "—";
}

function ms(us: number): string {
  return (us / 1000).toFixed(0);
}

function perReq(us: number, requests: number | undefined): string {
  return requests ? (us / requests).toFixed(2) : "—";
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i >= header.length - 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [fmt(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt)];
}

export interface SummaryOptions {
  /** Rows per table (default 25). */
  top?: number;
  /** Requests served while profiling: adds a µs-per-request column. */
  requests?: number;
}

/** Report lines: where the busy (non-idle) time of `profile` went. */
export function summarize(profile: CpuProfile, root: string, opts: SummaryOptions = {}): string[] {
  const { top = 25, requests } = opts;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const entries = new Map<string, Entry>();
  const keyOf = new Map<number, Entry>();
  for (const n of profile.nodes) {
    const cf = n.callFrame;
    const name = cf.functionName || "(anonymous)";
    const { file, line } = where(cf, root);
    const location = file ? `${file}${line === null ? "" : `:${line}`}` : "";
    const key = `${name}\u0000${location}`;
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { name, location, file: SPECIAL.has(name) ? name : file || "(native)", self: 0, total: 0 }));
    keyOf.set(n.id, e);
  }
  let all = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const dt = profile.timeDeltas[i] ?? 0;
    const e = keyOf.get(id);
    if (!e) continue;
    all += dt;
    if (e.name === "(idle)") {
      idle += dt;
      continue;
    }
    e.self += dt;
    // Inclusive: each function once per sample, however deep its recursion.
    const seen = new Set<Entry>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = keyOf.get(at)!;
      if (!seen.has(f)) {
        seen.add(f);
        f.total += dt;
      }
    }
  }
  const busy = all - idle;
  const list = [...entries.values()];
  const gc = entries.get("(garbage collector)\u0000")?.self ?? 0;
  const program = entries.get("(program)\u0000")?.self ?? 0;
  const lines: string[] = [];
  lines.push(
    `${profile.samples.length} samples over ${(all / 1e6).toFixed(1)} s: main thread busy ${pct(busy, all)}, idle ${pct(idle, all)} ` +
      `(idle: waiting in epoll — the process's other threads, the profiler's included, share its core)`,
    `of busy time: GC ${pct(gc, busy)}, (program) ${pct(program, busy)}` +
      (requests ? `; ${requests} requests → ${perReq(busy, requests)} µs of main-thread time per request` : "") +
      ` — percentages below are of busy time`,
  );

  lines.push("", "-- top self time (functions)");
  const selfRows = list
    .filter((e) => e.self > 0 && e.name !== "(root)")
    .sort((a, b) => b.self - a.self)
    .slice(0, top)
    .map((e) => [ms(e.self), pct(e.self, busy), perReq(e.self, requests), e.name, e.location]);
  lines.push(...table(["self ms", "self %", "µs/req", "function", "location"], selfRows));

  lines.push("", "-- top inclusive time (functions with a source location)");
  const totalRows = list
    .filter((e) => e.total > 0 && e.location && !SPECIAL.has(e.name))
    .sort((a, b) => b.total - a.total)
    .slice(0, top)
    .map((e) => [ms(e.total), pct(e.total, busy), perReq(e.total, requests), e.name, e.location]);
  lines.push(...table(["total ms", "total %", "µs/req", "function", "location"], totalRows));

  lines.push("", "-- self time by file");
  const files = new Map<string, number>();
  for (const e of list) if (e.self > 0 && e.name !== "(idle)") files.set(e.file, (files.get(e.file) ?? 0) + e.self);
  const fileRows = [...files.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([f, t]) => [ms(t), pct(t, busy), perReq(t, requests), f, ""]);
  lines.push(...table(["self ms", "self %", "µs/req", "file", ""], fileRows));
  return lines;
}
