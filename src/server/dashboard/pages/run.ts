// One run: its timeline as far as the records tell (queued, started, attempts,
// checkpoints, suspended on what and until when, resumed, finished), its logs, its error
// with the code frame, its result, and for a parked run each frame of its stack with
// the local variables (read through the VM's debug API, secrets masked). Actions:
// retry, cancel, and send the signal a waiting run waits for.

import { AdminError, cancelRun, retryRun, showRun } from "../../../engine/admin.js";
import type { Engine } from "../../../engine/engine.js";
import type { InspectedFrame } from "../../../engine/inspect.js";
import type { Job, RunRecord } from "../../../store/store.js";
import { type Html, html } from "../html.js";
import { type Reply, type Req, done } from "../reply.js";
import { UI, type View, actionButton, badge, csrfField, duration, json, notice, page, relative, time } from "./layout.js";

interface Durable {
  state: string;
  waitingFor: string | null;
  until: string | null;
  checkpoints: number;
  error: string | null;
  frames?: InspectedFrame[] | { error: string };
}

type Shown = RunRecord & { job: Job | null; durable: Durable | null; result?: unknown };

interface Event {
  at: number | null;
  what: Html | string;
  cls?: string;
}

function timeline(run: Shown, now: number): Event[] {
  const out: Event[] = [];
  const job = run.job;
  if (job) out.push({ at: job.createdAt, what: html`Queued on <code>${job.queue}</code>` });
  out.push({ at: run.startedAt, what: html`Started by <strong>${run.trigger}</strong>` });
  if (run.attempt > 1) out.push({ at: null, what: `Retried: ${run.attempt} attempts in all${job ? ` (the job has had ${job.attempts})` : ""}`, cls: "retry" });
  const d = run.durable;
  if (d) {
    out.push({ at: null, what: `${d.checkpoints} checkpoint${d.checkpoints === 1 ? "" : "s"} written` });
    const until = d.until ? Date.parse(d.until) : null;
    if (d.state === "waiting") out.push({ at: null, what: html`Suspended: waiting for the signal <code>${d.waitingFor}</code> ${until !== null ? `until ${time(until)} (${relative(until, now)})` : "with no timeout"}`, cls: "suspended" });
    else if (d.state === "sleeping") out.push({ at: null, what: `Suspended: sleeping until ${time(until)} (${relative(until, now)})`, cls: "suspended" });
    else if (d.state === "due") out.push({ at: null, what: "Due: resumes at the next poll", cls: "suspended" });
    else if (d.state === "leased") out.push({ at: null, what: "Resumed: running now", cls: "running" });
    else if (d.state === "done") out.push({ at: null, what: "Resumed and finished" });
    else if (d.state === "failed") out.push({ at: null, what: "Failed after resuming (retry resumes it from its last checkpoint)", cls: "failed" });
    else if (d.state === "cancelled") out.push({ at: null, what: "Cancelled: it will not resume", cls: "cancelled" });
  }
  if (run.finishedAt !== null) out.push({ at: run.finishedAt, what: html`Finished: ${badge(run.status)}${run.errorKind ? html` <span class="muted">(${run.errorKind})</span>` : ""}`, cls: run.status });
  return out;
}

function logArg(a: unknown): string {
  return typeof a === "string" ? a : json(a, 2_000);
}

function frames(engine: Engine, f: Durable["frames"]): Html {
  if (f === undefined) return html``;
  if (!Array.isArray(f)) return notice(`Cannot show its variables: ${f.error}`, "flash bad");
  return html`<h2>Stack <span class="muted">(innermost first)</span></h2>
${f.map(
  (fr) => html`<section class="card frame-vars"><h3><code>${fr.function}</code> <span class="muted">line ${fr.line}, column ${fr.column + 1}</span></h3>
${Object.keys(fr.locals).length
  ? html`<table class="vars"><tbody>${Object.entries(engine.masker.value(fr.locals) as Record<string, unknown>).map(([k, x]) => html`<tr><th scope="row"><code>${k}</code></th><td><pre>${json(x)}</pre></td></tr>`)}</tbody></table>`
  : html`<p class="muted">No local variables.</p>`}
</section>`,
)}`;
}

function actions(v: View, run: Shown): Html {
  const id = encodeURIComponent(run.id);
  const d = run.durable;
  const canRetry = d ? d.state === "failed" : run.jobId !== null && run.status !== "running";
  const canCancel = d ? ["sleeping", "waiting", "due", "failed"].includes(d.state) : run.status !== "succeeded" && run.status !== "cancelled";
  const signal =
    d?.state === "waiting" && d.waitingFor
      ? html`<form method="post" action="${UI}/runs/${id}/signal" class="signal">${csrfField(v)}<input type="hidden" name="event" value="${d.waitingFor}">
<label>Send the signal <code>${d.waitingFor}</code> with data (JSON)<textarea name="data" rows="3">{}</textarea></label>
<button type="submit">Send signal</button></form>`
      : "";
  if (!canRetry && !canCancel && !signal) return html``;
  return html`<section class="card actions"><h2>Actions</h2>
${canRetry ? actionButton(v, `${UI}/runs/${id}/retry`, d ? "Retry from the last checkpoint" : "Retry (a new job, same payload)") : ""}
${canCancel ? actionButton(v, `${UI}/runs/${id}/cancel`, "Cancel run", {}, "danger") : ""}
${signal}
</section>`;
}

