// The blueprint: a work's infrastructure as declared by its script (routes, retry,
// version, timeout, schedules, queues), built from the declarations recorded during
// discovery and validated with the position of each declaration.

import { createRequire } from "node:module";
import { Cron } from "croner";
import { formatDuration, parseDuration } from "../stdlib/time-core.js";
import type { Declaration } from "../runtime/context.js";
import type { RetryPolicy } from "./retry.js";
import { unknownOption } from "./suggest.js";

// semver's two functions this file uses, loaded when a work declares version() (the
// package's index loads all ~50 of its modules).
const require = createRequire(import.meta.url);
const semverValid = () => require("semver/functions/valid.js") as typeof import("semver/functions/valid.js");
const semverCoerce = () => require("semver/functions/coerce.js") as typeof import("semver/functions/coerce.js");

export interface Route {
  method: string;
  path: string;
}

export type { RetryPolicy } from "./retry.js";

export interface Blueprint {
  name: string;
  /** The API version label given by w.version(), normalised to semver ("2" → "2.0.0"); null when none. */
  version: string | null;
  versionLabel: string | null;
  routes: Route[];
  retry: RetryPolicy | null;
  timeoutMs: number | null;
  cron: Array<{ expr: string; tz?: string; missed?: "latest" | "skip" }>;
  every: Array<{ ms: number; missed?: "latest" | "skip" }>;
  daily: Array<{ at: string; tz?: string; missed?: "latest" | "skip" }>;
  /**
   * concurrency: the fleet-wide cap; perNode: at most that many at once on each node
   * (default 1 without a fleet-wide cap); prefetch: jobs claimed ahead of this node's free
   * slots, kept leased in its memory (0 unless declared).
   */
  queues: Array<{ name: string; concurrency?: number; perNode?: number; prefetch?: number }>;
  concurrency: number | null;
  rateLimit: { n: number; perMs: number } | null;
}

export class BlueprintError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /** The option the message is about (key `key` of the `arg`-th argument of `method`), for a caret on that key. */
    readonly option?: { method: string; arg: number; key: string },
  ) {
    super(message);
  }
}

/** Every invalid declaration of a work (each declaration is checked, not only the first bad one). */
export class BlueprintErrors extends Error {
  constructor(readonly errors: BlueprintError[]) {
    super(errors.map((e) => e.message).join("\n"));
  }
}

/**
 * The options object each infrastructure method takes: [index of the argument, its keys].
 * A key that is not listed is refused at load (a declared setting either works or is
 * refused), with the closest known key as a suggestion. `kitwork check` reads this table.
 */
export const INFRA_OPTIONS: Readonly<Record<string, readonly [number, readonly string[]]>> = {
  work: [0, ["name"]],
  retry: [2, ["backoff", "max", "jitter"]],
  cron: [1, ["tz", "missed"]],
  every: [1, ["missed"]],
  daily: [1, ["tz", "missed"]],
  queue: [1, ["concurrency", "perNode", "prefetch"]],
};

const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
const SHORTCUTS: Record<string, string> = { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE" };

function duration(d: Declaration, v: unknown, what: string): number {
  try {
    return parseDuration(v as string | number);
  } catch (e) {
    throw new BlueprintError(`${what}: ${(e as Error).message}`, d.line, d.column);
  }
}

function fail(d: Declaration, message: string): never {
  throw new BlueprintError(message, d.line, d.column);
}

/** The keys of a declaration's options object that its method does not know: each one is refused. */
function unknownKeys(d: Declaration): BlueprintError[] {
  const shape = INFRA_OPTIONS[d.method];
  if (!shape) return [];
  const [arg, known] = shape;
  const o = d.args[arg];
  if (o === null || typeof o !== "object" || Array.isArray(o)) return [];
  return Object.keys(o)
    .filter((key) => !known.includes(key))
    .map((key) => new BlueprintError(unknownOption(`${d.method}()`, key, known), d.line, d.column, { method: d.method, arg, key }));
}

function checkPath(d: Declaration, path: unknown): string {
  if (typeof path !== "string" || !path.startsWith("/")) fail(d, `${d.method}(): the path must be a string starting with "/" (got ${JSON.stringify(path)})`);
  if (/\s/.test(path)) fail(d, `${d.method}(): the path may not contain spaces`);
  return path;
}

/** {tz, missed} of cron()/daily(), validated. */
function scheduleOptions(d: Declaration, v: unknown): { tz?: string; missed?: "latest" | "skip" } {
  const o = (v ?? {}) as { tz?: unknown; missed?: unknown };
  const out: { tz?: string; missed?: "latest" | "skip" } = {};
  if (o.tz !== undefined) {
    if (typeof o.tz !== "string") fail(d, `${d.method}(): tz must be a time zone name like "Europe/Paris"`);
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: o.tz });
    } catch {
      fail(d, `${d.method}(): unknown time zone ${JSON.stringify(o.tz)}`);
    }
    out.tz = o.tz;
  }
  if (o.missed !== undefined) {
    if (o.missed !== "latest" && o.missed !== "skip") fail(d, `${d.method}(): missed must be "latest" or "skip"`);
    out.missed = o.missed;
  }
  return out;
}

