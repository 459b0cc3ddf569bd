// JSON: stringify walks guest values directly (toJSON, getters, cycles → TypeError);
// parse builds VM-owned objects (the reviver form is in the prelude).

import { getProp, ownKeys, ownValue, toNumber, toStr, typeError } from "../vm/semantics.js";
import type { Realm } from "../vm/realm.js";
import { KArray, KFunction, KObject, KTime } from "../vm/values.js";
import { fromHost } from "./convert.js";
import { toISO } from "./time-core.js";
import { type VM, defineMethods, defineNamespace } from "./define.js";

export function jsonStringify(vm: VM, value: unknown, replacer: unknown, space: unknown): string | undefined {
  let indent = "";
  if (typeof space === "number") indent = " ".repeat(Math.max(0, Math.min(10, Math.trunc(space))));
  else if (typeof space === "string") indent = space.slice(0, 10);
  const allow = replacer instanceof KArray ? new Set(replacer.items.map((x) => String(x))) : null;
  const fnReplacer = replacer instanceof KFunction ? replacer : null;
  const stack: KObject[] = [];
  let size = 0;

  const ser = (holder: KObject | null, key: string, v: unknown, pad: string): string | undefined => {
    if (v instanceof KObject && !(v instanceof KFunction)) {
      const toJSON = v instanceof KTime ? null : getProp(vm, v, "toJSON");
      if (toJSON instanceof KFunction) v = vm.callSync(toJSON, v, [key]);
    }
    if (fnReplacer) v = vm.callSync(fnReplacer, holder, [key, v]);
    if (v === null) return "null";
    switch (typeof v) {
      case "string":
        return JSON.stringify(v);
      case "number":
        return Number.isFinite(v) ? String(v) : "null";
      case "boolean":
        return String(v);
      case "undefined":
        return undefined;
    }
    if (v instanceof KFunction) return undefined;
    if (v instanceof KTime) return JSON.stringify(toISO(v.ms));
    const o = v as KObject;
    if (stack.includes(o)) typeError("Converting circular structure to JSON");
    stack.push(o);
    const inner = pad + indent;
    const sep = indent ? ",\n" + inner : ",";
    let out: string;
    if (o instanceof KArray) {
      const parts = o.items.map((x, i) => ser(o, String(i), x, inner) ?? "null");
      out = parts.length === 0 ? "[]" : indent ? `[\n${inner}${parts.join(sep)}\n${pad}]` : `[${parts.join(",")}]`;
    } else {
      const parts: string[] = [];
      for (const k of ownKeys(o)) {
        if (allow && !allow.has(k)) continue;
        const s = ser(o, k, ownValue(vm, o, k), inner);
        if (s !== undefined) parts.push(JSON.stringify(k) + (indent ? ": " : ":") + s);
      }
      out = parts.length === 0 ? "{}" : indent ? `{\n${inner}${parts.join(sep)}\n${pad}}` : `{${parts.join(",")}}`;
    }
    stack.pop();
    size += out.length;
    if (size > vm.limits.maxStringLength * 4) vm.checkString(out);
    return out;
  };
  const wrapper = new KObject(vm.realm.ObjectProto);
  wrapper.props[""] = value;
  const s = ser(wrapper, "", value, "");
  if (s !== undefined) {
    vm.chargeHeap(s.length * 2);
    vm.checkString(s);
  }
  return s;
}

export function jsonParse(vm: VM, text: unknown): unknown {
  const s = toStr(vm, text);
  let host: unknown;
  try {
    host = JSON.parse(s);
  } catch (e) {
    return vm.throwError("SyntaxError", (e as Error).message);
  }
  vm.chargeHeap(s.length * 4);
  return fromHost(vm.realm, host);
}

export function installJSON(realm: Realm, prelude: Record<string, unknown>): void {
  const json = defineNamespace(realm, "JSON");
  defineMethods(realm, json, "JSON", [["stringify", (vm, _t, a) => jsonStringify(vm, a[0], a[1], a[2]), 3]]);
  realm.define(json, "parse", prelude["JSON.parse"]);
  void toNumber;
}
