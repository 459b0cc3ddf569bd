// The engine as a node of a cluster (docs/cluster.md): an identity in the store that is
// new at every process start, a heartbeat, a clock kept on the store's, and the leases
// of what it is running.
//
// - Every claim (of jobs, of durable runs) is made under a fresh owner, `<node id>:<token>`,
//   so only the attempt that made the claim can complete, checkpoint or fail what it
//   claimed: a stale attempt — its lease expired and the work was claimed again, even by
//   this same node — is refused by the store.
// - Leases are short (DEFAULT_LEASE_MS) and renewed by the node's heartbeat (every quarter
//   of a lease, one statement for everything it holds) for as long as the attempt runs, so
//   a live node's long step is never taken over, and a dead node's work is free again
//   within one lease.
// - A renewal the store refuses means the lease was lost: the attempt is told (it stops
//   at its next suspension, its run ends with the error kind "lease"), and the engine
//   reports it.
// - A lease that ends while the node cannot reach the store (its heartbeats fail or go
//   unanswered) is lost too, without the store saying so: when the lease end the node
//   last wrote passes, the attempt is stopped the same way, and the report says that the
//   store was silent. Another node may claim the work from then on; this one must not go
//   on running it alongside.
// - Lease ends, wake times and cron slots are computed from the engine's clock, which is
//   the store's: each heartbeat reads the store's time (PostgreSQL: the database server's
//   clock) and the node keeps the offset, so a node whose own clock is wrong still agrees
//   with every other node to within a round trip.

import { randomBytes } from "node:crypto";
import os from "node:os";
import type { HeldLeases, NodeInfo, Store } from "../store/store.js";

/**
 * Milliseconds of a monotonic clock. process.hrtime() rather than performance.now(): the
 * global \`performance\` loads node:perf_hooks on first use, ~2 ms of every start.
 */
function monoMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}
import type { Clock } from "./clock.js";

/** The lease a claim takes, and its renewals, when the engine is not told otherwise. */
export const DEFAULT_LEASE_MS = 10_000;
/** The shortest lease accepted (renewals every quarter of it must fit in a loaded event loop). */
export const MIN_LEASE_MS = 1_000;

/** Thrown into (or raised by) an attempt whose lease was taken over: it must stop, and record nothing as the job's or run's outcome. */
export class LeaseLost extends Error {
  constructor(readonly what: "job" | "run", readonly id: string) {
    super(`this attempt lost its lease on ${what === "job" ? "job" : "durable run"} ${id}: it was not renewed in time and another attempt holds it now; this attempt stopped and its outcome is not kept`);
  }
}

/** The engine's clock on the store's: this process's clock plus the offset the last heartbeat measured. */
export class StoreClock implements Clock {
  private offset = 0;
  private synced = false;
  now(): number {
    return Date.now() + this.offset;
  }
  /** The store's time was `storeNow` during a call sent at `sent` and answered at `received` (this process's clock). */
  sync(storeNow: number, sent: number, received: number): void {
    this.offset = storeNow - Math.round((sent + received) / 2);
    this.synced = true;
  }
  /** How far this process's clock is behind the store's (ms; negative: ahead). */
  get skew(): number {
    return this.offset;
  }
  get isSynced(): boolean {
    return this.synced;
  }
}

/** What an attempt holding a lease is told. */
export interface LeaseSignal {
  /** The lease was lost (the heartbeat's renewal was refused). */
  readonly lost: boolean;
  /** Called once, when the lease is lost (at once if it already is). */
  onLost(f: () => void): void;
}

/** A lease an attempt holds: renewed by the heartbeat until released. */
export interface LeaseHold extends LeaseSignal {
  /** Where the lease ends in the store, as far as this node knows (the claim's end, then each renewal's; engine clock). */
  readonly until: number;
  /** The attempt is recording its outcome: the store's answer to that decides, not a renewal. */
  settling(): void;
  release(): void;
}

/** What the queue consumers and the durable resumer need of the node. */
export interface Leases {
  /** The lease every claim takes (ms). */
  readonly leaseMs: number;
  /** A fresh owner for one claim: `<node id>:<token>`. */
  owner(): string;
  /** Keeps the lease of `id`, held under `owner` until `until` (the claim's lease end, engine clock), renewed until released. */
  hold(what: "job" | "run", id: string, owner: string, label: string, until: number): LeaseHold;
  /** Whether a claim now could be kept: a heartbeat reached the store within the last lease. */
  readonly canClaim: boolean;
}

