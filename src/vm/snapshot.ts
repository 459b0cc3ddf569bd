// Snapshots: a suspended run as a versioned, JSON-safe document — frames, operand
// stack, handlers and the heap reachable from them (sharing and cycles preserved),
// closures with their cells, builtins and natives by stable path, programs by hash,
// host handles by descriptor. restore() rebuilds it in a fresh interpreter, possibly
// in another process, to continue with resume(value).
//
// This module is pure: no I/O and no keys. A document is trusted by nobody here —
// restore() validates every reference it holds (programs, function ids, pcs on
// instruction boundaries, frame bases, handler records, heap references, builtin
// paths, prototype and bound-function chains) and refuses the first bad one with a
// SnapshotError of kind "corrupted". Limits never come from the document: the caller
// passes the limits the run resumes under, and the carried counters (budget and heap
// left) are clamped to them. Authenticating and encrypting a stored snapshot is the
// engine's job (engine/seal.ts).

import { FORMAT_VERSION, type FunctionProto, type Program } from "../bytecode/program.js";
import { instrLength } from "../bytecode/opcodes.js";
import { LimitError } from "./errors.js";
import { DEFAULT_LIMITS, Frame, type Handler, Interpreter, type Limits } from "./interpreter.js";
import type { Realm } from "./realm.js";
import type { TemplateCache } from "./templates.js";
import { SymbolRegistry, wellKnownByName, wellKnownName } from "./symbols.js";
import { GEN_DONE, GEN_SUSPENDED_START, GEN_SUSPENDED_YIELD, KGenReturn, KGenerator } from "./generators.js";
import { AG_COMPLETED, AG_SUSPENDED_START, AsyncState, JOB_REACTION, JOB_THENABLE, KAsync, KAsyncGen, KPromise, PROMISE_PENDING, PROMISE_REJECTED } from "./promises.js";
import {
  Accessor, Cell, EMPTY, HOLE, KArray, KBound, KClosure, KDate, KError, KFunction, KHandle, KIter, KMap, KNative, KObject, KPrivateName, KRegExp, KSearchParams,
  KSet, KTime, KURL, KWrapper, PropAttrs, type TraceEntry,
} from "./values.js";

/** Version 2: no limits and no checksum in the document (version 1 carried both). */
export const SNAPSHOT_VERSION = 2;

/**
 * Why a snapshot was refused. `corrupted`: malformed or inconsistent; `version`: a
 * snapshot version this engine does not read; `format`: another bytecode format;
 * `program`: a program it needs is not available; `builtin`: it names a builtin this
 * engine does not have; `authentication`: its seal did not verify (engine/seal.ts);
 * `state`: the run cannot be snapshotted now.
 */
export type SnapshotErrorKind = "corrupted" | "version" | "format" | "program" | "builtin" | "authentication" | "state";

export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
  constructor(
    readonly kind: SnapshotErrorKind,
    message: string,
  ) {
    super(message);
  }
}

type Enc = null | boolean | number | string | { u: 1 } | { h: 1 } | { e: 1 } | { n: string } | { r: number } | { b: string } | { acc: [Enc, Enc] } | { y: number };

/** A property key: a string as it is, a symbol as `{ y: index }` into the symbol table. */
type EncKey = string | { y: number };

/**
 * The symbol table: a well-known symbol by name (`w`), a Symbol.for symbol by its key
 * (`k`), any other by its description (`d`, null for none) — one entry per symbol, so
 * identity within the document is kept.
 */
type SymbolEntry = { w: string } | { k: string } | { d: string | null };

interface HeapEntry {
  t: string;
  p?: Enc;
  k?: Array<[EncKey, Enc]>;
  f?: 1;
  hid?: EncKey[];
  /** Property attributes (vm/descriptors.ts): [key, NOT_WRITABLE | NOT_CONFIGURABLE] pairs; ne: not extensible; si: sealed elements. */
  attrs?: { flags: Array<[EncKey, number]>; ne?: 1; si?: 1 };
  [extra: string]: unknown;
}

export interface SnapshotBody {
  format: number;
  programs: string[];
  frames: Array<{ fn: [number, number]; closure: Enc; pc: number; base: number; args: Enc[] | null; newObj: Enc; nt?: Enc }>;
  handlers: Handler[];
  stack: Enc[];
  heap: HeapEntry[];
  /** Symbols the run holds (absent when none). */
  symbols?: SymbolEntry[];
  /**
   * The run's tagged-template objects (vm/templates.ts) as [program index, call site,
   * the strings array], for the programs the snapshot lists (absent when none).
   */
  templates?: Array<[number, number, Enc]>;
  /** The run's promise machinery (vm/promises.ts), when it made a promise: the microtask queue and the top level's outcome. */
  async?: { jobs: Enc[][]; inJob: 0 | 1; mainDone: 0 | 1; main: Enc; unhandled: Enc[] };
  /** Budget units left when the run was snapshotted (-1: unlimited); clamped to the resuming limits. */
  budgetLeft: number;
  /** Heap bytes left (-1: unlimited); clamped likewise. */
  heapLeft: number;
}

export interface SnapshotDoc {
  kitwork: "snapshot";
  version: number;
  body: SnapshotBody;
}

/** Restores host handles from their descriptors (e.g. reopen a database connection by name). */
export type HandleRestorer = (type: string, descriptor: unknown) => unknown;

/**
 * Builtins registered under a path starting with "%" (the intrinsics tables handed to
 * the prelude and other builtin scripts) are private: scripts can never reach them, so
 * a snapshot may name them only where a builtin frame holds them.
 */
export function isPrivatePath(path: string): boolean {
  return path.charCodeAt(0) === 37; // "%"
}

// ------------------------------------------------------------------ encode

