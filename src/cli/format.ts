// How `kitwork runs …` and `kitwork queue dead` print for a person: times in UTC with
// their age ("2026-12-02 16:40:01Z (3 min ago)"), durations in ms or s, an error with its
// code frame as the lines it is (not escaped JSON), a parked run's frames with their
// variables one per line. `--json` prints the admin API's answer instead, unchanged.

import { UNINITIALISED } from "../engine/inspect.js";

/** `2026-12-02 16:40:01Z`: ISO-8601 in UTC, to the second. */
export function utc(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
}

/** How long ago (or, for a future time, how soon): "just now", "42 s ago", "3 min ago", "in 2 h". */
export function age(ms: number, now: number): string {
  const d = now - ms;
  const a = Math.abs(d);
  if (a < 1000) return "just now";
  const n = a < 60_000 ? `${Math.floor(a / 1000)} s` : a < 3_600_000 ? `${Math.floor(a / 60_000)} min` : a < 86_400_000 ? `${Math.floor(a / 3_600_000)} h` : `${Math.floor(a / 86_400_000)} d`;
  return d >= 0 ? `${n} ago` : `in ${n}`;
}

/** A time with its age: `2026-12-02 16:40:01Z (3 min ago)`; "-" for none. */
export function when(ms: number | null | undefined, now: number): string {
  return typeof ms === "number" ? `${utc(ms)} (${age(ms, now)})` : "-";
}

/** A duration: "0 ms", "12 ms", "1.5 s", "2 min 5 s", "3 h 12 min". */
export function took(ms: number | null | undefined): string {
  if (typeof ms !== "number" || !(ms >= 0)) return "-";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, "")} s`;
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ${Math.floor((ms % 60_000) / 1000)} s`;
  return `${Math.floor(ms / 3_600_000)} h ${Math.floor((ms % 3_600_000) / 60_000)} min`;
}

/** Bytes as "812 B", "3.4 KB", "1.2 MB". */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A value on one line: strings as they are, everything else as JSON. */
function inline(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === undefined) return "undefined";
  return JSON.stringify(v) ?? String(v);
}

/** Every line of `text`, indented. */
function indent(text: string, by = "  "): string {
  return text
    .split("\n")
    .map((l) => (l ? by + l : l))
    .join("\n");
}

/** One line per row, columns padded; a multi-line cell shows its first line, a long one is cut. */
export function table(rows: Array<Record<string, unknown>>, cols: string[]): string {
  if (rows.length === 0) return "(none)\n";
  const cell = (v: unknown) => (v === null || v === undefined ? "-" : typeof v === "object" ? JSON.stringify(v) : String(v).split("\n")[0]!);
  const cells = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => Math.min(r[i]!.length, 60))));
  const line = (xs: string[]) => xs.map((x, i) => (x.length > 60 ? x.slice(0, 57) + "..." : x).padEnd(widths[i]!)).join("  ").trimEnd() + "\n";
  return line(cols) + line(widths.map((w) => "-".repeat(w))) + cells.map(line).join("");
}

interface Shown {
  id: string;
  work: string;
  version?: string;
  trigger?: string;
  status: string;
  attempt?: number;
  startedAt?: number;
  finishedAt?: number | null;
  error?: string | null;
  errorKind?: string | null;
  resultSize?: number | null;
  logs?: Array<{ level: string; args: unknown[]; at: number }>;
  job?: { id: string; queue: string; state: string; attempts: number; error: string | null } | null;
  durable?: {
    state: string;
    waitingFor: string | null;
    until: string | null;
    checkpoints: number;
    snapshotBytes: number;
    error: string | null;
    frames?: Array<{ function: string; line: number; column: number; locals: Record<string, unknown> }> | { error: string };
  } | null;
  result?: unknown;
}

/** A log line's arguments as log() printed them: strings bare, the rest as JSON. */
function logText(args: unknown[]): string {
  return args.map((a) => (typeof a === "string" ? a : inline(a))).join(" ");
}

/** `kitwork runs show`: the run, its error with its code frame, its logs, its job, a parked run's frames. */
export function runText(run: Shown, now: number): string {
  const out: string[] = [];
  const row = (k: string, v: string) => out.push(`${k.padEnd(10)} ${v}`);
  out.push(`run ${run.id}`);
  row("work", run.version ? `${run.work} (version ${run.version.slice(0, 12)})` : run.work);
  if (run.trigger) row("trigger", run.trigger);
  row("status", run.errorKind ? `${run.status} (${run.errorKind})` : run.status);
  if (run.attempt !== undefined) row("attempt", String(run.attempt));
  if (run.startedAt !== undefined) row("started", when(run.startedAt, now));
  if (run.finishedAt) row("finished", `${when(run.finishedAt, now)}, took ${took(run.finishedAt - run.startedAt!)}`);
  if (run.job) row("job", `${run.job.id} on queue ${run.job.queue}: ${run.job.state}, ${run.job.attempts} attempt(s)`);
  const d = run.durable;
  if (d) {
    const state = d.state === "waiting" && d.waitingFor ? `waiting for ${JSON.stringify(d.waitingFor)}` : d.state;
    const until = d.until ? `${d.state === "waiting" ? " until" : ", wakes"} ${when(Date.parse(d.until), now)}` : "";
    row("durable", `${state}${until}; ${d.checkpoints} checkpoint(s), snapshot ${bytes(d.snapshotBytes)}`);
  }
  if ("result" in run && run.result !== undefined) row("result", inline(run.result));
  else if (typeof run.resultSize === "number") row("result", bytes(run.resultSize));
  if (run.error) out.push("", "error", indent(run.error));
  if (d?.error && d.error !== run.error) out.push("", "durable error", indent(d.error));
  if (d?.frames) {
    out.push("", "frames (innermost first)");
    if (!Array.isArray(d.frames)) out.push(indent(d.frames.error));
    else
      for (const f of d.frames) {
        out.push(`  at ${f.function} (line ${f.line}, column ${f.column + 1})`);
        const names = Object.keys(f.locals);
        if (names.length === 0) out.push("      (no variables)");
        for (const name of names) out.push(`      ${name} = ${f.locals[name] === UNINITIALISED ? UNINITIALISED : inline(f.locals[name])}`);
      }
  }
  if (run.logs?.length) {
    out.push("", "logs");
    for (const l of run.logs) out.push(indent(`${utc(l.at).slice(11)} ${l.level.padEnd(5)} ${logText(l.args)}`));
  }
  return out.join("\n") + "\n";
}
