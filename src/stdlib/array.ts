// Array: the constructor, statics and the prototype methods that need no callback
// (those live in the prelude).

import { deleteProp, getProp, hasProp, iterRest, wrapPrimitive, iterate, looseEquals, ownKeys, setProp, toNumber, toStr, typeError, rangeError } from "../vm/semantics.js";
import type { Realm } from "../vm/realm.js";
import { EMPTY, KArray, KFunction, KNative, KObject, KIter, KMap, KSearchParams, KSet, OBJECT_BYTES, elem, elemList } from "../vm/values.js";
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
    if (v === EMPTY) continue;
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
      const part = v === null || v === undefined || v === EMPTY ? "" : v instanceof KArray ? joinArray(vm, v, ",", seen) : toStr(vm, v);
      parts.push(part);
      if ((total += part.length) > max) vm.allocString(total);
    }
    vm.allocString(total);
    return parts.join(sep);
  } finally {
    seen.delete(a);
  }
}

/**
 * A builtin iterable or an array-like → a fresh host list (Array.from; the prelude hands
 * a script's iterable to a for-of first, so an object here is read by length and index).
 */
export function toList(vm: VM, src: unknown): unknown[] {
  if (src instanceof KArray) {
    roomFor(vm, src.items.length);
    const out = elemList(src.items);
    return out === src.items ? out.slice() : out;
  }
  if (typeof src === "string") roomFor(vm, src.length);
  // A builtin iterable is iterated; another object is array-like.
  if (typeof src === "string" || src instanceof KIter || src instanceof KMap || src instanceof KSet || src instanceof KSearchParams) return iterRest(vm, iterate(vm, src));
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


// Generic receivers: the methods below work on any `this` (an array-like object, a string,
// a function…) through its properties, as the specification's algorithms do. An array
// takes the direct paths over its dense list; the generic ones read `length`, test each
// index with HasProperty and get, set and delete through the ordinary property paths
// (getters, setters and read-only properties included).

/** ToObject(this) for the generic paths: null and undefined are refused, primitives wrapped. */
function receiver(vm: VM, thisv: unknown, method: string): unknown {
  if (thisv === null || thisv === undefined) typeError(`Array.prototype.${method} called on null or undefined`);
  if (typeof thisv === "string" || typeof thisv === "number" || typeof thisv === "boolean") return wrapPrimitive(vm, thisv);
  return thisv;
}

/** ToLength(O.length). */
function lengthOf(vm: VM, o: unknown): number {
  const n = toInt(vm, getProp(vm, o, "length"));
  return n > 0 ? Math.min(n, Number.MAX_SAFE_INTEGER) : 0;
}

/** HasProperty(O, i). */
function has(vm: VM, o: unknown, i: number): boolean {
  if (!(o instanceof KObject)) return false;
  return hasProp(vm, String(i), o);
}

function getAt(vm: VM, o: unknown, i: number): unknown {
  return getProp(vm, o, String(i));
}

/** One unit of fuel each 1024 elements visited, and a look at the deadline. */
function step(vm: VM, k: number): void {
  if ((k & 1023) === 1023) {
    vm.chargeWork(0, 1024);
    pollDeadline(vm);
  }
}

function setAt(vm: VM, o: unknown, k: number | string, v: unknown): void {
  setProp(vm, o, typeof k === "number" ? String(k) : k, v);
}

function deleteAt(vm: VM, o: unknown, k: number): void {
  if (!deleteProp(vm, o, String(k))) typeError(`Cannot delete property '${k}' of ${typeof o === "string" ? "[object String]" : "[object Object]"}`);
}

type Generic = (vm: VM, o: unknown, args: unknown[]) => unknown;
const generic: Record<string, Generic> = {
  indexOf(vm, o, args) {
    const n = lengthOf(vm, o);
    if (n === 0) return -1;
    for (let k = relIndex(vm, args[1], n, 0) + 0; k < n; k++) {
      step(vm, k);
      if (has(vm, o, k) && getAt(vm, o, k) === args[0]) return k;
    }
    return -1;
  },
  lastIndexOf(vm, o, args) {
    const n = lengthOf(vm, o);
    if (n === 0) return -1;
    let k: number;
    if (args.length > 1) {
      const x = toNumber(vm, args[1]);
      const f = x !== x ? 0 : Math.trunc(x);
      k = f >= 0 ? Math.min(f, n - 1) : n + f;
    } else k = n - 1;
    k += 0;
    for (; k >= 0; k--) {
      step(vm, k);
      if (has(vm, o, k) && getAt(vm, o, k) === args[0]) return k;
    }
    return -1;
  },
  includes(vm, o, args) {
    const n = lengthOf(vm, o);
    if (n === 0) return false;
    for (let k = relIndex(vm, args[1], n, 0); k < n; k++) {
      step(vm, k);
      if (sameValueZero(getAt(vm, o, k), args[0])) return true;
    }
    return false;
  },
  join(vm, o, args) {
    const n = lengthOf(vm, o);
    const sep = args[0] === undefined ? "," : toStr(vm, args[0]);
    const parts: string[] = [];
    let total = 0;
    for (let k = 0; k < n; k++) {
      step(vm, k);
      const v = getAt(vm, o, k);
      const part = v === null || v === undefined ? "" : toStr(vm, v);
      total += part.length + (k > 0 ? sep.length : 0);
      if (total > vm.limits.maxStringLength) vm.allocString(total);
      parts.push(part);
    }
    vm.allocString(total);
    return parts.join(sep);
  },
  at(vm, o, args) {
    const n = lengthOf(vm, o);
    const x = toNumber(vm, args[0]);
    let k = x !== x ? 0 : Math.trunc(x);
    if (k < 0) k += n;
    return k < 0 || k >= n ? undefined : getAt(vm, o, k);
  },
  slice(vm, o, args) {
    const n = lengthOf(vm, o);
    const start = relIndex(vm, args[0], n, 0);
    const end = relIndex(vm, args[1], n, n);
    const out: unknown[] = [];
    roomFor(vm, Math.max(0, end - start));
    for (let k = start; k < end; k++) {
      step(vm, k);
      out.push(has(vm, o, k) ? getAt(vm, o, k) : undefined);
    }
    return newArray(vm, out);
  },
  push(vm, o, args) {
    let n = lengthOf(vm, o);
    if (n + args.length > Number.MAX_SAFE_INTEGER) typeError("Pushing " + args.length + " elements on an array-like of length " + n + " is disallowed, as the total surpasses 2**53-1");
    for (const v of args) setAt(vm, o, n++, v);
    setAt(vm, o, "length", n);
    return n;
  },
  pop(vm, o) {
    const n = lengthOf(vm, o);
    if (n === 0) {
      setAt(vm, o, "length", 0);
      return undefined;
    }
    const v = getAt(vm, o, n - 1);
    deleteAt(vm, o, n - 1);
    setAt(vm, o, "length", n - 1);
    return v;
  },
  shift(vm, o) {
    const n = lengthOf(vm, o);
    if (n === 0) {
      setAt(vm, o, "length", 0);
      return undefined;
    }
    const first = getAt(vm, o, 0);
    for (let k = 1; k < n; k++) {
      step(vm, k);
      if (has(vm, o, k)) setAt(vm, o, k - 1, getAt(vm, o, k));
      else deleteAt(vm, o, k - 1);
    }
    deleteAt(vm, o, n - 1);
    setAt(vm, o, "length", n - 1);
    return first;
  },
  unshift(vm, o, args) {
    const n = lengthOf(vm, o);
    const c = args.length;
    if (c > 0) {
      if (n + c > Number.MAX_SAFE_INTEGER) typeError("Unshift on an array-like whose length would surpass 2**53-1");
      for (let k = n; k > 0; k--) {
        step(vm, k);
        if (has(vm, o, k - 1)) setAt(vm, o, k + c - 1, getAt(vm, o, k - 1));
        else deleteAt(vm, o, k + c - 1);
      }
      for (let j = 0; j < c; j++) setAt(vm, o, j, args[j]);
    }
    setAt(vm, o, "length", n + c);
    return n + c;
  },
  reverse(vm, o) {
    const n = lengthOf(vm, o);
    for (let lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
      step(vm, lo);
      const hasLo = has(vm, o, lo);
      const lower = hasLo ? getAt(vm, o, lo) : undefined;
      const hasHi = has(vm, o, hi);
      const upper = hasHi ? getAt(vm, o, hi) : undefined;
      if (hasHi) setAt(vm, o, lo, upper);
      else if (hasLo) deleteAt(vm, o, lo);
      if (hasLo) setAt(vm, o, hi, lower);
      else if (hasHi) deleteAt(vm, o, hi);
    }
    return o;
  },
  fill(vm, o, args) {
    const n = lengthOf(vm, o);
    const end = relIndex(vm, args[2], n, n);
    for (let k = relIndex(vm, args[1], n, 0); k < end; k++) {
      step(vm, k);
      setAt(vm, o, k, args[0]);
    }
    return o;
  },
  splice(vm, o, args) {
    const n = lengthOf(vm, o);
    const start = relIndex(vm, args[0], n, 0);
    let count: number;
    if (args.length === 0) count = 0;
    else if (args.length === 1) count = n - start;
    else {
      const x = toNumber(vm, args[1]);
      count = Math.min(Math.max(x !== x ? 0 : Math.trunc(x), 0), n - start);
    }
    const items = args.slice(2);
    if (n + items.length - count > Number.MAX_SAFE_INTEGER) typeError("Splice on an array-like whose length would surpass 2**53-1");
    roomFor(vm, count);
    const removed: unknown[] = [];
    for (let k = 0; k < count; k++) removed.push(has(vm, o, start + k) ? getAt(vm, o, start + k) : undefined);
    const out = newArray(vm, removed);
    setAt(vm, out, "length", count);
    const ic = items.length;
    if (ic < count) {
      for (let k = start; k < n - count; k++) {
        step(vm, k);
        if (has(vm, o, k + count)) setAt(vm, o, k + ic, getAt(vm, o, k + count));
        else deleteAt(vm, o, k + ic);
      }
      for (let k = n; k > n - count + ic; k--) deleteAt(vm, o, k - 1);
    } else if (ic > count) {
      for (let k = n - count; k > start; k--) {
        step(vm, k);
        if (has(vm, o, k + count - 1)) setAt(vm, o, k + ic - 1, getAt(vm, o, k + count - 1));
        else deleteAt(vm, o, k + ic - 1);
      }
    }
    for (let j = 0; j < ic; j++) setAt(vm, o, start + j, items[j]);
    setAt(vm, o, "length", n - count + ic);
    return out;
  },
  copyWithin(vm, o, args) {
    const n = lengthOf(vm, o);
    let to = relIndex(vm, args[0], n, 0);
    let from = relIndex(vm, args[1], n, 0);
    const fin = relIndex(vm, args[2], n, n);
    let count = Math.min(fin - from, n - to);
    let dir = 1;
    if (from < to && to < from + count) {
      dir = -1;
      from += count - 1;
      to += count - 1;
    }
    for (let k = 0; count > 0; count--, k++) {
      step(vm, k);
      if (has(vm, o, from)) setAt(vm, o, to, getAt(vm, o, from));
      else deleteAt(vm, o, to);
      from += dir;
      to += dir;
    }
    return o;
  },
  toString(vm: VM, o: unknown): unknown {
    const join = o instanceof KObject ? getProp(vm, o, "join") : undefined;
    if (join instanceof KFunction) return vm.callSync(join, o, []);
    return vm.callSync(vm.realm.ObjectProto.props.toString, o, []);
  },
};

/** The method `name`: the array path for arrays, the generic one for any other receiver. */
function dual(name: string, onArray: Row[1]): Row[1] {
  const g = generic[name]!;
  return (vm, t, args, nt) => (t instanceof KArray ? onArray(vm, t, args, nt) : g(vm, receiver(vm, t, name), args));
}

/**
 * The method `name` on another receiver runs on a copy of its elements taken when it is
 * called (an iterator over an array-like does not see later changes to it).
 */
function viaList(name: string, onArray: Row[1]): Row[1] {
  return (vm, t, args, nt) => {
    if (t instanceof KArray) return onArray(vm, t, args, nt);
    const o = receiver(vm, t, name);
    const n = lengthOf(vm, o);
    roomFor(vm, n);
    const items: unknown[] = [];
    for (let k = 0; k < n; k++) {
      step(vm, k);
      items.push(has(vm, o, k) ? getAt(vm, o, k) : EMPTY);
    }
    return onArray(vm, newArray(vm, items), args, nt);
  };
}

const proto: Row[] = [
  ["push", dual("push", (vm, t, args) => {
    const a = resizable(self(vm, t), args.length > 0, false);
    vm.checkArrayLength(a.items.length + args.length);
    vm.chargeHeap(8 * args.length);
    for (const v of args) a.items.push(v);
    return a.items.length;
  }), 1],
  ["pop", dual("pop", (vm, t) => elem(resizable(self(vm, t), false, true).items.pop())), 0],
  ["shift", dual("shift", (vm, t) => elem(resizable(self(vm, t), false, true).items.shift())), 0],
  ["unshift", dual("unshift", (vm, t, args) => {
    const a = resizable(self(vm, t), args.length > 0, false);
    vm.checkArrayLength(a.items.length + args.length);
    vm.chargeHeap(8 * args.length);
    vm.chargeWork(0, a.items.length + args.length);
    return a.items.unshift(...args);
  }), 1],
  ["slice", dual("slice", (vm, t, args) => {
    const a = self(vm, t);
    const n = a.items.length;
    const start = relIndex(vm, args[0], n, 0);
    const end = relIndex(vm, args[1], n, n);
    roomFor(vm, end - start);
    return newArray(vm, a.items.slice(start, end));
  }), 2],
  ["splice", dual("splice", (vm, t, args) => {
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
  }), 2],
  ["concat", (vm, t, args) => {
    // Another receiver is the result's first element, as an argument that is not an array is.
    const first = t instanceof KArray ? t.items : [receiver(vm, t, "concat")];
    // The whole length first: nothing is copied unless the result fits.
    let total = first.length;
    for (const v of args) total += v instanceof KArray ? v.items.length : 1;
    roomFor(vm, total);
    const out = first.slice();
    for (const v of args) {
      if (v instanceof KArray) for (const x of v.items) out.push(x);
      else out.push(v);
    }
    return newArray(vm, out);
  }, 1],
  ["join", dual("join", (vm, t, args) => joinArray(vm, self(vm, t), args[0] === undefined ? "," : toStr(vm, args[0]), new Set())), 1],
  ["toString", (vm, t, args) => (t instanceof KArray ? joinArray(vm, t, ",", new Set()) : generic["toString"]!(vm, receiver(vm, t, "toString"), args)), 0],
  ["reverse", dual("reverse", (vm, t) => {
    const a = mutable(self(vm, t));
    a.items.reverse();
    return a;
  }), 0, "this"],
  ["toReversed", (vm, t) => {
    const a = self(vm, t);
    roomFor(vm, a.items.length);
    const out = elemList(a.items);
    return newArray(vm, (out === a.items ? out.slice() : out).reverse());
  }, 0],
  ["toSpliced", (vm, t, args) => {
    const a = self(vm, t);
    const n = a.items.length;
    const start = relIndex(vm, args[0], n, 0);
    const count = args.length === 0 ? 0 : args.length === 1 ? n - start : Math.min(Math.max(toInt(vm, args[1]), 0), n - start);
    const inserted = args.slice(2);
    vm.checkArrayLength(n - count + inserted.length);
    roomFor(vm, n - count + inserted.length);
    // A copy without holes (they read as undefined), as toReversed makes.
    const out = elemList(a.items);
    const copy = out === a.items ? out.slice() : out;
    copy.splice(start, count, ...inserted);
    return newArray(vm, copy);
  }, 2],
  ["indexOf", dual("indexOf", (vm, t, args) => {
    const a = self(vm, t);
    // The length is checked before fromIndex is converted.
    if (a.items.length === 0) return -1;
    const from = relIndex(vm, args[1], a.items.length, 0) + 0;
    let i = from;
    for (; i < a.items.length; i++) if (a.items[i] === args[0]) break;
    vm.chargeWork(0, i - from);
    return i < a.items.length ? i : -1;
  }), 1],
  ["lastIndexOf", dual("lastIndexOf", (vm, t, args) => {
    const a = self(vm, t);
    const n = a.items.length;
    if (n === 0) return -1;
    let from = args.length > 1 ? toInt(vm, args[1]) : n - 1;
    if (from < 0) from += n;
    if (from < 0) return -1;
    let i = Math.min(from, n - 1) + 0;
    for (; i >= 0; i--) if (a.items[i] === args[0]) break;
    vm.chargeWork(0, Math.min(from, n - 1) - i);
    return i;
  }), 1],
  ["includes", dual("includes", (vm, t, args) => {
    const a = self(vm, t);
    if (a.items.length === 0) return false;
    const from = relIndex(vm, args[1], a.items.length, 0);
    let i = from;
    for (; i < a.items.length; i++) if (sameValueZero(elem(a.items[i]), args[0])) break;
    vm.chargeWork(0, i - from);
    return i < a.items.length;
  }), 1],
  ["fill", dual("fill", (vm, t, args) => {
    const a = mutable(self(vm, t));
    const n = a.items.length;
    const start = relIndex(vm, args[1], n, 0);
    const end = relIndex(vm, args[2], n, n);
    vm.chargeWork(0, end - start);
    for (let i = start; i < end; i++) a.items[i] = args[0];
    return a;
  }), 1],
  ["copyWithin", dual("copyWithin", (vm, t, args) => {
    const a = mutable(self(vm, t));
    const n = a.items.length;
    a.items.copyWithin(relIndex(vm, args[0], n, 0), relIndex(vm, args[1], n, 0), relIndex(vm, args[2], n, n));
    return a;
  }), 2, "this"],
  ["at", dual("at", (vm, t, args) => {
    const a = self(vm, t);
    let i = toInt(vm, args[0]);
    if (i < 0) i += a.items.length;
    return elem(a.items[i]);
  }), 1],
  ["flat", viaList("flat", (vm, t, args) => {
    const a = self(vm, t);
    const depth = args[0] === undefined ? 1 : toInt(vm, args[0]);
    return newArray(vm, flat(vm, a.items, depth, [], roomLeft(vm)));
  }), 0, "this"],
  ["keys", viaList("keys", (vm, t) => {
    const a = self(vm, t);
    vm.allocArray(a.items.length);
    return new KIter(vm.realm.IterProto, "list", a.items.map((_, i) => i), 0);
  }), 0],
  ["values", viaList("values", (vm, t) => new KIter(vm.realm.IterProto, "array", self(vm, t), 0)), 0],
  ["entries", viaList("entries", (vm, t) => {
    const a = self(vm, t);
    vm.allocArray(a.items.length);
    return new KIter(vm.realm.IterProto, "list", a.items.map((v, i) => newArray(vm, [i, elem(v)])), 0);
  }), 0],
  ["with", (vm, t, args) => {
    const a = self(vm, t);
    let i = toInt(vm, args[0]);
    if (i < 0) i += a.items.length;
    if (i < 0 || i >= a.items.length) rangeError("Invalid index : " + String(args[0]));
    roomFor(vm, a.items.length);
    const out = a.items.map(elem);
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
      return newArray(vm, new Array(n).fill(EMPTY));
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
