// A work's retry policy (w.retry(times, {delay, backoff, max, jitter})) and the delay it
// gives before each further attempt. In-process retries (HTTP, kitwork run) sleep it;
// queue and cron jobs go back to the store with it as their next run time.

export interface RetryPolicy {
  /** Further attempts after the first. */
  times: number;
  delayMs: number;
  backoff: "fixed" | "exponential";
  maxMs: number;
  /** 0..1: the share of each delay that is randomised. */
  jitter: number;
}

/** Delay before attempt `n + 1` (n ≥ 1 failed attempts so far). */
export function retryDelay(p: RetryPolicy, n: number, random = Math.random): number {
  let d = p.backoff === "exponential" ? p.delayMs * 2 ** (n - 1) : p.delayMs;
  d = Math.min(d, p.maxMs);
  if (p.jitter > 0) d = d * (1 - p.jitter * random());
  return Math.round(d);
}

/** Attempts in all: the first plus the policy's further ones. */
export function maxAttempts(p: RetryPolicy | null): number {
  return 1 + (p?.times ?? 0);
}
