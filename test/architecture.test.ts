// The module structure of src/, checked from the imports themselves: no import cycles,
// and the layers of docs/architecture.md ("Layers", "Never:"). Every form counts —
// `import`, `import type`, `export … from`, side-effect imports, `import()` calls and
// `import("…")` types — because a type-only edge still ties two files together for
// every reader and for the next change that makes it a value import.
//
// Imports are read with TypeScript's own scanner (ts.preProcessFile), which skips
// comments and strings; the first tests check that scanner and the checks on made-up
// sources, so the real checks below cannot pass by finding nothing.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "..");
const SRC = path.join(ROOT, "src");

/** A file's path from the repository root, with forward slashes (how failures name files). */
function rel(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

/** Every module specifier in a TypeScript source, in order. */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

interface Graph {
  files: string[];
  /** file → the files of ours it imports (repository-relative). */
  edges: Map<string, Set<string>>;
  /** file → bare specifiers it imports (packages and node builtins). */
  external: Map<string, Set<string>>;
  /** Relative imports that name no file. */
  unresolved: string[];
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.name.endsWith(".ts")) out.push(p);
  }
  return out.sort();
}

/** A relative specifier as the file it names (NodeNext: `./x.js` is `./x.ts` in the sources), or null. */
function resolveRelative(from: string, spec: string): string | null {
  const target = path.resolve(path.dirname(from), spec);
  const candidates = [target.replace(/\.js$/, ".ts"), target.replace(/\.mjs$/, ".mts"), target, `${target}.ts`, path.join(target, "index.ts")];
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return null;
}

function buildGraph(sources: Map<string, string>): Graph {
  const g: Graph = { files: [...sources.keys()].map(rel).sort(), edges: new Map(), external: new Map(), unresolved: [] };
  for (const [file, text] of sources) {
    const ours = new Set<string>();
    const ext = new Set<string>();
    for (const spec of specifiers(text)) {
      if (spec.startsWith(".") || spec.startsWith("/")) {
        const target = resolveRelative(file, spec);
        if (target === null) g.unresolved.push(`${rel(file)}: "${spec}"`);
        else ours.add(rel(target));
      } else ext.add(spec);
    }
    g.edges.set(rel(file), ours);
    g.external.set(rel(file), ext);
  }
  return g;
}

/**
 * The import cycles of a graph: one per strongly connected component (Tarjan), each as a
 * shortest chain from the component's first file back to itself, plus the component's
 * other files when the chain does not pass through all of them.
 */
