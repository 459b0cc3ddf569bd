// The endpoints an operator's tools call: Prometheus metrics at /metrics, liveness at
// /_kitwork/health and readiness at /_kitwork/ready. Served on the main port, or with
// `--metrics-port` on a port of their own (metricsServer below).
//
// Who may call them:
// - /metrics follows the admin API's rule (admin.ts authorize): the token when
//   KITWORK_ADMIN_TOKEN is set (Prometheus sends it as `authorization: bearer`), else
//   direct loopback clients only. Metrics name works, routes and queues.
// - health and ready are open to every client: load balancers and orchestrators probe
//   without credentials. They say only `ok` and the names of the checks (store,
//   database, works) with "ok" or "failed"; why a check failed goes to the engine's log.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { AdminError } from "../engine/admin.js";
import { TokenGuesses } from "./token-guesses.js";
import type { Engine } from "../engine/engine.js";
import { type CheckName, readiness } from "../engine/ready.js";
import { authorize } from "./admin.js";
import { ADMIN_ROUTE, type Metrics } from "./metrics.js";

export const METRICS_PATH = "/metrics";
export const HEALTH_PATH = "/_kitwork/health";
export const READY_PATH = "/_kitwork/ready";

export type OpsEndpoint = "metrics" | "health" | "ready";

export interface OpsContext {
  engine: Engine;
  metrics?: Metrics;
  adminToken: string | undefined;
  /** Wrong tokens per client (token-guesses.ts); the metrics port keeps its own. */
  guesses?: TokenGuesses;
  log?: (line: Record<string, unknown>) => void;
}

/** Which operator endpoint a path is (metrics only when `withMetrics`), or null. */
export function opsEndpointOf(pathname: string, withMetrics: boolean): OpsEndpoint | null {
  if (pathname === HEALTH_PATH) return "health";
  if (pathname === READY_PATH) return "ready";
  if (withMetrics && pathname === METRICS_PATH) return "metrics";
  return null;
}

function send(res: http.ServerResponse, method: string, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body), "cache-control": "no-store", ...headers });
  res.end(method === "HEAD" ? undefined : body);
}

const JSON_TYPE = "application/json; charset=utf-8";

/** The failing checks last said in the log, so a probe every few seconds does not repeat them. */
const lastSaid = new WeakMap<Engine, string>();

/** Answers an operator endpoint; returns the status it answered with. */
export async function serveOps(which: OpsEndpoint, req: http.IncomingMessage, res: http.ServerResponse, ctx: OpsContext): Promise<number> {
  const method = (req.method ?? "GET").toUpperCase();
  req.resume();
  if (method !== "GET" && method !== "HEAD") {
    send(res, method, 405, JSON_TYPE, JSON.stringify({ error: `method ${method} not allowed on ${req.url?.split("?")[0]} (allowed: GET, HEAD)` }), { allow: "GET, HEAD" });
    return 405;
  }
  if (which === "health") {
    send(res, method, 200, JSON_TYPE, JSON.stringify({ ok: true }));
    return 200;
  }
  if (which === "ready") {
    const r = await readiness(ctx.engine);
    const failed = Object.keys(r.errors) as CheckName[];
    const said = failed.map((c) => `${c}: ${r.errors[c]}`).join("; ");
    if (said !== (lastSaid.get(ctx.engine) ?? "")) {
      lastSaid.set(ctx.engine, said);
      ctx.log?.(failed.length ? { level: "warn", msg: "not ready", failed: Object.fromEntries(failed.map((c) => [c, r.errors[c]])) } : { level: "info", msg: "ready again" });
    }
    const status = r.ok ? 200 : 503;
    send(res, method, status, JSON_TYPE, JSON.stringify({ ok: r.ok, checks: r.checks }));
    return status;
  }
  try {
    authorize(req, ctx.adminToken, ctx.guesses);
  } catch (e) {
    if (!(e instanceof AdminError)) throw e;
    send(res, method, e.status, JSON_TYPE, JSON.stringify({ error: e.message.replace(/^admin API/, "metrics (admin API rules)") }), e.headers);
    return e.status;
  }
  if (!ctx.metrics) {
    send(res, method, 404, JSON_TYPE, JSON.stringify({ error: "metrics are not enabled on this server" }));
    return 404;
  }
  send(res, method, 200, ctx.metrics.contentType, await ctx.metrics.scrape());
  return 200;
}

/**
 * The `--metrics-port` server: /metrics, /_kitwork/health and /_kitwork/ready only, under
 * the same rules as on the main port. Resolves once listening.
 */
export async function metricsServer(ctx: OpsContext & { metrics: Metrics }, port: number, host: string): Promise<{ server: http.Server; port: number; host: string; close: () => Promise<void> }> {
  ctx = { guesses: new TokenGuesses(), ...ctx };
  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0]!;
    const which = opsEndpointOf(pathname, true);
    const done = (status: number) => ctx.metrics.onRequest(ADMIN_ROUTE, status);
    if (!which) {
      req.resume();
      send(res, (req.method ?? "GET").toUpperCase(), 404, JSON_TYPE, JSON.stringify({ error: `this port serves ${METRICS_PATH}, ${HEALTH_PATH} and ${READY_PATH} only` }));
      return;
    }
    serveOps(which, req, res, ctx).then(done, (err) => {
      ctx.log?.({ level: "error", msg: "metrics request failed", error: String((err as Error)?.stack ?? err) });
      if (!res.headersSent) send(res, "GET", 500, JSON_TYPE, JSON.stringify({ error: "internal error" }));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  return {
    server,
    port: addr.port,
    host: addr.address,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
