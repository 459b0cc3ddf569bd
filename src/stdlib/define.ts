// Builtins as tables: each builtin object is declared as a list of
// [name, implementation, arity] rows; the path ("Array.prototype.map") is the native's
// stable identity, used by snapshots.

import type { Interpreter } from "../vm/interpreter.js";
import type { Realm } from "../vm/realm.js";
import { KNative, KObject } from "../vm/values.js";

export type VM = Interpreter;
export type Native = (vm: VM, thisv: unknown, args: unknown[], newTarget: KObject | undefined) => unknown;
export type Row = [name: string, impl: Native, arity: number];

export function defineMethods(realm: Realm, target: KObject, path: string, rows: Row[]): void {
  for (const [name, impl, arity] of rows) {
    realm.define(target, name, realm.native(`${path}.${name}`, name, impl as never, arity));
  }
}

export function defineValues(realm: Realm, target: KObject, values: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(values)) realm.define(target, k, v);
}

/** A constructor function object with its prototype linked both ways. */
export function defineConstructor(realm: Realm, name: string, impl: Native, arity: number, proto: KObject | null): KNative {
  const ctor = realm.native(name, name, impl as never, arity, true);
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
