// Error types, Map, Set and the iterator objects returned by keys()/values()/entries().

import { describe, iterNextSync, DONE, spreadToArray, toStr, typeError, getProp, userIteratorMethod } from "../vm/semantics.js";
import { symbolString } from "../vm/symbols.js";
import { adoptNewTarget } from "../vm/classes.js";
import type { Realm } from "../vm/realm.js";
import { type KClosure, KArray, KError, KIter, KMap, KObject, KSet, elem } from "../vm/values.js";
import { newArray } from "./array.js";
import { type Row, type VM, defineAccessors, defineConstructor, defineMethods, defineValues } from "./define.js";

const ERROR_TYPES = ["TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError"];

export function installErrors(realm: Realm): void {
  const make = (name: string, proto: KObject) =>
    defineConstructor(realm, name, (vm, _t, a) => {
      const e = vm.makeError(name, a[0] === undefined ? "" : toStr(vm, a[0]));
      if (a[0] === undefined) delete e.props.message;
      const opts = a[1];
      if (opts instanceof KObject && "cause" in opts.props) {
        e.props.cause = opts.props.cause;
        e.hidden!.add("cause");
      }
      return e;
    }, 1, proto);
  defineValues(realm, realm.ErrorProto, { name: "Error", message: "" });
  defineMethods(realm, realm.ErrorProto, "Error.prototype", [
    ["toString", (vm, t) => {
      if (!(t instanceof KObject)) typeError("Error.prototype.toString called on a non-object");
      const name = getProp(vm, t, "name");
      const msg = getProp(vm, t, "message");
      const n = name === undefined ? "Error" : toStr(vm, name);
      const m = msg === undefined ? "" : toStr(vm, msg);
      if (n && m) vm.allocString(n.length + 2 + m.length);
      return !n ? m : !m ? n : `${n}: ${m}`;
    }, 0],
  ]);
  make("Error", realm.ErrorProto);
  realm.errorProtos.set("Error", realm.ErrorProto);
  for (const name of ERROR_TYPES) {
    const proto = new KObject(realm.ErrorProto);
    realm.register(`${name}.prototype`, proto);
    defineValues(realm, proto, { name, message: "" });
    realm.errorProtos.set(name, proto);
    make(name, proto);
  }
}

function mapSelf(t: unknown): KMap {
  if (t instanceof KMap) return t;
  return typeError("Method Map.prototype called on incompatible receiver");
}
function setSelf(t: unknown): KSet {
  if (t instanceof KSet) return t;
  return typeError("Method Set.prototype called on incompatible receiver");
}

/** A Map or Set reachable from every run (an embedder's global data) is read-only. */
function mapWritable(t: unknown): KMap {
  const m = mapSelf(t);
  if (m.shared) typeError("Cannot modify a shared Map: it is read-only in every run");
  return m;
}
function setWritable(t: unknown): KSet {
  const s = setSelf(t);
  if (s.shared) typeError("Cannot modify a shared Set: it is read-only in every run");
  return s;
}

/** -0 and +0 are the same key (SameValueZero), as in JS. */
const normKey = (k: unknown) => (k === 0 ? 0 : k);

/** What new Map(iterable) and Object.fromEntries throw for a value that is not an object. */
export function notEntry(v: unknown): never {
  return typeError(`Iterator value ${typeof v === "symbol" ? symbolString(v) : String(v)} is not an entry object`);
}

/** One entry added by new Map(iterable) (the prelude's %mapFrom calls it too). */
export function mapAdd(vm: VM, m: KMap, k: unknown, v: unknown): void {
  if (!m.map.has(normKey(k))) vm.chargeHeap(32);
  m.map.set(normKey(k), v);
}

/** One value added by new Set(iterable) (the prelude's %setFrom calls it too). */
export function setAdd(vm: VM, s: KSet, v: unknown): void {
  if (!s.set.has(normKey(v))) vm.chargeHeap(16);
  s.set.add(normKey(v));
}

const mapProto: Row[] = [
  ["get", (_vm, t, a) => mapSelf(t).map.get(normKey(a[0])), 1],
  ["set", (vm, t, a) => {
    const m = mapWritable(t);
    mapAdd(vm, m, a[0], a[1]);
    return m;
  }, 2],
  ["has", (_vm, t, a) => mapSelf(t).map.has(normKey(a[0])), 1],
  ["delete", (_vm, t, a) => mapWritable(t).map.delete(normKey(a[0])), 1],
  ["clear", (_vm, t) => void mapWritable(t).map.clear(), 0],
  ["keys", (vm, t) => new KIter(vm.realm.IterProto, "live", mapSelf(t), 0, "keys", vm.realm.ArrayProto), 0],
  ["values", (vm, t) => new KIter(vm.realm.IterProto, "live", mapSelf(t), 0, "values", vm.realm.ArrayProto), 0],
  ["entries", (vm, t) => new KIter(vm.realm.IterProto, "live", mapSelf(t), 0, "entries", vm.realm.ArrayProto), 0],
];

