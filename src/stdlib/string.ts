// String and RegExp. Methods run the host's string operations on primitive strings
// (no host object escapes: results are primitives or fresh VM arrays).

import { getProp, toNumber, toStr, typeError, rangeError } from "../vm/semantics.js";
import type { Realm } from "../vm/realm.js";
import { KArray, KObject, KRegExp, KIter } from "../vm/values.js";
import { newArray, toInt } from "./array.js";
import { type Row, type VM, defineConstructor, defineMethods } from "./define.js";

/** A host RegExp from guest text; a bad pattern is a catchable SyntaxError. */
export function makeRegExp(vm: VM, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return vm.throwError("SyntaxError", (e as Error).message);
  }
}

function str(vm: VM, thisv: unknown): string {
  if (thisv === null || thisv === undefined) typeError(`String.prototype method called on ${thisv}`);
  return toStr(vm, thisv);
}

function result(vm: VM, s: string): string {
  vm.chargeHeap(s.length * 2);
  return vm.checkString(s);
}

/** A host RegExp for a guest pattern (a KRegExp's own, or a string turned literal). */
function hostRegExp(vm: VM, pattern: unknown): RegExp | string {
  if (pattern instanceof KRegExp) return pattern.re;
  return toStr(vm, pattern);
}

/** Converts a host match array (with index/groups) into a guest array. */
export function matchToGuest(vm: VM, m: RegExpExecArray | RegExpMatchArray | null): unknown {
  if (m === null) return null;
  const arr = newArray(vm, Array.from(m, (x) => x));
  arr.props.index = m.index;
  arr.props.input = m.input;
  if (m.groups) {
    const g = new KObject(vm.realm.ObjectProto);
    for (const [k, v] of Object.entries(m.groups)) g.props[k] = v;
    arr.props.groups = g;
  } else arr.props.groups = undefined;
  return arr;
}

interface MatchRecord {
  index: number;
  length: number;
  args: unknown[];
}

/** All matches replace/replaceAll would act on, with the callback's arguments. */
export function matchesFor(vm: VM, s: string, pattern: unknown, all: boolean): KArray {
  const out: KObject[] = [];
  const push = (rec: MatchRecord) => {
    const o = new KObject(vm.realm.ObjectProto);
    o.props.index = rec.index;
    o.props.length = rec.length;
    o.props.args = newArray(vm, rec.args);
    out.push(o);
  };
  if (pattern instanceof KRegExp) {
    const re = pattern.re;
    if (all && !re.global) typeError("String.prototype.replaceAll called with a non-global RegExp argument");
    if (re.global) {
      for (const m of s.matchAll(re)) push(record(vm, m, s));
      re.lastIndex = 0;
    } else {
      const m = re.exec(s);
      if (m) push(record(vm, m, s));
    }
  } else {
    const p = toStr(vm, pattern);
    let from = 0;
    for (;;) {
      const i = s.indexOf(p, from);
      if (i < 0) break;
      push({ index: i, length: p.length, args: [p, i, s] });
      if (!all) break;
      from = i + Math.max(p.length, 1);
      if (from > s.length) break;
    }
  }
  return newArray(vm, out);
}

function record(vm: VM, m: RegExpMatchArray, s: string): MatchRecord {
  const args: unknown[] = Array.from(m, (x) => x);
  args.push(m.index!, s);
  if (m.groups) {
    const g = new KObject(vm.realm.ObjectProto);
    for (const [k, v] of Object.entries(m.groups)) g.props[k] = v;
    args.push(g);
  }
  return { index: m.index!, length: m[0].length, args };
}

export function spliceMatches(vm: VM, s: string, matches: KArray, replacements: KArray): string {
  let out = "";
  let last = 0;
  matches.items.forEach((m, i) => {
    const rec = m as KObject;
    const index = rec.props.index as number;
    out += s.slice(last, index) + toStr(vm, replacements.items[i]);
    last = index + (rec.props.length as number);
  });
  return result(vm, out + s.slice(last));
}

export function replaceNative(vm: VM, s: string, pattern: unknown, replacement: unknown, all: boolean): string {
  const p = hostRegExp(vm, pattern);
  const r = toStr(vm, replacement);
  if (all) {
    if (p instanceof RegExp && !p.global) typeError("String.prototype.replaceAll called with a non-global RegExp argument");
    return result(vm, s.replaceAll(p, r));
  }
  const out = s.replace(p, r);
  if (p instanceof RegExp && p.global) p.lastIndex = 0;
  return result(vm, out);
}

