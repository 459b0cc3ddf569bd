// The module part of a program: what a file with `import` or `export` needs to be linked
// to the files it imports (compiler/modules.ts makes it; vm/modules.ts links it).
//
// A module's top level reads and writes its imported and exported bindings through
// cells of a module environment, one per entry of `env`, which it captures like a
// closure captures its parent's cells: the linker hands every module a fresh set of
// cells per run, the cell of an imported binding being the exporter's own cell (live
// bindings). Plain data, so programs stay storable and runs stay serializable.

import type { Program } from "./program.js";

/** A module specifier as written, with the position of its string (for errors). */
export interface ModuleRequest {
  readonly specifier: string;
  readonly line: number;
  /** 0-based. */
  readonly column: number;
}

/** One cell of the module environment. */
export type EnvEntry =
  /** A top-level binding this module exports: starts uninitialised (`hole`: let, const, class, function) or undefined (var). */
  | { readonly kind: "local"; readonly name: string; readonly hole: boolean }
  /** An imported binding: the exporter's cell (`import` "*": a namespace object). */
  | { readonly kind: "import"; readonly name: string; readonly request: number; readonly import: string; readonly line: number; readonly column: number }
  /** Whether the module's evaluation has started (a cycle re-entering it returns at once). */
  | { readonly kind: "started" }
  /** The top level of requests[request]: called before this module's own statements. */
  | { readonly kind: "module"; readonly request: number };

export type ExportEntry =
  /** A binding of this module: env[local]; functions[getter] reads it for namespace objects. */
  | { readonly name: string; readonly local: number; readonly getter: number }
  /** `export { x as y } from`, `export * as ns from` (import "*"), or an imported binding exported again. */
  | { readonly name: string; readonly request: number; readonly import: string; readonly line: number; readonly column: number };

export interface ModuleInfo {
  readonly requests: readonly ModuleRequest[];
  readonly env: readonly EnvEntry[];
  readonly exports: readonly ExportEntry[];
  /** `export * from requests[i]`. */
  readonly starExports: readonly number[];
  /** The programs the requests resolve to, in the same order: set by the loader before the program runs. */
  links: Program[];
}

/** Every program of the module graph `entry` starts (entry first); just `entry` for a script. */
export function moduleGraph(entry: Program): Program[] {
  const out: Program[] = [];
  const seen = new Set<Program>();
  const todo = [entry];
  while (todo.length > 0) {
    const p = todo.shift()!;
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
    if (p.module) todo.push(...p.module.links);
  }
  return out;
}
