// Readiness: can this engine serve its works now? Three checks, each bounded in time so a
// probe never hangs on a database that does not answer: the state store answers a
// trivial query, the default database does, and the works folder has been loaded. The
// answer names the checks only; why one failed is for the engine's log, not for whoever
// probes (readiness is unauthenticated: load balancers send no tokens).

import { kysely } from "../db/kysely.js";
import type { Engine } from "./engine.js";

export type CheckName = "store" | "database" | "works";

export interface Readiness {
  ok: boolean;
  /** Each check that applies ("ok" or "failed"): no store or no default database, no check. */
  checks: Partial<Record<CheckName, "ok" | "failed">>;
  /** Why each failed check failed (for the log; never sent to the prober). */
  errors: Partial<Record<CheckName, string>>;
}

/** How long one check may take before it counts as failed. */
export const CHECK_TIMEOUT_MS = 2_000;

function bounded(p: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Runs the readiness checks of `engine` (at once, each within `timeoutMs`). */
export async function readiness(engine: Engine, timeoutMs = CHECK_TIMEOUT_MS): Promise<Readiness> {
  const checks: Array<[CheckName, () => Promise<unknown>]> = [];
  const store = engine.options.store;
  if (store) checks.push(["store", () => store.ping()]);
  if (engine.connections.has("default")) checks.push(["database", async () => {
    const conn = await engine.connections.get("default");
    const { sql } = kysely();
    return sql`select 1`.execute(conn.kysely);
  }]);
  checks.push([
    "works",
    async () => {
      if (!engine.loaded) throw new Error("the works folder is not loaded yet");
    },
  ]);
  const out: Readiness = { ok: true, checks: {}, errors: {} };
  await Promise.all(
    checks.map(async ([name, check]) => {
      try {
        await bounded(check(), timeoutMs);
        out.checks[name] = "ok";
      } catch (e) {
        out.ok = false;
        out.checks[name] = "failed";
        out.errors[name] = e instanceof Error ? e.message : String(e);
      }
    }),
  );
  return out;
}
