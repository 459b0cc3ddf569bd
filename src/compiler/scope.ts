// Scope analysis: resolves every identifier to a binding (or to a global) before code
// generation, so the generated code addresses locals by slot and never looks names up
// at run time. It also finds which bindings are captured by inner functions (those live
// in cells) and which reads may observe a `let`/`const` before its initialisation
// (those get a checked load).

import type * as acorn from "acorn";

export type FunctionNode = acorn.FunctionDeclaration | acorn.FunctionExpression | acorn.ArrowFunctionExpression;

/** The nodes that open a scope. */
export type ScopeNode =
  | acorn.Program
  | FunctionNode
  | acorn.BlockStatement
  | acorn.ForStatement
  | acorn.ForInStatement
  | acorn.ForOfStatement
  | acorn.SwitchStatement
  | acorn.CatchClause;

/** The nodes the analysis resolves: identifiers and `this`. */
export type RefNode = acorn.Identifier | acorn.ThisExpression;

/**
 * Everything `visit` walks: statements and expressions, and the other nodes found
 * among their children (spread elements, object properties, template chunks, `super`,
 * private names, class members). Module declarations appear only in a program's body.
 */
type Visited =
  | acorn.Statement
  | acorn.ModuleDeclaration
  | acorn.Expression
  | acorn.SpreadElement
  | acorn.Property
  | acorn.TemplateElement
  | acorn.Super
  | acorn.PrivateIdentifier
  | acorn.ClassBody
  | acorn.MethodDefinition
  | acorn.PropertyDefinition
  | acorn.StaticBlock;

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
    readonly node: ScopeNode,
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
    node: acorn.Program | FunctionNode,
    parent: Scope | null,
    readonly isArrow: boolean,
    readonly isProgram: boolean,
  ) {
    super(node, parent, null);
  }
}

export interface Analysis {
  readonly scopes: Map<ScopeNode, Scope>;
  readonly refs: Map<RefNode, Ref>;
}

function makeBinding(name: string, kind: BindingKind, fn: FnScope, declEnd: number, inSwitch = false): Binding {
  return { name, kind, fn, captured: false, tdz: false, declEnd, inSwitch, slot: -1, paramTdz: false };
}

/** The binding kind of a lexical declaration. */
function lexicalKind(kind: acorn.VariableDeclaration["kind"]): "let" | "const" {
  if (kind === "let" || kind === "const") return kind;
  // `using` declarations need ecmaVersion 2026; the parser runs at 2022.
  throw new Error(`internal: unexpected ${kind} declaration`);
}

