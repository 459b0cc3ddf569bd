// Static warnings for `kitwork check`: mistakes a work would only meet when a run
// reaches them. Each is a Problem with severity "warning", at file:line:col with a code
// frame whose caret is on the offending name or key.
//
// - Unknown globals: a name that resolves to no binding (scope analysis, as the compiler
//   resolves it) and that the realm does not define. The realm is asked, never a list
//   kept here: a global added to the realm stops warning by itself. A name the file
//   tests with `typeof` (`typeof URL !== "undefined"`) is guarded: the author expects it
//   may be missing, so none of its uses warn.
// - Unknown option keys given to capabilities (`queue(n).push(p, {dealy})`, `wait`,
//   `signal`, `http`): the shapes are runtime/options.ts. Infrastructure options are not
//   checked here: the blueprint refuses them at load (blueprint.ts INFRA_OPTIONS).

import type * as acorn from "acorn";
import type { Program } from "../bytecode/program.js";
import { codeFrame } from "../compiler/diagnostics.js";
import { type Binding, analyze } from "../compiler/scope.js";
import { CAPABILITY_OPTIONS, type OptionShape } from "../runtime/options.js";
import { memberName, parseLocated, propertyKey, walk } from "./ast.js";
import type { Problem } from "./discovery.js";
import { unknownOption } from "./suggest.js";

const NO_MODULES = 'share code between files with import and export (import { x } from "./lib/x.js"); for the world outside, use the globals (db(), http(), env(), queue()…)';
const NO_TIMERS = 'use sleep("1s") to wait (there are no timers; a run suspends and resumes instead)';

/** What to use instead of a global that works do not have. */
const HINTS: Readonly<Record<string, string>> = {
  setTimeout: NO_TIMERS,
  setImmediate: NO_TIMERS,
  clearTimeout: NO_TIMERS,
  setInterval: 'use w.every("1m") or w.cron(…) to run a work on a schedule',
  fetch: "use http(url, {method, headers, body, timeout}) for outbound HTTP",
  XMLHttpRequest: "use http(url, {method, headers, body, timeout}) for outbound HTTP",
  require: NO_MODULES,
  module: NO_MODULES,
  exports: NO_MODULES,
  __dirname: NO_MODULES,
  __filename: NO_MODULES,
  process: 'use env("NAME") to read configuration',
  window: "there is no global object: refer to globals by name",
  global: "there is no global object: refer to globals by name",
  self: "there is no global object: refer to globals by name",
};

/** Which globals a realm defines: the VM's own test for a global read (`name in realm.globals`). */
export type KnownGlobal = (name: string) => boolean;

export function lintWork(program: Program, isGlobal: KnownGlobal): Problem[] {
  const ast = parseLocated(program.source, program.module !== undefined);
  const { refs } = analyze(ast);
  const out: Problem[] = [];
  const warn = (at: acorn.Node, message: string) => {
    const { line, column } = at.loc!.start;
    out.push({ file: program.filename, line, column, message, frame: codeFrame(program.source, line, column), severity: "warning" });
  };

  // A module's imported bindings are declared by its import statements, not by the analysis.
  const imported = new Set(ast.body.flatMap((st) => (st.type === "ImportDeclaration" ? st.specifiers.map((s) => s.local.name) : [])));
  /** A free name: resolves to no binding of the script (a global). */
  const free = (n: acorn.AnyNode | acorn.Super, name?: string): n is acorn.Identifier =>
    n.type === "Identifier" && (name === undefined || n.name === name) && refs.get(n)?.binding === null && !imported.has(n.name);

  // First pass: names tested with typeof, and variables holding work() or queue(name).
  const guarded = new Set<string>();
  const works = new Set<Binding>();
  const queues = new Set<Binding>();
  const rootedAtWork = (n: acorn.Expression | acorn.Super): boolean => {
    if (n.type === "CallExpression") return free(n.callee, "work") || (n.callee.type === "MemberExpression" && rootedAtWork(n.callee.object));
    return n.type === "Identifier" && works.has(refs.get(n)?.binding as Binding);
  };
  const isQueue = (n: acorn.Expression | acorn.Super): boolean =>
    (n.type === "CallExpression" && free(n.callee, "queue")) || (n.type === "Identifier" && queues.has(refs.get(n)?.binding as Binding));
  walk(ast, (node) => {
    if (node.type === "UnaryExpression" && node.operator === "typeof" && node.argument.type === "Identifier") guarded.add(node.argument.name);
    if (node.type === "VariableDeclarator" && node.id.type === "Identifier" && node.init) {
      const b = refs.get(node.id)?.binding;
      if (b && rootedAtWork(node.init)) works.add(b);
      else if (b && isQueue(node.init)) queues.add(b);
    }
  });

  /** The capability a call reaches, as named in CAPABILITY_OPTIONS, or undefined. */
  const capabilityOf = (call: acorn.CallExpression): string | undefined => {
    const c = call.callee;
    if (c.type === "Identifier") return free(c) && (c.name === "wait" || c.name === "signal" || c.name === "http") ? c.name : undefined;
    if (c.type !== "MemberExpression") return undefined;
    const name = memberName(c);
    if (name === "push" && isQueue(c.object)) return "queue.push";
    if ((name === "get" || name === "post") && free(c.object, "http")) return `http.${name}`;
    if ((name === "wait" || name === "signal" || name === "http") && rootedAtWork(c.object)) return name;
    return undefined;
  };

  walk(ast, (node, parent) => {
    if (node.type === "Identifier" && free(node) && !isGlobal(node.name) && !guarded.has(node.name)) {
      const viaEnv = node.name === "process" && parent?.type === "MemberExpression" && parent.object === node && memberName(parent) === "env";
      const hint = viaEnv ? 'use env("NAME") instead of process.env.NAME' : HINTS[node.name];
      warn(node, `unknown global "${node.name}" — ${hint ?? "works have no such global (a run that reaches it fails with ReferenceError)"}`);
    }
    if (node.type === "CallExpression") {
      const cap = capabilityOf(node);
      const shape = cap === undefined ? undefined : (CAPABILITY_OPTIONS as Readonly<Record<string, OptionShape>>)[cap];
      const opts = shape && node.arguments[shape.arg];
      if (!shape || opts?.type !== "ObjectExpression") return;
      for (const p of opts.properties) {
        const key = propertyKey(p);
        if (key !== undefined && !shape.keys.includes(key)) warn((p as acorn.Property).key, unknownOption(`${cap}()`, key, shape.keys));
      }
    }
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
