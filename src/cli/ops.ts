// `kitwork queue …` and `kitwork runs …`: operations on the store, no server needed.

import type { Command } from "commander";
import { AdminError, cancelRun, listJobs, listNodes, listRuns, purge, queueSummary, redrive, retryRun, showRun } from "../engine/admin.js";
import { openStore } from "../store/index.js";
import type { DurableRecord, Store } from "../store/store.js";
import { openSnapshot } from "../engine/durable.js";
import { inspectSnapshot } from "../engine/inspect.js";
import { Masker } from "../engine/secrets.js";
import { sealFor } from "../engine/seal.js";
import { Runtime } from "../runtime/runtime.js";
import { compileVersion } from "../engine/modules.js";
import { parseDuration } from "../stdlib/time-core.js";
import fs from "node:fs";
import { findProject } from "../engine/project.js";
import { storeUrl, usesLine } from "./serve.js";
import { runText, table, took, when } from "./format.js";

const STORE_HELP = 'state store (default $KITWORK_STORE, kitwork.json "store", or the project\'s .kitwork/state.db)';
const DIR_HELP = "the works folder whose project's store to use (default ./works when it exists, else .)";

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Frames and locals of a suspended run, from the version kept in the store. */
async function inspectStored(store: Store, rec: DurableRecord): Promise<unknown> {
  const v = await store.getVersion(rec.version);
  if (!v) return { error: "the run's version is not in the store" };
  const seal = sealFor({ store, env: process.env, create: false });
  // The secrets the run held are sealed beside its snapshot: its variables are shown masked with them.
  const { doc, host } = openSnapshot(seal, rec);
  return inspectSnapshot(new Runtime(), doc, compileVersion(v.file, v.source), new Masker(new Map(host?.secrets ?? [])));
}

