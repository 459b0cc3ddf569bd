// ES modules: a file with `import` or `export` compiles to a program whose top level
// reads its imported and exported bindings through a module environment (see
// bytecode/module.ts), so that bindings are live across files.
//
// The module declarations are taken out of the tree before the scope analysis:
//   import { a as b } from "./x.js"     b: a binding of the environment (x's cell for a)
//   export let x = 1 / export function f x, f: declared in the environment, not the top level
//   export { x as y }, export default e  entries of `exports` ("default" for `export default e`,
//                                        a const the top level initialises)
//   export … from, export * from        entries of `exports` and `starExports`
// and a prologue is put in front of the top level, as JS evaluates modules:
//   if (started) return; started = true;  (a cycle coming back to a module that is running)
//   m0(); m1(); …                         (the imported modules, in order, each at most once)
// Hoisted functions are created before the prologue runs, so in a cycle a module can call
// the functions of a module that is still evaluating its imports, as in JS; reading a
// let, const or class binding that is not initialised yet is a ReferenceError.

import { createHash } from "node:crypto";
import type * as acorn from "acorn";
import { Op } from "../bytecode/opcodes.js";
import type { EnvEntry, ExportEntry, ModuleInfo, ModuleRequest } from "../bytecode/module.js";
import type { FunctionProto, Program } from "../bytecode/program.js";
import { FORMAT_VERSION } from "../bytecode/program.js";
import { FnGen, topLevelAwait } from "./codegen.js";
import { compileError } from "./diagnostics.js";
import { Emitter, type LineMap } from "./emitter.js";
import { type BindingKind, type ModuleScope, analyze, patternNames } from "./scope.js";

/** Hidden names of the environment: no identifier can spell them. */
const STARTED = " started";
const requestBinding = (i: number) => ` module ${i}`;

/** Does the tree hold module declarations (it was parsed as a module)? */
export function isModule(ast: acorn.Program): boolean {
  return ast.sourceType === "module" || ast.body.some((s) => s.type === "ImportDeclaration" || s.type.startsWith("Export"));
}

/** A module name as written: `x` or `"x"` (ES2022 string names). */
function nameOf(n: acorn.Identifier | acorn.Literal): string {
  return n.type === "Identifier" ? n.name : String(n.value);
}

/** The program hash of a module: its file name decides how its imports resolve, so it is part of it. */
export function moduleHash(filename: string, source: string): string {
  return createHash("sha256").update(`module\u0000${filename}\u0000`).update(source).digest("hex");
}

export interface ModuleCompileInput {
  ast: acorn.Program;
  source: string;
  filename: string;
  lineMap: LineMap;
}

/** Compiles a module's tree (parsed with sourceType "module"); links are left for the loader. */
/** Why `spec` can never name a file of the works folder (a package, builtin, URL or absolute path), or null for a relative path. */
export function nonRelativeImport(spec: string): string | null {
  if (spec.startsWith("./") || spec.startsWith("../")) return null;
  const what = /^[a-z][a-z0-9+.-]*:/i.test(spec) ? "a URL or a builtin module" : spec.startsWith("/") ? "an absolute path" : "a package";
  return `cannot import "${spec}" (${what}): works import only files of the works folder, by a relative path such as "./lib/text.js"; packages are not available (use the globals: db(), http(), env()…)`;
}

