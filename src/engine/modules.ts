// Loading a work's module graph: the work's file and every file it imports, statically,
// inside the works folder. Every file the loader reads goes through one ReadFile (the
// folder, or the files a durable run's version kept in the store), so what a work is made
// of is exactly what was read.
//
// Rules, each refused with `file:line:col` at the import and a code frame:
// - a specifier is a relative path to a .js file ("./lib/text.js", "../shared.js"):
//   no packages ("lodash", "node:fs"), no URLs, no absolute paths;
// - it stays inside the works folder, and names a file a deployment carries (not a
//   hidden file or folder, node_modules, migrations, or a *.test.js file);
// - the file exists, compiles, and exports every name imported from it;
// - it does not declare a work (a work cannot be imported: share a helper module instead).
// A file that has `import`/`export` and never calls work() is a helper module: not a work.
//
// The version of a work that imports modules is a hash over every file of its graph (name
// and content): a change to any of them is a new version. Durable runs keep that version's
// files in the store (versionSource) and resume on them (compileVersion).

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import * as acorn from "acorn";
import { type ModuleInfo, moduleGraph } from "../bytecode/module.js";
import type { Program } from "../bytecode/program.js";
import { CompileError, compile } from "../compiler/index.js";
import { codeFrame } from "../compiler/diagnostics.js";
import { nonRelativeImport } from "../compiler/modules.js";
import type { CompiledWorks } from "./compiled-cache.js";
import type { Problem } from "./discovery.js";
import { closest } from "./suggest.js";

/** Reads a file of the works folder by its "/"-separated relative name; null when there is no such file. */
export type ReadFile = (rel: string) => string | null;

/** The loader's one way of reading a works folder's files. */
export function folderReader(dir: string): ReadFile {
  return (rel) => {
    try {
      return fs.readFileSync(path.join(dir, ...rel.split("/")), "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return null;
      throw e;
    }
  };
}

export interface ModuleGraph {
  /** The work's program; its module links are set. */
  entry: Program;
  /** Every program of the graph, the entry first. */
  programs: Program[];
  /** The work's version: the entry's program hash for a single script, else a hash over the graph's files. */
  hash: string;
  /** A helper module (imports or exports, and no work() call): not a work. */
  helper: boolean;
}

export type GraphResult =
  | { ok: true; graph: ModuleGraph; reads: Set<string>; key: string }
  /** `missing`: the entry itself does not exist. */
  | { ok: false; problems: Problem[]; reads: Set<string>; key: string; missing?: boolean };

/** A specifier that cannot be resolved: the reason, shown at the import. */
class ResolveError extends Error {}

/** Path segments a deployment leaves out (engine/deploy.ts): a module there would be missing on the nodes. */
function undeployed(rel: string): string | null {
  for (const seg of rel.split("/")) {
    if (seg.startsWith(".")) return "a hidden file or folder";
    if (seg === "node_modules") return "node_modules (packages are not available to works)";
    if (seg === "migrations") return "the migrations folder";
  }
  if (/\.(test|spec)\.js$/.test(rel)) return "a test file";
  return null;
}

/** The file a specifier of `from` names, relative to the works folder. */
export function resolveSpecifier(from: string, spec: string, exists: (rel: string) => boolean): string {
  const outside = nonRelativeImport(spec);
  if (outside) throw new ResolveError(outside);
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  if (joined === ".." || joined.startsWith("../")) throw new ResolveError(`cannot import "${spec}": it is outside the works folder`);
  const skipped = undeployed(joined);
  if (skipped) throw new ResolveError(`cannot import "${spec}": ${joined} is ${skipped}, which is not part of the works`);
  if (!joined.endsWith(".js")) {
    const hint = exists(`${joined}.js`) ? ` — did you mean "${spec}.js"?` : exists(`${joined}/index.js`) ? ` — did you mean "${spec.replace(/\/$/, "")}/index.js"?` : "";
    throw new ResolveError(`cannot import "${spec}": only .js files can be imported, named in full${hint}`);
  }
  if (!exists(joined)) throw new ResolveError(`cannot import "${spec}": ${joined} does not exist in the works folder`);
  return joined;
}

/** Does the program call work() (the global, not a binding of its own)? */
export function callsWork(source: string, module: boolean): boolean {
  if (!/\bwork\s*\(/.test(source)) return false;
  let ast: acorn.Program;
  try {
    ast = acorn.parse(source, { ecmaVersion: 2022, sourceType: module ? "module" : "script", allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true });
  } catch {
    return true;
  }
  // A top-level binding named `work` shadows the global.
  for (const st of ast.body) {
    const d = st.type === "ExportNamedDeclaration" && st.declaration ? st.declaration : st;
    if ((d.type === "FunctionDeclaration" || d.type === "ClassDeclaration") && d.id?.name === "work") return false;
    if (d.type === "VariableDeclaration" && d.declarations.some((x) => x.id.type === "Identifier" && x.id.name === "work")) return false;
    if (d.type === "ImportDeclaration" && d.specifiers.some((s) => s.local.name === "work")) return false;
  }
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) stack.push(...(n as unknown[]));
    else if (n !== null && typeof n === "object") {
      const node = n as acorn.AnyNode;
      if (node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "work") return true;
      for (const v of Object.values(node)) if (v !== null && typeof v === "object") stack.push(v);
    }
  }
  return false;
}

