// URL and URLSearchParams, with the WHATWG URL standard's semantics: Node's own parser
// does the parsing (host side), and the guest sees VM values only — a KURL whose
// properties are getters and setters on URL.prototype returning strings, and a
// KSearchParams over the host's list. A URL's searchParams is its host URL's own list,
// so the two stay linked both ways, as on the web; a snapshot keeps a URL by its href
// and the link between them (vm/snapshot.ts).
//
// Charging: parsing is fuel by the input's length; every string a getter returns is
// charged; a list's serialization is counted (percentEncodedLength) before the host
// makes it, so a list that would serialize past the string limit ends the run there.

import type { Realm } from "../vm/realm.js";
import { ownKeys, ownValue, spreadToArray, toStr, typeError, userIteratorMethod } from "../vm/semantics.js";
import { KArray, type KClosure, KFunction, KIter, KMap, KObject, KSearchParams, KSet, KURL, OBJECT_BYTES } from "../vm/values.js";
import { newArray, roomFor } from "./array.js";
import { type Native, type Row, type VM, arg, defineAccessors, defineConstructor, defineMethods } from "./define.js";
import { FORM_SAFE, percentEncodedLength } from "./web-encoding.js";

/** A string a native hands to the script: charged first. */
function out(vm: VM, s: string): string {
  if (s.length > 0) vm.allocString(s.length);
  return s;
}

function urlSelf(t: unknown): KURL {
  if (t instanceof KURL) return t;
  return typeError("Receiver must be an instance of class URL");
}

function paramsSelf(t: unknown): KSearchParams {
  if (t instanceof KSearchParams) return t;
  return typeError("Receiver must be an instance of class URLSearchParams");
}

/** Parses with the host's WHATWG parser; null when it is not a URL. */
function parse(vm: VM, input: unknown, base: unknown): URL | null {
  const s = toStr(vm, input);
  const b = base === undefined ? undefined : toStr(vm, base);
  vm.chargeWork(s.length + (b?.length ?? 0), 0);
  try {
    return new URL(s, b);
  } catch {
    return null;
  }
}

function newURL(vm: VM, proto: KObject, url: URL): KURL {
  vm.checkString(url.href);
  vm.chargeHeap(OBJECT_BYTES + 2 * url.href.length);
  return new KURL(proto, url);
}

/** The length of a list serialized as application/x-www-form-urlencoded, counted without making it. */
function serializedLength(list: URLSearchParams): number {
  let n = 0;
  let first = true;
  for (const [k, v] of list) {
    n += percentEncodedLength(k, FORM_SAFE, "replace") + 1 + percentEncodedLength(v, FORM_SAFE, "replace") + (first ? 0 : 1);
    first = false;
  }
  return n;
}

/**
 * A change to a list, charged: the new pair's bytes, and for a URL's own list the
 * re-serialization of the whole query the host makes after it — refused first when the
 * URL would grow past the string limit.
 */
function mutate(vm: VM, p: KSearchParams, added: string, change: () => void): void {
  vm.chargeHeap(16 + 2 * added.length);
  if (p.url) {
    const before = p.url.url.href.length;
    const grown = before + percentEncodedLength(added, FORM_SAFE, "replace") + 2;
    if (grown > vm.limits.maxStringLength) vm.allocString(grown); // ends the run at the string limit
    vm.chargeWork(grown, 0);
    change();
    const after = p.url.url.href.length;
    if (after > before) vm.chargeHeap(2 * (after - before));
  } else change();
}

function urlGetter(key: "href" | "origin" | "protocol" | "username" | "password" | "host" | "hostname" | "port" | "pathname" | "search" | "hash"): Native {
  return (vm, t) => out(vm, urlSelf(t).url[key]);
}

function urlSetter(key: "protocol" | "username" | "password" | "host" | "hostname" | "port" | "pathname" | "search" | "hash"): Native {
  return (vm, t, a) => {
    const u = urlSelf(t);
    const v = toStr(vm, arg(a, 0));
    const before = u.url.href.length;
    vm.chargeWork(before + v.length, 0);
    u.url[key] = v; // the standard ignores a value it cannot use (no error)
    const after = u.url.href.length;
    if (after > before) {
      vm.checkString(u.url.href);
      vm.chargeHeap(2 * (after - before));
    }
    return undefined;
  };
}

/**
 * What the web script's %paramsFrom steps on the VM's frames, when a script's iterable
 * is involved: the argument's values already listed (a pair among them is a script's
 * iterable), or the argument itself with its [Symbol.iterator] method.
 */
class ScriptPairs {
  constructor(readonly source: unknown, readonly method: KFunction | undefined) {}
}

