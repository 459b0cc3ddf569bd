// Property descriptors and object integrity: Object.defineProperty and its family,
// preventExtensions / seal / freeze and their predicates.
//
// The common property — a data property that is writable, enumerable and configurable,
// on an extensible object — carries no attributes at all, so reads and writes of it cost
// nothing extra. What deviates is recorded aside:
// - enumerable: false  → the key is in `KObject.hidden`;
// - writable: false, configurable: false → bits in `KObject.attrs.flags`, and
//   `attrs.extensible` once an object is made non-extensible (null until first needed);
// - Object.freeze sets `frozen`, which stands for "every own property is read-only and
//   non-configurable, and nothing can be added" (the realm's builtins are frozen too).
// An array's elements live in `items`: they are always plain data properties, writable,
// enumerable and configurable, unless the array is frozen (none writable) or sealed
// (`attrs.sealedItems`: none configurable).

import { PendingError } from "./errors.js";
import { type Host, NONE, arrayIndex, freezeObject, getProp, setProp, typeError, virtualProp } from "./semantics.js";
import { Accessor, EMPTY, KArray, KClosure, KFunction, KObject, KRegExp, KWrapper, NOT_CONFIGURABLE, NOT_WRITABLE, PropAttrs, type PropKey } from "./values.js";

/** A property descriptor as the host handles it (fields absent when not given). */
export interface Desc {
  value?: unknown;
  writable?: boolean;
  get?: KObject | undefined;
  set?: KObject | undefined;
  enumerable?: boolean;
  configurable?: boolean;
}

function isAccessorDesc(d: Desc): boolean {
  return "get" in d || "set" in d;
}
function isDataDesc(d: Desc): boolean {
  return "value" in d || "writable" in d;
}

/** The attribute record of `o`, made on first use. */
export function attrsOf(o: KObject): PropAttrs {
  return (o.attrs ??= new PropAttrs());
}

export function isExtensible(o: KObject): boolean {
  return !o.frozen && (o.attrs === null || o.attrs.extensible);
}

function keyText(k: PropKey): string {
  return String(k);
}

// ------------------------------------------------------------------ reading descriptors

/**
 * The own property `k` of `o` as a descriptor, or undefined. `raw`: accessors are
 * reported as get/set (never called); virtual properties (an array's length, a
 * function's name) are included.
 */
export function ownDescriptor(h: Host, o: KObject, k: PropKey): Desc | undefined {
  const frozen = o.frozen;
  if (o instanceof KArray) {
    const i = arrayIndex(k);
    if (i >= 0) {
      if (i >= o.items.length || o.items[i] === EMPTY) return undefined;
      const sealed = frozen || (o.attrs !== null && o.attrs.sealedItems);
      return { value: o.items[i], writable: !frozen, enumerable: true, configurable: !sealed };
    }
    if (k === "length") return { value: o.items.length, writable: !frozen, enumerable: false, configurable: false };
  }
  const props = o.props;
  if (!(k in props)) {
    if (o instanceof KFunction && (k === "name" || k === "length")) {
      return { value: virtualProp(h, o, k), writable: false, enumerable: false, configurable: !frozen };
    }
    if (o instanceof KClosure && k === "prototype") {
      const p = virtualProp(h, o, k);
      if (p === NONE) return undefined;
      return ownDescriptor(h, o, k);
    }
    if (o instanceof KRegExp && k === "lastIndex") {
      return { value: o.re.lastIndex, writable: !frozen, enumerable: false, configurable: false };
    }
    if (o instanceof KWrapper && typeof o.prim === "string") {
      if (k === "length") return { value: o.prim.length, writable: false, enumerable: false, configurable: false };
      const i = arrayIndex(k);
      if (i >= 0 && i < o.prim.length) return { value: o.prim[i], writable: false, enumerable: true, configurable: false };
    }
    return undefined;
  }
  const v = props[k];
  const flags = o.attrs === null ? 0 : (o.attrs.flags.get(k) ?? 0);
  const enumerable = !(o.hidden !== null && o.hidden.has(k));
  const configurable = !frozen && (flags & NOT_CONFIGURABLE) === 0;
  if (v instanceof Accessor) return { get: v.get, set: v.set, enumerable, configurable };
  return { value: v, writable: !frozen && (flags & NOT_WRITABLE) === 0, enumerable, configurable };
}

