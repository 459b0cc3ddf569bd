// The dashboard at /_kitwork/: server-rendered pages, with htmx (vendored in web/) for
// the parts that refresh themselves. The HTTP adapter hands it only requests for
// /_kitwork, /_kitwork/ and /_kitwork/ui/…, so nothing here is on the path of a work's
// request, and the JSON admin API keeps the rest of /_kitwork/.
//
// Who may see it follows the admin API (server/admin.ts): with KITWORK_ADMIN_TOKEN, a
// session opened by posting the token to the login form; without, direct loopback
// clients only. Every POST carries the session's CSRF token (session.ts). Actions are
// plain forms: POST, then a redirect to the page with what the action did (one message,
// shown once), so they work without JavaScript too.

import fs from "node:fs";
import type http from "node:http";
import { fileURLToPath } from "node:url";
import { AdminError } from "../../engine/admin.js";
import { TokenGuesses } from "../token-guesses.js";
import type { Engine } from "../../engine/engine.js";
import { adminPath, authorize } from "../admin.js";
import { html } from "./html.js";
import { type Reply, type Req, see } from "./reply.js";
import { HOME, UI, type View, noStore, notice, page } from "./pages/layout.js";
import { loginPage } from "./pages/login.js";
import { queueActions, queuesList, queuesPage, purgePage } from "./pages/queues.js";
import { runActions, runPage } from "./pages/run.js";
import { runQuery, runsList, runsPage } from "./pages/runs.js";
import { worksPage } from "./pages/works.js";
import { type Session, Sessions, sameSecret } from "./session.js";

/** Whether a path is the dashboard's (the adapter asks before anything else of /_kitwork). */
export function isDashboardPath(pathname: string): boolean {
  return pathname === "/_kitwork" || pathname === HOME || pathname.startsWith(`${UI}/`);
}

/** The static files, read once (web/ is shipped with the package beside dist/). */
const WEB = fileURLToPath(new URL("../../../web/", import.meta.url));
const ASSETS: Record<string, string> = { "htmx.min.js": "text/javascript; charset=utf-8", "dashboard.css": "text/css; charset=utf-8" };
const assetCache = new Map<string, Buffer>();

function asset(name: string): Reply {
  const type = ASSETS[name];
  if (!type) return { status: 404, body: "no such file", type: "text/plain; charset=utf-8" };
  let body = assetCache.get(name);
  if (!body) assetCache.set(name, (body = fs.readFileSync(WEB + name)));
  return { status: 200, body: body.toString("utf8"), type, headers: { "cache-control": "public, max-age=3600" } };
}

/** The security headers of every page: no framing, no foreign scripts or styles, no caching of what an operator saw. */
const PAGE_HEADERS: Record<string, string> = {
  "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "cache-control": "no-store",
};

/** Largest form the dashboard reads (a signal's data is the biggest thing posted). */
const FORM_LIMIT = 256 * 1024;

function readForm(req: http.IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > FORM_LIMIT) {
        reject(new AdminError(413, `form too large (limit ${FORM_LIMIT} bytes)`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => {
      const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (size && type !== "application/x-www-form-urlencoded") return reject(new AdminError(415, "the dashboard takes forms (application/x-www-form-urlencoded)"));
      const out: Record<string, string> = Object.create(null);
      for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString("utf8"))) out[k] = v;
      resolve(out);
    });
    req.on("error", reject);
  });
}

/** A page that says why a request was refused or failed. */
function errorPage(view: View, status: number, message: string): Reply {
  const title = status === 404 ? "Not found" : status < 500 ? "Refused" : "Error";
  return { status, body: page(view, title, "", html`<h1>${title}</h1>${notice(message, "flash bad")}<p><a href="${HOME}">Back to the dashboard</a></p>`) };
}

/** Where a login may send the browser back to: a dashboard page, never elsewhere. */
function nextPage(v: string | undefined): string {
  return v && (v === HOME || v.startsWith(`${UI}/`)) && !v.startsWith(`${UI}/login`) && !/[\\\r\n]/.test(v) ? v : HOME;
}

export class Dashboard {
  private readonly sessions = new Sessions();

  constructor(
    private readonly engine: Engine,
    /** The admin token, read per request (as the admin API does). */
    private readonly token: () => string | undefined,
    /** Wrong tokens per client, shared with the admin API (token-guesses.ts). */
    private readonly guesses: TokenGuesses = new TokenGuesses(),
  ) {}

  async handle(req: http.IncomingMessage, res: http.ServerResponse, method: string, pathname: string, search: string): Promise<void> {
    const view: View = { session: null, token: this.token() !== undefined, now: this.engine.clock.now(), store: this.engine.options.store !== undefined };
    let reply: Reply;
    const cookie: string[] = [];
    try {
      reply = await this.serve(req, method, pathname, new URLSearchParams(search), view, cookie);
    } catch (e) {
      if (!(e instanceof AdminError)) throw e;
      reply = errorPage(view, e.status, e.message);
      reply.headers = { ...reply.headers, ...e.headers };
    }
    if (!req.complete) req.resume();
    const body = reply.body === undefined ? "" : String(reply.body);
    const headers: Record<string, string | string[]> = { ...(reply.type?.startsWith("text/html") || !reply.type ? PAGE_HEADERS : { "x-content-type-options": "nosniff" }), ...reply.headers };
    if (body) headers["content-type"] = reply.type ?? "text/html; charset=utf-8";
    headers["content-length"] = String(Buffer.byteLength(body));
    if (cookie.length) headers["set-cookie"] = cookie;
    res.writeHead(reply.status, headers);
    res.end(method === "HEAD" ? undefined : body);
  }

