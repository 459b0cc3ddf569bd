// The frame of every dashboard page (navigation, the message an action left, the CSRF
// token htmx sends with its requests) and the small formatting helpers pages share.

import { formatDuration } from "../../../stdlib/time-core.js";
import { type Html, type Part, html } from "../html.js";
import { CSRF_FIELD, CSRF_HEADER, type Session } from "../session.js";

export const UI = "/_kitwork/ui";
export const HOME = "/_kitwork/";

/** What every page knows of the request. */
export interface View {
  session: Session | null;
  /** Whether a token protects the dashboard (a logout button then makes sense). */
  token: boolean;
  now: number;
  /** The store is configured (runs and queues need one). */
  store: boolean;
}

const NAV: Array<[string, string, string]> = [
  ["works", "Works", HOME],
  ["runs", "Runs", `${UI}/runs`],
  ["queues", "Queues & schedules", `${UI}/queues`],
];

export function page(v: View, title: string, active: string, body: Part): Html {
  const flash = v.session?.flash;
  if (v.session) v.session.flash = undefined;
  const headers = v.session ? JSON.stringify({ [CSRF_HEADER]: v.session.csrf }) : undefined;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="htmx-config" content="${JSON.stringify({ includeIndicatorStyles: false, allowEval: false })}">
<title>${title} · Kitwork</title>
<link rel="stylesheet" href="${UI}/assets/dashboard.css">
<script src="${UI}/assets/htmx.min.js" defer></script>
</head>
<body${headers ? html` hx-headers="${headers}"` : ""}>
<header class="top">
<a class="brand" href="${HOME}">Kitwork</a>
<nav>${NAV.map(([key, label, to]) => html`<a href="${to}"${key === active ? html` aria-current="page"` : ""}>${label}</a>`)}</nav>
${v.token && v.session ? html`<form method="post" action="${UI}/logout" class="logout">${csrfField(v)}<button type="submit">Log out</button></form>` : ""}
</header>
<main>
${flash ? html`<p class="flash ${flash.ok ? "ok" : "bad"}" role="status">${flash.text}</p>` : ""}
${body}
</main>
</body>
</html>
`;
}

/** The hidden field every POST form carries. */
export function csrfField(v: View): Html {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${v.session?.csrf ?? ""}">`;
}

/** A form of one button that POSTs an action. */
export function actionButton(v: View, action: string, label: string, fields: Record<string, string> = {}, cls = ""): Html {
  return html`<form method="post" action="${action}" class="inline">${csrfField(v)}${Object.entries(fields).map(([k, x]) => html`<input type="hidden" name="${k}" value="${x}">`)}<button type="submit" class="${cls}">${label}</button></form>`;
}

/** A time as people read it in logs: UTC, to the second. */
export function time(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "—";
  return new Date(ms).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
}

/** "in 4m30s" / "2h ago". */
export function relative(ms: number | null | undefined, now: number): string {
  if (ms === null || ms === undefined) return "";
  const d = Math.round((ms - now) / 1000) * 1000;
  if (d === 0) return "now";
  return d > 0 ? `in ${formatDuration(d)}` : `${formatDuration(-d)} ago`;
}

export function duration(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? "—" : formatDuration(ms);
}

export function badge(status: string): Html {
  return html`<span class="badge ${status}">${status}</span>`;
}

/** JSON for a <pre>, bounded: a huge value cannot make a page of megabytes. */
export function json(v: unknown, max = 20_000): string {
  let s: string;
  try {
    s = JSON.stringify(v, null, 2) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > max ? `${s.slice(0, max)}\n… (${s.length - max} more characters)` : s;
}

export function notice(text: Part, cls = "note"): Html {
  return html`<p class="${cls}">${text}</p>`;
}

export function noStore(v: View, title: string, active: string): Html {
  return page(v, title, active, html`<h1>${title}</h1>${notice("No store is configured: runs, queues and schedules need one (--store sqlite:path or postgres://…).")}`);
}
