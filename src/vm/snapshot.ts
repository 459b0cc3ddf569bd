// Snapshots: a suspended run as a versioned, JSON-safe document — frames, operand
// stack, handlers and the heap reachable from them (sharing and cycles preserved),
// closures with their cells, builtins and natives by stable path, programs by hash,
// host handles by descriptor. restore() rebuilds it in a fresh interpreter, possibly
// in another process, to continue with resume(value).

import { createHash } from "node:crypto";
import { FORMAT_VERSION, type FunctionProto, type Program } from "../bytecode/program.js";
import { Frame, type Handler, Interpreter, type Limits } from "./interpreter.js";
import type { Realm } from "./realm.js";
import {
  Accessor, Cell, HOLE, KArray, KBound, KClosure, KError, KFunction, KHandle, KIter, KMap, KNative, KObject, KRegExp, KSet, KTime,
  type TraceEntry,
} from "./values.js";

export const SNAPSHOT_VERSION = 1;

export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
}

type Enc = null | boolean | number | string | { u: 1 } | { h: 1 } | { n: string } | { r: number } | { b: string } | { acc: [Enc, Enc] };

interface HeapEntry {
  t: string;
  p?: Enc;
  k?: Array<[string, Enc]>;
  f?: 1;
  hid?: string[];
  [extra: string]: unknown;
}

export interface SnapshotBody {
  format: number;
  programs: string[];
  frames: Array<{ fn: [number, number]; closure: Enc; pc: number; base: number; args: Enc[] | null; newObj: Enc }>;
  handlers: Handler[];
  stack: Enc[];
  heap: HeapEntry[];
  limits: Limits;
  budgetLeft: number;
  heapLeft: number;
}

export interface SnapshotDoc {
  kitwork: "snapshot";
  version: number;
  sum: string;
  body: SnapshotBody;
}

/** Restores host handles from their descriptors (e.g. reopen a database connection by name). */
export type HandleRestorer = (type: string, descriptor: unknown) => unknown;

function checksum(body: unknown): string {
  return createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 32);
}

// ------------------------------------------------------------------ encode

export function snapshot(vm: Interpreter): SnapshotDoc {
  if (vm.state !== "suspended") throw new SnapshotError(`only a suspended run can be snapshotted (this one is ${vm.state})`);
  const realm = vm.realm;
  const heap: HeapEntry[] = [];
  const ids = new Map<unknown, number>();
  const programs: string[] = [];
  const programIds = new Map<string, number>();
  const queue: Array<[unknown, number]> = [];

  const programRef = (fn: FunctionProto): [number, number] => {
    const hash = fn.program!.hash;
    let i = programIds.get(hash);
    if (i === undefined) {
      i = programs.length;
      programs.push(hash);
      programIds.set(hash, i);
    }
    return [i, fn.index];
  };

  const enc = (v: unknown): Enc => {
    switch (typeof v) {
      case "undefined":
        return { u: 1 };
      case "boolean":
      case "string":
        return v;
      case "number":
        if (Number.isFinite(v) && !Object.is(v, -0)) return v;
        return { n: Object.is(v, -0) ? "-0" : String(v) };
      case "symbol":
        if (v === HOLE) return { h: 1 };
        break;
      case "object": {
        if (v === null) return null;
        if (v instanceof Accessor) return { acc: [enc(v.get), enc(v.set)] };
        const path = v instanceof KObject ? realm.pathOf.get(v) : undefined;
        if (path !== undefined) return { b: path };
        let id = ids.get(v);
        if (id === undefined) {
          id = heap.length;
          heap.push(null as unknown as HeapEntry);
          ids.set(v, id);
          queue.push([v, id]);
        }
        return { r: id };
      }
    }
    throw new SnapshotError(`cannot snapshot a value of type ${typeof v}`);
  };

  const props = (o: KObject, e: HeapEntry) => {
    e.p = enc(o.proto);
    const keys = Object.keys(o.props);
    if (keys.length) e.k = keys.map((k) => [k, enc(o.props[k])]);
    if (o.frozen) e.f = 1;
    if (o.hidden?.size) e.hid = [...o.hidden];
    return e;
  };

  const entry = (v: unknown): HeapEntry => {
    if (v instanceof Cell) return { t: "cell", v: enc(v.v) };
    if (v instanceof KArray) return props(v, { t: "array", items: v.items.map(enc) });
    if (v instanceof KClosure) return props(v, { t: "closure", fn: programRef(v.fn), cells: v.cells.map(enc) });
    if (v instanceof KBound) return props(v, { t: "bound", target: enc(v.target), self: enc(v.boundThis), args: v.boundArgs.map(enc) });
    if (v instanceof KNative) throw new SnapshotError(`native function ${v.id} is not registered in the realm`);
    if (v instanceof KMap) return props(v, { t: "map", entries: [...v.map].map(([k, x]) => [enc(k), enc(x)]) });
    if (v instanceof KSet) return props(v, { t: "set", values: [...v.set].map(enc) });
    if (v instanceof KRegExp) return props(v, { t: "regexp", source: v.re.source, flags: v.re.flags, lastIndex: v.re.lastIndex });
    if (v instanceof KTime) return props(v, { t: "time", ms: v.ms });
    if (v instanceof KError) return props(v, { t: "error", trace: v.trace });
    if (v instanceof KIter) {
      return props(v, { t: "iter", kind: v.kind, source: Array.isArray(v.source) ? { list: v.source.map(enc) } : enc(v.source), index: v.index, mode: v.mode, pairProto: enc(v.pairProto) });
    }
    if (v instanceof KHandle) return props(v, { t: "handle", type: v.type, descriptor: v.descriptor });
    if (v instanceof KObject) return props(v, { t: "object" });
    throw new SnapshotError(`cannot snapshot host value ${Object.prototype.toString.call(v)}`);
  };

  const frames = [];
  for (let i = 0; i < vm.fp; i++) {
    const f = vm.frames[i]!;
    frames.push({ fn: programRef(f.fn), closure: enc(f.closure), pc: f.pc, base: f.base, args: f.args ? f.args.map(enc) : null, newObj: enc(f.newObj) });
  }
  const stack = vm.stack.slice(0, vm.sp).map(enc);
  while (queue.length) {
    const [v, id] = queue.shift()!;
    heap[id] = entry(v);
  }
  const counters = vm.counters();
  const body: SnapshotBody = {
    format: FORMAT_VERSION,
    programs,
    frames,
    handlers: vm.handlers.slice(0, vm.hp).map((h) => ({ fp: h.fp, pc: h.pc, sp: h.sp })),
    stack,
    heap,
    limits: vm.limits,
    budgetLeft: counters.budgetLeft,
    heapLeft: counters.heapLeft,
  };
  return { kitwork: "snapshot", version: SNAPSHOT_VERSION, sum: checksum(body), body };
}

