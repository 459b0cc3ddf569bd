// `kitwork deploy` and `kitwork versions`: deployments kept in the store
// (engine/deploy.ts, store/deployments.ts), for nodes started with `kitwork start
// --from-store`.

import fs from "node:fs";
import type { Command } from "commander";
import { collectBundle, deployer } from "../engine/deploy.js";
import { Engine } from "../engine/engine.js";
import { findProject } from "../engine/project.js";
import { formatProblem } from "../engine/works.js";
import { openStore } from "../store/index.js";
import type { Deployment, Store } from "../store/store.js";
import { bytes, table, when } from "./format.js";
import { storeUrl, usesLine } from "./serve.js";

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const STORE_HELP = 'the store the nodes follow: sqlite:path or postgres://… (default $KITWORK_STORE, kitwork.json "store", or the project\'s .kitwork/state.db)';
const DIR_HELP = "the works folder whose project's store to use (default ./works when it exists, else .)";

/** Thrown for an outcome that is the user's to fix: printed as `kitwork: <message>`, exit 1. */
class DeployCommandError extends Error {}

async function withStore<T>(url: string, io: Io, f: (store: Store) => Promise<T>): Promise<T> {
  io.err(usesLine({ store: url }));
  const store = await openStore(url);
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

function summary(d: Deployment): string {
  return `${d.works} work(s), ${d.files} file(s), ${bytes(d.bytes)}, by ${d.createdBy}${d.message ? `: ${d.message}` : ""}`;
}

/**
 * `kitwork deploy [dir]`: checks the works as `kitwork check` does (a folder with an error
 * is not deployed), then uploads the project as a new deployment that becomes current.
 * The same files as the current deployment make no new one.
 */
export async function deploy(dir: string, opts: { store?: string; message?: string; json?: boolean }, io: Io): Promise<number> {
  const engine = new Engine({ dir, report: () => {}, databases: [] });
  const problems = engine.loadAll().filter((p) => p.severity !== "warning");
  if (problems.length) {
    for (const p of problems) io.err(`${formatProblem(p)}\n`);
    throw new DeployCommandError(`${problems.length} error(s) in ${dir}: nothing deployed (kitwork check ${dir} lists them)`);
  }
  const bundle = collectBundle(dir);
  const url = storeUrl(opts.store, findProject(dir));
  return withStore(url, io, async (store) => {
    const current = await store.currentDeployment();
    if (current && current.digest === bundle.digest) {
      io.out(opts.json ? JSON.stringify({ deployment: current, created: false }) + "\n" : `unchanged: deployment ${current.id} is current and holds these files (${summary(current)})\n`);
      return 0;
    }
    const d = await store.createDeployment({ createdBy: deployer(), message: opts.message ?? null, works: bundle.works, digest: bundle.digest, files: bundle.files }, Date.now());
    io.out(
      opts.json
        ? JSON.stringify({ deployment: d, created: true, previous: current?.id ?? null }) + "\n"
        : `deployed ${d.id} (${summary(d)})${current ? `, replacing ${current.id}` : ""}\nnodes started with --from-store on this store switch to it within seconds\n`,
    );
    return 0;
  });
}

/** `kitwork versions`: the deployments, newest first, the current one marked. */
export async function versions(url: string, opts: { limit?: string; json?: boolean }, io: Io): Promise<number> {
  const limit = Number(opts.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1) throw new DeployCommandError(`--limit: expected a positive integer, got ${opts.limit}`);
  return withStore(url, io, async (store) => {
    const list = await store.listDeployments(limit);
    if (opts.json) {
      io.out(JSON.stringify(list) + "\n");
      return 0;
    }
    if (list.length === 0) {
      io.out("no deployments yet (kitwork deploy <dir> --store <url> makes one)\n");
      return 0;
    }
    const now = Date.now();
    const rows = list.map((d) => ({ ...d, current: d.current ? "*" : "", deployed: when(d.createdAt, now), by: d.createdBy, size: bytes(d.bytes), message: d.message ?? "" }));
    io.out(table(rows, ["current", "id", "deployed", "by", "works", "files", "size", "message"]));
    return 0;
  });
}

/** `kitwork versions rollback <id>`: makes an earlier deployment current again. */
export async function rollback(url: string, idText: string, opts: { json?: boolean }, io: Io): Promise<number> {
  const id = Number(idText);
  if (!Number.isInteger(id) || id < 1) throw new DeployCommandError(`not a deployment id: ${idText} (kitwork versions lists them)`);
  return withStore(url, io, async (store) => {
    const before = await store.currentDeployment();
    const d = await store.activateDeployment(id, Date.now());
    if (!d) throw new DeployCommandError(`no deployment ${id} in the store (kitwork versions lists them)`);
    const changed = before?.id !== d.id;
    if (opts.json) io.out(JSON.stringify({ deployment: d, previous: before?.id ?? null, changed }) + "\n");
    else if (!changed) io.out(`deployment ${d.id} is current already\n`);
    else io.out(`deployment ${d.id} is current again (${summary(d)}), instead of ${before!.id}\nnodes started with --from-store on this store switch to it within seconds\n`);
    return 0;
  });
}

/** Adds `deploy` and `versions` (with `versions rollback`); `setCode` receives each command's exit code. */
export function addDeployCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const guarded = (f: () => Promise<number>) =>
    f().then(setCode, (e: Error) => {
      io.err(`kitwork: ${e.message}\n`);
      setCode(1);
    });
  const defaultDir = () => (fs.existsSync("works") ? "works" : ".");
  program
    .command("deploy")
    .description("upload a works folder (its project's kitwork.json and migrations with it) to the store as a new deployment, which becomes current; nodes started with --from-store switch to it")
    .argument("[dir]", "the works folder (default ./works when it exists, else .)")
    .option("--store <url>", STORE_HELP)
    .option("-m, --message <text>", "a note kept with the deployment (kitwork versions shows it)")
    .option("--json", "print JSON")
    .action((dir: string | undefined, opts: { store?: string; message?: string; json?: boolean }) => guarded(() => deploy(dir ?? defaultDir(), opts, io)));
  const urlOf = (opts: { store?: string; dir?: string }) => storeUrl(opts.store, findProject(opts.dir ?? defaultDir()));
  const list = program
    .command("versions")
    .description("the deployments in the store, newest first; * marks the current one")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .option("--limit <n>", "how many", "20")
    .option("--json", "print JSON")
    .action((opts: { store?: string; dir?: string; limit?: string; json?: boolean }) => guarded(() => versions(urlOf(opts), opts, io)));
  list
    .command("rollback")
    .description("make an earlier deployment current again; nodes started with --from-store switch to it")
    .argument("<id>", "the deployment (kitwork versions lists them)")
    .option("--store <url>", STORE_HELP)
    .option("--dir <works>", DIR_HELP)
    .option("--json", "print JSON")
    // `versions` takes the same options: given after `rollback`, they may land on either command.
    .action((id: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals() as { store?: string; dir?: string; json?: boolean };
      return guarded(() => rollback(urlOf(opts), id, opts, io));
    });
}