export function snapshot(vm: Interpreter): SnapshotDoc {
  if (vm.state !== "suspended") throw new SnapshotError("state", `only a suspended run can be snapshotted (this one is ${vm.state})`);
  const realm = vm.realm;
  const heap: HeapEntry[] = [];
  const ids = new Map<unknown, number>();
  const programs: string[] = [];
  const programIds = new Map<string, number>();
  const queue: Array<[unknown, number]> = [];
  const symbols: SymbolEntry[] = [];
  const symbolIds = new Map<symbol, number>();
  const encSymbol = (v: symbol): { y: number } => {
    let id = symbolIds.get(v);
    if (id === undefined) {
      id = symbols.length;
      const w = wellKnownName(v);
      const key = w === undefined ? vm.symbolKeyFor(v) : undefined;
      symbols.push(w !== undefined ? { w } : key !== undefined ? { k: key } : { d: v.description ?? null });
      symbolIds.set(v, id);
    }
    return { y: id };
  };
  const encKey = (k: string | symbol): EncKey => (typeof k === "string" ? k : encSymbol(k));

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
        if (v === EMPTY) return { e: 1 };
        return encSymbol(v);
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
    throw new SnapshotError("state", `cannot snapshot a value of type ${typeof v}`);
  };

  const props = (o: KObject, e: HeapEntry) => {
    e.p = enc(o.proto);
    const keys: Array<string | symbol> = Reflect.ownKeys(o.props) as Array<string | symbol>;
    if (keys.length) e.k = keys.map((k) => [encKey(k), enc(o.props[k])]);
    if (o.frozen) e.f = 1;
    if (o.hidden?.size) e.hid = [...o.hidden].map(encKey);
    // Property attributes: [key, flags] pairs, non-extensibility, sealed elements.
    if (o.attrs !== null) {
      const a = o.attrs;
      e.attrs = { flags: [...a.flags].map(([k, f]) => [encKey(k), f]), ...(a.extensible ? {} : { ne: 1 }), ...(a.sealedItems ? { si: 1 } : {}) };
    }
    // Private elements: [private name, value] pairs (a value may be an accessor).
    if (o.privates?.size) e.priv = [...o.privates].map(([n, x]) => [enc(n), enc(x)]);
    return e;
  };

  const entry = (v: unknown): HeapEntry => {
    if (v instanceof Cell) return { t: "cell", v: enc(v.v) };
    if (v instanceof KArray) return props(v, { t: "array", items: v.items.map(enc) });
    if (v instanceof KClosure) return props(v, { t: "closure", fn: programRef(v.fn), cells: v.cells.map(enc) });
    if (v instanceof KBound) return props(v, { t: "bound", target: enc(v.target), self: enc(v.boundThis), args: v.boundArgs.map(enc) });
    if (v instanceof KNative) throw new SnapshotError("state", `native function ${v.id} is not registered in the realm`);
    if (v instanceof KMap) return props(v, { t: "map", entries: [...v.map].map(([k, x]) => [enc(k), enc(x)]) });
    if (v instanceof KSet) return props(v, { t: "set", values: [...v.set].map(enc) });
    if (v instanceof KRegExp) return props(v, { t: "regexp", source: v.re.source, flags: v.re.flags, lastIndex: v.re.lastIndex });
    if (v instanceof KTime) return props(v, { t: "time", ms: v.ms });
    if (v instanceof KDate) return props(v, { t: "date", ms: v.t === v.t ? v.t : null });
    if (v instanceof KWrapper) return props(v, { t: "wrapper", v: enc(v.prim) });
    if (v instanceof KError) return props(v, v.lazyStack ? { t: "error", trace: v.trace, ls: 1 } : { t: "error", trace: v.trace });
    if (v instanceof KPrivateName) return { t: "pname", desc: v.desc, cls: v.className, kind: v.kind, v: enc(v.value) };
    if (v instanceof KURL) return props(v, { t: "url", href: v.url.href, params: enc(v.params) });
    if (v instanceof KSearchParams) {
      return props(v, v.url ? { t: "params", url: enc(v.url) } : { t: "params", url: null, entries: [...v.list] });
    }
    if (v instanceof KIter) {
      const e: HeapEntry = { t: "iter", kind: v.kind, source: Array.isArray(v.source) ? { list: v.source.map(enc) } : enc(v.source), index: v.index, mode: v.mode, pairProto: enc(v.pairProto) };
      // A script's iterator: its next method, and whether it is done or inside next().
      if (v.kind === "user") Object.assign(e, { next: enc(v.nextFn), dn: v.done ? 1 : 0, inn: v.inNext ? 1 : 0 });
      return props(v, e);
    }
    if (v instanceof KHandle) return props(v, { t: "handle", type: v.type, descriptor: v.descriptor });
    // A promise: its state and value, and while pending its reactions (vm/promises.ts).
    if (v instanceof KPromise) return props(v, { t: "promise", state: v.state, v: enc(v.value), re: v.reactions.map(enc), hd: v.handled ? 1 : 0 });
    // A generator: its state, and while suspended the frame it holds (vm/generators.ts); an async function's call, also its promise.
    if (v instanceof KGenerator) {
      const e = { t: "generator", state: v.state, closure: enc(v.closure), pc: v.pc, saved: v.saved.map(enc), handlers: v.handlers.slice(), args: v.args ? v.args.map(enc) : null };
      // An async generator: also its state, its queued requests and whether it awaits a return()'s value (vm/promises.ts).
      if (v instanceof KAsyncGen) return props(v, { ...e, t: "asyncgen", promise: v.promise === null ? null : enc(v.promise), ag: v.ag, queue: v.queue.map(enc), ra: v.returnAwait ? 1 : 0 });
      return props(v, v instanceof KAsync ? { ...e, t: "async", promise: enc(v.promise) } : e);
    }
    if (v instanceof KGenReturn) return { t: "genreturn", v: enc(v.value) };
    if (v instanceof KObject) return props(v, { t: "object" });
    throw new SnapshotError("state", `cannot snapshot host value ${Object.prototype.toString.call(v)}`);
  };

  const frames = [];
  for (let i = 0; i < vm.fp; i++) {
    const f = vm.frames[i]!;
    const fr: SnapshotBody["frames"][number] = { fn: programRef(f.fn), closure: enc(f.closure), pc: f.pc, base: f.base, args: f.args ? f.args.map(enc) : null, newObj: enc(f.newObj) };
    if (f.newTarget !== null) fr.nt = enc(f.newTarget);
    frames.push(fr);
  }
  const stack = vm.stack.slice(0, vm.sp).map(enc);
  const a = vm.asyncState;
  let asyncPart: SnapshotBody["async"];
  if (a !== null) {
    // A checkpoint waits for operations in flight first (vm/promises.ts): a run still waiting on one has no snapshot.
    if (a.inflight.length > 0 || a.idle || a.parkAfter !== null) throw new SnapshotError("state", "a run with host operations in flight cannot be snapshotted");
    asyncPart = { jobs: a.jobs.slice(a.head).map((j) => j.map(enc)), inJob: a.inJob ? 1 : 0, mainDone: a.mainDone ? 1 : 0, main: enc(a.main), unhandled: a.unhandled.map(enc) };
  }
  const drain = () => {
    while (queue.length) {
      const [v, id] = queue.shift()!;
      heap[id] = entry(v);
    }
  };
  drain();
  // Template objects, once every program the run can still execute is listed: those of
  // other programs (a module whose code has all run) can never be asked for again.
  const templates: Array<[number, number, Enc]> = [];
  for (const [program, sites] of vm.templates ?? []) {
    const i = programIds.get(program.hash);
    if (i !== undefined) for (const [site, strings] of sites) templates.push([i, site, enc(strings)]);
  }
  drain();
  const counters = vm.counters();
  const body: SnapshotBody = {
    format: FORMAT_VERSION,
    programs,
    frames,
    handlers: vm.handlers.slice(0, vm.hp).map((h) => ({ fp: h.fp, pc: h.pc, sp: h.sp })),
    stack,
    heap,
    ...(symbols.length ? { symbols } : {}),
    ...(templates.length ? { templates } : {}),
    ...(asyncPart ? { async: asyncPart } : {}),
    budgetLeft: counters.budgetLeft,
    heapLeft: counters.heapLeft,
  };
  return { kitwork: "snapshot", version: SNAPSHOT_VERSION, body };
}

