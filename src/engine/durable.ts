// Durable runs: a run that reaches a long sleep(), a wait() or w.checkpoint() is
// serialized — its whole VM — and written to the store with its timer or wait, in one
// transaction tagged with the work's content hash. Any engine on the store resumes it
// when it is due, on that exact version, even after the file changed or was deleted.
// A crash between checkpoints replays from the last one; effects in between carry
// idempotency keys (run id + effect counter) so they can be deduplicated.

import { randomUUID } from "node:crypto";
import type { Program } from "../bytecode/program.js";
import { compile } from "../compiler/index.js";
import type { Run, Runtime, Outcome } from "../runtime/runtime.js";
import { FailSignal, type Park, type RunContext, parkOf } from "../runtime/work.js";
import { fromHost, toHost } from "../stdlib/convert.js";
import type { DurableRecord, RunRecord, Store } from "../store/store.js";
import type { SnapshotDoc } from "../vm/snapshot.js";
import type { SealBinding, SnapshotSeal } from "./seal.js";
import type { Clock } from "./jobs.js";
import type { WorkVersion } from "./works.js";

/** Returned by drive() when the run was checkpointed and left the process. */
export const PARKED = Symbol("parked");

export const SNAPSHOT_LIMIT = 1024 * 1024;

export class SnapshotTooLarge extends Error {}
export class CheckpointInTransaction extends Error {}

/** What drive() needs to park a run. */
export interface ParkSink {
  park(run: Run, ctx: RunContext, park: Park): Promise<void>;
}

/**
 * Runs an outcome to its end: awaits in-memory suspensions (I/O), parks durable ones.
 * Resolves with the guest value, or PARKED.
 */
export async function drive(first: Outcome, ctx: RunContext, sink: ParkSink | null, stopped?: () => boolean): Promise<unknown> {
  let out = first;
  while (out.status === "suspended") {
    const run = out.run;
    const p = parkOf(run.pending);
    if (p) {
      if (!sink) {
        out = run.resumeThrow(new Error("this run cannot be checkpointed here: durable runs need the engine's store"));
        continue;
      }
      await sink.park(run, ctx, p);
      return PARKED;
    }
    out = await run.awaitAndResume(stopped);
  }
  return out.value;
}

/** The response state (w.status, headers, an explicit response) saved beside the VM snapshot. */
export interface HostState {
  status: number | null;
  headers: Record<string, string>;
  response: RunContext["response"];
}

/** Where a durable record's snapshot belongs (its seal opens only there). */
export function bindingOf(rec: DurableRecord): SealBinding {
  return { runId: rec.runId, seq: rec.checkpoints, version: rec.version };
}

/** A stored snapshot, opened: refused with a SnapshotError when it fails authentication or is damaged. */
export function openSnapshot(seal: SnapshotSeal, rec: DurableRecord): { doc: SnapshotDoc; host: HostState | null } {
  const { doc, host } = seal.open<HostState | null>(rec.snapshot, bindingOf(rec));
  return { doc, host: host ?? null };
}

/** A readable summary of the largest values in a snapshot, for the size-limit error. */
export function largestValues(doc: SnapshotDoc, n = 3): string {
  const sizes = doc.body.heap.map((e, i) => ({ i, e, size: JSON.stringify(e).length }));
  sizes.sort((a, b) => b.size - a.size);
  return sizes
    .slice(0, n)
    .map(({ e, size }) => {
      const kb = `${(size / 1024).toFixed(0)} KB`;
      if (e.t === "array") return `an array of ${(e.items as unknown[]).length} items (${kb})`;
      if (e.t === "object") return `an object with keys ${(e.k ?? []).slice(0, 4).map((k) => k[0]).join(", ")}${(e.k?.length ?? 0) > 4 ? "…" : ""} (${kb})`;
      if (e.t === "map") return `a Map of ${(e.entries as unknown[]).length} entries (${kb})`;
      return `a ${e.t} (${kb})`;
    })
    .join("; ");
}

function safePreview(v: unknown, depth = 0): unknown {
  if (v === null || typeof v !== "object") return typeof v === "string" && v.length > 200 ? v.slice(0, 197) + "..." : v;
  if (depth > 2) return Array.isArray(v) ? `[${v.length} items]` : "{…}";
  if (Array.isArray(v)) return v.slice(0, 20).map((x) => safePreview(x, depth + 1)).concat(v.length > 20 ? [`… ${v.length - 20} more`] : []);
  const out: Record<string, unknown> = {};
  const keys = Object.keys(v as object);
  for (const k of keys.slice(0, 20)) out[k] = safePreview((v as Record<string, unknown>)[k], depth + 1);
  if (keys.length > 20) out["…"] = `${keys.length - 20} more keys`;
  return out;
}

