// Array: the constructor, statics and the prototype methods that need no callback
// (those live in the prelude).

import { getProp, iterRest, iterate, looseEquals, ownKeys, toNumber, toStr, typeError, rangeError } from "../vm/semantics.js";
import type { Realm } from "../vm/realm.js";
import { SYM_ITERATOR } from "../vm/symbols.js";
import { KArray, KNative, KObject, KIter, OBJECT_BYTES } from "../vm/values.js";
import { type Row, type VM, arg, defineConstructor, defineMethods, pollDeadline } from "./define.js";

export function toInt(vm: VM, v: unknown): number {
  const n = toNumber(vm, v);
  if (n !== n) return 0;
  return Math.trunc(n);
}

function self(vm: VM, thisv: unknown): KArray {
  if (thisv instanceof KArray) return thisv;
  return typeError(`Array.prototype method called on ${thisv === null || thisv === undefined ? String(thisv) : "a non-array"}`);
}

function relIndex(vm: VM, v: unknown, n: number, dflt: number): number {
  if (v === undefined) return dflt;
  const i = toInt(vm, v);
  return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
}

/** A guest array over `items`, charged (length limit, heap, fuel): every array a native returns is made here. */
export function newArray(vm: VM, items: unknown[]): KArray {
  vm.allocArray(items.length);
  return new KArray(vm.realm.ArrayProto, items);
}

/**
 * Checks, before a native builds a list of `n` elements, that newArray() will accept
 * it: past the array limit or the run's remaining heap the run ends here, before the
 * host allocates. Charges nothing (newArray does).
 */
export function roomFor(vm: VM, n: number): void {
  vm.checkArrayLength(n);
  const bytes = OBJECT_BYTES + 8 * n;
  if (bytes > vm.heapAvailable()) vm.chargeHeap(bytes);
}

/** How many elements a list being built may still reach before roomFor() refuses it. */
export function roomLeft(vm: VM): number {
  return Math.max(0, Math.min(vm.limits.maxArrayLength, Math.floor((vm.heapAvailable() - OBJECT_BYTES) / 8)));
}

function mutable(a: KArray): KArray {
  if (a.frozen) typeError("Cannot add property, object is not extensible");
  return a;
}

/**
 * For the methods that change an array's length: `grow` elements may be added (refused
 * once the array is not extensible), `shrink` removed (refused once it is sealed).
 */
function resizable(a: KArray, grow: boolean, shrink: boolean): KArray {
  mutable(a);
  const attrs = a.attrs;
  if (attrs !== null) {
    if (grow && !attrs.extensible) typeError(`Cannot add property ${a.items.length}, object is not extensible`);
    if (shrink && attrs.sealedItems && a.items.length > 0) typeError(`Cannot delete property '${a.items.length - 1}' of [object Array]`);
  }
  return a;
}

/** SameValueZero, as includes() uses. */
function sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

/** Flattens into `out`, refusing (roomFor) as soon as it would grow past `room` elements. */
function flat(vm: VM, items: unknown[], depth: number, out: unknown[], room: number): unknown[] {
  for (const v of items) {
    if (v instanceof KArray && depth > 0) {
      vm.chargeWork(0, v.items.length);
      flat(vm, v.items, depth - 1, out, room);
    } else {
      if (out.length >= room) roomFor(vm, out.length + 1);
      out.push(v);
    }
  }
  return out;
}

/** Default sort order: undefined last (handled by the caller), then by string value. */
export function sortDefault(vm: VM, items: unknown[]): unknown[] {
  roomFor(vm, items.length);
  const keyed = items.map((v) => [toStr(vm, v), v] as const);
  // One unit a comparison, charged as the sort goes, so the deadline can end a long one.
  let comparisons = 0;
  keyed.sort((x, y) => {
    if (++comparisons === 1024) {
      vm.chargeWork(0, comparisons);
      pollDeadline(vm);
      comparisons = 0;
    }
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0;
  });
  vm.chargeWork(0, comparisons);
  return keyed.map((k) => k[1]);
}

/**
 * Array join: the parts' running length (separators included) is checked as each part
 * is made, and the host joins only once the whole length is charged.
 */
