// Dashboard sessions, held in memory by the server that made them (a restart logs
// everyone out; each process of a cluster has its own).
//
// With KITWORK_ADMIN_TOKEN set, the login form posts the token; a right one opens a
// session: a random 256-bit id in an HttpOnly, SameSite=Strict cookie scoped to
// /_kitwork. Without a token, the admin API's rule applies (direct loopback clients only,
// checked on every request) and a session is opened on the first page, with no login.
// Either way a session carries a random CSRF token that every POST must send back (a
// hidden `_csrf` field, or the x-kitwork-csrf header htmx adds), compared in constant time.

import crypto from "node:crypto";
import type http from "node:http";

export const COOKIE = "kw_session";
export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-kitwork-csrf";
/** A session unused this long is closed. */
export const IDLE_MS = 12 * 3_600_000;
/** Sessions kept at most: the oldest goes first (a client cannot grow the map without bound). */
const MAX_SESSIONS = 1_000;

export interface Session {
  id: string;
  csrf: string;
  lastSeen: number;
  /** A message for the next page (what an action did), shown once. */
  flash?: { text: string; ok: boolean };
}

const random = () => crypto.randomBytes(32).toString("base64url");
const digest = (s: string) => crypto.createHash("sha256").update(s, "utf8").digest();

/** Constant time whatever the lengths. */
export function sameSecret(a: string, b: string): boolean {
  return crypto.timingSafeEqual(digest(a), digest(b));
}

function cookieOf(req: http.IncomingMessage, name: string): string | undefined {
  const h = req.headers.cookie;
  if (typeof h !== "string") return undefined;
  for (const part of h.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

export class Sessions {
  private readonly byId = new Map<string, Session>();

  /** The request's session, if its cookie names a live one. */
  find(req: http.IncomingMessage, now = Date.now()): Session | undefined {
    const id = cookieOf(req, COOKIE);
    if (!id) return undefined;
    const s = this.byId.get(id);
    if (!s) return undefined;
    if (now - s.lastSeen > IDLE_MS) {
      this.byId.delete(id);
      return undefined;
    }
    s.lastSeen = now;
    // Most recently used last: the map's first entry is the one to drop when full.
    this.byId.delete(id);
    this.byId.set(id, s);
    return s;
  }

  open(now = Date.now()): Session {
    while (this.byId.size >= MAX_SESSIONS) this.byId.delete(this.byId.keys().next().value!);
    const s: Session = { id: random(), csrf: random(), lastSeen: now };
    this.byId.set(s.id, s);
    return s;
  }

  close(s: Session): void {
    this.byId.delete(s.id);
  }

  /** The Set-Cookie header of a session (Secure when the request came over HTTPS, directly or through a proxy that says so). */
  static cookie(s: Session | null, req: http.IncomingMessage): string {
    const secure = (req.socket as { encrypted?: boolean }).encrypted === true || req.headers["x-forwarded-proto"] === "https";
    const value = s ? s.id : "";
    return `${COOKIE}=${value}; Path=/_kitwork; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}${s ? "" : "; Max-Age=0"}`;
  }

  /** Whether a POST carries the session's CSRF token (form field or header). */
  static csrfOk(s: Session, req: http.IncomingMessage, form: Record<string, string>): boolean {
    const given = typeof req.headers[CSRF_HEADER] === "string" ? (req.headers[CSRF_HEADER] as string) : form[CSRF_FIELD];
    return typeof given === "string" && sameSecret(given, s.csrf);
  }
}
