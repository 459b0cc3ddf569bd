// Builtins as tables: each builtin object is declared as a list of
// [name, implementation, arity, cost?] rows; the path ("Array.prototype.map") is the
// native's stable identity, used by snapshots.
//
// Charging. Everything a native makes is charged before the host makes it, through the
// VM's allocString(len) / allocArray(n) (length limit, heap, fuel), or newArray() for a
// list already bounded by what the run holds. A row's cost column charges the rest:
// fuel by the size of the input, and for "string" rows the new string's length too, so
// the common shapes need no code in the native at all.

import type { Interpreter } from "../vm/interpreter.js";
import type { Realm } from "../vm/realm.js";
import { Accessor, KArray, KNative, KObject } from "../vm/values.js";

export type VM = Interpreter;
export type Native = (vm: VM, thisv: unknown, args: unknown[], newTarget: KObject | undefined) => unknown;

/**
 * How a row is charged, from the raw receiver and arguments (nothing is converted, so
 * no guest code runs twice), before the native runs:
 * - "this" / "args" / "all": fuel by the size of the receiver, the arguments, or both
 *   (strings by length, arrays by element count) — for natives that read all of it;
 * - "string": the native returns a new string about as long as its receiver
 *   (toUpperCase, normalize…): that length is checked against the string limit and
 *   charged (heap and fuel) before the call; a longer result (ß → SS) is charged the
 *   excess after it, and checked.
 * A native whose result or work depends on converted values charges itself.
 */
export type Cost = "this" | "args" | "all" | "string";
export type Row = [name: string, impl: Native, arity: number, cost?: Cost];

/** Fuel for the characters and elements of raw values (anything else is free). */
function chargeInput(vm: VM, first: unknown, rest: readonly unknown[] | null): void {
  let chars = 0;
  let items = 0;
  for (let i = -1; i < (rest === null ? 0 : rest.length); i++) {
    const v = i < 0 ? first : rest![i];
    if (typeof v === "string") chars += v.length;
    else if (v instanceof KArray) items += v.items.length;
  }
  if (chars > 0 || items > 0) vm.chargeWork(chars, items);
}

/** The implementation with its row's cost charged around it. */
export function charged(impl: Native, cost: Cost | undefined): Native {
  switch (cost) {
    case undefined:
      return impl;
    case "this":
      return (vm, t, a, nt) => {
        chargeInput(vm, t, null);
        return impl(vm, t, a, nt);
      };
    case "args":
      return (vm, t, a, nt) => {
        chargeInput(vm, undefined, a);
        return impl(vm, t, a, nt);
      };
    case "all":
      return (vm, t, a, nt) => {
        chargeInput(vm, t, a);
        return impl(vm, t, a, nt);
      };
    case "string":
      return (vm, t, a, nt) => {
        const estimate = typeof t === "string" ? t.length : 0;
        vm.allocString(estimate);
        const r = impl(vm, t, a, nt);
        if (typeof r === "string" && r.length > estimate) {
          vm.checkString(r);
          vm.allocString(r.length - estimate);
        }
        return r;
      };
  }
}

/**
 * For a native's long host loop, every thousand steps or so: reads the deadline now
 * rather than only when fuel runs out, so a step that costs more time than its fuel
 * suggests (a sort comparison, a JSON value) cannot carry a run far past its deadline.
 */
export function pollDeadline(vm: VM): void {
  if (vm.timeLeft() < 0) vm.timeUp();
}

export function defineMethods(realm: Realm, target: KObject, path: string, rows: Row[]): void {
  for (const [name, impl, arity, cost] of rows) {
    realm.define(target, name, realm.native(`${path}.${name}`, name, charged(impl, cost) as never, arity));
  }
}

/** A global function (parseInt, now…), charged like a row. */
export function defineFunction(realm: Realm, name: string, impl: Native, arity: number, cost?: Cost): KNative {
  const fn = realm.native(name, name, charged(impl, cost) as never, arity);
  realm.globals[name] = fn;
  return fn;
}

/**
 * Getters (and setters) on a prototype, as the web's attributes are (URL.prototype.href):
 * the natives' paths are "<path>.<name>.get" / ".set".
 */
export function defineAccessors(realm: Realm, target: KObject, path: string, rows: Array<[name: string, get: Native, set?: Native]>): void {
  for (const [name, get, set] of rows) {
    const g = realm.native(`${path}.${name}.get`, `get ${name}`, get as never, 0);
    const s = set ? realm.native(`${path}.${name}.set`, `set ${name}`, set as never, 1) : undefined;
    realm.define(target, name, new Accessor(g, s));
    target.hasAccessors = true;
  }
}

export function defineValues(realm: Realm, target: KObject, values: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(values)) realm.define(target, k, v);
}

/** A constructor function object with its prototype linked both ways. */
export function defineConstructor(realm: Realm, name: string, impl: Native, arity: number, proto: KObject | null, cost?: Cost): KNative {
  const ctor = realm.native(name, name, charged(impl, cost) as never, arity, true);
  if (proto) {
    realm.define(ctor, "prototype", proto);
    realm.define(proto, "constructor", ctor);
  }
  realm.globals[name] = ctor;
  return ctor;
}

/** A plain namespace object (Math, JSON) registered under its name. */
export function defineNamespace(realm: Realm, name: string): KObject {
  const o = new KObject(realm.ObjectProto);
  realm.register(name, o);
  realm.globals[name] = o;
  return o;
}

export function arg(args: unknown[], i: number): unknown {
  return i < args.length ? args[i] : undefined;
}
