// Scope analysis: resolves every identifier to a binding (or to a global) before code
// generation, so the generated code addresses locals by slot and never looks names up
// at run time. It also finds which bindings are captured by inner functions (those live
// in cells) and which reads may observe a `let`/`const` before its initialisation
// (those get a checked load).

import type * as acorn from "acorn";

export type FunctionNode = acorn.FunctionDeclaration | acorn.FunctionExpression | acorn.ArrowFunctionExpression;
export type ClassNode = acorn.ClassDeclaration | acorn.ClassExpression;

/** The nodes that open a scope. */
export type ScopeNode =
  | acorn.Program
  | FunctionNode
  | acorn.BlockStatement
  | acorn.ForStatement
  | acorn.ForInStatement
  | acorn.ForOfStatement
  | acorn.SwitchStatement
  | acorn.CatchClause
  | acorn.ClassDeclaration
  | acorn.ClassExpression;

/** The nodes the analysis resolves: identifiers, `this`, private names (`#x`) and `new.target`. */
export type RefNode = acorn.Identifier | acorn.ThisExpression | acorn.PrivateIdentifier | acorn.MetaProperty;

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

export type BindingKind = "var" | "let" | "const" | "function" | "param" | "catch" | "this" | "arguments" | "callee" | "newtarget";

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
  newTargetBinding: Binding | null = null;
  /**
   * A class constructor: "derived" ones start with `this` uninitialised (super() binds
   * it); `fields` is the class's field initializer when it has one (see ClassInfo).
   */
  classCtor: { readonly kind: "base" | "derived"; readonly fields: Ref | null } | null = null;
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
  readonly classes: Map<ClassNode, ClassInfo>;
  readonly supers: Map<acorn.Super, SuperRefs>;
  /** The field initializer functions (ClassInfo.fields), with their class. */
  readonly fieldInits: Map<acorn.FunctionExpression, ClassNode>;
}

/**
 * Hidden bindings of a class scope (names no identifier can spell): the constructor, its
 * prototype (the home object of instance methods, for `super.x`) and the field
 * initializer. A private name `#x` is the binding "#x" of its class scope.
 */
export const CLASS_BINDING = " class";
export const HOME_BINDING = " home";
export const FIELDS_BINDING = " fields";
/** The hidden binding holding the computed name of the class element at `index`. */
export function fieldKeyBinding(index: number): string {
  return ` key${index}`;
}

/** What the analysis made of a class; compiler/classes.ts generates it. */
export interface ClassInfo {
  /** The class scope: its inner name, private names and hidden bindings. */
  readonly scope: Scope;
  /** The constructor: the class's own, or the default one (made here as ESTree). */
  readonly ctor: acorn.FunctionExpression;
  /**
   * A function (with an empty body) that adds the instance fields and private methods
   * to `this`: called by the constructor, or right after super() returns.
   */
  readonly fields: acorn.FunctionExpression | null;
  /** For each static field with a value and each static block: a function run once with `this` the class. */
  readonly statics: Map<acorn.PropertyDefinition | acorn.StaticBlock, acorn.FunctionExpression>;
}

/** What `super` reads: the home object (or, for super(), the class), `this`, and for super() new.target and the field initializer. */
export interface SuperRefs {
  readonly home: Ref;
  readonly self: Ref;
  readonly newTarget: Ref | null;
  readonly fields: Ref | null;
}

/** An ESTree function made by the compiler (default constructors, field initializers, static elements). */
function syntheticFunction(at: acorn.Node, params: acorn.Pattern[], body: acorn.Statement[]): acorn.FunctionExpression {
  const pos = { start: at.start, end: at.end };
  return {
    type: "FunctionExpression", ...pos, id: null, params, generator: false, async: false, expression: false,
    body: { type: "BlockStatement", ...pos, body },
  } as acorn.FunctionExpression;
}