// ------------------------------------------------------------------ decode

export interface RestoreOptions {
  /** Finds a program by content hash (the realm's own prelude is found automatically). */
  program: (hash: string) => Program | undefined;
  restoreHandle?: HandleRestorer;
  context?: unknown;
  /** The limits the run continues under (default DEFAULT_LIMITS); the document's counters are clamped to them. */
  limits?: Limits;
}

/** Most operand-stack entries a restored run may have (far above what the depth limit allows). */
const MAX_STACK = 1 << 24;

function fail(msg: string): never {
  throw new SnapshotError("corrupted", `corrupted snapshot: ${msg}`);
}

const isInt = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x);
const isIndex = (x: unknown, n: number): x is number => isInt(x) && x >= 0 && x < n;
const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);
const list = (x: unknown, what: string): unknown[] => (Array.isArray(x) ? x : fail(`${what} is not a list`));

/** Instruction starts of a function's code (a saved pc must be one). */
const boundaries = new WeakMap<FunctionProto, Uint8Array>();
function isBoundary(fn: FunctionProto, pc: number): boolean {
  let b = boundaries.get(fn);
  if (!b) {
    const code = fn.code;
    b = new Uint8Array(code.length + 1);
    for (let i = 0; i < code.length; i += instrLength(code[i]!)) b[i] = 1;
    boundaries.set(fn, b);
  }
  return b[pc] === 1;
}

/** The references (heap ids) an encoded value holds, for the reachability pass. */
function refsOf(x: unknown, out: number[]): void {
  if (!isObj(x)) return;
  if ("r" in x) {
    if (isInt(x.r)) out.push(x.r);
  } else if ("acc" in x && Array.isArray(x.acc)) {
    for (const y of x.acc) refsOf(y, out);
  }
}

/** Every encoded value a heap entry holds (tolerant: pass 2 checks the shapes). */
function childrenOf(e: HeapEntry, out: number[]): void {
  const each = (xs: unknown) => {
    if (Array.isArray(xs)) for (const x of xs) refsOf(x, out);
  };
  refsOf(e.p, out);
  if (Array.isArray(e.k)) for (const kv of e.k) if (Array.isArray(kv)) refsOf(kv[1], out);
  refsOf(e.v, out);
  each(e.items);
  each(e.cells);
  refsOf(e.target, out);
  refsOf(e.self, out);
  each(e.args);
  if (Array.isArray(e.entries)) for (const kv of e.entries) each(kv);
  each(e.values);
  if (isObj(e.source) && "list" in e.source) each(e.source.list);
  else refsOf(e.source, out);
  refsOf(e.pairProto, out);
  refsOf(e.next, out);
  refsOf(e.params, out);
  refsOf(e.url, out);
  refsOf(e.closure, out);
  each(e.saved);
  each(e.re);
  refsOf(e.promise, out);
  if (Array.isArray(e.priv)) for (const kv of e.priv) each(kv);
}