export function buildBlueprint(declarations: Declaration[], defaultName: string, name?: string): Blueprint {
  const bp: Blueprint = {
    name: name ?? defaultName,
    version: null,
    versionLabel: null,
    routes: [],
    retry: null,
    timeoutMs: null,
    cron: [],
    every: [],
    daily: [],
    queues: [],
    concurrency: null,
    rateLimit: null,
  };
  const errors: BlueprintError[] = [];
  for (const d of declarations) {
    errors.push(...unknownKeys(d));
    try {
      declare(bp, d);
    } catch (e) {
      if (!(e instanceof BlueprintError)) throw e;
      errors.push(e);
    }
  }
  // concurrency(n) caps the work's jobs across the fleet: on a work with none it would bound nothing (a declared setting works or is refused).
  const cap = declarations.find((d) => d.method === "concurrency");
  if (cap && bp.concurrency !== null && bp.queues.length === 0 && bp.cron.length + bp.every.length + bp.daily.length === 0) {
    errors.push(
      new BlueprintError(
        "concurrency(): this work has no queue or schedule — concurrency(n) caps how many of its queue and cron jobs run at once across the fleet; HTTP requests are not queued (bound them with rateLimit(n, per))",
        cap.line,
        cap.column,
      ),
    );
  }
  errors.push(...prefetchConflicts(bp, declarations));
  if (errors.length) throw new BlueprintErrors(errors);
  return bp;
}

/** The most jobs a queue may claim ahead of its node's free slots. */
export const MAX_PREFETCH = 10_000;

/**
 * prefetch holds jobs leased before they run, so it is refused beside what counts jobs at
 * their claim: a fleet-wide concurrency (jobs waiting in one node's memory would hold slots
 * the fleet could run) and rateLimit (a start taken at the claim could run in a later window).
 */
function prefetchConflicts(bp: Blueprint, declarations: Declaration[]): BlueprintError[] {
  const out: BlueprintError[] = [];
  const queueDecls = declarations.filter((d) => d.method === "queue");
  for (const q of bp.queues) {
    if (!q.prefetch) continue;
    const d = queueDecls.find((x) => x.args[0] === q.name) ?? queueDecls[0]!;
    const cap = q.concurrency ?? bp.concurrency;
    if (cap !== null) {
      const from = q.concurrency !== undefined ? `its concurrency: ${cap}` : `the work's concurrency(${cap})`;
      out.push(new BlueprintError(`queue(): prefetch is for a queue without a fleet-wide cap (${from}); jobs claimed ahead would hold the fleet's slots while they wait — use perNode: n to bound each node instead`, d.line, d.column));
    } else if (bp.rateLimit) {
      out.push(new BlueprintError("queue(): prefetch cannot go with rateLimit() — the limit counts a job's start when it is claimed, and a job claimed ahead could start in a later window", d.line, d.column));
    }
  }
  return out;
}

