// Object and Function: the constructors, statics and prototype methods.

import {
  defineOwn, freeze, fromDescriptor, isExtensible, ownDescriptor, ownPropertyNames, preventExtensions, seal, testIntegrity,
  toDescriptor,
} from "../vm/descriptors.js";
import {
  describe, getProp, ownKeys, ownSymbols, ownValue, propKey, setProp, toKey, toStr, typeError, spreadToArray, userIteratorMethod, wrapPrimitive,
} from "../vm/semantics.js";
import { SYM_TO_STRING_TAG } from "../vm/symbols.js";
import type { Realm } from "../vm/realm.js";
import { Accessor, EMPTY, KArray, KBound, KClosure, KDate, KError, KFunction, KObject, KNative, KWrapper, OBJECT_BYTES, elem } from "../vm/values.js";
import { newArray, roomFor, toInt } from "./array.js";
import { notEntry } from "./collections.js";
import { type Row, type VM, defineConstructor, defineMethods } from "./define.js";

function obj(vm: VM, v: unknown, what: string): KObject {
  if (v instanceof KObject) return v;
  if (v === null || v === undefined) typeError(`Cannot convert undefined or null to object`);
  void what;
  return new KObject(vm.realm.ObjectProto);
}

/** Heap for one index key ("123") made by Object.keys and friends. */
const INDEX_KEY_BYTES = 16;

/** Before `n` index keys are made: the list must fit, and the keys are charged. */
function indexKeys(vm: VM, n: number, extra: number): void {
  roomFor(vm, n + extra);
  vm.chargeHeap(INDEX_KEY_BYTES * n);
  vm.chargeWork(0, n);
}

/** Enumerable own keys of any value (strings index like arrays). */
function keysOf(vm: VM, v: unknown): string[] {
  if (typeof v === "string") {
    indexKeys(vm, v.length, 0);
    return Array.from({ length: v.length }, (_, i) => String(i));
  }
  const o = obj(vm, v, "Object.keys");
  if (o instanceof KArray) indexKeys(vm, o.items.length, Object.keys(o.props).length);
  return ownKeys(o);
}

function valueAt(vm: VM, v: unknown, k: string): unknown {
  if (typeof v === "string") return v[Number(k)];
  return ownValue(vm, v as KObject, k);
}

