// Crossing the sandbox boundary: guest values to plain host data and back.
// Host data never enters the VM as-is: fromHost copies it into VM-owned objects.

import type { Realm } from "../vm/realm.js";
import { LimitError } from "../vm/errors.js";
import { toISO } from "./time-core.js";
import { symbolString } from "../vm/symbols.js";
import { EMPTY, KArray, KDate, KError, KFunction, KMap, KObject, KRegExp, KSet, KTime, KURL, KWrapper, Accessor } from "../vm/values.js";

/** Bounds on a value leaving the VM: nesting depth and total nodes (shared subtrees count each time). */
export const TO_HOST_MAX_DEPTH = 1000;
export const TO_HOST_MAX_NODES = 5_000_000;

/**
 * A conversion's state: the objects on the path from the value being converted down to
 * the current one (a value met again on its own path is a cycle; one met again elsewhere
 * is written again), and the count of objects converted. Most values that leave the VM are
 * shallow, so the path is an array until it is deeper than PATH_SCAN, and a Set only
 * beyond (a Set per conversion was most of what answering a request with a small object
 * allocated).
 */
class Walk {
  readonly path: KObject[] = [];
  onPath: Set<KObject> | null = null;
  nodes = 0;
  has(v: KObject): boolean {
    return this.onPath !== null ? this.onPath.has(v) : this.path.includes(v);
  }
  enter(v: KObject): void {
    this.path.push(v);
    if (this.onPath !== null) this.onPath.add(v);
    else if (this.path.length > PATH_SCAN) this.onPath = new Set(this.path);
  }
  leave(v: KObject): void {
    this.path.pop();
    this.onPath?.delete(v);
  }
}
const PATH_SCAN = 8;

/**
 * Guest value → plain host data (objects, arrays, primitives). Cycles become
 * "[Circular]". A value nested deeper than TO_HOST_MAX_DEPTH, or expanding to more than
 * TO_HOST_MAX_NODES nodes, is refused with a LimitError instead of exhausting the host.
 */
export function toHost(v: unknown): unknown {
  return valueToHost(v, null);
}

/** One value of a conversion; its Walk is made at the first object (a primitive needs none). */
function valueToHost(v: unknown, walk: Walk | null): unknown {
  // A symbol leaves as its text: host data holds no guest symbol.
  if (typeof v === "symbol") return symbolString(v);
  if (!(v instanceof KObject)) return v;
  return objectToHost(v, walk ?? new Walk());
}

function objectToHost(v: KObject, walk: Walk): unknown {
  if (walk.has(v)) return "[Circular]";
  if (walk.path.length >= TO_HOST_MAX_DEPTH) throw new LimitError("depth", `value nested more than ${TO_HOST_MAX_DEPTH} levels deep cannot leave the VM`);
  if (++walk.nodes > TO_HOST_MAX_NODES) throw new LimitError("heap", `value too large to leave the VM (more than ${TO_HOST_MAX_NODES} nodes)`);
  walk.enter(v);
  try {
    // A hole leaves as undefined (JSON writes it as null, as JavaScript does).
    if (v instanceof KArray) return v.items.map((x) => (x === EMPTY ? undefined : valueToHost(x, walk)));
    if (v instanceof KTime) return toISO(v.ms);
    if (v instanceof KDate) return v.t === v.t ? toISO(v.t) : null; // as JSON.stringify gives it (toJSON)
    if (v instanceof KWrapper) return v.prim;
    if (v instanceof KFunction) return `[function ${v.fnName}]`;
    if (v instanceof KMap) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of v.map) setOwn(out, String(valueToHost(k, walk)), valueToHost(x, walk));
      return out;
    }
    if (v instanceof KSet) return [...v.set].map((x) => valueToHost(x, walk));
    if (v instanceof KRegExp) return String(v.re);
    if (v instanceof KURL) return v.url.href; // as JSON.stringify gives it (toJSON)
    const out: Record<string, unknown> = {};
    if (v instanceof KError) {
      out.name = valueToHost(lookupName(v), walk);
      out.message = valueToHost(v.props.message, walk);
    }
    const hidden = v.hidden;
    for (const k in v.props) {
      if (hidden?.has(k)) continue;
      const x = v.props[k];
      if (x instanceof Accessor) continue;
      setOwn(out, k, valueToHost(x, walk));
    }
    return out;
  } finally {
    walk.leave(v);
  }
}

/** Sets an own data property, even for "__proto__" (which a plain assignment would treat as the prototype). */
function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === "__proto__") Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

function lookupName(e: KObject): unknown {
  for (let x: KObject | null = e; x; x = x.proto) if ("name" in x.props) return x.props.name;
  return "Error";
}

/** Plain host data → guest value (deep copy). Functions and symbols become undefined. */
export function fromHost(realm: Realm, v: unknown): unknown {
  if (v === null || v === undefined) return v;
  switch (typeof v) {
    case "number":
    case "string":
    case "boolean":
      return v;
    case "bigint":
      return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
    case "object": {
      if (v instanceof KObject) return v;
      if (Array.isArray(v)) return new KArray(realm.ArrayProto, v.map((x) => fromHost(realm, x)));
      if (v instanceof Date) return new KTime(realm.TimeProto, v.getTime());
      if (v instanceof Uint8Array) return new KArray(realm.ArrayProto, Array.from(v));
      if (v instanceof Map) {
        const m = new KMap(realm.MapProto);
        for (const [k, x] of v) m.map.set(fromHost(realm, k), fromHost(realm, x));
        return m;
      }
      const o = new KObject(realm.ObjectProto);
      const from = v as Record<string, unknown>;
      // Own enumerable keys, as Object.entries gives them, without its array of pairs.
      for (const k in from) {
        if (!Object.hasOwn(from, k)) continue;
        const x = from[k];
        const g = fromHost(realm, x);
        if (g !== undefined || x === undefined) o.props[k] = g;
      }
      return o;
    }
  }
  return undefined;
}
