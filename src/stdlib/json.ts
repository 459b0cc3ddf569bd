// JSON: stringify walks guest values directly (toJSON, getters, cycles → TypeError);
// parse builds VM-owned objects (the reviver form is in the prelude).

import { getProp, ownKeys, ownValue, toNumber, toStr, typeError } from "../vm/semantics.js";
import type { Realm } from "../vm/realm.js";
import { KArray, KFunction, KObject, KTime, KWrapper, OBJECT_BYTES, elem } from "../vm/values.js";
import { LimitError } from "../vm/errors.js";
import { SYM_TO_STRING_TAG } from "../vm/symbols.js";
import { fromHost } from "./convert.js";
import { toISO } from "./time-core.js";
import { type VM, defineMethods, defineNamespace, pollDeadline } from "./define.js";

/** Fuel per value JSON reads or writes (measured ≈ 0.5–1 µs each with the guest copy). */
const FUEL_PER_NODE = 4;

export function jsonStringify(vm: VM, value: unknown, replacer: unknown, space: unknown): string | undefined {
  let indent = "";
  // A Number or String object as the space is its number or string.
  if (space instanceof KWrapper) space = typeof space.prim === "number" ? toNumber(vm, space) : typeof space.prim === "string" ? toStr(vm, space) : space;
  if (typeof space === "number") indent = " ".repeat(Math.max(0, Math.min(10, Math.trunc(space))));
  else if (typeof space === "string") indent = space.slice(0, 10);
  // An array replacer is the property list: its strings, numbers and String or Number
  // objects as strings, in order, each once; objects are written with those keys only.
  let allow: string[] | null = null;
  if (replacer instanceof KArray) {
    const keys = new Set<string>();
    for (const x of replacer.items) {
      if (typeof x === "string" || typeof x === "number") keys.add(String(x));
      else if (x instanceof KWrapper && typeof x.prim !== "boolean") keys.add(toStr(vm, x));
    }
    allow = [...keys];
  }
  const fnReplacer = replacer instanceof KFunction ? replacer : null;
  const stack: KObject[] = [];
  const memos = new Map<KObject, [string, string]>();
  let guestCodeRan = false;
  // The output's running length: every piece of text (values, keys, brackets,
  // separators, indentation) is counted as it is made, so the text stops at the
  // string limit before the host joins it.
  const max = vm.limits.maxStringLength;
  let size = 0;
  const count = (n: number): void => {
    if ((size += n) > max) vm.allocString(size);
  };
  const charge = (s: string): string => {
    count(s.length);
    return s;
  };
  /** Brackets, separators and indentation around `n` parts nested at `pad`. */
  const frame = (n: number, pad: string, inner: string, sep: string): void => {
    count(n === 0 ? 2 : indent ? 2 + 2 + inner.length + pad.length + (n - 1) * sep.length : 2 + n - 1);
  };
  let nodes = 0;
  const ser = (holder: KObject | null, key: string, v: unknown, pad: string): string | undefined => {
    vm.chargeWork(0, FUEL_PER_NODE);
    if ((++nodes & 1023) === 0) pollDeadline(vm);
    if (v instanceof KObject && !(v instanceof KFunction)) {
      if (v.hasAccessors) guestCodeRan = true;
      const toJSON = v instanceof KTime ? null : getProp(vm, v, "toJSON");
      if (toJSON instanceof KFunction) {
        guestCodeRan = true;
        v = vm.callSync(toJSON, v, [key]);
      }
    }
    if (fnReplacer) {
      guestCodeRan = true;
      v = vm.callSync(fnReplacer, holder, [key, v]);
    }
    // String, Number and Boolean objects serialize as their primitives (ToString / ToNumber).
    if (v instanceof KWrapper) v = typeof v.prim === "boolean" ? v.prim : typeof v.prim === "number" ? toNumber(vm, v) : toStr(vm, v);
    if (v === null) return charge("null");
    switch (typeof v) {
      case "string":
        return charge(JSON.stringify(v));
      case "number":
        return charge(Number.isFinite(v) ? String(v) : "null");
      case "boolean":
        return charge(String(v));
      case "undefined":
      case "symbol":
        return undefined;
    }
    if (v instanceof KFunction) return undefined;
    if (v instanceof KTime) return charge(JSON.stringify(toISO(v.ms)));
    const o = v as KObject;
    if (stack.includes(o)) typeError("Converting circular structure to JSON");
    if (stack.length >= 1000) throw new LimitError("depth", "Maximum call stack size exceeded (JSON nesting deeper than 1000 levels)", vm.trace());
    // A subtree shared in a DAG serializes to the same text at the same indentation, as
    // long as no guest code (toJSON, getter, replacer) ran: reuse it rather than redo it.
    const memo = guestCodeRan ? undefined : memos.get(o);
    if (memo !== undefined && memo[0] === pad) return charge(memo[1]);
    stack.push(o);
    const inner = pad + indent;
    const sep = indent ? ",\n" + inner : ",";
    let out: string;
    if (o instanceof KArray) {
      const parts = o.items.map((x, i) => ser(o, String(i), elem(x), inner) ?? charge("null"));
      frame(parts.length, pad, inner, sep);
      out = parts.length === 0 ? "[]" : indent ? `[\n${inner}${parts.join(sep)}\n${pad}]` : `[${parts.join(",")}]`;
    } else {
      const parts: string[] = [];
      for (const k of allow ?? ownKeys(o)) {
        const s = ser(o, k, allow ? getProp(vm, o, k) : ownValue(vm, o, k), inner);
        if (s !== undefined) parts.push(charge(JSON.stringify(k) + (indent ? ": " : ":")) + s);
      }
      frame(parts.length, pad, inner, sep);
      out = parts.length === 0 ? "{}" : indent ? `{\n${inner}${parts.join(sep)}\n${pad}}` : `{${parts.join(",")}}`;
    }
    stack.pop();
    if (!guestCodeRan) memos.set(o, [pad, out]);
    return out;
  };
  const wrapper = new KObject(vm.realm.ObjectProto);
  wrapper.props[""] = value;
  const s = ser(wrapper, "", value, "");
  if (s !== undefined) vm.allocString(s.length);
  return s;
}