/** The pairs of a URLSearchParams constructor's argument: a query string, pairs, or a record. */
function initPairs(vm: VM, init: unknown): string | Array<[string, string]> | ScriptPairs {
  if (init === undefined || init === null) return "";
  if (init instanceof KSearchParams) return [...init.list];
  if (init instanceof KFunction || !(init instanceof KObject)) return toStr(vm, init);
  const iterable = init instanceof KArray || init instanceof KMap || init instanceof KSet || init instanceof KIter;
  const pairs: Array<[string, string]> = [];
  if (iterable) {
    const list = spreadToArray(vm, init);
    for (const pair of list) {
      if (pair instanceof KObject && !(pair instanceof KFunction) && !(pair instanceof KArray) && userIteratorMethod(vm, pair) !== undefined) return new ScriptPairs(newArray(vm, list), undefined);
    }
    for (const pair of list) {
      const items = pair instanceof KObject && !(pair instanceof KFunction) ? spreadToArray(vm, pair) : null;
      if (!items || items.length !== 2) typeError("Each query pair must be an iterable [name, value] tuple");
      pairs.push([toStr(vm, items[0]), toStr(vm, items[1])]);
    }
  } else {
    const method = userIteratorMethod(vm, init);
    if (method !== undefined) return new ScriptPairs(init, method);
    for (const k of ownKeys(init)) pairs.push([k, toStr(vm, ownValue(vm, init, k))]);
  }
  return pairs;
}

/** A URLSearchParams of the pairs (charged by their size). */
function makeParams(vm: VM, init: string | Array<[string, string]>): KSearchParams {
  const size = typeof init === "string" ? init.length : init.reduce((n, [k, v]) => n + k.length + v.length, 0);
  vm.chargeWork(size, typeof init === "string" ? 0 : init.length);
  vm.chargeHeap(OBJECT_BYTES + 2 * size + 16 * (typeof init === "string" ? 0 : init.length));
  return new KSearchParams(vm.realm.byPath.get("URLSearchParams.prototype")!, new URLSearchParams(init), null);
}

export function installURL(realm: Realm, webScript: Record<string, unknown>): void {
  // ---------------------------------------------------------------- URL
  const urlProto = new KObject(realm.ObjectProto);
  realm.register("URL.prototype", urlProto);
  const paramsProto = new KObject(realm.ObjectProto);
  realm.register("URLSearchParams.prototype", paramsProto);

  const URLCtor = defineConstructor(realm, "URL", (vm, _t, a, newTarget) => {
    if (!newTarget) typeError("Class constructor URL cannot be invoked without 'new'");
    if (a.length === 0) typeError('The "url" argument must be specified');
    const url = parse(vm, a[0], a[1]);
    if (!url) typeError("Invalid URL");
    return newURL(vm, urlProto, url);
  }, 1, urlProto);
  defineMethods(realm, URLCtor, "URL", [
    ["canParse", (vm, _t, a) => {
      if (a.length === 0) typeError('The "url" argument must be specified');
      return parse(vm, a[0], a[1]) !== null;
    }, 1],
    // URL.parse: the constructor without the throw (newer than Node 20's URL; the standard has it).
    ["parse", (vm, _t, a) => {
      if (a.length === 0) typeError('The "url" argument must be specified');
      const url = parse(vm, a[0], a[1]);
      return url ? newURL(vm, urlProto, url) : null;
    }, 1],
  ]);

  defineAccessors(realm, urlProto, "URL.prototype", [
    ["href", urlGetter("href"), (vm, t, a) => {
      const u = urlSelf(t);
      const url = parse(vm, arg(a, 0), undefined);
      if (!url) typeError("Invalid URL");
      vm.checkString(url.href);
      vm.chargeHeap(2 * url.href.length);
      u.url.href = url.href; // the same host URL: its searchParams follow
      return undefined;
    }],
    ["origin", urlGetter("origin")],
    ["protocol", urlGetter("protocol"), urlSetter("protocol")],
    ["username", urlGetter("username"), urlSetter("username")],
    ["password", urlGetter("password"), urlSetter("password")],
    ["host", urlGetter("host"), urlSetter("host")],
    ["hostname", urlGetter("hostname"), urlSetter("hostname")],
    ["port", urlGetter("port"), urlSetter("port")],
    ["pathname", urlGetter("pathname"), urlSetter("pathname")],
    ["search", urlGetter("search"), urlSetter("search")],
    ["hash", urlGetter("hash"), urlSetter("hash")],
    ["searchParams", (vm, t) => {
      const u = urlSelf(t);
      if (!u.params) {
        vm.chargeHeap(OBJECT_BYTES);
        u.params = new KSearchParams(paramsProto, u.url.searchParams, u);
      }
      return u.params;
    }],
  ]);
  const href: Native = (vm, t) => out(vm, urlSelf(t).url.href);
  defineMethods(realm, urlProto, "URL.prototype", [
    ["toString", href, 0],
    ["toJSON", href, 0],
  ]);

  // ---------------------------------------------------------------- URLSearchParams
  const paramsFrom = webScript["%paramsFrom"] as KClosure;
  defineConstructor(realm, "URLSearchParams", (vm, _t, a, newTarget) => {
    if (!newTarget) typeError("Class constructor URLSearchParams cannot be invoked without 'new'");
    const init = initPairs(vm, arg(a, 0));
    if (init instanceof ScriptPairs) return vm.tailCall(paramsFrom, undefined, [init.source, init.method]);
    return makeParams(vm, init);
  }, 0, paramsProto);

  const need = (a: unknown[], n: number, names: string) => {
    if (a.length < n) typeError(`The ${names} must be specified`);
  };
  const iter = (mode: "entries" | "keys" | "values"): Native => (vm, t) =>
    new KIter(vm.realm.IterProto, "live", paramsSelf(t), 0, mode, vm.realm.ArrayProto);
  const rows: Row[] = [
    ["append", (vm, t, a) => {
      const p = paramsSelf(t);
      need(a, 2, '"name" and "value" arguments');
      const k = toStr(vm, a[0]);
      const v = toStr(vm, a[1]);
      mutate(vm, p, k + v, () => p.list.append(k, v));
      return undefined;
    }, 2],
    ["set", (vm, t, a) => {
      const p = paramsSelf(t);
      need(a, 2, '"name" and "value" arguments');
      const k = toStr(vm, a[0]);
      const v = toStr(vm, a[1]);
      mutate(vm, p, k + v, () => p.list.set(k, v));
      return undefined;
    }, 2],
    ["delete", (vm, t, a) => {
      const p = paramsSelf(t);
      need(a, 1, '"name" argument');
      const k = toStr(vm, a[0]);
      const v = a[1] === undefined ? undefined : toStr(vm, a[1]);
      mutate(vm, p, "", () => p.list.delete(k, v));
      return undefined;
    }, 1],
    ["get", (vm, t, a) => {
      const p = paramsSelf(t);
      need(a, 1, '"name" argument');
      const v = p.list.get(toStr(vm, a[0]));
      return v === null ? null : out(vm, v);
    }, 1],
    ["getAll", (vm, t, a) => {
      const p = paramsSelf(t);
      need(a, 1, '"name" argument');
      const all = p.list.getAll(toStr(vm, a[0]));
      roomFor(vm, all.length);
      return newArray(vm, all);
    }, 1],
    ["has", (vm, t, a) => {
      const p = paramsSelf(t);
      need(a, 1, '"name" argument');
      return p.list.has(toStr(vm, a[0]), a[1] === undefined ? undefined : toStr(vm, a[1]));
    }, 1],
    ["sort", (vm, t) => {
      const p = paramsSelf(t);
      vm.chargeWork(0, p.list.size * Math.max(1, Math.ceil(Math.log2(p.list.size + 1))));
      mutate(vm, p, "", () => p.list.sort());
      return undefined;
    }, 0],
    ["toString", (vm, t) => {
      const p = paramsSelf(t);
      vm.allocString(serializedLength(p.list));
      return p.list.toString();
    }, 0],
    ["entries", iter("entries"), 0],
    ["keys", iter("keys"), 0],
    ["values", iter("values"), 0],
  ];
  defineMethods(realm, paramsProto, "URLSearchParams.prototype", rows);
  realm.define(paramsProto, "forEach", webScript["URLSearchParams.prototype.forEach"]);
  defineAccessors(realm, paramsProto, "URLSearchParams.prototype", [["size", (_vm, t) => paramsSelf(t).list.size]]);
}