/**
 * Why a lease was lost: "taken" — the store refused its renewal or its outcome (another
 * attempt holds it); "unrenewed" — it ended while the store did not answer (the node was
 * cut off, for `silentMs` since the last heartbeat that reached it).
 */
export type LeaseLostWhy = { why: "taken" } | { why: "unrenewed"; silentMs: number };

export type NodeEvent =
  | ({ kind: "lease-lost"; what: "job" | "run"; id: string; work: string; owner: string } & Partial<LeaseLostWhy>)
  | { kind: "job-error"; queue: null; what: string; error: string };

interface Held {
  what: "job" | "run";
  id: string;
  owner: string;
  label: string;
  /** Where the lease ends in the store, as far as this node knows: the claim's end, then each renewal's (engine clock). */
  until: number;
  lost: boolean;
  settling: boolean;
  listeners: Array<() => void>;
}

/** A new node id: host, pid and a random part (a restarted process is a new node). */
export function newNodeId(): string {
  const host = os.hostname().replace(/[^A-Za-z0-9.-]/g, "-").slice(0, 40) || "host";
  return `${host}-${process.pid}-${randomBytes(3).toString("hex")}`;
}

export interface ClusterNodeOptions {
  store: Store;
  /** The engine's clock: kept on the store's when it is a StoreClock (an injected test clock is left alone). */
  clock: Clock;
  id: string;
  version: string;
  leaseMs: number;
  /** What the node says of itself in `kitwork nodes` (its capacity, its queues). */
  info?: () => Record<string, unknown>;
  report?: (e: NodeEvent) => void;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** This engine in the store: its row, its heartbeat, the leases it renews. */
export class ClusterNode implements Leases {
  readonly id: string;
  readonly leaseMs: number;
  private readonly held = new Map<string, Held>();
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> | null = null;
  private stopped = false;
  private failing = false;
  private readonly startedAt: number;
  private first: Promise<void> | null = null;
  /** Stops the attempts whose lease ended unrenewed; set for the earliest lease end held (fenceAt). */
  private fence: NodeJS.Timeout | null = null;
  private fenceAt = Infinity;
  /** When (engine clock) the last heartbeat that reached the store was sent. */
  private reachedAt: number;
  /** The same on this process's monotonic clock (what canClaim measures: the engine's clock may be a test's). */
  private reachedMono = monoMs();

  constructor(private readonly o: ClusterNodeOptions) {
    this.id = o.id;
    this.leaseMs = o.leaseMs;
    this.startedAt = o.clock.now();
    this.reachedAt = this.startedAt;
  }

  owner(): string {
    return `${this.id}:${randomBytes(6).toString("hex")}`;
  }

  hold(what: "job" | "run", id: string, owner: string, label: string, until: number): LeaseHold {
    const h: Held = { what, id, owner, label, until, lost: false, settling: false, listeners: [] };
    const key = `${what}\u0000${id}\u0000${owner}`;
    this.held.set(key, h);
    if (until < this.fenceAt) this.armFence(until);
    return {
      get lost() {
        return h.lost;
      },
      get until() {
        return h.until;
      },
      onLost: (f) => {
        if (h.lost) f();
        else h.listeners.push(f);
      },
      settling: () => void (h.settling = true),
      release: () => void this.held.delete(key),
    };
  }

  /** Wakes the fence at `at` (engine clock). */
  private armFence(at: number): void {
    if (this.fence) clearTimeout(this.fence);
    this.fence = null;
    this.fenceAt = at;
    if (at === Infinity || this.stopped) return;
    this.fence = setTimeout(() => this.checkFence(), Math.max(0, at - this.o.clock.now()));
    this.fence.unref?.();
  }

  /**
   * Stops every attempt whose lease has ended without a renewal reaching the store (the
   * heartbeats failed, hung, or the event loop stalled that long): from that moment the
   * store may give the work to another node. One that is recording its outcome is left to
   * the store's answer.
   */
  private checkFence(): void {
    this.fence = null;
    const now = this.o.clock.now();
    let next = Infinity;
    for (const [key, h] of this.held) {
      if (h.settling || h.lost) continue;
      if (h.until > now) {
        next = Math.min(next, h.until);
        continue;
      }
      this.held.delete(key);
      this.lose(h, { why: "unrenewed", silentMs: Math.max(0, now - this.reachedAt) });
    }
    this.armFence(next);
  }

