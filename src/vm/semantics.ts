// JavaScript semantics on the closed value model: conversions, equality, property
// access, enumeration and iteration. The interpreter inlines the common fast paths
// and falls back to these.

import { PendingError } from "./errors.js";
import type { Realm } from "./realm.js";
import type { PropKey, TraceEntry } from "./values.js";
import { SYM_HAS_INSTANCE, SYM_ITERATOR, SYM_TO_PRIMITIVE, symbolString } from "./symbols.js";
import {
  Accessor, KArray, KBound, KClosure, KError, KFunction, KHandle, KIter, KMap, KNative, KObject, KRegExp, KSearchParams, KSet, KTime,
  KWrapper, NOT_CONFIGURABLE, NOT_WRITABLE, OBJECT_BYTES, EMPTY, elem, elemList,
} from "./values.js";

/** What the semantics need from the running interpreter. */
export interface Host {
  readonly realm: Realm;
  callSync(fn: unknown, thisv: unknown, args: unknown[]): unknown;
  chargeHeap(bytes: number): void;
  checkString(s: string): string;
  checkArrayLength(n: number): void;
}

export function typeError(message: string): never {
  throw new PendingError("TypeError", message);
}
export function rangeError(message: string): never {
  throw new PendingError("RangeError", message);
}

export function typeOf(v: unknown): string {
  if (v === null) return "object";
  const t = typeof v;
  if (t !== "object") return t;
  return v instanceof KFunction ? "function" : "object";
}

/** Short description of a value for error messages. */
export function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 30 ? v.slice(0, 27) + "..." : v);
  if (v instanceof KFunction) return `function ${v.fnName}`;
  if (v instanceof KArray) return "array";
  if (v instanceof KObject) return "object";
  return String(v);
}

export function truthy(v: unknown): boolean {
  return typeof v === "object" ? v !== null : !!v;
}

// ------------------------------------------------------------------ conversions

export function toPrimitive(h: Host, v: unknown, hint: "number" | "string" | "default"): unknown {
  if (!(v instanceof KObject)) return v;
  if (v instanceof KTime) return hint === "string" ? new Date(v.ms).toISOString() : v.ms;
  // obj[Symbol.toPrimitive](hint), when the object or its prototypes define one.
  const exotic = lookup(h, v, SYM_TO_PRIMITIVE, v);
  if (exotic !== undefined && exotic !== null) {
    if (!(exotic instanceof KFunction)) typeError(`${describe(exotic)} is not a function`);
    const r = h.callSync(exotic, v, [hint]);
    if (r instanceof KObject) typeError("Cannot convert object to primitive value");
    return r;
  }
  const order = hint === "string" ? ["toString", "valueOf"] : ["valueOf", "toString"];
  for (const name of order) {
    const fn = getProp(h, v, name);
    if (fn instanceof KFunction) {
      const r = h.callSync(fn, v, []);
      if (!(r instanceof KObject)) return r;
    }
  }
  return typeError("Cannot convert object to primitive value");
}

export function toNumber(h: Host, v: unknown): number {
  if (typeof v === "number") return v;
  if (v instanceof KObject) v = toPrimitive(h, v, "number");
  if (typeof v === "symbol") typeError("Cannot convert a Symbol value to a number");
  return Number(v);
}

export function toStr(h: Host, v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof KObject) v = toPrimitive(h, v, "string");
  if (typeof v === "symbol") typeError("Cannot convert a Symbol value to a string");
  return String(v);
}

/** String(v): as toStr, except that a symbol gives its description ("Symbol(x)"). */
export function toStrOrSymbol(h: Host, v: unknown): string {
  return typeof v === "symbol" ? symbolString(v) : toStr(h, v);
}

/** Property keys are strings or symbols; numbers stay numbers for fast array indexing. */
export function toKey(h: Host, v: unknown): string | number | symbol {
  if (typeof v === "number") return v;
  if (typeof v === "string") return v;
  if (typeof v === "symbol") return v;
  if (v instanceof KObject) {
    const p = toPrimitive(h, v, "string");
    return typeof p === "symbol" ? p : toStr(h, p);
  }
  return String(v);
}

