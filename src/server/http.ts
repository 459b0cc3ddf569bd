// The HTTP adapter: node:http + find-my-way at the edge. A request becomes a trigger
// (method, path, params, query, headers, body); the engine answers with a response
// record; this file writes it. Routes are rebuilt into a fresh router whenever the
// works change and swapped in at once.

import http from "node:http";
import type { AddressInfo, Server as NetServer, Socket } from "node:net";
import FindMyWay from "find-my-way";
import type { Engine } from "../engine/engine.js";
import { AcceptVersionError, type RouteEntry, type RouteTable, pickVersion } from "../engine/registry.js";
import type { LogLine, TriggerInput } from "../runtime/context.js";
import type { ExecResult } from "../engine/dispatch.js";
import type { WorkVersion } from "../engine/works.js";
import { type RateDenied, deniedMessage, retryAfterSeconds } from "../engine/flow.js";
import { ADMIN_PREFIX, admin, adminAccess, adminBody, adminPath, adminRoute, authorize, takesBody } from "./admin.js";
import { AdminError } from "../engine/admin.js";
import { TokenGuesses } from "./token-guesses.js";
import { BrokenWorks, routeOfBrokenWork, sendText, unmatchedWhileBroken } from "./dev.js";
import { ADMIN_ROUTE, type Metrics, NO_ROUTE } from "./metrics.js";
import { opsEndpointOf, serveOps } from "./ops.js";
import { Dashboard, isDashboardPath } from "./dashboard/routes.js";

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** How long shutdown waits for requests in flight (default 10 s). */
  graceMs?: number;
  log?: (line: Record<string, unknown>) => void;
  /**
   * Told of every answered request (method, path, status, time, run). Unset, the server
   * reads no clock per request and says only failed runs (through `log`).
   */
  onRequest?: (line: RequestLine) => void;
  /** Token required by /_kitwork/ from every peer (default: KITWORK_ADMIN_TOKEN; without one, direct loopback clients only). */
  adminToken?: string;
  /** A listening socket to serve on instead of binding port/host (the supervisor's, passed over IPC). */
  handle?: NetServer;
  /** The limits of the HTTP server (see HTTP_LIMITS); tests shorten the timeouts. */
  limits?: Partial<HttpLimits>;
  /** Counts requests, and serves GET /metrics here unless `metricsHere` is false (server/metrics.ts). */
  metrics?: Metrics;
  /** false: /metrics is served on a port of its own (--metrics-port), so this one routes it to the works. */
  metricsHere?: boolean;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** One answered request, for the request log. */
export interface RequestLine {
  method: string;
  path: string;
  status: number;
  /** From the request's arrival to its answer. */
  ms: number;
  run?: string;
  work?: string;
  attempts?: number;
  /** The run's log lines (in dev, printed under the request line). */
  logs?: LogLine[];
  /** What failed: the run's error with its code frame, or why the request was refused. */
  error?: string;
  /** A call of the admin API (/_kitwork/). */
  admin?: boolean;
}

/** When a request arrived (performance.now()), set on its response only while someone logs requests. */
const STARTED = Symbol("started");
type Timed = http.ServerResponse & { [STARTED]?: number };

/** What one connection may cost the server (docs/works.md, "Limits of the HTTP server"). */
export interface HttpLimits {
  /** Time to receive a request's headers, from its first byte (slowloris): 408, then closed. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included: 408, then closed. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** Bytes of the request line and headers together: 431 beyond (Node's own limit, set explicitly). */
  maxHeaderBytes: number;
  /** Header fields per request: 431 beyond (never silently dropped: a proxy's X-Forwarded-For comes last). */
  maxHeaders: number;
  /** Characters of the request target (path and query): 414 beyond. */
  maxUrlLength: number;
  /** How long a connection whose request was refused may go on sending before it is closed. */
  lingerMs: number;
}

export const HTTP_LIMITS: Readonly<HttpLimits> = Object.freeze({
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
  maxHeaders: 100,
  maxUrlLength: 8 * 1024,
  lingerMs: 5_000,
});

/** Node's parser errors → what the client is told before the connection closes. */
const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, "request headers too large"],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "request not received in time"],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, "chunk extensions too large"],
};
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
type Method = (typeof METHODS)[number];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Router = ReturnType<typeof FindMyWay>;

function buildRouter(table: RouteTable): Router {
  const router = FindMyWay({ ignoreTrailingSlash: true, caseSensitive: true });
  for (const entry of table.routes) {
    router.on(entry.method as Method, entry.path, () => undefined, { entry });
  }
  return router;
}