  private async serve(req: http.IncomingMessage, method: string, pathname: string, query: URLSearchParams, view: View, cookie: string[]): Promise<Reply> {
    if (pathname === "/_kitwork") return { status: 308, headers: { location: HOME } };
    const parts = pathname === HOME ? [] : adminPath(pathname).slice(1);
    if (parts[0] === "assets" && parts.length === 2 && (method === "GET" || method === "HEAD")) return asset(parts[1]!);
    if (method !== "GET" && method !== "HEAD" && method !== "POST") return { status: 405, headers: { allow: "GET, HEAD, POST" }, body: "method not allowed", type: "text/plain; charset=utf-8" };
    const htmx = req.headers["hx-request"] === "true";
    const token = this.token();
    let session: Session | null;
    if (token) {
      if (parts[0] === "login" && parts.length === 1) return this.login(req, method, query, view, token, cookie);
      session = this.sessions.find(req) ?? null;
      if (!session) {
        const login = `${UI}/login?next=${encodeURIComponent(pathname + (query.size ? `?${query}` : ""))}`;
        if (htmx) return { status: 401, headers: { "hx-redirect": login } };
        if (method === "POST") return errorPage(view, 401, "Your session has ended: log in again.");
        return see(login);
      }
    } else {
      // The admin API's rule, on every request: direct loopback clients only.
      authorize(req, undefined);
      session = this.sessions.find(req) ?? null;
      if (!session) {
        session = this.sessions.open();
        cookie.push(Sessions.cookie(session, req));
      }
    }
    view.session = session;
    let form: Record<string, string> = {};
    if (method === "POST") {
      form = await readForm(req);
      if (!Sessions.csrfOk(session, req, form)) return errorPage(view, 403, "This form was not sent by this dashboard session (a missing or stale CSRF token); reload the page and try again.");
      if (parts[0] === "logout" && parts.length === 1) {
        this.sessions.close(session);
        cookie.push(Sessions.cookie(null, req));
        return see(token ? `${UI}/login` : HOME);
      }
    }
    return this.route({ method, parts, query, form, session, view, htmx });
  }

  private async login(req: http.IncomingMessage, method: string, query: URLSearchParams, view: View, token: string, cookie: string[]): Promise<Reply> {
    if (method !== "POST") return { status: 200, body: loginPage(view, nextPage(query.get("next") ?? undefined), null) };
    // A login form posted from another site would log this browser into the attacker's choice of session.
    const origin = req.headers.origin;
    if (origin !== undefined && req.headers.host !== undefined && origin.replace(/^https?:\/\//, "") !== req.headers.host) return errorPage(view, 403, "Refused a login posted from another site.");
    const client = req.socket.remoteAddress;
    this.guesses.refuseIfBlocked(client);
    const form = await readForm(req);
    const next = nextPage(form.next);
    if (!sameSecret(form.token ?? "", token)) {
      this.guesses.wrong(client);
      return { status: 401, body: loginPage(view, next, "Wrong token.") };
    }
    this.guesses.right(client);
    const session = this.sessions.open();
    cookie.push(Sessions.cookie(session, req));
    return see(next);
  }

  private async route(r: Req): Promise<Reply> {
    const [first, second, third] = r.parts;
    const n = r.parts.length;
    const get = r.method === "GET" || r.method === "HEAD";
    const engine = this.engine;
    if (!r.view.store && (first === "runs" || first === "queues" || first === "schedules")) return { status: 200, body: noStore(r.view, first === "runs" ? "Runs" : "Queues & schedules", first) };
    if (get && (n === 0 || (n === 1 && first === "works"))) return { status: 200, body: worksPage(engine, r.view) };
    if (first === "runs") {
      if (get && n === 1) return { status: 200, body: await runsPage(engine, r.view, runQuery(r.query)) };
      if (get && n === 2 && second === "list") return { status: 200, body: await runsList(engine, runQuery(r.query)) };
      if (get && n === 2) return runPage(engine, r.view, second!);
      if (r.method === "POST" && n === 3) return runActions(engine, r, second!, third!);
    }
    if (first === "queues") {
      if (get && n === 1) return { status: 200, body: await queuesPage(engine, r.view) };
      if (get && n === 2 && second === "list") return { status: 200, body: await queuesList(engine, r.view) };
      if (get && n === 3 && third === "purge") return purgePage(engine, r.view, second!);
      if (r.method === "POST" && n === 3) return queueActions(engine, r, second!, third!);
    }
    if (first === "schedules" && r.method === "POST" && n === 3 && third === "run") return queueActions(engine, r, second!, "run-now");
    throw new AdminError(404, `the dashboard has no page ${r.method} /_kitwork/ui/${r.parts.map(encodeURIComponent).join("/")}`);
  }
}