/** A key as the property tables hold it (numbers become their strings). */
export function propKey(key: string | number | symbol): PropKey {
  return typeof key === "number" ? String(key) : key;
}

export function looseEquals(h: Host, a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== "object" && tb !== "object") return a == b;
  if (ta === "object" && tb === "object") return false;
  if (ta === "object") return looseEquals(h, toPrimitive(h, a, "default"), b);
  return looseEquals(h, a, toPrimitive(h, b, "default"));
}

export function addSlow(h: Host, a: unknown, b: unknown): unknown {
  a = toPrimitive(h, a, "default");
  b = toPrimitive(h, b, "default");
  if (typeof a === "symbol" || typeof b === "symbol") {
    typeError(typeof a === "string" || typeof b === "string" ? "Cannot convert a Symbol value to a string" : "Cannot convert a Symbol value to a number");
  }
  if (typeof a === "string" || typeof b === "string") {
    const sa = typeof a === "string" ? a : String(a);
    const sb = typeof b === "string" ? b : String(b);
    h.chargeHeap(Math.min(sa.length, sb.length) * 2);
    return h.checkString(sa + sb);
  }
  return (a as number) + (b as number);
}

/** Relational comparison `a < b` after ToPrimitive, as JS does it. */
export function lessThan(h: Host, a: unknown, b: unknown, orEqual: boolean): boolean {
  a = toPrimitive(h, a, "number");
  b = toPrimitive(h, b, "number");
  if (typeof a === "string" && typeof b === "string") return orEqual ? a <= b : a < b;
  const x = toNumber(h, a);
  const y = toNumber(h, b);
  return orEqual ? x <= y : x < y;
}

// ------------------------------------------------------------------ properties

/** Canonical array index ("0", "17") or -1. */
export function arrayIndex(key: string | number | symbol): number {
  if (typeof key === "number") return Number.isInteger(key) && key >= 0 && key < 4294967295 ? key : -1;
  if (typeof key === "symbol") return -1;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const n = Number(key);
  return String(n) === key && Number.isInteger(n) && n < 4294967295 ? n : -1;
}

/**
 * A String, Number or Boolean object for `v` (ToObject of a primitive, `new String(v)`):
 * its prototype is `newTarget.prototype` when a subclass constructs it.
 */
export function wrapPrimitive(h: Host, v: string | number | boolean, newTarget?: KObject): KWrapper {
  let proto = protoOfPrimitive(h.realm, v)!;
  if (newTarget !== undefined) {
    const p = getProp(h, newTarget, "prototype");
    if (p instanceof KObject) proto = p;
  }
  h.chargeHeap(OBJECT_BYTES + (typeof v === "string" ? 0 : 8));
  return new KWrapper(proto, v);
}

/** thisStringValue / thisNumberValue / thisBooleanValue: the primitive, or undefined. */
export function primitiveOf(v: unknown, type: "string" | "number" | "boolean"): string | number | boolean | undefined {
  if (typeof v === type) return v as string | number | boolean;
  if (v instanceof KWrapper && typeof v.prim === type) return v.prim;
  return undefined;
}

function protoOfPrimitive(realm: Realm, v: unknown): KObject | null {
  switch (typeof v) {
    case "string":
      return realm.StringProto;
    case "number":
      return realm.NumberProto;
    case "boolean":
      return realm.BooleanProto;
    case "symbol":
      return realm.SymbolProto;
  }
  return null;
}

/** An error's `stack`: "Name: message" and a line per trace entry. */
export function formatStack(kind: string, message: string, trace: TraceEntry[]): string {
  const head = message ? `${kind}: ${message}` : kind;
  return [head, ...trace.map((t) => `    at ${t.fn || "<anonymous>"} (${t.file}:${t.line}:${t.column + 1})`)].join("\n");
}