  /** Tells the attempt holding `h` that its lease is gone, and reports it. */
  private lose(h: Held, why: LeaseLostWhy): void {
    h.lost = true;
    this.o.report?.({ kind: "lease-lost", what: h.what, id: h.id, work: h.label, owner: h.owner, ...why });
    for (const f of h.listeners.splice(0)) {
      try {
        f();
      } catch {
        // an attempt's stop handler never breaks the heartbeat
      }
    }
  }

  /**
   * A node whose heartbeats have not reached the store for a lease claims nothing: it could
   * not renew what it took, and would only stop it a lease later for another node to run.
   */
  get canClaim(): boolean {
    return monoMs() - this.reachedMono < this.leaseMs;
  }

  /** Leases renewed by each heartbeat, now. */
  get holding(): { jobs: number; runs: number } {
    let jobs = 0;
    for (const h of this.held.values()) if (h.what === "job") jobs++;
    return { jobs, runs: this.held.size - jobs };
  }

  private get info(): NodeInfo {
    return { id: this.id, host: os.hostname(), pid: process.pid, version: this.o.version, startedAt: this.startedAt, leaseMs: this.leaseMs, info: this.o.info?.() ?? null };
  }

  /**
   * Registers the node and starts its heartbeat. Resolves after the first heartbeat that
   * reached the store (the clock is then the store's); until then it retries.
   */
  start(): Promise<void> {
    if (this.first) return this.first;
    this.first = new Promise<void>((resolve) => {
      const loop = async () => {
        if (this.stopped) return resolve();
        const ok = await this.beat();
        if (ok) resolve();
        if (this.stopped) return resolve();
        this.timer = setTimeout(loop, ok ? this.interval : Math.min(this.interval, 500));
        this.timer.unref?.();
      };
      void loop();
    });
    return this.first;
  }

  /** Renewals come four times a lease: three can fail (or the event loop stall that long) before a lease ends. */
  private get interval(): number {
    return Math.max(250, Math.floor(this.leaseMs / 4));
  }

  /** One heartbeat now (also used by tests); true when the store answered. */
  beat(): Promise<boolean> {
    const running = this.beating;
    if (running) return running.then(() => this.beat());
    let ok = false;
    const p = (async () => {
      const holds = [...this.held.values()];
      const leases: HeldLeases = { jobs: [], runs: [] };
      for (const h of holds) (h.what === "job" ? leases.jobs : leases.runs).push({ id: h.id, owner: h.owner });
      const sent = Date.now();
      const sentMono = monoMs();
      const now = this.o.clock.now();
      const until = now + this.leaseMs;
      let r;
      try {
        r = await this.o.store.heartbeat(this.info, leases, until, now);
      } catch (e) {
        if (!this.failing) this.o.report?.({ kind: "job-error", queue: null, what: "sending the node's heartbeat (retrying; its leases are not renewed meanwhile)", error: messageOf(e) });
        this.failing = true;
        return;
      }
      this.failing = false;
      ok = true;
      this.reachedAt = Math.max(this.reachedAt, now);
      this.reachedMono = Math.max(this.reachedMono, sentMono);
      if (this.o.clock instanceof StoreClock) this.o.clock.sync(r.now, sent, Date.now());
      const lost = new Set([...r.lost.jobs.map((l) => `job\u0000${l.id}\u0000${l.owner}`), ...r.lost.runs.map((l) => `run\u0000${l.id}\u0000${l.owner}`)]);
      for (const h of holds) {
        const key = `${h.what}\u0000${h.id}\u0000${h.owner}`;
        // Released meanwhile (the attempt ended), or ending: its own outcome call tells.
        if (!this.held.has(key) || h.settling || h.lost) continue;
        if (!lost.has(key)) {
          // Renewed: the lease now ends where this heartbeat put it.
          h.until = Math.max(h.until, until);
          continue;
        }
        this.held.delete(key);
        this.lose(h, { why: "taken" });
      }
      // The earliest lease end held is later now: the fence waits for it.
      if (this.fence) this.checkFence();
    })();
    this.beating = p.finally(() => (this.beating = null));
    return this.beating.then(() => ok);
  }

  /** Stops the heartbeat and takes the node out of the store (what it held has been finished or left to expire). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.fence) clearTimeout(this.fence);
    this.fence = null;
    await this.beating?.catch(() => {});
    await this.o.store.removeNode(this.id).catch(() => {});
  }
}