/** Adds one declaration to the blueprint, or throws a BlueprintError at it. */
function declare(bp: Blueprint, d: Declaration): void {
  const [a, b, c] = d.args;
  switch (d.method) {
    case "work":
      break;
    case "router": {
      const method = typeof a === "string" ? a.toUpperCase() : "";
      if (!METHODS.has(method)) fail(d, `router(): unknown HTTP method ${JSON.stringify(a)} (use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS)`);
      bp.routes.push({ method, path: checkPath(d, b) });
      break;
    }
    case "get":
    case "post":
    case "put":
    case "patch":
    case "delete":
      bp.routes.push({ method: SHORTCUTS[d.method]!, path: checkPath(d, a) });
      break;
    case "retry": {
      const times = a;
      if (typeof times !== "number" || !Number.isInteger(times) || times < 0 || times > 100) fail(d, `retry(): times must be an integer from 0 to 100 (got ${JSON.stringify(times)})`);
      const opts = (c ?? {}) as Record<string, unknown>;
      const backoff = opts.backoff ?? "fixed";
      if (backoff !== "fixed" && backoff !== "exponential") fail(d, `retry(): backoff must be "fixed" or "exponential" (got ${JSON.stringify(backoff)})`);
      const jitter = opts.jitter === undefined ? 0 : opts.jitter === true ? 0.5 : Number(opts.jitter);
      if (!(jitter >= 0 && jitter <= 1)) fail(d, `retry(): jitter must be between 0 and 1`);
      const delayMs = b === undefined ? 1000 : duration(d, b, "retry() delay");
      bp.retry = {
        times,
        delayMs,
        backoff,
        maxMs: opts.max === undefined ? Math.max(delayMs, 5 * 60_000) : duration(d, opts.max, "retry() max"),
        jitter,
      };
      break;
    }
    case "version": {
      const label = typeof a === "number" ? String(a) : a;
      if (typeof label !== "string" || label === "") fail(d, "version(): the label must be a non-empty string such as \"2\" or \"2.1.0\"");
      const valid = semverValid();
      const v = valid(label) ?? valid(semverCoerce()(label));
      if (!v || !/^v?\d+(\.\d+){0,2}([-+].*)?$/.test(label)) fail(d, `version(): ${JSON.stringify(label)} is not a version (use numbers like "2", "2.1" or "2.1.0")`);
      bp.version = v;
      bp.versionLabel = label;
      break;
    }
    case "timeout":
      bp.timeoutMs = duration(d, a, "timeout()");
      break;
    case "cron": {
      if (typeof a !== "string" || a.trim() === "") fail(d, "cron(): expected a cron expression");
      const fields = a.trim().split(/\s+/).length;
      if (fields !== 5 && fields !== 6) fail(d, `cron(): ${JSON.stringify(a)} has ${fields} fields (use 5: "m h dom mon dow", or 6 with seconds first)`);
      const opts = scheduleOptions(d, b);
      try {
        new Cron(a, { timezone: opts.tz, paused: true, legacyMode: true });
      } catch (e) {
        fail(d, `cron(): invalid expression ${JSON.stringify(a)}: ${(e as Error).message}`);
      }
      bp.cron.push({ expr: a, ...opts });
      break;
    }
    case "every": {
      const ms = duration(d, a, "every()");
      if (ms < 1000) fail(d, `every(): the interval must be at least 1s (got ${JSON.stringify(a)})`);
      const { tz, ...rest } = scheduleOptions(d, b);
      if (tz !== undefined) fail(d, "every(): a fixed interval has no time zone (use cron() or daily() with {tz})");
      bp.every.push({ ms, ...rest });
      break;
    }
    case "daily":
      if (typeof a !== "string" || !/^([01]\d|2[0-3]):[0-5]\d$/.test(a)) fail(d, `daily(): expected "HH:MM" (got ${JSON.stringify(a)})`);
      bp.daily.push({ at: a, ...scheduleOptions(d, b) });
      break;
    case "queue": {
      if (typeof a !== "string" || a === "") fail(d, "queue(): expected a queue name");
      const o = (b ?? {}) as { concurrency?: unknown; perNode?: unknown; prefetch?: unknown };
      for (const key of ["concurrency", "perNode"] as const) {
        const v = o[key];
        if (v !== undefined && !(typeof v === "number" && Number.isInteger(v) && v >= 1)) fail(d, `queue(): ${key} must be a positive integer (got ${JSON.stringify(v)})`);
      }
      const prefetch = o.prefetch;
      if (prefetch !== undefined && !(typeof prefetch === "number" && Number.isInteger(prefetch) && prefetch >= 0 && prefetch <= MAX_PREFETCH)) {
        fail(d, `queue(): prefetch must be an integer from 0 to ${MAX_PREFETCH} (got ${JSON.stringify(prefetch)})`);
      }
      bp.queues.push({ name: a, concurrency: o.concurrency as number | undefined, perNode: o.perNode as number | undefined, prefetch: prefetch as number | undefined });
      break;
    }
    case "concurrency":
      if (typeof a !== "number" || !Number.isInteger(a) || a < 1) fail(d, "concurrency(): expected a positive integer");
      bp.concurrency = a;
      break;
    case "rateLimit":
      if (typeof a !== "number" || !Number.isInteger(a) || a < 1) fail(d, "rateLimit(): expected a positive integer count");
      bp.rateLimit = { n: a, perMs: duration(d, b ?? "1s", "rateLimit() period") };
      if (bp.rateLimit.perMs < 1) fail(d, `rateLimit(): the period must be longer than 0 (got ${JSON.stringify(b)})`);
      break;
  }
}

/** "GET /users, POST /users" etc. for tables. */
export function describeTriggers(bp: Blueprint): string {
  const parts = bp.routes.map((r) => `${r.method} ${r.path}`);
  for (const c of bp.cron) parts.push(`cron ${c.expr}${c.tz ? ` ${c.tz}` : ""}`);
  for (const e of bp.every) parts.push(`every ${formatDuration(e.ms)}`);
  for (const d of bp.daily) parts.push(`daily ${d.at}${d.tz ? ` ${d.tz}` : ""}`);
  for (const q of bp.queues) parts.push(`queue ${q.name}`);
  return parts.join(", ") || "-";
}
