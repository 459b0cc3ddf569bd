// The run-record writer of a SQLite store: a worker thread with its own connection to the
// store's file. Every run gets a record, so on a busy HTTP server the batched inserts were
// the request path's largest cost, paid on the event loop; here they run beside it.
//
// The thread also checkpoints the WAL, every CHECKPOINT_MS, for the store's own connection
// (which stops checkpointing itself while the thread lives): a checkpoint writes the WAL back
// and syncs the file, which held the event loop for milliseconds at a time (a p99 of
// 24–208 ms instead of 14–16 ms under load, docs/benchmarks.md). A process held to one CPU
// writes its records itself but still leaves checkpoints to the thread: a sync waits on the
// disk, not the CPU.
//
// The parent side (RecordWriter) sends batches of statements (a run's row, a pack of plain
// successes: SqliteStore.recordRuns) and resolves each batch once its transaction committed,
// so "flushed" still means "in the store".

import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { sqliteOptions } from "../db/sqlite-binding.js";

interface Batch {
  id: number;
  /** The statements ([sql, params]) as one JSON text: a structured clone of the arrays cost the posting thread more than the inserts cost the writer. */
  statements: string;
}

interface Done {
  id: number;
  error?: string;
}

/** How often the thread checkpoints the WAL (PASSIVE: it never waits for readers or writers). */
const CHECKPOINT_MS = 1_000;

/** The parent's handle on the writer thread. */
export class RecordWriter {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  /** Set when the thread died: later writes fail at once (the caller falls back). */
  broken: Error | null = null;

  /** `onStop`: told once when the thread stops (closed or died), so the store checkpoints for itself again. */
  constructor(file: string, onStop: () => void) {
    // From src/ (under tsx: tests, the benches) the thread registers tsx itself first: a
    // worker does not inherit the parent's module hooks.
    const fromSource = import.meta.url.endsWith(".ts");
    this.worker = fromSource
      ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`, { eval: true, workerData: { file, writer: true } })
      : new Worker(new URL(import.meta.url), { workerData: { file, writer: true } });
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
      if (!this.broken) onStop();
      this.broken = e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => {
      if (!this.broken) fail(new Error(`the run-record writer stopped (exit code ${code})`));
    });
  }

  /** Runs the statements in one transaction; resolves when it committed. */
  write(statements: Array<[string, unknown[]]>): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.next++;
    // Held open while a batch is in flight, so a process that is ending still writes it.
    if (this.waiting.size === 0) this.worker.ref();
    const done = new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, statements: JSON.stringify(statements) } satisfies Batch);
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

// Not a top-level await: this module is also part of the bundled CLI (scripts/bundle-cli.mjs),
// a script. A failure (no driver, a file that does not open) rejects and ends the thread with
// that error, as an uncaught exception does; batches posted meanwhile wait on the port.
if (!isMainThread && parentPort && (workerData as { writer?: boolean } | null)?.writer) void serve(parentPort);
