// The admin API under /_kitwork/: queues, runs and works as JSON. It needs the token
// from KITWORK_ADMIN_TOKEN (Authorization: Bearer <token>), except from localhost.

import type http from "node:http";
import { AdminError, cancelRun, listJobs, listRuns, purge, queueSummary, redrive, retryRun, showRun } from "../engine/admin.js";
import type { Engine } from "../engine/engine.js";
import { describeTriggers } from "../engine/blueprint.js";
import { parseDuration } from "../stdlib/time-core.js";

export const ADMIN_PREFIX = "/_kitwork/";

function isLocal(req: http.IncomingMessage): boolean {
  const a = req.socket.remoteAddress ?? "";
  return a === "127.0.0.1" || a === "::1" || a === "::ffff:127.0.0.1";
}

export function authorize(req: http.IncomingMessage, token: string | undefined): void {
  const given = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
  if (token && given === token) return;
  if (isLocal(req)) return;
  throw new AdminError(token ? 401 : 403, token ? "admin API: missing or wrong token (Authorization: Bearer <KITWORK_ADMIN_TOKEN>)" : "admin API: only from localhost unless KITWORK_ADMIN_TOKEN is set");
}

/** Handles an admin request; returns [status, body]. */
export async function admin(engine: Engine, method: string, pathname: string, query: Record<string, string | string[]>, body: unknown): Promise<[number, unknown]> {
  const parts = pathname.slice(ADMIN_PREFIX.length).split("/").filter(Boolean).map(decodeURIComponent);
  const q = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);
  const now = engine.clock.now();
  if (parts[0] === "works" && parts.length === 1 && method === "GET") {
    return [200, engine.list().map((w) => ({ name: w.name, file: w.file, hash: w.hash, version: w.blueprint.versionLabel, triggers: describeTriggers(w.blueprint) }))];
  }
  const store = (() => {
    try {
      return engine.requireStore();
    } catch (e) {
      throw new AdminError(503, (e as Error).message);
    }
  })();
  if (parts[0] === "queues") {
    if (parts.length === 1 && method === "GET") return [200, await queueSummary(store)];
    const name = parts[1]!;
    if (parts.length === 2 && method === "POST") {
      const delay = q("delay");
      let delayMs = 0;
      if (delay) {
        try {
          delayMs = parseDuration(/^\d+$/.test(delay) ? Number(delay) : delay);
        } catch (e) {
          throw new AdminError(400, `delay: ${(e as Error).message}`);
        }
      }
      const id = await engine.push(name, body ?? null, { delayMs, key: q("key") ?? null });
      return [202, { job: id, queue: name }];
    }
    if (parts.length === 2 && method === "DELETE") return [200, await purge(store, name)];
    if (parts.length === 3 && parts[2] === "jobs" && method === "GET") return [200, await listJobs(store, name, q("state") ?? null, Number(q("limit") ?? 50))];
    if (parts.length === 3 && parts[2] === "dead" && method === "GET") return [200, await listJobs(store, name, "dead", Number(q("limit") ?? 50))];
    if (parts.length === 3 && parts[2] === "redrive" && method === "POST") {
      const job = (body as { job?: string } | undefined)?.job ?? q("job") ?? null;
      return [200, await redrive(store, name, job, now)];
    }
  }
  if (parts[0] === "signals" && parts.length === 2 && method === "POST") {
    const keep = q("keep");
    let keepMs: number | null = null;
    if (keep) {
      try {
        keepMs = parseDuration(/^\d+$/.test(keep) ? Number(keep) : keep);
      } catch (e) {
        throw new AdminError(400, `keep: ${(e as Error).message}`);
      }
    }
    return [200, { event: parts[1], woke: await engine.signal(parts[1]!, body ?? null, keepMs) }];
  }
  if (parts[0] === "runs") {
    if (parts.length === 1 && method === "GET") {
      return [200, await listRuns(store, { work: q("work"), status: q("status"), trigger: q("trigger"), limit: q("limit") ? Number(q("limit")) : undefined })];
    }
    const id = parts[1]!;
    if (parts.length === 2 && method === "GET") return [200, await showRun(store, id, (rec) => engine.inspect(rec))];
    if (parts.length === 3 && parts[2] === "retry" && method === "POST") return [202, await retryRun(store, id, now)];
    if (parts.length === 3 && parts[2] === "cancel" && method === "POST") return [200, await cancelRun(store, id, now)];
  }
  throw new AdminError(404, `no admin endpoint ${method} ${pathname}`);
}
