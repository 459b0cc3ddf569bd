// Durable runs: a run that reaches a long sleep(), a wait() or w.checkpoint() is
// serialized — its whole VM — and written to the store with its timer or wait, in one
// transaction tagged with the work's content hash. Any engine on the store resumes it
// when it is due, on that exact version, even after the file changed or was deleted.
// A crash between checkpoints replays from the last one; effects in between carry
// idempotency keys (run id + effect counter) so they can be deduplicated.
//
// A resumed segment runs under a short lease renewed by the node's heartbeat (engine/
// cluster.ts), claimed under a fresh owner: only that segment can checkpoint or finish the
// run. A node claims no more runs than it has free slots to execute them in.
//
// A run that is due again the moment it checkpoints — w.checkpoint(), a wait() whose signal
// was kept, a sleep already over — does not wait for a poll: the checkpoint's transaction
// leases it to a fresh owner of this node, and the node goes on with it at once, restored
// from the snapshot it has just written (no read, no unseal). The stored checkpoint stays
// the recovery point: if the node dies, the lease expires and any node resumes it from
// there. A short sleep that does leave memory is woken by a timer here, not the next poll.

import type { Program } from "../bytecode/program.js";
import { compileVersion, versionSource } from "./modules.js";
import type { LogLine, RunContext } from "../runtime/context.js";
import type { Park } from "../runtime/park.js";
import type { Run, Runtime } from "../runtime/runtime.js";
import type { CheckpointNext, DurableRecord, RunRecord, Store } from "../store/store.js";
import type { SnapshotDoc } from "../vm/snapshot.js";
import type { SealBinding, SnapshotSeal } from "./seal.js";
import type { Clock } from "./clock.js";
import type { WorkVersion } from "./works.js";
import type { EngineObserver } from "./observe.js";
import { type LeaseHold, LeaseLost, type LeaseSignal, type Leases } from "./cluster.js";

export const SNAPSHOT_LIMIT = 1024 * 1024;

export class SnapshotTooLarge extends Error {}
export class CheckpointInTransaction extends Error {}

/** Where parked runs go (this file's Durable); the dispatcher calls it. */
export interface ParkSink {
  /** Saves a suspended run with its host state and run record (status "suspended"). */
  park(run: Run, ctx: RunContext, park: Park, host: HostState, record: RunRecord): Promise<void>;
  /** Ends a resumed durable run in the store, with its run record. */
  finish(rec: DurableRecord, outcome: { state: "done" | "failed"; result: string | null; error: string | null }, record: RunRecord): Promise<void>;
}

/** A claimed durable run, opened: what the dispatcher needs to continue it. */
export interface ResumeInput {
  rec: DurableRecord;
  work: WorkVersion;
  program: Program;
  doc: SnapshotDoc;
  host: HostState | null;
  /** The claim's lease: when it is lost the segment stops (error kind "lease") and its outcome is not kept. */
  lease?: LeaseSignal;
}

