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
// The parent side (RecordWriter, here) sends batches of statements (a run's row, a pack of
// plain successes: SqliteStore.recordRuns) and resolves each batch once its transaction
// committed, so "flushed" still means "in the store". The thread's side is
// sqlite-writer-thread.ts, a module of its own: node:worker_threads is loaded only when a
// thread is made (~1.5 ms of every start otherwise, `kitwork run` included).

import { createRequire } from "node:module";
import type { Worker } from "node:worker_threads";
import type { Batch, Done } from "./sqlite-writer-thread.js";

const require = createRequire(import.meta.url);

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
    const thread = new URL(fromSource ? "./sqlite-writer-thread.ts" : "./sqlite-writer-thread.js", import.meta.url);
    const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
    this.worker = fromSource
      ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(thread.href)}); })`, { eval: true, workerData: { file } })
      : new Worker(thread, { workerData: { file } });
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
