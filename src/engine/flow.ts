// Fleet-wide flow control (docs/cluster.md, "Fleet-wide flow control"): what a work
// declares about how fast and how many, held across every process sharing the store.
//
// - `w.rateLimit(n, per)`: at most n starts of the work in each fixed window of `per`
//   (windows begin at multiples of `per` on the store's clock — the database server's on
//   PostgreSQL), counted in the store (kw_rate_windows, one row per work, taken in one
//   atomic statement). HTTP requests beyond it are answered 429 with Retry-After (the HTTP
//   adapter asks admit()); queue and cron jobs beyond it wait in the store, pending — a
//   consumer takes starts before it claims, and claims no more jobs than it was granted,
//   so a job is never failed or charged an attempt by the limit.
// - `queue(name, {concurrency})`, or `w.concurrency(n)` for the work's queues and cron
//   jobs: at most that many of the queue's jobs leased at once across the fleet. The slots
//   are the leases themselves: a claim counts the queue's jobs under a live lease (renewed
//   by their nodes' heartbeats; a dead node's expire) and takes only what is left
//   (Store.claimJobsCapped). Undeclared, a queue has no fleet-wide cap: each node runs one
//   of its jobs at a time.
//
// Without a store (an engine serving HTTP only) the process is the fleet: rate windows
// are counted in memory on the engine's clock.

import type { Job, RateTake, Store } from "../store/store.js";
import { formatDuration } from "../stdlib/time-core.js";
import type { Clock } from "./clock.js";
import { CRON_QUEUE_PREFIX } from "./jobs.js";
import type { WorkVersion } from "./works.js";

/** A start refused by a work's rate limit. */
export interface RateDenied {
  work: string;
  limit: number;
  perMs: number;
  /** How long until the next window opens (ms), from the store's clock. */
  retryAfterMs: number;
  /** The store could not be asked (it failed): the request is refused rather than let through unchecked. */
  storeError?: string;
}

/** The key of a work's rate window in the store. */
export function rateKey(workName: string): string {
  return `work:${workName}`;
}

/**
 * The fleet-wide cap on `queue`'s jobs declared by `work` (the consumer of the queue):
 * the queue's own `concurrency`, else the work's `concurrency(n)`; null when neither is
 * declared (no fleet-wide cap). A work's cron jobs are capped by `concurrency(n)`.
 */
export function fleetCapOf(work: WorkVersion, queue: string): number | null {
  const bp = work.blueprint;
  if (queue.startsWith(CRON_QUEUE_PREFIX)) return bp.concurrency;
  const q = bp.queues.find((x) => x.name === queue);
  return q?.concurrency ?? bp.concurrency;
}

/**
 * How many of `queue`'s jobs one node runs at once: the queue's `perNode`, within the
 * fleet-wide cap when there is one (a node never runs more than the fleet may); without
 * either, one. A work's cron jobs run one at a time on each node.
 */
export function nodeSlotsOf(work: WorkVersion, queue: string): number {
  if (queue.startsWith(CRON_QUEUE_PREFIX)) return 1;
  const cap = fleetCapOf(work, queue);
  const perNode = work.blueprint.queues.find((x) => x.name === queue)?.perNode;
  if (perNode === undefined) return cap ?? 1;
  return cap === null ? perNode : Math.min(perNode, cap);
}

/** How many of `queue`'s jobs a node claims ahead of its free slots (the queue's `prefetch`; refused at load beside a fleet-wide cap or a rate limit). */
export function prefetchOf(work: WorkVersion, queue: string): number {
  return work.blueprint.queues.find((x) => x.name === queue)?.prefetch ?? 0;
}

/** What the 429 says: which limit, and when to come back. */
export function deniedMessage(d: RateDenied): string {
  if (d.storeError !== undefined) return `the rate limit of the work "${d.work}" could not be checked (the store failed: ${d.storeError}); try again shortly`;
  const per = formatDuration(d.perMs);
  return `rate limit: the work "${d.work}" runs at most ${d.limit} time${d.limit === 1 ? "" : "s"} per ${per} (rateLimit(${d.limit}, ${JSON.stringify(per)})); try again in ${(Math.max(d.retryAfterMs, 1) / 1000).toFixed(d.retryAfterMs < 10_000 ? 1 : 0)} s`;
}

/** The Retry-After header's value: whole seconds, at least 1. */
export function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}

