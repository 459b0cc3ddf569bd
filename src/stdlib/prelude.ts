// The prelude: builtins that call back into scripts, written in the script language
// itself. Compiled to bytecode like any script, they run on the VM's own frames, so a
// run can suspend (and be snapshotted) inside a callback: `items.map(x => wait(x))`.
// The realm calls the returned function once with the intrinsics it needs.

export { BUILTIN_FILENAME as PRELUDE_FILENAME } from "../vm/interpreter.js";

export const PRELUDE_SOURCE = String.raw`
return function (I) {
  const describe = I.describe;
  const toInt = I.toInt;
  const sortDefault = I.sortDefault;
  const isCallable = I.isCallable;
  function check(fn) {
    if (!isCallable(fn)) throw new TypeError(describe(fn) + " is not a function");
  }
  // ToObject(this): a string, number or boolean receiver is wrapped in its object.
  function obj(a) {
    if (a === null || a === undefined) throw new TypeError("Array.prototype method called on null or undefined");
    return typeof a === "object" || typeof a === "function" ? a : Object(a);
  }
  // this.length as ToLength: an integer from 0 to 2^53 - 1.
  function len(a) {
    const n = toInt(a.length);
    return n > 0 ? (n < 9007199254740991 ? n : 9007199254740991) : 0;
  }
  function relIndex(i, n, dflt) {
    if (i === undefined) return dflt;
    i = toInt(i);
    return i < 0 ? (i + n < 0 ? 0 : i + n) : (i > n ? n : i);
  }
  function mergeSort(a, cmp) {
    const n = a.length;
    if (n < 2) return a;
    let src = a, dst = new Array(n);
    for (let width = 1; width < n; width = width * 2) {
      for (let lo = 0; lo < n; lo = lo + 2 * width) {
        const mid = lo + width < n ? lo + width : n;
        const hi = lo + 2 * width < n ? lo + 2 * width : n;
        let i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
          const r = cmp(src[j], src[i]);
          if (r < 0) { dst[k] = src[j]; j++; } else { dst[k] = src[i]; i++; }
          k++;
        }
        while (i < mid) { dst[k] = src[i]; i++; k++; }
        while (j < hi) { dst[k] = src[j]; j++; k++; }
      }
      const t = src; src = dst; dst = t;
    }
    return src;
  }
  // Optional parameters are written "x = undefined": a function's length counts the
  // parameters before the first default, so each builtin's length is JavaScript's.
  return {
    // Spread and rest over a script's iterator (vm/interpreter.ts, "Iteration"): the
    // for-of calls its next() on the VM's frames, so a run can suspend inside it.
    "%iterSpread": function spread(arr, iterable) {
      for (const v of iterable) arr.push(v);
      return arr;
    },
    "%iterRest": function rest(it) {
      const out = [];
      for (const v of it) out.push(v);
      return out;
    },
    // Builtins handed a script's iterable (a generator, an object with its own iterator):
    // the for-of runs its next() and return() on the VM's frames, so a run can suspend
    // inside (stdlib/collections.ts, object.ts). An abrupt completion in the body closes
    // the iterator, as JavaScript's IteratorClose does.
    "%mapFrom": function mapFrom(m, src, method) {
      for (const e of I.iterOf(I.call(method, src))) {
        if (e === null || (typeof e !== "object" && typeof e !== "function")) I.notEntry(e);
        I.mapAdd(m, e[0], e[1]);
      }
      return m;
    },
    "%setFrom": function setFrom(s, src, method) {
      for (const v of I.iterOf(I.call(method, src))) I.setAdd(s, v);
      return s;
    },
    "%fromEntries": function fromEntries(src, method) {
      const o = {};
      for (const e of I.iterOf(I.call(method, src))) {
        if (e === null || (typeof e !== "object" && typeof e !== "function")) I.notEntry(e);
        I.defineEntry(o, e[0], e[1]);
      }
      return o;
    },
    "Array.prototype.map": function map(fn, thisArg = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      const r = new Array(n);
      for (let i = 0; i < n; i++) if (i in a) r[i] = thisArg === undefined ? fn(a[i], i, a) : fn.call(thisArg, a[i], i, a);
      return r;
    },
    "Array.prototype.filter": function filter(fn, thisArg = undefined) {
      const a = obj(this), n = len(a), r = [];
      check(fn);
      for (let i = 0; i < n; i++) {
        if (!(i in a)) continue;
        const v = a[i];
        if (thisArg === undefined ? fn(v, i, a) : fn.call(thisArg, v, i, a)) r.push(v);
      }
      return r;
    },
    "Array.prototype.forEach": function forEach(fn, thisArg = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      for (let i = 0; i < n; i++) { if (!(i in a)) continue; if (thisArg === undefined) fn(a[i], i, a); else fn.call(thisArg, a[i], i, a); }
    },
    "Array.prototype.reduce": function reduce(fn, init = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      let i = 0, acc;
      if (arguments.length >= 2) acc = init;
      else {
        while (i < n && !(i in a)) i++;
        if (i >= n) throw new TypeError("Reduce of empty array with no initial value");
        acc = a[i]; i++;
      }
      for (; i < n; i++) if (i in a) acc = fn(acc, a[i], i, a);
      return acc;
    },
    "Array.prototype.reduceRight": function reduceRight(fn, init = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      let i = n - 1, acc;
      if (arguments.length >= 2) acc = init;
      else {
        while (i >= 0 && !(i in a)) i--;
        if (i < 0) throw new TypeError("Reduce of empty array with no initial value");
        acc = a[i]; i--;
      }
      for (; i >= 0; i--) if (i in a) acc = fn(acc, a[i], i, a);
      return acc;
    },
    "Array.prototype.find": function find(fn, thisArg = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      for (let i = 0; i < n; i++) if (fn.call(thisArg, a[i], i, a)) return a[i];
      return undefined;
    },
    "Array.prototype.findIndex": function findIndex(fn, thisArg = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      for (let i = 0; i < n; i++) if (fn.call(thisArg, a[i], i, a)) return i;
      return -1;
    },
    "Array.prototype.findLast": function findLast(fn, thisArg = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      for (let i = n - 1; i >= 0; i--) if (fn.call(thisArg, a[i], i, a)) return a[i];
      return undefined;
    },
    "Array.prototype.findLastIndex": function findLastIndex(fn, thisArg = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      for (let i = n - 1; i >= 0; i--) if (fn.call(thisArg, a[i], i, a)) return i;
      return -1;
    },
    "Array.prototype.some": function some(fn, thisArg = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      for (let i = 0; i < n; i++) if (i in a && fn.call(thisArg, a[i], i, a)) return true;
      return false;
    },
    "Array.prototype.every": function every(fn, thisArg = undefined) {
      const a = obj(this), n = len(a);
      check(fn);
      for (let i = 0; i < n; i++) if (i in a && !fn.call(thisArg, a[i], i, a)) return false;
      return true;
    },
    "Array.prototype.flatMap": function flatMap(fn, thisArg = undefined) {
      const a = obj(this), n = len(a), r = [];
      check(fn);
      for (let i = 0; i < n; i++) {
        if (!(i in a)) continue;
        const v = fn.call(thisArg, a[i], i, a);
        if (Array.isArray(v)) { for (let j = 0; j < v.length; j++) r.push(v[j]); } else r.push(v);
      }
      return r;
    },
    "Array.prototype.sort": function sort(cmp) {
      if (cmp !== undefined) check(cmp);
      const a = obj(this), n = len(a);
      const vals = [];
      let undef = 0;
      // Holes are left out and end up after the undefineds (deleted), as in JavaScript.
      for (let i = 0; i < n; i++) {
        if (!(i in a)) continue;
        const v = a[i];
        if (v === undefined) undef++; else vals.push(v);
      }
      const sorted = cmp === undefined ? sortDefault(vals) : mergeSort(vals, function (x, y) {
        const r = +cmp(x, y);
        return r !== r ? 0 : r;
      });
      let k = 0;
      for (; k < sorted.length; k++) a[k] = sorted[k];
      for (let u = 0; u < undef; u++, k++) a[k] = undefined;
      for (; k < n; k++) delete a[k];
      return a;
    },
    "Array.prototype.toSorted": function toSorted(cmp) {
      // A copy without holes (they read as undefined), sorted.
      const c = this.slice();
      for (let i = 0; i < c.length; i++) if (!(i in c)) c[i] = undefined;
      return c.sort(cmp);
    },
    "Array.from": function from(src, fn = undefined, thisArg = undefined) {
      if (fn !== undefined) check(fn);
      if (src === null || src === undefined) throw new TypeError(describe(src) + " is not iterable");
      const method = I.userIteratorMethod(src);
      if (method !== undefined) {
        // A script's iterable: each value is mapped as it is produced, as in JavaScript.
        const r = [];
        let i = 0;
        for (const v of I.iterOf(I.call(method, src))) {
          r.push(fn === undefined ? v : fn.call(thisArg, v, i));
          i++;
        }
        return r;
      }
      const items = I.toList(src);
      if (fn === undefined) return items;
      for (let i = 0; i < items.length; i++) items[i] = fn.call(thisArg, items[i], i);
      return items;
    },
    "String.prototype.replace": function replace(pattern, replacement) {
      if (this === null || this === undefined) throw new TypeError("String.prototype.replace called on null or undefined");
      const s = I.toStr(this);
      if (!isCallable(replacement)) return I.replaceNative(s, pattern, replacement, false);
      const ms = I.matchesFor(s, pattern, false);
      return I.spliceMatches(s, ms, ms.map(function (m) { return I.toStr(replacement.apply(undefined, m.args)); }));
    },
    "String.prototype.replaceAll": function replaceAll(pattern, replacement) {
      if (this === null || this === undefined) throw new TypeError("String.prototype.replaceAll called on null or undefined");
      const s = I.toStr(this);
      if (!isCallable(replacement)) return I.replaceNative(s, pattern, replacement, true);
      const ms = I.matchesFor(s, pattern, true);
      return I.spliceMatches(s, ms, ms.map(function (m) { return I.toStr(replacement.apply(undefined, m.args)); }));
    },
    "Map.prototype.forEach": function forEach(fn, thisArg = undefined) {
      check(fn);
      const entries = I.mapEntries(this);
      for (let i = 0; i < entries.length; i++) fn.call(thisArg, entries[i][1], entries[i][0], this);
    },
    "Set.prototype.forEach": function forEach(fn, thisArg = undefined) {
      check(fn);
      const values = I.setValues(this);
      for (let i = 0; i < values.length; i++) fn.call(thisArg, values[i], values[i], this);
    },
    "JSON.parse": function parse(text, reviver) {
      const v = I.jsonParse(text);
      if (reviver === undefined) return v;
      check(reviver);
      function walk(holder, key) {
        const val = holder[key];
        if (val !== null && typeof val === "object") {
          const keys = Object.keys(val);
          for (let i = 0; i < keys.length; i++) {
            const nv = walk(val, keys[i]);
            if (nv === undefined) delete val[keys[i]]; else val[keys[i]] = nv;
          }
        }
        return reviver.call(holder, key, val);
      }
      return walk({ "": v }, "");
    },
  };
};
`;