export function joinArray(vm: VM, a: KArray, sep: string, seen: Set<KArray>): string {
  if (seen.has(a)) return "";
  seen.add(a);
  try {
    const items = a.items;
    const n = items.length;
    vm.chargeWork(0, n);
    const max = vm.limits.maxStringLength;
    let total = n > 1 ? (n - 1) * sep.length : 0;
    if (total > max) vm.allocString(total);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = items[i];
      const part = v === null || v === undefined ? "" : v instanceof KArray ? joinArray(vm, v, ",", seen) : toStr(vm, v);
      parts.push(part);
      if ((total += part.length) > max) vm.allocString(total);
    }
    vm.allocString(total);
    return parts.join(sep);
  } finally {
    seen.delete(a);
  }
}

/** Any iterable or array-like → a fresh host list. */
export function toList(vm: VM, src: unknown): unknown[] {
  if (src instanceof KArray) {
    roomFor(vm, src.items.length);
    return src.items.slice();
  }
  if (typeof src === "string") roomFor(vm, src.length);
  // An iterable is iterated (what its iterator throws is thrown); another object is array-like.
  if (typeof src === "string" || src instanceof KIter) return iterRest(vm, iterate(vm, src));
  if (src instanceof KObject && !("length" in src.props)) {
    const m = getProp(vm, src, SYM_ITERATOR);
    if (m !== undefined && m !== null) return iterRest(vm, iterate(vm, src));
  }
  if (src instanceof KObject) {
    const n = toInt(vm, getProp(vm, src, "length"));
    roomFor(vm, n);
    vm.chargeWork(0, n);
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(getProp(vm, src, String(i)));
    return out;
  }
  return [];
}

