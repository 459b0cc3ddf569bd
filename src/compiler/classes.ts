// Code generation for classes: declarations and expressions, their constructors,
// methods, accessors, fields, static elements, private names and `super`.
//
// A class compiles to plain closures and objects, so a run holding instances, classes
// or a frame inside a method snapshots like any other:
//   - the class scope (scope.ts) holds hidden bindings: the constructor (" class"), its
//     prototype (" home", the home object of instance methods), the field initializer
//     (" fields") and one binding per private name ("#x", a KPrivateName);
//   - MAKE_CLASS turns the constructor closure into a class: it links the parent and
//     makes the prototype object; DEFINE_METHOD puts methods and accessors on either;
//   - instance fields and private methods are added by the field initializer, a
//     function with `this` the new object, called first thing by a base constructor
//     and right after super() returns in a derived one;
//   - static fields and blocks are functions run once with `this` the class;
//   - a derived constructor's `this` is a binding in TDZ until super() binds it.

import type * as acorn from "acorn";
import { Op } from "../bytecode/opcodes.js";
import type { Emitter } from "./emitter.js";
import {
  type Analysis, type Binding, CLASS_BINDING, type ClassNode, FIELDS_BINDING, type FunctionNode, HOME_BINDING, type Ref, type Scope, type SuperRefs, fieldKeyBinding,
} from "./scope.js";
import { Unsupported, propertyKeyName } from "./unsupported.js";

/** What these functions use of a function's code generator (codegen.ts's FnGen). */
export interface FnGen {
  readonly e: Emitter;
  readonly ctx: { readonly analysis: Analysis };
  enterScope(scope: Scope, isBlock: boolean): void;
  closure(node: FunctionNode, name: string, isMethod?: boolean): void;
  loadBinding(b: Binding, checked: boolean, at: acorn.AnyNode): void;
  storeBinding(b: Binding, isInit: boolean, at: acorn.AnyNode): void;
  expr(node: acorn.Expression | acorn.PrivateIdentifier): void;
  namedExpr(node: acorn.Expression, name: string): void;
  argumentArray(args: readonly (acorn.Expression | acorn.SpreadElement)[]): void;
}

/** The method kinds DEFINE_METHOD and SET_PRIVATE_METHOD take. */
const METHOD_KIND = { method: 0, get: 1, set: 2 } as const;

type Element = acorn.MethodDefinition | acorn.PropertyDefinition | acorn.StaticBlock;

function isPrivate(m: Element): m is (acorn.MethodDefinition | acorn.PropertyDefinition) & { key: acorn.PrivateIdentifier } {
  return m.type !== "StaticBlock" && m.key.type === "PrivateIdentifier";
}

function loadRef(g: FnGen, ref: Ref, at: acorn.AnyNode): void {
  g.loadBinding(ref.binding!, ref.checked, at);
}