/** The frames of a suspended run with their local variables, rendered safely (for `runs show`). */
export function inspectSnapshot(runtime: Runtime, doc: SnapshotDoc, program: Program): Array<{ function: string; line: number; locals: Record<string, unknown> }> {
  const run = runtime.restore(doc, { programs: [program] });
  const vm = run.vm;
  const frames: Array<{ function: string; line: number; locals: Record<string, unknown> }> = [];
  const trace = vm.trace();
  let ti = 0;
  for (let i = vm.fp - 1; i >= 0; i--) {
    const f = vm.frames[i]!;
    if (f.fn.program?.filename === "<builtin>") continue;
    const locals: Record<string, unknown> = {};
    f.fn.slotNames.forEach((name, s) => {
      if (!name) return;
      let v = vm.stack[f.base + s];
      if (v !== null && typeof v === "object" && "v" in (v as object) && (v as { constructor: { name: string } }).constructor.name === "Cell") v = (v as { v: unknown }).v;
      locals[name] = typeof v === "symbol" ? "<uninitialised>" : safePreview(toHost(v));
    });
    frames.push({ function: f.fn.name || "<anonymous>", line: trace[ti++]?.line ?? 0, locals });
  }
  return frames;
}

export interface DurableOptions {
  store: Store;
  runtime: Runtime;
  clock: Clock;
  /** The work version with this hash, if it is loaded. */
  workByHash: (hash: string) => WorkVersion | undefined;
  /** A run context for a resumed run (capabilities, log sink…). */
  contextFor: (rec: DurableRecord) => RunContext;
  /** Called when a durable run ends in this process (HTTP requests may be waiting for it). */
  onFinish: (runId: string, outcome: { ok: boolean; value: unknown; error: string | null; status: number | null; ctx: RunContext }) => void;
  pollMs: number;
  owner: string;
  snapshotLimit?: number;
  leaseMs?: number;
  /** Seals snapshots at rest and opens them (engine/seal.ts). */
  seal: SnapshotSeal;
  /** Resumed runs executing at once in this process (default DURABLE_MAX_IN_FLIGHT); it claims four times that ahead. */
  maxInFlight?: number;
}

/**
 * Resumed runs one engine executes at once, and how many it holds claimed (executing or
 * next in line). A run's timeout starts when it starts executing, and its store calls
 * then share the store's connections (PostgreSQL: 10) with its siblings' only: a run is
 * not charged for waiting behind every due run at once. A backlog stays in the store,
 * where another engine can take it, not leased here while it waits.
 */
export const DURABLE_MAX_IN_FLIGHT = 8;

/** Parks runs into the store and resumes them when due. */
export class Durable implements ParkSink {
  private readonly programs = new Map<string, Program>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private inFlight = 0;
  /** Claimed runs waiting for one of the in-flight slots. */
  private readonly ready: DurableRecord[] = [];
  /** A poll found every claim slot taken: a run that ends polls again. */
  private slotWanted = false;
  /** Runs this process holds the lease of (a resumed run parks again under it). */
  private readonly leased = new Map<string, DurableRecord>();

  constructor(private readonly o: DurableOptions) {}