function problemAt(file: string, source: string, line: number, column: number, message: string): Problem {
  return { file, line, column, message, frame: codeFrame(source, line, column) };
}

function compileProblem(e: CompileError): Problem {
  return { file: e.file, line: e.line, column: e.column, message: e.reason, frame: e.frame };
}

/** The version hash of a graph: the program's own for a single script, else over every file (name and content). */
export function graphHash(programs: readonly Program[]): string {
  const entry = programs[0]!;
  if (!entry.module) return entry.hash;
  const h = createHash("sha256").update(`kitwork modules\u0000${entry.filename}\u0000`);
  for (const p of [...programs].sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0))) {
    h.update(`${p.filename}\u0000${p.source.length}\u0000`).update(p.source);
  }
  return h.digest("hex");
}

function keyOfTexts(texts: Map<string, string | null>): string {
  const h = createHash("sha256");
  for (const [rel, text] of [...texts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) h.update(`${rel}\u0000${text === null ? "-" : `${text.length}\u0000${text}`}\u0000`);
  return h.digest("hex");
}

/** The key loadGraph would give now for a load that read `reads`: unchanged, the load would give the same result. */
export function readsKey(reads: Iterable<string>, read: ReadFile): string {
  return keyOfTexts(new Map([...reads].map((rel) => [rel, read(rel)])));
}

/**
 * Loads `entry` and every module it imports through `read`. Every file read (and every
 * one looked for) is in `reads`: a change to any of them may change the work. `key` is a
 * hash of what was read: the same key, the same result.
 */
export function loadGraph(entry: string, read: ReadFile, cache?: CompiledWorks | null): GraphResult {
  const reads = new Set<string>();
  const texts = new Map<string, string | null>();
  const readOnce = (rel: string): string | null => {
    if (!texts.has(rel)) {
      reads.add(rel);
      texts.set(rel, read(rel));
    }
    return texts.get(rel)!;
  };
  const keyOf = () => keyOfTexts(texts);
  const fail = (problems: Problem[], missing = false): GraphResult => ({ ok: false, problems, reads, key: keyOf(), missing });

  const source = readOnce(entry);
  if (source === null) return fail([], true);
  const programs = new Map<string, Program>();
  // A program may come from the project's compiled works (engine/compiled-cache.ts).
  const compileFile = (rel: string, text: string, asModule: boolean): Program => {
    const build = () => compile(text, { filename: rel, module: asModule });
    const p = cache ? cache.compile(asModule ? "module" : "work", rel, text, build) : build();
    programs.set(rel, p);
    return p;
  };
  let main: Program;
  try {
    main = compileFile(entry, source, false);
  } catch (e) {
    if (e instanceof CompileError) return fail([compileProblem(e)]);
    throw e;
  }
  if (!main.module) return { ok: true, graph: { entry: main, programs: [main], hash: main.hash, helper: false }, reads, key: keyOf() };

  // Breadth-first over the imports; each file compiled once.
  const queue: Program[] = [main];
  while (queue.length > 0) {
    const p = queue.shift()!;
    const m = p.module!;
    const links: Program[] = [];
    for (const req of m.requests) {
      let rel: string;
      try {
        rel = resolveSpecifier(p.filename, req.specifier, (f) => readOnce(f) !== null);
      } catch (e) {
        if (e instanceof ResolveError) return fail([problemAt(p.filename, p.source, req.line, req.column, e.message)]);
        throw e;
      }
      let dep = programs.get(rel);
      if (!dep) {
        const text = readOnce(rel)!;
        if (callsWork(text, true)) {
          return fail([problemAt(p.filename, p.source, req.line, req.column, `cannot import "${req.specifier}": ${rel} declares a work (it calls work()), and a work cannot be imported — move what both use into a helper module (a file that exports it and declares no work)`)]);
        }
        try {
          dep = compileFile(rel, text, true);
        } catch (e) {
          if (e instanceof CompileError) return fail([{ ...compileProblem(e), message: `${e.reason} (imported by ${p.filename})` }]);
          throw e;
        }
        queue.push(dep);
      }
      links.push(dep);
    }
    (m as { links: Program[] }).links = links;
  }
  const all = moduleGraph(main);
  const problems = checkImports(all);
  if (problems.length > 0) return fail(problems);
  const helper = !callsWork(source, true);
  return { ok: true, graph: { entry: main, programs: all, hash: graphHash(all), helper }, reads, key: keyOf() };
}

/** The names a module exports (its own, and through `export *`: never "default"). */
function exportNames(p: Program, seen = new Set<Program>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(p)) return out;
  seen.add(p);
  const m = p.module!;
  for (const e of m.exports) out.add(e.name);
  for (const s of m.starExports) for (const n of exportNames(m.links[s]!, seen)) if (n !== "default") out.add(n);
  return out;
}

