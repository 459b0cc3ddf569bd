// Loading works: a file becomes a WorkVersion (program + blueprint, identified by its
// content hash) or a load Problem with file:line:col and a code frame.

import fs from "node:fs";
import path from "node:path";
import type { Program } from "../bytecode/program.js";
import { CompileError, compile } from "../compiler/index.js";
import type { Runtime } from "../runtime/runtime.js";
import type { Blueprint } from "./blueprint.js";
import type { CompiledWorks } from "./compiled-cache.js";
import { DiscoveryError, type DiscoveryOptions, type Problem, discover } from "./discovery.js";
import { type ReadFile, loadGraph } from "./modules.js";
import { compareNames } from "./order.js";

export interface WorkVersion {
  /** Path relative to the works folder, with "/" separators: the work's identity on disk. */
  file: string;
  name: string;
  /** sha256 of the source — for a work that imports modules, of every file of its graph (engine/modules.ts): every change makes a new version. */
  hash: string;
  program: Program;
  blueprint: Blueprint;
  loadedAt: number;
}

/** A failed load names its first problem, and every problem found in the file (a compile error stops at the first). */
export type LoadResult = { ok: true; work: WorkVersion } | { ok: false; problem: Problem; problems: Problem[] };

/** A user's test file beside the works (`*.test.js`, `*.spec.js`): run by the test runner, never loaded as a work. */
export function isTestFile(name: string): boolean {
  return /\.(test|spec)\.js$/.test(name);
}

/** Files that are works: *.js under the folder, except test files, dependencies, hidden folders and migrations. */
export function listWorkFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => compareNames(a.name, b.name))) {
      if (e.name.startsWith(".") || e.name === "node_modules" || e.name === "migrations") continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) visit(full);
      else if (e.isFile() && e.name.endsWith(".js") && !isTestFile(e.name)) out.push(full);
    }
  };
  visit(dir);
  return out;
}

export function relativeName(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join("/");
}

/** Compiles and discovers one work from its source. */
export function loadWork(runtime: Runtime, rel: string, source: string, discovery: DiscoveryOptions = {}): LoadResult {
  let program: Program;
  try {
    program = compile(source, { filename: rel });
  } catch (e) {
    if (e instanceof CompileError) {
      const problem = { file: rel, line: e.line, column: e.column, message: e.reason, frame: e.frame };
      return { ok: false, problem, problems: [problem] };
    }
    throw e;
  }
  try {
    const blueprint = discover(runtime, program, rel.replace(/\.js$/, ""), discovery);
    return { ok: true, work: { file: rel, name: blueprint.name, hash: program.hash, program, blueprint, loadedAt: Date.now() } };
  } catch (e) {
    if (e instanceof DiscoveryError) return { ok: false, problem: e.problem, problems: e.problems };
    throw e;
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column + 1} ${p.severity === "warning" ? "warning: " : ""}${p.message}${p.frame ? `\n${p.frame}` : ""}`;
}

/** What loading one file of the folder gave: a work (or its problems), a helper module, or nothing (no such file). */
export type FileLoad =
  | { kind: "work"; result: LoadResult; reads: Set<string>; key: string }
  /** The graph is the one `previous` was loaded from: nothing to discover again. */
  | { kind: "same"; reads: Set<string>; key: string }
  | { kind: "helper"; reads: Set<string>; key: string }
  | { kind: "missing"; reads: Set<string>; key: string };

/**
 * Loads the work in `rel` with the modules it imports, every file read through `read`.
 * `reads` are the files it read (or looked for): a change to any of them may change it.
 * A file with import/export that declares no work() is a helper module, unless `entry`
 * says it is to be run as it is (`kitwork run file.js`).
 */
export function loadWorkFile(runtime: Runtime, rel: string, read: ReadFile, opts: { discovery?: DiscoveryOptions; entry?: boolean; previous?: WorkVersion; compiled?: CompiledWorks | null } = {}): FileLoad {
  const g = loadGraph(rel, read, opts.compiled);
  const { reads, key } = g;
  if (!g.ok) {
    if (g.missing) return { kind: "missing", reads, key };
    return { kind: "work", result: { ok: false, problem: g.problems[0]!, problems: g.problems }, reads, key };
  }
  if (g.graph.helper && !opts.entry) return { kind: "helper", reads, key };
  if (opts.previous && opts.previous.hash === g.graph.hash) return { kind: "same", reads, key };
  const program = g.graph.entry;
  try {
    const blueprint = discover(runtime, program, rel.replace(/\.js$/, ""), opts.discovery);
    return { kind: "work", result: { ok: true, work: { file: rel, name: blueprint.name, hash: g.graph.hash, program, blueprint, loadedAt: Date.now() } }, reads, key };
  } catch (e) {
    if (e instanceof DiscoveryError) return { kind: "work", result: { ok: false, problem: e.problem, problems: e.problems }, reads, key };
    throw e;
  }
}