/**
 * What JSON.parse will build from `s`, counted before the host parses it: one pass
 * over the text (strings skipped) counts containers and elements, refusing an array
 * longer than the array limit or a total past the run's heap as soon as the count
 * passes it.
 */
function chargeParse(vm: VM, s: string): void {
  const maxItems = vm.limits.maxArrayLength;
  const heap = vm.heapAvailable();
  const counts: number[] = [];
  let containers = 0;
  let elements = 0;
  let strings = 0;
  const bytes = () => containers * OBJECT_BYTES + elements * 16 + strings * 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      for (i++; i < s.length; i++) {
        const d = s.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
      strings += i - start;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      counts.push(c === 91 ? 0 : -Infinity); // objects have no length limit
      if (++containers % 4096 === 0 && bytes() > heap) vm.chargeHeap(bytes());
    } else if (c === 44 /* , */) {
      if (counts.length > 0 && ++counts[counts.length - 1]! >= maxItems) vm.checkArrayLength(counts[counts.length - 1]! + 1);
      if (++elements % 4096 === 0 && bytes() > heap) vm.chargeHeap(bytes());
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      counts.pop();
      elements++;
    }
  }
  vm.chargeHeap(bytes());
  vm.chargeWork(s.length, FUEL_PER_NODE * (containers + elements));
}

export function jsonParse(vm: VM, text: unknown): unknown {
  const s = toStr(vm, text);
  chargeParse(vm, s);
  let host: unknown;
  try {
    host = JSON.parse(s);
  } catch (e) {
    return vm.throwError("SyntaxError", (e as Error).message);
  }
  return fromHost(vm.realm, host);
}

export function installJSON(realm: Realm, prelude: Record<string, unknown>): void {
  const json = defineNamespace(realm, "JSON");
  defineMethods(realm, json, "JSON", [["stringify", (vm, _t, a) => jsonStringify(vm, a[0], a[1], a[2]), 3]]);
  realm.define(json, "parse", prelude["JSON.parse"]);
  realm.define(json, SYM_TO_STRING_TAG, "JSON");
  void toNumber;
}
