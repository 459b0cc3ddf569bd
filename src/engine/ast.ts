// Reading a work's source as a located AST, for diagnostics that point inside a call
// (the key of an options object) rather than at the call a declaration was recorded at.

import * as acorn from "acorn";

/** The work's source parsed as the compiler parses it, with line/column on every node. */
export function parseLocated(source: string, module = false): acorn.Program {
  return acorn.parse(source, { ecmaVersion: 2022, sourceType: module ? "module" : "script", locations: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true });
}

/** An AST node among a node's fields (the others are strings, numbers, flags, `loc`, `regex`, a template's `value`). */
function isNode(v: unknown): v is acorn.AnyNode {
  return v !== null && typeof v === "object" && typeof (v as { type?: unknown }).type === "string";
}

/** Calls `visit` on every node, parents first, with the node's parent; every field of every node, so no kind of node is missed. */
export function walk(root: acorn.AnyNode, visit: (node: acorn.AnyNode, parent: acorn.AnyNode | null) => void): void {
  const stack: Array<[acorn.AnyNode, acorn.AnyNode | null]> = [[root, null]];
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    visit(node, parent);
    const children: acorn.AnyNode[] = [];
    for (const [key, v] of Object.entries(node) as [string, unknown][]) {
      if (key === "loc") continue;
      if (Array.isArray(v)) for (const x of v as unknown[]) if (isNode(x)) children.push(x);
      if (isNode(v)) children.push(v);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, node]);
  }
}

/** The name of a non-computed member (`o.name`), or undefined when the member is computed. */
export function memberName(m: acorn.MemberExpression): string | undefined {
  if (m.computed) return m.property.type === "Literal" && typeof m.property.value === "string" ? m.property.value : undefined;
  return m.property.type === "Identifier" ? m.property.name : undefined;
}

/** The name a call is made by: `f(…)` → "f", `a.b.f(…)` → "f". */
export function calleeName(call: acorn.CallExpression): string | undefined {
  const c = call.callee;
  if (c.type === "Identifier") return c.name;
  if (c.type === "MemberExpression") return memberName(c);
  return undefined;
}

/** The written name of an object property's key (`a:`, `"a":`), or undefined when computed. */
export function propertyKey(p: acorn.Property | acorn.SpreadElement): string | undefined {
  if (p.type !== "Property" || p.computed) return undefined;
  if (p.key.type === "Identifier") return p.key.name;
  if (p.key.type === "Literal" && typeof p.key.value === "string") return p.key.value;
  return undefined;
}

/**
 * Where the key `key` is written in the `arg`-th argument of the call to `method` that
 * starts at (line, column) — the position a declaration is recorded at. Falls back to
 * the argument, then to the call itself; null when no such call is found.
 */
export function optionKeyPosition(ast: acorn.Program, line: number, column: number, method: string, arg: number, key: string): { line: number; column: number } | null {
  let found: acorn.Position | null = null;
  walk(ast, (node) => {
    if (found || node.type !== "CallExpression" || calleeName(node) !== method) return;
    const start = node.loc!.start;
    if (start.line !== line || start.column !== column) return;
    const obj = node.arguments[arg];
    found = start;
    if (!obj) return;
    found = obj.loc!.start;
    if (obj.type !== "ObjectExpression") return;
    const prop = obj.properties.find((p) => propertyKey(p) === key);
    if (prop && prop.type === "Property") found = prop.key.loc!.start;
  });
  const pos = found as acorn.Position | null;
  return pos ? { line: pos.line, column: pos.column } : null;
}
