// The HTTP adapter: node:http + find-my-way at the edge. A request becomes a trigger
// (method, path, params, query, headers, body); the engine answers with a response
// record; this file writes it. Routes are rebuilt into a fresh router whenever the
// works change and swapped in at once.

import http from "node:http";
import type { AddressInfo, Server as NetServer, Socket } from "node:net";
import FindMyWay from "find-my-way";
import type { Engine } from "../engine/engine.js";
import { AcceptVersionError, type RouteEntry, type RouteTable, pickVersion } from "../engine/registry.js";
import type { TriggerInput } from "../runtime/work.js";
import type { ExecResult } from "../engine/executor.js";
import type { WorkVersion } from "../engine/works.js";
import { ADMIN_PREFIX, admin, authorize } from "./admin.js";
import { AdminError } from "../engine/admin.js";

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** How long shutdown waits for requests in flight (default 10 s). */
  graceMs?: number;
  log?: (line: Record<string, unknown>) => void;
  /** Token for /_kitwork/ from other hosts (default: KITWORK_ADMIN_TOKEN). */
  adminToken?: string;
  /** A listening socket to serve on instead of binding port/host (the supervisor's, passed over IPC). */
  handle?: NetServer;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
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

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new HttpError(413, `request body too large: ${declared} bytes (limit ${limit})`, { connection: "close" }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        reject(new HttpError(413, `request body too large: more than ${limit} bytes`, { connection: "close" }));
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Body by content type: JSON, urlencoded form, text; malformed JSON is a 400. */
export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const text = raw.toString("utf8");
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
    this.router = buildRouter(engine.routes());
    engine.onRoutes((table) => {
      this.router = buildRouter(table);
    });
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 5000;
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
    let pending: void | Promise<void> = undefined;
    try {
      if (this.closing) res.setHeader("connection", "close");
      pending = this.dispatch(req, res);
    } catch (err) {
      this.failed(res, err);
    }
    if (pending instanceof Promise) pending.catch((err) => this.failed(res, err)).finally(() => this.done());
    else this.done();
  }

  private failed(res: http.ServerResponse, err: unknown): void {
    if (err instanceof HttpError) sendJSON(res, err.status, { error: err.message }, err.headers);
    else {
      this.options.log?.({ level: "error", msg: "request failed", error: String((err as Error)?.stack ?? err) });
      if (!res.headersSent) sendJSON(res, 500, { error: "internal error" });
      else res.destroy();
    }
  }

  private done(): void {
    this.inFlight--;
    if (this.inFlight === 0 && this.idle) this.idle();
  }

  private async admin(req: http.IncomingMessage, res: http.ServerResponse, method: string, pathname: string, search: string): Promise<void> {
    try {
      authorize(req, this.options.adminToken ?? process.env.KITWORK_ADMIN_TOKEN);
      const raw = method === "GET" || method === "HEAD" ? Buffer.alloc(0) : await readBody(req, this.options.bodyLimit ?? DEFAULT_BODY_LIMIT);
      if (method === "GET" || method === "HEAD") req.resume();
      const [status, body] = await admin(this.engine, method, pathname, parseQuery(search), parseBody(raw, req.headers["content-type"] ?? "application/json"));
      sendJSON(res, status, body);
    } catch (e) {
      if (e instanceof AdminError) return sendJSON(res, e.status, { error: e.message });
      if (e instanceof HttpError) throw e;
      if (e instanceof Error && /payload too large|queue/.test(e.message)) return sendJSON(res, 400, { error: e.message });
      throw e;
    }
  }

  private dispatch(req: http.IncomingMessage, res: http.ServerResponse): void | Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q < 0 ? url : url.slice(0, q);
    if (pathname.startsWith(ADMIN_PREFIX)) return this.admin(req, res, method, pathname, q < 0 ? "" : url.slice(q + 1));
    const router = this.router;
    let found = METHODS.includes(method as Method) ? router.find(method as Method, pathname) : null;
    // HEAD is served by the GET route (without a body) unless a work declares HEAD itself.
    if (!found && method === "HEAD") found = router.find("GET", pathname);
    if (!found) {
      const allow = METHODS.filter((m) => router.find(m, pathname) !== null);
      if (allow.includes("GET") && !allow.includes("HEAD")) allow.push("HEAD");
      req.resume();
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
      const r = this.engine.run(work, "http", input);
      if (r instanceof Promise) return r.then((result) => this.respond(res, method, work, result));
      this.respond(res, method, work, r);
    };
    if (method === "GET" || method === "HEAD") {
      req.resume();
      return run();
    }
    return readBody(req, this.options.bodyLimit ?? DEFAULT_BODY_LIMIT).then((raw) => {
      input.body = input.payload = parseBody(raw, req.headers["content-type"]);
      return run();
    });
  }

  private respond(res: http.ServerResponse, method: string, work: WorkVersion, result: ExecResult): void {
    if (result.error) this.options.log?.({ level: "warn", msg: "run failed", work: work.name, run: result.runId, status: result.status, attempts: result.attempts, error: result.error });
    // Headers as a flat [name, value, …] list: Node writes it without building a header map.
    const raw: string[] = [];
    const h = result.headers;
    for (const k in h) raw.push(k, h[k]!);
    raw.push("x-kitwork-run", result.runId, "content-length", String(Buffer.byteLength(result.body)));
    if (work.blueprint.versionLabel) raw.push("x-kitwork-version", work.blueprint.versionLabel);
    res.writeHead(result.status, raw);
    res.end(method === "HEAD" ? undefined : result.body);
  }
}
