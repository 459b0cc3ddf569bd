// A project: the folder that holds kitwork.json, migrations/ and the engine's state
// (.kitwork/), found from the works folder, so every command finds the same state
// whatever directory it is run from.
//
// The rule is config.ts's projectDir(): the works folder itself when it holds
// kitwork.json (or nothing holds one), else its parent when that holds kitwork.json (the
// layout `kitwork init` writes: app/kitwork.json, app/works/, app/migrations/).

import fs from "node:fs";
import path from "node:path";
import { resolveSqliteUrl } from "../db/connections.js";
import { CONFIG_FILE, projectDir } from "./config.js";

export const STATE_DIR = ".kitwork";

export interface Project {
  /** The project folder: kitwork.json, migrations/ and .kitwork/ live here. */
  readonly root: string;
  /** The works folder (the same as root, or a folder inside it). */
  readonly works: string;
  /** kitwork.json, when the project has one. */
  readonly config: string | null;
}

export class ProjectError extends Error {}

/** The project a works folder belongs to. */
export function findProject(worksDir: string): Project {
  const works = path.resolve(worksDir);
  const root = projectDir(works);
  const config = path.join(root, CONFIG_FILE);
  return { root, works, config: fs.existsSync(config) ? config : null };
}

/** The embedded store: `<project>/.kitwork/state.db`. */
export function defaultStoreUrl(p: Project): string {
  return `sqlite:${path.join(p.root, STATE_DIR, "state.db")}`;
}

/** The embedded default database: `<project>/.kitwork/data.db`. */
export function defaultDatabaseUrl(p: Project): string {
  return `sqlite:${path.join(p.root, STATE_DIR, "data.db")}`;
}

/** kitwork.json's "store", when it names one (relative sqlite paths are the project's). */
export function configuredStore(p: Project): string | undefined {
  if (!p.config) return undefined;
  let config: { store?: unknown };
  try {
    config = JSON.parse(fs.readFileSync(p.config, "utf8"));
  } catch (e) {
    throw new ProjectError(`${p.config}: not valid JSON (${(e as Error).message})`);
  }
  if (config.store === undefined) return undefined;
  if (typeof config.store !== "string" || config.store === "") throw new ProjectError(`${p.config}: "store" must be a store URL string (sqlite:path or postgres://…)`);
  return resolveSqliteUrl(config.store, p.root);
}

/**
 * The folder of migrations/*.sql: the project's. A works folder that has its own
 * migrations/ while the project is its parent is refused rather than silently skipped.
 */
export function migrationsRoot(p: Project): string {
  if (p.root !== p.works && fs.existsSync(path.join(p.works, "migrations"))) {
    throw new ProjectError(`${path.join(p.works, "migrations")}: migrations belong in the project folder beside ${CONFIG_FILE}: move them to ${path.join(p.root, "migrations")}`);
  }
  return p.root;
}