/** A descriptor as a guest object, in V8's key order. */
export function fromDescriptor(h: Host, d: Desc | undefined): unknown {
  if (d === undefined) return undefined;
  h.chargeHeap(96 + 4 * 16);
  const o = new KObject(h.realm.ObjectProto);
  if (isAccessorDesc(d)) {
    o.props.get = d.get;
    o.props.set = d.set;
  } else {
    o.props.value = d.value;
    o.props.writable = d.writable;
  }
  o.props.enumerable = d.enumerable;
  o.props.configurable = d.configurable;
  return o;
}

function has(h: Host, o: KObject, k: string): boolean {
  for (let x: KObject | null = o; x !== null; x = x.proto) if (k in x.props) return true;
  void h;
  return false;
}

/** ToPropertyDescriptor: reads a guest descriptor object (getters on it run). */
export function toDescriptor(h: Host, v: unknown): Desc {
  if (!(v instanceof KObject)) typeError(`Property description must be an object: ${describeValue(v)}`);
  const d: Desc = {};
  const flag = (k: "enumerable" | "configurable" | "writable") => {
    if (has(h, v, k)) d[k] = truthy(getProp(h, v, k));
  };
  flag("enumerable");
  flag("configurable");
  if (has(h, v, "value")) d.value = getProp(h, v, "value");
  flag("writable");
  for (const k of ["get", "set"] as const) {
    if (!has(h, v, k)) continue;
    const f = getProp(h, v, k);
    if (f !== undefined && !(f instanceof KFunction)) typeError(`${k === "get" ? "Getter" : "Setter"} must be a function: ${describeValue(f)}`);
    d[k] = f as KObject | undefined;
  }
  if (isAccessorDesc(d) && isDataDesc(d)) {
    typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>");
  }
  return d;
}

function truthy(v: unknown): boolean {
  return typeof v === "object" ? v !== null : !!v;
}

function describeValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof KFunction) return `function ${v.fnName}`;
  if (v instanceof KObject) return "#<Object>";
  return String(v);
}

// ------------------------------------------------------------------ defining

function redefine(k: PropKey): never {
  return typeError(`Cannot redefine property: ${keyText(k)}`);
}

/** Sets or clears a bit of `k`'s flags. */
function setFlag(o: KObject, k: PropKey, bit: number, on: boolean): void {
  if (!on && o.attrs === null) return;
  const flags = attrsOf(o).flags;
  const cur = flags.get(k) ?? 0;
  const next = on ? cur | bit : cur & ~bit;
  if (next === cur) return;
  if (next === 0) flags.delete(k);
  else flags.set(k, next);
}

function setEnumerable(o: KObject, k: PropKey, on: boolean): void {
  if (on) o.hidden?.delete(k);
  else (o.hidden ??= new Set()).add(k);
}

/**
 * [[DefineOwnProperty]] (ValidateAndApplyPropertyDescriptor) for Object.defineProperty:
 * a change the property's attributes forbid throws V8's TypeError.
 */
