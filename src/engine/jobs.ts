// Queue consumers and the cron scheduler, on the store.
//
// A consumer leases due jobs of its queue (up to its concurrency), runs the work once per
// lease (trigger "queue", the job as w.payload, w.attempt from the store), and completes
// the job together with its run record in one transaction — with the jobs that finished at
// the same moment, and the claim of the next ones (Store.completeJobs). A failure goes back to the
// store as a retry at a later time (the delay is data, not a blocked process) or, after
// the last attempt, leaves the job dead. Each claim is made under a fresh owner and its
// short lease is renewed by the node's heartbeat while the attempt runs (engine/cluster.ts);
// a crash leaves the lease to expire within one lease; another worker takes the job:
// delivery is at least once. An attempt whose lease was taken over stops, and its run is
// recorded as failed with the error kind "lease"; the job is the new attempt's.
//
// Cron: each schedule slot is claimed in the store with a unique insert, together with
// its job on the work's internal queue in the same transaction, so a slot fires once
// across every process sharing the store and is never claimed without its job; the job
// gives cron runs the same retries and records.

import { Cron } from "croner";
import type { ClaimRequest, Store, Job, RunRecord } from "../store/store.js";
import type { WorkVersion } from "./works.js";

import type { Clock } from "./clock.js";
import { LeaseLost, type LeaseHold, type LeaseSignal, type Leases, type NodeEvent } from "./cluster.js";

/** The outcome a job's attempt reports back (the dispatcher's result, as much as the consumer needs). */
export interface JobOutcome {
  error?: string;
  /** When to try again (the retry plan allows another attempt), or null: the job is dead. */
  retryAt?: number | null;
  runId?: string;
}

/**
 * What the consumers and the scheduler tell the engine's owner (the CLI prints them): an
 * attempt failed and will be retried, a job is dead, or the store failed under them.
 */
export type JobEvent =
  | { kind: "job-retry"; trigger: "queue" | "cron"; queue: string; work: string; job: string; run: string | null; attempt: number; error: string; retryAt: number }
  | { kind: "job-dead"; trigger: "queue" | "cron"; queue: string; work: string; job: string; run: string | null; attempt: number; error: string }
  | { kind: "job-error"; queue: string | null; what: string; error: string }
  /** An attempt lost its lease (not renewed in time; another attempt holds the job or durable run now): it stopped, its outcome is not kept. */
  | Extract<NodeEvent, { kind: "lease-lost" }>;