/** Identifiers bound by a pattern (declaration side). */
export function patternNames(p: acorn.Pattern, out: acorn.Identifier[] = []): acorn.Identifier[] {
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

export function analyze(program: acorn.Program): Analysis {
  const scopes = new Map<ScopeNode, Scope>();
  const refs = new Map<RefNode, Ref>();

  function declare(scope: Scope, id: acorn.Identifier, kind: BindingKind, declEnd: number): void {
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

  /**
   * Hoists `var` declarations (not into nested functions) to the function scope, in
   * source order except that a loop's body comes before its head. The order decides
   * the slot numbers, so changing it changes the bytecode.
   */
  function hoistVars(node: acorn.Program | acorn.Statement | acorn.ModuleDeclaration, fn: FnScope): void {
    switch (node.type) {
      case "VariableDeclaration":
        if (node.kind === "var") for (const d of node.declarations) for (const id of patternNames(d.id)) declare(fn, id, "var", 0);
        return;
      case "Program":
      case "BlockStatement":
        for (const st of node.body) hoistVars(st, fn);
        return;
      case "IfStatement":
        hoistVars(node.consequent, fn);
        if (node.alternate) hoistVars(node.alternate, fn);
        return;
      case "TryStatement":
        hoistVars(node.block, fn);
        if (node.handler) hoistVars(node.handler.body, fn);
        if (node.finalizer) hoistVars(node.finalizer, fn);
        return;
      case "SwitchStatement":
        for (const c of node.cases) for (const st of c.consequent) hoistVars(st, fn);
        return;
      case "ForStatement":
        hoistVars(node.body, fn);
        if (node.init?.type === "VariableDeclaration") hoistVars(node.init, fn);
        return;
      case "ForInStatement":
      case "ForOfStatement":
        hoistVars(node.body, fn);
        if (node.left.type === "VariableDeclaration") hoistVars(node.left, fn);
        return;
      case "WhileStatement":
      case "DoWhileStatement":
      case "LabeledStatement":
      case "WithStatement":
        hoistVars(node.body, fn);
        return;
      // No declarations of this function's scope inside these (expressions hold none
      // outside nested functions and classes).
      case "FunctionDeclaration":
      case "ClassDeclaration":
      case "ExpressionStatement":
      case "ReturnStatement":
      case "ThrowStatement":
      case "BreakStatement":
      case "ContinueStatement":
      case "EmptyStatement":
      case "DebuggerStatement":
      case "ImportDeclaration":
      case "ExportNamedDeclaration":
      case "ExportDefaultDeclaration":
      case "ExportAllDeclaration":
        return;
      default: {
        const unhandled: never = node;
        void unhandled;
      }
    }
  }

  /** Declares the lexical bindings (let/const/function) found directly in a statement list. */
  function declareLexical(scope: Scope, statements: readonly (acorn.Statement | acorn.ModuleDeclaration)[]): void {
    for (const s of statements) {
      if (s.type === "VariableDeclaration" && s.kind !== "var") {
        for (const d of s.declarations) for (const id of patternNames(d.id)) declare(scope, id, lexicalKind(s.kind), d.end);
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

  function resolve(node: acorn.Identifier, name: string, scope: Scope): void {
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

  function resolveThis(node: acorn.ThisExpression, scope: Scope): void {
    const fn = nearestFunction(scope);
    fn.thisBinding ??= makeBinding("this", "this", fn, 0);
    if (fn !== scope.fn) fn.thisBinding.captured = true;
    refs.set(node, { binding: fn.thisBinding, checked: false });
  }

  function visitFunction(node: FunctionNode, parent: Scope): void {
    const isArrow = node.type === "ArrowFunctionExpression";
    const fn = new FnScope(node, parent, isArrow, false);
    scopes.set(node, fn);
    const complex = node.params.some((p) => p.type !== "Identifier");
    fn.complexParams = complex;
    for (const p of node.params) {
      for (const id of patternNames(p)) {
        declare(fn, id, "param", p.end);
        if (complex) refs.get(id)!.binding!.paramTdz = true;
      }
    }
    // An arrow with an expression body (acorn's `expression` flag).
    if (node.body.type !== "BlockStatement") {
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
  function visitPatternDefaults(p: acorn.Pattern | null, scope: Scope): void {
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
  function visitTarget(p: acorn.Pattern, scope: Scope): void {
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

  function visitBlock(node: acorn.BlockStatement | acorn.SwitchStatement, statements: readonly acorn.Statement[], parent: Scope, isSwitch = false): Scope {
    const scope = new Scope(node, parent, parent.fn, isSwitch);
    scopes.set(node, scope);
    declareLexical(scope, statements);
    return scope;
  }

  function visitDeclarationHead(decl: acorn.VariableDeclaration, scope: Scope): void {
    // Declaration identifiers were bound when the scope was entered.
    for (const d of decl.declarations) {
      if (decl.kind === "var") for (const id of patternNames(d.id)) resolve(id, id.name, scope);
      visitPatternDefaults(d.id, scope);
      if (d.init) visit(d.init, scope);
    }
  }

  function visit(node: Visited | null | undefined, scope: Scope): void {
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
            const kind = lexicalKind(node.left.kind);
            for (const d of node.left.declarations) for (const id of patternNames(d.id)) declare(head, id, kind, 0);
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
        const all = node.cases.flatMap((c) => c.consequent);
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
      // The other nodes: their children in the order the analysis has always visited them.
      case "ExpressionStatement":
      case "ChainExpression":
      case "ParenthesizedExpression":
        visit(node.expression, scope);
        return;
      case "ReturnStatement":
      case "ThrowStatement":
      case "UnaryExpression":
      case "YieldExpression":
      case "AwaitExpression":
      case "SpreadElement":
        visit(node.argument, scope);
        return;
      case "IfStatement":
      case "ConditionalExpression":
        visit(node.test, scope);
        visit(node.consequent, scope);
        visit(node.alternate, scope);
        return;
      case "WhileStatement":
      case "DoWhileStatement":
        visit(node.body, scope);
        visit(node.test, scope);
        return;
      case "WithStatement":
        visit(node.body, scope);
        visit(node.object, scope);
        return;
      case "ClassDeclaration":
      case "ClassExpression":
        visit(node.body, scope);
        return;
      case "ClassBody":
      case "StaticBlock":
        for (const m of node.body) visit(m, scope);
        return;
      case "MethodDefinition":
      case "PropertyDefinition":
        visit(node.value, scope);
        visit(node.key, scope);
        return;
      case "ArrayExpression":
        for (const el of node.elements) visit(el, scope);
        return;
      case "ObjectExpression":
        for (const p of node.properties) visit(p, scope);
        return;
      case "BinaryExpression":
      case "LogicalExpression":
        visit(node.left, scope);
        visit(node.right, scope);
        return;
      case "CallExpression":
      case "NewExpression":
        for (const a of node.arguments) visit(a, scope);
        visit(node.callee, scope);
        return;
      case "SequenceExpression":
      case "TemplateLiteral":
        for (const x of node.expressions) visit(x, scope);
        return;
      case "TaggedTemplateExpression":
        visit(node.quasi, scope);
        visit(node.tag, scope);
        return;
      // No identifiers to resolve below these.
      case "Literal":
      case "TemplateElement":
      case "Super":
      case "PrivateIdentifier":
      case "EmptyStatement":
      case "DebuggerStatement":
      case "ImportExpression":
      case "ImportDeclaration":
      case "ExportNamedDeclaration":
      case "ExportDefaultDeclaration":
      case "ExportAllDeclaration":
        return;
      default: {
        const unhandled: never = node;
        void unhandled;
      }
    }
  }

  const top = new FnScope(program, null, false, true);
  scopes.set(program, top);
  hoistVars(program, top);
  declareLexical(top, program.body);
  for (const s of program.body) visit(s, top);
  return { scopes, refs };
}