export async function runPage(engine: Engine, v: View, id: string): Promise<Reply> {
  await engine.flushRecords();
  const run = (await showRun(engine.requireStore(), id, (rec) => engine.inspect(rec))) as Shown;
  const m = engine.masker;
  const d = run.durable;
  const error = run.error ?? d?.error ?? null;
  const body = html`<p class="crumbs"><a href="${UI}/runs">Runs</a> / <a href="${UI}/runs?work=${encodeURIComponent(run.work)}">${run.work}</a></p>
<h1>Run <code class="id">${run.id}</code> ${badge(run.status)}</h1>
<dl class="facts">
<dt>Work</dt><dd>${run.work}</dd>
<dt>Trigger</dt><dd>${run.trigger}</dd>
<dt>Version</dt><dd><code title="${run.version ?? ""}">${(run.version ?? "").slice(0, 12)}</code></dd>
<dt>Attempt</dt><dd>${run.attempt}</dd>
<dt>Started</dt><dd>${time(run.startedAt)}</dd>
<dt>Finished</dt><dd>${time(run.finishedAt)}${run.finishedAt !== null && run.startedAt ? ` (took ${duration(run.finishedAt - run.startedAt)})` : ""}</dd>
${run.job ? html`<dt>Job</dt><dd><code>${run.job.id}</code> on <a href="${UI}/queues#queue-${run.job.queue}">${run.job.queue}</a>: ${run.job.state}, ${run.job.attempts} attempt${run.job.attempts === 1 ? "" : "s"}</dd>` : ""}
</dl>
${actions(v, run)}
<section class="card"><h2>Timeline</h2><ol class="timeline">${timeline(run, v.now).map((e) => html`<li class="${e.cls ?? ""}"><span class="when">${e.at !== null ? time(e.at) : ""}</span> ${e.what}</li>`)}</ol></section>
${error ? html`<section class="card errors"><h2>Error</h2><pre class="frame">${m.text(error)}</pre></section>` : ""}
${run.result !== undefined ? html`<section class="card"><h2>Result</h2><pre>${json(m.value(run.result))}</pre></section>` : ""}
${d ? frames(engine, d.frames) : ""}
<section class="card"><h2>Logs</h2>
${run.logs?.length
  ? html`<table class="logs"><tbody>${run.logs.map((l) => html`<tr class="${l.level}"><td class="when">${time(l.at)}</td><td>${l.level}</td><td><pre>${m.text(l.args.map(logArg).join(" "))}</pre></td></tr>`)}</tbody></table>`
  : html`<p class="muted">No log lines kept${run.trigger === "http" && run.status === "succeeded" ? " (successful HTTP runs keep theirs for a sample only)" : ""}.</p>`}
</section>`;
  return { status: 200, body: page(v, `Run ${run.id.slice(0, 8)}`, "runs", body) };
}

/** POST /_kitwork/ui/runs/:id/(retry|cancel|signal) */
export async function runActions(engine: Engine, r: Req, id: string, action: string): Promise<Reply> {
  const back = `${UI}/runs/${encodeURIComponent(id)}`;
  const store = engine.requireStore();
  const now = engine.clock.now();
  try {
    if (action === "retry") {
      const out = await retryRun(store, id, now);
      return done(r, back, "resumed" in out ? "Retrying: the run resumes from its last checkpoint." : `Retrying: job ${out.job} pushed to ${out.queue}.`);
    }
    if (action === "cancel") {
      const out = await cancelRun(store, id, now);
      return done(r, back, `Run cancelled${out.jobDropped ? "; its pending job was dropped" : ""}.`);
    }
    if (action === "signal") {
      const event = r.form.event ?? "";
      if (!event || event.length > 500) return done(r, back, "A signal needs an event name.", false);
      let data: unknown = null;
      const text = (r.form.data ?? "").trim();
      if (text) {
        try {
          data = JSON.parse(text);
        } catch (e) {
          return done(r, back, `The signal's data is not JSON: ${(e as Error).message}`, false);
        }
      }
      const woke = await engine.signal(event, data);
      return done(r, back, `Signal ${event} sent: ${woke} run${woke === 1 ? "" : "s"} woke.`);
    }
  } catch (e) {
    if (e instanceof AdminError) return done(r, back, e.message, false);
    throw e;
  }
  throw new AdminError(404, `no run action ${JSON.stringify(action)} (retry, cancel, signal)`);
}
