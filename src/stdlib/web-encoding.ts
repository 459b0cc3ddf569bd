// Text and byte encodings of the web platform: TextEncoder/TextDecoder (UTF-8), atob/btoa
// (forgiving base64, with the web's InvalidCharacterError), and ECMAScript's
// encodeURIComponent/decodeURIComponent/encodeURI/decodeURI (URIError on malformed input).
//
// The work is the host's (Node's own encoders), on strings and byte lists that are
// already guest values. What a native makes is charged before the host makes it: an
// encoded string's exact length is counted first (a scan, cheaper than the encoding),
// so a huge input ends the run at the memory or string limit instead of making the host
// allocate nine times its size.
//
// The VM has no typed arrays: TextEncoder.encode returns an Array of byte values and
// TextDecoder.decode takes one (docs/web-globals.md).

import type { Realm } from "../vm/realm.js";
import { getProp, toStr, truthy, typeError } from "../vm/semantics.js";
import { KArray, KObject } from "../vm/values.js";
import { type VM, arg, defineAccessors, defineConstructor, defineFunction, defineMethods } from "./define.js";
import { throwDOMException } from "./web-clone.js";

// ------------------------------------------------------------------ encoded lengths

/** ASCII characters a percent-encoder leaves as they are, as a 128-entry table. */
function safeSet(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z0-9]/.test(ch) || chars.includes(ch)) t[c] = 1;
  }
  return t;
}

/** encodeURIComponent's unreserved set, encodeURI's (plus reserved and #), and the form encoding's. */
export const URI_COMPONENT_SAFE = safeSet("-_.!~*'()");
export const URI_SAFE = safeSet("-_.!~*'();/?:@&=+$,#");
export const FORM_SAFE = safeSet("*-._ "); // space becomes "+"

/**
 * The length of `s` percent-encoded as UTF-8 with `safe` left as is; -1 when `s` holds a
 * lone surrogate and `lone` is "refuse" (the URI functions), else a lone surrogate
 * counts as U+FFFD (the URL standard's USVString conversion).
 */
export function percentEncodedLength(s: string, safe: Uint8Array, lone: "refuse" | "replace"): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += safe[c] ? 1 : 3;
    else if (c < 0x800) n += 6;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 12;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (lone === "refuse") return -1;
      n += 9;
    } else n += 9;
  }
  return n;
}

// ------------------------------------------------------------------ URI functions

function encodeWith(safe: Uint8Array, host: (s: string) => string) {
  return (vm: VM, _t: unknown, a: unknown[]) => {
    const s = toStr(vm, arg(a, 0));
    vm.chargeWork(s.length, 0);
    const len = percentEncodedLength(s, safe, "refuse");
    if (len < 0) vm.throwError("URIError", "URI malformed");
    if (len === s.length) return s; // nothing to encode: the same string
    vm.allocString(len);
    return host(s);
  };
}

function decodeWith(host: (s: string) => string) {
  return (vm: VM, _t: unknown, a: unknown[]) => {
    const s = toStr(vm, arg(a, 0));
    vm.chargeWork(s.length, 0);
    if (!s.includes("%")) return s;
    let r: string;
    try {
      r = host(s);
    } catch {
      return vm.throwError("URIError", "URI malformed");
    }
    vm.allocString(r.length); // never longer than its input
    return r;
  };
}

// ------------------------------------------------------------------ base64

/** btoa: each character must be a byte (U+0000–U+00FF); the result's length is known before it is made. */
function btoaNative(vm: VM, _t: unknown, a: unknown[]): string {
  if (a.length === 0) typeError('The "data" argument must be specified');
  const s = toStr(vm, a[0]);
  vm.chargeWork(s.length, 0);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) throwDOMException(vm, "Invalid character", "InvalidCharacterError");
  vm.allocString(4 * Math.ceil(s.length / 3));
  return Buffer.from(s, "latin1").toString("base64");
}

/** atob: the web's forgiving base64 (ASCII whitespace ignored, padding optional but exact). */
function atobNative(vm: VM, _t: unknown, a: unknown[]): string {
  if (a.length === 0) typeError('The "data" argument must be specified');
  const s = toStr(vm, a[0]).replace(/[\t\n\f\r ]/g, "");
  vm.chargeWork(s.length, 0);
  let body = s;
  if (body.length % 4 === 0 && body.endsWith("=")) body = body.slice(0, body.endsWith("==") ? -2 : -1);
  if (!/^[A-Za-z0-9+/]*$/.test(body)) throwDOMException(vm, "Invalid character", "InvalidCharacterError");
  if (body.length % 4 === 1) throwDOMException(vm, "The string to be decoded is not correctly encoded.", "InvalidCharacterError");
  vm.allocString(Math.floor((body.length * 3) / 4));
  return Buffer.from(body, "base64").toString("latin1");
}

