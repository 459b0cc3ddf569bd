// The run-record writer's thread (sqlite-writer.ts is the parent's side): its own
// connection to the store's file, one transaction per batch, and the WAL's checkpoints.

import { parentPort, workerData } from "node:worker_threads";
import { sqliteOptions } from "../db/sqlite-binding.js";

export interface Batch {
  id: number;
  /** The statements ([sql, params]) as one JSON text: a structured clone of the arrays cost the posting thread more than the inserts cost the writer. */
  statements: string;
}

export interface Done {
  id: number;
  error?: string;
}

/** How often the thread checkpoints the WAL (PASSIVE: it never waits for readers or writers). */
const CHECKPOINT_MS = 1_000;

/** The thread's side: its own connection, one transaction per batch. */
async function serve(port: NonNullable<typeof parentPort>): Promise<void> {
  const { file } = workerData as { file: string };
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, sqliteOptions());
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  // The timer below is the one checkpointer while the thread lives (its batches included).
  db.pragma("wal_autocheckpoint = 0");
  const prepared = new Map<string, import("better-sqlite3").Statement<unknown[]>>();
  const write = db.transaction((statements: Array<[string, unknown[]]>) => {
    for (const [sql, params] of statements) {
      let st = prepared.get(sql);
      if (st === undefined) prepared.set(sql, (st = db.prepare(sql)));
      st.run(...params);
    }
  });
  setInterval(() => {
    try {
      db.pragma("wal_checkpoint(PASSIVE)");
    } catch {
      // busy or closing: the next one catches up
    }
  }, CHECKPOINT_MS);
  // The parameters are JSON-safe: text, finite numbers and nulls (store/rows.ts runParams, store/run-packs.ts).
  port.on("message", (m: Batch) => {
    try {
      write.immediate(JSON.parse(m.statements) as Array<[string, unknown[]]>);
      port.postMessage({ id: m.id } satisfies Done);
    } catch (e) {
      port.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) } satisfies Done);
    }
  });
}

// A failure (no driver, a file that does not open) rejects and ends the thread with that
// error, as an uncaught exception does; batches posted meanwhile wait on the port.
if (parentPort) void serve(parentPort);
