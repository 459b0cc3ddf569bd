// Queues and schedules: each queue's depth (pending), jobs in flight (leased), done and
// dead jobs; the dead ones with their last error, redriven one by one or all at once; a
// purge behind a confirmation page. Each scheduled work's last and next slot, and "run
// now", which queues a slot job as the scheduler would. The counts, dead jobs and slots
// refresh themselves while the page is open (htmx polls GET /_kitwork/ui/queues/list).

import { AdminError, listJobs, purge, queueSummary, redrive } from "../../../engine/admin.js";
import type { Engine } from "../../../engine/engine.js";
import { CRON_QUEUE_PREFIX, cronQueue, nextSlotOf } from "../../../engine/jobs.js";
import { type Html, html } from "../html.js";
import { type Reply, type Req, done } from "../reply.js";
import { UI, type View, actionButton, csrfField, page, relative, time } from "./layout.js";

interface Counts {
  queue: string;
  pending: number;
  leased: number;
  done: number;
  dead: number;
}

/** Each queue's job counts by state (zero for a state with none). */
async function counts(engine: Engine): Promise<Counts[]> {
  return (await queueSummary(engine.requireStore())).map((s) => ({ pending: 0, leased: 0, done: 0, dead: 0, ...s }) as Counts);
}

/** Dead jobs listed per queue. */
const DEAD_SHOWN = 50;

const QUEUE_NAME = /^[A-Za-z0-9_.:-]{1,100}$/;

function checkQueue(name: string): string {
  if (!QUEUE_NAME.test(name)) throw new AdminError(400, `not a queue name: ${JSON.stringify(name.slice(0, 120))}`);
  return name;
}

function lastError(e: string | null): string {
  if (!e) return "";
  return e.length > 2_000 ? `${e.slice(0, 2_000)}…` : e;
}

async function deadJobs(engine: Engine, v: View, queue: string): Promise<Html> {
  const jobs = await listJobs(engine.requireStore(), queue, "dead", DEAD_SHOWN);
  const q = encodeURIComponent(queue);
  return html`<h3>Dead jobs of <code>${queue}</code></h3>
<table class="dead"><thead><tr><th>Job</th><th>Attempts</th><th>Queued</th><th>Last error</th><th></th></tr></thead><tbody>
${jobs.map(
  (j) => html`<tr><td data-label="Job"><code>${j.id}</code></td><td data-label="Attempts">${j.attempts}</td><td data-label="Queued">${time(j.createdAt)}</td>
<td data-label="Last error"><pre class="error">${engine.masker.text(lastError(j.error))}</pre></td>
<td>${actionButton(v, `${UI}/queues/${q}/redrive`, "Redrive", { job: j.id })}</td></tr>`,
)}
</tbody></table>`;
}

