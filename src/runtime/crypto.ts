// The `crypto` global (also `w.crypto`): HMACs, digests, a constant-time comparison and
// random values for scripts, on node:crypto. Enough to check a signature by hand; the
// usual webhook schemes are verifyWebhook() (runtime/webhooks.ts).
//
// hmac, hash and timingSafeEqual are pure: they run at discovery like any builtin.
// randomUUID and randomBytes, like uuid() and random(), end discovery (they are marked
// as capabilities in runtime.ts): a top level's output should not change from one load
// to the next.

import nodeCrypto from "node:crypto";
import type { Realm } from "../vm/realm.js";
import { KObject } from "../vm/values.js";
import { defineMethods, type VM } from "../stdlib/define.js";

/** Digests scripts may name (lower case); node may know more, but these are the ones worth using or meeting. */
const ALGORITHMS = ["sha256", "sha384", "sha512", "sha224", "sha512-256", "sha3-256", "sha3-384", "sha3-512", "sha1", "md5"].filter((a) => nodeCrypto.getHashes().includes(a));
const ENCODINGS = ["hex", "base64", "base64url"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The largest randomBytes(n): more is never a key or a token, and would be a way to fill memory. */
export const MAX_RANDOM_BYTES = 65536;

/** An algorithm argument of `fn`, lower-cased; an unknown one is a RangeError naming it and the known ones. */
export function algorithmArg(vm: VM, fn: string, v: unknown): string {
  const alg = typeof v === "string" ? v.toLowerCase() : v;
  if (typeof alg !== "string" || !ALGORITHMS.includes(alg)) {
    return vm.throwRange(`${fn}(): unsupported algorithm ${JSON.stringify(v) ?? String(v)} (use ${ALGORITHMS.join(", ")})`);
  }
  return alg;
}

function encodingArg(vm: VM, fn: string, v: unknown): Encoding {
  if (v === undefined) return "hex";
  if (!ENCODINGS.includes(v as Encoding)) return vm.throwRange(`${fn}(): unsupported encoding ${JSON.stringify(v) ?? String(v)} (use ${ENCODINGS.join(", ")})`);
  return v as Encoding;
}

/** A string argument of `fn`: scripts sign text (w.rawBody, a template), never a value whose text form is a guess. */
function textArg(vm: VM, fn: string, what: string, v: unknown): string {
  if (typeof v !== "string") {
    const hint = what === "data" ? " (sign the request's exact text, w.rawBody, or JSON.stringify(value))" : "";
    return vm.throwType(`${fn}(): the ${what} must be a string, got ${v === null ? "null" : typeof v}${hint}`);
  }
  return v;
}

/** HMAC of utf-8 `data` under utf-8 (or raw) `key`, encoded. */
export function hmac(alg: string, key: string | Buffer, data: string, encoding: Encoding = "hex"): string {
  return nodeCrypto.createHmac(alg, key).update(data, "utf8").digest(encoding);
}

/** Compares two strings in time that depends only on their length; different lengths are simply unequal. */
export function timingSafeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && nodeCrypto.timingSafeEqual(x, y);
}

export function installCrypto(realm: Realm, workProto: KObject): void {
  const c = new KObject(realm.ObjectProto);
  realm.register("crypto", c);
  realm.globals.crypto = c;
  realm.define(workProto, "crypto", c);
  defineMethods(realm, c, "crypto", [
    ["hmac", (vm, _t, a) => {
      const alg = algorithmArg(vm, "crypto.hmac", a[0]);
      const key = textArg(vm, "crypto.hmac", "key", a[1]);
      const data = textArg(vm, "crypto.hmac", "data", a[2]);
      return hmac(alg, key, data, encodingArg(vm, "crypto.hmac", a[3]));
    }, 3, "args"],
    ["hash", (vm, _t, a) => {
      const alg = algorithmArg(vm, "crypto.hash", a[0]);
      const data = textArg(vm, "crypto.hash", "data", a[1]);
      return nodeCrypto.createHash(alg).update(data, "utf8").digest(encodingArg(vm, "crypto.hash", a[2]));
    }, 2, "args"],
    ["timingSafeEqual", (vm, _t, a) => {
      return timingSafeEqual(textArg(vm, "crypto.timingSafeEqual", "first argument", a[0]), textArg(vm, "crypto.timingSafeEqual", "second argument", a[1]));
    }, 2, "args"],
    ["randomUUID", () => nodeCrypto.randomUUID(), 0],
    ["randomBytes", (vm, _t, a) => {
      const n = a[0];
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_RANDOM_BYTES) {
        return vm.throwRange(`crypto.randomBytes(): the size must be an integer from 0 to ${MAX_RANDOM_BYTES}, got ${typeof n === "number" ? n : JSON.stringify(n) ?? String(n)}`);
      }
      const encoding = encodingArg(vm, "crypto.randomBytes", a[1]);
      vm.allocString(encoding === "hex" ? 2 * n : Math.ceil(n / 3) * 4);
      return nodeCrypto.randomBytes(n).toString(encoding);
    }, 1],
  ]);
}
