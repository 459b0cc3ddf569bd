// Scope analysis: resolves every identifier to a binding (or to a global) before code
// generation, so the generated code addresses locals by slot and never looks names up
// at run time. It also finds which bindings are captured by inner functions (those live
// in cells) and which reads may observe a `let`/`const` before its initialisation
// (those get a checked load).

// acorn's ESTree nodes; typed loosely because the compiler dispatches on `type` itself.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = any;

export type BindingKind = "var" | "let" | "const" | "function" | "param" | "catch" | "this" | "arguments" | "callee";

export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  readonly fn: FnScope;
  /** Referenced from an inner function: the slot holds a cell. */
  captured: boolean;
  /** Some read may happen before initialisation: the slot starts as a hole. */
  tdz: boolean;
  /** Source offset where the declaration completes (reads before it are checked). */
  declEnd: number;
  /** Declared directly in a switch case: reads are always checked. */
  inSwitch: boolean;
  /** Frame slot, assigned by the code generator when the scope is entered. */
  slot: number;
  /** A parameter of a function with defaults or patterns: in TDZ until its turn. */
  paramTdz: boolean;
}

export interface Ref {
  /** null: a global (builtin or capability). */
  readonly binding: Binding | null;
  /** The read must check for an uninitialised binding. */
  readonly checked: boolean;
}

export class Scope {
  readonly names = new Map<string, Binding>();
  constructor(
    readonly node: Node,
    readonly parent: Scope | null,
    fn: FnScope | null,
    readonly isSwitch = false,
  ) {
    this.fn = fn ?? (this as unknown as FnScope);
  }
  readonly fn: FnScope;
}

export class FnScope extends Scope {
  thisBinding: Binding | null = null;
  argumentsBinding: Binding | null = null;
  calleeBinding: Binding | null = null;
  /** Some parameter has a default value, a pattern or is a rest parameter. */
  complexParams = false;
  constructor(
    node: Node,
    parent: Scope | null,
    readonly isArrow: boolean,
    readonly isProgram: boolean,
  ) {
    super(node, parent, null);
  }
}

export interface Analysis {
  readonly scopes: Map<Node, Scope>;
  readonly refs: Map<Node, Ref>;
}

function makeBinding(name: string, kind: BindingKind, fn: FnScope, declEnd: number, inSwitch = false): Binding {
  return { name, kind, fn, captured: false, tdz: false, declEnd, inSwitch, slot: -1, paramTdz: false };
}

/** Identifiers bound by a pattern (declaration side). */
export function patternNames(p: Node, out: Node[] = []): Node[] {
  if (!p) return out;
  switch (p.type) {
    case "Identifier":
      out.push(p);
      break;
    case "ObjectPattern":
      for (const prop of p.properties) patternNames(prop.type === "RestElement" ? prop.argument : prop.value, out);
      break;
    case "ArrayPattern":
      for (const el of p.elements) if (el) patternNames(el, out);
      break;
    case "AssignmentPattern":
      patternNames(p.left, out);
      break;
    case "RestElement":
      patternNames(p.argument, out);
      break;
  }
  return out;
}