async function schedules(engine: Engine, v: View): Promise<Html> {
  const works = engine.list().filter((w) => w.blueprint.cron.length || w.blueprint.every.length || w.blueprint.daily.length);
  if (!works.length) return html`<p class="note">No work declares a schedule.</p>`;
  const store = engine.requireStore();
  const rows = await Promise.all(
    works.map(async (w) => {
      const last = await store.lastCronSlot(w.name);
      const next = nextSlotOf(w, v.now);
      return html`<tr><td data-label="Work"><a href="${UI}/runs?work=${encodeURIComponent(w.name)}&amp;trigger=cron">${w.name}</a></td>
<td data-label="Last slot">${time(last)} <span class="muted">${relative(last, v.now)}</span></td>
<td data-label="Next slot">${time(next)} <span class="muted">${relative(next, v.now)}</span></td>
<td>${actionButton(v, `${UI}/schedules/${encodeURIComponent(w.name)}/run`, "Run now")}</td></tr>`;
    }),
  );
  return html`<table class="schedules"><thead><tr><th>Work</th><th>Last slot</th><th>Next slot</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The live part of the page (what htmx polls, every 2 s while the page is open): the queues with their dead jobs, and the schedules. */
export async function queuesList(engine: Engine, v: View): Promise<Html> {
  const summary = await counts(engine);
  // Every declared queue is listed, even one that never had a job.
  for (const w of engine.list()) for (const q of w.blueprint.queues) if (!summary.some((s) => s.queue === q.name)) summary.push({ queue: q.name, pending: 0, leased: 0, done: 0, dead: 0 });
  summary.sort((a, b) => Number(a.queue.startsWith(CRON_QUEUE_PREFIX)) - Number(b.queue.startsWith(CRON_QUEUE_PREFIX)) || a.queue.localeCompare(b.queue));
  const dead = await Promise.all(summary.filter((s) => s.dead > 0).map((s) => deadJobs(engine, v, s.queue)));
  return html`<div id="queues" hx-get="${UI}/queues/list" hx-trigger="every 2s" hx-swap="outerHTML">
<h1>Queues</h1>
${summary.length
  ? html`<table class="queues"><thead><tr><th>Queue</th><th>Pending</th><th>In flight</th><th>Done</th><th>Dead</th><th></th></tr></thead><tbody>
${summary.map((s) => {
  const q = encodeURIComponent(s.queue);
  return html`<tr id="queue-${s.queue}"><td data-label="Queue"><code>${s.queue}</code></td><td data-label="Pending">${s.pending}</td><td data-label="In flight">${s.leased}</td><td data-label="Done">${s.done}</td><td data-label="Dead">${s.dead}</td>
<td class="buttons">${s.dead > 0 ? actionButton(v, `${UI}/queues/${q}/redrive`, "Redrive all dead") : ""} ${s.pending + s.dead > 0 ? html`<a class="button danger" href="${UI}/queues/${q}/purge">Purge…</a>` : ""}</td></tr>`;
})}
</tbody></table>`
  : html`<p class="note">No queue has jobs.</p>`}
${dead}
<h1>Schedules</h1>
${await schedules(engine, v)}
</div>`;
}

export async function queuesPage(engine: Engine, v: View): Promise<Html> {
  return page(v, "Queues & schedules", "queues", await queuesList(engine, v));
}

/** The confirmation a purge goes through. */
export async function purgePage(engine: Engine, v: View, name: string): Promise<Reply> {
  const queue = checkQueue(name);
  const s = (await counts(engine)).find((x) => x.queue === queue);
  const body = html`<section class="card confirm"><h1>Purge <code>${queue}</code>?</h1>
<p>This deletes its <strong>${s?.pending ?? 0} pending</strong> and <strong>${s?.dead ?? 0} dead</strong> jobs. Jobs in flight finish; done jobs stay until they are pruned. It cannot be undone.</p>
<form method="post" action="${UI}/queues/${encodeURIComponent(queue)}/purge" class="inline">${csrfField(v)}<button type="submit" class="danger">Yes, purge ${queue}</button></form>
<a href="${UI}/queues">Cancel</a></section>`;
  return { status: 200, body: page(v, `Purge ${queue}`, "queues", body) };
}

/** POST /_kitwork/ui/queues/:name/(redrive|purge), and "run now" of a schedule. */
export async function queueActions(engine: Engine, r: Req, name: string, action: string): Promise<Reply> {
  const back = `${UI}/queues`;
  const store = engine.requireStore();
  try {
    if (action === "run-now") {
      const w = engine.list().find((x) => x.name === name);
      if (!w || !(w.blueprint.cron.length || w.blueprint.every.length || w.blueprint.daily.length)) throw new AdminError(404, `no scheduled work ${JSON.stringify(name)}`);
      // The job the scheduler pushes for a slot: the work runs once, as for a cron fire.
      const job = await engine.push(cronQueue(w.name), { slot: true });
      return done(r, back, `${w.name} queued to run now (job ${job}).`);
    }
    const queue = checkQueue(name);
    if (action === "redrive") {
      const job = r.form.job || null;
      const out = await redrive(store, queue, job, engine.clock.now());
      return done(r, back, job ? `Job ${job} redriven.` : `${out.redriven} dead job${out.redriven === 1 ? "" : "s"} of ${queue} redriven.`);
    }
    if (action === "purge") {
      const out = await purge(store, queue);
      return done(r, back, `${out.purged} job${out.purged === 1 ? "" : "s"} of ${queue} purged.`);
    }
  } catch (e) {
    if (e instanceof AdminError) return done(r, back, e.message, false);
    throw e;
  }
  throw new AdminError(404, `no queue action ${JSON.stringify(action)} (redrive, purge)`);
}