export function compileModule({ ast, source, filename, lineMap }: ModuleCompileInput): { program: Program; functions: FunctionProto[] } {
  const fail = (node: acorn.Node, message: string): never => {
    const [line, column] = lineMap.position(node.start);
    throw compileError(message, filename, source, line, column);
  };
  const requests: ModuleRequest[] = [];
  const requestIndex = new Map<string, number>();
  const request = (lit: acorn.Literal): number => {
    const spec = String(lit.value);
    // Never resolvable, whatever folder the file is in: refused here, so a program compiled on its own never reaches the VM with it.
    const outside = nonRelativeImport(spec);
    if (outside) fail(lit, outside);
    let i = requestIndex.get(spec);
    if (i === undefined) {
      const [line, column] = lineMap.position(lit.start);
      i = requests.length;
      requests.push({ specifier: spec, line, column });
      requestIndex.set(spec, i);
    }
    return i;
  };
  const at = (node: acorn.Node) => {
    const [line, column] = lineMap.position(node.start);
    return { line, column };
  };

  // The modules a file imports run from its prologue as calls that do not wait: a module
  // others import (one that exports) cannot await at its top level.
  if (ast.body.some((st) => st.type === "ExportNamedDeclaration" || st.type === "ExportDefaultDeclaration" || st.type === "ExportAllDeclaration")) {
    const aw = topLevelAwait(ast);
    if (aw) fail(aw, "top-level await is not supported in a module that exports bindings (other files import it): put the awaited code in an exported async function");
  }
  const imports: Array<{ local: string; request: number; import: string; line: number; column: number }> = [];
  const importOf = new Map<string, (typeof imports)[number]>();
  /** exported name → top-level local name. */
  const localExports: Array<{ name: string; local: string }> = [];
  const reexports: Array<{ name: string; request: number; import: string; line: number; column: number }> = [];
  const starExports: number[] = [];
  const exported = new Set<string>();
  const body: Array<acorn.Statement | acorn.ModuleDeclaration> = [];
  /** `export { x }` entries, resolved once every import is known. */
  const pendingLocal: acorn.ExportSpecifier[] = [];

  for (const st of ast.body) {
    switch (st.type) {
      case "ImportDeclaration": {
        const r = request(st.source);
        for (const s of st.specifiers) {
          const name = s.type === "ImportSpecifier" ? nameOf(s.imported) : s.type === "ImportDefaultSpecifier" ? "default" : "*";
          const entry = { local: s.local.name, request: r, import: name, ...at(s.type === "ImportSpecifier" ? s.imported : s) };
          imports.push(entry);
          importOf.set(s.local.name, entry);
        }
        break;
      }
      case "ExportNamedDeclaration": {
        if (st.source) {
          const r = request(st.source);
          for (const s of st.specifiers) reexports.push({ name: nameOf(s.exported), request: r, import: nameOf(s.local), ...at(s.local) });
        } else if (st.declaration) {
          const d = st.declaration;
          const ids = d.type === "VariableDeclaration" ? d.declarations.flatMap((x) => patternNames(x.id)) : [d.id];
          for (const id of ids) {
            localExports.push({ name: id.name, local: id.name });
            exported.add(id.name);
          }
          body.push(d);
        } else pendingLocal.push(...st.specifiers);
        break;
      }
      case "ExportDefaultDeclaration": {
        const d = st.declaration;
        if (d.type === "FunctionDeclaration" || d.type === "ClassDeclaration") {
          // `export default function () {}`: its binding is "default" (a name no identifier spells, and the function's name in JS).
          const id = d.id ?? ({ type: "Identifier", start: d.start, end: d.start, name: "default" } as acorn.Identifier);
          body.push({ ...d, id } as acorn.FunctionDeclaration | acorn.ClassDeclaration);
          localExports.push({ name: "default", local: id.name });
          exported.add(id.name);
        } else {
          const id = { type: "Identifier", start: st.start, end: st.start, name: "default" } as acorn.Identifier;
          const declarator = { type: "VariableDeclarator", start: st.start, end: st.end, id, init: d } as acorn.VariableDeclarator;
          body.push({ type: "VariableDeclaration", start: st.start, end: st.end, kind: "const", declarations: [declarator] } as acorn.VariableDeclaration);
          localExports.push({ name: "default", local: "default" });
          exported.add("default");
        }
        break;
      }
      case "ExportAllDeclaration": {
        const r = request(st.source);
        if (st.exported) reexports.push({ name: nameOf(st.exported), request: r, import: "*", ...at(st.exported) });
        else starExports.push(r);
        break;
      }
      default:
        body.push(st);
    }
  }
  for (const s of pendingLocal) {
    const local = nameOf(s.local);
    const imp = importOf.get(local);
    // An imported binding exported again is a re-export: importers get the first module's binding.
    if (imp) reexports.push({ name: nameOf(s.exported), request: imp.request, import: imp.import, line: imp.line, column: imp.column });
    else {
      localExports.push({ name: nameOf(s.exported), local });
      exported.add(local);
    }
  }
  const seenExport = new Set<string>();
  for (const e of [...localExports, ...reexports]) {
    if (seenExport.has(e.name)) fail(ast, `SyntaxError: duplicate export of '${e.name}'`);
    seenExport.add(e.name);
  }
  refuseDynamic(ast, fail);

  // The prologue, then the statements.
  const pos = { start: 0, end: 0 };
  const ident = (name: string) => ({ type: "Identifier", ...pos, name }) as acorn.Identifier;
  const prologue: acorn.Statement[] = [
    { type: "IfStatement", ...pos, test: ident(STARTED), consequent: { type: "ReturnStatement", ...pos, argument: null }, alternate: null } as acorn.IfStatement,
    {
      type: "ExpressionStatement", ...pos,
      expression: { type: "AssignmentExpression", ...pos, operator: "=", left: ident(STARTED), right: { type: "Literal", ...pos, value: true, raw: "true" } },
    } as acorn.ExpressionStatement,
    ...requests.map(
      (_, i) =>
        ({ type: "ExpressionStatement", ...pos, expression: { type: "CallExpression", ...pos, callee: ident(requestBinding(i)), arguments: [], optional: false } }) as acorn.ExpressionStatement,
    ),
  ];
  const program: acorn.Program = { ...ast, body: [...prologue, ...body] };

  const bindings: Array<{ name: string; kind: BindingKind }> = [
    { name: STARTED, kind: "var" },
    ...requests.map((_, i) => ({ name: requestBinding(i), kind: "var" as const })),
    ...imports.map((i) => ({ name: i.local, kind: "const" as const })),
  ];
  const scope: ModuleScope = { bindings, exported };
  const analysis = analyze(program, scope);
  const envScope = scope.env!;
  // The environment: its bindings' slots are the cells' indexes.
  const env: EnvEntry[] = [];
  for (const b of envScope.names.values()) {
    b.slot = env.length;
    if (b.name === STARTED) env.push({ kind: "started" });
    else if (b.name.startsWith(" module ")) env.push({ kind: "module", request: Number(b.name.slice(" module ".length)) });
    else {
      const imp = importOf.get(b.name);
      if (imp) env.push({ kind: "import", name: b.name, request: imp.request, import: imp.import, line: imp.line, column: imp.column });
      else env.push({ kind: "local", name: b.name, hole: b.kind !== "var" });
    }
  }

  const functions: FunctionProto[] = [];
  const ctx = { source, lineMap, analysis, functions };
  FnGen.generate(ctx, new FnGen(ctx, null, envScope), program, "<main>");

  // A getter per exported binding, for namespace objects: `-> captured[0].v` (checked).
  const exports: ExportEntry[] = [];
  for (const e of localExports) {
    const b = envScope.names.get(e.local);
    if (!b) fail(ast, `internal: export ${e.name} has no binding`);
    const g = new Emitter(lineMap);
    g.captures.push({ fromParentSlot: true, index: b!.slot, name: e.local });
    g.emit(Op.GET_CAP_CHK, 0, g.constant(e.local));
    g.emit(Op.RETURN);
    const index = functions.length;
    functions.push({
      index, name: e.name, code: Int32Array.from(g.code), consts: g.consts, nparams: 0, length: 0, nslots: 0, restSlot: -1,
      captures: g.captures, isArrow: true, constructable: false, usesArguments: false, maxStack: 0, lines: Int32Array.from(g.lines), slotNames: [],
    });
    exports.push({ name: e.name, local: b!.slot, getter: index });
  }
  exports.push(...reexports);
  const module: ModuleInfo = { requests, env, exports, starExports, links: [] };
  return {
    functions,
    program: { formatVersion: FORMAT_VERSION, filename, source, hash: moduleHash(filename, source), functions, module },
  };
}

/** import() and import.meta: a clear compile error (imports are static, at the top of a file). */
function refuseDynamic(ast: acorn.Program, fail: (node: acorn.Node, message: string) => never): void {
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    if (node === null || typeof node !== "object" || typeof (node as { type?: unknown }).type !== "string") continue;
    const n = node as acorn.AnyNode;
    if (n.type === "ImportExpression") fail(n, 'import() is not supported: import other files of the works folder with a static import at the top of the file (import { x } from "./lib/x.js")');
    if (n.type === "MetaProperty" && n.meta.name === "import") fail(n, "import.meta is not supported");
    for (const [k, v] of Object.entries(n)) if (k !== "loc" && v && typeof v === "object") stack.push(v);
  }
}