const setProto: Row[] = [
  ["add", (vm, t, a) => {
    const s = setWritable(t);
    setAdd(vm, s, a[0]);
    return s;
  }, 1],
  ["has", (_vm, t, a) => setSelf(t).set.has(normKey(a[0])), 1],
  ["delete", (_vm, t, a) => setWritable(t).set.delete(normKey(a[0])), 1],
  ["clear", (_vm, t) => void setWritable(t).set.clear(), 0],
  ["values", (vm, t) => new KIter(vm.realm.IterProto, "live", setSelf(t), 0, "values", vm.realm.ArrayProto), 0],
  ["entries", (vm, t) => new KIter(vm.realm.IterProto, "live", setSelf(t), 0, "entries", vm.realm.ArrayProto), 0],
];

const iterProto: Row[] = [
  ["next", (vm, t) => {
    if (!(t instanceof KIter)) typeError("next method called on incompatible receiver");
    const v = iterNextSync(vm, t);
    const r = new KObject(vm.realm.ObjectProto);
    r.props.value = v === DONE ? undefined : v;
    r.props.done = v === DONE;
    return r;
  }, 0],
  ["toArray", (vm, t) => {
    if (!(t instanceof KIter)) typeError("toArray method called on incompatible receiver");
    return newArray(vm, spreadToArray(vm, t));
  }, 0],
];

export function installCollections(realm: Realm, prelude: Record<string, unknown>): void {
  const mapFrom = prelude["%mapFrom"] as KClosure;
  const setFrom = prelude["%setFrom"] as KClosure;
  const mapCtor: KObject = defineConstructor(realm, "Map", (vm: VM, _t, a, newTarget) => {
    if (!newTarget) typeError("Constructor Map requires 'new'");
    const m = new KMap(vm.realm.MapProto);
    if (newTarget !== mapCtor) adoptNewTarget(vm, m, newTarget);
    vm.chargeHeap(64);
    const src = a[0];
    if (src === undefined || src === null) return m;
    // A script's iterable is stepped by the prelude, on the VM's frames.
    const method = userIteratorMethod(vm, src);
    if (method !== undefined) return vm.tailCall(mapFrom, undefined, [m, src, method]);
    for (const entry of spreadToArray(vm, src)) {
      if (!(entry instanceof KObject)) notEntry(entry);
      const k = entry instanceof KArray ? elem(entry.items[0]) : getProp(vm, entry, "0");
      const v = entry instanceof KArray ? elem(entry.items[1]) : getProp(vm, entry, "1");
      m.map.set(normKey(k), v);
    }
    vm.chargeHeap(32 * m.map.size);
    return m;
  }, 0, realm.MapProto);
  defineMethods(realm, realm.MapProto, "Map.prototype", mapProto);
  defineAccessors(realm, realm.MapProto, "Map.prototype", [["size", (_vm, t) => (t instanceof KMap ? t.map.size : typeError(`Method get Map.prototype.size called on incompatible receiver ${describe(t)}`))]]);
  realm.define(realm.MapProto, "forEach", prelude["Map.prototype.forEach"]);

  const setCtor: KObject = defineConstructor(realm, "Set", (vm: VM, _t, a, newTarget) => {
    if (!newTarget) typeError("Constructor Set requires 'new'");
    const s = new KSet(vm.realm.SetProto);
    if (newTarget !== setCtor) adoptNewTarget(vm, s, newTarget);
    vm.chargeHeap(64);
    const src = a[0];
    if (src === undefined || src === null) return s;
    const method = userIteratorMethod(vm, src);
    if (method !== undefined) return vm.tailCall(setFrom, undefined, [s, src, method]);
    for (const v of spreadToArray(vm, src)) s.set.add(normKey(v));
    vm.chargeHeap(16 * s.set.size);
    return s;
  }, 0, realm.SetProto);
  defineMethods(realm, realm.SetProto, "Set.prototype", setProto);
  // As in JavaScript, Set.prototype.keys is the very function of values.
  const values = realm.SetProto.props.values as KObject;
  realm.define(realm.SetProto, "keys", values);
  // A snapshot written while keys was a function of its own names it by its own path.
  realm.byPath.set("Set.prototype.keys", values);
  defineAccessors(realm, realm.SetProto, "Set.prototype", [["size", (_vm, t) => (t instanceof KSet ? t.set.size : typeError(`Method get Set.prototype.size called on incompatible receiver ${describe(t)}`))]]);
  realm.define(realm.SetProto, "forEach", prelude["Set.prototype.forEach"]);

  defineMethods(realm, realm.IterProto, "Iterator.prototype", iterProto);
}

export { KError };