  /** Writes the checkpoint of `run` (which stays suspended in memory until dropped). */
  async park(run: Run, ctx: RunContext, p: Park): Promise<void> {
    const work = ctx.work as WorkVersion;
    // An open database transaction lives on a connection, not in the VM: it cannot be
    // saved, so a checkpoint inside one is an error rather than a silent rollback.
    if (ctx.db && ctx.db.tx.size > 0) {
      throw new CheckpointInTransaction(`cannot ${p.kind === "sleep" ? "sleep durably" : p.kind === "wait" ? "wait()" : "checkpoint"} inside db().transaction(): finish the transaction first`);
    }
    const doc = run.snapshot();
    const text = JSON.stringify(doc);
    const limit = this.o.snapshotLimit ?? SNAPSHOT_LIMIT;
    if (text.length > limit) {
      throw new SnapshotTooLarge(`the run's state is ${(text.length / 1024).toFixed(0)} KB, over the ${(limit / 1024).toFixed(0)} KB snapshot limit; largest values: ${largestValues(doc)}`);
    }
    run.pending.catch(() => {});
    // The response state set so far (w.status, w.header, json()…) lives on the host side:
    // it is saved beside the VM snapshot and restored with it.
    const host = { status: ctx.status, headers: ctx.headers, response: ctx.response ? { ...ctx.response, body: toHost(ctx.response.body) } : null };
    const now = this.o.clock.now();
    const held = this.leased.get(ctx.runId);
    // The seal binds the snapshot to this run and to the checkpoint number this write gets.
    const seq = (held ? held.checkpoints : ((await this.o.store.getDurable(ctx.runId))?.checkpoints ?? 0)) + 1;
    const stored = this.o.seal.sealText(`{"doc":${text},"host":${JSON.stringify(host)}}`, { runId: ctx.runId, seq, version: work.hash });
    const ok = await this.o.store.checkpoint(
      {
        runId: ctx.runId,
        work: work.name,
        version: work.hash,
        file: work.file,
        source: work.program.source,
        trigger: ctx.trigger,
        kind: p.kind,
        wakeAt: p.kind === "checkpoint" ? null : p.wakeAt,
        event: p.kind === "wait" ? p.event : null,
        snapshot: stored,
        effects: ctx.effects,
        attempt: ctx.attempt,
        run: this.runRecord(ctx, work, "suspended", held?.createdAt ?? now, null, null),
      },
      held ? this.o.owner : null,
      now,
    );
    this.leased.delete(ctx.runId);
    if (!ok) throw new Error(`run ${ctx.runId} lost its lease before it could checkpoint`);
  }

  private runRecord(ctx: RunContext, work: WorkVersion, status: RunRecord["status"], startedAt: number, error: string | null, size: number | null): RunRecord {
    return {
      id: ctx.runId,
      work: work.name,
      version: work.hash,
      trigger: ctx.trigger,
      status,
      attempt: ctx.attempt,
      startedAt,
      finishedAt: status === "suspended" ? null : this.o.clock.now(),
      error,
      resultSize: size,
      logs: [],
      jobId: null,
    };
  }

  /** The program of a version: loaded works first, else the source kept in the store. */
  async programFor(hash: string): Promise<{ program: Program; work: WorkVersion }> {
    const loaded = this.o.workByHash(hash);
    if (loaded) return { program: loaded.program, work: loaded };
    let program = this.programs.get(hash);
    const v = await this.o.store.getVersion(hash);
    if (!v) throw new Error(`version ${hash.slice(0, 12)} of this run's work is not in the store`);
    if (!program) {
      program = compile(v.source, { filename: v.file });
      this.programs.set(hash, program);
    }
    // A work that is no longer loaded: resume on its stored version with an empty blueprint.
    const work: WorkVersion = {
      file: v.file,
      name: v.name,
      hash,
      program,
      blueprint: { name: v.name, version: null, versionLabel: null, routes: [], retry: null, timeoutMs: null, cron: [], every: [], daily: [], queues: [], concurrency: null, rateLimit: null },
      loadedAt: 0,
    };
    return { program, work };
  }

  private get maxInFlight(): number {
    return this.o.maxInFlight ?? DURABLE_MAX_IN_FLIGHT;
  }

  private get claimAhead(): number {
    return 4 * this.maxInFlight;
  }

  /** Claims what is due now, up to the free claim slots, and starts what fits; returns how many it claimed. */
  async pollOnce(limit = Infinity): Promise<number> {
    const free = Math.min(limit, this.claimAhead - this.ready.length - this.inFlight);
    if (free <= 0) {
      this.slotWanted = true;
      return 0;
    }
    const recs = await this.o.store.claimDurable(this.o.owner, this.o.leaseMs ?? 60_000, free, this.o.clock.now());
    this.ready.push(...recs);
    this.startReady();
    return recs.length;
  }

  /** Starts claimed runs while an in-flight slot is free (also during stop(): they are leased here). */
  private startReady(): void {
    while (this.inFlight < this.maxInFlight && this.ready.length > 0) {
      const rec = this.ready.shift()!;
      this.inFlight++;
      void this.resume(rec).finally(() => {
        this.inFlight--;
        this.startReady();
        // Claim again once half the claim slots are free (one claim for many runs).
        if (this.slotWanted && this.ready.length + this.inFlight <= this.claimAhead / 2) {
          this.slotWanted = false;
          this.poke();
        }
      });
    }
  }

