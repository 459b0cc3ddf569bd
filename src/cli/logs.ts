// What `kitwork start` and `kitwork dev` print. The engine and the server only emit events
// (EngineEvent, request lines, a run's log lines); this file decides how they look:
//
// - start: one JSON object per line (pino), for a log collector. Request lines are at
//   debug (a line per request costs production throughput; `--log-level debug` turns them
//   on); failed runs, retries, dead jobs and load errors are at warn/error.
// - dev: readable lines (pino-pretty, formatted synchronously as each line is written, so
//   nothing is lost when the process exits). One line per request — method, path, status,
//   time, run id — with the run's log lines and its error (code frame as text) under it.

import { createRequire } from "node:module";
import pino, { type Logger } from "pino";
import type { EngineEvent } from "../engine/engine.js";
import type { Problem } from "../engine/discovery.js";
import { formatProblem } from "../engine/works.js";
import type { RunContext } from "../runtime/context.js";
import type { RequestLine } from "../server/http.js";
import { type LogLevel, isLogLevel } from "./common.js";

export { LOG_LEVELS, type LogLevel, isLogLevel } from "./common.js";

// pino-pretty only for dev, loaded on first use: `kitwork start` never needs it.
const require = createRequire(import.meta.url);

export interface Terminal {
  logger: Logger;
  /** Engine option `report`: reloads, load errors, retries, dead jobs. */
  report: (e: EngineEvent) => void;
  /** Engine option `log`: a run's log() and console.* lines as they happen. */
  runLog: (level: string, args: unknown[], ctx: RunContext) => void;
  /** Server option `onRequest`, or undefined when request lines are below the level (then the server does not time requests at all). */
  onRequest: ((r: RequestLine) => void) | undefined;
  /** Server option `log`: the server's own lines (admin access, failures). */
  serverLog: (line: Record<string, unknown>) => void;
  /** A line of the command itself ("listening", "migration applied"…): fields as JSON in start, `key=value` after the message in dev. */
  say: (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;
}

/** The logger of a serve command: JSON lines (start) or readable ones (dev), written through `out`. */
export function createLogger(opts: { dev: boolean; level: LogLevel; out: (s: string) => void; color?: boolean }): Logger {
  const options = {
    level: opts.level,
    base: null,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (!opts.dev) return pino(options, { write: opts.out });
  // Only the message shows in dev: every line below builds a readable one itself.
  const { prettyFactory } = require("pino-pretty") as typeof import("pino-pretty");
  const pretty = prettyFactory({ colorize: opts.color === true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname", hideObject: true });
  return pino(options, { write: (line: string) => opts.out(pretty(line)) });
}

/** A run's log() arguments as one line of text, as console.log would print them. */
export function logText(args: unknown[]): string {
  return args.map((a) => (typeof a === "string" ? a : (JSON.stringify(a) ?? String(a)))).join(" ");
}

const RUN_LEVELS: Record<string, LogLevel> = { debug: "debug", info: "info", warn: "warn", error: "error" };

const indent = (text: string, by = "    ") => text.replace(/^/gm, by);

function problemsText(problems: Problem[]): string {
  return problems.map(formatProblem).join("\n");
}

function problemFields(p: Problem) {
  return { file: p.file, line: p.line, column: p.column + 1, message: p.message, frame: p.frame || undefined };
}

/**
 * `out` takes the log lines; `err` (start only) also takes each load error as text —
 * file:line:col, the message, the code frame — as `kitwork start` has always said them.
 */
export function terminal(opts: { dev: boolean; level: LogLevel; out: (s: string) => void; err?: (s: string) => void; color?: boolean }): Terminal {
  const log = createLogger(opts);
  const dev = opts.dev;

  const report = (e: EngineEvent): void => {
    switch (e.kind) {
      case "loaded":
        if (dev) log.info(`${e.previous ? "reloaded" : "loaded"} ${e.work.file} (work ${JSON.stringify(e.work.name)}, version ${e.work.hash.slice(0, 12)})`);
        else log.info({ work: e.work.name, file: e.work.file, hash: e.work.hash.slice(0, 12), previous: e.previous?.hash.slice(0, 12) }, e.previous ? "reloaded" : "loaded");
        return;
      case "removed":
        if (dev) log.info(`removed ${e.file}`);
        else log.info({ file: e.file }, "removed");
        return;
      case "error": {
        // Every problem of the file when the event lists them, else its first.
        const all = (e as { problems?: Problem[] }).problems;
        const problems = all?.length ? all : [e.problem];
        const file = problems[0]!.file;
        if (dev) {
          const after = e.keptPrevious
            ? "its routes answer 500 with this error until it is fixed; jobs keep the last version that loaded"
            : "requests no route matches answer 500 with this error until it is fixed";
          log.error(`${file} does not load (${after}):\n${indent(problemsText(problems))}`);
        } else {
          opts.err?.(`${problemsText(problems)}\n${e.keptPrevious ? "(the previous version keeps serving)\n" : ""}`);
          log.error({ file, problems: problems.map(problemFields), keptPrevious: e.keptPrevious, error: problemsText(problems) }, e.keptPrevious ? "work does not load (the previous version keeps serving)" : "work does not load");
        }
        return;
      }
      case "conflict":
        if (dev) return void log.error(formatProblem(e.problem));
        opts.err?.(`${formatProblem(e.problem)}\n`);
        log.error({ ...problemFields(e.problem), error: formatProblem(e.problem) }, "conflict");
        return;
      case "watch-error":
        if (dev) log.error(`watching the works folder failed (hot reload may have stopped): ${e.error}`);
        else log.error({ error: e.error }, "watching the works folder failed");
        return;
      case "job-retry": {
        const at = new Date(e.retryAt).toISOString();
        if (dev) log.warn(`${e.trigger} ${e.queue} job ${e.job} (work ${JSON.stringify(e.work)}) failed on attempt ${e.attempt}, retried at ${at}${e.run ? ` — run ${e.run}` : ""}\n${indent(e.error)}`);
        else log.warn({ trigger: e.trigger, queue: e.queue, work: e.work, job: e.job, run: e.run, attempt: e.attempt, retryAt: at, error: e.error }, e.trigger === "cron" ? "cron run failed, retrying" : "job failed, retrying");
        return;
      }
      case "job-dead":
        if (dev) log.error(`${e.trigger} ${e.queue} job ${e.job} (work ${JSON.stringify(e.work)}) is dead after attempt ${e.attempt}${e.run ? ` — run ${e.run}` : ""}\n${indent(e.error)}`);
        else log.error({ trigger: e.trigger, queue: e.queue, work: e.work, job: e.job, run: e.run, attempt: e.attempt, error: e.error }, e.trigger === "cron" ? "cron run failed, no retry left (job dead)" : "job dead");
        return;
      case "job-error":
        if (dev) log.error(`store failed ${e.what}${e.queue ? ` (queue ${e.queue})` : ""}: ${e.error}`);
        else log.error({ queue: e.queue, what: e.what, error: e.error }, "store failed");
        return;
      case "lease-lost": {
        const what = e.what === "job" ? `job ${e.id}` : `durable run ${e.id}`;
        if (e.why === "unrenewed") {
          // Cut off from the store past the lease: another node may take the work from now on.
          const silent = `${((e.silentMs ?? 0) / 1000).toFixed(1)} s`;
          if (dev) log.warn(`lost the lease of ${what} (work ${JSON.stringify(e.work)}): the store has not answered the heartbeat for ${silent}, and the lease ended; this attempt stopped so that it does not run beside the node that takes it over`);
          else log.warn({ [e.what === "job" ? "job" : "run"]: e.id, work: e.work, owner: e.owner, storeSilentMs: e.silentMs }, "lease lost: the store did not answer before the lease ended; this attempt stopped, another node may take it over");
          return;
        }
        if (dev) log.warn(`lost the lease of ${what} (work ${JSON.stringify(e.work)}): another attempt holds it now; this attempt stopped and its outcome is not kept`);
        else log.warn({ [e.what === "job" ? "job" : "run"]: e.id, work: e.work, owner: e.owner }, "lease lost: this attempt stopped, another holds it");
        return;
      }
    }
  };

  const requestLevel: LogLevel = dev ? "info" : "debug";
  // Without request lines (start, below debug) failed runs still come through serverLog.
  const wantsRequests = log.isLevelEnabled(requestLevel);
  // dev: runs whose request line is out (a bounded set): lines they log afterwards
  // (after respond(), say) are printed as they come.
  const answered = new Set<string>();
  const runLog = (level: string, args: unknown[], ctx: RunContext): void => {
    const at = RUN_LEVELS[level] ?? "info";
    if (!log.isLevelEnabled(at)) return;
    // In dev a request's run prints its lines under its request line, once it has answered
    // (a resumed durable segment has no request: its input has no method).
    if (dev && wantsRequests && ctx.trigger === "http" && ctx.input.method !== undefined && !answered.has(ctx.runId)) return;
    const work = (ctx.work as { name?: string } | undefined)?.name;
    if (dev) log[at](`${ctx.trigger} ${work ?? ""} run ${ctx.runId}: ${logText(args)}`);
    else log[at]({ work, run: ctx.runId, trigger: ctx.trigger, attempt: ctx.attempt }, logText(args));
  };

  const onRequest = (r: RequestLine): void => {
    if (dev && r.run) {
      answered.add(r.run);
      if (answered.size > 1000) answered.delete(answered.values().next().value!);
    }
    // A run that failed (not a request refused before any run: a 404, a 413…).
    const failed = r.error !== undefined && r.run !== undefined;
    // Start: a failed run is always said (warn); a good request only at debug. Dev: every request; admin calls at debug.
    const level: LogLevel = r.status >= 500 ? "error" : failed && !dev ? "warn" : r.admin ? "debug" : requestLevel;
    if (!log.isLevelEnabled(level)) return;
    const ms = r.ms < 10 ? r.ms.toFixed(1) : Math.round(r.ms).toString();
    if (dev) {
      let text = `${r.method} ${r.path} ${r.status} ${ms}ms${r.run ? ` run ${r.run}` : ""}`;
      for (const l of r.logs ?? []) text += `\n    ${l.level.padEnd(5)} ${logText(l.args)}`;
      if (r.error) text += `\n${indent(r.error.trimEnd())}`;
      log[level](text);
    } else {
      log[level]({ method: r.method, path: r.path, status: r.status, ms: Math.round(r.ms * 10) / 10, run: r.run, work: r.work, attempts: r.attempts, error: r.error }, failed ? "run failed" : "request");
    }
  };
  const say = (level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void => {
    if (!dev) return log[level](fields, msg);
    let text = msg;
    let tail = "";
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) continue;
      const s = typeof v === "string" ? v : JSON.stringify(v);
      // Multi-line values (an error with its code frame) go under the line, as text.
      if (s.includes("\n")) tail += `\n${indent(s)}`;
      else text += ` ${k}=${s}`;
    }
    log[level](text + tail);
  };

  const serverLog = (line: Record<string, unknown>): void => {
    const { level, msg, ...rest } = line;
    say(typeof level === "string" && isLogLevel(level) ? level : "info", String(msg), rest);
  };

  return { logger: log, report, runLog, onRequest: wantsRequests ? onRequest : undefined, serverLog, say };
}
