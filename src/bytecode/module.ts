// The module part of a program (its types are in program.ts): what a file with `import` or `export` needs to be linked
// to the files it imports (compiler/modules.ts makes it; vm/modules.ts links it).
//
// A module's top level reads and writes its imported and exported bindings through
// cells of a module environment, one per entry of `env`, which it captures like a
// closure captures its parent's cells: the linker hands every module a fresh set of
// cells per run, the cell of an imported binding being the exporter's own cell (live
// bindings). Plain data, so programs stay storable and runs stay serializable.

import type { Program } from "./program.js";

export type { EnvEntry, ExportEntry, ModuleInfo, ModuleRequest } from "./program.js";

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
