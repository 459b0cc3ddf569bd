// Class semantics the run loop calls (see compiler/classes.ts for what the compiler emits):
// making a class from its constructor closure, defining methods, `super.x`, and the
// private-name checks. Plain data all along: a class is a closure with a `prototype`,
// private elements live in an object's `privates` map keyed by KPrivateName.

import { PendingError } from "./errors.js";
import { defineOwn, ownDescriptor } from "./descriptors.js";
import { NONE, type Host, describe, getProp, isConstructor, lookup, typeError, virtualProp } from "./semantics.js";
import {
  Accessor, KBound, KClosure, KError, KNative, KObject, type KPrivateName, NOT_CONFIGURABLE, NOT_WRITABLE, OBJECT_BYTES, PropAttrs,
  type PropKey,
} from "./values.js";

/** Whether `new v()` may run: a constructable closure, a builtin constructor, or a function bound to one. */
export function isConstructorValue(v: unknown): boolean {
  for (let n = 0; v instanceof KBound && n < 1000; n++) v = v.target;
  if (v instanceof KClosure) return isConstructor(v);
  return v instanceof KNative && v.isConstructor;
}

function describeHeritage(v: unknown): string {
  if (v instanceof KClosure || v instanceof KNative) return v.fnName;
  if (v instanceof KObject) return "#<Object>";
  return String(v);
}

/**
 * MAKE_CLASS: links the constructor F to its parent (`hasParent`: the class has an
 * `extends` clause, `parent` its value) and returns F's new prototype object.
 */
export function makeClass(h: Host, F: KClosure, hasParent: boolean, parent: unknown): KObject {
  let protoParent: KObject | null = h.realm.ObjectProto;
  let ctorParent: KObject = h.realm.FunctionProto;
  if (hasParent) {
    if (parent === null) protoParent = null;
    else if (!isConstructorValue(parent)) typeError(`Class extends value ${describeHeritage(parent)} is not a constructor or null`);
    else {
      const pp = getProp(h, parent, "prototype");
      if (pp !== null && !(pp instanceof KObject)) typeError(`Class extends value does not have valid prototype property ${String(pp)}`);
      protoParent = pp;
      ctorParent = parent as KObject;
    }
  }
  h.chargeHeap(OBJECT_BYTES);
  const proto = new KObject(protoParent);
  h.realm.define(proto, "constructor", F);
  F.proto = ctorParent;
  F.props.prototype = proto;
  (F.hidden ??= new Set()).add("prototype");
  // As in JS, a class's prototype property is neither writable nor configurable.
  (F.attrs ??= new PropAttrs()).flags.set("prototype", NOT_WRITABLE | NOT_CONFIGURABLE);
  return proto;
}

/** DEFINE_METHOD: a non-enumerable method (kind 0), getter (1) or setter (2) on a class or its prototype. */
export function defineMethod(h: Host, o: KObject, key: PropKey, fn: KObject, kind: number): void {
  h.chargeHeap(16);
  const cur = o.props[key];
  if (kind === 0) {
    if (cur instanceof Accessor) delete o.props[key];
    o.props[key] = fn;
  } else {
    const acc = cur instanceof Accessor ? cur : new Accessor(undefined, undefined);
    if (kind === 1) acc.get = fn;
    else acc.set = fn;
    if (!(cur instanceof Accessor)) delete o.props[key];
    o.props[key] = acc;
    o.hasAccessors = true;
  }
  (o.hidden ??= new Set()).add(key);
}

/** SUPER_GET: `super[key]` in a method whose home object is `home`, read with `receiver` as this. */
export function superGet(h: Host, home: KObject, receiver: unknown, key: PropKey): unknown {
  const start = home.proto;
  if (start === null) return undefined;
  if (start.constructor !== KObject) {
    const v = virtualProp(h, start, key);
    if (v !== NONE) return v;
  }
  return lookup(h, start, key, receiver);
}

/**
 * `super[key] = value` in a method whose home object is `home`: JavaScript's OrdinarySet
 * from home's prototype with `this` as the receiver. A setter up the chain is called (nested,
 * like superGet's getter); otherwise the value becomes, or updates, the receiver's own data
 * property — without calling a setter the receiver's own class defines for the key.
 */
export function superSet(h: Host, home: KObject, receiver: unknown, key: PropKey, value: unknown): void {
  const name = String(key);
  for (let x = home.proto; x !== null; x = x.proto) {
    const d = ownDescriptor(h, x, key);
    if (d === undefined) continue;
    if ("get" in d || "set" in d) {
      if (d.set === undefined) typeError(`Cannot set property ${name} of ${describe(receiver)} which has only a getter`);
      h.callSync(d.set, receiver, [value]);
      return;
    }
    if (d.writable === false) typeError(`Cannot assign to read only property '${name}' of object '${describe(receiver)}'`);
    break;
  }
  if (!(receiver instanceof KObject)) typeError(`Cannot create property '${name}' on ${typeof receiver} '${String(receiver)}'`);
  const own = ownDescriptor(h, receiver, key);
  if (own === undefined) defineOwn(h, receiver, key, { value, writable: true, enumerable: true, configurable: true });
  else if ("get" in own || "set" in own || own.writable === false) typeError(`Cannot assign to read only property '${name}' of object '${describe(receiver)}'`);
  else defineOwn(h, receiver, key, { value });
}

/**
 * A builtin's new object made for a class extending it (class NotFound extends Error,
 * extends Map, extends Promise): it gets the class's prototype, and an error's stack names
 * the error as it is when first read (after the constructor set its name), as in V8. The
 * interpreter applies it to what a native constructor returns; a native that hands its
 * object to a tail call (the prelude) applies it itself.
 */
export function adoptNewTarget(h: Host, obj: KObject, newTarget: KObject): void {
  const protoV = getProp(h, newTarget, "prototype");
  if (protoV instanceof KObject) obj.proto = protoV;
  if (obj instanceof KError) {
    delete obj.props.stack;
    obj.lazyStack = true;
  }
}

/** The TypeError for a private element the object does not have. */
export function privateMissing(name: KPrivateName, write: boolean): never {
  if (name.kind !== 0) throw new PendingError("TypeError", `Receiver must be an instance of class ${name.className || "anonymous"}`);
  throw new PendingError("TypeError", `Cannot ${write ? "write" : "read"} private member ${name.desc} ${write ? "to" : "from"} an object whose class did not declare it`);
}