const objectStatics: Row[] = [
  ["keys", (vm, _t, a) => newArray(vm, keysOf(vm, a[0])), 1],
  ["values", (vm, _t, a) => newArray(vm, keysOf(vm, a[0]).map((k) => valueAt(vm, a[0], k))), 1],
  ["entries", (vm, _t, a) => newArray(vm, keysOf(vm, a[0]).map((k) => newArray(vm, [k, valueAt(vm, a[0], k)]))), 1],
  ["assign", (vm, _t, a) => {
    const target = obj(vm, a[0], "Object.assign");
    for (const src of a.slice(1)) {
      if (src === null || src === undefined) continue;
      for (const k of keysOf(vm, src)) setProp(vm, target, k, valueAt(vm, src, k));
      if (src instanceof KObject) for (const k of ownSymbols(src)) setProp(vm, target, k, ownValue(vm, src, k));
    }
    return target;
  }, 2],
  ["fromEntries", (vm, _t, a) => {
    // A script's iterable is stepped by the prelude's %fromEntries, on the VM's frames.
    const method = userIteratorMethod(vm, a[0]);
    if (method !== undefined) return vm.tailCall(vm.realm.fromEntries!, undefined, [a[0], method]);
    const o = new KObject(vm.realm.ObjectProto);
    vm.chargeHeap(48);
    for (const entry of spreadToArray(vm, a[0])) {
      if (!(entry instanceof KObject)) notEntry(entry);
      defineEntry(vm, o, getProp(vm, entry, "0"), getProp(vm, entry, "1"));
    }
    return o;
  }, 1],
  ["freeze", (vm, _t, a) => {
    if (a[0] instanceof KObject) freeze(vm, a[0]);
    return a[0];
  }, 1],
  ["isFrozen", (vm, _t, a) => !(a[0] instanceof KObject) || testIntegrity(vm, a[0], 2), 1],
  ["seal", (vm, _t, a) => {
    if (a[0] instanceof KObject) seal(vm, a[0]);
    return a[0];
  }, 1],
  ["isSealed", (vm, _t, a) => !(a[0] instanceof KObject) || testIntegrity(vm, a[0], 1), 1],
  ["preventExtensions", (_vm, _t, a) => {
    if (a[0] instanceof KObject) preventExtensions(a[0]);
    return a[0];
  }, 1],
  ["isExtensible", (_vm, _t, a) => a[0] instanceof KObject && isExtensible(a[0]), 1],
  ["create", (vm, _t, a) => {
    const p = a[0];
    if (p !== null && !(p instanceof KObject)) typeError(`Object prototype may only be an Object or null: ${describe(p)}`);
    vm.chargeHeap(OBJECT_BYTES);
    const o = new KObject(p as KObject | null);
    if (a[1] !== undefined) defineProperties(vm, o, a[1]);
    return o;
  }, 2],
  ["defineProperty", (vm, _t, a) => {
    const o = a[0];
    if (!(o instanceof KObject)) typeError("Object.defineProperty called on non-object");
    const k = propKey(toKey(vm, a[1]));
    defineOwn(vm, o, k, toDescriptor(vm, a[2]));
    return o;
  }, 3],
  ["defineProperties", (vm, _t, a) => {
    const o = a[0];
    if (!(o instanceof KObject)) typeError("Object.defineProperties called on non-object");
    defineProperties(vm, o, a[1]);
    return o;
  }, 2],
  ["getOwnPropertyDescriptor", (vm, _t, a) => {
    const o = obj(vm, a[0], "Object.getOwnPropertyDescriptor");
    const k = propKey(toKey(vm, a[1]));
    if (typeof a[0] === "string") return typeof k === "string" ? fromDescriptor(vm, stringDescriptor(a[0], k)) : undefined;
    return fromDescriptor(vm, ownDescriptor(vm, o, k));
  }, 2],
  ["getOwnPropertyDescriptors", (vm, _t, a) => {
    const o = obj(vm, a[0], "Object.getOwnPropertyDescriptors");
    const keys = typeof a[0] === "string" ? [...Array.from({ length: a[0].length }, (_, i) => String(i)), "length"] : ownPropertyNames(vm, o);
    indexKeys(vm, keys.length, 0);
    vm.chargeHeap(OBJECT_BYTES + 16 * keys.length);
    const out = new KObject(vm.realm.ObjectProto);
    for (const k of keys) {
      out.props[k] = fromDescriptor(vm, typeof a[0] === "string" ? stringDescriptor(a[0], k) : ownDescriptor(vm, o, k));
    }
    return out;
  }, 1],
  ["getPrototypeOf", (vm, _t, a) => {
    const v = a[0];
    if (v instanceof KObject) return v.proto;
    if (v === null || v === undefined) typeError("Cannot convert undefined or null to object");
    return typeof v === "string" ? vm.realm.StringProto : typeof v === "number" ? vm.realm.NumberProto : typeof v === "symbol" ? vm.realm.SymbolProto : vm.realm.BooleanProto;
  }, 1],
  ["setPrototypeOf", (_vm, _t, a) => {
    const o = a[0];
    const p = a[1];
    if (o === null || o === undefined) typeError("Object.setPrototypeOf called on null or undefined");
    if (p !== null && !(p instanceof KObject)) typeError(`Object prototype may only be an Object or null: ${describe(p)}`);
    if (!(o instanceof KObject) || o.proto === p) return o;
    if (o.frozen || !isExtensible(o)) typeError(`${o instanceof KArray ? "[object Array]" : "#<Object>"} is not extensible`);
    for (let x = p as KObject | null; x !== null; x = x.proto) if (x === o) typeError("Cyclic __proto__ value");
    o.proto = p as KObject | null;
    return o;
  }, 2],
  ["getOwnPropertyNames", (vm, _t, a) => {
    if (typeof a[0] === "string") {
      indexKeys(vm, a[0].length, 1);
      return newArray(vm, [...Array.from({ length: a[0].length }, (_, i) => String(i)), "length"]);
    }
    const o = obj(vm, a[0], "Object.getOwnPropertyNames");
    if (o instanceof KArray) indexKeys(vm, o.items.length, 1);
    return newArray(vm, ownPropertyNames(vm, o));
  }, 1],
  ["getOwnPropertySymbols", (vm, _t, a) => {
    const o = obj(vm, a[0], "Object.getOwnPropertySymbols");
    return newArray(vm, Object.getOwnPropertySymbols(o.props));
  }, 1],
  ["hasOwn", (vm, _t, a) => hasOwn(vm, a[0], a[1]), 2],
  ["is", (_vm, _t, a) => Object.is(a[0], a[1]), 2],
];

/** Object.defineProperties / Object.create's second argument: every descriptor is read before any is applied. */
function defineProperties(vm: VM, o: KObject, props: unknown): void {
  const src = obj(vm, props, "Object.defineProperties");
  const keys = ownKeys(src);
  vm.chargeWork(0, keys.length);
  const descs = keys.map((k) => [k, toDescriptor(vm, ownValue(vm, src, k))] as const);
  for (const [k, d] of descs) defineOwn(vm, o, k, d);
}

/** A string's own properties: its characters (read-only, enumerable) and length. */
function stringDescriptor(s: string, k: string): ReturnType<typeof ownDescriptor> {
  if (k === "length") return { value: s.length, writable: false, enumerable: false, configurable: false };
  const i = Number(k);
  if (Number.isInteger(i) && i >= 0 && i < s.length && String(i) === k) return { value: s[i], writable: false, enumerable: true, configurable: false };
  return undefined;
}

