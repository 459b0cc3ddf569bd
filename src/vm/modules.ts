// Linking a module graph for one run: every module of the graph gets a fresh environment
// (bytecode/module.ts) and its top level a closure over it. An imported binding's cell is
// the exporter's own cell, so bindings are live; a namespace object (`import * as ns`)
// reads them through getters. Everything made here is ordinary VM data (cells,
// closures, objects): a run that suspends inside a module snapshots like any other.
//
// The loader has checked the graph (every import names an export that exists); what
// fails here is a host bug.

import type { ExportEntry } from "../bytecode/module.js";
import type { Program } from "../bytecode/program.js";
import type { Realm } from "./realm.js";
import { Accessor, Cell, HOLE, KClosure, KObject } from "./values.js";

interface ModuleRecord {
  readonly program: Program;
  readonly env: Cell[];
  namespace: KObject | null;
}

/** A resolved export: a binding (its cell and the getter reading it) or a namespace. */
type Resolved = { cell: Cell; program: Program; getter: number } | { namespace: ModuleRecord };

/** The top level of `entry`, linked with the modules it imports (fresh cells for this run). */
export function linkModules(realm: Realm, entry: Program): KClosure {
  const records = new Map<Program, ModuleRecord>();
  const recordOf = (p: Program): ModuleRecord => {
    let r = records.get(p);
    if (!r) {
      const m = p.module!;
      const env = m.env.map((e) => new Cell(e.kind === "local" ? (e.hole ? HOLE : undefined) : e.kind === "started" ? false : undefined));
      r = { program: p, env, namespace: null };
      records.set(p, r);
      for (const l of m.links) recordOf(l);
    }
    return r;
  };
  recordOf(entry);
  const link = (r: ModuleRecord, request: number): ModuleRecord => {
    const p = r.program.module!.links[request];
    if (!p) throw new Error(`${r.program.filename}: module ${r.program.module!.requests[request]?.specifier} is not linked`);
    return records.get(p)!;
  };

  const resolve = (r: ModuleRecord, name: string, seen: Set<string>): Resolved | null => {
    const key = `${r.program.hash}\u0000${name}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const m = r.program.module!;
    const e: ExportEntry | undefined = m.exports.find((x) => x.name === name);
    if (e) {
      if ("local" in e) return { cell: r.env[e.local]!, program: r.program, getter: e.getter };
      const target = link(r, e.request);
      return e.import === "*" ? { namespace: target } : resolve(target, e.import, seen);
    }
    if (name === "default") return null;
    let found: Resolved | null = null;
    for (const s of m.starExports) {
      const x = resolve(link(r, s), name, new Set(seen));
      if (!x) continue;
      if (found && !same(found, x)) return null; // ambiguous: not exported
      found = x;
    }
    return found;
  };

  // Imported bindings: the exporters' cells.
  for (const r of records.values()) {
    r.program.module!.env.forEach((e, i) => {
      if (e.kind !== "import") return;
      const target = link(r, e.request);
      if (e.import === "*") {
        r.env[i] = new Cell(namespaceOf(target));
        return;
      }
      const x = resolve(target, e.import, new Set());
      if (!x) throw new Error(`${r.program.filename}: ${target.program.filename} does not export ${e.import}`);
      r.env[i] = "namespace" in x ? new Cell(namespaceOf(x.namespace)) : x.cell;
    });
  }
  const mains = new Map<ModuleRecord, KClosure>();
  for (const r of records.values()) {
    const main = r.program.functions[0]!;
    mains.set(r, new KClosure(realm.FunctionProto, main, main.captures.map((c) => r.env[c.index]!)));
  }
  for (const r of records.values()) {
    r.program.module!.env.forEach((e, i) => {
      if (e.kind === "module") r.env[i]!.v = mains.get(link(r, e.request));
    });
  }
  // Filling one namespace can make another (`export * as ns from`): until none is left.
  const filled = new Set<ModuleRecord>();
  for (let more = true; more; ) {
    more = false;
    for (const r of records.values()) {
      if (!r.namespace || filled.has(r)) continue;
      filled.add(r);
      fillNamespace(r);
      more = true;
    }
  }
  return mains.get(records.get(entry)!)!;

  function namespaceOf(r: ModuleRecord): KObject {
    return (r.namespace ??= new KObject(null));
  }

  /** The names a module exports: its own, then those of its star exports that are not ambiguous (never "default"). */
  function exportNames(r: ModuleRecord, seen: Set<ModuleRecord>): Set<string> {
    const out = new Set<string>();
    if (seen.has(r)) return out;
    seen.add(r);
    const m = r.program.module!;
    for (const e of m.exports) out.add(e.name);
    for (const s of m.starExports) for (const n of exportNames(link(r, s), seen)) if (n !== "default") out.add(n);
    return out;
  }

  function fillNamespace(r: ModuleRecord): void {
    const ns = r.namespace!;
    const names = [...exportNames(r, new Set())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const x = resolve(r, name, new Set());
      if (!x) continue;
      if ("namespace" in x) ns.props[name] = namespaceOf(x.namespace);
      else {
        ns.props[name] = new Accessor(new KClosure(realm.FunctionProto, x.program.functions[x.getter]!, [x.cell]), undefined);
        ns.hasAccessors = true;
      }
    }
    ns.frozen = true;
  }
}

function same(a: Resolved, b: Resolved): boolean {
  if ("namespace" in a) return "namespace" in b && a.namespace === b.namespace;
  return "cell" in b && a.cell === b.cell;
}
