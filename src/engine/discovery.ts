// Discovery: runs a work's top level once, on the same VM as execution, recording its
// infrastructure calls. The run stops at the first thing that is not infrastructure —
// a capability call (db, json, now…) or a read of the trigger's input — so it performs
// no side effect. It is bounded by a small instruction budget and by running time: a
// top level that spends its budget is long-running logic (what it declared before is the
// blueprint), but one that runs out of time — a slow native, a catastrophic regex — is a
// load error naming the limit, so start-up goes on with the other works.
//
// placementIssues() adds a static check of the source, for `kitwork check`:
// infrastructure declared inside a function, under a condition, or after logic.

import * as acorn from "acorn";
import type { Program } from "../bytecode/program.js";
import { codeFrame } from "../compiler/diagnostics.js";
import { Runtime, attachFrame } from "../runtime/runtime.js";
import { newRunContext } from "../runtime/context.js";
import { DiscoveryStop } from "../runtime/stops.js";
import { LimitError, ScriptError } from "../vm/errors.js";
import { optionKeyPosition, parseLocated } from "./ast.js";
import { type Blueprint, type BlueprintError, BlueprintErrors, buildBlueprint } from "./blueprint.js";

export const DISCOVERY_BUDGET = 1_000_000;
/** Running time a work's top level gets at discovery. */
export const DISCOVERY_TIMEOUT_MS = 1000;

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  frame: string;
  /** Set when discovery ran out of time: the top level is slower than its time bound. */
  limit?: "timeout";
  /** A warning (`kitwork check`) does not keep the work from loading; absent: an error. */
  severity?: "warning";
}

export class DiscoveryError extends Error {
  /** Every problem found (invalid declarations are all reported); `problem` is the first. */
  readonly problems: Problem[];
  constructor(
    readonly problem: Problem,
    more: Problem[] = [],
  ) {
    super(`${problem.file}:${problem.line}:${problem.column + 1} ${problem.message}`);
    this.problems = [problem, ...more];
  }
  format(): string {
    return `${this.message}\n${this.problem.frame}`;
  }
}

function problem(program: Program, line: number, column: number, message: string): Problem {
  return { file: program.filename, line, column, message, frame: line > 0 ? codeFrame(program.source, line, column) : "" };
}

/** A refused declaration, with the caret on the offending option key when there is one. */
function blueprintProblem(program: Program, e: BlueprintError): Problem {
  let at = { line: e.line, column: e.column };
  if (e.option && e.line > 0) at = optionKeyPosition(parseLocated(program.source, program.module !== undefined), e.line, e.column, e.option.method, e.option.arg, e.option.key) ?? at;
  return problem(program, at.line, at.column, e.message);
}

/** How discovery treats a top level. `kitwork run` sets both: there the top level is the run. */
export interface DiscoveryOptions {
  /** Bound on its running time (default DISCOVERY_TIMEOUT_MS). */
  timeoutMs?: number;
  /** An error thrown by the top level is left to the run (which reports it with its stack), instead of keeping the work from loading. */
  errorsToRun?: boolean;
}

/** Runs discovery; returns the blueprint or throws a DiscoveryError with the position. */
export function discover(runtime: Runtime, program: Program, defaultName: string, opts: DiscoveryOptions = {}): Blueprint {
  const ctx = newRunContext({ trigger: "run", discovering: true, recordDeclarations: true, where: "discovery" });
  try {
    const out = runtime.run(program, {
      context: ctx,
      limits: { budget: DISCOVERY_BUDGET, timeoutMs: opts.timeoutMs ?? DISCOVERY_TIMEOUT_MS },
      onCapability: (fn) => {
        throw new DiscoveryStop(`called ${fn.name}()`);
      },
    });
    if (out.status === "suspended") out.run.pending.catch(() => {});
  } catch (err) {
    if (err instanceof LimitError && err.limit === "timeout") {
      const top = err.trace.find((t) => t.file === program.filename);
      throw new DiscoveryError({ ...problem(program, top?.line ?? 0, top?.column ?? 0, `discovery: ${err.message} running the top level`), limit: "timeout" });
    }
    if (err instanceof DiscoveryStop || err instanceof LimitError) {
      // Stopped before any effect (or the top level is long-running logic): what was declared so far is the blueprint.
    } else if (err instanceof ScriptError) {
      attachFrame(err, program);
      const top = err.trace.find((t) => t.file === program.filename);
      // An error in the logic after the declarations belongs to the runs (they answer
      // 500 with it); only an error while declaring keeps the work from loading.
      const last = ctx.declarations[ctx.declarations.length - 1];
      const afterDeclarations = last !== undefined && top !== undefined && (top.line > last.line || (top.line === last.line && top.column > last.column));
      if (!afterDeclarations && !opts.errorsToRun) throw new DiscoveryError(problem(program, top?.line ?? 0, top?.column ?? 0, err.message));
    } else throw err;
  }
  try {
    return buildBlueprint(ctx.declarations, defaultName, ctx.name);
  } catch (err) {
    if (err instanceof BlueprintErrors) {
      const [first, ...rest] = err.errors.map((e) => blueprintProblem(program, e));
      throw new DiscoveryError(first!, rest);
    }
    throw err;
  }
}