/** The response state (w.status, headers, an explicit response) saved beside the VM snapshot. */
export interface HostState {
  status: number | null;
  headers: Record<string, string>;
  response: RunContext["response"];
  /** respond() has answered the trigger: a second call after the checkpoint is refused too. */
  responded?: boolean;
  /** The run's log lines so far (every segment's, in order), unmasked: the seal keeps them. */
  logs?: LogLine[];
  /** The run's secrets (value, what it is): its resumed segments and its inspected variables are masked with them. */
  secrets?: Array<[string, string]>;
  /** The W3C traceparent of the segment that parked (tracing on): the next segment's span is its child. */
  trace?: string;
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

export interface DurableOptions {
  store: Store;
  clock: Clock;
  /** The work version with this hash, if it is loaded. */
  workByHash: (hash: string) => WorkVersion | undefined;
  /** Continues a claimed run (the dispatcher); it parks again or finishes through this sink. */
  resume: (input: ResumeInput, sink: ParkSink) => Promise<void>;
  /** Ends a run that cannot be continued at all (its version or its snapshot is unusable). */
  resumeFailed: (rec: DurableRecord, err: unknown, sink: ParkSink) => Promise<void>;
  /** The node's leases: a fresh owner per claim, renewed while the run executes. */
  leases: Leases;
  pollMs: number;
  /** Told when a segment lost its lease (taken over: it stopped, or its outcome was refused). */
  onLeaseLost?: (rec: DurableRecord) => void;
  snapshotLimit?: number;
  /** Seals snapshots at rest and opens them (engine/seal.ts). */
  seal: SnapshotSeal;
  /** Resumed runs executing at once in this process (default DURABLE_MAX_IN_FLIGHT); it claims no more than that. */
  maxInFlight?: number;
  /** Told of every checkpoint written (its size, as the snapshot limit measures it). */
  observer?: EngineObserver;
}

/**
 * Resumed runs one engine executes at once, and so how many it holds claimed. A run's
 * timeout starts when it starts executing, and its store calls then share the store's
 * connections (PostgreSQL: 10) with its siblings' only: a run is not charged for waiting
 * behind every due run at once. A backlog stays in the store, where another engine can
 * take it, not leased here while it waits.
 */
export const DURABLE_MAX_IN_FLIGHT = 8;

/** A parked sleep due within this long is woken by a timer in this process (the poll remains the fallback). */
export const WAKE_TIMER_MS = 60_000;

/** A run leased here and waiting for an execution slot; `opened`: the checkpoint just written, in memory. */
interface ReadyRun {
  rec: DurableRecord;
  opened?: { doc: string; host: string };
}

/** Parks runs into the store and resumes them when due. */
export class Durable implements ParkSink {
  private readonly programs = new Map<string, Program>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private inFlight = 0;
  /** Claimed runs waiting for one of the in-flight slots. */
  private readonly ready: ReadyRun[] = [];
  /** Slots kept for runs whose checkpoint is being written with a lease for this node. */
  private reserved = 0;
  /** Timers waking parked sleeps due soon. */
  private readonly wakeTimers = new Set<NodeJS.Timeout>();
  /** A poll found every claim slot taken: a run that ends polls again. */
  private slotWanted = false;
  /** Runs this process holds the lease of (a resumed run parks again under it). */
  private readonly leased = new Map<string, DurableRecord>();
  /** The leases of the runs claimed here, renewed by the heartbeat until the run ends. */
  private readonly holds = new Map<string, LeaseHold>();

  constructor(private readonly o: DurableOptions) {}

  /** Runs claimed or executing in this process. */
  get busy(): number {
    return this.inFlight + this.ready.length + this.reserved;
  }

