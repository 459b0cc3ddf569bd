// String and RegExp. Methods run the host's string operations on primitive strings
// (no host object escapes: results are primitives or fresh VM arrays).

import { getProp, primitiveOf, toNumber, toStr, truthy, typeError, rangeError, wrapPrimitive } from "../vm/semantics.js";
import type { Realm } from "../vm/realm.js";
import { KArray, KObject, KRegExp, KIter, OBJECT_BYTES, elem } from "../vm/values.js";
import { createRegExp, runRegExp } from "../vm/regexp.js";
import { symbolString } from "../vm/symbols.js";
import { newArray, roomFor, roomLeft, toInt } from "./array.js";
import { type Native, type Row, type VM, defineAccessors, defineConstructor, defineMethods, pollDeadline } from "./define.js";

/**
 * A host RegExp from guest text; a bad pattern is a catchable SyntaxError. Every match
 * runs through runRegExp (vm/regexp.ts), which keeps it within the run's deadline.
 */
export function makeRegExp(vm: VM, source: string, flags: string): RegExp {
  try {
    return createRegExp(source, flags);
  } catch (e) {
    return vm.throwError("SyntaxError", (e as Error).message);
  }
}

/** thisStringValue: a string, or the string a String object wraps. */
function thisString(t: unknown, method: string): string {
  const s = primitiveOf(t, "string");
  if (s === undefined) typeError(`String.prototype.${method} requires that 'this' be a String`);
  return s as string;
}

function str(vm: VM, thisv: unknown): string {
  if (thisv === null || thisv === undefined) typeError(`String.prototype method called on ${thisv}`);
  return toStr(vm, thisv);
}

/** Fuel for scanning `from`..`to` of a string (what indexOf and regex execution read). */
function scanned(vm: VM, from: number, to: number): void {
  if (to > from) vm.chargeWork(to - from, 0);
}

/** Relative index as slice() reads it, clamped to 0..len. */
function rel(i: number, len: number): number {
  return i < 0 ? Math.max(len + i, 0) : Math.min(i, len);
}

/** Heap for the match array's index/input/groups properties. */
const MATCH_PROPS_BYTES = 48;
/** A surrogate not part of a pair (isWellFormed, toWellFormed). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

/** A host RegExp for a guest pattern (a KRegExp's own, or a string turned literal). */
function hostRegExp(vm: VM, pattern: unknown): RegExp | string {
  if (pattern instanceof KRegExp) return pattern.re;
  return toStr(vm, pattern);
}