/** Looks a string key up the prototype chain starting at `o`. */
export function lookup(h: Host, o: KObject, key: PropKey, receiver: unknown): unknown {
  for (let x: KObject | null = o; x !== null; x = x.proto) {
    const v = x.props[key];
    if (v !== undefined || key in x.props) {
      if (v instanceof Accessor) return v.get ? h.callSync(v.get, receiver, []) : undefined;
      return v;
    }
  }
  // Not found: an array or String object on the prototype chain holds its elements and
  // length outside its property table (rare, so looked for only after a miss).
  for (let x: KObject | null = o.proto; x !== null; x = x.proto) {
    if (x instanceof KArray || x instanceof KWrapper) {
      const v = virtualProp(h, x, key);
      if (v !== NONE && v !== undefined) return v;
    }
  }
  return undefined;
}

/** Virtual properties of VM-owned types (length, size, name…); `NONE` when not virtual. */
export const NONE = Symbol("none");
export function virtualProp(h: Host, o: KObject, key: PropKey): unknown {
  if (o instanceof KArray) {
    if (key === "length") return o.items.length;
    const i = arrayIndex(key);
    if (i >= 0) {
      return elem(o.items[i]);
    }
  } else if (o instanceof KFunction) {
    if (key === "name") return o.props.name ?? o.fnName;
    if (key === "length") {
      if ("length" in o.props) return o.props.length;
      return o instanceof KClosure ? o.fn.length : o instanceof KNative ? o.arity : 0;
    }
    // A constructable closure's prototype object is made on first use. Never on a frozen
    // closure: those are the realm's builtins (not constructors, so no `prototype`, as in
    // JS) — an object made there would be shared, writable state — and Object.freeze
    // makes a script closure's prototype before it freezes it (see freezeObject).
    if (key === "prototype" && o instanceof KClosure && o.fn.constructable && !o.frozen && !("prototype" in o.props)) {
      return makePrototype(h, o);
    }
    // A generator function's prototype is its generators' prototype (no constructor).
    if (key === "prototype" && o instanceof KClosure && o.fn.isGenerator === true && !o.frozen && !("prototype" in o.props)) {
      return makeGeneratorPrototype(h, o);
    }
  } else if (o instanceof KWrapper) {
    const s = o.prim;
    if (typeof s === "string") {
      if (key === "length") return s.length;
      const i = arrayIndex(key);
      if (i >= 0 && i < s.length) return s[i];
    }
  } else if (o instanceof KError) {
    if (key === "stack" && o.lazyStack && !("stack" in o.props)) {
      o.lazyStack = false;
      const name = getProp(h, o, "name");
      const msg = getProp(h, o, "message");
      const s = formatStack(name === undefined ? "Error" : toStr(h, name), msg === undefined ? "" : toStr(h, msg), o.trace);
      h.chargeHeap(s.length * 2);
      return (o.props.stack = h.checkString(s));
    }
  } else if (o instanceof KMap) {
    if (key === "size") return o.map.size;
  } else if (o instanceof KSet) {
    if (key === "size") return o.set.size;
  } else if (o instanceof KRegExp) {
    switch (key) {
      case "lastIndex":
        return o.re.lastIndex;
      case "source":
        return o.re.source;
      case "flags":
        return o.re.flags;
      case "global":
        return o.re.global;
      case "ignoreCase":
        return o.re.ignoreCase;
      case "multiline":
        return o.re.multiline;
      case "sticky":
        return o.re.sticky;
      case "unicode":
        return o.re.unicode;
      case "dotAll":
        return o.re.dotAll;
    }
  }
  return NONE;
}

/** A generator function's `prototype`, made on first use: its generators' prototype, inheriting from %GeneratorPrototype% (or the async one). */
function makeGeneratorPrototype(h: Host, f: KClosure): KObject {
  h.chargeHeap(OBJECT_BYTES);
  const p = new KObject(f.fn.isAsync === true ? h.realm.AsyncGeneratorProto : h.realm.GeneratorProto);
  f.props.prototype = p;
  (f.hidden ??= new Set()).add("prototype");
  return p;
}

