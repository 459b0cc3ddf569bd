// The options objects that script-facing capabilities read: for each function, which
// argument is its options object and the keys the code reads from it. The capabilities
// (capabilities.ts, outbound.ts) type what they read with OptionsOf, so a key read there
// must be listed here; others are ignored at run time, and `kitwork check` warns about
// them with the closest known key.

export interface OptionShape {
  /** Index of the options argument. */
  readonly arg: number;
  readonly keys: readonly string[];
}

const HTTP_KEYS = ["method", "headers", "body", "timeout", "retries"] as const;

export const CAPABILITY_OPTIONS = {
  /** queue(name).push(payload, {delay, key, ttl}) */
  "queue.push": { arg: 1, keys: ["delay", "key", "ttl"] },
  /** wait(event, {timeout}) */
  wait: { arg: 1, keys: ["timeout"] },
  /** signal(event, data, {keep}) */
  signal: { arg: 2, keys: ["keep"] },
  /** http(url, opts), http.get(url, opts), http.post(url, body, opts) */
  http: { arg: 1, keys: HTTP_KEYS },
  "http.get": { arg: 1, keys: HTTP_KEYS },
  "http.post": { arg: 2, keys: HTTP_KEYS },
} as const satisfies Record<string, OptionShape>;

/**
 * The options object of `fn` as its capability reads it: only the listed keys, so code
 * that reads a key missing from the table does not compile.
 */
export type OptionsOf<F extends keyof typeof CAPABILITY_OPTIONS> = { [K in (typeof CAPABILITY_OPTIONS)[F]["keys"][number]]?: unknown };