export interface JobRunner {
  /**
   * Runs one attempt of `work` for a job (trigger "queue" or "cron"); `settle` persists
   * its run record with the job's new state (null record: the run parked and its durable
   * record speaks for it).
   */
  runJob(work: WorkVersion, trigger: "queue" | "cron", job: Job, settle: (record: RunRecord | null, outcome: JobOutcome) => Promise<unknown>, lease: LeaseSignal): Promise<unknown>;
  /** Told of every failed attempt, dead job and store failure (nothing is printed here). */
  report?(event: JobEvent): void;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export const CRON_QUEUE_PREFIX = "cron:";

export function cronQueue(workName: string): string {
  return CRON_QUEUE_PREFIX + workName;
}

/**
 * How often a consumer polls while the store's wake-ups are heard (Store.listenJobs): a
 * safety net for what no wake-up announces — a lease that expired on a node that died, a
 * retry another node scheduled, a notification lost with its connection.
 */
export const SAFETY_POLL_MS = 1_000;

/** Completions sent to the store in one call at most. */
const COMPLETIONS_PER_CALL = 200;

/**
 * Calls of completions in flight at once per consumer: one. Completions that come while it
 * is under way wait and go in the next, with its claim; a second call alongside would go
 * without one (a claim is made one at a time), and its slots would then wait for a claim of
 * their own: two round trips for what one does.
 */
const COMPLETION_CALLS = 1;

/**
 * A job from its claim until the store has its outcome. It is *held* all that time (counted
 * against `concurrency + prefetch`: what the consumer claims) and *active* while its attempt
 * runs (counted against `concurrency`: what it starts). Between the two it waits in the
 * consumer's memory (claimed ahead: prefetch) or for its outcome to be written.
 */
interface Slot {
  held: boolean;
  active: boolean;
}

/** A claimed job waiting in memory for a free slot, its lease renewed meanwhile. */
interface Waiting {
  job: Job;
  slot: Slot;
  lease: LeaseHold;
}

/** A completion waiting to go to the store. */
interface Done {
  jobId: string;
  owner: string;
  run: RunRecord | null;
  slot: Slot;
  resolve: (kept: boolean) => void;
  reject: (e: unknown) => void;
}

/** One consumer: a queue name, the work that consumes it, how many jobs at once. */
export class QueueConsumer {
  /** Jobs claimed whose outcome the store does not have yet (never more than `concurrency + prefetch`). */
  private held = 0;
  /** Jobs whose attempt is running (never more than `concurrency`). */
  private active = 0;
  /** Attempts not yet ended (one whose lease was lost may still be recording its run after its slot is free). */
  private running = 0;
  /** Claimed jobs waiting for a free slot, oldest first. */
  private readonly waiting: Waiting[] = [];
  /** The claim under way (the loop's, or one going with completions), settled either way: one at a time. */
  private claiming: Promise<void> | null = null;
  private readonly done: Done[] = [];
  private completing = 0;
  private stopped = false;
  private wake: (() => void) | null = null;
  /** Poked while a claim was under way: claim again before waiting (its push may have come after the claim's snapshot). */
  private again = false;
  private loopDone: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  /**
   * The store's wake-ups are heard (set by the engine): pushes from any process wake this
   * consumer, so it polls only every SAFETY_POLL_MS; otherwise every pollMs.
   */
  notified = false;

  constructor(
    readonly queue: string,
    public work: WorkVersion,
    private readonly store: Store,
    private readonly runner: JobRunner,
    private readonly clock: Clock,
    /** Jobs running at once on this node. */
    readonly concurrency: number,
    private readonly pollMs: number,
    private readonly leases: Leases,
    /** Jobs claimed ahead of the free slots, waiting leased in memory (a queue's `prefetch`). */
    readonly prefetch = 0,
  ) {}

  /** How many jobs this consumer may hold at once: running, waiting to run, or waiting for their outcome to be written. */
  private get capacity(): number {
    return this.concurrency + this.prefetch;
  }

  /** Starts polling (once `ready` resolves: the engine's clock is the store's). */
  start(ready?: Promise<unknown>): void {
    this.loopDone ??= ready ? ready.then(() => this.loop()) : this.loop();
  }

  /** Checks the queue now (a job was pushed, here or — told by the store — by another process). */
  poke(): void {
    this.again = true;
    this.wake?.();
  }

  /** Checks the queue at `at` (engine clock): a job pushed with a delay, or a retry, is due then. */
  wakeAt(at: number): void {
    if (this.stopped || at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      this.poke();
    }, Math.min(Math.max(0, at - this.clock.now()) + 1, 2_147_483_647)); // setTimeout's longest delay
    this.timer.unref?.();
  }

  /**
   * Stops leasing; resolves when jobs in flight have finished. Jobs claimed ahead that never
   * started are given back to the store (pending again, their claim's attempt not charged).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.wake?.();
    await this.loopDone;
    this.giveBack();
    // Completions still being written may bring claimed jobs (given back as they come).
    while (this.running > 0 || this.claiming || this.returning) {
      await (this.returning ?? new Promise((r) => setTimeout(r, 10)));
    }
  }

  /** Giving back waiting jobs, under way. */
  private returning: Promise<void> | null = null;

  private giveBack(): void {
    const back = this.waiting.splice(0);
    if (back.length === 0) return;
    const before = this.returning;
    const returning = (async () => {
      await before;
      await this.returnAll(back);
    })();
    this.returning = returning;
    void returning.finally(() => {
      if (this.returning === returning) this.returning = null;
    });
  }