const proto: Row[] = [
  ["charAt", (vm, t, a) => str(vm, t).charAt(toInt(vm, a[0])), 1],
  ["charCodeAt", (vm, t, a) => str(vm, t).charCodeAt(toInt(vm, a[0])), 1],
  ["codePointAt", (vm, t, a) => str(vm, t).codePointAt(toInt(vm, a[0])), 1],
  ["at", (vm, t, a) => str(vm, t).at(toInt(vm, a[0])), 1],
  ["indexOf", (vm, t, a) => str(vm, t).indexOf(toStr(vm, a[0]), a[1] === undefined ? 0 : toInt(vm, a[1])), 1],
  ["lastIndexOf", (vm, t, a) => str(vm, t).lastIndexOf(toStr(vm, a[0]), a[1] === undefined ? Infinity : toNumber(vm, a[1])), 1],
  ["includes", (vm, t, a) => {
    if (a[0] instanceof KRegExp) typeError("First argument to String.prototype.includes must not be a regular expression");
    return str(vm, t).includes(toStr(vm, a[0]), a[1] === undefined ? 0 : toInt(vm, a[1]));
  }, 1],
  ["startsWith", (vm, t, a) => str(vm, t).startsWith(toStr(vm, a[0]), a[1] === undefined ? 0 : toInt(vm, a[1])), 1],
  ["endsWith", (vm, t, a) => {
    const s = str(vm, t);
    return s.endsWith(toStr(vm, a[0]), a[1] === undefined ? s.length : toInt(vm, a[1]));
  }, 1],
  ["slice", (vm, t, a) => str(vm, t).slice(a[0] === undefined ? 0 : toInt(vm, a[0]), a[1] === undefined ? undefined : toInt(vm, a[1])), 2],
  ["substring", (vm, t, a) => str(vm, t).substring(a[0] === undefined ? 0 : toInt(vm, a[0]), a[1] === undefined ? undefined : toInt(vm, a[1])), 2],
  ["substr", (vm, t, a) => str(vm, t).substr(a[0] === undefined ? 0 : toInt(vm, a[0]), a[1] === undefined ? undefined : toInt(vm, a[1])), 2],
  ["toUpperCase", (vm, t) => str(vm, t).toUpperCase(), 0],
  ["toLowerCase", (vm, t) => str(vm, t).toLowerCase(), 0],
  ["toLocaleUpperCase", (vm, t) => str(vm, t).toUpperCase(), 0],
  ["toLocaleLowerCase", (vm, t) => str(vm, t).toLowerCase(), 0],
  ["trim", (vm, t) => str(vm, t).trim(), 0],
  ["trimStart", (vm, t) => str(vm, t).trimStart(), 0],
  ["trimEnd", (vm, t) => str(vm, t).trimEnd(), 0],
  ["padStart", (vm, t, a) => {
    const n = toInt(vm, a[0]);
    vm.checkString(" ".repeat(Math.min(Math.max(n, 0), vm.limits.maxStringLength + 1)));
    return result(vm, str(vm, t).padStart(n, a[1] === undefined ? " " : toStr(vm, a[1])));
  }, 2],
  ["padEnd", (vm, t, a) => {
    const n = toInt(vm, a[0]);
    vm.checkString(" ".repeat(Math.min(Math.max(n, 0), vm.limits.maxStringLength + 1)));
    return result(vm, str(vm, t).padEnd(n, a[1] === undefined ? " " : toStr(vm, a[1])));
  }, 2],
  ["repeat", (vm, t, a) => {
    const s = str(vm, t);
    const n = toNumber(vm, a[0]);
    if (n < 0 || n === Infinity) rangeError(`Invalid count value: ${n}`);
    const count = n !== n ? 0 : Math.trunc(n);
    if (s.length * count > vm.limits.maxStringLength) vm.checkString(" ".repeat(vm.limits.maxStringLength + 1));
    return result(vm, s.repeat(count));
  }, 1],
  ["concat", (vm, t, a) => result(vm, str(vm, t) + a.map((x) => toStr(vm, x)).join("")), 1],
  ["split", (vm, t, a) => {
    const s = str(vm, t);
    if (a[0] === undefined) return newArray(vm, [s]);
    const limit = a[1] === undefined ? undefined : toNumber(vm, a[1]) >>> 0;
    const sep = hostRegExp(vm, a[0]);
    return newArray(vm, s.split(sep as string, limit));
  }, 2],
  ["localeCompare", (vm, t, a) => {
    const x = str(vm, t);
    const y = toStr(vm, a[0]);
    return x.localeCompare(y);
  }, 1],
  ["normalize", (vm, t, a) => {
    const form = a[0] === undefined ? "NFC" : toStr(vm, a[0]);
    if (!["NFC", "NFD", "NFKC", "NFKD"].includes(form)) rangeError(`The normalization form should be one of NFC, NFD, NFKC, NFKD.`);
    return str(vm, t).normalize(form);
  }, 0],
  ["match", (vm, t, a) => {
    const s = str(vm, t);
    const p = a[0] instanceof KRegExp ? a[0].re : makeRegExp(vm, a[0] === undefined ? "(?:)" : toStr(vm, a[0]), "");
    if (p.global) {
      const m = s.match(p);
      p.lastIndex = 0;
      return m === null ? null : newArray(vm, [...m]);
    }
    return matchToGuest(vm, p.exec(s));
  }, 1],
  ["matchAll", (vm, t, a) => {
    const s = str(vm, t);
    if (!(a[0] instanceof KRegExp)) {
      const re = makeRegExp(vm, toStr(vm, a[0]), "g");
      return new KIter(vm.realm.IterProto, "list", [...s.matchAll(re)].map((m) => matchToGuest(vm, m)), 0);
    }
    if (!a[0].re.global) typeError("String.prototype.matchAll called with a non-global RegExp argument");
    const re = new RegExp(a[0].re.source, a[0].re.flags);
    return new KIter(vm.realm.IterProto, "list", [...s.matchAll(re)].map((m) => matchToGuest(vm, m)), 0);
  }, 1],
  ["search", (vm, t, a) => {
    const s = str(vm, t);
    const p = a[0] instanceof KRegExp ? a[0].re : makeRegExp(vm, toStr(vm, a[0]), "");
    return s.search(p);
  }, 1],
  ["toString", (vm, t) => str(vm, t), 0],
  ["valueOf", (vm, t) => str(vm, t), 0],
];