/** Adds the queue and runs commands; `setCode` receives each command's exit code. */
export function addOpsCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const withStore = (f: (store: Store, ...args: never[]) => Promise<string>) =>
    async (...args: unknown[]) => {
      const opts = args[args.length - 2] as { store?: string; dir?: string; json?: boolean };
      let store: Store | null = null;
      try {
        const url = storeUrl(opts.store, findProject(opts.dir ?? (fs.existsSync("works") ? "works" : ".")));
        io.err(usesLine({ store: url }));
        store = await openStore(url);
        io.out(await (f as (s: Store, ...a: unknown[]) => Promise<string>)(store, ...args));
        setCode(0);
      } catch (e) {
        io.err(`kitwork: ${(e as Error).message}\n`);
        setCode(e instanceof AdminError && e.status === 404 ? 1 : 1);
      } finally {
        await store?.close();
      }
    };
  program
    .command("nodes")
    .description("the engines sharing the store: version, what each holds, when last seen")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .option("--json", "print JSON (what GET /_kitwork/nodes answers)")
    .action(withStore(async (store, opts: { json?: boolean }) => {
      const nodes = await listNodes(store);
      if (opts.json) return JSON.stringify(nodes) + "\n";
      const now = Date.now();
      const rows = nodes.map((n) => ({ ...n, jobs: n.jobs, "durable runs": n.runs, started: when(n.startedAt, now), "last seen": n.seenAgoMs < 1000 ? "just now" : `${took(n.seenAgoMs)} ago` }));
      return table(rows, ["id", "host", "pid", "version", "state", "jobs", "durable runs", "started", "last seen"]);
    }));
  const queue = program.command("queue").description("inspect and manage queues");
  queue
    .command("ls")
    .description("jobs per queue and state")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .option("--json", "print JSON")
    .action(withStore(async (store, opts: { json?: boolean }) => {
      const rows = await queueSummary(store);
      return opts.json ? JSON.stringify(rows) + "\n" : table(rows, ["queue", "pending", "leased", "done", "dead"]);
    }));
  queue
    .command("dead")
    .description("dead jobs (failed after their last attempt), with their errors")
    .argument("[queue]")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .option("--json", "print JSON")
    .action(withStore(async (store, name: string | undefined, opts: { json?: boolean }) => {
      const jobs = await listJobs(store, name ?? null, "dead");
      const now = Date.now();
      return opts.json ? JSON.stringify(jobs) + "\n" : table(jobs.map((j) => ({ ...j, created: when(j.createdAt, now) })), ["id", "queue", "attempts", "error", "created"]);
    }));
  queue
    .command("redrive")
    .description("put dead jobs back (all of a queue, or one)")
    .argument("<queue>")
    .argument("[job]")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .action(withStore(async (store, name: string, job: string | undefined) => `redriven ${(await redrive(store, name, job ?? null, Date.now())).redriven}\n`));
  queue
    .command("purge")
    .description("delete a queue's pending and dead jobs")
    .argument("<queue>")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .action(withStore(async (store, name: string) => `purged ${(await purge(store, name)).purged}\n`));
  queue
    .command("push")
    .description("enqueue a job")
    .argument("<queue>")
    .argument("[json]", "the payload", "null")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .option("--key <key>", "dedupe key")
    .action(withStore(async (store, name: string, json: string, opts: { key?: string }) => {
      let payload: unknown;
      try {
        payload = JSON.parse(json);
      } catch (e) {
        throw new Error(`payload is not valid JSON (${(e as Error).message})`);
      }
      const r = await store.pushJob(name, payload, { runAt: Date.now(), key: opts.key ?? null });
      return `${r.deduped ? "deduped" : "pushed"} ${r.id}\n`;
    }));

  program
    .command("signal")
    .description("send a signal: wakes the runs waiting on the event")
    .argument("<event>")
    .argument("[json]", "the data", "null")
    .option("--keep <duration>", "if no run waits yet, keep the signal this long for the first wait()")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .action(withStore(async (store, event: string, json: string, opts: { keep?: string }) => {
      let data: unknown;
      try {
        data = JSON.parse(json);
      } catch (e) {
        throw new Error(`data is not valid JSON (${(e as Error).message})`);
      }
      const keepMs = opts.keep ? parseDuration(opts.keep) : null;
      const woke = await store.signal(event, JSON.stringify(data), keepMs === null ? null : Date.now() + keepMs, Date.now());
      return `woke ${woke}${woke === 0 && keepMs !== null ? ` (kept for ${opts.keep})` : ""}\n`;
    }));

  const runs = program.command("runs").description("inspect, retry and cancel runs");
  runs
    .command("ls")
    .description("recent runs")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .option("--work <name>")
    .option("--status <status>", "running, succeeded, failed, cancelled")
    .option("--trigger <trigger>", "http, cron, queue")
    .option("--limit <n>", "how many", "50")
    .option("--json", "print JSON")
    .action(withStore(async (store, opts: { work?: string; status?: string; trigger?: string; limit: string; json?: boolean }) => {
      const list = await listRuns(store, { work: opts.work, status: opts.status, trigger: opts.trigger, limit: Number(opts.limit) });
      if (opts.json) return JSON.stringify(list) + "\n";
      const now = Date.now();
      return table(list.map((r) => ({ ...r, started: when(r.startedAt, now), took: r.finishedAt ? took(r.finishedAt - r.startedAt) : null })), ["id", "work", "trigger", "status", "attempt", "started", "took", "error"]);
    }));
  runs
    .command("show")
    .description("one run: status, timings, error with its code frame, logs, its job, a suspended run's frames and variables")
    .argument("<id>")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .option("--json", "print JSON (what GET /_kitwork/runs/<id> answers)")
    .action(withStore(async (store, id: string, opts: { json?: boolean }) => {
      const shown = await showRun(store, id, (rec) => inspectStored(store, rec));
      return opts.json ? JSON.stringify(shown, null, 2) + "\n" : runText(shown as Parameters<typeof runText>[0], Date.now());
    }));
  runs
    .command("retry")
    .description("run a queue or cron run's job again")
    .argument("<id>")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .action(withStore(async (store, id: string) => JSON.stringify(await retryRun(store, id, Date.now())) + "\n"));
  runs
    .command("cancel")
    .description("cancel a run (drops its pending retry)")
    .argument("<id>")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .action(withStore(async (store, id: string) => JSON.stringify(await cancelRun(store, id, Date.now())) + "\n"));
}