/** Natives the web builtin script needs (private to it). */
export const webIntrinsics: Row[] = [
  ["paramsEntries", (vm, _t, a) => {
    const p = paramsSelf(a[0]);
    roomFor(vm, p.list.size);
    return newArray(vm, [...p.list].map((pair) => newArray(vm, pair)));
  }, 1],
  ["toStr", (vm, _t, a) => toStr(vm, a[0]), 1],
  ["makeParams", (vm, _t, a) => makeParams(vm, (a[0] as KArray).items.map((pair) => (pair as KArray).items as [string, string])), 1],
];

/** Builtins of this area that call back into scripts, in the script language (see prelude.ts). */
export const WEB_SOURCE = String.raw`
return function (I) {
  return {
    // new URLSearchParams(init) when a script's iterable is involved: the for-of and the
    // spread of each pair run on the VM's frames (a generator there may suspend).
    "%paramsFrom": function paramsFrom(init, method) {
      const pairs = [];
      for (const pair of method === undefined ? init : I.iterOf(I.call(method, init))) {
        if (pair === null || typeof pair !== "object") throw new TypeError("Each query pair must be an iterable [name, value] tuple");
        const items = [...pair];
        if (items.length !== 2) throw new TypeError("Each query pair must be an iterable [name, value] tuple");
        pairs.push([I.toStr(items[0]), I.toStr(items[1])]);
      }
      return I.makeParams(pairs);
    },
    "URLSearchParams.prototype.forEach": function forEach(fn, thisArg) {
      if (typeof fn !== "function") throw new TypeError('The "callback" argument must be of type function');
      const entries = I.paramsEntries(this);
      for (let i = 0; i < entries.length; i++) fn.call(thisArg, entries[i][1], entries[i][0], this);
    },
  };
};
`;