function findCycles(edges: Map<string, Set<string>>): Array<{ chain: string[]; tangle: string[] }> {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      components.push(comp.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);

  const cycles: Array<{ chain: string[]; tangle: string[] }> = [];
  for (const comp of components) {
    const start = comp[0]!;
    if (comp.length === 1 && !edges.get(start)?.has(start)) continue;
    // Breadth-first from start, inside the component, back to start.
    const members = new Set(comp);
    const prev = new Map<string, string>();
    const queue = [start];
    let end: string | null = null;
    while (queue.length && end === null) {
      const v = queue.shift()!;
      for (const w of [...(edges.get(v) ?? [])].sort()) {
        if (!members.has(w)) continue;
        if (w === start) {
          end = v;
          break;
        }
        if (!prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    const chain = [start];
    for (let v = end!; v !== start; v = prev.get(v)!) chain.splice(1, 0, v);
    chain.push(start);
    cycles.push({ chain, tangle: comp.filter((f) => !chain.includes(f)) });
  }
  return cycles.sort((a, b) => (a.chain[0]! < b.chain[0]! ? -1 : 1));
}

function describeCycles(cycles: Array<{ chain: string[]; tangle: string[] }>): string {
  return cycles
    .map((c) => `  ${c.chain.join(" → ")}${c.tangle.length ? `\n    (tangled with it: ${c.tangle.join(", ")})` : ""}`)
    .join("\n");
}

// ------------------------------------------------------------------ layers

/** The layer of a file: its folder under src/, or the root file's name (index, version). */
function layerOf(file: string): string {
  const parts = file.split("/");
  assert.equal(parts[0], "src", `${file} is under src/`);
  return parts.length > 2 ? parts[1]! : parts[1]!.replace(/\.ts$/, "");
}

/**
 * Which layers each layer may import (besides its own files). docs/architecture.md's
 * diagram with its arrows followed through (engine imports vm types directly), plus the
 * edges the code has and the doc states in prose. A new edge between layers is a design
 * decision: change the doc with this table.
 */
const ALLOWED: Record<string, readonly string[]> = {
  bytecode: [],
  compiler: ["bytecode"],
  vm: ["bytecode"],
  // stdlib/install.ts compiles the prelude (written in the script language) once per process.
  stdlib: ["vm", "bytecode", "compiler"],
  db: ["stdlib", "vm", "bytecode", "tracing"],
  // store/index.ts redacts connection URLs with db/connections.ts's redact().
  store: ["db", "ids"],
  runtime: ["vm", "bytecode", "stdlib", "db", "compiler", "ids", "tracing"],
  engine: ["runtime", "vm", "bytecode", "stdlib", "db", "store", "compiler", "ids", "tracing", "version"],
  server: ["engine", "runtime", "vm", "bytecode", "stdlib", "db", "store", "compiler", "ids", "tracing"],
  // src/testing/: the harness of users' tests (`kitwork/testing`) and of `kitwork run`, over the real server and engine.
  testing: ["server", "engine", "runtime", "vm", "bytecode", "stdlib", "db", "store", "compiler", "ids", "tracing"],
  cli: ["testing", "server", "engine", "runtime", "vm", "bytecode", "stdlib", "db", "store", "compiler", "version", "ids", "tracing"],
  // src/index.ts: the library's public entry point.
  index: ["runtime", "vm", "bytecode", "stdlib", "compiler", "version"],
  version: [],
  // src/ids.ts: time-ordered ids of runs and jobs (store, runtime and engine all make them).
  ids: [],
  // src/tracing.ts: spans through @opentelemetry/api, behind one start-up boolean (db, runtime and engine make spans).
  tracing: [],
};

/** The "Never:" rules, stated on their own so that loosening ALLOWED cannot drop them. */
const NEVER: Array<{ from: string; to: readonly string[]; rule: string }> = [
  { from: "vm", to: ["compiler", "runtime", "engine", "db", "store", "server", "cli", "stdlib"], rule: "the VM depends on nothing above it" },
  { from: "bytecode", to: Object.keys(ALLOWED).filter((l) => l !== "bytecode"), rule: "bytecode imports nothing of ours" },
  { from: "store", to: ["engine", "server"], rule: "store does not import the engine" },
  { from: "db", to: ["engine", "server"], rule: "db does not import the engine" },
  { from: "runtime", to: ["engine", "server"], rule: "the runtime does not import the engine or the server" },
  { from: "engine", to: ["server"], rule: "the engine does not import the server (it speaks plain data)" },
  ...Object.keys(ALLOWED)
    .filter((l) => l !== "cli")
    .map((l) => ({ from: l, to: ["cli"], rule: "nothing imports the CLI (only bin/kitwork.js runs it)" })),
];

/** Node modules that reach outside the process: files, sockets, processes, threads. */
const NODE_IO = new Set(["fs", "net", "http", "https", "http2", "dgram", "dns", "tls", "child_process", "cluster", "worker_threads", "readline", "inspector", "repl"]);

function nodeBuiltin(spec: string): string | null {
  const name = spec.startsWith("node:") ? spec.slice(5) : spec;
  return builtinModules.includes(name) || spec.startsWith("node:") ? name : null;
}

/** Rules on bare specifiers: packages and node modules. */
const EXTERNAL_RULES: Array<{ layers: readonly string[]; rule: string; bans: (spec: string) => boolean }> = [
  {
    layers: ["bytecode", "compiler", "vm", "stdlib"],
    rule: "the language layers do no I/O (no node:fs, node:net, node:http… modules)",
    bans: (s) => NODE_IO.has((nodeBuiltin(s) ?? "").split("/")[0]!),
  },
  {
    layers: ["bytecode", "vm"],
    rule: "bytecode and the VM use no packages (every value and every object is the VM's own)",
    bans: (s) => nodeBuiltin(s) === null,
  },
  {
    layers: ["engine"],
    rule: "the engine speaks plain data: node:http and sockets are adapters at the edge (server)",
    bans: (s) => ["http", "https", "http2", "net", "tls", "dgram"].includes((nodeBuiltin(s) ?? "").split("/")[0]!),
  },
];

function layerViolations(g: Graph): string[] {
  const out: string[] = [];
  for (const [file, targets] of [...g.edges].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const from = layerOf(file);
    const allowed = ALLOWED[from];
    if (allowed === undefined) {
      out.push(`${file}: the layer "${from}" is not in the table of layers (add it to ALLOWED and docs/architecture.md)`);
      continue;
    }
    for (const t of [...targets].sort()) {
      const to = layerOf(t);
      if (to === from) continue;
      for (const n of NEVER) if (n.from === from && n.to.includes(to)) out.push(`${file} imports ${t}: ${n.rule}`);
      if (!allowed.includes(to)) out.push(`${file} imports ${t}: "${from}" may import ${allowed.length ? allowed.join(", ") : "nothing of ours"}, not "${to}"`);
    }
  }
  for (const [file, specs] of [...g.external].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const from = layerOf(file);
    for (const s of [...specs].sort()) for (const r of EXTERNAL_RULES) if (r.layers.includes(from) && r.bans(s)) out.push(`${file} imports "${s}": ${r.rule}`);
  }
  return [...new Set(out)];
}

// ------------------------------------------------------------------ the checks, checked

test("the import scanner sees every form of import and nothing in comments or strings", () => {
  const found = specifiers(`import a from "./a.js";
import type { B } from "./b.js";
import { type C, c } from "./c.js";
export { d } from "./d.js";
export * from "./e.js";
export type { F } from "./f.js";
import "./g.js";
const h = await import("./h.js");
let i: import("./i.js").I;
import j = require("./j.js");
// import k from "./comment.js";
/* import("./block-comment.js") */
const s = "import y from './string.js'";
const t = \`import("./template.js")\`;`);
  assert.deepEqual(found, ["./a.js", "./b.js", "./c.js", "./d.js", "./e.js", "./f.js", "./g.js", "./h.js", "./i.js", "./j.js"]);
});

test("the cycle finder prints a cycle as a chain of files, and finds none in a tree", () => {
  const g = (pairs: Array<[string, string[]]>) => new Map(pairs.map(([k, v]) => [k, new Set(v)]));
  assert.deepEqual(findCycles(g([["a", ["b"]], ["b", ["c"]], ["c", []], ["d", ["b", "c"]]])), []);
  const cycles = findCycles(g([["a", ["b"]], ["b", ["c"]], ["c", ["a", "d"]], ["d", ["b"]], ["e", ["e"]], ["f", ["a"]]]));
  assert.equal(describeCycles(cycles), "  a → b → c → a\n    (tangled with it: d)\n  e → e");
});

test("the layer rules flag an import that crosses them", () => {
  const g: Graph = {
    files: [],
    edges: new Map([
      ["src/vm/x.ts", new Set(["src/engine/y.ts", "src/vm/z.ts", "src/bytecode/w.ts"])],
      ["src/store/s.ts", new Set(["src/cli/main.ts", "src/db/connections.ts"])],
      ["src/db/q.ts", new Set(["src/engine/engine.ts"])],
    ]),
    external: new Map([["src/vm/x.ts", new Set(["node:fs", "node:v8", "kysely"])]]),
    unresolved: [],
  };
  assert.deepEqual(layerViolations(g), [
    "src/db/q.ts imports src/engine/engine.ts: db does not import the engine",
    `src/db/q.ts imports src/engine/engine.ts: "db" may import stdlib, vm, bytecode, tracing, not "engine"`,
    "src/store/s.ts imports src/cli/main.ts: nothing imports the CLI (only bin/kitwork.js runs it)",
    `src/store/s.ts imports src/cli/main.ts: "store" may import db, ids, not "cli"`,
    "src/vm/x.ts imports src/engine/y.ts: the VM depends on nothing above it",
    `src/vm/x.ts imports src/engine/y.ts: "vm" may import bytecode, not "engine"`,
    `src/vm/x.ts imports "kysely": bytecode and the VM use no packages (every value and every object is the VM's own)`,
    `src/vm/x.ts imports "node:fs": the language layers do no I/O (no node:fs, node:net, node:http… modules)`,
  ]);
});

// ------------------------------------------------------------------ the real checks

function srcGraph(): Graph {
  const files = listTs(SRC);
  return buildGraph(new Map(files.map((f) => [f, fs.readFileSync(f, "utf8")])));
}

test("src/ is read: every layer has files, and every relative import names a file", () => {
  const g = srcGraph();
  const layers = new Set(g.files.map(layerOf));
  for (const l of Object.keys(ALLOWED)) assert.ok(layers.has(l), `src/ has a "${l}" layer`);
  const edges = [...g.edges.values()].reduce((n, s) => n + s.size, 0);
  assert.ok(edges > 100, `the scanner found the imports of src/ (${edges} edges between its files)`);
  assert.deepEqual(g.unresolved, [], "relative imports that name no file");
});

test("no import cycles under src/", () => {
  const cycles = findCycles(srcGraph().edges);
  assert.ok(cycles.length === 0, `import cycles (${cycles.length}); each line is a chain of imports back to its first file:\n${describeCycles(cycles)}`);
});

test("imports follow the layers of docs/architecture.md and its Never: rules", () => {
  const violations = layerViolations(srcGraph());
  assert.ok(violations.length === 0, `imports that cross the layers (${violations.length}):\n  ${violations.join("\n  ")}`);
});