export function defineOwn(h: Host, o: KObject, k: PropKey, d: Desc): void {
  if (o instanceof KArray) {
    const i = arrayIndex(k);
    if (i >= 0) return defineElement(h, o, i, d);
    if (k === "length") return defineLength(h, o, d);
  } else if (o instanceof KRegExp && k === "lastIndex") {
    const current = ownDescriptor(h, o, k)!;
    validate(k, current, d);
    if (o.frozen) return;
    if (isAccessorDesc(d) || d.writable === false) {
      throw new PendingError("TypeError", "Cannot redefine property: lastIndex (a regular expression's lastIndex stays writable unless it is frozen)");
    }
    if ("value" in d) setProp(h, o, k, d.value);
    return;
  }
  const current = ownDescriptor(h, o, k);
  if (current === undefined) {
    if (!isExtensible(o)) typeError(`Cannot define property ${keyText(k)}, object is not extensible`);
    h.chargeHeap(16 + (typeof k === "string" ? k.length * 2 : 0));
    if (o.hasAccessors) delete o.props[k];
    if (isAccessorDesc(d)) {
      o.props[k] = new Accessor(d.get, d.set);
      o.hasAccessors = true;
    } else {
      o.props[k] = d.value;
      if (d.writable !== true) setFlag(o, k, NOT_WRITABLE, true);
    }
    if (d.enumerable !== true) setEnumerable(o, k, false);
    if (d.configurable !== true) setFlag(o, k, NOT_CONFIGURABLE, true);
    return;
  }
  validate(k, current, d);
  // A frozen object's properties allow only changes that change nothing.
  if (o.frozen) return;
  const virtual = !(k in o.props);
  if (isAccessorDesc(d) ? !("get" in current || "set" in current) : isDataDesc(d) && ("get" in current || "set" in current)) {
    // Data <-> accessor: the property keeps its enumerable and configurable attributes.
    if (isAccessorDesc(d)) {
      o.props[k] = new Accessor(d.get, d.set);
      o.hasAccessors = true;
      setFlag(o, k, NOT_WRITABLE, false);
    } else {
      o.props[k] = d.value;
      setFlag(o, k, NOT_WRITABLE, d.writable !== true);
    }
  } else if ("get" in current || "set" in current) {
    const acc = o.props[k] as Accessor;
    o.props[k] = new Accessor("get" in d ? d.get : acc.get, "set" in d ? d.set : acc.set);
  } else {
    if (virtual) {
      // A function's name or length becomes an own property with its attributes.
      if (!("value" in d)) d = { ...d, value: current.value };
      h.chargeHeap(16 + (typeof k === "string" ? k.length * 2 : 0));
      setEnumerable(o, k, current.enumerable === true);
      setFlag(o, k, NOT_WRITABLE, current.writable !== true);
      setFlag(o, k, NOT_CONFIGURABLE, current.configurable !== true);
    }
    if ("value" in d) o.props[k] = d.value;
    if (d.writable !== undefined) setFlag(o, k, NOT_WRITABLE, !d.writable);
  }
  if (d.enumerable !== undefined) setEnumerable(o, k, d.enumerable);
  if (d.configurable !== undefined) setFlag(o, k, NOT_CONFIGURABLE, !d.configurable);
}

/** The checks of ValidateAndApplyPropertyDescriptor for an existing property. */
function validate(k: PropKey, current: Desc, d: Desc): void {
  if (current.configurable) return;
  if (d.configurable === true) redefine(k);
  if (d.enumerable !== undefined && d.enumerable !== current.enumerable) redefine(k);
  const curAccessor = "get" in current || "set" in current;
  if (!isAccessorDesc(d) && !isDataDesc(d)) return;
  if (curAccessor !== isAccessorDesc(d)) redefine(k);
  if (curAccessor) {
    if ("get" in d && d.get !== current.get) redefine(k);
    if ("set" in d && d.set !== current.set) redefine(k);
  } else if (!current.writable) {
    if (d.writable === true) redefine(k);
    if ("value" in d && !Object.is(d.value, current.value)) redefine(k);
  }
}

const ELEMENTS_ONLY_DATA = "array elements are plain data properties here: writable, enumerable and configurable unless the array is frozen or sealed";

/** An array element: only the attributes every element has can be given. */
function defineElement(h: Host, a: KArray, i: number, d: Desc): void {
  const k = String(i);
  const current = ownDescriptor(h, a, k);
  if (current === undefined) {
    if (!isExtensible(a)) typeError(`Cannot define property ${k}, object is not extensible`);
    if (isAccessorDesc(d) || d.writable !== true || d.enumerable !== true || d.configurable !== true) {
      throw new PendingError("TypeError", `Cannot define property ${k} with these attributes: ${ELEMENTS_ONLY_DATA}`);
    }
    setProp(h, a, i, d.value);
    return;
  }
  validate(k, current, d);
  if (a.frozen) return;
  if (isAccessorDesc(d) || d.writable === false || d.enumerable === false || (d.configurable === false && current.configurable)) {
    throw new PendingError("TypeError", `Cannot redefine property ${k} with these attributes: ${ELEMENTS_ONLY_DATA}`);
  }
  if ("value" in d) a.items[i] = d.value;
}

