// The run-record writer of a SQLite store: a worker thread with its own connection to the
// store's file. Every run gets a record, so on a busy HTTP server the batched inserts were
// the request path's largest cost, paid on the event loop; here they run beside it.
//
// The parent side (RecordWriter) sends batches of rows (runParams() order) and resolves
// each batch once its transaction committed, so "flushed" still means "in the store".

import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { sqliteOptions } from "../db/sqlite-binding.js";

interface Batch {
  id: number;
  /** The rows as one JSON text: a structured clone of the row arrays cost the posting thread more than the inserts cost the writer. */
  rows: string;
}

interface Done {
  id: number;
  error?: string;
}

/** The parent's handle on the writer thread. */
export class RecordWriter {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  /** Set when the thread died: later writes fail at once (the caller falls back). */
  broken: Error | null = null;

  constructor(file: string, sql: string) {
    // From src/ (under tsx: tests, the benches) the thread registers tsx itself first: a
    // worker does not inherit the parent's module hooks.
    const fromSource = import.meta.url.endsWith(".ts");
    this.worker = fromSource
      ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`, { eval: true, workerData: { file, sql } })
      : new Worker(new URL(import.meta.url), { workerData: { file, sql } });
    this.worker.unref();
    this.worker.on("message", (m: Done) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (this.waiting.size === 0) this.worker.unref();
      if (m.error) w.reject(new Error(m.error));
      else w.resolve();
    });
    const fail = (e: Error) => {
      this.broken = e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => {
      if (!this.broken) fail(new Error(`the run-record writer stopped (exit code ${code})`));
    });
  }

  /** Writes the rows in one transaction; resolves when it committed. */
  write(rows: unknown[][]): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.next++;
    // Held open while a batch is in flight, so a process that is ending still writes it.
    if (this.waiting.size === 0) this.worker.ref();
    const done = new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, rows: JSON.stringify(rows) } satisfies Batch);
    });
    this.inFlight.add(done);
    const forget = () => this.inFlight.delete(done);
    done.then(forget, forget);
    return done;
  }

  private readonly inFlight = new Set<Promise<void>>();

  /** Waits for the batches in flight, then stops the thread. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    this.broken ??= new Error("the store is closed");
    await this.worker.terminate();
  }
}

// ---------------------------------------------------------------- the thread

/** The thread's side: its own connection, one transaction per batch. */
async function serve(port: NonNullable<typeof parentPort>): Promise<void> {
  const { file, sql } = workerData as { file: string; sql: string };
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, sqliteOptions());
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  const insert = db.prepare(sql);
  const write = db.transaction((rows: unknown[][]) => {
    for (const r of rows) insert.run(...r);
  });
  // The rows are JSON-safe: text, finite numbers and nulls (store/rows.ts runParams).
  port.on("message", (m: Batch) => {
    try {
      write.immediate(JSON.parse(m.rows) as unknown[][]);
      port.postMessage({ id: m.id } satisfies Done);
    } catch (e) {
      port.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) } satisfies Done);
    }
  });
}

// Not a top-level await: this module is also part of the bundled CLI (scripts/bundle-cli.mjs),
// a script. A failure (no driver, a file that does not open) rejects and ends the thread with
// that error, as an uncaught exception does; batches posted meanwhile wait on the port.
if (!isMainThread && parentPort && (workerData as { sql?: string } | null)?.sql) void serve(parentPort);