function makePrototype(h: Host, f: KClosure): KObject {
  h.chargeHeap(OBJECT_BYTES);
  const p = new KObject(h.realm.ObjectProto);
  h.realm.define(p, "constructor", f);
  f.props.prototype = p;
  (f.hidden ??= new Set()).add("prototype");
  return p;
}

/**
 * Whether `new f()` may run a closure: arrows, methods and async functions never; a
 * frozen closure without its own `prototype` is a realm builtin (Array.prototype.map…),
 * and builtins that are not constructors in JS are not constructors here.
 */
export function isConstructor(f: KClosure): boolean {
  return f.fn.constructable && (!f.frozen || "prototype" in f.props);
}

/** Object.freeze: a constructable closure gets its prototype first, so `new F()` still works. */
export function freezeObject(h: Host, o: KObject): void {
  if (o.frozen) return;
  if (o instanceof KClosure && o.fn.constructable && !("prototype" in o.props)) makePrototype(h, o);
  if (o instanceof KClosure && o.fn.isGenerator === true && !("prototype" in o.props)) makeGeneratorPrototype(h, o);
  o.frozen = true;
}

export function getProp(h: Host, obj: unknown, key: string | number | symbol): unknown {
  if (obj instanceof KObject) {
    if (obj instanceof KArray && typeof key === "number") {
      if (key < 0) return lookup(h, obj, String(key), obj);
      return elem(obj.items[key]);
    }
    const k = typeof key === "number" ? String(key) : key;
    if (obj.constructor !== KObject) {
      const v = virtualProp(h, obj, k);
      if (v !== NONE) return v;
    }
    return lookup(h, obj, k, obj);
  }
  if (typeof obj === "string") {
    if (typeof key === "number") return key >= 0 && key < obj.length && Number.isInteger(key) ? obj[key] : undefined;
    if (key === "length") return obj.length;
    const i = arrayIndex(key);
    if (i >= 0) return i < obj.length ? obj[i] : undefined;
  }
  const proto = protoOfPrimitive(h.realm, obj);
  if (proto === null) {
    return typeError(`Cannot read properties of ${obj} (reading '${String(key)}')`);
  }
  return lookup(h, proto, typeof key === "number" ? String(key) : key, obj);
}

/** V8's name of an object in messages: `#<Object>`, `#<Point>`, `[object Array]`. */
export function objectLabel(o: KObject): string {
  if (o instanceof KArray) return "[object Array]";
  for (let x = o.proto; x !== null; x = x.proto) {
    const c = x.props.constructor;
    if (c !== undefined && !(c instanceof Accessor)) return c instanceof KFunction && c.fnName ? `#<${c.fnName}>` : "#<Object>";
  }
  return "[object Object]";
}

/** What inheritedSetter() finds when the inherited property is a read-only data property. */
const READ_ONLY = 1;

/**
 * Finds a setter on the prototype chain (own accessors are handled by the caller), or
 * READ_ONLY for an inherited non-writable property (a prototype frozen by a script, or
 * a property defined read-only), which an assignment cannot shadow. Prototypes with
 * neither accessors nor attributes are skipped (the realm's frozen builtins have none,
 * so their methods can be shadowed).
 */
function inheritedSetter(o: KObject, key: PropKey): Accessor | typeof READ_ONLY | null {
  for (let x = o.proto; x !== null; x = x.proto) {
    if (!x.hasAccessors && x.attrs === null) continue;
    const v = x.props[key];
    if (v instanceof Accessor) return v;
    if (x.attrs !== null && (v !== undefined || key in x.props)) {
      if (x.frozen || ((x.attrs.flags.get(key) ?? 0) & NOT_WRITABLE) !== 0) return READ_ONLY;
    }
  }
  return null;
}

function readOnly(k: PropKey, o: KObject): never {
  return typeError(`Cannot assign to read only property '${String(k)}' of object '${objectLabel(o)}'`);
}

/**
 * Grows an array to length `n` with holes, as `a.length = n` and `a[n] = v` do. The
 * growth is checked against the array-length limit and charged to the heap budget
 * before it is made, and made in one step (no element-by-element pushes).
 */