/** Whether `name` resolves to exactly one binding of `p` (as the linker resolves it). */
function resolves(p: Program, name: string, seen = new Set<string>()): "ok" | "missing" | "ambiguous" | "cycle" {
  const key = `${p.filename}\u0000${name}`;
  if (seen.has(key)) return "cycle";
  seen.add(key);
  const m: ModuleInfo = p.module!;
  const e = m.exports.find((x) => x.name === name);
  if (e) return "local" in e || e.import === "*" ? "ok" : resolves(m.links[e.request]!, e.import, seen);
  if (name === "default") return "missing";
  const found = m.starExports.map((s) => ({ s, r: resolves(m.links[s]!, name, new Set(seen)) })).filter((x) => x.r === "ok");
  if (found.length === 0) return "missing";
  // Two star exports giving the same name: ambiguous unless both end at the same binding.
  const targets = new Set(found.map((x) => origin(m.links[x.s]!, name)));
  return targets.size === 1 ? "ok" : "ambiguous";
}

/** The file and local name a resolvable export ends at. */
function origin(p: Program, name: string, depth = 0): string {
  const m = p.module!;
  const e = m.exports.find((x) => x.name === name);
  if (!e || depth > 100) {
    for (const s of m.starExports) if (resolves(m.links[s]!, name) === "ok") return origin(m.links[s]!, name, depth + 1);
    return `${p.filename}\u0000${name}`;
  }
  if ("local" in e) return `${p.filename}\u0000${e.local}`;
  if (e.import === "*") return `${m.links[e.request]!.filename}\u0000*`;
  return origin(m.links[e.request]!, e.import, depth + 1);
}

/** Every import and re-export names an export that exists (as JS checks when it links). */
function checkImports(programs: Program[]): Problem[] {
  const problems: Problem[] = [];
  for (const p of programs) {
    const m = p.module!;
    const wanted = [
      ...m.env.flatMap((e) => (e.kind === "import" && e.import !== "*" ? [{ request: e.request, name: e.import, line: e.line, column: e.column }] : [])),
      ...m.exports.flatMap((e) => ("request" in e && e.import !== "*" ? [{ request: e.request, name: e.import, line: e.line, column: e.column }] : [])),
    ];
    for (const w of wanted) {
      const target = m.links[w.request]!;
      const r = resolves(target, w.name);
      if (r === "ok") continue;
      const spec = m.requests[w.request]!.specifier;
      let message: string;
      if (r === "ambiguous") message = `SyntaxError: the module "${spec}" exports '${w.name}' from more than one export * (ambiguous)`;
      else if (r === "cycle") message = `SyntaxError: '${w.name}' of "${spec}" is exported in a circle of re-exports`;
      else {
        const names = [...exportNames(target)];
        const near = closest(w.name, names);
        const hint = near ? ` — did you mean '${near}'?` : names.length === 0 ? " (it exports nothing)" : ` (it exports ${names.slice(0, 8).map((n) => `'${n}'`).join(", ")}${names.length > 8 ? ", …" : ""})`;
        message = `SyntaxError: the module "${spec}" does not provide an export named '${w.name}'${hint}`;
      }
      problems.push(problemAt(p.filename, p.source, w.line, w.column, message));
    }
  }
  return problems;
}

// ---------------------------------------------------------------- stored versions

/** What a stored version keeps of a graph: every file's source, by name (JSON; never a valid script). */
interface StoredModules {
  kitwork: "modules";
  entry: string;
  files: Record<string, string>;
}

/** The source a version row keeps for a work: its file's source, or for a module graph every file of it. */
export function versionSource(program: Program): string {
  if (!program.module) return program.source;
  const files: Record<string, string> = {};
  for (const p of moduleGraph(program)) files[p.filename] = p.source;
  const doc: StoredModules = { kitwork: "modules", entry: program.filename, files };
  return JSON.stringify(doc);
}

function storedModules(source: string): StoredModules | null {
  if (!source.startsWith('{"kitwork":"modules"')) return null;
  try {
    const doc = JSON.parse(source) as StoredModules;
    return doc && doc.kitwork === "modules" && typeof doc.entry === "string" && doc.files && typeof doc.files === "object" ? doc : null;
  } catch {
    return null;
  }
}

/** The program of a stored version (what versionSource kept), compiled again: its module graph is the one it was stored with. */
export function compileVersion(file: string, source: string): Program {
  const doc = storedModules(source);
  if (!doc) return compile(source, { filename: file });
  const result = loadGraph(doc.entry, (rel) => (Object.prototype.hasOwnProperty.call(doc.files, rel) ? doc.files[rel]! : null));
  if (!result.ok) throw new Error(`the stored version of ${doc.entry} does not load: ${result.problems[0]?.message ?? "its file is missing"}`);
  return result.graph.entry;
}