function defineLength(h: Host, a: KArray, d: Desc): void {
  const current = ownDescriptor(h, a, "length")!;
  validate("length", current, d);
  if (a.frozen) return;
  if (isAccessorDesc(d) || d.writable === false) {
    throw new PendingError("TypeError", "Cannot redefine property: length (an array's length stays writable unless the array is frozen)");
  }
  if ("value" in d) setProp(h, a, "length", d.value);
}

// ------------------------------------------------------------------ own keys

/** Every own string key (enumerable or not), in JS order, virtual ones included. */
export function ownPropertyNames(h: Host, o: KObject): string[] {
  const keys: string[] = [];
  if (o instanceof KArray) {
    for (let i = 0; i < o.items.length; i++) if (o.items[i] !== EMPTY) keys.push(String(i));
    keys.push("length");
  } else if (o instanceof KFunction) {
    keys.push("length", "name");
    // A constructable closure's prototype is made on first use: made now, so it is listed.
    if (o instanceof KClosure && !("prototype" in o.props)) virtualProp(h, o, "prototype");
  } else if (o instanceof KRegExp) keys.push("lastIndex");
  else if (o instanceof KWrapper && typeof o.prim === "string") {
    for (let i = 0; i < o.prim.length; i++) keys.push(String(i));
    keys.push("length");
  }
  for (const k of Object.keys(o.props)) {
    if (o instanceof KFunction && (k === "length" || k === "name")) continue;
    keys.push(k);
  }
  return keys;
}

// ------------------------------------------------------------------ integrity

export function preventExtensions(o: KObject): void {
  if (o.frozen) return;
  attrsOf(o).extensible = false;
}

/** Object.seal: nothing added, nothing deleted or reconfigured. */
export function seal(h: Host, o: KObject): void {
  if (o.frozen) return;
  if (o instanceof KClosure && o.fn.constructable && !("prototype" in o.props)) virtualProp(h, o, "prototype");
  // A function's name and length become own properties, non-configurable like the rest.
  if (o instanceof KFunction) for (const k of ["length", "name"]) if (!(k in o.props)) defineOwn(h, o, k, {});
  const attrs = attrsOf(o);
  attrs.extensible = false;
  if (o instanceof KArray) attrs.sealedItems = true;
  for (const k of Reflect.ownKeys(o.props) as PropKey[]) attrs.flags.set(k, (attrs.flags.get(k) ?? 0) | NOT_CONFIGURABLE);
}

/**
 * Object.freeze on a script's object. The attribute record marks it as frozen by the
 * script, not by the realm: a frozen prototype's properties then cannot be shadowed by
 * assignment, as in JS, while the realm's frozen builtins (Object.prototype.toString…)
 * still can.
 */
export function freeze(h: Host, o: KObject): void {
  if (o.frozen) return;
  freezeObject(h, o);
  attrsOf(o).extensible = false;
}

/** Object.isSealed (`level` 1) and Object.isFrozen (`level` 2): TestIntegrityLevel. */
export function testIntegrity(h: Host, o: KObject, level: 1 | 2): boolean {
  if (o.frozen) return true;
  if (isExtensible(o)) return false;
  if (o instanceof KArray && o.items.length > 0) {
    if (level === 2) return false;
    if (!o.attrs!.sealedItems) return false;
  }
  for (const k of Reflect.ownKeys(o.props) as PropKey[]) {
    const d = ownDescriptor(h, o, k)!;
    if (d.configurable) return false;
    if (level === 2 && d.writable) return false;
  }
  if (o instanceof KFunction) {
    // name and length are configurable until redefined.
    for (const k of ["name", "length"]) if (!(k in o.props)) return false;
  }
  return true;
}