export function restore(realm: Realm, input: unknown, options: RestoreOptions): Interpreter {
  const doc = (typeof input === "string" ? parseJSON(input) : input) as SnapshotDoc;
  if (!isObj(doc) || doc.kitwork !== "snapshot") fail("not a Kitwork snapshot");
  if (doc.version !== SNAPSHOT_VERSION) {
    if (doc.version === 1) throw new SnapshotError("version", `snapshot version 1 (from before snapshots were sealed) is no longer read; this engine reads version ${SNAPSHOT_VERSION}`);
    throw new SnapshotError("version", `unsupported snapshot version ${String(doc.version)} (this engine reads version ${SNAPSHOT_VERSION})`);
  }
  const body = doc.body;
  if (!isObj(body)) fail("missing body");
  if (body.format !== FORMAT_VERSION) throw new SnapshotError("format", `snapshot was taken with bytecode format ${String(body.format)}; this engine runs format ${FORMAT_VERSION}`);
  const limits = options.limits ?? DEFAULT_LIMITS;

  const programs = list(body.programs, "the program list").map((hash) => {
    if (typeof hash !== "string") fail("a program hash is not a string");
    const p = realm.programs.get(hash) ?? options.program(hash);
    if (!p) throw new SnapshotError("program", `snapshot needs program ${hash.slice(0, 12)}, which is not available`);
    return p;
  });
  const fnAt = (ref: unknown): FunctionProto => {
    if (!Array.isArray(ref) || ref.length !== 2) fail("bad function reference");
    const p = isIndex(ref[0], programs.length) ? programs[ref[0]] : undefined;
    const fn = p && isIndex(ref[1], p.functions.length) ? p.functions[ref[1]] : undefined;
    if (!fn) fail(`unknown function ${JSON.stringify(ref)}`);
    return fn;
  };
  /** A function of the realm's own programs (the prelude): its frames may hold private builtins. */
  const isBuiltinFn = (fn: FunctionProto) => fn.program !== undefined && realm.programs.get(fn.program.hash) === fn.program;

  const heap = list(body.heap, "the heap") as HeapEntry[];
  // Symbols: well-known ones by name, registered ones into the resumed run's registry, the others made afresh.
  const registry = new SymbolRegistry();
  const syms: symbol[] = body.symbols === undefined ? [] : list(body.symbols, "the symbol table").map((x, i) => {
    if (!isObj(x)) fail(`symbol ${i} is not an entry`);
    const ks = Object.keys(x);
    if (ks.length !== 1) fail(`symbol ${i} is not an entry`);
    const sx = x as Record<string, unknown>;
    if (ks[0] === "w") {
      const w = typeof sx.w === "string" ? wellKnownByName(sx.w) : undefined;
      return w ?? fail(`symbol ${i} names no well-known symbol`);
    }
    if (ks[0] === "k") return typeof sx.k === "string" ? registry.for(sx.k) : fail(`symbol ${i} has a key that is not a string`);
    if (ks[0] === "d") {
      if (sx.d !== null && typeof sx.d !== "string") fail(`symbol ${i} has a description that is not a string`);
      return sx.d === null ? Symbol() : Symbol(sx.d as string);
    }
    return fail(`symbol ${i} is not an entry`);
  });
  if (new Set(syms).size !== syms.length) fail("the symbol table lists a symbol twice");
  const decSym = (x: unknown): symbol => {
    if (!isObj(x) || Object.keys(x).length !== 1 || !isIndex((x as { y?: unknown }).y, syms.length)) return fail("a bad symbol reference");
    return syms[(x as { y: number }).y]!;
  };
  const decKey = (x: unknown, what: string): string | symbol => (typeof x === "string" ? x : isObj(x) && "y" in x ? decSym(x) : fail(what));
  const stackIn = list(body.stack, "the stack");
  if (stackIn.length > MAX_STACK) fail(`the stack has ${stackIn.length} entries`);
  const framesIn = list(body.frames, "the frame list");
  if (framesIn.length === 0) fail("no frames");
  if (limits.maxDepth > 0 && framesIn.length > limits.maxDepth) {
    throw new LimitError("depth", `Maximum call stack size exceeded (call depth limit ${limits.maxDepth})`);
  }

  // Frames first (function, pc, base), so the stack can be split into the frames' regions.
  const frameFns: FunctionProto[] = [];
  const bases: number[] = [];
  framesIn.forEach((f, i) => {
    if (!isObj(f)) fail(`frame ${i} is not an object`);
    const fn = fnAt(f.fn);
    const { pc, base } = f;
    if (!isInt(pc) || pc < 0 || pc >= fn.code.length || !isBoundary(fn, pc)) fail(`frame ${i} has pc ${String(pc)}, not an instruction of ${fn.name || "<anonymous>"}`);
    // Layout: callee, this, then the frame's slots; a callee's region starts above its caller's slots.
    const low = i === 0 ? 2 : bases[i - 1]! + frameFns[i - 1]!.nslots + 2;
    if (!isInt(base) || base < low || base + fn.nslots > stackIn.length) fail(`frame ${i} has base ${String(base)}, outside the stack`);
    frameFns.push(fn);
    bases.push(base);
  });
  // Stack entry j belongs to the frame whose region holds it: is that a builtin frame?
  const slotBuiltin = new Uint8Array(stackIn.length);
  for (let i = 0, j = 0; i < bases.length; i++) {
    const end = i + 1 < bases.length ? bases[i + 1]! - 2 : stackIn.length;
    const builtin = isBuiltinFn(frameFns[i]!) ? 1 : 0;
    for (; j < end; j++) slotBuiltin[j] = builtin;
  }

  // Which heap entries a script can reach: everything reachable from a non-builtin frame.
  // Private builtins may appear only outside that set.
  const guest = new Uint8Array(heap.length);
  const work: number[] = [];
  const mark = (x: unknown) => {
    const ids: number[] = [];
    refsOf(x, ids);
    for (const id of ids) if (isIndex(id, heap.length) && !guest[id]) ((guest[id] = 1), work.push(id));
  };
  framesIn.forEach((f, i) => {
    if (isBuiltinFn(frameFns[i]!)) return;
    const fr = f as Record<string, unknown>;
    mark(fr.closure);
    mark(fr.newObj);
    mark(fr.nt);
    if (Array.isArray(fr.args)) for (const a of fr.args) mark(a);
  });
  stackIn.forEach((x, j) => {
    if (!slotBuiltin[j]) mark(x);
  });
  // What the microtask queue holds reaches scripts too.
  const asyncIn = body.async === undefined ? undefined : isObj(body.async) ? body.async : fail("the async state is not an object");
  if (asyncIn !== undefined) {
    for (const j of list(asyncIn.jobs, "the microtask queue")) for (const x of list(j, "a job")) mark(x);
    mark(asyncIn.main);
    for (const x of list(asyncIn.unhandled, "the unhandled rejections")) mark(x);
  }
  // Template objects are handed to scripts' tag functions.
  const templatesIn = body.templates === undefined ? [] : list(body.templates, "the template objects");
  for (const t of templatesIn) if (Array.isArray(t)) mark(t[2]);
  while (work.length) {
    const e = heap[work.pop()!];
    if (!isObj(e)) continue;
    const ids: number[] = [];
    childrenOf(e, ids);
    for (const id of ids) if (isIndex(id, heap.length) && !guest[id]) ((guest[id] = 1), work.push(id));
  }

  // Pass 1: allocate every object so references (and cycles) can be wired.
  const objs: unknown[] = heap.map((e, i) => {
    if (!isObj(e)) fail(`heap entry ${i} is not an object`);
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
      case "regexp": {
        if (typeof e.source !== "string" || typeof e.flags !== "string") fail(`heap entry ${i}: a regexp without source or flags`);
        try {
          return new KRegExp(null, new RegExp(e.source, e.flags));
        } catch {
          return fail(`heap entry ${i}: an invalid regexp`);
        }
      }
      case "time":
        if (typeof e.ms !== "number" || !Number.isFinite(e.ms)) fail(`heap entry ${i}: a time that is not a number`);
        return new KTime(null, e.ms);
      case "date":
        if (e.ms !== null && (typeof e.ms !== "number" || !Number.isInteger(e.ms) || Math.abs(e.ms) > 8.64e15)) fail(`heap entry ${i}: a date whose time value is not a time`);
        return new KDate(null, e.ms === null ? NaN : e.ms);
      case "error":
        return new KError(null);
      case "wrapper": {
        // The primitive as enc() wrote it: itself, or { n } for -0, NaN and the infinities.
        const x = e.v as unknown;
        const n = typeof x === "object" && x !== null ? (x as { n?: unknown }).n : undefined;
        const p = typeof x === "string" || typeof x === "boolean" || typeof x === "number" ? x : n === "-0" ? -0 : n === "NaN" || n === "Infinity" || n === "-Infinity" ? Number(n) : undefined;
        if (p === undefined) fail(`heap entry ${i}: a wrapper of something other than a string, number or boolean`);
        return new KWrapper(null, p);
      }
      case "iter": {
        if (e.kind !== "array" && e.kind !== "string" && e.kind !== "list" && e.kind !== "live" && e.kind !== "user") fail(`heap entry ${i}: unknown iterator kind`);
        if (e.mode !== "entries" && e.mode !== "keys" && e.mode !== "values") fail(`heap entry ${i}: unknown iterator mode`);
        if (!isInt(e.index) || e.index < 0) fail(`heap entry ${i}: a bad iterator position`);
        return new KIter(null, e.kind, null, e.index, e.mode);
      }
      case "handle":
        if (typeof e.type !== "string") fail(`heap entry ${i}: a handle without a type`);
        return new KHandle(null, e.type, e.descriptor, options.restoreHandle?.(e.type, e.descriptor));
      case "url":
        if (typeof e.href !== "string" || !URL.canParse(e.href)) fail(`heap entry ${i}: a URL that does not parse`);
        return new KURL(null, new URL(e.href));
      case "params": {
        if (e.url !== null) return new KSearchParams(null, new URLSearchParams(), null); // linked in pass 2
        const entries = list(e.entries, `heap entry ${i}'s search params`);
        if (!entries.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && typeof p[1] === "string")) fail(`heap entry ${i}: a search param that is not a pair of strings`);
        return new KSearchParams(null, new URLSearchParams(entries as Array<[string, string]>), null);
      }
      case "object":
        return new KObject(null);
      case "generator":
      case "async":
      case "asyncgen":
        if (!isInt(e.state) || e.state < GEN_SUSPENDED_START || e.state > GEN_DONE) fail(`heap entry ${i}: a generator in an unknown state`);
        if (e.t === "async") return new KAsync(null as unknown as KClosure, null, null as unknown as KPromise);
        if (e.t === "asyncgen") {
          if (!isInt(e.ag) || e.ag < AG_SUSPENDED_START || e.ag > AG_COMPLETED) fail(`heap entry ${i}: an async generator in an unknown state`);
          return new KAsyncGen(null, null as unknown as KClosure, null);
        }
        return new KGenerator(null, null as unknown as KClosure, null);
      case "promise": {
        if (!isInt(e.state) || e.state < PROMISE_PENDING || e.state > PROMISE_REJECTED) fail(`heap entry ${i}: a promise in an unknown state`);
        const p = new KPromise(null);
        p.state = e.state;
        return p;
      }
      case "genreturn":
        return new KGenReturn(undefined);
      case "pname":
        if (typeof e.desc !== "string" || typeof e.cls !== "string" || (e.kind !== 0 && e.kind !== 1 && e.kind !== 2)) fail(`heap entry ${i}: a bad private name`);
        return new KPrivateName(e.desc, e.cls);
    }
    return fail(`heap entry ${i} has unknown type ${String(e.t)}`);
  });

  /** Where a value is decoded: may it be the TDZ marker, an accessor, a private builtin? */
  interface At {
    hole?: boolean;
    acc?: boolean;
    /** An array's element: a hole (`{ e: 1 }`) may be there. */
    empty?: boolean;
    /** true where only builtin frames can see the value. */
    builtin?: boolean;
  }
  const PLAIN: At = {};
  const HOLE_OK: At = { hole: true };
  const ACC_OK: At = { acc: true };
  const BUILTIN: At = { builtin: true };
  const BUILTIN_HOLE_OK: At = { builtin: true, hole: true };
  const BUILTIN_ACC_OK: At = { builtin: true, acc: true };
  const ITEM: At = { empty: true };
  const BUILTIN_ITEM: At = { builtin: true, empty: true };
  const dec = (x: unknown, at: At = PLAIN): unknown => {
    if (x === null || typeof x === "string" || typeof x === "boolean") return x;
    if (typeof x === "number") return Number.isFinite(x) ? x : fail("a number that is not finite");
    if (!isObj(x)) return fail("unknown value encoding");
    const keys = Object.keys(x);
    if (keys.length !== 1) return fail("unknown value encoding");
    switch (keys[0]) {
      case "u":
        return undefined;
      case "y":
        return decSym(x);
      case "h":
        return at.hole ? HOLE : fail("an uninitialised marker outside a variable");
      case "e":
        return at.empty ? EMPTY : fail("an array hole outside an array's elements");
      case "n":
        switch (x.n) {
          case "-0":
            return -0;
          case "NaN":
            return NaN;
          case "Infinity":
            return Infinity;
          case "-Infinity":
            return -Infinity;
        }
        return fail("a bad number");
      case "r": {
        if (!isIndex(x.r, objs.length)) fail(`dangling reference ${String(x.r)}`);
        return objs[x.r];
      }
      case "b": {
        const path = x.b;
        if (typeof path !== "string") fail("a builtin path that is not a string");
        if (isPrivatePath(path) && !at.builtin) fail(`it names ${path}, which is private to the builtins`);
        const v = realm.byPath.get(path);
        if (!v) throw new SnapshotError("builtin", `snapshot refers to builtin ${path}, which this engine does not have`);
        return v;
      }
      case "acc": {
        if (!at.acc) fail("an accessor outside a property");
        const pair = x.acc;
        if (!Array.isArray(pair) || pair.length !== 2) fail("a bad accessor");
        const inner = at.builtin ? BUILTIN : PLAIN;
        const g = dec(pair[0], inner);
        const s = dec(pair[1], inner);
        if ((g !== undefined && !(g instanceof KFunction)) || (s !== undefined && !(s instanceof KFunction))) fail("an accessor that is not a function");
        return new Accessor(g, s);
      }
    }
    return fail("unknown value encoding");
  };
  const decObj = (x: unknown, at: At, what: string): KObject => {
    const v = dec(x, at);
    return v instanceof KObject ? v : fail(`${what} is not an object`);
  };
  const decList = (xs: unknown, at: At, what: string): unknown[] => list(xs, what).map((x) => dec(x, at));

  // Pass 2: fill them in.
  heap.forEach((e, i) => {
    const at = guest[i] ? PLAIN : BUILTIN;
    const v = objs[i];
    if (v instanceof Cell) {
      v.v = dec(e.v, guest[i] ? HOLE_OK : BUILTIN_HOLE_OK);
      return;
    }
    if (v instanceof KGenReturn) {
      v.value = dec(e.v, at);
      return;
    }
    if (v instanceof KPrivateName) {
      v.kind = e.kind as number;
      v.value = dec(e.v, guest[i] ? ACC_OK : BUILTIN_ACC_OK);
      if (v.kind === 2 ? !(v.value instanceof Accessor) : v.value instanceof Accessor) fail(`heap entry ${i}: a private name whose value does not match its kind`);
      return;
    }
    const o = v as KObject;
    const proto = dec(e.p, at);
    if (proto !== null && !(proto instanceof KObject)) fail(`heap entry ${i}: a prototype that is not an object`);
    o.proto = proto;
    if (e.k !== undefined) {
      const propAt = guest[i] ? ACC_OK : BUILTIN_ACC_OK;
      for (const kv of list(e.k, `heap entry ${i}'s properties`)) {
        if (!Array.isArray(kv) || kv.length !== 2) fail(`heap entry ${i}: a bad property`);
        const key = decKey(kv[0], `heap entry ${i}: a bad property`);
        const val = dec(kv[1], propAt);
        if (val instanceof Accessor) o.hasAccessors = true;
        o.props[key] = val;
      }
    }
    if (e.f !== undefined && e.f !== 1) fail(`heap entry ${i}: a bad frozen flag`);
    if (e.f) o.frozen = true;
    if (e.attrs !== undefined) {
      const a = e.attrs as { flags?: unknown; ne?: unknown; si?: unknown };
      if (typeof a !== "object" || a === null) fail(`heap entry ${i}: bad property attributes`);
      const attrs = new PropAttrs();
      for (const kv of list(a.flags, `heap entry ${i}'s property attributes`)) {
        if (!Array.isArray(kv) || kv.length !== 2 || !Number.isInteger(kv[1]) || kv[1] < 1 || kv[1] > 3) {
          fail(`heap entry ${i}: a bad property attribute`);
        }
        attrs.flags.set(decKey(kv[0], `heap entry ${i}: a bad property attribute`), kv[1]);
      }
      if (a.ne !== undefined && a.ne !== 1) fail(`heap entry ${i}: a bad extensible flag`);
      if (a.si !== undefined && a.si !== 1) fail(`heap entry ${i}: a bad sealed flag`);
      attrs.extensible = a.ne !== 1;
      attrs.sealedItems = a.si === 1;
      o.attrs = attrs;
    }
    if (e.hid !== undefined) {
      const hid = list(e.hid, `heap entry ${i}'s hidden keys`);
      o.hidden = new Set(hid.map((k) => decKey(k, `heap entry ${i}: a hidden key that is not a key`)));
    }
    if (e.priv !== undefined) {
      o.privates = new Map();
      const propAt = guest[i] ? ACC_OK : BUILTIN_ACC_OK;
      for (const kv of list(e.priv, `heap entry ${i}'s private elements`)) {
        if (!Array.isArray(kv) || kv.length !== 2) fail(`heap entry ${i}: a bad private element`);
        const name = dec(kv[0], at);
        if (!(name instanceof KPrivateName)) fail(`heap entry ${i}: a private element without a private name`);
        o.privates.set(name, dec(kv[1], propAt));
      }
    }
    if (o instanceof KArray) {
      o.items = decList(e.items, guest[i] ? ITEM : BUILTIN_ITEM, `heap entry ${i}'s items`);
      if (o.items.length > limits.maxArrayLength && limits.maxArrayLength > 0) fail(`heap entry ${i}: an array over the length limit`);
    } else if (o instanceof KClosure) {
      const cells = decList(e.cells, at, `heap entry ${i}'s cells`);
      if (cells.length !== o.fn.captures.length || !cells.every((c) => c instanceof Cell)) fail(`heap entry ${i}: a closure whose captured variables do not match its function`);
      o.cells = cells as Cell[];
    } else if (o instanceof KBound) {
      const target = dec(e.target, at);
      if (!(target instanceof KFunction)) fail(`heap entry ${i}: a bound function whose target is not a function`);
      o.target = target;
      o.boundThis = dec(e.self, at);
      o.boundArgs = decList(e.args, at, `heap entry ${i}'s bound arguments`);
    } else if (o instanceof KMap) {
      for (const kv of list(e.entries, `heap entry ${i}'s entries`)) {
        if (!Array.isArray(kv) || kv.length !== 2) fail(`heap entry ${i}: a bad map entry`);
        o.map.set(dec(kv[0], at), dec(kv[1], at));
      }
    } else if (o instanceof KSet) for (const x of list(e.values, `heap entry ${i}'s values`)) o.set.add(dec(x, at));
    else if (o instanceof KRegExp) {
      if (!isInt(e.lastIndex) || e.lastIndex < 0) fail(`heap entry ${i}: a bad regexp position`);
      o.re.lastIndex = e.lastIndex;
    } else if (o instanceof KError) {
      if (e.ls !== undefined && e.ls !== 1) fail(`heap entry ${i}: a bad stack flag`);
      o.lazyStack = e.ls === 1;
      o.trace = list(e.trace, `heap entry ${i}'s trace`).map((t): TraceEntry => {
        if (!isObj(t) || typeof t.fn !== "string" || typeof t.file !== "string" || !isInt(t.line) || !isInt(t.column)) fail(`heap entry ${i}: a bad stack trace`);
        return { fn: t.fn, file: t.file, line: t.line, column: t.column };
      });
    } else if (o instanceof KURL) {
      const params = dec(e.params, at);
      if (params !== null && !(params instanceof KSearchParams)) fail(`heap entry ${i}: a URL whose searchParams is not a URLSearchParams`);
      o.params = params;
    } else if (o instanceof KSearchParams) {
      if (e.url !== null) {
        const url = dec(e.url, at);
        if (!(url instanceof KURL)) fail(`heap entry ${i}: search params linked to something that is not a URL`);
        o.url = url;
        o.list = url.url.searchParams;
      }
    } else if (o instanceof KGenerator) {
      const closure = dec(e.closure, at);
      if (!(closure instanceof KClosure) || (o instanceof KAsync ? closure.fn.isAsync !== true : closure.fn.isGenerator !== true)) fail(`heap entry ${i}: a generator whose function is not a generator function`);
      if (o instanceof KAsyncGen) {
        const p = e.promise === null ? null : dec(e.promise, at);
        if (p !== null && !(p instanceof KPromise)) fail(`heap entry ${i}: an async generator whose promise is not a promise`);
        o.promise = p as KPromise;
        o.ag = e.ag as number;
        o.returnAwait = e.ra === 1;
        const q = decList(e.queue, at, `heap entry ${i}'s requests`);
        if (q.length % 3 !== 0 || !q.every((x, j) => (j % 3 === 0 ? x === 0 || x === 1 || x === 2 : j % 3 === 2 ? x instanceof KPromise : true))) fail(`heap entry ${i}: an async generator with bad requests`);
        o.queue = q;
      } else if (o instanceof KAsync) {
        const p = dec(e.promise, at);
        if (!(p instanceof KPromise)) fail(`heap entry ${i}: an async call without its promise`);
        o.promise = p;
      }
      const fn = closure.fn;
      o.closure = closure;
      o.state = e.state as number;
      // Suspended, it holds its frame: a pc of the function, `this` and at least the slots, handlers within them.
      const holds = o.state === GEN_SUSPENDED_START || o.state === GEN_SUSPENDED_YIELD;
      if (!isInt(e.pc) || (holds && (e.pc < 0 || e.pc >= fn.code.length || !isBoundary(fn, e.pc)))) fail(`heap entry ${i}: a generator whose pc ${String(e.pc)} is not an instruction of its function`);
      o.pc = e.pc;
      o.saved = list(e.saved, `heap entry ${i}'s saved frame`).map((x) => dec(x, guest[i] ? HOLE_OK : BUILTIN_HOLE_OK));
      if (holds ? o.saved.length < 1 + fn.nslots || o.saved.length > MAX_STACK : o.saved.length !== 0) fail(`heap entry ${i}: a generator whose saved frame does not fit its function`);
      const hs = list(e.handlers, `heap entry ${i}'s handlers`);
      const fits = hs.length % 2 === 0 && (holds || hs.length === 0) && hs.every((x, j) => isInt(x) && (j % 2 === 0 ? x >= 0 && x < fn.code.length && isBoundary(fn, x) : x >= fn.nslots && x <= o.saved.length - 1));
      if (!fits) fail(`heap entry ${i}: a generator whose handlers do not fit its frame`);
      o.handlers = hs as number[];
      o.args = e.args === null || e.args === undefined ? null : decList(e.args, at, `heap entry ${i}'s arguments`);
    } else if (o instanceof KPromise) {
      o.value = dec(e.v, at);
      o.handled = e.hd === 1;
      const re = decList(e.re, at, `heap entry ${i}'s reactions`);
      const handler = (x: unknown) => x === undefined || x instanceof KFunction || x instanceof KAsync;
      if (re.length % 3 !== 0 || (o.state !== PROMISE_PENDING && re.length > 0) || !re.every((x, j) => (j % 3 === 2 ? x === undefined || x instanceof KPromise : handler(x)))) fail(`heap entry ${i}: a promise with bad reactions`);
      if (re.length > 0) o.reactions = re;
    } else if (o instanceof KIter) {
      const src = e.source;
      if (o.kind === "list") {
        if (!isObj(src) || !("list" in src)) fail(`heap entry ${i}: an iterator without its list`);
        o.source = decList(src.list, at, `heap entry ${i}'s iterator list`);
      } else {
        o.source = dec(src, at);
        const ok = o.kind === "array" ? o.source instanceof KArray : o.kind === "string" ? typeof o.source === "string" : o.kind === "user" ? o.source instanceof KObject : o.source instanceof KMap || o.source instanceof KSet || o.source instanceof KSearchParams;
        if (o.kind === "user") {
          if ((e.dn !== 0 && e.dn !== 1) || (e.inn !== 0 && e.inn !== 1)) fail(`heap entry ${i}: a bad iterator state`);
          o.nextFn = dec(e.next, at);
          o.done = e.dn === 1;
          o.inNext = e.inn === 1;
        }
        if (!ok) fail(`heap entry ${i}: an iterator over the wrong kind of value`);
      }
      const pp = dec(e.pairProto, at);
      if (pp !== null && !(pp instanceof KObject)) fail(`heap entry ${i}: a bad iterator pair prototype`);
      o.pairProto = pp;
    }
  });

  // Chains that lookups and calls follow must end: prototypes, and bound targets.
  for (const o of objs) {
    if (!(o instanceof KObject)) continue;
    let n = 0;
    for (let p: KObject | null = o; p !== null; p = p.proto) if (++n > objs.length + 64) fail("a prototype chain that loops");
    n = 0;
    for (let b: unknown = o; b instanceof KBound; b = b.target) if (++n > objs.length + 1) fail("a bound function that is bound to itself");
    // A URL and its searchParams point at each other, or neither does.
    if (o instanceof KURL && o.params !== null && o.params.url !== o) fail("a URL whose searchParams belong to another URL");
    if (o instanceof KSearchParams && o.url !== null && o.url.params !== o) fail("search params that their URL does not hold");
  }

  const vm = new Interpreter(realm);
  vm.reset(limits);
  if (registry.size > 0) vm.symbols = registry;
  vm.restoreCounters(counter(body.budgetLeft, limits.budget, "budget"), counter(body.heapLeft, limits.heapBytes, "heap"));
  vm.context = options.context;
  for (let j = 0; j < stackIn.length; j++) vm.stack[j] = dec(stackIn[j], slotBuiltin[j] ? BUILTIN_HOLE_OK : HOLE_OK);
  vm.sp = stackIn.length;
  vm.frames = framesIn.map((f, i) => {
    const fr = f as Record<string, unknown>;
    const at = isBuiltinFn(frameFns[i]!) ? BUILTIN : PLAIN;
    const frame = new Frame();
    const closure = dec(fr.closure, at);
    if (!(closure instanceof KClosure)) fail(`frame ${i} has no closure`);
    frame.closure = closure;
    frame.fn = frameFns[i]!;
    if (frame.fn !== closure.fn) fail(`frame ${i}'s function does not match its closure`);
    frame.pc = fr.pc as number;
    frame.base = bases[i]!;
    frame.args = fr.args === null || fr.args === undefined ? null : decList(fr.args, at, `frame ${i}'s arguments`);
    const newObj = dec(fr.newObj, at);
    if (newObj !== undefined && newObj !== null && !(newObj instanceof KObject)) fail(`frame ${i}: the object under construction is not an object`);
    frame.newObj = (newObj as KObject | null | undefined) ?? null;
    const nt = fr.nt === undefined ? null : dec(fr.nt, at);
    if (nt !== null && !(nt instanceof KFunction)) fail(`frame ${i}: new.target is not a function`);
    frame.newTarget = nt;
    return frame;
  });
  vm.fp = vm.frames.length;
  let lastFp = 0;
  vm.handlers = list(body.handlers, "the handler list").map((h, i) => {
    if (!isObj(h) || !isInt(h.fp) || h.fp < 1 || h.fp > vm.fp || h.fp < lastFp) fail(`handler ${i} belongs to no frame`);
    lastFp = h.fp;
    const fn = frameFns[h.fp - 1]!;
    if (!isInt(h.pc) || h.pc < 0 || h.pc >= fn.code.length || !isBoundary(fn, h.pc)) fail(`handler ${i} has pc ${String(h.pc)}, not an instruction of its function`);
    if (!isInt(h.sp) || h.sp < bases[h.fp - 1]! + fn.nslots || h.sp > vm.sp) fail(`handler ${i} has stack position ${String(h.sp)}, outside its frame`);
    return { fp: h.fp, pc: h.pc, sp: h.sp };
  });
  vm.hp = vm.handlers.length;
  if (templatesIn.length > 0) {
    const cache: TemplateCache = (vm.templates = new Map());
    templatesIn.forEach((t, n) => {
      if (!Array.isArray(t) || t.length !== 3 || !isIndex(t[0], programs.length) || !isInt(t[1]) || t[1] < 0) fail(`template object ${n} is not an entry`);
      const strings = dec(t[2], PLAIN);
      if (!(strings instanceof KArray) || !strings.frozen) fail(`template object ${n} is not a frozen array`);
      const program = programs[t[0]]!;
      let sites = cache.get(program);
      if (sites === undefined) cache.set(program, (sites = new Map()));
      if (sites.has(t[1])) fail(`template object ${n} repeats a call site`);
      sites.set(t[1], strings);
    });
  }
  if (asyncIn !== undefined) {
    const a = (vm.asyncState = new AsyncState());
    a.jobs = list(asyncIn.jobs, "the microtask queue").map((j, n) => {
      const job = decList(j, PLAIN, `job ${n}`);
      const ok = job[0] === JOB_REACTION
        ? job.length === 5 && (job[1] === undefined || job[1] instanceof KFunction || job[1] instanceof KAsync) && (job[3] === undefined || job[3] instanceof KPromise) && typeof job[4] === "boolean"
        : job[0] === JOB_THENABLE && job.length === 4 && job[1] instanceof KPromise && job[2] instanceof KObject && job[3] instanceof KFunction;
      if (!ok) fail(`job ${n} is not a microtask`);
      return job;
    });
    if ((asyncIn.inJob !== 0 && asyncIn.inJob !== 1) || (asyncIn.mainDone !== 0 && asyncIn.mainDone !== 1)) fail("a bad async state");
    a.inJob = asyncIn.inJob === 1;
    a.mainDone = asyncIn.mainDone === 1;
    a.main = dec(asyncIn.main, PLAIN);
    a.unhandled = decList(asyncIn.unhandled, PLAIN, "the unhandled rejections").map((p) => (p instanceof KPromise && p.state === PROMISE_REJECTED ? p : fail("an unhandled rejection that is not a rejected promise")));
  }
  vm.state = "suspended";
  return vm;
}

/** A carried counter (-1: unlimited) clamped to the resuming limit (0: unlimited). */
function counter(carried: unknown, limit: number, what: string): number {
  if (typeof carried !== "number" || !(carried === -1 || (carried >= 0 && Number.isFinite(carried)))) fail(`a bad ${what} counter`);
  if (limit <= 0) return -1;
  return carried < 0 ? limit : Math.min(carried, limit);
}

function parseJSON(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
}