function sendJSON(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Query string → object; a repeated key becomes an array. */
export function parseQuery(search: string): Record<string, string | string[]> {
  // No prototype: "toString", "constructor" and "__proto__" are ordinary keys here.
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [k, v] of new URLSearchParams(search)) {
    const cur = out[k];
    if (cur === undefined) out[k] = v;
    else if (Array.isArray(cur)) cur.push(v);
    else out[k] = [cur, v];
  }
  return out;
}

/** A 413 before any of the body is read, when Content-Length already says too much. */
function declaredTooLarge(req: http.IncomingMessage, limit: number): HttpError | null {
  const declared = Number(req.headers["content-length"]);
  return Number.isFinite(declared) && declared > limit ? new HttpError(413, `request body too large: ${declared} bytes (limit ${limit})`, { connection: "close" }) : null;
}

/** Thrown when the client went away before its body was complete: nothing is answered. */
class Aborted extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = declaredTooLarge(req, limit);
  if (tooLarge) return Promise.reject(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off("data", onData);
        chunks.length = 0;
        reject(new HttpError(413, `request body too large: more than ${limit} bytes`, { connection: "close" }));
        return;
      }
      chunks.push(c);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    // Aborted mid-body, or a malformed chunked body (the parser's error also reaches clientError).
    req.on("error", () => reject(new Aborted()));
    req.on("close", () => {
      if (!req.complete) reject(new Aborted());
    });
  });
}

/** The request target's path: origin-form as is, absolute-form reduced to its path; else a 400. */
function targetPath(url: string): string {
  if (url.startsWith("/")) return url;
  const m = /^https?:\/\/[^/?#]*/i.exec(url);
  if (m) return url.slice(m[0].length).startsWith("/") ? url.slice(m[0].length) : "/" + url.slice(m[0].length);
  throw new HttpError(400, `bad request target ${JSON.stringify(url.slice(0, 100))}`, { connection: "close" });
}

/** Body by content type: JSON, urlencoded form, text; malformed JSON is a 400. */
export function parseBody(text: string, contentType: string | undefined): unknown {
  if (text.length === 0) return undefined;
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json" || type.endsWith("+json")) {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new HttpError(400, `malformed JSON body: ${(e as Error).message}`);
    }
  }
  if (type === "application/x-www-form-urlencoded") return parseQuery(text);
  return text;
}

/** Header names are lower case already; repeated headers (arrays) are joined as HTTP does. */
function headersOf(req: http.IncomingMessage): Record<string, string> {
  const h = req.headers as Record<string, string | string[] | undefined>;
  for (const k in h) {
    const v = h[k];
    if (Array.isArray(v)) return Object.fromEntries(Object.entries(h).filter(([, x]) => x !== undefined).map(([key, x]) => [key, Array.isArray(x) ? x.join(", ") : x!]));
  }
  return h as Record<string, string>;
}

export class HttpServer {
  private router: Router;
  private readonly server: http.Server;
  private inFlight = 0;
  private closing = false;
  private idle: (() => void) | null = null;

  constructor(
    readonly engine: Engine,
    readonly options: ServerOptions = {},
  ) {
    this.dev = engine.options.dev === true;
    this.router = buildRouter(engine.routes());
    engine.onRoutes((table) => {
      this.router = buildRouter(table);
    });
    const limits = (this.limits = { ...HTTP_LIMITS, ...options.limits });
    this.server = http.createServer(
      {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
        maxHeaderSize: limits.maxHeaderBytes,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        // How often the two timeouts above are checked (Node's default, 30 s, would let them run late by that much).
        connectionsCheckingInterval: Math.max(100, Math.min(1_000, limits.headersTimeoutMs / 4)),
      },
      (req, res) => void this.handle(req, res),
    );
    // Every header is parsed (within maxHeaderSize) and counted by handle(): none is dropped unseen.
    this.server.maxHeadersCount = 0;
    this.server.on("clientError", (err: NodeJS.ErrnoException, socket) => this.clientError(err, socket));
  }

  private readonly limits: HttpLimits;
  /** dev mode: broken works answer with their compile errors (server/dev.ts). */
  private readonly dev: boolean;

  /** A request the parser refused (malformed, too large, too slow): a short answer, then the connection closes. */
  private clientError(err: NodeJS.ErrnoException, socket: import("node:stream").Duplex): void {
    const current = (socket as unknown as { _httpMessage?: http.ServerResponse })._httpMessage;
    // A response half written cannot be followed by another: then the connection just closes.
    if (err.code === "ECONNRESET" || !socket.writable || (current && current.headersSent && !current.writableEnded)) {
      socket.destroy();
      return;
    }
    const [status, message] = CLIENT_ERRORS[err.code ?? ""] ?? [400, `malformed request (${err.code ?? "parse error"})`];
    const body = JSON.stringify({ error: message });
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    setTimeout(() => socket.destroy(), this.limits.lingerMs).unref();
  }

