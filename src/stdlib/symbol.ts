// Symbol: the constructor-less factory, Symbol.for/keyFor (a registry per run, see
// vm/symbols.ts), the well-known symbols and Symbol.prototype.

import type { Realm } from "../vm/realm.js";
import { toStr, typeError } from "../vm/semantics.js";
import { SYM_ITERATOR, SYM_TO_PRIMITIVE, SYM_TO_STRING_TAG, WELL_KNOWN, WELL_KNOWN_NAMES, symbolString } from "../vm/symbols.js";
import { KIter } from "../vm/values.js";
import { type Row, type VM, defineAccessors, defineMethods } from "./define.js";

/** Heap charged for one new symbol (its description is charged by its length). */
const SYMBOL_BYTES = 32;

function self(t: unknown, what: string): symbol {
  if (typeof t === "symbol") return t;
  return typeError(`Symbol.prototype.${what} requires that 'this' be a Symbol`);
}

const statics: Row[] = [
  ["for", (vm: VM, _t, a) => {
    const key = toStr(vm, a[0]);
    vm.chargeHeap(SYMBOL_BYTES + key.length * 2);
    return vm.symbolFor(key);
  }, 1],
  ["keyFor", (vm: VM, _t, a) => {
    if (typeof a[0] !== "symbol") typeError(`${typeof a[0] === "string" ? a[0] : String(a[0])} is not a symbol`);
    return vm.symbolKeyFor(a[0]);
  }, 1],
];

const proto: Row[] = [
  ["toString", (_vm, t) => symbolString(self(t, "toString")), 0],
  ["valueOf", (_vm, t) => self(t, "valueOf"), 0],
];

/**
 * The builtin iterables' [Symbol.iterator] (done once the builtins exist): the same
 * functions as Array.prototype.values, Map.prototype.entries, Set.prototype.values and
 * URLSearchParams.prototype.entries, as in JS; a string's iterator walks its code points;
 * an iterator's own [Symbol.iterator] returns it.
 */
export function installIterables(realm: Realm): void {
  const same: Array<[string, string]> = [
    ["Array.prototype", "Array.prototype.values"],
    ["Map.prototype", "Map.prototype.entries"],
    ["Set.prototype", "Set.prototype.values"],
    ["URLSearchParams.prototype", "URLSearchParams.prototype.entries"],
  ];
  for (const [protoPath, fnPath] of same) {
    const proto = realm.byPath.get(protoPath);
    const fn = realm.byPath.get(fnPath);
    if (proto !== undefined && fn !== undefined) realm.define(proto, SYM_ITERATOR, fn);
  }
  realm.define(realm.StringProto, SYM_ITERATOR, realm.native("String.prototype[Symbol.iterator]", "[Symbol.iterator]", ((vm: VM, t: unknown) => {
    if (t === null || t === undefined) typeError("String.prototype[Symbol.iterator] called on null or undefined");
    return new KIter(vm.realm.IterProto, "string", toStr(vm, t), 0);
  }) as never, 0));
  realm.define(realm.IterProto, SYM_ITERATOR, realm.native("Iterator.prototype[Symbol.iterator]", "[Symbol.iterator]", ((_vm: VM, t: unknown) => t) as never, 0));
}

export function installSymbol(realm: Realm): void {
  // Symbol is a function but not a constructor: `new Symbol()` is a TypeError, as in JS.
  const ctor = realm.native("Symbol", "Symbol", ((vm: VM, _t: unknown, a: unknown[]) => {
    const desc = a.length === 0 || a[0] === undefined ? undefined : toStr(vm, a[0]);
    vm.chargeHeap(SYMBOL_BYTES + (desc === undefined ? 0 : desc.length * 2));
    return Symbol(desc);
  }) as never, 0);
  realm.globals.Symbol = ctor;
  realm.define(ctor, "prototype", realm.SymbolProto);
  realm.define(realm.SymbolProto, "constructor", ctor);
  defineMethods(realm, ctor, "Symbol", statics);
  for (const name of WELL_KNOWN_NAMES) realm.define(ctor, name, WELL_KNOWN[name]);
  defineMethods(realm, realm.SymbolProto, "Symbol.prototype", proto);
  defineAccessors(realm, realm.SymbolProto, "Symbol.prototype", [["description", (_vm, t) => self(t, "description").description]]);
  realm.define(realm.SymbolProto, SYM_TO_STRING_TAG, "Symbol");
  realm.define(realm.SymbolProto, SYM_TO_PRIMITIVE, realm.native("Symbol.prototype[Symbol.toPrimitive]", "[Symbol.toPrimitive]", ((_vm: VM, t: unknown) => self(t, "[Symbol.toPrimitive]")) as never, 1));
}