function hasOwn(vm: VM, o: unknown, key: unknown): boolean {
  const target = obj(vm, o, "hasOwnProperty");
  const k = propKey(toKey(vm, key));
  if (typeof k === "symbol") return k in target.props;
  if (target instanceof KArray) {
    const i = Number(k);
    if (Number.isInteger(i) && i >= 0 && String(i) === k) return i < target.items.length && target.items[i] !== EMPTY;
    if (k === "length") return true;
  }
  if (k in target.props) return true;
  // A function's name and length, a regex's lastIndex: own properties the VM keeps outside the table.
  return target.constructor !== KObject && ownDescriptor(vm, target, k) !== undefined;
}

const objectProto: Row[] = [
  ["hasOwnProperty", (vm, t, a) => hasOwn(vm, t, a[0]), 1],
  ["isPrototypeOf", (_vm, t, a) => {
    if (!(a[0] instanceof KObject)) return false;
    for (let x = a[0].proto; x; x = x.proto) if (x === t) return true;
    return false;
  }, 1],
  ["propertyIsEnumerable", (vm, t, a) => hasOwn(vm, t, a[0]) && ownDescriptor(vm, t as KObject, propKey(toKey(vm, a[0])))?.enumerable === true, 1],
  ["toString", (vm, t) => {
    if (t === undefined) return "[object Undefined]";
    if (t === null) return "[object Null]";
    const tag = getProp(vm, t, SYM_TO_STRING_TAG);
    if (typeof tag === "string") return `[object ${tag}]`;
    if (t instanceof KArray) return "[object Array]";
    if (t instanceof KFunction) return "[object Function]";
    if (t instanceof KError) return "[object Error]";
    if (t instanceof KDate) return "[object Date]";
    if (t instanceof KWrapper) return typeof t.prim === "string" ? "[object String]" : typeof t.prim === "number" ? "[object Number]" : "[object Boolean]";
    if (typeof t === "string") return "[object String]";
    if (typeof t === "number") return "[object Number]";
    if (typeof t === "boolean") return "[object Boolean]";
    return "[object Object]";
  }, 0],
  ["toLocaleString", (vm, t) => toStr(vm, t), 0],
  ["valueOf", (_vm, t) => t, 0],
];

/** CreateListFromArrayLike: apply's arguments are read by length and index, not iterated. */
function listFromArrayLike(vm: VM, v: unknown): unknown[] {
  if (!(v instanceof KObject)) typeError("CreateListFromArrayLike called on non-object");
  const n = Math.max(0, toInt(vm, getProp(vm, v, "length")));
  roomFor(vm, n);
  vm.chargeWork(0, n);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) out.push(getProp(vm, v, String(i)));
  return out;
}

function fnSelf(t: unknown, what: string): KFunction {
  if (t instanceof KFunction) return t;
  return typeError(`Function.prototype.${what} called on ${describe(t)}`);
}

const functionProto: Row[] = [
  ["call", (vm, t, a) => vm.tailCall(fnSelf(t, "call"), a[0], a.slice(1)), 1],
  ["apply", (vm, t, a) => {
    const f = fnSelf(t, "apply");
    const list = a[1] === undefined || a[1] === null ? [] : a[1] instanceof KArray ? a[1].items.map(elem) : listFromArrayLike(vm, a[1]);
    vm.chargeWork(0, list.length);
    return vm.tailCall(f, a[0], list);
  }, 2],
  ["bind", (vm, t, a) => {
    const f = fnSelf(t, "bind");
    vm.chargeHeap(64);
    return new KBound(vm.realm.FunctionProto, f, a[0], a.slice(1));
  }, 1],
  ["toString", (_vm, t) => {
    const f = fnSelf(t, "toString");
    return f instanceof KClosure ? `function ${f.fnName}() { [bytecode] }` : `function ${f.fnName}() { [native code] }`;
  }, 0],
];

/** One entry of Object.fromEntries: the key is converted after both reads, as in JavaScript. */
export function defineEntry(vm: VM, o: KObject, k: unknown, v: unknown): void {
  const key = propKey(toKey(vm, k));
  if (!Object.prototype.hasOwnProperty.call(o.props, key)) vm.chargeHeap(16);
  o.props[key] = v;
}

export function installObject(realm: Realm): void {
  const ctor = defineConstructor(realm, "Object", (vm, _t, a) => {
    const v = a[0];
    if (v instanceof KObject) return v;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return wrapPrimitive(vm, v);
    vm.chargeHeap(OBJECT_BYTES);
    return new KObject(vm.realm.ObjectProto);
  }, 1, realm.ObjectProto);
  defineMethods(realm, ctor, "Object", objectStatics);
  defineMethods(realm, realm.ObjectProto, "Object.prototype", objectProto);

  // Function exists so `x instanceof Function` and `.constructor` chains resolve, but
  // it cannot create code: scripts never compile source at run time.
  defineConstructor(realm, "Function", (vm) => vm.throwError("EvalError", "Function() is not supported: scripts cannot compile code at run time"), 1, realm.FunctionProto);
  defineMethods(realm, realm.FunctionProto, "Function.prototype", functionProto);
}

export { Accessor, KNative };