  /** Writes the checkpoint of `run` (which stays suspended in memory until dropped). */
  async park(run: Run, ctx: RunContext, p: Park, host: HostState, record: RunRecord): Promise<void> {
    const work = ctx.work as WorkVersion;
    // An open database transaction lives on a connection, not in the VM: it cannot be
    // saved, so a checkpoint inside one is an error rather than a silent rollback.
    if (ctx.db && ctx.db.inTransaction) {
      throw new CheckpointInTransaction(`cannot ${p.kind === "sleep" ? "sleep durably" : p.kind === "wait" ? "wait()" : "checkpoint"} inside db().transaction(): finish the transaction first`);
    }
    const doc = run.snapshot();
    const text = JSON.stringify(doc);
    const limit = this.o.snapshotLimit ?? SNAPSHOT_LIMIT;
    if (text.length > limit) {
      throw new SnapshotTooLarge(`the run's state is ${(text.length / 1024).toFixed(0)} KB, over the ${(limit / 1024).toFixed(0)} KB snapshot limit; largest values: ${largestValues(doc)}`);
    }
    run.pending.catch(() => {});
    const now = this.o.clock.now();
    const held = this.leased.get(ctx.runId);
    if (held) this.holds.get(ctx.runId)?.settling();
    // The seal binds the snapshot to this run and to the checkpoint number this write gets.
    const seq = (held ? held.checkpoints : ((await this.o.store.getDurable(ctx.runId))?.checkpoints ?? 0)) + 1;
    const hostText = JSON.stringify(host);
    const stored = this.o.seal.sealText(`{"doc":${text},"host":${hostText}}`, { runId: ctx.runId, seq, version: work.hash });
    // A run that may be due at once (a checkpoint, an ended sleep, a wait: its signal may be
    // kept) asks the store to lease it here, if a slot is free to go on in: a resumed segment
    // hands on its own slot, a first one takes a free one, kept while the checkpoint is
    // written so that no claim fills it meanwhile.
    const dueNow = p.kind !== "sleep" || p.wakeAt <= now;
    const stay = !this.stopped && dueNow && this.o.leases.canClaim && (held !== undefined || this.busy < this.maxInFlight);
    const next: CheckpointNext | undefined = stay ? { owner: this.o.leases.owner(), leaseUntil: now + this.o.leases.leaseMs } : undefined;
    const reserve = stay && !held;
    if (reserve) this.reserved++;
    let ok: boolean | DurableRecord;
    try {
      ok = await this.o.store.checkpoint(
        {
          runId: ctx.runId,
          work: work.name,
          version: work.hash,
          file: work.file,
          // A work that imports modules keeps every file of its graph: it resumes on them.
          source: versionSource(work.program),
          trigger: ctx.trigger,
          kind: p.kind,
          wakeAt: p.kind === "checkpoint" ? null : p.wakeAt,
          event: p.kind === "wait" ? p.event : null,
          snapshot: stored,
          effects: ctx.effects,
          attempt: ctx.attempt,
          run: { ...record, startedAt: held?.createdAt ?? record.startedAt },
        },
        held ? held.leaseOwner : null,
        now,
        next,
      );
    } finally {
      if (reserve) this.reserved--;
    }
    this.leased.delete(ctx.runId);
    if (!ok) {
      if (!held) throw new Error(`run ${ctx.runId} lost its lease before it could checkpoint`);
      this.lost(held);
      throw new LeaseLost("run", ctx.runId);
    }
    if (typeof ok === "object") {
      // Leased to this node in the checkpoint's transaction: go on with it (after the parked
      // segment has returned, so a request waiting for the run is listening by then).
      this.holds.set(ctx.runId, this.o.leases.hold("run", ctx.runId, ok.leaseOwner!, ok.work, ok.leaseUntil ?? next!.leaseUntil));
      this.ready.push({ rec: ok, opened: { doc: text, host: hostText } });
      setImmediate(() => this.startReady());
    } else if (p.kind === "sleep") this.wakeAt(p.wakeAt);
    try {
      this.o.observer?.onCheckpoint?.(work.name, text.length);
    } catch {
      // a broken observer does not fail the checkpoint
    }
  }

  /** Polls when a parked sleep due soon is due (this node or another resumes it: the claim decides). */
  private wakeAt(at: number): void {
    const ms = at - this.o.clock.now();
    if (this.stopped || ms > WAKE_TIMER_MS) return;
    const t = setTimeout(() => {
      this.wakeTimers.delete(t);
      this.poke();
    }, Math.max(0, ms));
    t.unref?.();
    this.wakeTimers.add(t);
  }

  /** Ends a resumed run in the store, if this process still holds it. */
  async finish(rec: DurableRecord, outcome: { state: "done" | "failed"; result: string | null; error: string | null }, record: RunRecord): Promise<void> {
    const hold = this.holds.get(rec.runId);
    hold?.settling();
    // Stopped because its lease is gone (taken, or ended while the store was silent): ending
    // the run is not this segment's to do — the store would accept a failure from a lease
    // that ended but was not claimed again yet. The run is resumed from its last checkpoint:
    // at once if the store still has it under this segment's lease (nobody claimed it since;
    // a heartbeat in flight may even have renewed it), which is ended here.
    if (hold?.lost && record.errorKind === "lease") {
      if (await this.o.store.releaseDurable(rec.runId, rec.leaseOwner!)) this.poke();
      return;
    }
    const ok = await this.o.store.finishDurable(rec.runId, rec.leaseOwner!, outcome, { ...record, startedAt: rec.createdAt });
    if (!ok) this.lost(rec);
  }