function growArray(h: Host, items: unknown[], n: number): void {
  const old = items.length;
  if (n <= old) return;
  h.checkArrayLength(n);
  h.chargeHeap((n - old) * 8);
  items.length = n;
  items.fill(EMPTY, old);
}

export function setProp(h: Host, obj: unknown, key: string | number | symbol, value: unknown): void {
  if (obj instanceof KArray) {
    const i = arrayIndex(key);
    if (i >= 0) {
      const items = obj.items;
      if (obj.frozen) {
        if (i < items.length && items[i] !== EMPTY) typeError(`Cannot assign to read only property '${i}' of object '[object Array]'`);
        typeError(`Cannot add property ${i}, object is not extensible`);
      }
      if (i < items.length) {
        if (items[i] === EMPTY && obj.attrs !== null && !obj.attrs.extensible) typeError(`Cannot add property ${i}, object is not extensible`);
        items[i] = value;
      } else {
        if (obj.attrs !== null && !obj.attrs.extensible) typeError(`Cannot add property ${i}, object is not extensible`);
        growArray(h, items, i);
        items.push(value);
      }
      return;
    }
    if (key === "length") {
      const n = toNumber(h, value);
      if (!(Number.isInteger(n) && n >= 0 && n < 4294967296)) rangeError("Invalid array length");
      if (obj.frozen) typeError("Cannot assign to read only property 'length' of object '[object Array]'");
      if (n < obj.items.length && obj.attrs !== null && obj.attrs.sealedItems) typeError(`Cannot delete property '${obj.items.length - 1}' of [object Array]`);
      if (n < obj.items.length) obj.items.length = n;
      else growArray(h, obj.items, n);
      return;
    }
  }
  if (obj instanceof KObject) {
    const k = typeof key === "number" ? String(key) : key;
    if (obj instanceof KWrapper && typeof obj.prim === "string" && (k === "length" || (typeof k === "string" && arrayIndex(k) >= 0 && arrayIndex(k) < obj.prim.length))) {
      readOnly(k, obj);
    }
    if (obj instanceof KRegExp && k === "lastIndex") {
      if (obj.frozen) typeError("Cannot assign to read only property 'lastIndex' of object '[object RegExp]'");
      obj.re.lastIndex = toNumber(h, value);
      return;
    }
    if (obj.frozen) {
      if (k in obj.props) readOnly(k, obj);
      typeError(`Cannot add property ${String(k)}, object is not extensible`);
    }
    const props = obj.props;
    const cur = props[k];
    if (obj.hasAccessors && cur instanceof Accessor) {
      if (!cur.set) typeError(`Cannot set property ${String(k)} of object which has only a getter`);
      h.callSync(cur.set, obj, [value]);
      return;
    }
    if (cur === undefined && !(k in props)) {
      const inherited = inheritedSetter(obj, k);
      if (inherited !== null) {
        if (inherited === READ_ONLY) readOnly(k, obj);
        if (!inherited.set) typeError(`Cannot set property ${String(k)} of object which has only a getter`);
        h.callSync(inherited.set, obj, [value]);
        return;
      }
      if (obj.attrs !== null && !obj.attrs.extensible) typeError(`Cannot add property ${String(k)}, object is not extensible`);
      h.chargeHeap(16 + (typeof k === "string" ? k.length * 2 : 0));
      if (obj instanceof KFunction && (k === "name" || k === "length")) typeError(`Cannot assign to read only property '${k}' of function`);
    } else if (obj.attrs !== null && ((obj.attrs.flags.get(k) ?? 0) & NOT_WRITABLE) !== 0) readOnly(k, obj);
    props[k] = value;
    return;
  }
  const k = String(key);
  if (obj === null || obj === undefined) typeError(`Cannot set properties of ${obj} (setting '${k}')`);
  typeError(`Cannot create property '${k}' on ${typeof obj} '${String(obj)}'`);
}