const INFRA = new Set(["router", "get", "post", "put", "patch", "delete", "retry", "version", "timeout", "cron", "every", "daily", "queue", "concurrency", "rateLimit"]);

/** The name of a non-computed member (`o.name`), or undefined when the member is computed. */
function memberName(m: acorn.MemberExpression): string | undefined {
  if (m.computed) return undefined;
  return m.property.type === "Identifier" || m.property.type === "PrivateIdentifier" ? m.property.name : undefined;
}

/** An AST node among a node's fields (the others are strings, numbers, flags, `loc`, `regex`, a template's `value`). */
function isNode(v: unknown): v is acorn.AnyNode {
  return v !== null && typeof v === "object" && typeof (v as { type?: unknown }).type === "string";
}

/** Is `node` a call chain of infrastructure methods rooted at work(...) or a work variable? */
function infraChain(node: acorn.AnyNode | null | undefined, workVars: Set<string>): boolean {
  if (node?.type !== "CallExpression") return false;
  const callee = node.callee;
  if (callee.type === "Identifier") return callee.name === "work";
  if (callee.type !== "MemberExpression") return false;
  const name = memberName(callee);
  if (name === undefined || !INFRA.has(name)) return false;
  const obj = callee.object;
  if (obj.type === "Identifier") return workVars.has(obj.name);
  return infraChain(obj, workVars);
}

/** Infrastructure declared inside a function, under a condition or after logic. */
export function placementIssues(program: Program): Problem[] {
  const ast = parseLocated(program.source, program.module !== undefined);
  const workVars = new Set<string>();
  const issues: Problem[] = [];
  // Parsed with `locations`: every node has its loc.
  const report = (node: acorn.Node, message: string) => issues.push(problem(program, node.loc!.start.line, node.loc!.start.column, message));

  // Top level: declarations first, then logic.
  let logicStarted = false;
  const declarationStatements = new Set<acorn.AnyNode>();
  for (const st of ast.body) {
    let isDecl = false;
    if (st.type === "VariableDeclaration") {
      isDecl = st.declarations.every((d) => d.init && infraChain(d.init, workVars));
      if (isDecl) for (const d of st.declarations) if (d.id.type === "Identifier") workVars.add(d.id.name);
    } else if (st.type === "ExpressionStatement") isDecl = infraChain(st.expression, workVars);
    if (isDecl) {
      declarationStatements.add(st);
      if (logicStarted) report(st, "infrastructure declared after logic: move it before the first line of logic, where discovery can see it");
    } else if (st.type !== "EmptyStatement" && st.type !== "FunctionDeclaration" && st.type !== "ImportDeclaration") logicStarted = true;
  }

  // Anywhere else: inside functions or control flow.
  // Every field of every node (generic, so no kind of node is missed).
  const walk = (node: unknown, inFunction: boolean, inCondition: boolean): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((n: unknown) => walk(n, inFunction, inCondition));
    if (!isNode(node)) return;
    if (declarationStatements.has(node)) return;
    const name = node.type === "CallExpression" && node.callee.type === "MemberExpression" ? memberName(node.callee) : undefined;
    if (name !== undefined && INFRA.has(name) && infraChain(node, workVars)) {
      if (inFunction) report(node, `infrastructure (${name}) declared inside a function: declare it at the top level`);
      else if (inCondition) report(node, `infrastructure (${name}) declared under a condition: discovery cannot see it reliably; declare it unconditionally at the top level`);
      else report(node, `infrastructure (${name}) declared after logic: move it before the first line of logic`);
      return;
    }
    const fn = node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";
    const cond = ["IfStatement", "ConditionalExpression", "SwitchStatement", "ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement", "TryStatement", "LogicalExpression"].includes(node.type);
    for (const [key, child] of Object.entries(node) as [string, unknown][]) {
      if (key === "loc" || key === "start" || key === "end" || key === "type") continue;
      walk(child, inFunction || fn, inCondition || cond);
    }
  };
  walk(ast.body, false, false);
  return issues;
}