  /** The admin API's access rule, said once at start-up. */
  private adminToken(): string | undefined {
    return this.options.adminToken || process.env.KITWORK_ADMIN_TOKEN || undefined;
  }

  async listen(): Promise<{ port: number; host: string }> {
    const { port = 8080, host = "127.0.0.1" } = this.options;
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      const listening = () => {
        this.server.off("error", reject);
        resolve();
      };
      if (this.options.handle) this.server.listen(this.options.handle, listening);
      else this.server.listen(port, host, listening);
    });
    const addr = this.server.address() as AddressInfo;
    this.options.log?.({ level: "info", msg: adminAccess(this.adminToken()) });
    return { port: addr.port, host: addr.address };
  }

  /** Serves a connection accepted elsewhere (by the supervisor while this engine was starting). */
  accept(socket: Socket): void {
    socket.setNoDelay(true); // as node:http does for the connections it accepts itself
    this.server.emit("connection", socket);
  }

  /** Stops accepting, waits for requests in flight (up to the grace period), then closes. */
  async close(): Promise<void> {
    this.closing = true;
    const closed = new Promise<void>((r) => this.server.close(() => r()));
    this.server.closeIdleConnections();
    if (this.inFlight > 0) {
      const grace = this.options.graceMs ?? 10_000;
      await Promise.race([new Promise<void>((r) => (this.idle = r)), new Promise((r) => setTimeout(r, grace).unref())]);
    }
    this.server.closeAllConnections();
    await closed;
  }

  /** Handles a request; synchronously when the route, the body and the run allow it. */
  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.inFlight++;
    if (this.options.onRequest) (res as Timed)[STARTED] = performance.now();
    let pending: void | Promise<void> = undefined;
    try {
      if (this.closing) res.setHeader("connection", "close");
      pending = this.dispatch(req, res);
    } catch (err) {
      this.failed(req, res, err);
    }
    if (pending instanceof Promise) pending.catch((err) => this.failed(req, res, err)).finally(() => this.done());
    else this.done();
  }

  /**
   * A refused request whose body is still coming: the answer says connection: close,
   * what follows is read and dropped for a moment (so the client sees the answer rather
   * than a reset), then the connection is closed.
   */
  private linger(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.complete) return;
    if (!res.headersSent) res.setHeader("connection", "close");
    req.resume();
    const socket = req.socket;
    setTimeout(() => socket.destroy(), this.limits.lingerMs).unref();
  }

  private failed(req: http.IncomingMessage, res: http.ServerResponse, err: unknown): void {
    if (err instanceof Aborted || res.destroyed || req.socket.destroyed) {
      res.destroy();
      return;
    }
    this.linger(req, res);
    if (err instanceof BrokenWorks) sendText(res, 500, err.message);
    else if (err instanceof HttpError) sendJSON(res, err.status, { error: err.message }, err.headers);
    else if (err instanceof AdminError) sendJSON(res, err.status, { error: err.message }, err.headers);
    else {
      this.options.log?.({ level: "error", msg: "request failed", error: String((err as Error)?.stack ?? err) });
      if (!res.headersSent) sendJSON(res, 500, { error: "internal error" });
      else res.destroy();
    }
    this.options.metrics?.onRequest(err instanceof AdminError ? ADMIN_ROUTE : NO_ROUTE, res.statusCode);
    if (this.options.onRequest) {
      const error = err instanceof BrokenWorks ? err.summary : err instanceof Error ? err.message : String(err);
      this.requestLine(res, { status: res.statusCode, error, admin: err instanceof AdminError || undefined });
    }
  }

  /** Tells onRequest of an answered request (only called when it is set). */
  private requestLine(res: http.ServerResponse, line: Omit<RequestLine, "method" | "path" | "ms">): void {
    const started = (res as Timed)[STARTED];
    const url = res.req?.url ?? "/";
    const q = url.indexOf("?");
    this.options.onRequest!({ method: (res.req?.method ?? "GET").toUpperCase(), path: q < 0 ? url : url.slice(0, q), ms: started === undefined ? 0 : performance.now() - started, ...line });
  }

  private done(): void {
    this.inFlight--;
    if (this.inFlight === 0 && this.idle) this.idle();
  }

  /** /_kitwork/: who may call it first, then the route, its query and body, before anything runs. */
  private async admin(req: http.IncomingMessage, res: http.ServerResponse, method: string, pathname: string, search: string): Promise<void> {
    authorize(req, this.adminToken(), this.guesses);
    const found = adminRoute(method, adminPath(pathname));
    let body: unknown = undefined;
    if (takesBody(found.route)) body = adminBody(await readBody(req, this.options.bodyLimit ?? DEFAULT_BODY_LIMIT), req.headers["content-type"]);
    else {
      const tooLarge = declaredTooLarge(req, this.options.bodyLimit ?? DEFAULT_BODY_LIMIT);
      if (tooLarge) throw tooLarge;
      req.resume();
    }
    const [status, out] = await admin(this.engine, found, parseQuery(search), body);
    sendJSON(res, status, out);
    this.options.metrics?.onRequest(ADMIN_ROUTE, status);
    if (this.options.onRequest) this.requestLine(res, { status, admin: true });
  }

  private dashboardPages: Dashboard | null = null;
  /** Wrong admin tokens per client (token-guesses.ts), shared by the admin API, /metrics and the dashboard's login. */
  private readonly guesses = new TokenGuesses();

  /** The dashboard (server/dashboard/), made on its first request. */
  private dashboard(req: http.IncomingMessage, res: http.ServerResponse, method: string, pathname: string, search: string): Promise<void> {
    this.dashboardPages ??= new Dashboard(this.engine, () => this.adminToken(), this.guesses);
    const page = this.dashboardPages.handle(req, res, method, pathname, search);
    const metrics = this.options.metrics;
    return metrics ? page.then(() => metrics.onRequest(ADMIN_ROUTE, res.statusCode)) : page;
  }

  private async ops(which: "metrics" | "health" | "ready", req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const status = await serveOps(which, req, res, { engine: this.engine, metrics: this.options.metrics, adminToken: this.adminToken(), log: this.options.log, guesses: this.guesses });
    this.options.metrics?.onRequest(ADMIN_ROUTE, status);
    if (this.options.onRequest) this.requestLine(res, { status, admin: true });
  }

  private dispatch(req: http.IncomingMessage, res: http.ServerResponse): void | Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const url = targetPath(req.url ?? "/");
    const limits = this.limits;
    if (url.length > limits.maxUrlLength) throw new HttpError(414, `request target too long: ${url.length} characters (limit ${limits.maxUrlLength})`, { connection: "close" });
    if (req.rawHeaders.length > 2 * limits.maxHeaders) throw new HttpError(431, `too many header fields: ${req.rawHeaders.length / 2} (limit ${limits.maxHeaders})`, { connection: "close" });
    const q = url.indexOf("?");
    const pathname = q < 0 ? url : url.slice(0, q);
    if (pathname.includes("%")) {
      try {
        decodeURIComponent(pathname);
      } catch {
        throw new HttpError(400, `malformed percent-encoding in the path ${JSON.stringify(pathname.slice(0, 200))}`);
      }
    }
    // Health and readiness (open to every client) and metrics (admin rules): server/ops.ts.
    const ops = opsEndpointOf(pathname, this.options.metrics !== undefined && this.options.metricsHere !== false);
    if (ops) return this.ops(ops, req, res);
    if (pathname.startsWith(ADMIN_PREFIX)) return isDashboardPath(pathname) ? this.dashboard(req, res, method, pathname, q < 0 ? "" : url.slice(q + 1)) : this.admin(req, res, method, pathname, q < 0 ? "" : url.slice(q + 1));
    const router = this.router;
    let found = METHODS.includes(method as Method) ? router.find(method as Method, pathname) : null;
    // HEAD is served by the GET route (without a body) unless a work declares HEAD itself.
    if (!found && method === "HEAD") found = router.find("GET", pathname);
    if (!found) {
      const allow = METHODS.filter((m) => router.find(m, pathname) !== null);
      if (allow.includes("GET") && !allow.includes("HEAD")) allow.push("HEAD");
      req.resume();
      // /_kitwork without its slash: the dashboard's home (looked at only once no work matched).
      if (pathname === "/_kitwork") return this.dashboard(req, res, method, pathname, "");
      // dev: a work that does not compile may be the one meant to serve this (its routes are unknown).
      if (this.dev) {
        const broken = this.engine.brokenFiles();
        if (broken.length) throw unmatchedWhileBroken(method, pathname, broken);
      }
      if (allow.length) throw new HttpError(405, `method ${method} not allowed on ${pathname}`, { allow: allow.join(", ") });
      throw new HttpError(404, `no work serves ${method} ${pathname}`);
    }
    const entry = (found.store as { entry: RouteEntry }).entry;
    let work;
    try {
      work = pickVersion(entry, req.headers["accept-version"] as string | undefined);
    } catch (e) {
      if (e instanceof AcceptVersionError) throw new HttpError(400, e.message);
      throw e;
    }
    if (!work) throw new HttpError(404, `no version of ${entry.method} ${entry.path} matches Accept-Version ${JSON.stringify(req.headers["accept-version"])}`);
    if (this.dev) {
      // dev: the file serving this route is broken now; its last good version does not answer for it.
      const problems = this.engine.problemsOf(work.file);
      if (problems) throw routeOfBrokenWork(method, pathname, work.file, problems);
    }
    const input: TriggerInput = {
      method,
      path: pathname,
      params: found.params as Record<string, string>,
      query: q < 0 ? {} : parseQuery(url.slice(q + 1)),
      headers: headersOf(req),
      body: undefined,
      payload: undefined,
    };
    const run = () => {
      // respond() answers at once; the run goes on, and how it ends is only logged.
      let answered = false;
      const onRespond = (early: ExecResult) => {
        answered = true;
        this.respond(res, method, work, early, entry);
      };
      const end = (result: ExecResult) => (answered ? this.ended(work, result) : this.respond(res, method, work, result, entry));
      const r = this.engine.run(work, "http", input, { onRespond });
      if (r instanceof Promise) return r.then(end);
      end(r);
    };
    const start = () => {
      if (method === "GET" || method === "HEAD") {
        req.resume();
        return run();
      }
      return readBody(req, this.options.bodyLimit ?? DEFAULT_BODY_LIMIT).then((raw) => {
        // One decoded string serves both: w.rawBody (what signatures sign) and the parse.
        const text = raw.toString("utf8");
        input.rawBody = text;
        input.body = input.payload = parseBody(text, req.headers["content-type"]);
        return run();
      });
    };
    if (!work.blueprint.rateLimit) return start();
    // w.rateLimit(n, per), fleet-wide (engine/flow.ts): a start is taken before the body is read; beyond the limit, 429.
    return this.engine.flow.admit(work).then((denied) => (denied ? this.rateLimited(req, res, method, work, entry, denied) : start()));
  }

  /** 429 (503 when the store could not be asked): which limit, and Retry-After; nothing ran. */
  private rateLimited(req: http.IncomingMessage, res: http.ServerResponse, method: string, work: WorkVersion, entry: RouteEntry, d: RateDenied): void {
    this.linger(req, res);
    const status = d.storeError !== undefined ? 503 : 429;
    const error = deniedMessage(d);
    const body = JSON.stringify({ error, work: work.name, limit: { n: d.limit, perMs: d.perMs }, retryAfterMs: Math.ceil(d.retryAfterMs) });
    this.options.metrics?.onRoute(entry, status);
    if (this.options.onRequest) this.requestLine(res, { status, work: work.name, error });
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "retry-after": retryAfterSeconds(d.retryAfterMs), "content-length": String(Buffer.byteLength(body)) });
    res.end(method === "HEAD" ? undefined : body);
  }

  private respond(res: http.ServerResponse, method: string, work: WorkVersion, result: ExecResult, entry: RouteEntry): void {
    this.options.metrics?.onRoute(entry, result.status);
    if (this.options.onRequest) this.requestLine(res, { status: result.status, run: result.runId, work: work.name, attempts: result.attempts, logs: result.logs, error: result.error });
    else if (result.error) this.options.log?.({ level: "warn", msg: "run failed", work: work.name, run: result.runId, status: result.status, attempts: result.attempts, error: result.error });
    // Headers as a flat [name, value, …] list: Node writes it without building a header map.
    const raw: string[] = [];
    const h = result.headers;
    for (const k in h) raw.push(k, h[k]!);
    raw.push("x-kitwork-run", result.runId, "content-length", String(Buffer.byteLength(result.body)));
    if (work.blueprint.versionLabel) raw.push("x-kitwork-version", work.blueprint.versionLabel);
    res.writeHead(result.status, raw);
    res.end(method === "HEAD" ? undefined : result.body);
  }

  /** A run that answered early (respond()) has ended: the request has its answer; a failure is logged. */
  private ended(work: WorkVersion, result: ExecResult): void {
    if (result.error) this.options.log?.({ level: "warn", msg: "run failed after it answered", work: work.name, run: result.runId, attempts: result.attempts, error: result.error });
  }
}
