// The admin API under /_kitwork/: queues, runs and works as JSON.
//
// Who may call it (authorize):
// - with KITWORK_ADMIN_TOKEN set, every request needs `Authorization: Bearer <token>`,
//   from every peer, loopback included: behind nginx or any same-host proxy every peer
//   is loopback. The token is compared in constant time and read from that header only
//   (never from the query string, which ends up in logs).
// - without a token, only direct loopback clients: a request that carries proxy headers
//   (Forwarded, X-Forwarded-*, X-Real-IP, Via) came through a proxy and is refused, and so
//   is one a browser page sent (an Origin or Sec-Fetch-Site of another site, or a Host that
//   is not a loopback name, as DNS rebinding gives).
//
// Input is checked before anything runs: an undecodable path, an unknown or repeated
// query parameter, a bad limit or filter, a body that is not JSON is a 4xx with a message.
// The routes are one table, so each one's parameters and body are declared next to it.

import crypto from "node:crypto";
import type http from "node:http";
import { AdminError, cancelRun, checkLimit, checkPayload, listJobs, listNodes, listRuns, purge, queueSummary, redrive, retryRun, showRun } from "../engine/admin.js";
import type { Engine } from "../engine/engine.js";
import type { TokenGuesses } from "./token-guesses.js";
import { describeTriggers } from "../engine/blueprint.js";
import { parseDuration } from "../stdlib/time-core.js";

export const ADMIN_PREFIX = "/_kitwork/";

/** Headers a proxy adds: their presence means the loopback peer is not the client. */
const PROXY_HEADERS = ["forwarded", "x-real-ip", "via"];

function isLoopbackAddress(a: string | undefined): boolean {
  if (!a) return false;
  if (a === "::1") return true;
  const v4 = a.startsWith("::ffff:") ? a.slice(7) : a;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** A Host header or origin host naming this machine: localhost, 127.x.x.x or [::1], any port. */
function isLoopbackHost(host: string): boolean {
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d*$/, "");
  return name === "localhost" || name.endsWith(".localhost") || name === "[::1]" || isLoopbackAddress(name);
}

/** The proxy header a request carries, if any. */
function proxyHeader(headers: http.IncomingHttpHeaders): string | undefined {
  for (const h of PROXY_HEADERS) if (headers[h] !== undefined) return h;
  for (const h in headers) if (h.startsWith("x-forwarded-")) return h;
  return undefined;
}