/** Converts a host match array (with index/groups) into a guest array. */
export function matchToGuest(vm: VM, m: RegExpExecArray | RegExpMatchArray | null): unknown {
  if (m === null) return null;
  let chars = 0;
  for (const x of m) if (x !== undefined) chars += x.length;
  vm.chargeHeap(chars * 2 + MATCH_PROPS_BYTES);
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
  const room = roomLeft(vm);
  vm.chargeWork(s.length, 0);
  const push = (rec: MatchRecord) => {
    if (out.length >= room) roomFor(vm, out.length + 1);
    if ((out.length & 1023) === 1023) pollDeadline(vm);
    vm.chargeHeap(OBJECT_BYTES);
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
      runRegExp(vm, re, s, true, () => {
        for (const m of s.matchAll(re)) push(record(vm, m, s));
      });
      re.lastIndex = 0;
    } else {
      const m = runRegExp(vm, re, s, false, () => re.exec(s));
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
  let chars = 0;
  for (const x of m) if (x !== undefined) chars += x.length;
  vm.chargeHeap(chars * 2);
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
  // The whole length first (the replacements are strings already): nothing is joined unless it fits.
  let total = s.length;
  matches.items.forEach((m, i) => {
    total += toStr(vm, replacements.items[i]).length - ((m as KObject).props.length as number);
  });
  vm.allocString(total);
  let out = "";
  let last = 0;
  matches.items.forEach((m, i) => {
    const rec = m as KObject;
    const index = rec.props.index as number;
    out += s.slice(last, index) + toStr(vm, replacements.items[i]);
    last = index + (rec.props.length as number);
  });
  return out + s.slice(last);
}

/** GetSubstitution (ECMA-262): the text a replacement pattern ($&, $1, $<name>, $`, $'…) stands for at one match. */
function substitution(r: string, matched: string, position: number, s: string, captures: unknown[], groups: Record<string, unknown> | undefined): string {
  let out = "";
  for (let i = 0; i < r.length; i++) {
    const c = r[i]!;
    if (c !== "$" || i + 1 >= r.length) {
      out += c;
      continue;
    }
    const n = r[i + 1]!;
    if (n === "$") {
      out += "$";
      i++;
    } else if (n === "&") {
      out += matched;
      i++;
    } else if (n === "`") {
      out += s.slice(0, position);
      i++;
    } else if (n === "'") {
      out += s.slice(Math.min(position + matched.length, s.length));
      i++;
    } else if (n >= "0" && n <= "9") {
      const d1 = n.charCodeAt(0) - 48;
      const n2 = r[i + 2];
      const d2 = n2 !== undefined && n2 >= "0" && n2 <= "9" ? d1 * 10 + n2.charCodeAt(0) - 48 : -1;
      if (d2 >= 1 && d2 <= captures.length) {
        out += captures[d2 - 1] ?? "";
        i += 2;
      } else if (d1 >= 1 && d1 <= captures.length) {
        out += captures[d1 - 1] ?? "";
        i++;
      } else out += "$";
    } else if (n === "<" && groups !== undefined) {
      const close = r.indexOf(">", i + 2);
      if (close < 0) out += "$";
      else {
        const v = groups[r.slice(i + 2, close)];
        out += v === undefined ? "" : String(v);
        i = close;
      }
    } else out += "$";
  }
  return out;
}

/**
 * replace/replaceAll with a replacement string. The host finds the matches; each
 * match's text is expanded here, and the result's running length is checked before the
 * host appends it, so a replacement that grows the string stops at the string limit.
 */
export function replaceNative(vm: VM, s: string, pattern: unknown, replacement: unknown, all: boolean): string {
  const p = hostRegExp(vm, pattern);
  const r = toStr(vm, replacement);
  if (all && p instanceof RegExp && !p.global) typeError("String.prototype.replaceAll called with a non-global RegExp argument");
  vm.chargeWork(s.length, 0);
  const max = vm.limits.maxStringLength;
  const plain = !r.includes("$");
  let total = s.length;
  const expand = (...m: unknown[]): string => {
    const matched = m[0] as string;
    const named = typeof m[m.length - 1] === "object" ? (m[m.length - 1] as Record<string, unknown>) : undefined;
    const tail = named === undefined ? 2 : 3;
    const text = plain ? r : substitution(r, matched, m[m.length - tail] as number, s, m.slice(1, m.length - tail), named);
    if ((total += text.length - matched.length) > max) vm.allocString(total);
    vm.chargeWork(text.length, 1);
    return text;
  };
  const out = typeof p === "string"
    ? all ? s.replaceAll(p, expand) : s.replace(p, expand)
    : runRegExp(vm, p, s, p.global, () => (all ? s.replaceAll(p, expand) : s.replace(p, expand)));
  if (p instanceof RegExp && p.global) p.lastIndex = 0;
  vm.allocString(out.length);
  return out;
}

/** Where matching resumes after an empty match (AdvanceStringIndex). */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/**
 * Every match of a global regex, match by match as match()/matchAll() define them:
 * the list's length, the run's heap and fuel are checked as it grows, so a pattern
 * that matches everywhere stops at a limit instead of materialising every match.
 */
function eachMatch(vm: VM, re: RegExp, s: string, keep: (m: RegExpExecArray) => unknown): unknown[] {
  const out: unknown[] = [];
  const room = roomLeft(vm);
  const unicode = re.flags.includes("u") || re.flags.includes("v");
  re.lastIndex = 0;
  runRegExp(vm, re, s, true, () => {
    for (;;) {
      const from = re.lastIndex;
      const m = re.exec(s);
      if (m === null) {
        scanned(vm, from, s.length);
        break;
      }
      vm.chargeWork(m.index + m[0].length - from, 1);
      if ((out.length & 1023) === 1023) pollDeadline(vm);
      if (out.length >= room || OBJECT_BYTES + 8 * (out.length + 1) > vm.heapAvailable()) roomFor(vm, out.length + 1);
      out.push(keep(m));
      if (m[0] === "") re.lastIndex = advance(s, re.lastIndex, unicode);
    }
  });
  re.lastIndex = 0;
  return out;
}

/** The most characters one character becomes in each normalization form (UAX #15). */
const NORMALIZE_GROWTH: Record<string, number> = { NFC: 3, NFD: 4, NFKC: 18, NFKD: 18 };
const NORMALIZE_CHUNK = 1 << 16;

/**
 * normalize(), bounded: when the result could outgrow the string limit, its length is
 * measured piece by piece first (a piece's result is small; a cut shifts the total by a
 * few characters at most), so the host never builds a string far past the limit.
 */
function normalizeBounded(vm: VM, s: string, form: string): string {
  const max = vm.limits.maxStringLength;
  if (s.length * NORMALIZE_GROWTH[form]! > max) {
    let total = 0;
    let cuts = 0;
    for (let i = 0; i < s.length; cuts++) {
      let end = Math.min(i + NORMALIZE_CHUNK, s.length);
      if (end < s.length && (s.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
      total += s.slice(i, end).normalize(form).length;
      if (total - 4 * cuts > max) vm.allocString(total - 4 * cuts);
      i = end;
    }
  }
  return s.normalize(form);
}

const proto: Row[] = [
  ["charAt", (vm, t, a) => str(vm, t).charAt(toInt(vm, a[0])), 1],
  ["charCodeAt", (vm, t, a) => str(vm, t).charCodeAt(toInt(vm, a[0])), 1],
  ["codePointAt", (vm, t, a) => str(vm, t).codePointAt(toInt(vm, a[0])), 1],
  ["at", (vm, t, a) => str(vm, t).at(toInt(vm, a[0])), 1],
  ["indexOf", (vm, t, a) => {
    const s = str(vm, t);
    const p = toStr(vm, a[0]);
    const from = a[1] === undefined ? 0 : toInt(vm, a[1]);
    const i = s.indexOf(p, from);
    scanned(vm, Math.max(from, 0), i < 0 ? s.length : i + p.length);
    return i;
  }, 1],
  ["lastIndexOf", (vm, t, a) => {
    const s = str(vm, t);
    const i = s.lastIndexOf(toStr(vm, a[0]), a[1] === undefined ? Infinity : toNumber(vm, a[1]));
    scanned(vm, Math.max(i, 0), s.length);
    return i;
  }, 1],
  ["includes", (vm, t, a) => {
    if (a[0] instanceof KRegExp) typeError("First argument to String.prototype.includes must not be a regular expression");
    const s = str(vm, t);
    const p = toStr(vm, a[0]);
    const from = a[1] === undefined ? 0 : toInt(vm, a[1]);
    const i = s.indexOf(p, from);
    scanned(vm, Math.max(from, 0), i < 0 ? s.length : i + p.length);
    return i >= 0;
  }, 1],
  ["startsWith", (vm, t, a) => {
    const s = str(vm, t);
    if (a[0] instanceof KRegExp) typeError("First argument to String.prototype.startsWith must not be a regular expression");
    return s.startsWith(toStr(vm, a[0]), a[1] === undefined ? 0 : toInt(vm, a[1]));
  }, 1, "args"],
  ["endsWith", (vm, t, a) => {
    const s = str(vm, t);
    if (a[0] instanceof KRegExp) typeError("First argument to String.prototype.endsWith must not be a regular expression");
    return s.endsWith(toStr(vm, a[0]), a[1] === undefined ? s.length : toInt(vm, a[1]));
  }, 1, "args"],
  ["slice", (vm, t, a) => {
    const s = str(vm, t);
    const start = rel(a[0] === undefined ? 0 : toInt(vm, a[0]), s.length);
    const end = a[1] === undefined ? s.length : rel(toInt(vm, a[1]), s.length);
    vm.allocString(Math.max(end - start, 0));
    return s.slice(start, end);
  }, 2],
  ["substring", (vm, t, a) => {
    const s = str(vm, t);
    const start = Math.min(Math.max(a[0] === undefined ? 0 : toInt(vm, a[0]), 0), s.length);
    const end = a[1] === undefined ? s.length : Math.min(Math.max(toInt(vm, a[1]), 0), s.length);
    vm.allocString(Math.abs(end - start));
    return s.substring(start, end);
  }, 2],
  ["substr", (vm, t, a) => {
    const s = str(vm, t);
    const start = rel(a[0] === undefined ? 0 : toInt(vm, a[0]), s.length);
    const len = a[1] === undefined ? s.length - start : Math.min(Math.max(toInt(vm, a[1]), 0), s.length - start);
    vm.allocString(len);
    return s.substr(start, len);
  }, 2],
  ["toUpperCase", (vm, t) => str(vm, t).toUpperCase(), 0, "string"],
  ["toLowerCase", (vm, t) => str(vm, t).toLowerCase(), 0, "string"],
  ["toLocaleUpperCase", (vm, t) => str(vm, t).toUpperCase(), 0, "string"],
  ["toLocaleLowerCase", (vm, t) => str(vm, t).toLowerCase(), 0, "string"],
  ["trim", (vm, t) => str(vm, t).trim(), 0, "string"],
  ["trimStart", (vm, t) => str(vm, t).trimStart(), 0, "string"],
  ["trimEnd", (vm, t) => str(vm, t).trimEnd(), 0, "string"],
  ["isWellFormed", (vm, t) => !LONE_SURROGATE.test(str(vm, t)), 0],
  ["toWellFormed", (vm, t) => {
    const s = str(vm, t);
    return LONE_SURROGATE.test(s) ? s.replace(LONE_SURROGATES, "\uFFFD") : s;
  }, 0, "string"],
  ["padStart", (vm, t, a) => {
    const s = str(vm, t);
    const n = toInt(vm, a[0]);
    const fill = a[1] === undefined ? " " : toStr(vm, a[1]);
    if (n > s.length && fill !== "") vm.allocString(n);
    return s.padStart(n, fill);
  }, 1],
  ["padEnd", (vm, t, a) => {
    const s = str(vm, t);
    const n = toInt(vm, a[0]);
    const fill = a[1] === undefined ? " " : toStr(vm, a[1]);
    if (n > s.length && fill !== "") vm.allocString(n);
    return s.padEnd(n, fill);
  }, 1],
  ["repeat", (vm, t, a) => {
    const s = str(vm, t);
    const n = toNumber(vm, a[0]);
    if (n < 0 || n === Infinity) rangeError(`Invalid count value: ${n}`);
    const count = n !== n ? 0 : Math.trunc(n);
    vm.allocString(s.length * count);
    return s.repeat(count);
  }, 1],
  ["concat", (vm, t, a) => {
    const parts = [str(vm, t), ...a.map((x) => toStr(vm, x))];
    let total = 0;
    for (const p of parts) total += p.length;
    vm.allocString(total);
    return parts.join("");
  }, 1],
  ["split", (vm, t, a) => {
    const s = str(vm, t);
    const limit = a[1] === undefined ? 0xffffffff : toNumber(vm, a[1]) >>> 0;
    if (a[0] === undefined) return newArray(vm, limit === 0 ? [] : [s]);
    const sep = hostRegExp(vm, a[0]);
    vm.chargeWork(s.length, 0);
    // The host is asked for one piece more than the run could hold, never for all of them.
    const room = Math.min(limit, roomLeft(vm) + 1);
    const parts = typeof sep === "string" ? s.split(sep, room) : runRegExp(vm, sep, s, true, () => s.split(sep, room));
    if (parts.length === room && room < limit) roomFor(vm, room);
    let chars = 0;
    for (const p of parts) chars += p.length;
    vm.chargeHeap(chars * 2);
    return newArray(vm, parts);
  }, 2],
  ["localeCompare", (vm, t, a) => {
    const x = str(vm, t);
    const y = toStr(vm, a[0]);
    return x.localeCompare(y);
  }, 1, "all"],
  ["normalize", (vm, t, a) => {
    const form = a[0] === undefined ? "NFC" : toStr(vm, a[0]);
    if (!["NFC", "NFD", "NFKC", "NFKD"].includes(form)) rangeError(`The normalization form should be one of NFC, NFD, NFKC, NFKD.`);
    return normalizeBounded(vm, str(vm, t), form);
  }, 0, "string"],
  ["match", (vm, t, a) => {
    const s = str(vm, t);
    const p = a[0] instanceof KRegExp ? a[0].re : makeRegExp(vm, a[0] === undefined ? "(?:)" : toStr(vm, a[0]), "");
    if (p.global) {
      const m = eachMatch(vm, p, s, (x) => {
        vm.chargeHeap(x[0].length * 2);
        return x[0];
      });
      return m.length === 0 ? null : newArray(vm, m);
    }
    const from = p.sticky ? p.lastIndex : 0;
    const m = runRegExp(vm, p, s, false, () => p.exec(s));
    scanned(vm, from, m === null ? s.length : m.index + m[0].length);
    return matchToGuest(vm, m);
  }, 1],
  ["matchAll", (vm, t, a) => {
    const s = str(vm, t);
    let re: RegExp;
    if (!(a[0] instanceof KRegExp)) re = makeRegExp(vm, a[0] === undefined ? "(?:)" : toStr(vm, a[0]), "g");
    else {
      if (!a[0].re.global) typeError("String.prototype.matchAll called with a non-global RegExp argument");
      re = createRegExp(a[0].re.source, a[0].re.flags);
    }
    const list = eachMatch(vm, re, s, (m) => matchToGuest(vm, m));
    vm.allocArray(list.length);
    return new KIter(vm.realm.IterProto, "list", list, 0);
  }, 1],
  ["search", (vm, t, a) => {
    const s = str(vm, t);
    const p = a[0] instanceof KRegExp ? a[0].re : makeRegExp(vm, a[0] === undefined ? "(?:)" : toStr(vm, a[0]), "");
    return runRegExp(vm, p, s, false, () => s.search(p));
  }, 1, "this"],
  ["toString", (_vm, t) => thisString(t, "toString"), 0],
  ["valueOf", (_vm, t) => thisString(t, "valueOf"), 0],
];

const regexpProto: Row[] = [
  ["test", (vm, t, a) => {
    if (!(t instanceof KRegExp)) typeError("RegExp.prototype.test called on incompatible receiver");
    const s = toStr(vm, a[0]);
    const from = t.re.global || t.re.sticky ? t.re.lastIndex : 0;
    const re = t.re;
    const r = runRegExp(vm, re, s, false, () => re.test(s));
    scanned(vm, from, r && (t.re.global || t.re.sticky) ? t.re.lastIndex : s.length);
    return r;
  }, 1],
  ["exec", (vm, t, a) => {
    if (!(t instanceof KRegExp)) typeError("RegExp.prototype.exec called on incompatible receiver");
    const s = toStr(vm, a[0]);
    const from = t.re.global || t.re.sticky ? t.re.lastIndex : 0;
    const re = t.re;
    const m = runRegExp(vm, re, s, false, () => re.exec(s));
    scanned(vm, from, m === null ? s.length : m.index + m[0].length);
    return matchToGuest(vm, m);
  }, 1],
  ["toString", (vm, t) => (t instanceof KRegExp ? String(t.re) : "/(?:)/"), 0],
];

export function installString(realm: Realm, prelude: Record<string, unknown>): void {
  const ctor = defineConstructor(realm, "String", (vm, _t, a, newTarget) => {
    if (newTarget) return wrapPrimitive(vm, a.length === 0 ? "" : toStr(vm, a[0]), newTarget);
    return a.length === 0 ? "" : typeof a[0] === "symbol" ? symbolString(a[0]) : toStr(vm, a[0]);
  }, 1, realm.StringProto);
  defineMethods(realm, realm.StringProto, "String.prototype", proto);
  realm.define(realm.StringProto, "replace", prelude["String.prototype.replace"]);
  realm.define(realm.StringProto, "replaceAll", prelude["String.prototype.replaceAll"]);
  defineMethods(realm, ctor, "String", [
    ["fromCharCode", (vm, _t, a) => {
      const codes = a.map((x) => toNumber(vm, x));
      vm.allocString(codes.length);
      return String.fromCharCode(...codes);
    }, 1],
    ["fromCodePoint", (vm, _t, a) => {
      const cps = a.map((x) => toNumber(vm, x));
      for (const cp of cps) if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) rangeError(`Invalid code point ${cp}`);
      let len = 0;
      for (const cp of cps) len += cp > 0xffff ? 2 : 1;
      vm.allocString(len);
      return String.fromCodePoint(...cps);
    }, 1],
    ["raw", (vm, _t, a) => {
      // String.raw(template, ...substitutions): template.raw is read as any array-like
      // (a tagged template's frozen raw array, or {raw: [...]}, or {raw: {length, 0: …}}),
      // its strings joined with the substitutions between them, as in JavaScript.
      const template = a[0];
      if (template === null || template === undefined) typeError("Cannot convert undefined or null to object");
      const literals = getProp(vm, template, "raw");
      if (literals === null || literals === undefined) typeError("Cannot convert undefined or null to object");
      const len = toInt(vm, getProp(vm, literals, "length"));
      const count = len > 0 ? Math.min(len, Number.MAX_SAFE_INTEGER) : 0;
      const max = vm.limits.maxStringLength;
      const parts: string[] = [];
      let total = 0;
      for (let i = 0; i < count; i++) {
        const part = toStr(vm, getProp(vm, literals, i)) + (i + 1 < count && i + 1 < a.length ? toStr(vm, a[i + 1]) : "");
        // Charged as it grows: a long raw array (or a huge length) meets the limits and the deadline.
        if ((total += part.length) > max) vm.allocString(total);
        vm.chargeWork(part.length, 1);
        parts.push(part);
      }
      vm.allocString(total);
      return parts.join("");
    }, 1],
  ]);

  const reCtor = defineConstructor(realm, "RegExp", (vm, _t, a) => {
    const src = a[0] instanceof KRegExp ? a[0].re.source : a[0] === undefined ? "(?:)" : toStr(vm, a[0]);
    const flags = a[1] === undefined ? (a[0] instanceof KRegExp ? a[0].re.flags : "") : toStr(vm, a[1]);
    return new KRegExp(vm.realm.RegExpProto, makeRegExp(vm, src, flags));
  }, 2, realm.RegExpProto, "args");
  void reCtor;
  defineMethods(realm, realm.RegExpProto, "RegExp.prototype", regexpProto);
  // The flags and source are accessors of the prototype, as in JavaScript (a regex reads
  // its own directly): on RegExp.prototype itself they give undefined and "(?:)".
  const flag = (name: "hasIndices" | "global" | "ignoreCase" | "multiline" | "dotAll" | "unicode" | "unicodeSets" | "sticky"): [string, Native] => [name, (_vm, t) => {
    if (t instanceof KRegExp) return (t.re as unknown as Record<string, boolean | undefined>)[name] ?? false;
    if (t === realm.RegExpProto) return undefined;
    return typeError(`RegExp.prototype.${name} getter called on non-RegExp object`);
  }];
  defineAccessors(realm, realm.RegExpProto, "RegExp.prototype", [
    ["source", (_vm, t) => (t instanceof KRegExp ? t.re.source : t === realm.RegExpProto ? "(?:)" : typeError("RegExp.prototype.source getter called on non-RegExp object"))],
    ["flags", (vm, t) => {
      if (!(t instanceof KObject)) typeError(`RegExp.prototype.flags getter called on non-object ${typeof t === "symbol" ? "Symbol()" : String(t)}`);
      let out = "";
      for (const [ch, name] of [["d", "hasIndices"], ["g", "global"], ["i", "ignoreCase"], ["m", "multiline"], ["s", "dotAll"], ["u", "unicode"], ["v", "unicodeSets"], ["y", "sticky"]] as const) {
        if (truthy(getProp(vm, t, name))) out += ch;
      }
      return out;
    }],
    flag("hasIndices"), flag("global"), flag("ignoreCase"), flag("multiline"), flag("dotAll"), flag("unicode"), flag("unicodeSets"), flag("sticky"),
  ]);
}