  private async returnAll(back: Waiting[]): Promise<void> {
    // The store's answer decides now: a renewal meanwhile that finds a job given back is no lost lease.
    for (const w of back) w.lease.settling();
    try {
      await this.store.returnJobs(
        back.map((w) => ({ jobId: w.job.id, owner: w.job.leaseOwner! })),
        this.clock.now(),
      );
    } catch (e) {
      // Their leases end within one lease and another node takes them, each charged an attempt.
      this.runner.report?.({ kind: "job-error", queue: this.queue, what: `giving back ${back.length} job(s) claimed ahead`, error: messageOf(e) });
    } finally {
      for (const w of back) this.letGo(w);
    }
  }

  /** Leases what it can hold now and starts what it can run; returns how many jobs it claimed. */
  async pollOnce(): Promise<number> {
    // Jobs claimed ahead that could not start when their slots freed (the store was out of reach).
    this.startWaiting();
    // One claim at a time: one that went with completions may be under way, and its jobs take slots.
    while (this.claiming) await this.claiming;
    const free = this.capacity - this.held;
    if (free <= 0 || !this.leases.canClaim) return 0;
    // A fresh owner per claim: only the attempts of this claim can end its jobs.
    const claim = this.store.claimJobs(this.queue, this.leases.owner(), this.leases.leaseMs, free, this.clock.now());
    const claiming = claim.then(
      () => {},
      () => {},
    );
    this.claiming = claiming;
    let jobs: Job[];
    try {
      jobs = await claim;
    } finally {
      if (this.claiming === claiming) this.claiming = null;
    }
    this.take(jobs);
    return jobs.length;
  }

  /** Claimed jobs: held (their leases renewed from now), then started as slots allow. */
  private take(jobs: Job[]): void {
    for (const job of jobs) {
      this.held++;
      const lease = this.leases.hold("job", job.id, job.leaseOwner!, this.work.name, job.leaseUntil ?? this.clock.now() + this.leases.leaseMs);
      const waiting: Waiting = { job, slot: { held: true, active: false }, lease };
      this.waiting.push(waiting);
      // Lost while it waits: another node's now, and its room here is free for another claim.
      lease.onLost(() => {
        const i = this.waiting.indexOf(waiting);
        if (i < 0) return;
        this.waiting.splice(i, 1);
        this.letGo(waiting);
      });
    }
    if (this.stopped) this.giveBack();
    else this.startWaiting();
  }

  /**
   * Starts waiting jobs while slots are free — only while the node's heartbeat reaches the
   * store (canClaim), as a claim would, and only jobs whose lease is still well ahead: after
   * the event loop was held past a lease (a long synchronous run, a pause), the leases of
   * the jobs waiting have ended in the store and other nodes may hold them already, before
   * any renewal or fence here had a chance to run. Such a job is dropped unrun (its next
   * claim, anywhere, charges the attempt).
   */
  private startWaiting(): void {
    if (!this.leases.canClaim) return;
    while (this.active < this.concurrency && this.waiting.length > 0 && !this.stopped) {
      const w = this.waiting.shift()!;
      const { job, slot, lease } = w;
      if (lease.lost || lease.until - this.clock.now() < this.leases.leaseMs / 3) {
        this.letGo(w);
        continue;
      }
      slot.active = true;
      this.active++;
      this.running++;
      void this.runOne(job, slot, lease)
        .catch((e) => {
          // The store failed while recording the outcome: the lease expires and the job is
          // taken again (at least once). Never let it crash the engine.
          this.runner.report?.({ kind: "job-error", queue: this.queue, what: `recording the outcome of job ${job.id}`, error: messageOf(e) });
        })
        .finally(() => {
          this.running--;
          this.release(slot);
        });
    }
  }

  /** A claimed job that will not run here (its lease lost or ending, or given back): its lease no longer renewed, its room free. */
  private letGo(w: Waiting): void {
    w.lease.release();
    this.release(w.slot);
  }

