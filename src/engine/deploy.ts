// Deploying through the store. `kitwork deploy` reads a project — its kitwork.json, its
// migrations and every file of its works folder — into one deployment (store/deployments.ts);
// a node started with `kitwork start --from-store` keeps a private checkout of the
// current deployment on its own disk and follows the store: when another deployment
// becomes current (a deploy, a rollback) it writes the new files, applies the
// deployment's migrations, and reloads its works the way hot reload does — the route
// table is swapped at once, runs in flight finish on their version, and durable runs
// resume on the version they started on (pinned by content hash, kept in kw_versions).
//
// A deployment's layout does not depend on the folder it came from:
//   kitwork.json         the project's, when it has one
//   migrations/*.sql     the project's migrations (engine/project.ts migrationsRoot)
//   works/…              every file of the works folder but hidden ones, node_modules,
//                        migrations and test files: the works, and whatever else they
//                        may read (helper modules, data files)
// The project's .env is not deployed: the environment, secrets included, is each node's.

import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrationFiles } from "../db/migrate.js";
import type { Deployment, DeploymentFile, Store } from "../store/store.js";
import { CONFIG_FILE } from "./config.js";
import { findProject, migrationsRoot } from "./project.js";
import { isTestFile, listWorkFiles, relativeName } from "./works.js";
import { compareNames } from "./order.js";

/** The works folder inside a deployment (and inside a node's checkout). */
export const WORKS_PREFIX = "works/";
export const MIGRATIONS_PREFIX = "migrations/";

/** The largest file a deployment takes, and the largest deployment. */
export const MAX_DEPLOY_FILE = 4 * 1024 * 1024;
export const MAX_DEPLOY_BYTES = 32 * 1024 * 1024;

export class DeployError extends Error {}

export interface Bundle {
  files: DeploymentFile[];
  /** The works among the files (what the loader loads). */
  works: number;
  digest: string;
}

/** sha256 over the files' paths and contents, in path order. */
export function digestOf(files: DeploymentFile[]): string {
  const h = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    h.update(`${f.path}\u0000${f.data.length}\u0000`);
    h.update(f.data);
  }
  return h.digest("hex");
}

/** Segments never deployed from a works folder: hidden files and folders (.env, .kitwork/), dependencies, migrations (deployed from the project). */
function skipped(name: string): boolean {
  return name.startsWith(".") || name === "node_modules" || name === "migrations";
}

/** The files of the project a works folder belongs to, in the deployment layout. Throws a DeployError when one is too large. */
export function collectBundle(worksDir: string): Bundle {
  const project = findProject(worksDir);
  if (!fs.existsSync(project.works) || !fs.statSync(project.works).isDirectory()) throw new DeployError(`works folder not found: ${project.works}`);
  const files: DeploymentFile[] = [];
  let total = 0;
  const add = (name: string, file: string) => {
    const size = fs.statSync(file).size;
    if (size > MAX_DEPLOY_FILE) throw new DeployError(`${file}: ${size} bytes, over the ${MAX_DEPLOY_FILE / 1024 / 1024} MiB a deployed file may have`);
    total += size;
    if (total > MAX_DEPLOY_BYTES) throw new DeployError(`the deployment is over ${MAX_DEPLOY_BYTES / 1024 / 1024} MiB (at ${file}); leave what the works do not read out of the works folder`);
    files.push({ path: name, data: fs.readFileSync(file) });
  };
  if (project.config) add(CONFIG_FILE, project.config);
  const root = migrationsRoot(project);
  for (const m of migrationFiles(root)) add(MIGRATIONS_PREFIX + m, path.join(root, "migrations", m));
  const visit = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name))) {
      if (skipped(e.name)) continue;
      const full = path.join(dir, e.name);
      const rel = relativeName(project.works, full);
      // The project's kitwork.json when the works folder is the project: deployed as kitwork.json above.
      if (rel === CONFIG_FILE && project.root === project.works) continue;
      const stat = fs.statSync(full, { throwIfNoEntry: false });
      if (stat?.isDirectory()) visit(full);
      else if (stat?.isFile() && !isTestFile(e.name)) add(WORKS_PREFIX + rel, full);
    }
  };
  visit(project.works);
  return { files, works: listWorkFiles(project.works).length, digest: digestOf(files) };
}

/** Who deploys: `user@host`. */
export function deployer(): string {
  let user = process.env.USER ?? process.env.USERNAME ?? "";
  try {
    user = os.userInfo().username || user;
  } catch {
    // no passwd entry (containers): the environment's name, if any
  }
  return `${user || "unknown"}@${os.hostname()}`;
}

/** A path of a deployment that would land outside the checkout (or is not a plain relative path) is refused. */
function safePath(p: string): boolean {
  if (p === "" || p.includes("\\") || p.includes("\u0000") || path.posix.isAbsolute(p)) return false;
  return p.split("/").every((s) => s !== "" && s !== "." && s !== "..");
}