const regexpProto: Row[] = [
  ["test", (vm, t, a) => {
    if (!(t instanceof KRegExp)) typeError("RegExp.prototype.test called on incompatible receiver");
    return t.re.test(toStr(vm, a[0]));
  }, 1],
  ["exec", (vm, t, a) => {
    if (!(t instanceof KRegExp)) typeError("RegExp.prototype.exec called on incompatible receiver");
    return matchToGuest(vm, t.re.exec(toStr(vm, a[0])));
  }, 1],
  ["toString", (vm, t) => (t instanceof KRegExp ? String(t.re) : "/(?:)/"), 0],
];

export function installString(realm: Realm, prelude: Record<string, unknown>): void {
  const ctor = defineConstructor(realm, "String", (vm, _t, a, newTarget) => {
    if (newTarget) typeError("String objects are not supported; use String(value)");
    return a.length === 0 ? "" : toStr(vm, a[0]);
  }, 1, realm.StringProto);
  defineMethods(realm, realm.StringProto, "String.prototype", proto);
  realm.define(realm.StringProto, "replace", prelude["String.prototype.replace"]);
  realm.define(realm.StringProto, "replaceAll", prelude["String.prototype.replaceAll"]);
  defineMethods(realm, ctor, "String", [
    ["fromCharCode", (vm, _t, a) => String.fromCharCode(...a.map((x) => toNumber(vm, x))), 1],
    ["fromCodePoint", (vm, _t, a) => {
      const cps = a.map((x) => toNumber(vm, x));
      for (const cp of cps) if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) rangeError(`Invalid code point ${cp}`);
      return String.fromCodePoint(...cps);
    }, 1],
    ["raw", (vm, _t, a) => {
      const strs = getProp(vm, a[0], "raw");
      if (!(strs instanceof KArray)) typeError("String.raw requires a template object");
      return strs.items.map((s, i) => toStr(vm, s) + (i < a.length - 1 && i < strs.items.length - 1 ? toStr(vm, a[i + 1]) : "")).join("");
    }, 1],
  ]);

  const reCtor = defineConstructor(realm, "RegExp", (vm, _t, a) => {
    const src = a[0] instanceof KRegExp ? a[0].re.source : a[0] === undefined ? "(?:)" : toStr(vm, a[0]);
    const flags = a[1] === undefined ? (a[0] instanceof KRegExp ? a[0].re.flags : "") : toStr(vm, a[1]);
    let re: RegExp;
    try {
      re = new RegExp(src, flags);
    } catch (e) {
      throw vm.throwError("SyntaxError", (e as Error).message);
    }
    return new KRegExp(vm.realm.RegExpProto, re);
  }, 2, realm.RegExpProto);
  void reCtor;
  defineMethods(realm, realm.RegExpProto, "RegExp.prototype", regexpProto);
}