  /** The job's attempt has run: its slot can start the next waiting job while its outcome is written. */
  private finished(slot: Slot): void {
    if (!slot.active) return;
    slot.active = false;
    this.active--;
    if (this.waiting.length === 0 || this.pumping) return;
    // On the next microtask, not in this attempt's stack: a run that settles at once would
    // otherwise start the next one inside it, as deep as the jobs waiting.
    this.pumping = true;
    queueMicrotask(() => {
      this.pumping = false;
      this.startWaiting();
    });
  }

  /** A start of waiting jobs is queued (finished()). */
  private pumping = false;

  /** The store has the job's outcome (or it is given up): it no longer counts against what the consumer holds. */
  private release(slot: Slot): void {
    this.finished(slot);
    if (!slot.held) return;
    slot.held = false;
    this.held--;
    this.wake?.();
  }

  /** Completes a job: with others finishing at the same moment, in one call to the store. */
  private complete(jobId: string, owner: string, run: RunRecord | null, slot: Slot): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.done.push({ jobId, owner, run, slot, resolve, reject });
      if (this.completing < COMPLETION_CALLS) void this.flush();
    });
  }

  /**
   * Sends the completions waiting. When no claim is under way, the next claim goes with
   * them, in the same transaction (one round trip on PostgreSQL): up to what the consumer
   * may hold with theirs counted as free, which the store counts as free only for the jobs
   * it completed (the fleet-wide cap is the store's to hold, the claim counting the live
   * leases after the completions).
   */
  private async flush(): Promise<void> {
    this.completing++;
    try {
      await null; // completions of the same moment go together
      while (this.done.length > 0) {
        const batch = this.done.splice(0, COMPLETIONS_PER_CALL);
        let claim: ClaimRequest | null = null;
        let claimed = () => {};
        if (!this.stopped && this.claiming === null && this.leases.canClaim) {
          // The batch's jobs are still held: they count as free for this claim.
          const limit = this.capacity - this.held + batch.length;
          if (limit > 0) {
            claim = { queue: this.queue, owner: this.leases.owner(), leaseMs: this.leases.leaseMs, limit, now: this.clock.now() };
            this.claiming = new Promise<void>((r) => (claimed = r));
          }
        }
        try {
          let result: { kept: boolean[]; jobs: Job[] };
          try {
            result = await this.store.completeJobs(batch.map(({ jobId, owner, run }) => ({ jobId, owner, run })), claim);
          } catch {
            // Failed as a whole: each completion alone, so an error is its own job's (the loop claims).
            for (const b of batch) this.store.completeJob(b.jobId, b.owner, b.run).then(b.resolve, b.reject);
            continue;
          }
          // The batch's jobs are let go before the claimed ones are held: never more than the capacity.
          for (const b of batch) this.release(b.slot);
          this.take(result.jobs);
          batch.forEach((b, i) => b.resolve(result.kept[i] === true));
        } finally {
          if (claim) {
            this.claiming = null;
            claimed();
          }
        }
      }
    } finally {
      this.completing--;
    }
  }

  private async loop(): Promise<void> {
    let failing = false;
    while (!this.stopped) {
      let started = 0;
      this.again = false;
      try {
        started = await this.pollOnce();
        failing = false;
      } catch (e) {
        // Store unavailable for a moment: back off and try again (said once per outage, not per poll).
        if (!failing) this.runner.report?.({ kind: "job-error", queue: this.queue, what: "claiming jobs (retrying)", error: messageOf(e) });
        failing = true;
      }
      if (this.stopped) break;
      if ((started === 0 && !this.again) || this.held >= this.capacity) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(done, this.waitMs);
          function done() {
            clearTimeout(t);
            resolve();
          }
          this.wake = done;
        });
        this.wake = null;
      }
    }
  }

  /**
   * How long to wait for a wake-up before claiming again. A rate-limited work keeps the short
   * poll: its held-back jobs become claimable when a window starts, which no wake-up announces.
   */
  private get waitMs(): number {
    return this.notified && !this.work.blueprint.rateLimit ? Math.max(this.pollMs, SAFETY_POLL_MS) : this.pollMs;
  }

  /** Attempts not yet ended. */
  get busy(): number {
    return this.running;
  }

  private async runOne(job: Job, slot: Slot, lease: LeaseHold): Promise<void> {
    const trigger: "cron" | "queue" = this.queue.startsWith(CRON_QUEUE_PREFIX) ? "cron" : "queue";
    const work = this.work.name;
    const owner = job.leaseOwner!;
    try {
      // A job completes or fails together with its run record, in one transaction.
      await this.runner.runJob(
        this.work,
        trigger,
        job,
        async (record, outcome) => {
          lease.settling();
          // The attempt has run: its slot is free for the next job while this outcome is written.
          this.finished(slot);
          // Stopped because its lease is gone (taken, or ended while the store was silent): the
          // attempt's outcome is not the job's — it is neither dead nor waiting for a retry. If
          // the store still has it under this attempt's lease (nobody claimed it since, and a
          // heartbeat that was in flight may even have renewed it), it is given back, due now;
          // else another attempt holds it and this one is recorded beside it.
          if (lease.lost && record?.errorKind === "lease") {
            const now = this.clock.now();
            if (!(await this.store.failJob(job.id, owner, record.error ?? "lease lost", now, record))) return this.lostLease(job, owner, record, true);
            this.wakeAt(now);
            return;
          }
          const error = outcome.error;
          const retryAt = outcome.retryAt ?? null;
          const kept = error === undefined ? await this.complete(job.id, owner, record, slot) : await this.store.failJob(job.id, owner, error, retryAt, record);
          if (!kept) return this.lostLease(job, owner, record, lease.lost);
          if (error === undefined) return;
          if (retryAt !== null) this.wakeAt(retryAt);
          const base = { trigger, queue: this.queue, work, job: job.id, run: outcome.runId ?? record?.id ?? null, attempt: job.attempts, error };
          this.runner.report?.(retryAt === null ? { kind: "job-dead", ...base } : { kind: "job-retry", ...base, retryAt });
        },
        lease,
      );
    } finally {
      lease.release();
    }
  }

  /**
   * The store refused this attempt's outcome: another claim holds the job. The attempt's
   * run is recorded as what it is — failed, kind "lease" — beside the job's real attempt.
   */
  private async lostLease(job: Job, owner: string, record: RunRecord | null, told: boolean): Promise<void> {
    // Told by the heartbeat: reported then. Found only now: reported here.
    if (!told) this.runner.report?.({ kind: "lease-lost", what: "job", id: job.id, work: this.work.name, owner });
    if (!record) return;
    const error = record.errorKind === "lease" ? record.error : `${new LeaseLost("job", job.id).message} (the attempt ${record.status === "succeeded" ? "had finished" : `had failed: ${record.error ?? "?"}`})`;
    await this.store.recordRun({ ...record, status: "failed", error, errorKind: "lease" });
  }
}