/**
 * A node's private copy of the current deployment: `<root>/kitwork.json`,
 * `<root>/migrations/`, `<root>/works/` — a project the engine loads like any other.
 */
export class Checkout {
  /** What is on disk now: path → sha256 of the content. */
  private readonly written = new Map<string, string>();

  constructor(readonly root: string) {
    fs.mkdirSync(this.worksDir, { recursive: true });
    this.writeConfig(null);
  }

  /** A fresh checkout in the system's temporary folder. */
  static temporary(): Checkout {
    return new Checkout(fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-checkout-")));
  }

  get worksDir(): string {
    return path.join(this.root, "works");
  }

  /** The project file is always there, so the project is the checkout's root (and its migrations/ are found) whatever was deployed. */
  private writeConfig(data: Buffer | null): void {
    fs.writeFileSync(path.join(this.root, CONFIG_FILE), data ?? "{}\n");
  }

  /**
   * Makes the checkout hold exactly `files`; returns the works (relative to the works
   * folder) that were there before or are there now, for the engine to reload.
   */
  apply(files: DeploymentFile[]): string[] {
    for (const f of files) if (!safePath(f.path)) throw new DeployError(`the deployment holds a file with an unsafe path: ${JSON.stringify(f.path)}`);
    const before = listWorkFiles(this.worksDir).map((f) => relativeName(this.worksDir, f));
    const next = new Map(files.map((f) => [f.path, f]));
    for (const p of [...this.written.keys()]) {
      if (next.has(p)) continue;
      if (p === CONFIG_FILE) this.writeConfig(null);
      else fs.rmSync(path.join(this.root, p), { force: true });
      this.written.delete(p);
    }
    for (const f of files) {
      const hash = createHash("sha256").update(f.data).digest("hex");
      if (this.written.get(f.path) === hash) continue;
      const file = path.join(this.root, f.path);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Written beside and renamed over: a file is never seen half written.
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, f.data);
      fs.renameSync(tmp, file);
      this.written.set(f.path, hash);
    }
    const after = listWorkFiles(this.worksDir).map((f) => relativeName(this.worksDir, f));
    return [...new Set([...before, ...after])];
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** What a following engine offers the follower (engine/engine.ts). */
export interface Followed {
  migrate(): Promise<string[]>;
  reloadConfig(): void;
  reload(files: string[]): void;
  allProblems(): unknown[];
}

export type FollowEvent =
  | { kind: "deployed"; deployment: Deployment; previous: number | null; migrations: string[]; problems: number }
  | { kind: "deploy-error"; deployment: number; error: string };

export interface FollowerOptions {
  store: Store;
  checkout: Checkout;
  /** How often the store is asked for its current deployment (default 1 s). */
  pollMs?: number;
  report: (e: FollowEvent) => void;
}

/** Keeps a checkout, and the engine serving it, on the store's current deployment. */
export class DeployFollower {
  /** The deployment the engine serves (null: none yet). */
  current: number | null = null;
  private engine: Followed | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;
  /** The last error reported (the same one is not repeated at every poll). */
  private lastError = "";

  constructor(private readonly o: FollowerOptions) {}

  /** Writes the current deployment into the checkout before the engine exists (it then loads it as its folder). */
  async prime(): Promise<Deployment | null> {
    const d = await this.o.store.currentDeployment();
    if (!d) return null;
    const files = await this.o.store.deploymentFiles(d.id);
    if (!files) return null;
    this.o.checkout.apply(files);
    this.current = d.id;
    return d;
  }

  /** The engine that serves the checkout: reloaded at every switch. */
  attach(engine: Followed): void {
    this.engine = engine;
  }

  /** One look at the store: switches to its current deployment if that is another one. Resolves with whether it switched. */
  async sync(): Promise<boolean> {
    const engine = this.engine;
    if (!engine) throw new Error("DeployFollower.sync(): no engine attached");
    const d = await this.o.store.currentDeployment();
    if (!d || d.id === this.current) return false;
    try {
      const files = await this.o.store.deploymentFiles(d.id);
      if (!files) return false; // gone meanwhile
      const works = this.o.checkout.apply(files);
      // The new works may need the new tables: migrations first; a failure keeps the previous works serving.
      const migrations = await engine.migrate();
      engine.reloadConfig();
      engine.reload(works);
      const previous = this.current;
      this.current = d.id;
      this.lastError = "";
      this.o.report({ kind: "deployed", deployment: d, previous, migrations, problems: engine.allProblems().length });
      return true;
    } catch (e) {
      const error = (e as Error).message;
      if (error !== this.lastError) this.o.report({ kind: "deploy-error", deployment: d.id, error });
      this.lastError = error;
      return false;
    }
  }

  start(): void {
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.sync().then(
        () => {},
        () => {}, // the store is briefly unavailable: the next poll asks again
      );
      await this.running;
      this.running = null;
      if (this.stopped) return;
      this.timer = setTimeout(loop, this.o.pollMs ?? 1000);
      this.timer.unref();
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