// ------------------------------------------------------------------ decode

export interface RestoreOptions {
  /** Finds a program by content hash (the realm's own prelude is found automatically). */
  program: (hash: string) => Program | undefined;
  restoreHandle?: HandleRestorer;
  context?: unknown;
}

function fail(msg: string): never {
  throw new SnapshotError(`corrupted snapshot: ${msg}`);
}

export function restore(realm: Realm, input: unknown, options: RestoreOptions): Interpreter {
  const doc = (typeof input === "string" ? parseJSON(input) : input) as SnapshotDoc;
  if (!doc || typeof doc !== "object" || doc.kitwork !== "snapshot") fail("not a Kitwork snapshot");
  if (doc.version !== SNAPSHOT_VERSION) throw new SnapshotError(`unsupported snapshot version ${doc.version} (this engine reads version ${SNAPSHOT_VERSION})`);
  const body = doc.body;
  if (!body || typeof body !== "object") fail("missing body");
  if (checksum(body) !== doc.sum) fail("checksum mismatch");
  if (body.format !== FORMAT_VERSION) throw new SnapshotError(`snapshot was taken with bytecode format ${body.format}; this engine runs format ${FORMAT_VERSION}`);

  const programs = body.programs.map((hash) => {
    const p = realm.programs.get(hash) ?? options.program(hash);
    if (!p) throw new SnapshotError(`snapshot needs program ${hash.slice(0, 12)}, which is not available`);
    return p;
  });
  const fnAt = (ref: unknown): FunctionProto => {
    if (!Array.isArray(ref) || ref.length !== 2) fail("bad function reference");
    const p = programs[ref[0] as number];
    const fn = p?.functions[ref[1] as number];
    if (!fn) fail(`unknown function ${String(ref)}`);
    return fn;
  };

  const heap = body.heap;
  if (!Array.isArray(heap)) fail("heap is not a list");
  // Pass 1: allocate every object so references (and cycles) can be wired.
  const objs: unknown[] = heap.map((e, i) => {
    if (!e || typeof e !== "object") fail(`heap entry ${i} is not an object`);
    switch (e.t) {
      case "cell":
        return new Cell(undefined);
      case "array":
        return new KArray(null, []);
      case "closure":
        return new KClosure(null, fnAt(e.fn), []);
      case "bound":
        return new KBound(null, null as unknown as KFunction, undefined, []);
      case "map":
        return new KMap(null);
      case "set":
        return new KSet(null);
      case "regexp":
        return new KRegExp(null, new RegExp(String(e.source), String(e.flags)));
      case "time":
        return new KTime(null, Number(e.ms));
      case "error":
        return new KError(null);
      case "iter":
        return new KIter(null, e.kind as KIter["kind"], null, Number(e.index), e.mode as KIter["mode"]);
      case "handle":
        return new KHandle(null, String(e.type), e.descriptor, options.restoreHandle?.(String(e.type), e.descriptor));
      case "object":
        return new KObject(null);
    }
    return fail(`heap entry ${i} has unknown type ${String(e.t)}`);
  });

  const dec = (x: unknown): unknown => {
    if (x === null || typeof x !== "object") return x;
    const o = x as Record<string, unknown>;
    if ("u" in o) return undefined;
    if ("h" in o) return HOLE;
    if ("n" in o) return o.n === "-0" ? -0 : Number(o.n);
    if ("r" in o) {
      const v = objs[o.r as number];
      if (v === undefined) fail(`dangling reference ${String(o.r)}`);
      return v;
    }
    if ("b" in o) {
      const v = realm.byPath.get(String(o.b));
      if (!v) throw new SnapshotError(`snapshot refers to builtin ${String(o.b)}, which this engine does not have`);
      return v;
    }
    if ("acc" in o) {
      const [g, s] = o.acc as [unknown, unknown];
      return new Accessor(dec(g) as KObject | undefined, dec(s) as KObject | undefined);
    }
    return fail("unknown value encoding");
  };

  // Pass 2: fill them in.
  heap.forEach((e, i) => {
    const v = objs[i];
    if (v instanceof Cell) {
      v.v = dec(e.v);
      return;
    }
    const o = v as KObject;
    o.proto = dec(e.p) as KObject | null;
    for (const [k, x] of e.k ?? []) {
      const val = dec(x);
      if (val instanceof Accessor) o.hasAccessors = true;
      o.props[k] = val;
    }
    if (e.f) o.frozen = true;
    if (e.hid) o.hidden = new Set(e.hid);
    if (o instanceof KArray) o.items = (e.items as unknown[]).map(dec);
    else if (o instanceof KClosure) o.cells = (e.cells as unknown[]).map((c) => dec(c) as Cell);
    else if (o instanceof KBound) {
      o.target = dec(e.target) as KFunction;
      o.boundThis = dec(e.self);
      o.boundArgs = (e.args as unknown[]).map(dec);
    } else if (o instanceof KMap) for (const [k, x] of e.entries as Array<[unknown, unknown]>) o.map.set(dec(k), dec(x));
    else if (o instanceof KSet) for (const x of e.values as unknown[]) o.set.add(dec(x));
    else if (o instanceof KRegExp) o.re.lastIndex = Number(e.lastIndex);
    else if (o instanceof KError) o.trace = e.trace as TraceEntry[];
    else if (o instanceof KIter) {
      const src = e.source as { list?: unknown[] };
      o.source = src && typeof src === "object" && "list" in src ? src.list!.map(dec) : dec(e.source);
      o.pairProto = dec(e.pairProto) as KObject | null;
    }
  });

  const vm = new Interpreter(realm);
  vm.reset(body.limits);
  vm.restoreCounters(body.budgetLeft, body.heapLeft);
  vm.context = options.context;
  const stack = body.stack.map(dec);
  for (let i = 0; i < stack.length; i++) vm.stack[i] = stack[i];
  vm.sp = stack.length;
  vm.frames = body.frames.map((f) => {
    const frame = new Frame();
    const closure = dec(f.closure);
    if (!(closure instanceof KClosure)) fail("frame without a closure");
    frame.closure = closure;
    frame.fn = fnAt(f.fn);
    if (frame.fn !== closure.fn) fail("frame function does not match its closure");
    frame.pc = f.pc;
    frame.base = f.base;
    frame.args = f.args ? f.args.map(dec) : null;
    frame.newObj = (dec(f.newObj) as KObject | null) ?? null;
    if (!(frame.pc >= 0 && frame.pc <= frame.fn.code.length && frame.base >= 0 && frame.base <= vm.sp)) fail("frame position out of range");
    return frame;
  });
  vm.fp = vm.frames.length;
  vm.handlers = body.handlers.map((h) => ({ fp: h.fp, pc: h.pc, sp: h.sp }));
  vm.hp = vm.handlers.length;
  if (vm.fp === 0) fail("no frames");
  vm.state = "suspended";
  return vm;
}

function parseJSON(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
}