/** A schedule of a work: the slots it fires at. */
interface Schedule {
  work: WorkVersion;
  /** The latest slot at or before `t`, or null. */
  slotAtOrBefore(t: number): number | null;
  /** The first slot after `t`, or null. */
  slotAfter(t: number): number | null;
  /** Missed-slot policy: "latest" (default) runs the most recent missed slot once; "skip" runs none. */
  missed: "latest" | "skip";
}

function schedulesOf(work: WorkVersion): Schedule[] {
  const bp = work.blueprint;
  const out: Schedule[] = [];
  for (const c of bp.cron) {
    const cron = new Cron(c.expr, { timezone: c.tz, paused: true, legacyMode: true });
    out.push({ work, slotAtOrBefore: (t) => previousSlot(cron, t), slotAfter: (t) => nextSlot(cron, t), missed: c.missed ?? "latest" });
  }
  for (const d of bp.daily) {
    const [hh, mm] = d.at.split(":");
    const cron = new Cron(`${Number(mm)} ${Number(hh)} * * *`, { timezone: d.tz, paused: true });
    out.push({ work, slotAtOrBefore: (t) => previousSlot(cron, t), slotAfter: (t) => nextSlot(cron, t), missed: d.missed ?? "latest" });
  }
  for (const e of bp.every) out.push({ work, slotAtOrBefore: (t) => Math.floor(t / e.ms) * e.ms, slotAfter: (t) => Math.floor(t / e.ms) * e.ms + e.ms, missed: e.missed ?? "latest" });
  return out;
}