  /** The store refused a segment's checkpoint or end: another claim holds the run (said once, unless the heartbeat said it already). */
  private lost(rec: DurableRecord): void {
    if (this.holds.get(rec.runId)?.lost) return;
    try {
      this.o.onLeaseLost?.(rec);
    } catch {
      // a broken reporter does not fail the run
    }
  }

  /** The program of a version: loaded works first, else the source kept in the store. */
  async programFor(hash: string): Promise<{ program: Program; work: WorkVersion }> {
    const loaded = this.o.workByHash(hash);
    if (loaded) return { program: loaded.program, work: loaded };
    let program = this.programs.get(hash);
    const v = await this.o.store.getVersion(hash);
    if (!v) throw new Error(`version ${hash.slice(0, 12)} of this run's work is not in the store`);
    if (!program) {
      program = compileVersion(v.file, v.source);
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

  /** Claims what is due now, up to the free execution slots, and starts it; returns how many it claimed. */
  async pollOnce(limit = Infinity): Promise<number> {
    const free = Math.min(limit, this.maxInFlight - this.busy);
    if (free <= 0) {
      this.slotWanted = true;
      return 0;
    }
    const leases = this.o.leases;
    // Cut off from the store (no heartbeat reached it for a lease): nothing is claimed here.
    if (!leases.canClaim) return 0;
    const recs = await this.o.store.claimDurable(leases.owner(), leases.leaseMs, free, this.o.clock.now());
    for (const rec of recs) this.holds.set(rec.runId, leases.hold("run", rec.runId, rec.leaseOwner!, rec.work, rec.leaseUntil ?? this.o.clock.now() + leases.leaseMs));
    // A claim that filled the free slots may have left more due: look again when one frees.
    if (recs.length === free) this.slotWanted = true;
    for (const rec of recs) this.ready.push({ rec });
    this.startReady();
    return recs.length;
  }

  /** Starts claimed runs while an in-flight slot is free (also during stop(): they are leased here). */
  private startReady(): void {
    while (this.inFlight < this.maxInFlight && this.ready.length > 0) {
      const item = this.ready.shift()!;
      this.inFlight++;
      void this.resume(item).finally(() => {
        this.inFlight--;
        this.startReady();
        // A slot is free and runs may be waiting for one: claim again.
        if (this.slotWanted && this.busy < this.maxInFlight) {
          this.slotWanted = false;
          this.poke();
        }
      });
    }
  }

  private async resume({ rec, opened }: ReadyRun): Promise<void> {
    this.leased.set(rec.runId, rec);
    // This segment's lease (a checkpoint it leaves for this node puts the next one's in its place).
    const hold = this.holds.get(rec.runId);
    try {
      let input: ResumeInput;
      try {
        const found = await this.programFor(rec.version);
        // Going on from the checkpoint this node just wrote: the same texts the seal holds.
        const { doc, host } = opened ? { doc: JSON.parse(opened.doc) as SnapshotDoc, host: JSON.parse(opened.host) as HostState } : openSnapshot(this.o.seal, rec);
        input = { rec, work: found.work, program: found.program, doc, host, lease: hold };
      } catch (e) {
        await this.o.resumeFailed(rec, e, this);
        return;
      }
      await this.o.resume(input, this);
    } catch {
      // The store failed while recording the outcome: the lease expires and the run is taken again.
    } finally {
      if (this.leased.get(rec.runId) === rec) this.leased.delete(rec.runId);
      hold?.release();
      if (this.holds.get(rec.runId) === hold) this.holds.delete(rec.runId);
    }
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

  /** Starts polling (once `ready` resolves: the engine's clock is the store's). */
  start(ready?: Promise<unknown>): void {
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
    if (ready) void ready.then(loop);
    else void loop();
  }

  /** Stops resuming; waits up to `graceMs` for runs in flight (their leases cover the rest). */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.wakeTimers) clearTimeout(t);
    this.wakeTimers.clear();
    const until = Date.now() + graceMs;
    while (this.busy > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  }
}