// ------------------------------------------------------------------ TextEncoder / TextDecoder

const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]);
const hostEncoder = new TextEncoder();

function isInstance(t: unknown, proto: KObject): t is KObject {
  for (let x = t instanceof KObject ? t.proto : null; x !== null; x = x.proto) if (x === proto) return true;
  return false;
}

/** A guest list of byte values → host bytes; anything else is refused (there are no typed arrays). */
function bytesOf(vm: VM, v: unknown): Uint8Array {
  if (v === undefined) return new Uint8Array(0);
  if (!(v instanceof KArray)) typeError("TextDecoder.decode takes an array of byte values (0-255)");
  const items = v.items;
  vm.chargeWork(0, items.length);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const b = items[i];
    if (typeof b !== "number" || !Number.isInteger(b) || b < 0 || b > 255) typeError(`TextDecoder.decode: element ${i} is not a byte value (0-255)`);
    out[i] = b;
  }
  return out;
}

export function installEncoding(realm: Realm): void {
  defineFunction(realm, "encodeURIComponent", encodeWith(URI_COMPONENT_SAFE, encodeURIComponent), 1);
  defineFunction(realm, "encodeURI", encodeWith(URI_SAFE, encodeURI), 1);
  defineFunction(realm, "decodeURIComponent", decodeWith(decodeURIComponent), 1);
  defineFunction(realm, "decodeURI", decodeWith(decodeURI), 1);
  defineFunction(realm, "btoa", btoaNative, 1);
  defineFunction(realm, "atob", atobNative, 1);

  const encProto = new KObject(realm.ObjectProto);
  realm.register("TextEncoder.prototype", encProto);
  defineConstructor(realm, "TextEncoder", (vm, _t, _a, newTarget) => {
    if (!newTarget) typeError("Class constructor TextEncoder cannot be invoked without 'new'");
    vm.chargeHeap(64);
    return new KObject(encProto);
  }, 0, encProto);
  defineAccessors(realm, encProto, "TextEncoder.prototype", [["encoding", () => "utf-8"]]);
  defineMethods(realm, encProto, "TextEncoder.prototype", [
    ["encode", (vm, t, a) => {
      if (!isInstance(t, encProto)) typeError("TextEncoder.prototype.encode called on incompatible receiver");
      const s = a[0] === undefined ? "" : toStr(vm, a[0]);
      vm.chargeWork(s.length, 0);
      const n = Buffer.byteLength(s, "utf8"); // lone surrogates count as U+FFFD, as encode makes them
      vm.allocArray(n);
      return new KArray(vm.realm.ArrayProto, Array.from(hostEncoder.encode(s)));
    }, 0],
  ]);

  const decProto = new KObject(realm.ObjectProto);
  realm.register("TextDecoder.prototype", decProto);
  defineConstructor(realm, "TextDecoder", (vm, _t, a, newTarget) => {
    if (!newTarget) typeError("Class constructor TextDecoder cannot be invoked without 'new'");
    const label = a[0] === undefined ? "utf-8" : toStr(vm, a[0]);
    if (!UTF8_LABELS.has(label.trim().toLowerCase())) {
      vm.throwRange(`The "${label.length > 40 ? label.slice(0, 37) + "..." : label}" encoding is not supported (only utf-8)`);
    }
    const opts = a[1];
    const fatal = opts instanceof KObject ? truthy(getProp(vm, opts, "fatal")) : false;
    const ignoreBOM = opts instanceof KObject ? truthy(getProp(vm, opts, "ignoreBOM")) : false;
    vm.chargeHeap(128);
    // The decoder's settings are its own non-enumerable properties (plain data: a
    // snapshot keeps them); frozen, since the web's are read-only attributes.
    const d = new KObject(decProto);
    realm.define(d, "encoding", "utf-8");
    realm.define(d, "fatal", fatal);
    realm.define(d, "ignoreBOM", ignoreBOM);
    d.frozen = true;
    return d;
  }, 0, decProto);
  defineMethods(realm, decProto, "TextDecoder.prototype", [
    ["decode", (vm, t, a) => {
      if (!isInstance(t, decProto)) typeError("TextDecoder.prototype.decode called on incompatible receiver");
      const opts = arg(a, 1);
      if (opts instanceof KObject && truthy(getProp(vm, opts, "stream"))) typeError("TextDecoder.decode: streaming ({stream: true}) is not supported");
      const bytes = bytesOf(vm, a[0]);
      vm.allocString(bytes.length); // UTF-8 never decodes to more UTF-16 units than bytes
      try {
        return new TextDecoder("utf-8", { fatal: t.props.fatal === true, ignoreBOM: t.props.ignoreBOM === true }).decode(bytes);
      } catch {
        return typeError("The encoded data was not valid for encoding utf-8");
      }
    }, 1],
  ]);
}