export function analyze(program: Node): Analysis {
  const scopes = new Map<Node, Scope>();
  const refs = new Map<Node, Ref>();

  function declare(scope: Scope, id: Node, kind: BindingKind, declEnd: number): void {
    const existing = scope.names.get(id.name);
    // `var` and function redeclarations share one binding, as in JS; the parser
    // already rejected illegal let/const redeclarations.
    if (existing && (kind === "var" || kind === "function") && (existing.kind === "var" || existing.kind === "function" || existing.kind === "param")) {
      refs.set(id, { binding: existing, checked: false });
      return;
    }
    const b = makeBinding(id.name, kind, scope.fn, declEnd, scope.isSwitch);
    scope.names.set(id.name, b);
    refs.set(id, { binding: b, checked: false });
  }

  /** Hoists `var` declarations (not into nested functions) to the function scope. */
  function hoistVars(node: Node, fn: FnScope): void {
    if (!node || typeof node !== "object") return;
    switch (node.type) {
      case "VariableDeclaration":
        if (node.kind === "var") for (const d of node.declarations) for (const id of patternNames(d.id)) declare(fn, id, "var", 0);
        return;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
      case "ClassDeclaration":
      case "ClassExpression":
        return;
    }
    for (const key of STATEMENT_CHILDREN) {
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) hoistVars(c, fn);
      else if (child && typeof child === "object" && typeof child.type === "string") hoistVars(child, fn);
    }
  }

  /** Declares the lexical bindings (let/const/function) found directly in a statement list. */
  function declareLexical(scope: Scope, statements: Node[]): void {
    for (const s of statements) {
      if (s.type === "VariableDeclaration" && s.kind !== "var") {
        for (const d of s.declarations) for (const id of patternNames(d.id)) declare(scope, id, s.kind, d.end);
      } else if (s.type === "FunctionDeclaration" && s.id) {
        declare(scope, s.id, "function", 0);
      }
    }
  }

  function nearestFunction(scope: Scope): FnScope {
    let fn = scope.fn;
    while (fn.isArrow) fn = fn.parent!.fn;
    return fn;
  }

  function resolve(node: Node, name: string, scope: Scope): void {
    for (let s: Scope | null = scope; s; s = s.parent) {
      const b = s.names.get(name);
      if (b) {
        const crossesFunction = b.fn !== scope.fn;
        if (crossesFunction) b.captured = true;
        const lexical = b.kind === "let" || b.kind === "const" || b.paramTdz;
        const checked = lexical && (crossesFunction || node.start < b.declEnd || b.inSwitch);
        if (checked) b.tdz = true;
        refs.set(node, { binding: b, checked });
        return;
      }
    }
    if (name === "arguments") {
      const fn = nearestFunction(scope);
      if (!fn.isProgram) {
        fn.argumentsBinding ??= makeBinding("arguments", "arguments", fn, 0);
        if (fn !== scope.fn) fn.argumentsBinding.captured = true;
        refs.set(node, { binding: fn.argumentsBinding, checked: false });
        return;
      }
    }
    refs.set(node, { binding: null, checked: false });
  }

  function resolveThis(node: Node, scope: Scope): void {
    const fn = nearestFunction(scope);
    fn.thisBinding ??= makeBinding("this", "this", fn, 0);
    if (fn !== scope.fn) fn.thisBinding.captured = true;
    refs.set(node, { binding: fn.thisBinding, checked: false });
  }

  function visitFunction(node: Node, parent: Scope): void {
    const isArrow = node.type === "ArrowFunctionExpression";
    const fn = new FnScope(node, parent, isArrow, false);
    scopes.set(node, fn);
    const complex = node.params.some((p: Node) => p.type !== "Identifier");
    fn.complexParams = complex;
    for (const p of node.params) {
      for (const id of patternNames(p)) {
        declare(fn, id, "param", p.end);
        if (complex) refs.get(id)!.binding!.paramTdz = true;
      }
    }
    if (node.expression) {
      for (const p of node.params) visitPatternDefaults(p, fn);
      visit(node.body, fn);
      return;
    }
    hoistVars(node.body, fn);
    declareLexical(fn, node.body.body);
    if (node.type === "FunctionExpression" && node.id && !fn.names.has(node.id.name)) {
      fn.calleeBinding = makeBinding(node.id.name, "callee", fn, 0);
      fn.names.set(node.id.name, fn.calleeBinding);
      refs.set(node.id, { binding: fn.calleeBinding, checked: false });
    }
    for (const p of node.params) visitPatternDefaults(p, fn);
    for (const s of node.body.body) visit(s, fn);
  }

  /** Visits the expressions inside a declaration pattern (defaults, computed keys). */
  function visitPatternDefaults(p: Node, scope: Scope): void {
    if (!p) return;
    switch (p.type) {
      case "AssignmentPattern":
        visitPatternDefaults(p.left, scope);
        visit(p.right, scope);
        break;
      case "ObjectPattern":
        for (const prop of p.properties) {
          if (prop.type === "RestElement") visitPatternDefaults(prop.argument, scope);
          else {
            if (prop.computed) visit(prop.key, scope);
            visitPatternDefaults(prop.value, scope);
          }
        }
        break;
      case "ArrayPattern":
        for (const el of p.elements) visitPatternDefaults(el, scope);
        break;
      case "RestElement":
        visitPatternDefaults(p.argument, scope);
        break;
    }
  }

  /** Visits an assignment target (expression side): identifiers are references. */
  function visitTarget(p: Node, scope: Scope): void {
    switch (p.type) {
      case "Identifier":
        resolve(p, p.name, scope);
        break;
      case "AssignmentPattern":
        visitTarget(p.left, scope);
        visit(p.right, scope);
        break;
      case "ObjectPattern":
        for (const prop of p.properties) {
          if (prop.type === "RestElement") visitTarget(prop.argument, scope);
          else {
            if (prop.computed) visit(prop.key, scope);
            visitTarget(prop.value, scope);
          }
        }
        break;
      case "ArrayPattern":
        for (const el of p.elements) if (el) visitTarget(el, scope);
        break;
      case "RestElement":
        visitTarget(p.argument, scope);
        break;
      default:
        visit(p, scope);
    }
  }

  function visitBlock(node: Node, statements: Node[], parent: Scope, isSwitch = false): Scope {
    const scope = new Scope(node, parent, parent.fn, isSwitch);
    scopes.set(node, scope);
    declareLexical(scope, statements);
    return scope;
  }

  function visitDeclarationHead(decl: Node, scope: Scope): void {
    // Declaration identifiers were bound when the scope was entered.
    for (const d of decl.declarations) {
      if (decl.kind === "var") for (const id of patternNames(d.id)) resolve(id, id.name, scope);
      visitPatternDefaults(d.id, scope);
      if (d.init) visit(d.init, scope);
    }
  }

  function visit(node: Node, scope: Scope): void {
    if (!node) return;
    switch (node.type) {
      case "Identifier":
        resolve(node, node.name, scope);
        return;
      case "ThisExpression":
        resolveThis(node, scope);
        return;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        visitFunction(node, scope);
        return;
      case "BlockStatement": {
        const inner = visitBlock(node, node.body, scope);
        for (const s of node.body) visit(s, inner);
        return;
      }
      case "VariableDeclaration":
        visitDeclarationHead(node, scope);
        return;
      case "ForStatement": {
        const head = new Scope(node, scope, scope.fn);
        scopes.set(node, head);
        if (node.init?.type === "VariableDeclaration" && node.init.kind !== "var") declareLexical(head, [node.init]);
        visit(node.init, head);
        visit(node.test, head);
        visit(node.update, head);
        visit(node.body, head);
        return;
      }
      case "ForInStatement":
      case "ForOfStatement": {
        const head = new Scope(node, scope, scope.fn);
        scopes.set(node, head);
        // The iterated expression is evaluated outside the loop variables' scope (TDZ).
        visit(node.right, scope);
        if (node.left.type === "VariableDeclaration") {
          if (node.left.kind !== "var") {
            for (const d of node.left.declarations) for (const id of patternNames(d.id)) declare(head, id, node.left.kind, 0);
          } else {
            for (const d of node.left.declarations) for (const id of patternNames(d.id)) resolve(id, id.name, head);
          }
          for (const d of node.left.declarations) visitPatternDefaults(d.id, head);
        } else visitTarget(node.left, head);
        visit(node.body, head);
        return;
      }
      case "SwitchStatement": {
        visit(node.discriminant, scope);
        const all = node.cases.flatMap((c: Node) => c.consequent);
        const inner = visitBlock(node, all, scope, true);
        for (const c of node.cases) {
          visit(c.test, inner);
          for (const s of c.consequent) visit(s, inner);
        }
        return;
      }
      case "TryStatement":
        visit(node.block, scope);
        if (node.handler) {
          const h = node.handler;
          const cs = new Scope(h, scope, scope.fn);
          scopes.set(h, cs);
          if (h.param) {
            for (const id of patternNames(h.param)) declare(cs, id, "catch", 0);
            visitPatternDefaults(h.param, cs);
          }
          visit(h.body, cs);
        }
        visit(node.finalizer, scope);
        return;
      case "AssignmentExpression":
        visitTarget(node.left, scope);
        visit(node.right, scope);
        return;
      case "UpdateExpression":
        visit(node.argument, scope);
        return;
      case "MemberExpression":
        visit(node.object, scope);
        if (node.computed) visit(node.property, scope);
        return;
      case "Property":
        if (node.computed) visit(node.key, scope);
        visit(node.value, scope);
        return;
      case "LabeledStatement":
        visit(node.body, scope);
        return;
      case "BreakStatement":
      case "ContinueStatement":
        return;
      case "MetaProperty":
        return;
    }
    for (const key of EXPRESSION_CHILDREN) {
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) visit(c, scope);
      else if (child && typeof child === "object" && typeof child.type === "string") visit(child, scope);
    }
  }

  const top = new FnScope(program, null, false, true);
  scopes.set(program, top);
  hoistVars(program, top);
  declareLexical(top, program.body);
  for (const s of program.body) visit(s, top);
  return { scopes, refs };
}

// Child keys walked generically; node types with special meaning are handled above.
const STATEMENT_CHILDREN = ["body", "consequent", "alternate", "block", "handler", "finalizer", "cases", "init", "left"];
const EXPRESSION_CHILDREN = [
  "body", "expression", "expressions", "argument", "arguments", "callee", "test", "consequent", "alternate",
  "left", "right", "elements", "properties", "quasi", "quasis", "tag", "object", "declarations", "init",
  "update", "discriminant", "cases", "block", "handler", "finalizer", "label", "value", "key",
];