  private async resume(rec: DurableRecord): Promise<void> {
    this.leased.set(rec.runId, rec);
    let ctx: RunContext | null = null;
    let work: WorkVersion | null = null;
    try {
      const found = await this.programFor(rec.version);
      work = found.work;
      ctx = this.o.contextFor(rec);
      ctx.work = work;
      ctx.effects = rec.effects;
      const { doc, host } = openSnapshot(this.o.seal, rec);
      if (host) {
        ctx.status = host.status;
        ctx.headers = host.headers ?? {};
        ctx.response = host.response;
      }
      const value = fromHost(this.o.runtime.realm, JSON.parse(rec.resumeValue ?? "null"));
      // Between two checkpoints a resumed run gets the work's timeout, like any attempt; a
      // run past it stops (and fails) instead of holding its lease.
      const timeoutMs = work.blueprint.timeoutMs ?? 30_000;
      // Limits come from the engine and the work, never from the snapshot.
      const run = this.o.runtime.restore(doc, { programs: [found.program], context: ctx, limits: { timeoutMs } });
      const state = { parking: false, cancelled: false };
      const sink: ParkSink = {
        park: (r, c, p) => {
          state.parking = true;
          return this.park(r, c, p);
        },
      };
      // The timer is wall time, and a starved process runs its expired timers before it reads
      // the replies that arrived meanwhile (Node runs timers before polling I/O): the verdict
      // waits for that poll, so a run whose answer is already here is not failed for the stall.
      let timer: NodeJS.Timeout | undefined;
      let verdict: NodeJS.Immediate | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          verdict = setImmediate(() => {
            if (state.parking) return;
            state.cancelled = true;
            reject(new Error(`the run did not reach its next checkpoint or its end within ${timeoutMs} ms`));
          });
        }, timeoutMs);
      });
      timedOut.catch(() => {}); // settled by the race below, or dropped once the run is done
      let result: unknown;
      try {
        // run.resume() may end the run synchronously (a value, or fail()): the timer is cleared either way.
        const driven = drive(run.resume(value), ctx, sink, () => state.cancelled);
        driven.catch(() => {});
        result = await Promise.race([driven, timedOut]);
      } finally {
        clearTimeout(timer);
        clearImmediate(verdict);
      }
      if (result === PARKED) return;
      await this.finish(rec, ctx, work, true, result, null);
    } catch (e) {
      const f = (e as { format?: () => string } | null)?.format;
      const msg = e instanceof FailSignal ? `fail(${e.status}): ${e.message}` : typeof f === "function" ? f.call(e) : e instanceof Error ? e.message : String(e);
      await this.finish(rec, ctx, work, false, undefined, msg, e instanceof FailSignal ? e.status : null).catch(() => {});
    } finally {
      this.leased.delete(rec.runId);
    }
  }

  private async finish(rec: DurableRecord, ctx: RunContext | null, work: WorkVersion | null, ok: boolean, value: unknown, error: string | null, status: number | null = null): Promise<void> {
    const host = ok ? toHost(value) : undefined;
    const result = ok ? (JSON.stringify(ctx?.response ? toHost(ctx.response.body) : host) ?? null) : null;
    const c = ctx ?? ({ runId: rec.runId, trigger: rec.trigger, attempt: rec.attempt } as RunContext);
    const w = work ?? ({ name: rec.work, hash: rec.version } as WorkVersion);
    await this.o.store.finishDurable(rec.runId, this.o.owner, { state: ok ? "done" : "failed", result, error }, this.runRecord(c, w, ok ? "succeeded" : "failed", rec.createdAt, error, result?.length ?? null));
    if (ctx) this.o.onFinish(rec.runId, { ok, value, error, status, ctx });
  }

  /** Looks for due runs right away (a signal was sent in this process). */
  poke(): void {
    if (this.stopped) return;
    if (this.polling) {
      this.again = true; // the running poll loops once more right away
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), 0);
  }

  private polling = false;
  private again = false;

  private tick: () => Promise<void> = async () => {};

  start(): void {
    const loop = async () => {
      if (this.stopped || this.polling) return;
      this.polling = true;
      this.again = false;
      let n = 0;
      try {
        n = await this.pollOnce();
      } catch {
        // store briefly unavailable
      }
      this.polling = false;
      if (!this.stopped) {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(loop, n > 0 || this.again ? 0 : this.o.pollMs);
        this.timer.unref?.();
      }
    };
    this.tick = loop;
    void loop();
  }

  /** Stops resuming; waits up to `graceMs` for runs in flight (their leases cover the rest). */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const until = Date.now() + graceMs;
    while (this.inFlight + this.ready.length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  }
}

export function newRunId(): string {
  return randomUUID();
}