/** `constructor(...args) { super(...args); }`, the default constructor of a derived class. */
function defaultDerivedConstructor(at: acorn.Node): acorn.FunctionExpression {
  const pos = { start: at.start, end: at.start };
  const id = (): acorn.Identifier => ({ type: "Identifier", ...pos, name: "args" }) as acorn.Identifier;
  const call = {
    type: "CallExpression", ...pos, optional: false, callee: { type: "Super", ...pos },
    arguments: [{ type: "SpreadElement", ...pos, argument: id() }],
  } as acorn.CallExpression;
  const rest = { type: "RestElement", ...pos, argument: id() } as acorn.RestElement;
  return syntheticFunction(at, [rest], [{ type: "ExpressionStatement", ...pos, expression: call } as acorn.ExpressionStatement]);
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

/** A module's environment (compiler/modules.ts): bindings declared above its top level. */
export interface ModuleScope {
  /** Imports and hidden state, declared in the environment before the top level. */
  readonly bindings: ReadonlyArray<{ readonly name: string; readonly kind: BindingKind }>;
  /** Top-level names the module exports: declared in the environment instead of the top level. */
  readonly exported: ReadonlySet<string>;
  /** Set by the analysis: the environment's scope (its bindings' slots are cell indexes). */
  env?: FnScope;
}

export function analyze(program: acorn.Program, module?: ModuleScope): Analysis {
  const scopes = new Map<ScopeNode, Scope>();
  const env = module ? new FnScope(program, null, false, true) : null;
  if (module && env) {
    module.env = env;
    for (const b of module.bindings) env.names.set(b.name, makeBinding(b.name, b.kind, env, 0));
  }
  const refs = new Map<RefNode, Ref>();

  function declare(scope: Scope, id: acorn.Identifier, kind: BindingKind, declEnd: number): void {
    if (env && scope === top && module!.exported.has(id.name)) scope = env;
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
      } else if (s.type === "ClassDeclaration") {
        declare(scope, s.id, "let", s.end);
      }
    }
  }

  function nearestFunction(scope: Scope): FnScope {
    let fn = scope.fn;
    while (fn.isArrow) fn = fn.parent!.fn;
    return fn;
  }

  function resolve(node: RefNode, name: string, scope: Scope): void {
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
    // A derived constructor's `this` is in TDZ until super() returns (tdz is set there).
    refs.set(node, { binding: fn.thisBinding, checked: fn.thisBinding.tdz });
  }

  // ---- classes
  /** The binding `super` reads in the code being visited: HOME_BINDING, CLASS_BINDING, or null outside class code. */
  let superHome: string | null = null;
  /** Classes being visited, innermost last. */
  const classStack: Array<{ hasFields: boolean }> = [];
  const classes = new Map<ClassNode, ClassInfo>();
  const supers = new Map<acorn.Super, SuperRefs>();
  const fieldInits = new Map<acorn.FunctionExpression, ClassNode>();

  /** Resolves `name` from `scope` as a reference would (marking captures) and returns the ref. */
  function refTo(name: string, scope: Scope): Ref {
    const probe = { type: "Identifier", name, start: 0, end: 0 } as acorn.Identifier;
    resolve(probe, name, scope);
    const r = refs.get(probe)!;
    refs.delete(probe);
    return r;
  }
  function thisRef(scope: Scope): Ref {
    const probe = { type: "ThisExpression", start: 0, end: 0 } as acorn.ThisExpression;
    resolveThis(probe, scope);
    const r = refs.get(probe)!;
    refs.delete(probe);
    return r;
  }
  function newTargetRef(scope: Scope): Ref {
    const fn = nearestFunction(scope);
    fn.newTargetBinding ??= makeBinding("new.target", "newtarget", fn, 0);
    if (fn !== scope.fn) fn.newTargetBinding.captured = true;
    return { binding: fn.newTargetBinding, checked: false };
  }

  function visitClass(node: ClassNode, parent: Scope): void {
    const cs = new Scope(node, parent, parent.fn);
    scopes.set(node, cs);
    const hidden = (name: string) => {
      if (!cs.names.has(name)) cs.names.set(name, makeBinding(name, "var", cs.fn, 0));
    };
    hidden(CLASS_BINDING);
    hidden(HOME_BINDING);
    if (node.id) {
      const inner = makeBinding(node.id.name, "const", cs.fn, node.end);
      cs.names.set(node.id.name, inner);
      if (node.type === "ClassExpression") refs.set(node.id, { binding: inner, checked: false });
    }
    const elements = node.body.body;
    for (const m of elements) if (m.type !== "StaticBlock" && m.key.type === "PrivateIdentifier") hidden("#" + m.key.name);
    const hasFields = elements.some((m) => m.type !== "StaticBlock" && !m.static && (m.type === "PropertyDefinition" || (m.type === "MethodDefinition" && m.key.type === "PrivateIdentifier")));
    if (hasFields) hidden(FIELDS_BINDING);
    // A computed field name is evaluated with the class and kept for the field's definition.
    elements.forEach((m, i) => {
      if (m.type === "PropertyDefinition" && m.computed) hidden(fieldKeyBinding(i));
    });
    const derived = node.superClass !== null && node.superClass !== undefined;
    const own = elements.find((m): m is acorn.MethodDefinition => m.type === "MethodDefinition" && m.kind === "constructor");
    const ctor = own ? own.value : derived ? defaultDerivedConstructor(node) : syntheticFunction(node, [], []);

    // The heritage and computed keys run in the class scope, with the surrounding `this` and `super`.
    visit(node.superClass, cs);
    for (const m of elements) if (m.type !== "StaticBlock" && m.computed) visit(m.key, cs);
    const savedHome = superHome;
    classStack.push({ hasFields });
    superHome = HOME_BINDING;
    visitFunction(ctor, cs, (fn) => {
      fn.classCtor = { kind: derived ? "derived" : "base", fields: hasFields ? refTo(FIELDS_BINDING, fn) : null };
      if (derived) {
        fn.thisBinding = makeBinding("this", "this", fn, 0);
        fn.thisBinding.tdz = true;
      }
    });
    for (const m of elements) {
      if (m.type !== "MethodDefinition" || m.kind === "constructor") continue;
      superHome = m.static ? CLASS_BINDING : HOME_BINDING;
      visitFunction(m.value, cs);
    }
    let fields: acorn.FunctionExpression | null = null;
    if (hasFields) {
      fields = syntheticFunction(node.body, [], []);
      fieldInits.set(fields, node);
      superHome = HOME_BINDING;
      visitFunction(fields, cs);
      const fs = scopes.get(fields)!;
      for (const m of elements) {
        if (m.type === "StaticBlock" || m.static) continue;
        // The initializer adds each instance private element: it reads the private name.
        if (m.key.type === "PrivateIdentifier") refTo("#" + m.key.name, fs);
        if (m.type === "PropertyDefinition" && m.computed) refTo(fieldKeyBinding(elements.indexOf(m)), fs);
        if (m.type === "PropertyDefinition") visit(m.value, fs);
      }
    }
    const statics = new Map<acorn.PropertyDefinition | acorn.StaticBlock, acorn.FunctionExpression>();
    superHome = CLASS_BINDING;
    for (const m of elements) {
      let f: acorn.FunctionExpression;
      if (m.type === "StaticBlock") f = syntheticFunction(m, [], m.body);
      else if (m.type === "PropertyDefinition" && m.static && m.value) {
        f = syntheticFunction(m.value, [], [{ type: "ReturnStatement", start: m.value.start, end: m.value.end, argument: m.value } as acorn.ReturnStatement]);
      } else continue;
      statics.set(m, f);
      visitFunction(f, cs);
    }
    superHome = savedHome;
    classStack.pop();
    classes.set(node, { scope: cs, ctor, fields, statics });
  }

  function visitFunction(node: FunctionNode, parent: Scope, onScope?: (fn: FnScope) => void): void {
    const isArrow = node.type === "ArrowFunctionExpression";
    const fn = new FnScope(node, parent, isArrow, false);
    scopes.set(node, fn);
    onScope?.(fn);
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
        if (node.computed || node.property.type === "PrivateIdentifier") visit(node.property, scope);
        return;
      case "Property": {
        if (node.computed) visit(node.key, scope);
        // An object literal's methods have no home object here: `super` in them is refused.
        const saved = superHome;
        if (node.method || node.kind !== "init") superHome = null;
        visit(node.value, scope);
        superHome = saved;
        return;
      }
      case "LabeledStatement":
        visit(node.body, scope);
        return;
      case "BreakStatement":
      case "ContinueStatement":
        return;
      case "MetaProperty":
        if (node.meta.name === "new" && node.property.name === "target") refs.set(node, newTargetRef(scope));
        return;
      case "PrivateIdentifier":
        resolve(node, "#" + node.name, scope);
        return;
      case "Super":
        if (superHome !== null) supers.set(node, { home: refTo(superHome, scope), self: thisRef(scope), newTarget: null, fields: null });
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
        visitClass(node, scope);
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
        if (node.callee.type === "Super") {
          // super(...): the class (its [[Prototype]] is the parent), this, new.target, the fields.
          const cls = classStack[classStack.length - 1];
          supers.set(node.callee, {
            home: refTo(CLASS_BINDING, scope), self: thisRef(scope), newTarget: newTargetRef(scope),
            fields: cls?.hasFields ? refTo(FIELDS_BINDING, scope) : null,
          });
        } else visit(node.callee, scope);
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

  const top: FnScope = new FnScope(program, env, false, true);
  scopes.set(program, top);
  hoistVars(program, top);
  declareLexical(top, program.body);
  for (const s of program.body) visit(s, top);
  return { scopes, refs, classes, supers, fieldInits };
}
