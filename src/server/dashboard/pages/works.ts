// Works: every loaded work with what it declared (routes, schedules with their next
// fire time, queues, retry, timeout), and the files that do not load, with their code frames.

import type { Engine } from "../../../engine/engine.js";
import type { Problem } from "../../../engine/discovery.js";
import { timeoutOf } from "../../../engine/dispatch.js";
import { nextSlotOf } from "../../../engine/jobs.js";
import type { WorkVersion } from "../../../engine/works.js";
import { formatDuration } from "../../../stdlib/time-core.js";
import { type Html, html } from "../html.js";
import { UI, type View, duration, page, relative, time } from "./layout.js";

function problem(p: Problem): Html {
  return html`<li class="problem"><p><code>${p.file}:${p.line}:${p.column + 1}</code> ${p.message}</p>${p.frame ? html`<pre class="frame">${p.frame}</pre>` : ""}</li>`;
}

function schedules(w: WorkVersion): string[] {
  const bp = w.blueprint;
  return [
    ...bp.cron.map((c) => `cron ${c.expr}${c.tz ? ` (${c.tz})` : ""}`),
    ...bp.every.map((e) => `every ${formatDuration(e.ms)}`),
    ...bp.daily.map((d) => `daily at ${d.at}${d.tz ? ` (${d.tz})` : ""}`),
  ];
}

function retry(w: WorkVersion): string {
  const r = w.blueprint.retry;
  if (!r || r.times === 0) return "none";
  return `${r.times} more attempt${r.times === 1 ? "" : "s"}, ${r.backoff} from ${formatDuration(r.delayMs)}${r.backoff === "exponential" ? ` up to ${formatDuration(r.maxMs)}` : ""}${r.jitter ? `, jitter ${Math.round(r.jitter * 100)}%` : ""}`;
}

function workCard(engine: Engine, w: WorkVersion, now: number): Html {
  const bp = w.blueprint;
  const sched = schedules(w);
  const next = sched.length ? nextSlotOf(w, now) : null;
  const timeout = timeoutOf(w, engine.options.defaultTimeoutMs);
  return html`<section class="card work" id="work-${w.name}">
<h2>${w.name}${bp.versionLabel ? html` <span class="tag">version ${bp.versionLabel}</span>` : ""}</h2>
<dl class="facts">
<dt>File</dt><dd><code>${w.file}</code></dd>
<dt>Version hash</dt><dd><code title="${w.hash}">${w.hash.slice(0, 12)}</code></dd>
<dt>Loaded</dt><dd>${time(w.loadedAt)}</dd>
<dt>Timeout</dt><dd>${duration(timeout)}${bp.timeoutMs === null ? " (default)" : ""}</dd>
<dt>Retry</dt><dd>${retry(w)}</dd>
${bp.concurrency !== null ? html`<dt>Concurrency</dt><dd>${bp.concurrency}</dd>` : ""}
${bp.rateLimit ? html`<dt>Rate limit</dt><dd>${bp.rateLimit.n} per ${formatDuration(bp.rateLimit.perMs)}</dd>` : ""}
</dl>
${bp.routes.length ? html`<h3>Routes</h3><ul class="routes">${bp.routes.map((r) => html`<li><code>${r.method} ${r.path}</code></li>`)}</ul>` : ""}
${sched.length ? html`<h3>Schedules</h3><ul>${sched.map((s) => html`<li><code>${s}</code></li>`)}</ul><p class="next">Next fire: <strong>${time(next)}</strong> <span class="muted">${relative(next, now)}</span></p>` : ""}
${bp.queues.length ? html`<h3>Queues</h3><ul>${bp.queues.map((q) => html`<li><a href="${UI}/queues#queue-${q.name}"><code>${q.name}</code></a>${q.concurrency ? ` (concurrency ${q.concurrency})` : ""}</li>`)}</ul>` : ""}
<p class="links"><a href="${UI}/runs?work=${encodeURIComponent(w.name)}">Runs of ${w.name} →</a></p>
</section>`;
}

export function worksPage(engine: Engine, v: View): Html {
  const works = engine.list();
  const broken = engine.brokenFiles();
  const conflicts = engine.routes().conflicts;
  const body = html`<h1>Works <span class="count">${works.length}</span></h1>
${broken.length || conflicts.length ? html`<section class="card errors"><h2>Load errors</h2><p>These files do not load; a file that loaded before keeps serving its last good version.</p><ul>${broken.map((b) => b.problems.map(problem))}${conflicts.map(problem)}</ul></section>` : ""}
${works.length ? works.map((w) => workCard(engine, w, v.now)) : html`<p class="note">No work is loaded.</p>`}`;
  return page(v, "Works", "works", body);
}