/** Compiles a class; leaves the class (its constructor) on the stack. */
export function genClass(g: FnGen, node: ClassNode, inferredName: string): void {
  const e = g.e;
  const info = g.ctx.analysis.classes.get(node);
  if (!info) throw new Unsupported(node, "internal: a class the analysis did not see");
  const cs = info.scope;
  const hidden = (name: string): Binding => cs.names.get(name)!;
  const className = node.id?.name ?? inferredName;
  const elements = node.body.body;
  e.at(node);
  g.enterScope(cs, true);

  // Private names: one per evaluation of the class.
  const privateNames = new Set<string>();
  for (const m of elements) {
    if (!isPrivate(m) || privateNames.has(m.key.name)) continue;
    privateNames.add(m.key.name);
    e.emit(Op.NEW_PRIVATE, e.constant("#" + m.key.name), e.constant(className));
    g.storeBinding(hidden("#" + m.key.name), true, m.key);
  }

  // The constructor becomes the class.
  if (node.superClass) g.expr(node.superClass);
  else e.emit(Op.PUSH_UNDEF);
  g.closure(info.ctor, className);
  e.at(node);
  e.emit(Op.MAKE_CLASS, node.superClass ? 1 : 0);
  g.storeBinding(hidden(HOME_BINDING), true, node);
  g.storeBinding(hidden(CLASS_BINDING), true, node);

  // Methods and accessors, in order; private ones are kept on their private name. Computed
  // field names are evaluated in the same pass and kept for the fields' definitions.
  for (const [i, m] of elements.entries()) {
    if (m.type === "PropertyDefinition" && m.computed) {
      g.expr(m.key);
      g.storeBinding(hidden(fieldKeyBinding(i)), true, m.key);
      continue;
    }
    if (m.type !== "MethodDefinition" || m.kind === "constructor") continue;
    const kind = METHOD_KIND[m.kind];
    if (isPrivate(m)) {
      g.loadBinding(hidden("#" + m.key.name), false, m.key);
      g.closure(m.value, "#" + m.key.name, true);
      e.emit(Op.SET_PRIVATE_METHOD, kind);
      e.emit(Op.POP);
      continue;
    }
    g.loadBinding(hidden(m.static ? CLASS_BINDING : HOME_BINDING), false, m);
    const name = m.computed ? "" : propertyKeyName(m.key);
    if (m.computed) g.expr(m.key);
    else e.emit(Op.PUSH_CONST, e.constant(name));
    g.closure(m.value, name, true);
    e.at(m);
    e.emit(Op.DEFINE_METHOD, kind);
    e.emit(Op.POP);
  }

  if (info.fields) {
    g.closure(info.fields, className, true);
    g.storeBinding(hidden(FIELDS_BINDING), true, node);
  }

  // The inner name is bound before the static elements run (they may use it).
  if (node.id) {
    g.loadBinding(hidden(CLASS_BINDING), false, node);
    g.storeBinding(cs.names.get(node.id.name)!, true, node.id);
  }

  // Static private methods, then static fields and blocks in order, with `this` the class.
  const staticMethods = new Set<string>();
  for (const m of elements) {
    if (m.type !== "MethodDefinition" || !m.static || !isPrivate(m) || staticMethods.has(m.key.name)) continue;
    staticMethods.add(m.key.name);
    g.loadBinding(hidden(CLASS_BINDING), false, m);
    g.loadBinding(hidden("#" + m.key.name), false, m.key);
    e.emit(Op.ADD_PRIVATE_METHOD);
    e.emit(Op.POP);
  }
  const runStatic = (m: acorn.PropertyDefinition | acorn.StaticBlock): void => {
    const f = info.statics.get(m);
    if (!f) return void e.emit(Op.PUSH_UNDEF); // a field without a value
    g.closure(f, "", true);
    g.loadBinding(hidden(CLASS_BINDING), false, m);
    e.at(m);
    e.emit(Op.CALL, 0, e.constant(className));
  };
  for (const m of elements) {
    if (m.type === "StaticBlock") {
      runStatic(m);
      e.emit(Op.POP);
    } else if (m.type === "PropertyDefinition" && m.static) {
      g.loadBinding(hidden(CLASS_BINDING), false, m);
      if (isPrivate(m)) {
        g.loadBinding(hidden("#" + m.key.name), false, m.key);
        runStatic(m);
        e.at(m);
        e.emit(Op.DEFINE_PRIVATE);
      } else {
        if (m.computed) g.loadBinding(hidden(fieldKeyBinding(elements.indexOf(m))), false, m.key);
        else e.emit(Op.PUSH_CONST, e.constant(fieldName(m)));
        runStatic(m);
        e.at(m);
        e.emit(Op.DEFINE_ELEM);
      }
      e.emit(Op.POP);
    }
  }

  g.loadBinding(hidden(CLASS_BINDING), false, node);
}

function fieldName(m: acorn.PropertyDefinition): string {
  return m.key.type === "PrivateIdentifier" ? "#" + m.key.name : propertyKeyName(m.key);
}