const proto: Row[] = [
  ["push", (vm, t, args) => {
    const a = resizable(self(vm, t), args.length > 0, false);
    vm.checkArrayLength(a.items.length + args.length);
    vm.chargeHeap(8 * args.length);
    for (const v of args) a.items.push(v);
    return a.items.length;
  }, 1],
  ["pop", (vm, t) => resizable(self(vm, t), false, true).items.pop(), 0],
  ["shift", (vm, t) => resizable(self(vm, t), false, true).items.shift(), 0],
  ["unshift", (vm, t, args) => {
    const a = resizable(self(vm, t), args.length > 0, false);
    vm.checkArrayLength(a.items.length + args.length);
    vm.chargeHeap(8 * args.length);
    vm.chargeWork(0, a.items.length + args.length);
    return a.items.unshift(...args);
  }, 1],
  ["slice", (vm, t, args) => {
    const a = self(vm, t);
    const n = a.items.length;
    const start = relIndex(vm, args[0], n, 0);
    const end = relIndex(vm, args[1], n, n);
    roomFor(vm, end - start);
    return newArray(vm, a.items.slice(start, end));
  }, 2],
  ["splice", (vm, t, args) => {
    const a = mutable(self(vm, t));
    const n = a.items.length;
    const start = relIndex(vm, args[0], n, 0);
    const count = args.length === 0 ? 0 : args.length === 1 ? n - start : Math.min(Math.max(toInt(vm, args[1]), 0), n - start);
    const inserted = args.slice(2);
    if (a.attrs !== null) resizable(a, inserted.length > count, inserted.length < count);
    vm.checkArrayLength(n - count + inserted.length);
    roomFor(vm, count);
    vm.chargeHeap(8 * inserted.length);
    vm.chargeWork(0, n - start);
    return newArray(vm, a.items.splice(start, count, ...inserted));
  }, 2],
  ["concat", (vm, t, args) => {
    const a = self(vm, t);
    // The whole length first: nothing is copied unless the result fits.
    let total = a.items.length;
    for (const v of args) total += v instanceof KArray ? v.items.length : 1;
    roomFor(vm, total);
    const out = a.items.slice();
    for (const v of args) {
      if (v instanceof KArray) for (const x of v.items) out.push(x);
      else out.push(v);
    }
    return newArray(vm, out);
  }, 1],
  ["join", (vm, t, args) => joinArray(vm, self(vm, t), args[0] === undefined ? "," : toStr(vm, args[0]), new Set()), 1],
  ["toString", (vm, t) => (t instanceof KArray ? joinArray(vm, t, ",", new Set()) : "[object Object]"), 0],
  ["reverse", (vm, t) => {
    const a = mutable(self(vm, t));
    a.items.reverse();
    return a;
  }, 0, "this"],
  ["toReversed", (vm, t) => {
    const a = self(vm, t);
    roomFor(vm, a.items.length);
    return newArray(vm, a.items.slice().reverse());
  }, 0],
  ["indexOf", (vm, t, args) => {
    const a = self(vm, t);
    const from = relIndex(vm, args[1], a.items.length, 0);
    let i = from;
    for (; i < a.items.length; i++) if (a.items[i] === args[0]) break;
    vm.chargeWork(0, i - from);
    return i < a.items.length ? i : -1;
  }, 1],
  ["lastIndexOf", (vm, t, args) => {
    const a = self(vm, t);
    const n = a.items.length;
    let from = args.length > 1 ? toInt(vm, args[1]) : n - 1;
    if (from < 0) from += n;
    let i = Math.min(from, n - 1);
    for (; i >= 0; i--) if (a.items[i] === args[0]) break;
    vm.chargeWork(0, Math.min(from, n - 1) - i);
    return i;
  }, 1],
  ["includes", (vm, t, args) => {
    const a = self(vm, t);
    const from = relIndex(vm, args[1], a.items.length, 0);
    let i = from;
    for (; i < a.items.length; i++) if (sameValueZero(a.items[i], args[0])) break;
    vm.chargeWork(0, i - from);
    return i < a.items.length;
  }, 1],
  ["fill", (vm, t, args) => {
    const a = mutable(self(vm, t));
    const n = a.items.length;
    const start = relIndex(vm, args[1], n, 0);
    const end = relIndex(vm, args[2], n, n);
    vm.chargeWork(0, end - start);
    for (let i = start; i < end; i++) a.items[i] = args[0];
    return a;
  }, 1],
  ["copyWithin", (vm, t, args) => {
    const a = mutable(self(vm, t));
    const n = a.items.length;
    a.items.copyWithin(relIndex(vm, args[0], n, 0), relIndex(vm, args[1], n, 0), relIndex(vm, args[2], n, n));
    return a;
  }, 2, "this"],
  ["at", (vm, t, args) => {
    const a = self(vm, t);
    let i = toInt(vm, args[0]);
    if (i < 0) i += a.items.length;
    return a.items[i];
  }, 1],
  ["flat", (vm, t, args) => {
    const a = self(vm, t);
    const depth = args[0] === undefined ? 1 : toInt(vm, args[0]);
    return newArray(vm, flat(vm, a.items, depth, [], roomLeft(vm)));
  }, 0, "this"],
  ["keys", (vm, t) => {
    const a = self(vm, t);
    vm.allocArray(a.items.length);
    return new KIter(vm.realm.IterProto, "list", a.items.map((_, i) => i), 0);
  }, 0],
  ["values", (vm, t) => new KIter(vm.realm.IterProto, "array", self(vm, t), 0), 0],
  ["entries", (vm, t) => {
    const a = self(vm, t);
    vm.allocArray(a.items.length);
    return new KIter(vm.realm.IterProto, "list", a.items.map((v, i) => newArray(vm, [i, v])), 0);
  }, 0],
  ["with", (vm, t, args) => {
    const a = self(vm, t);
    let i = toInt(vm, args[0]);
    if (i < 0) i += a.items.length;
    if (i < 0 || i >= a.items.length) rangeError("Invalid index : " + String(args[0]));
    roomFor(vm, a.items.length);
    const out = a.items.slice();
    out[i] = args[1];
    return newArray(vm, out);
  }, 2],
];

export function installArray(realm: Realm, prelude: Record<string, unknown>): void {
  const ctor = defineConstructor(realm, "Array", (vm, _t, args) => {
    if (args.length === 1 && typeof args[0] === "number") {
      const n = args[0];
      if (!(Number.isInteger(n) && n >= 0 && n < 4294967296)) rangeError("Invalid array length");
      roomFor(vm, n);
      return newArray(vm, new Array(n).fill(undefined));
    }
    return newArray(vm, args.slice());
  }, 1, realm.ArrayProto);
  defineMethods(realm, realm.ArrayProto, "Array.prototype", proto);
  realm.arrayPush = realm.ArrayProto.props.push as KNative;
  defineMethods(realm, ctor, "Array", [
    ["isArray", (_vm, _t, args) => args[0] instanceof KArray, 1],
    ["of", (vm, _t, args) => newArray(vm, args.slice()), 0],
  ]);
  for (const name of ["map", "filter", "forEach", "reduce", "reduceRight", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "flatMap", "sort", "toSorted"]) {
    realm.define(realm.ArrayProto, name, prelude[`Array.prototype.${name}`]);
  }
  realm.define(ctor, "from", prelude["Array.from"]);
  void arg;
  void looseEquals;
  void ownKeys;
}