export function deleteProp(h: Host, obj: unknown, key: string | number | symbol): boolean {
  if (obj instanceof KArray) {
    const i = arrayIndex(key);
    if (i >= 0) {
      if ((obj.frozen || (obj.attrs !== null && obj.attrs.sealedItems)) && i < obj.items.length) typeError(`Cannot delete property '${i}' of [object Array]`);
      if (i < obj.items.length) obj.items[i] = EMPTY;
      return true;
    }
    if (key === "length") typeError("Cannot delete property 'length' of [object Array]");
  }
  if (obj instanceof KObject) {
    const k = typeof key === "symbol" ? key : String(key);
    if (!(k in obj.props)) {
      // Virtual own properties: a frozen function's name and length, and a regex's lastIndex, stay.
      if ((obj.frozen && obj instanceof KFunction && (k === "name" || k === "length")) || (obj instanceof KRegExp && k === "lastIndex") || (obj instanceof KWrapper && virtualProp(h, obj, k) !== NONE)) {
        typeError(`Cannot delete property '${String(k)}' of ${objectLabel(obj)}`);
      }
      return true;
    }
    if (obj.frozen) typeError(`Cannot delete property '${String(k)}' of ${objectLabel(obj)}`);
    if (obj.attrs !== null) {
      if (((obj.attrs.flags.get(k) ?? 0) & NOT_CONFIGURABLE) !== 0) typeError(`Cannot delete property '${String(k)}' of ${objectLabel(obj)}`);
      obj.attrs.flags.delete(k);
    }
    delete obj.props[k];
    obj.hidden?.delete(k);
    return true;
  }
  if (obj === null || obj === undefined) typeError(`Cannot convert undefined or null to object`);
  void h;
  return true;
}

export function hasProp(h: Host, key: unknown, obj: unknown): boolean {
  if (!(obj instanceof KObject)) typeError(`Cannot use 'in' operator to search for '${String(key)}' in ${String(obj)}`);
  const k = toKey(h, key);
  if (obj instanceof KArray) {
    const i = arrayIndex(k);
    if (i >= 0) return i < obj.items.length && obj.items[i] !== EMPTY;
  }
  const ks = typeof k === "number" ? String(k) : k;
  if (virtualProp(h, obj, ks) !== NONE) return true;
  for (let x: KObject | null = obj; x !== null; x = x.proto) {
    if (ks in x.props) return true;
    // An array or String object on the prototype chain has its elements and length too.
    if (x !== obj && x instanceof KArray) {
      const i = arrayIndex(ks);
      if (ks === "length" || (i >= 0 && i < x.items.length && x.items[i] !== EMPTY)) return true;
    }
    if (x !== obj && x instanceof KWrapper && virtualProp(h, x, ks) !== NONE) return true;
  }
  return false;
}

export function instanceOf(h: Host, v: unknown, ctor: unknown): boolean {
  // ctor[Symbol.hasInstance](v), when ctor or its prototypes define one.
  if (ctor instanceof KObject && ctor.constructor !== KBound) {
    const custom = lookup(h, ctor, SYM_HAS_INSTANCE, ctor);
    if (custom !== undefined && custom !== null) {
      if (!(custom instanceof KFunction)) typeError(`${describe(custom)} is not a function`);
      return truthy(h.callSync(custom, ctor, [v]));
    }
  }
  if (!(ctor instanceof KFunction)) typeError("Right-hand side of 'instanceof' is not callable");
  if (ctor instanceof KBound) return instanceOf(h, v, ctor.target);
  if (!(v instanceof KObject)) return false;
  const proto = getProp(h, ctor, "prototype");
  if (!(proto instanceof KObject)) typeError(`Function has non-object prototype '${String(proto)}' in instanceof check`);
  for (let x = v.proto; x !== null; x = x.proto) if (x === proto) return true;
  return false;
}

/** Own enumerable string keys in JS order. */
export function ownKeys(o: KObject): string[] {
  if (o instanceof KArray) {
    const keys: string[] = [];
    const items = o.items;
    for (let i = 0; i < items.length; i++) if (items[i] !== EMPTY) keys.push(String(i));
    for (const k of Object.keys(o.props)) if (!o.hidden?.has(k)) keys.push(k);
    return keys;
  }
  if (o instanceof KWrapper && typeof o.prim === "string") {
    const keys = Array.from(o.prim, (_, i) => String(i));
    for (const k of Object.keys(o.props)) if (!o.hidden?.has(k)) keys.push(k);
    return keys;
  }
  const keys = Object.keys(o.props);
  return o.hidden ? keys.filter((k) => !o.hidden!.has(k)) : keys;
}