/** The body of a class's field initializer: private methods, then fields in order, added to `this`. */
export function genFieldInits(g: FnGen, cls: ClassNode): void {
  const e = g.e;
  const info = g.ctx.analysis.classes.get(cls)!;
  const hidden = (name: string): Binding => info.scope.names.get(name)!;
  const done = new Set<string>();
  for (const m of cls.body.body) {
    if (m.type !== "MethodDefinition" || m.static || !isPrivate(m) || done.has(m.key.name)) continue;
    done.add(m.key.name);
    e.emit(Op.GET_THIS);
    g.loadBinding(hidden("#" + m.key.name), false, m.key);
    e.at(m);
    e.emit(Op.ADD_PRIVATE_METHOD);
    e.emit(Op.POP);
  }
  for (const [i, m] of cls.body.body.entries()) {
    if (m.type !== "PropertyDefinition" || m.static) continue;
    e.emit(Op.GET_THIS);
    if (isPrivate(m)) g.loadBinding(hidden("#" + m.key.name), false, m.key);
    else if (m.computed) g.loadBinding(hidden(fieldKeyBinding(i)), false, m.key);
    if (m.value) g.namedExpr(m.value, m.computed ? "" : fieldName(m));
    else e.emit(Op.PUSH_UNDEF);
    e.at(m);
    if (isPrivate(m)) e.emit(Op.DEFINE_PRIVATE);
    else if (m.computed) e.emit(Op.DEFINE_ELEM);
    else e.emit(Op.DEFINE_FIELD, e.constant(fieldName(m)));
    e.emit(Op.POP);
  }
}

/** `super(...)`: constructs the parent with this new.target, binds `this`, runs the field initializer. */
export function genSuperCall(g: FnGen, node: acorn.CallExpression): void {
  const e = g.e;
  const refs = g.ctx.analysis.supers.get(node.callee as acorn.Super);
  if (!refs || !refs.newTarget) throw new Unsupported(node, "'super' keyword unexpected here");
  loadRef(g, refs.home, node);
  loadRef(g, refs.newTarget, node);
  g.argumentArray(node.arguments);
  e.at(node);
  e.emit(Op.SUPER_CALL, e.constant("super"));
  const self = refs.self.binding!;
  e.emit(Op.DUP);
  g.loadBinding(self, false, node);
  e.at(node);
  e.emit(Op.THROW_IF_INIT);
  g.storeBinding(self, true, node);
  if (refs.fields) {
    loadRef(g, refs.fields, node);
    g.loadBinding(self, false, node);
    e.at(node);
    e.emit(Op.CALL, 0, e.constant("super"));
    e.emit(Op.POP);
  }
}

/** `super.x` / `super[x]`: leaves the value, or (asCallee) the method and `this` for a call. */
export function genSuperMember(g: FnGen, node: acorn.MemberExpression, asCallee: boolean): void {
  const refs = pushSuperReference(g, node);
  g.e.at(node.property);
  g.e.emit(Op.SUPER_GET);
  if (asCallee) loadRef(g, refs.self, node);
}

/** Pushes what SUPER_GET and SUPER_SET take first: the method's home object, `this` and the key. */
function pushSuperReference(g: FnGen, node: acorn.MemberExpression): SuperRefs {
  const e = g.e;
  const refs = g.ctx.analysis.supers.get(node.object as acorn.Super);
  if (!refs) throw new Unsupported(node, "'super' in an object literal's method is not supported (it is in class methods)");
  loadRef(g, refs.home, node);
  loadRef(g, refs.self, node);
  if (node.computed) g.expr(node.property);
  else e.emit(Op.PUSH_CONST, e.constant(propertyKeyName(node.property)));
  return refs;
}

/** `super.x = v` / `super[x] = v`: home, this and the key, then the value, then SUPER_SET; leaves v. */
export function genSuperAssign(g: FnGen, node: acorn.MemberExpression, value: acorn.Expression): void {
  pushSuperReference(g, node);
  g.expr(value);
  g.e.at(node.property);
  g.e.emit(Op.SUPER_SET);
}

/** Pushes the private name `#x` (the binding of its class). */
export function loadPrivateName(g: FnGen, id: acorn.PrivateIdentifier): void {
  const ref = g.ctx.analysis.refs.get(id);
  if (!ref?.binding) throw new Unsupported(id, `Private field '#${id.name}' must be declared in an enclosing class`);
  g.loadBinding(ref.binding, false, id);
}

/** After a derived constructor's return value: the value if an object, else `this` (checked). */
export function genDerivedResult(g: FnGen, self: Binding, at: acorn.AnyNode): void {
  g.loadBinding(self, false, at);
  g.e.at(at);
  g.e.emit(Op.CHECK_DERIVED_RETURN);
}