/** Why a request looks sent by a browser page rather than a local client, if it does. */
function browserPage(headers: http.IncomingHttpHeaders): string | undefined {
  const origin = headers.origin;
  if (origin !== undefined) {
    let host = "";
    try {
      host = new URL(origin).host;
    } catch {
      // "null" (sandboxed pages, file:) and garbage are not loopback origins
    }
    if (!isLoopbackHost(host)) return `Origin ${JSON.stringify(origin)}`;
  }
  const site = headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site ${JSON.stringify(site)}`;
  const host = headers.host;
  if (host !== undefined && !isLoopbackHost(host)) return `Host ${JSON.stringify(host)}`;
  return undefined;
}

const sha256 = (s: string) => crypto.createHash("sha256").update(s, "utf8").digest();

/** Constant time whatever the lengths: the digests are compared, never the strings. */
function sameToken(given: string, token: string): boolean {
  return crypto.timingSafeEqual(sha256(given), sha256(token));
}

/** Throws a 401/403 AdminError unless the request may use the admin API. */
export function authorize(req: http.IncomingMessage, token: string | undefined, guesses?: TokenGuesses): void {
  if (token) {
    const client = req.socket.remoteAddress;
    guesses?.refuseIfBlocked(client);
    const h = req.headers.authorization;
    const m = typeof h === "string" ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(h) : null;
    if (m && sameToken(m[1]!, token)) return guesses?.right(client);
    // A request without credentials is not a guess: only a token sent counts.
    if (h !== undefined) guesses?.wrong(client);
    throw new AdminError(401, "admin API: missing or wrong token (Authorization: Bearer <KITWORK_ADMIN_TOKEN>)");
  }
  if (!isLoopbackAddress(req.socket.remoteAddress)) throw new AdminError(403, "admin API: only from direct loopback clients unless KITWORK_ADMIN_TOKEN is set");
  const proxy = proxyHeader(req.headers);
  if (proxy) throw new AdminError(403, `admin API: the request came through a proxy (it carries ${proxy}); set KITWORK_ADMIN_TOKEN to use the admin API behind one`);
  const page = browserPage(req.headers);
  if (page) throw new AdminError(403, `admin API: refused a request sent from a web page (${page}); without KITWORK_ADMIN_TOKEN only direct loopback clients are answered`);
}

/** The start-up line: who the admin API answers. */
export function adminAccess(token: string | undefined): string {
  return token ? "admin API protected by token (KITWORK_ADMIN_TOKEN)" : "admin API open to direct loopback clients only (set KITWORK_ADMIN_TOKEN to require a token)";
}

// ------------------------------------------------------------------ input

/** The path's segments after /_kitwork/, percent-decoded; a malformed escape is a 400. */
export function adminPath(pathname: string): string[] {
  return pathname
    .slice(ADMIN_PREFIX.length)
    .split("/")
    .filter(Boolean)
    .map((seg) => {
      try {
        return decodeURIComponent(seg);
      } catch {
        throw new AdminError(400, `malformed percent-encoding in the path: ${JSON.stringify(seg.slice(0, 100))}`);
      }
    });
}

/** The body of an admin request: nothing, or JSON (no Content-Type is read as JSON). */
export function adminBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType ?? "application/json").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !type.endsWith("+json")) throw new AdminError(415, `admin API: the body must be JSON (Content-Type: application/json), got ${JSON.stringify(contentType)}`);
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch (e) {
    throw new AdminError(400, `malformed JSON body: ${(e as Error).message}`);
  }
}

const QUEUE_NAME = /^[A-Za-z0-9_.:-]{1,100}$/;
/** Longest run id, signal name or idempotency key taken from a request. */
const MAX_NAME = 500;
/** Longest delay or keep a request may ask for. */
const MAX_DELAY_MS = 3650 * 86_400_000;

type Query = Record<string, string | string[]>;

/** One admin request: its path segments and `:name` parameters, query and body. */
interface Call {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  body: unknown;
  now: number;
}

interface Route {
  method: "GET" | "POST" | "DELETE";
  path: string[];
  /** The query parameters it reads; any other is a 400. */
  query: string[];
  /** Whether it reads a JSON body (others ignore theirs). */
  body?: boolean;
  needsStore?: boolean;
  run: (engine: Engine, c: Call) => Promise<[number, unknown]>;
}

function segment(kind: string, value: string): string {
  if (kind === "name") {
    if (!QUEUE_NAME.test(value)) throw new AdminError(400, `expected a queue name (letters, digits, _ . : -, at most 100), got ${JSON.stringify(value.slice(0, 120))}`);
  } else if (value.length > MAX_NAME) throw new AdminError(400, `${kind} longer than ${MAX_NAME} characters`);
  return value;
}

function duration(name: string, v: string | undefined): number | null {
  if (v === undefined || v === "") return null;
  let ms: number;
  try {
    ms = parseDuration(/^\d+$/.test(v) ? Number(v) : v);
  } catch (e) {
    throw new AdminError(400, `${name}: ${(e as Error).message}`);
  }
  if (ms > MAX_DELAY_MS) throw new AdminError(400, `${name}: at most 3650d`);
  return ms;
}

function text(name: string, v: string | undefined): string | undefined {
  if (v !== undefined && v.length > MAX_NAME) throw new AdminError(400, `${name} longer than ${MAX_NAME} characters`);
  return v;
}

const ROUTES: Route[] = [
  {
    method: "GET",
    path: ["works"],
    query: [],
    run: async (engine) => [200, engine.list().map((w) => ({ name: w.name, file: w.file, hash: w.hash, version: w.blueprint.versionLabel, triggers: describeTriggers(w.blueprint) }))],
  },
  { method: "GET", path: ["queues"], query: [], needsStore: true, run: async (engine) => [200, await queueSummary(engine.requireStore())] },
  { method: "GET", path: ["nodes"], query: [], needsStore: true, run: async (engine) => [200, await listNodes(engine.requireStore())] },
  {
    method: "POST",
    path: ["queues", ":name"],
    query: ["delay", "key"],
    body: true,
    needsStore: true,
    run: async (engine, c) => {
      const delayMs = duration("delay", c.query.delay) ?? 0;
      const key = text("key", c.query.key) ?? null;
      const id = await engine.push(c.params.name!, checkPayload(c.body), { delayMs, key });
      return [202, { job: id, queue: c.params.name }];
    },
  },
  { method: "DELETE", path: ["queues", ":name"], query: [], needsStore: true, run: async (engine, c) => [200, await purge(engine.requireStore(), c.params.name!)] },
  {
    method: "GET",
    path: ["queues", ":name", "jobs"],
    query: ["state", "limit"],
    needsStore: true,
    run: async (engine, c) => [200, await listJobs(engine.requireStore(), c.params.name!, c.query.state ?? null, checkLimit(c.query.limit ?? 50))],
  },
  {
    method: "GET",
    path: ["queues", ":name", "dead"],
    query: ["limit"],
    needsStore: true,
    run: async (engine, c) => [200, await listJobs(engine.requireStore(), c.params.name!, "dead", checkLimit(c.query.limit ?? 50))],
  },
  {
    method: "POST",
    path: ["queues", ":name", "redrive"],
    query: ["job"],
    body: true,
    needsStore: true,
    run: async (engine, c) => {
      if (c.body !== undefined && (c.body === null || typeof c.body !== "object" || Array.isArray(c.body))) throw new AdminError(400, 'the body must be an object: {"job": "<id>"} or nothing (redrive every dead job)');
      const job = (c.body as { job?: unknown } | undefined)?.job ?? c.query.job ?? null;
      if (job !== null && typeof job !== "string") throw new AdminError(400, `job must be a job id (a string), got ${JSON.stringify(job)}`);
      return [200, await redrive(engine.requireStore(), c.params.name!, text("job", job ?? undefined) ?? null, c.now)];
    },
  },
  {
    method: "POST",
    path: ["signals", ":event"],
    query: ["keep"],
    body: true,
    needsStore: true,
    run: async (engine, c) => [200, { event: c.params.event, woke: await engine.signal(c.params.event!, checkPayload(c.body), duration("keep", c.query.keep)) }],
  },
  {
    method: "GET",
    path: ["runs"],
    query: ["work", "status", "trigger", "limit"],
    needsStore: true,
    run: async (engine, c) => [200, await listRuns(await engine.flushRecords().then(() => engine.requireStore()), { work: text("work", c.query.work), status: c.query.status, trigger: c.query.trigger, limit: checkLimit(c.query.limit ?? 50) })],
  },
  { method: "GET", path: ["runs", ":id"], query: [], needsStore: true, run: async (engine, c) => [200, await showRun(await engine.flushRecords().then(() => engine.requireStore()), c.params.id!, (rec) => engine.inspect(rec))] },
  { method: "POST", path: ["runs", ":id", "retry"], query: [], needsStore: true, run: async (engine, c) => [202, await retryRun(engine.requireStore(), c.params.id!, c.now)] },
  { method: "POST", path: ["runs", ":id", "cancel"], query: [], needsStore: true, run: async (engine, c) => [200, await cancelRun(engine.requireStore(), c.params.id!, c.now)] },
];

function match(route: Route, parts: string[]): Record<string, string> | null {
  if (route.path.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const p = route.path[i]!;
    if (p.startsWith(":")) params[p.slice(1)] = parts[i]!;
    else if (p !== parts[i]) return null;
  }
  return params;
}

/** The admin route for a method and path; 404 (no such path) or 405 (with the methods it takes). */
export function adminRoute(method: string, parts: string[]): { route: Route; params: Record<string, string> } {
  const allow: string[] = [];
  for (const route of ROUTES) {
    const params = match(route, parts);
    if (!params) continue;
    if (route.method === method) return { route, params };
    allow.push(route.method);
  }
  const where = `/_kitwork/${parts.map(encodeURIComponent).join("/")}`;
  if (allow.length) throw new AdminError(405, `admin API: ${method} not allowed on ${where} (allowed: ${allow.join(", ")})`);
  throw new AdminError(404, `no admin endpoint ${method} ${where}`);
}

/** Whether the route reads a body (the adapter reads and parses it only then). */
export function takesBody(route: Route): boolean {
  return route.body === true;
}

/** Runs an admin route; returns [status, body]. */
export async function admin(engine: Engine, found: { route: Route; params: Record<string, string> }, query: Query, body: unknown): Promise<[number, unknown]> {
  const { route, params } = found;
  const q: Record<string, string | undefined> = {};
  for (const k in query) {
    if (!route.query.includes(k)) throw new AdminError(400, `unknown query parameter ${JSON.stringify(k.slice(0, 100))}${route.query.length ? ` (this endpoint takes: ${route.query.join(", ")})` : " (this endpoint takes none)"}`);
    const v = query[k];
    if (typeof v !== "string") throw new AdminError(400, `query parameter ${k} given more than once`);
    q[k] = v;
  }
  for (const p of route.path) if (p.startsWith(":")) segment(p.slice(1), params[p.slice(1)]!);
  if (route.needsStore) {
    try {
      engine.requireStore();
    } catch (e) {
      throw new AdminError(503, (e as Error).message);
    }
  }
  return route.run(engine, { params, query: q, body, now: engine.clock.now() });
}
