// The registry: the current version of every work, and the route table built from their
// blueprints. Each change builds a new immutable RouteTable that replaces the old one at
// once, so a request sees either the old set of works or the new one, never a mix.

import { createRequire } from "node:module";
import type { Problem } from "./discovery.js";
import type { WorkVersion } from "./works.js";
import { compareNames } from "./order.js";

// semver's functions on first use (a route served by two versions, an Accept-Version
// header), not at import: the package's index loads all ~50 of its modules.
const require = createRequire(import.meta.url);
const rcompare = (a: string, b: string) => (require("semver/functions/rcompare.js") as typeof import("semver/functions/rcompare.js"))(a, b);
const validRange = (r: string) => (require("semver/ranges/valid.js") as typeof import("semver/ranges/valid.js"))(r);
const satisfies = (v: string, r: string) => (require("semver/functions/satisfies.js") as typeof import("semver/functions/satisfies.js"))(v, r);

export interface RouteEntry {
  method: string;
  path: string;
  /** Versions serving this route, newest first (a work without a label counts as 0.0.0). */
  versions: WorkVersion[];
}

export interface RouteTable {
  readonly routes: RouteEntry[];
  /** Conflicts found while building: each names both files. */
  readonly conflicts: Problem[];
}

const versionOf = (w: WorkVersion) => w.blueprint.version ?? "0.0.0";

function conflict(w: WorkVersion, message: string): Problem {
  return { file: w.file, line: 0, column: 0, message, frame: "" };
}

/** Builds the route table; works involved in a conflict keep only their non-conflicting routes out (the later file loses). */
export function buildRoutes(works: WorkVersion[]): RouteTable {
  const conflicts: Problem[] = [];
  const byName = new Map<string, WorkVersion>();
  const accepted: WorkVersion[] = [];
  for (const w of [...works].sort((a, b) => compareNames(a.file, b.file))) {
    const other = byName.get(w.name);
    if (other) {
      conflicts.push(conflict(w, `duplicate work name "${w.name}": also declared by ${other.file} (not loaded)`));
      continue;
    }
    byName.set(w.name, w);
    accepted.push(w);
  }
  const table = new Map<string, RouteEntry>();
  for (const w of accepted) {
    for (const r of w.blueprint.routes) {
      const key = `${r.method} ${normalisePath(r.path)}`;
      let entry = table.get(key);
      if (!entry) table.set(key, (entry = { method: r.method, path: r.path, versions: [] }));
      const clash = entry.versions.find((v) => versionOf(v) === versionOf(w));
      if (clash) {
        const label = w.blueprint.versionLabel ? ` version ${w.blueprint.versionLabel}` : "";
        conflicts.push(conflict(w, `route ${r.method} ${r.path}${label} conflicts with ${clash.file} (route not registered)`));
        continue;
      }
      entry.versions.push(w);
    }
  }
  for (const e of table.values()) e.versions.sort((a, b) => rcompare(versionOf(a), versionOf(b)));
  return { routes: [...table.values()], conflicts };
}

/** "/users/:id" and "/users/:name" are the same route. */
function normalisePath(p: string): string {
  return p.replace(/:[^/]+/g, ":").replace(/\/+$/, "") || "/";
}

export class AcceptVersionError extends Error {}

/** Picks the version for an Accept-Version header (a semver range); null header → newest. */
export function pickVersion(entry: RouteEntry, acceptVersion: string | undefined): WorkVersion | null {
  if (acceptVersion === undefined || acceptVersion.trim() === "") return entry.versions[0] ?? null;
  const range = validRange(acceptVersion.trim());
  if (range === null) throw new AcceptVersionError(`invalid Accept-Version ${JSON.stringify(acceptVersion)}: expected a semver range such as "2", "1.x" or "^2.1"`);
  return entry.versions.find((w) => satisfies(versionOf(w), range)) ?? null;
}
