// The engine's clock. Cron, sleep, wait, retry delays and leases read it, so a test can
// move time by hand and "sleep three days" finishes in milliseconds.

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told to (tests, `kitwork run --fast`). */
export class ManualClock implements Clock {
  constructor(private t: number = Date.now()) {}
  now(): number {
    return this.t;
  }
  /** Moves to `t` (never backwards). */
  set(t: number): void {
    if (t > this.t) this.t = t;
  }
  advance(ms: number): void {
    this.t += Math.max(0, ms);
  }
}
