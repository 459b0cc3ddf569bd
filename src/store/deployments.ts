// Deployments kept in the store (`kitwork deploy`): each one is a numbered, immutable set
// of files — the project's kitwork.json, its migrations and every file of its works
// folder — and exactly one is current. Nodes started with `kitwork start --from-store`
// serve the current one and follow it, so a cluster needs no shared folder.
//
// The current deployment is the one with the highest `activation`: deploying makes the
// new one current, a rollback gives an older one the next activation number. Both run
// under one lock (SQLite BEGIN IMMEDIATE, a PostgreSQL advisory lock), so ids and
// activations are never taken twice. The SQL is the same in both dialects but for the
// placeholders.

/** One file of a deployment, by its path in the deployment (`kitwork.json`, `migrations/…`, `works/…`). */
export interface DeploymentFile {
  path: string;
  data: Buffer;
}

export interface Deployment {
  /** 1, 2, 3…: in the order they were made. */
  id: number;
  createdAt: number;
  /** Who deployed it: `user@host` (or what the deployer gave). */
  createdBy: string;
  message: string | null;
  /** Works among its files (the loader's *.js files under works/). */
  works: number;
  files: number;
  /** Total size of its files. */
  bytes: number;
  /** sha256 over its file paths and contents: two deployments of the same folder have the same digest. */
  digest: string;
  /** When it last became current. */
  activatedAt: number;
  /** Whether it is the current deployment. */
  current: boolean;
}

export interface NewDeployment {
  createdBy: string;
  message: string | null;
  works: number;
  digest: string;
  files: DeploymentFile[];
}

/** The lock a PostgreSQL store takes around deploys and rollbacks (pg_advisory_xact_lock). */
export const DEPLOY_LOCK = 812302;

/**
 * How a file's bytes are kept in a TEXT column: as text when they are UTF-8 without NUL
 * (scripts, SQL, JSON: readable in the table), else base64.
 */
export function encodeFile(data: Buffer): { content: string; encoding: "utf8" | "base64" } {
  const text = data.toString("utf8");
  if (!text.includes("\u0000") && Buffer.from(text, "utf8").equals(data)) return { content: text, encoding: "utf8" };
  return { content: data.toString("base64"), encoding: "base64" };
}

export function decodeFile(content: string, encoding: string): Buffer {
  return encoding === "base64" ? Buffer.from(content, "base64") : Buffer.from(content, "utf8");
}

type Row = Record<string, unknown>;

/** The deployment columns every listing selects, with `current` computed against the highest activation. */
export const DEPLOYMENT_SELECT = `SELECT d.id, d.created_at, d.created_by, d.message, d.works, d.files, d.bytes, d.digest, d.activated_at,
  CASE WHEN d.activation = (SELECT MAX(activation) FROM kw_deployments) THEN 1 ELSE 0 END AS current FROM kw_deployments d`;

export function toDeployment(r: Row): Deployment {
  return {
    id: Number(r.id),
    createdAt: Number(r.created_at),
    createdBy: r.created_by as string,
    message: (r.message as string | null) ?? null,
    works: Number(r.works),
    files: Number(r.files),
    bytes: Number(r.bytes),
    digest: r.digest as string,
    activatedAt: Number(r.activated_at),
    current: Number(r.current) === 1,
  };
}