export class FlowControl {
  /** Rate keys known to be used up until this time (the engine's clock): no need to ask the store before. */
  private readonly spentUntil = new Map<string, number>();
  /** Without a store: each work's window, in memory. */
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly store: Store | null,
    private readonly clock: Clock,
  ) {}

  /**
   * Takes one start of `work` for a request: null when it may run, else the refusal. Only
   * for works that declare rateLimit (the request path of others pays nothing).
   */
  async admit(work: WorkVersion): Promise<RateDenied | null> {
    const rate = work.blueprint.rateLimit;
    if (!rate) return null;
    let take: RateTake;
    try {
      take = await this.take(work.name, rate.n, rate.perMs, 1);
    } catch (e) {
      return { work: work.name, limit: rate.n, perMs: rate.perMs, retryAfterMs: 1000, storeError: e instanceof Error ? e.message : String(e) };
    }
    if (take.granted > 0) return null;
    return { work: work.name, limit: rate.n, perMs: rate.perMs, retryAfterMs: Math.max(0, take.windowStart + rate.perMs - take.now) };
  }

  /** Up to `want` starts of the work's window (granted 0: used up until the window ends). */
  private async take(work: string, limit: number, perMs: number, want: number): Promise<RateTake> {
    const key = rateKey(work);
    const now = this.clock.now();
    const until = this.spentUntil.get(key);
    if (until !== undefined && now < until) return { granted: 0, windowStart: until - perMs, now };
    let take: RateTake;
    if (this.store) take = await this.store.takeRate(key, limit, perMs, want, now);
    else {
      const start = Math.floor(now / perMs) * perMs;
      const w = this.windows.get(key);
      const used = w && w.start === start ? w.count : 0;
      const granted = Math.max(0, Math.min(want, limit - used));
      this.windows.set(key, { start, count: used + granted });
      take = { granted, windowStart: start, now };
    }
    if (take.granted === 0) this.spentUntil.set(key, now + Math.max(0, take.windowStart + perMs - take.now));
    else this.spentUntil.delete(key);
    return take;
  }

  private async giveBack(work: string, take: RateTake, count: number): Promise<void> {
    if (count <= 0) return;
    const key = rateKey(work);
    if (this.store) return this.store.returnRate(key, take.windowStart, count);
    const w = this.windows.get(key);
    if (w && w.start === take.windowStart) w.count = Math.max(0, w.count - count);
  }

  /**
   * The store a queue consumer claims through: its claimJobs honours the current version
   * of the consuming work's rate limit (starts taken first, claims no more than granted,
   * the unused given back) and the queue's fleet-wide cap, and so does the claim of its
   * completeJobs. Everything else is the store's.
   */
  consumerStore(store: Store, work: () => WorkVersion): Store {
    const claim = async (q: string, owner: string, leaseMs: number, limit: number, now: number): Promise<Job[]> => {
      const w = work();
      const rate = w.blueprint.rateLimit;
      const cap = fleetCapOf(w, q);
      if (!rate) return cap === null ? store.claimJobs(q, owner, leaseMs, limit, now) : store.claimJobsCapped(q, owner, leaseMs, limit, cap, now);
      if (limit <= 0) return [];
      const take = await this.take(w.name, rate.n, rate.perMs, limit);
      // Used up: the jobs stay pending (no attempt is charged) until the next window.
      if (take.granted === 0) return [];
      let jobs: Job[] = [];
      try {
        jobs = cap === null ? await store.claimJobs(q, owner, leaseMs, take.granted, now) : await store.claimJobsCapped(q, owner, leaseMs, take.granted, cap, now);
      } finally {
        // Starts not used (fewer jobs due, the cap, a failed claim) go back to the window.
        await this.giveBack(w.name, take, take.granted - jobs.length).catch(() => {});
      }
      return jobs;
    };
    // A claim that goes with completions (the consumer's completeJobs) is capped the same way;
    // a rate-limited work's goes without one (its loop claims, taking its starts first).
    const completeJobs: Store["completeJobs"] = (done, next) => {
      if (!next) return store.completeJobs(done, null);
      const w = work();
      if (w.blueprint.rateLimit) return store.completeJobs(done, null);
      const cap = fleetCapOf(w, next.queue);
      return store.completeJobs(done, cap === null ? next : { ...next, cap });
    };
    return new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === "claimJobs") return claim;
        if (prop === "completeJobs") return completeJobs;
        const v = Reflect.get(target, prop, receiver);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  }
}