function nextSlot(cron: Cron, t: number): number | null {
  return cron.nextRun(new Date(t))?.getTime() ?? null;
}

/** The first slot of any of `work`'s schedules after `t`, or null (no schedule). */
export function nextSlotOf(work: WorkVersion, t: number): number | null {
  let best: number | null = null;
  for (const s of schedulesOf(work)) {
    const x = s.slotAfter(t);
    if (x !== null && x > t && (best === null || x < best)) best = x;
  }
  return best;
}

/**
 * The latest slot at or before `t`: croner gives the next run after a time, so step
 * back from `t` in widening windows until a slot appears (at most a year).
 */
function previousSlot(cron: Cron, t: number): number | null {
  for (let window = 2_000; window <= 400 * 86_400_000; window *= 4) {
    let from = t - window;
    let last: number | null = null;
    for (;;) {
      const next = cron.nextRun(new Date(from));
      if (!next || next.getTime() > t) break;
      last = next.getTime();
      from = last;
    }
    if (last !== null) return last;
  }
  return null;
}

export class CronScheduler {
  private schedules: Schedule[] = [];
  /** Last slot this process saw per schedule, so a tick does not re-claim. */
  private readonly seen = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly owner: string,
    /** Told of each slot this process claimed (its job is in the store already). */
    private readonly onFire: (work: WorkVersion, slot: number) => Promise<void>,
    private readonly report?: (event: JobEvent) => void,
  ) {}

  setWorks(works: WorkVersion[]): void {
    this.schedules = works.flatMap(schedulesOf);
  }

  /** Fires every slot that is due and not yet claimed; returns the slots fired by this process. */
  async tick(): Promise<Array<{ work: string; slot: number }>> {
    const now = this.clock.now();
    const fired: Array<{ work: string; slot: number }> = [];
    for (const s of this.schedules) {
      const slot = s.slotAtOrBefore(now);
      if (slot === null) continue;
      const key = `${s.work.name}`;
      if ((this.seen.get(key) ?? -Infinity) >= slot) continue;
      const last = await this.store.lastCronSlot(s.work.name);
      // First start of a schedule: wait for its next slot rather than firing a past one.
      // After that, a slot missed while the engine was down runs once ("latest"), or not ("skip").
      const isCurrent = now - slot < 2_000;
      if ((last !== null && last >= slot) || (!isCurrent && (last === null || s.missed === "skip"))) {
        this.seen.set(key, slot);
        continue;
      }
      // The slot and its job in one transaction: a crash between the two cannot lose the slot,
      // and a claim the store refused is tried again at the next tick (the slot is not seen yet).
      const took = await this.store.claimCronSlot(s.work.name, slot, this.owner, now, { queue: cronQueue(s.work.name), payload: { slot: true } });
      this.seen.set(key, slot);
      if (took) {
        fired.push({ work: s.work.name, slot });
        await this.onFire(s.work, slot);
      }
    }
    return fired;
  }

  private stopped = false;

  /** Ticks every `intervalMs`, from when `ready` resolves (the engine's clock is the store's); stop() before that wins. */
  start(intervalMs = 250, ready?: Promise<unknown>): void {
    this.stopped = false;
    let failing = false;
    const run = async () => {
      if (this.stopped) return;
      try {
        await this.tick();
        failing = false;
      } catch (e) {
        // the store is briefly unavailable: the next tick retries (said once per outage)
        if (!failing) this.report?.({ kind: "job-error", queue: null, what: "firing cron slots (retrying)", error: messageOf(e) });
        failing = true;
      }
      if (this.stopped) return; // stop() was called while this tick ran
      this.timer = setTimeout(run, intervalMs);
      this.timer.unref?.();
    };
    if (ready) void ready.then(run);
    else void run();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
