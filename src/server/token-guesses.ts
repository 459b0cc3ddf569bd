// Wrong admin tokens, counted per client address. The admin API, /metrics and the
// dashboard's login all take KITWORK_ADMIN_TOKEN; a client that sends a wrong one
// GUESS_LIMIT times within GUESS_WINDOW_MS (a request without any token is no guess) is refused (429, with Retry-After) until that
// window has passed, so the token cannot be guessed at the speed of the network.
//
// The address is the socket's peer, never a forwarded-for header (a client could name any
// address there). Behind a proxy every client shares the proxy's address: a client guessing
// there delays the others' logins by at most one window, never opens anything.

import { AdminError } from "../engine/admin.js";

export const GUESS_LIMIT = 20;
export const GUESS_WINDOW_MS = 60_000;
/** Addresses remembered at once; past it the oldest windows are forgotten first. */
const MAX_CLIENTS = 10_000;

interface Window {
  /** When its first wrong token came. */
  since: number;
  wrong: number;
}

export class TokenGuesses {
  private readonly clients = new Map<string, Window>();

  constructor(
    private readonly limit = GUESS_LIMIT,
    private readonly windowMs = GUESS_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws a 429 AdminError when the client sent too many wrong tokens lately. */
  refuseIfBlocked(client: string | undefined): void {
    const w = this.clients.get(client ?? "");
    if (!w) return;
    const left = w.since + this.windowMs - this.now();
    if (left <= 0) {
      this.clients.delete(client ?? "");
      return;
    }
    if (w.wrong < this.limit) return;
    const seconds = Math.ceil(left / 1000);
    throw new AdminError(429, `too many wrong admin tokens from this address (${w.wrong} within ${this.windowMs / 1000} s); try again in ${seconds} s`, { "retry-after": String(seconds) });
  }

  /** Counts a wrong token from the client. */
  wrong(client: string | undefined): void {
    const key = client ?? "";
    const now = this.now();
    const w = this.clients.get(key);
    if (w && w.since + this.windowMs > now) {
      w.wrong++;
      return;
    }
    if (w) this.clients.delete(key);
    if (this.clients.size >= MAX_CLIENTS) this.forget(now);
    this.clients.set(key, { since: now, wrong: 1 });
  }

  /** A right token: the client's count starts again. */
  right(client: string | undefined): void {
    this.clients.delete(client ?? "");
  }

  /** Drops ended windows; if none ended, the oldest (Map order is insertion order). */
  private forget(now: number): void {
    for (const [k, w] of this.clients) if (w.since + this.windowMs <= now) this.clients.delete(k);
    if (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
  }
}
