// Runs: a filtered listing (work, trigger, status, time range, text in the error), newest
// first, paged by a keyset cursor (the last row's started_at and id), so a page deep in
// many runs costs what the first does. The first page refreshes itself every 2 s (htmx
// polls its fragment); an older page stays as it is.

import type { Engine } from "../../../engine/engine.js";
import type { RunFilter, RunRecord, RunStatus } from "../../../store/store.js";
import { type Html, html, href } from "../html.js";
import { UI, type View, badge, duration, page, time } from "./layout.js";

export const PAGE_SIZE = 50;
const STATUSES = ["running", "suspended", "succeeded", "failed", "cancelled"];
const TRIGGERS = ["http", "cron", "queue", "signal", "run"];
const FIELDS = ["work", "trigger", "status", "from", "to", "q", "before"] as const;

export type RunQuery = Partial<Record<(typeof FIELDS)[number], string>>;

/** A bad filter value: said on the page, next to the form. */
export class FilterError extends Error {}

export function runQuery(search: URLSearchParams): RunQuery {
  const q: RunQuery = {};
  for (const f of FIELDS) {
    const v = search.get(f)?.trim();
    if (v) q[f] = v.slice(0, 500);
  }
  return q;
}

/** A time from the form: datetime-local ("2030-01-02T03:04", read as UTC) or ISO. */
function instant(name: string, v: string | undefined): number | undefined {
  if (!v) return undefined;
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
  if (!Number.isFinite(t)) throw new FilterError(`${name}: not a time: ${JSON.stringify(v)} (use 2030-01-02T03:04, read as UTC)`);
  return t;
}

export function toFilter(q: RunQuery): RunFilter {
  if (q.status && !STATUSES.includes(q.status)) throw new FilterError(`unknown status ${JSON.stringify(q.status)} (${STATUSES.join(", ")})`);
  if (q.trigger && !TRIGGERS.includes(q.trigger)) throw new FilterError(`unknown trigger ${JSON.stringify(q.trigger)} (${TRIGGERS.join(", ")})`);
  let before: RunFilter["before"];
  if (q.before) {
    const m = /^(\d{1,16})\.(.+)$/.exec(q.before);
    if (!m) throw new FilterError(`before: not a page cursor: ${JSON.stringify(q.before)}`);
    before = { startedAt: Number(m[1]), id: m[2]! };
  }
  return {
    work: q.work,
    trigger: q.trigger,
    status: q.status as RunStatus | undefined,
    since: instant("from", q.from),
    until: instant("to", q.to),
    errorText: q.q,
    before,
    limit: PAGE_SIZE + 1,
  };
}

function firstLine(s: string | null): string {
  if (!s) return "";
  const line = s.split("\n", 1)[0]!;
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

function row(engine: Engine, r: RunRecord): Html {
  const link = `${UI}/runs/${encodeURIComponent(r.id)}`;
  return html`<tr>
<td data-label="Started"><a href="${link}">${time(r.startedAt)}</a></td>
<td data-label="Work">${r.work}</td>
<td data-label="Trigger">${r.trigger}</td>
<td data-label="Status">${badge(r.status)}</td>
<td data-label="Attempt">${r.attempt}</td>
<td data-label="Took">${r.finishedAt !== null ? duration(r.finishedAt - r.startedAt) : "—"}</td>
<td data-label="Error" class="error">${engine.masker.text(firstLine(r.error))}</td>
</tr>`;
}

/** The listing fragment (what htmx polls). */
export async function runsList(engine: Engine, q: RunQuery): Promise<Html> {
  let rows: RunRecord[];
  try {
    rows = await engine.listRuns(toFilter(q));
  } catch (e) {
    if (e instanceof FilterError) return html`<div id="runs"><p class="flash bad" role="alert">${e.message}</p></div>`;
    throw e;
  }
  const more = rows.length > PAGE_SIZE;
  if (more) rows = rows.slice(0, PAGE_SIZE);
  const last = rows[rows.length - 1];
  const { before, ...filters } = q;
  // Only the newest page follows new runs; an older one is a fixed window.
  const live = before === undefined ? html` hx-get="${href(`${UI}/runs/list`, filters)}" hx-trigger="every 2s" hx-swap="outerHTML"` : "";
  return html`<div id="runs"${live}>
${rows.length
  ? html`<table class="runs"><thead><tr><th>Started (UTC)</th><th>Work</th><th>Trigger</th><th>Status</th><th>Attempt</th><th>Took</th><th>Error</th></tr></thead><tbody>${rows.map((r) => row(engine, r))}</tbody></table>`
  : html`<p class="note">No runs match.</p>`}
<nav class="pager">
${before !== undefined ? html`<a href="${href(`${UI}/runs`, filters)}">← Newest</a>` : ""}
${more && last ? html`<a href="${href(`${UI}/runs`, { ...filters, before: `${last.startedAt}.${last.id}` })}" rel="next">Older →</a>` : ""}
</nav>
</div>`;
}

function select(name: string, label: string, options: string[], value: string | undefined): Html {
  return html`<label>${label}<select name="${name}"><option value="">any</option>${options.map((o) => html`<option${o === value ? html` selected` : ""}>${o}</option>`)}</select></label>`;
}

export async function runsPage(engine: Engine, v: View, q: RunQuery): Promise<Html> {
  const works = [...new Set(engine.list().map((w) => w.name))];
  if (q.work && !works.includes(q.work)) works.push(q.work);
  const body = html`<h1>Runs</h1>
<form class="filters" method="get" action="${UI}/runs">
${select("work", "Work", works, q.work)}
${select("trigger", "Trigger", TRIGGERS, q.trigger)}
${select("status", "Status", STATUSES, q.status)}
<label>From (UTC)<input type="datetime-local" name="from" value="${q.from ?? ""}"></label>
<label>To (UTC)<input type="datetime-local" name="to" value="${q.to ?? ""}"></label>
<label class="wide">Error contains<input type="search" name="q" value="${q.q ?? ""}" placeholder="text in the error"></label>
<div class="buttons"><button type="submit">Filter</button> <a href="${UI}/runs">Clear</a></div>
</form>
${await runsList(engine, q)}`;
  return page(v, "Runs", "runs", body);
}