/** Own enumerable symbol keys, in the order they were added. */
export function ownSymbols(o: KObject): symbol[] {
  const syms = Object.getOwnPropertySymbols(o.props);
  return o.hidden ? syms.filter((k) => !o.hidden!.has(k)) : syms;
}

/** Reads an own property (invoking a getter). */
export function ownValue(h: Host, o: KObject, key: PropKey): unknown {
  if (o instanceof KArray) {
    const i = arrayIndex(key);
    if (i >= 0) {
      return elem(o.items[i]);
    }
  }
  const v = o.props[key];
  return v instanceof Accessor ? (v.get ? h.callSync(v.get, o, []) : undefined) : v;
}

/** Keys for for-in: own and inherited enumerable keys, without duplicates. */
export function forInKeys(o: unknown): string[] {
  if (typeof o === "string") return Array.from({ length: o.length }, (_, i) => String(i));
  if (!(o instanceof KObject)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (let x: KObject | null = o; x !== null; x = x.proto) {
    for (const k of ownKeys(x)) {
      if (!seen.has(k)) {
        seen.add(k);
        out.push(k);
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------ iteration

/**
 * Starts iterating a builtin iterable (arrays, strings, Map, Set, URLSearchParams and
 * their iterators) without calling anything; for any other value, its
 * [Symbol.iterator] method (a function), which the caller calls.
 */
export function builtinIter(h: Host, v: unknown): KIter | KFunction {
  const realm = h.realm;
  if (v instanceof KArray) return new KIter(realm.IterProto, "array", v, 0);
  if (typeof v === "string") return new KIter(realm.IterProto, "string", v, 0);
  if (v instanceof KIter) return v;
  if (v instanceof KMap) return new KIter(realm.IterProto, "live", v, 0, "entries", realm.ArrayProto);
  if (v instanceof KSet) return new KIter(realm.IterProto, "live", v, 0, "values", realm.ArrayProto);
  if (v instanceof KSearchParams) return new KIter(realm.IterProto, "live", v, 0, "entries", realm.ArrayProto);
  if (v !== null && v !== undefined) {
    const m = getProp(h, v, SYM_ITERATOR);
    if (m instanceof KFunction) return m;
  }
  return notIterable(v);
}

/** ITER_WRAP: the object a [Symbol.iterator]() call returned, as an iteration. */
export function wrapIterator(h: Host, it: unknown): KIter {
  if (it instanceof KIter) return it;
  if (!(it instanceof KObject)) typeError("Result of the Symbol.iterator method is not an object");
  const k = new KIter(h.realm.IterProto, "user", it, 0);
  h.chargeHeap(OBJECT_BYTES);
  k.nextFn = getProp(h, it, "next");
  return k;
}

/**
 * The [Symbol.iterator] method of a script's iterable (a generator, an object with its
 * own iterator), or undefined for a builtin iterable (host code steps those directly)
 * and for a value without one. Builtins that consume iterables hand a script's iterable
 * to the prelude, whose for-of runs its next() and return() on the VM's frames.
 */
export function userIteratorMethod(h: Host, v: unknown): KFunction | undefined {
  if (v === null || v === undefined || typeof v !== "object" || v instanceof KArray || v instanceof KIter || v instanceof KMap || v instanceof KSet || v instanceof KSearchParams) return undefined;
  const m = getProp(h, v, SYM_ITERATOR);
  if (m instanceof KFunction) return m;
  return m === undefined || m === null ? undefined : notIterable(v);
}

/** Starts iterating a value from host code: a user iterable's methods run nested (callSync). */
export function iterate(h: Host, v: unknown): KIter {
  const r = builtinIter(h, v);
  return r instanceof KIter ? r : wrapIterator(h, h.callSync(r, v, []));
}

function notIterable(v: unknown): never {
  const what = v instanceof KFunction ? v.fnName || "function" : v instanceof KObject ? "object" : typeof v === "string" ? v : String(v);
  return typeError(`${v instanceof KObject && !(v instanceof KFunction) ? "object" : typeof v === "symbol" ? symbolString(v) : what} is not iterable`);
}

export const DONE = Symbol("done");
/** iterNext on a user iterator: its next() must be called (by the loop, or nextSync). */
export const CALL_NEXT = Symbol("call-next");

/** An iterator result object's value, or DONE (the iteration is marked done). */
export function iterResult(h: Host, it: KIter, r: unknown): unknown {
  it.inNext = false;
  if (!(r instanceof KObject)) {
    it.done = true;
    typeError(`Iterator result ${describe(r)} is not an object`);
  }
  if (truthy(getProp(h, r, "done"))) {
    it.done = true;
    return DONE;
  }
  return getProp(h, r, "value");
}

/** Next value of any iteration from host code (a user next() runs nested), or DONE. */
export function iterNextSync(h: Host, it: KIter): unknown {
  const v = iterNext(it);
  if (v !== CALL_NEXT) return v;
  it.inNext = true;
  let r: unknown;
  try {
    r = h.callSync(it.nextFn, it.source, []);
  } catch (err) {
    it.inNext = false;
    it.done = true;
    throw err;
  }
  return iterResult(h, it, r);
}

/** Next value of an iteration, or DONE. */
export function iterNext(it: KIter): unknown {
  const src = it.source;
  switch (it.kind) {
    case "array": {
      const items = (src as KArray).items;
      if (it.index >= items.length) return DONE;
      return elem(items[it.index++]);
    }
    case "list": {
      const items = src as unknown[];
      return it.index < items.length ? items[it.index++] : DONE;
    }
    case "live": {
      let list = it.cache ?? (it.cache = liveView(it));
      if (it.index >= list.length) {
        list = it.cache = liveView(it);
        if (it.index >= list.length) return DONE;
      }
      return list[it.index++];
    }
    case "user":
      return it.done ? DONE : CALL_NEXT;
    case "string": {
      const s = src as string;
      if (it.index >= s.length) return DONE;
      const cp = s.codePointAt(it.index)!;
      const ch = String.fromCodePoint(cp);
      it.index += ch.length;
      return ch;
    }
  }
}

function liveView(it: KIter): unknown[] {
  const src = it.source;
  if (src instanceof KSet) return it.mode === "entries" ? [...src.set].map((v) => new KArray(it.pairProto, [v, v])) : [...src.set];
  if (src instanceof KSearchParams) {
    const list = src.list;
    if (it.mode === "keys") return [...list.keys()];
    if (it.mode === "values") return [...list.values()];
    return [...list].map((pair) => new KArray(it.pairProto, pair));
  }
  const m = (src as KMap).map;
  if (it.mode === "keys") return [...m.keys()];
  if (it.mode === "values") return [...m.values()];
  return [...m].map(([k, v]) => new KArray(it.pairProto, [k, v]));
}

/** Collects the remaining values of an iteration into a host array. */
export function iterRest(h: Host, it: KIter): unknown[] {
  const out: unknown[] = [];
  for (let v = iterNextSync(h, it); v !== DONE; v = iterNextSync(h, it)) {
    out.push(v);
    if (out.length > 4096 && (out.length & 4095) === 0) h.checkArrayLength(out.length);
  }
  h.checkArrayLength(out.length);
  return out;
}

export function spreadToArray(h: Host, v: unknown): unknown[] {
  if (v instanceof KArray) return elemList(v.items);
  return iterRest(h, iterate(h, v));
}

// ------------------------------------------------------------------ misc

export function isErrorObject(v: unknown): v is KError {
  return v instanceof KError;
}

export function functionName(v: KFunction): string {
  return v.fnName;
}

export { KHandle, KTime, KRegExp, KMap, KSet };
