// Random program generator for the differential fuzzer.
//
// Produces small (<= ~60 lines), terminating, deterministic script bodies in
// the JavaScript subset Kitwork supports. Every program ends with a top-level
// `return [ ... ]` collecting several variables. The same seed always yields
// the same program (see `generate`).
//
// Safety rules the generator enforces (so programs terminate quickly and are
// deterministic in every conforming engine):
//   * loops have literal bounds (<= 20), nested loop work is capped (<= 400);
//     loop counters are never assigned by the body;
//   * every push is guarded by a length check (arrays may be aliased, captured
//     or iterated while they grow);
//   * strings/arrays produced by "growing" expressions (concat, repeat,
//     spread, ...) are truncated with `.slice(0, K)` before being stored;
//   * recursion goes through a few templates that clamp their depth (<= 40);
//   * calls are costed: a call inside loops is only emitted if the callee's
//     estimated work times the loop multiplier stays within a budget;
//   * a function that may `throw` is only called inside a `try` block;
//   * sort comparators are consistent (NaN filtered out before `a - b`);
//   * no function value is ever stringified, JSON'd or returned; no error
//     object or native error message reaches the result (only `e.name`, or
//     the message of errors the program itself built with a "u:" prefix).

// ---------------------------------------------------------------- PRNG ----

/** mulberry32: tiny, fast, good-enough 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mix two integers into a well-spread 32-bit seed (murmur3 finalizer). */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a >>> 0, 0x9e3779b1) ^ (b >>> 0)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seed of the i-th program of a run started with master seed `master`. */
export function programSeed(master: number, i: number): number {
  return mixSeed(mixSeed(master, 0x5eed), i);
}

export class Rng {
  private next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Integer in [lo, hi] inclusive. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  /** Fisher-Yates sample of up to k distinct elements, order randomized. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.slice(0, k);
  }
}

// ------------------------------------------------------------ Features ----

/**
 * Feature flags. All are on by default; disable some with
 * `generate(seed, { disable: ["extras", ...] })` (or `--disable` on the CLI)
 * to bisect a failure or to skip something the VM does not support yet.
 */
export const FEATURES = [
  "closures", // counters, adders, IIFEs, closures created in loops
  "recursion", // clamped recursive templates (fact, fib, mutual, ...)
  "loops", // for / for-of / while, break / continue
  "switch",
  "trycatch", // try / catch / finally, throw of values and errors
  "uncaught", // rare uncaught throws and native TypeErrors at top level
  "destructuring", // array/object patterns with defaults and rest
  "spread", // array / object / call spread, rest parameters
  "templates", // template literals
  "optional", // ?. and ?.()
  "nullish", // ??
  "logicalAssign", // ??= ||= &&=
  "exponent", // ** and **=
  "bitwise", // & | ^ ~ << >> >>>
  "update", // ++ / -- and compound assignment used as expressions
  "typeof",
  "json", // JSON.stringify
  "sort", // Array.prototype.sort with and without comparator
  "coercion", // mixed-type + == < etc.
  "objects", // object literals, key iteration, delete
  "extras", // String(), Number(), toLowerCase, includes/startsWith/trim/charAt/at on strings,
  //           Object.values, `in`, Array.isArray, Number.isInteger, toFixed, Math.ceil/sqrt,
  //           do-while, for-in, Array.from, object method shorthand
  "accessors", // getters and setters in object literals, read and written through computed keys
  //              (o[k], o[k] = v, o[k] += v, o[k] ??= v, o[k]++), spread / Object.values / JSON of them
  "hooks", // objects with valueOf / toString / toJSON used in arithmetic, comparisons, templates,
  //          concatenation, JSON.stringify, property keys and inside builtins (join, map(Number), Math.max)
  "hookThrows", // exceptions thrown from getters, setters, hooks and from callbacks inside builtins
  //               (map / filter / reduce / some / find / sort / replace / JSON.parse reviver / replacer)
  "deepCalls", // call chains through builtins (a callback calls a function that calls a builtin with a
  //              callback ...), try/catch/finally at each level; recursion through map, getters and hooks
  "templateOrder", // templates whose later substitution runs an earlier one's hooks again (`${h}|${+h}`):
  //                  each substitution must be converted to a string before the next is evaluated
  "generators", // function* with yield, yield*, next(v), return() / throw() running finally blocks,
  //               consumed by for-of (with break), spread, Array.from and destructuring
  "async", // async functions, arrows and methods, top-level await, then/catch/finally chains, the
  //          combinators, thenables: the order of the microtasks, logged and compared
  "iterators", // objects with their own next() / return() (logging each call), consumed by for-of with
  //              break and throw, spread, destructuring, yield*, Array.from, new Map / new Set,
  //              Object.fromEntries; async generators under for await, with the microtask order logged
  "classes", // fields, private fields and methods, static members and blocks, accessors, extends with
  //            super calls and super.method(), instanceof, a subclass of Map / Set / Error
  "descriptors", // Object.defineProperty / defineProperties (read-only, hidden, accessor members),
  //                getOwnPropertyDescriptor(s), keys / entries order, freeze / seal / preventExtensions
] as const;
export type Feature = (typeof FEATURES)[number];

export interface GenOptions {
  /** Soft cap on program length in lines (default 60). */
  maxLines?: number;
  /** Features to leave out. */
  disable?: Iterable<string>;
  /**
   * "all" (default): every feature at its usual weight. "hooks": the families that run guest
   * code from inside an operation (accessors, hooks, hookThrows, deepCalls) weigh four times more.
   * "language": generators, async, iterators, classes and descriptors weigh four times more.
   */
  profile?: Profile;
}

export const PROFILES = ["all", "hooks", "language"] as const;
export type Profile = (typeof PROFILES)[number];

// --------------------------------------------------------------- Types ----

type Ty =
  | "num" // number (possibly NaN / -0 / Infinity)
  | "str"
  | "bool"
  | "arr" // array of numbers
  | "sarr" // array of strings
  | "obj" // plain object with number values
  | "any" // anything except functions (null, undefined, mixed, nested)
  | "fn" // function with a signature
  | "fnarr" // array of (x) => number closures
  | "acc" // accumulator object { add(x), get(), list() }
  | "gobj" // object literal with getters / setters (see AccMeta); never returned or stringified whole
  | "hobj"; // object with valueOf / toString / toJSON hooks (see HookMeta); never returned

const VALUE_TYPES: Ty[] = ["num", "str", "bool", "arr", "sarr", "obj", "any"];

interface Sig {
  params: Ty[];
  ret: Ty;
  /** Estimated work of one call. */
  cost: number;
  /** Body may throw (user throw or likely native error). */
  throws: boolean;
  /** Result may be "large" (a growing expression). */
  grows: boolean;
  /** Number of trailing parameters that have a default value. */
  optional: number;
}

interface Var {
  name: string;
  ty: Ty;
  mut: boolean;
  /** Declared with `const` (assigning it is a TypeError). */
  konst?: boolean;
  /** Function nesting level where the variable was declared. */
  level: number;
  sig?: Sig;
  /** For "gobj": its members and the array of keys used to reach them. */
  acc?: AccMeta;
  /** For "hobj": what its hooks do. */
  hook?: HookMeta;
}

/** One slot of an accessor object's key array. */
interface AccSlot {
  key: string;
  /** "none": the key is not a property (reads give undefined, writes add a data property). */
  kind: "get" | "set" | "both" | "data" | "none";
  /** Work of one read (getter) / one write (setter). */
  readCost: number;
  writeCost: number;
  /** The getter / the setter may throw. */
  readThrows: boolean;
  writeThrows: boolean;
}

interface AccMeta {
  /** Name of the const array holding the keys (index i names slots[i]). */
  keys: string;
  slots: AccSlot[];
}

interface HookMeta {
  valueOf: boolean;
  toString: boolean;
  toJSON: boolean;
  /** Work of one conversion. */
  cost: number;
  /** A conversion (valueOf / toString) may throw. */
  throws: boolean;
  /** toJSON may throw. */
  jsonThrows: boolean;
}

const MAX_LOOP_WORK = 400; // product of nested loop bounds
const CALL_BUDGET = 6000; // estimated work of one call site (x loop multiplier)
const PROGRAM_BUDGET = 60000;
const CALLBACK_MUL = 16; // assumed array length for callbacks
const STR_CAP = 48;
/** The longest an array held in a variable gets: pushes are guarded by `length < 64` and push at most two. */
const GROWN_LEN = 66;
const ARR_CAP = 16;

const OBJ_KEYS = ["a", "b", "c", "k1", "x", "y", "2", "10", "0", "len", "z_"];
/** Member names of accessor objects (a subset of OBJ_KEYS, so plain objects share them). */
const ACC_KEYS = ["a", "b", "c", "x", "y", "k1", "len", "2", "10"];
const STR_POOL = [
  "",
  "a",
  "b",
  "ab",
  "hello",
  "Hi there",
  "x,y,z",
  "a-b-c",
  "  pad  ",
  "0",
  "12",
  "3.5",
  "-7",
  "1e3",
  "abc,def",
  "MiXeD",
  "ÅÉü",
  "😀x",
  "null",
  "true",
  "a b c",
  "zz",
];
const STR_ESCAPED = ['"tab\\tend"', '"q\\"uote"', '"line\\nbreak"', '"\\u0041\\x42"', "'single'", '"back\\\\slash"'];
const SEPS = ['","', '"-"', '""', '" "', '"|"', '", "'];
const NUM_LITS = [
  "0", "1", "2", "3", "4", "5", "7", "8", "10", "16", "20", "31", "32", "42", "100", "255", "256",
  "1000", "65535", "2147483647", "2147483648", "4294967295", "4294967296", "9007199254740991",
  "9007199254740993", "1e21", "1.5e300", "0.5", "0.1", "0.2", "1.5", "2.5", "3.75", "1e-7",
  "123.456", "5e-324", "0xff", "0b101", "0o17", "1e3", ".5", "1_000",
];

// ----------------------------------------------------------- Generator ----

class Gen {
  readonly rng: Rng;
  private readonly maxLines: number;
  private readonly disabled: Set<string>;
  private out: string[] = [];
  private ind = 1;
  private scopes: Var[][] = [[]];
  private counter = 0;
  private level = 0; // function nesting
  private loopDepth = 0; // loops enclosing the current statement (in current function)
  private inSwitch = 0;
  private inTry = 0; // try blocks enclosing the current point (in current function)
  private mul = 1; // product of enclosing loop bounds (in current function)
  private cost = 0; // estimated work of the current function body / program
  private totalCost = 0;
  private growth = 0; // count of growing operations emitted so far
  private retTy: Ty | null = null; // return type of the enclosing function
  private fnThrows = false; // whether the function being generated may throw
  private fnGrows = false;
  /** Weight multiplier of the hook families (profile "hooks": 4). */
  private readonly boost: number;
  /** Weight multiplier of the language families (profile "language": 4). */
  private readonly langBoost: number;

  constructor(seed: number, opts: GenOptions = {}) {
    this.rng = new Rng(seed);
    this.maxLines = opts.maxLines ?? 60;
    this.disabled = new Set(opts.disable ?? []);
    this.boost = opts.profile === "hooks" ? 4 : 1;
    this.langBoost = opts.profile === "language" ? 4 : 1;
  }

  /** Weight of an alternative of feature f: 0 when f is off, w (times the profile's boost) otherwise. */
  private w(f: Feature, w: number): number {
    if (!this.on(f)) return 0;
    if (f === "generators" || f === "async" || f === "iterators" || f === "classes" || f === "descriptors") return w * this.langBoost;
    return f === "accessors" || f === "hooks" || f === "hookThrows" || f === "deepCalls" || f === "templateOrder" ? w * this.boost : w;
  }

  on(f: Feature): boolean {
    return !this.disabled.has(f);
  }

  // ---- output / scopes -------------------------------------------------

  private emit(line: string): void {
    this.out.push("  ".repeat(this.ind) + line);
  }
  private room(extra = 0): boolean {
    return this.out.length + extra < this.maxLines - 8;
  }
  private fresh(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }
  private declare(v: Omit<Var, "level">): Var {
    const full = { ...v, level: this.level };
    this.scopes[this.scopes.length - 1].push(full);
    return full;
  }
  private pushScope(): void {
    this.scopes.push([]);
  }
  private popScope(): void {
    this.scopes.pop();
  }
  private visible(pred: (v: Var) => boolean): Var[] {
    const r: Var[] = [];
    for (const s of this.scopes) for (const v of s) if (pred(v)) r.push(v);
    return r;
  }
  private varOf(ty: Ty, mutOnly = false): Var | null {
    const vs = this.visible((v) => v.ty === ty && (!mutOnly || v.mut));
    return vs.length ? this.rng.pick(vs) : null;
  }

  private block(body: () => void): void {
    this.ind++;
    this.pushScope();
    body();
    this.popScope();
    this.ind--;
  }

  private stmts(n: number, depth: number): void {
    for (let i = 0; i < n && this.room(); i++) this.stmt(depth);
  }

  // ---- choice helper ----------------------------------------------------

  /** Pick among weighted alternatives; an alternative returning null is retried. */
  private choose<T>(opts: Array<[number, () => T | null]>): T {
    const r = this.tryChoose(opts);
    if (r === null) throw new Error("generator: no alternative applicable");
    return r;
  }
  private tryChoose<T>(opts: Array<[number, () => T | null]>): T | null {
    let live = opts.filter(([w]) => w > 0);
    while (live.length) {
      const total = live.reduce((s, [w]) => s + w, 0);
      let r = this.rng.float() * total;
      let idx = 0;
      for (; idx < live.length - 1; idx++) {
        r -= live[idx][0];
        if (r < 0) break;
      }
      const res = live[idx][1]();
      if (res !== null) return res;
      live = live.filter((_, i) => i !== idx);
    }
    return null;
  }

  // ---- literals -----------------------------------------------------------

  private numLit(): string {
    return this.choose<string>([
      [10, () => String(this.rng.range(0, 10))],
      [8, () => this.rng.pick(NUM_LITS)],
      [5, () => `(-${this.rng.pick(NUM_LITS)})`],
      [1, () => "(-0)"],
      [1, () => "(0 / 0)"],
      [1, () => this.rng.pick(["(1 / 0)", "(-1 / 0)"])],
    ]);
  }
  private smallInt(lo = 0, hi = 5): string {
    const n = this.rng.range(lo, hi);
    return n < 0 ? `(${n})` : String(n);
  }
  private strLit(): string {
    if (this.rng.chance(0.12)) return this.rng.pick(STR_ESCAPED);
    const s = this.rng.pick(STR_POOL);
    return this.rng.chance(0.2) ? `'${s}'` : JSON.stringify(s);
  }

  // ---- costs / growth -----------------------------------------------------

  private canCall(sig: Sig, extraMul = 1): boolean {
    if (sig.throws && this.inTry === 0 && !this.fnThrowsAllowed()) return false;
    const c = sig.cost * this.mul * extraMul;
    return c <= CALL_BUDGET && this.totalCost + c <= PROGRAM_BUDGET;
  }
  /** Inside a function body a throwing call is fine if we mark the function as throwing. */
  private fnThrowsAllowed(): boolean {
    return this.level > 0 && this.retTy !== null && this.rng.chance(0.3);
  }
  private noteCall(sig: Sig, extraMul = 1): void {
    const c = sig.cost * this.mul * extraMul;
    this.cost += c;
    this.totalCost += c;
    if (sig.throws && this.inTry === 0) this.fnThrows = true;
    if (sig.grows) this.growth++;
  }
  private capStr(e: string, g0: number): string {
    return this.growth > g0 ? `${e}.slice(0, ${STR_CAP})` : e;
  }
  private capArr(e: string, g0: number): string {
    return this.growth > g0 ? `${e}.slice(0, ${ARR_CAP})` : e;
  }
  /** Generate a value of type ty, truncated if it may have grown. */
  private bounded(ty: Ty, d: number): string {
    const g0 = this.growth;
    const e = this.expr(ty, d);
    if (this.growth === g0) return e;
    if (ty === "str") return this.capStr(e, g0);
    if (ty === "arr" || ty === "sarr") return this.capArr(e, g0);
    if (ty === "any") return `\`\${${e}}\`.slice(0, ${STR_CAP})`;
    return e;
  }

  // ---- expressions --------------------------------------------------------

  expr(ty: Ty, d: number): string {
    switch (ty) {
      case "num":
        return this.num(d);
      case "str":
        return this.str(d);
      case "bool":
        return this.bool(d);
      case "arr":
        return this.arr(d);
      case "sarr":
        return this.sarr(d);
      case "obj":
        return this.obj(d);
      case "any":
        return this.any(d);
      default:
        throw new Error(`generator: expr of ${ty}`);
    }
  }

  private anyValueTy(): Ty {
    return this.rng.pick(VALUE_TYPES);
  }
  private leafTy(): Ty {
    return this.rng.pick(["num", "str", "bool", "arr", "sarr", "obj"] as Ty[]);
  }

  /** Callback `(p) => body` where p has type pty and body type bty. */
  private callback(pty: Ty, bty: Ty, d: number, withIndex = false): string {
    const p = this.fresh("p");
    const i = withIndex ? this.fresh("i") : null;
    this.pushScope();
    this.declare({ name: p, ty: pty, mut: false });
    if (i) this.declare({ name: i, ty: "num", mut: false });
    const saveMul = this.mul;
    this.mul *= CALLBACK_MUL;
    let body = this.bounded(bty, d);
    this.mul = saveMul;
    this.popScope();
    if (body.startsWith("{")) body = `(${body})`;
    const params = i ? `(${p}, ${i})` : this.rng.chance(0.5) ? `(${p})` : p;
    return `${params} => ${body}`;
  }

  private callFn(ret: Ty, d: number): string | null {
    const cands = this.visible((v) => v.ty === "fn" && v.sig!.ret === ret && this.canCall(v.sig!));
    if (!cands.length) return null;
    const f = this.rng.pick(cands);
    const sig = f.sig!;
    this.noteCall(sig);
    const args = sig.params.map((t) => this.expr(t, d - 1));
    if (args.length && sig.optional > 0 && this.rng.chance(0.3)) args.pop(); // rely on the default
    if (this.on("optional") && this.rng.chance(0.1)) return `${f.name}?.(${args.join(", ")})`;
    if (this.on("spread") && sig.params.every((t) => t === "num") && sig.optional === sig.params.length && args.length && this.rng.chance(0.15)) {
      const a = this.varOf("arr");
      if (a) return `${f.name}(...${a.name})`;
    }
    return `${f.name}(${args.join(", ")})`;
  }

  private num(d: number): string {
    if (d <= 0) {
      const v = this.rng.chance(0.6) ? this.varOf("num") : null;
      return v ? v.name : this.numLit();
    }
    const d1 = d - 1;
    return this.choose<string>([
      [6, () => this.numLit()],
      [10, () => this.varOf("num")?.name ?? null],
      [12, () => `(${this.num(d1)} ${this.rng.pick(["+", "-", "*", "/", "%"])} ${this.num(d1)})`],
      [this.on("exponent") ? 2 : 0, () => `(${this.num(d1)} ** ${this.rng.pick(["0", "1", "2", "3", "0.5", "(-1)", "10"])})`],
      [
        this.on("bitwise") ? 4 : 0,
        () => `(${this.num(d1)} ${this.rng.pick(["&", "|", "^", "<<", ">>", ">>>"])} ${this.num(d1)})`,
      ],
      [this.on("bitwise") ? 1 : 0, () => `(~${this.num(d1)})`],
      [3, () => `(-${this.num(d1)})`],
      [this.on("coercion") ? 2 : 0, () => `(+${this.expr(this.rng.pick(["str", "bool", "any", "arr"] as Ty[]), d1)})`],
      [
        6,
        () => {
          const f = this.rng.pick(["floor", "abs", "round", "trunc", "sign"]);
          return `Math.${f}(${this.num(d1)})`;
        },
      ],
      [this.on("extras") ? 1 : 0, () => `Math.${this.rng.pick(["ceil", "sqrt"])}(${this.num(d1)})`],
      [
        4,
        () => {
          const f = this.rng.pick(["max", "min"]);
          if (this.on("spread") && this.rng.chance(0.3)) {
            const a = this.varOf("arr");
            if (a) return `Math.${f}(...${a.name})`;
          }
          const n = this.rng.range(0, 3);
          return `Math.${f}(${Array.from({ length: n }, () => this.num(d1)).join(", ")})`;
        },
      ],
      [4, () => `${this.str(d1)}.length`],
      [4, () => `${this.arrOrSarr(d1)}.length`],
      [3, () => `${this.str(d1)}.indexOf(${this.str(d1)})`],
      [2, () => `${this.arr(d1)}.indexOf(${this.num(d1)})`],
      [
        3,
        () => {
          const op = this.rng.pick(["+", "*", "-"]);
          const acc = this.fresh("acc");
          const x = this.fresh("x");
          return `${this.arr(d1)}.reduce((${acc}, ${x}) => ${acc} ${op} ${x}, ${this.smallInt(0, 2)})`;
        },
      ],
      [
        2,
        () => {
          const a = this.varOf("arr");
          if (!a) return null;
          return `(${a.name}[${this.rng.chance(0.5) ? this.smallInt(0, 4) : this.num(d1)}] ?? ${this.numLit()})`;
        },
      ],
      [
        3,
        () => {
          const o = this.varOf("obj");
          if (!o) return null;
          const k = this.rng.pick(OBJ_KEYS);
          const acc = /^[a-z_][a-z0-9_]*$/i.test(k) ? `.${k}` : `[${this.rng.chance(0.5) ? k : JSON.stringify(k)}]`;
          const opt = this.on("optional") && this.rng.chance(0.3) ? "?." : "";
          const access = opt ? (acc.startsWith(".") ? `?${acc}` : `?.${acc}`) : acc;
          return this.on("nullish") ? `(${o.name}${access} ?? ${this.numLit()})` : `(${o.name}${access} || 0)`;
        },
      ],
      [8, () => this.callFn("num", d)],
      [
        this.on("closures") ? 3 : 0,
        () => {
          const a = this.varOf("acc");
          if (!a) return null;
          this.cost += this.mul;
          return this.rng.chance(0.6) ? `${a.name}.add(${this.num(d1)})` : `${a.name}.get()`;
        },
      ],
      [this.on("closures") ? 1 : 0, () => {
        const fa = this.varOf("fnarr");
        return fa ? `${fa.name}[0](${this.num(d1)})` : null;
      }],
      [4, () => `(${this.bool(d1)} ? ${this.num(d1)} : ${this.num(d1)})`],
      [
        this.on("nullish") ? 2 : 0,
        () => (this.on("coercion") ? `(+(${this.any(d1)} ?? ${this.num(d1)}))` : `(${this.num(d1)} ?? ${this.num(d1)})`),
      ],
      [
        this.on("update") ? 3 : 0,
        () => {
          const v = this.varOf("num", true);
          if (!v) return null;
          return this.rng.pick([`(${v.name}++)`, `(++${v.name})`, `(${v.name}--)`, `(--${v.name})`]);
        },
      ],
      [
        this.on("update") ? 2 : 0,
        () => {
          const v = this.varOf("num", true);
          if (!v) return null;
          return `(${v.name} ${this.rng.pick(["=", "+=", "-=", "*="])} ${this.num(d1)})`;
        },
      ],
      [this.on("coercion") ? 2 : 0, () => `(${this.bool(d1)} + ${this.num(d1)})`],
      [this.w("accessors", 4), () => this.accRead()],
      [this.w("hooks", 4), () => this.hookUse("num", d1)],
      [this.w("hookThrows", 2), () => this.throwingBuiltin("num", d1)],
      [
        this.on("extras") ? 2 : 0,
        () =>
          this.rng.pick([
            () => `Number(${this.str(d1)})`,
            () => `${this.str(d1)}.charCodeAt(${this.smallInt(0, 3)})`,
            () => `(Number.isInteger(${this.num(d1)}) ? 1 : 0)`,
          ])(),
      ],
    ]);
  }

  private arrOrSarr(d: number): string {
    return this.rng.chance(0.5) ? this.arr(d) : this.sarr(d);
  }

  private str(d: number): string {
    if (d <= 0) {
      const v = this.rng.chance(0.6) ? this.varOf("str") : null;
      return v ? v.name : this.strLit();
    }
    const d1 = d - 1;
    return this.choose<string>([
      [6, () => this.strLit()],
      [10, () => this.varOf("str")?.name ?? null],
      [
        this.on("templates") ? 5 : 0,
        () => {
          this.growth++;
          const parts = this.rng.range(1, 3);
          let s = "`";
          for (let i = 0; i < parts; i++) {
            s += this.rng.pick(["", "a", " ", "-", "x=", ":", "\\n", "$"]);
            s += "${" + this.expr(this.rng.pick(["num", "str", "bool", "arr", "sarr", "any"] as Ty[]), d1) + "}";
          }
          s += this.rng.pick(["", "!", " end", "\\`q"]) + "`";
          return s;
        },
      ],
      [
        8,
        () => {
          this.growth++;
          const l = this.rng.chance(0.7) ? this.str(d1) : this.num(d1);
          return `(${l} + ${this.str(d1)})`;
        },
      ],
      [
        6,
        () => {
          const args = this.rng.pick([
            () => this.smallInt(-4, 6),
            () => `${this.smallInt(-3, 3)}, ${this.smallInt(-2, 8)}`,
            () => "",
          ])();
          return `${this.str(d1)}.slice(${args})`;
        },
      ],
      [4, () => `${this.str(d1)}.toUpperCase()`],
      [
        3,
        () => {
          this.growth++;
          return `${this.str(d1)}.repeat(${this.smallInt(0, 3)})`;
        },
      ],
      [
        3,
        () =>
          `${this.str(d1)}.${this.rng.pick(["padStart", "padEnd"])}(${this.smallInt(0, 10)}${
            this.rng.chance(0.6) ? ", " + this.rng.pick(['"*"', '"ab"', '"0"', '""']) : ""
          })`,
      ],
      [
        4,
        () => {
          this.growth++;
          return `${this.arrOrSarr(d1)}.join(${this.rng.chance(0.2) ? "" : this.rng.pick(SEPS)})`;
        },
      ],
      [
        3,
        () => {
          this.growth++;
          return `${this.str(d1)}.split(${this.rng.pick(SEPS)}).join(${this.rng.pick(SEPS)})`;
        },
      ],
      [
        this.on("typeof") ? 3 : 0,
        () => {
          const f = this.rng.chance(0.15) ? this.varOf("fn") : null;
          return `(typeof ${f ? f.name : this.expr(this.anyValueTy(), d1)})`;
        },
      ],
      [
        this.on("json") ? 4 : 0,
        () => {
          const t = this.rng.pick(["num", "str", "bool", "arr", "sarr", "obj"] as Ty[]);
          this.growth++;
          const e = this.expr(t, d1);
          if (this.rng.chance(0.15)) return `JSON.stringify(${e}, null, ${this.rng.pick(["2", '"  "', "0"])})`;
          if (this.rng.chance(0.2)) return `JSON.stringify([${this.any(d1)}])`;
          return `JSON.stringify(${e})`;
        },
      ],
      [6, () => this.callFn("str", d)],
      [4, () => `(${this.bool(d1)} ? ${this.str(d1)} : ${this.str(d1)})`],
      [
        this.on("coercion") ? 3 : 0,
        () => {
          this.growth++;
          return `(${this.strLit()} + ${this.expr(this.rng.pick(["num", "bool", "arr", "any", "obj"] as Ty[]), d1)})`;
        },
      ],
      [
        2,
        () => {
          const s = this.varOf("sarr");
          return s ? `(${s.name}[${this.smallInt(0, 3)}] ?? ${this.strLit()})` : null;
        },
      ],
      [2, () => `(${this.str(d1)}[${this.smallInt(0, 3)}] ?? ${this.strLit()})`],
      [this.w("hooks", 4), () => this.hookUse("str", d1)],
      [this.on("json") ? this.w("accessors", 1) : 0, () => this.accWhole("str")],
      [this.w("hookThrows", 2), () => this.throwingBuiltin("str", d1)],
      [
        this.on("extras") ? 4 : 0,
        () =>
          this.rng.pick([
            () => {
              this.growth++;
              return `String(${this.expr(this.rng.pick(["num", "bool", "arr", "any"] as Ty[]), d1)})`;
            },
            () => `${this.str(d1)}.toLowerCase()`,
            () => `${this.str(d1)}.trim()`,
            () => `${this.str(d1)}.charAt(${this.smallInt(0, 4)})`,
            () => `(${this.str(d1)}.at(${this.smallInt(-3, 3)}) ?? "")`,
            () => `(${this.num(d1)}).toFixed(${this.smallInt(0, 4)})`,
          ])(),
      ],
    ]);
  }

  private bool(d: number): string {
    if (d <= 0) {
      const v = this.rng.chance(0.5) ? this.varOf("bool") : null;
      return v ? v.name : this.rng.pick(["true", "false"]);
    }
    const d1 = d - 1;
    const cmp = () => this.rng.pick(["<", "<=", ">", ">=", "===", "!==", "==", "!="]);
    return this.choose<string>([
      [3, () => this.rng.pick(["true", "false"])],
      [6, () => this.varOf("bool")?.name ?? null],
      [10, () => `(${this.num(d1)} ${cmp()} ${this.num(d1)})`],
      [4, () => `(${this.str(d1)} ${cmp()} ${this.str(d1)})`],
      [
        this.on("coercion") ? 3 : 0,
        () => {
          const t1 = this.anyValueTy();
          const t2 = this.anyValueTy();
          return `(${this.expr(t1, d1)} ${cmp()} ${this.expr(t2, d1)})`;
        },
      ],
      [4, () => `(!${this.expr(this.anyValueTy(), d1)})`],
      [5, () => `(${this.bool(d1)} ${this.rng.pick(["&&", "||"])} ${this.bool(d1)})`],
      [3, () => `${this.arr(d1)}.includes(${this.num(d1)})`],
      [2, () => `${this.sarr(d1)}.includes(${this.str(d1)})`],
      [this.on("typeof") ? 2 : 0, () => `(typeof ${this.any(d1)} === ${this.rng.pick(['"number"', '"string"', '"object"', '"undefined"', '"boolean"'])})`],
      [2, () => `(${this.any(d1)} ${this.rng.pick(["===", "==", "!=="])} ${this.rng.pick(["null", "undefined"])})`],
      [3, () => this.callFn("bool", d)],
      [this.w("hooks", 3), () => this.hookUse("bool", d1)],
      [this.w("accessors", 1), () => this.accWhole("bool")],
      [this.w("hookThrows", 1), () => this.throwingBuiltin("bool", d1)],
      [
        this.on("extras") ? 3 : 0,
        () =>
          this.rng.pick([
            () => `${this.str(d1)}.includes(${this.str(d1)})`,
            () => `${this.str(d1)}.startsWith(${this.str(d1)})`,
            () => `Array.isArray(${this.any(d1)})`,
            () => {
              const o = this.varOf("obj");
              return o ? `(${JSON.stringify(this.rng.pick(OBJ_KEYS))} in ${o.name})` : "false";
            },
            () => `Number.isInteger(${this.num(d1)})`,
          ])(),
      ],
    ]);
  }

  private numArrLit(d: number): string {
    const n = this.rng.range(0, 6);
    const els = Array.from({ length: n }, () => (d > 0 && this.rng.chance(0.3) ? this.num(d - 1) : this.numLit()));
    return `[${els.join(", ")}]`;
  }

  private arr(d: number): string {
    if (d <= 0) {
      const v = this.rng.chance(0.6) ? this.varOf("arr") : null;
      return v ? v.name : this.numArrLit(0);
    }
    const d1 = d - 1;
    return this.choose<string>([
      [6, () => this.numArrLit(d)],
      [10, () => this.varOf("arr")?.name ?? null],
      [6, () => `${this.arr(d1)}.map(${this.callback("num", "num", d1, this.rng.chance(0.2))})`],
      [5, () => `${this.arr(d1)}.filter(${this.callback("num", "bool", d1)})`],
      [3, () => `${this.arr(d1)}.slice(${this.smallInt(-3, 3)}${this.rng.chance(0.5) ? ", " + this.smallInt(-2, 6) : ""})`],
      [
        3,
        () => {
          this.growth++;
          return `${this.arr(d1)}.concat(${this.rng.chance(0.7) ? this.arr(d1) : this.num(d1)})`;
        },
      ],
      [
        this.on("spread") ? 4 : 0,
        () => {
          this.growth++;
          return `[${this.rng.chance(0.5) ? this.numLit() + ", " : ""}...${this.arr(d1)}, ...${this.arr(d1)}]`;
        },
      ],
      [
        this.on("sort") ? 4 : 0,
        () => {
          const a = this.arr(d1);
          const x = this.fresh("x");
          const y = this.fresh("y");
          return this.rng.pick([
            () => `${a}.filter((${x}) => ${x} === ${x}).sort((${x}, ${y}) => ${x} - ${y})`,
            () => `[...${a}].filter((${x}) => ${x} === ${x}).sort((${x}, ${y}) => ${y} - ${x})`,
            () => `${a}.slice().sort()`,
          ])();
        },
      ],
      [2, () => `${this.sarr(d1)}.map((${"q" + ++this.counter}) => q${this.counter}.length)`],
      [
        this.on("objects") ? 2 : 0,
        () => {
          const o = this.varOf("obj");
          if (!o) return null;
          const e = this.fresh("e");
          return `Object.entries(${o.name}).map((${e}) => ${e}[1])`;
        },
      ],
      [
        this.on("closures") ? 2 : 0,
        () => {
          const fa = this.varOf("fnarr");
          if (!fa) return null;
          const g = this.fresh("g");
          return `${fa.name}.map((${g}) => ${g}(${this.num(d1)}))`;
        },
      ],
      [
        this.on("closures") ? 1 : 0,
        () => {
          const a = this.varOf("acc");
          return a ? `${a.name}.list()` : null;
        },
      ],
      [3, () => this.callFn("arr", d)],
      [2, () => `(${this.bool(d1)} ? ${this.arr(d1)} : ${this.arr(d1)})`],
      [this.w("hooks", 1), () => this.hookUse("arr", d1)],
      [this.w("accessors", 1), () => this.accWhole("arr")],
      [this.w("hookThrows", 3), () => this.throwingBuiltin("arr", d1)],
      [
        this.on("extras") ? 2 : 0,
        () =>
          this.rng.pick([
            () => {
              const o = this.varOf("obj");
              return o ? `Object.values(${o.name})` : null;
            },
            () => {
              const i = this.fresh("i");
              return `Array.from({ length: ${this.smallInt(0, 6)} }, (_, ${i}) => ${i} * ${this.numLit()})`;
            },
          ])(),
      ],
    ]);
  }

  private sarr(d: number): string {
    const lit = () => `[${Array.from({ length: this.rng.range(0, 5) }, () => this.strLit()).join(", ")}]`;
    if (d <= 0) {
      const v = this.rng.chance(0.6) ? this.varOf("sarr") : null;
      return v ? v.name : lit();
    }
    const d1 = d - 1;
    return this.choose<string>([
      [5, lit],
      [8, () => this.varOf("sarr")?.name ?? null],
      [6, () => `${this.bounded("str", d1)}.split(${this.rng.pick(SEPS)})`],
      [this.on("objects") ? 4 : 0, () => {
        const o = this.varOf("obj");
        return `Object.keys(${o ? o.name : this.obj(d1)})`;
      }],
      [
        4,
        () => {
          const x = this.fresh("x");
          return this.on("templates") && this.rng.chance(0.5)
            ? `${this.arr(d1)}.map((${x}) => \`\${${x}}\`)`
            : `${this.arr(d1)}.map((${x}) => ${x} + "")`;
        },
      ],
      [4, () => `${this.sarr(d1)}.map(${this.callback("str", "str", d1)})`],
      [3, () => `${this.sarr(d1)}.filter(${this.callback("str", "bool", d1)})`],
      [2, () => `${this.sarr(d1)}.slice(${this.smallInt(-2, 2)})`],
      [
        2,
        () => {
          this.growth++;
          return `${this.sarr(d1)}.concat(${this.sarr(d1)})`;
        },
      ],
      [
        this.on("sort") ? 3 : 0,
        () => {
          const x = this.fresh("x");
          const y = this.fresh("y");
          return this.rng.pick([
            () => `${this.sarr(d1)}.slice().sort()`,
            () => `[...${this.sarr(d1)}].sort((${x}, ${y}) => (${x} < ${y} ? 1 : ${x} > ${y} ? -1 : 0))`,
            () => `${this.sarr(d1)}.slice().sort((${x}, ${y}) => ${x}.length - ${y}.length)`,
          ])();
        },
      ],
      [2, () => this.callFn("sarr", d)],
      [this.w("hooks", 1), () => this.hookUse("sarr", d1)],
      [this.w("accessors", 1), () => this.accWhole("sarr")],
    ]);
  }

  private objLit(d: number): string {
    const keys = this.rng.sample(OBJ_KEYS, this.rng.range(0, 4));
    const parts = keys.map((k) => {
      const key = /^[a-z_][a-z0-9_]*$/i.test(k) || /^\d+$/.test(k) ? (this.rng.chance(0.2) ? JSON.stringify(k) : k) : JSON.stringify(k);
      return `${key}: ${d > 0 && this.rng.chance(0.4) ? this.num(d - 1) : this.numLit()}`;
    });
    if (this.on("spread") && d > 0 && this.rng.chance(0.25)) {
      const o = this.varOf("obj");
      if (o) parts.splice(this.rng.int(parts.length + 1), 0, `...${o.name}`);
    }
    if (d > 0 && this.rng.chance(0.1)) parts.push(`[${this.rng.pick(['"c"', '"k" + 1', '"n" + 2'])}]: ${this.numLit()}`);
    if (this.on("extras") && d > 0 && this.rng.chance(0.1)) {
      // shorthand property from a number variable in scope
      const v = this.varOf("num");
      if (v) parts.push(v.name);
    }
    return `({ ${parts.join(", ")} })`.replace("({  })", "({})");
  }

  private obj(d: number): string {
    if (d <= 0) {
      const v = this.rng.chance(0.6) ? this.varOf("obj") : null;
      return v ? v.name : this.objLit(0);
    }
    const d1 = d - 1;
    return this.choose<string>([
      [8, () => this.objLit(d)],
      [8, () => this.varOf("obj")?.name ?? null],
      [
        this.on("spread") ? 3 : 0,
        () => `({ ...${this.obj(d1)}, ${this.rng.pick(OBJ_KEYS.filter((k) => /^[a-z]/.test(k)))}: ${this.num(d1)} })`,
      ],
      [this.on("spread") ? 2 : 0, () => `({ ...${this.obj(d1)}, ...${this.obj(d1)} })`],
      [2, () => `(${this.bool(d1)} ? ${this.obj(d1)} : ${this.obj(d1)})`],
      [2, () => this.callFn("obj", d)],
      [this.w("accessors", 2), () => this.accWhole("obj")],
      [this.w("hooks", 1), () => this.hookUse("obj", d1)],
    ]);
  }

  private any(d: number): string {
    if (d <= 0) {
      const v = this.rng.chance(0.5) ? this.varOf("any") : null;
      return v ? v.name : this.rng.pick(["null", "undefined", "0", '""', "false", "1", '"s"', "[]", "({})"]);
    }
    const d1 = d - 1;
    return this.choose<string>([
      [5, () => this.rng.pick(["null", "undefined"])],
      [8, () => this.varOf("any")?.name ?? null],
      [6, () => this.expr(this.rng.pick(["num", "str", "bool", "arr", "sarr", "obj"] as Ty[]), d1)],
      [3, () => `(${this.bool(d1)} ? ${this.expr(this.anyValueTy(), d1)} : ${this.rng.pick(["null", "undefined"])})`],
      // Nested literals never contain `any` values: a loop doing `x = [x, x]` would
      // build exponentially large (shared) structures.
      [
        3,
        () => `[${Array.from({ length: this.rng.range(0, 4) }, () => this.bounded(this.leafTy(), d1)).join(", ")}]`,
      ],
      [
        3,
        () => `({ p: ${this.bounded(this.leafTy(), d1)}, q: { r: ${this.bounded(this.leafTy(), d1)} } })`,
      ],
      [
        this.on("optional") ? 4 : 0,
        () => {
          const v = this.varOf("any");
          if (!v) return null;
          return this.rng.pick([`${v.name}?.p`, `${v.name}?.q?.r`, `${v.name}?.[0]`, `${v.name}?.length`, `${v.name}?.p?.length`]);
        },
      ],
      [
        this.on("optional") ? 2 : 0,
        () => {
          const o = this.varOf("obj");
          return o ? `${o.name}?.${this.rng.pick(["a", "zz", "b"])}` : null;
        },
      ],
      [this.on("nullish") ? 3 : 0, () => `(${this.any(d1)} ?? ${this.expr(this.anyValueTy(), d1)})`],
      [3, () => `(${this.any(d1)} ${this.rng.pick(["||", "&&"])} ${this.expr(this.anyValueTy(), d1)})`],
      [
        this.on("coercion") ? 4 : 0,
        () => {
          this.growth++;
          const op = this.rng.pick(["+", "+", "-", "*", "/", "%"]);
          return `(${this.expr(this.anyValueTy(), d1)} ${op} ${this.expr(this.anyValueTy(), d1)})`;
        },
      ],
      [
        2,
        () => {
          const a = this.varOf("arr") ?? this.varOf("sarr");
          return a ? `${a.name}[${this.smallInt(0, 8)}]` : null;
        },
      ],
      [2, () => this.callFn("any", d)],
      [
        // native TypeError source (rare): property of a maybe-null value
        this.on("uncaught") && this.inTry > 0 ? 2 : 0,
        () => {
          const v = this.varOf("any");
          return v ? `${v.name}.p` : null;
        },
      ],
    ]);
  }

  // ---- statements ---------------------------------------------------------

  stmt(depth: number): void {
    const inLoop = this.loopDepth > 0;
    const canNest = depth < 3 && this.room(4);
    this.cost += this.mul;
    this.totalCost += this.mul;
    this.choose<boolean>([
      [26, () => this.sDecl() || null],
      [12, () => this.sAssign() || null],
      [canNest ? 7 : 0, () => this.sIf(depth) || null],
      [canNest && this.on("loops") ? 6 : 0, () => this.sFor(depth) || null],
      [canNest && this.on("loops") ? 5 : 0, () => this.sForOf(depth) || null],
      [canNest && this.on("loops") ? 2 : 0, () => this.sWhile(depth) || null],
      [canNest && this.on("switch") ? 3 : 0, () => this.sSwitch(depth) || null],
      [canNest && this.on("trycatch") ? 4 : 0, () => this.sTry(depth) || null],
      [canNest && this.level < 2 && depth < 2 ? 6 : 0, () => this.sFunction(depth) || null],
      [this.on("closures") && this.level === 0 && depth < 2 && this.room(14) ? 5 : 0, () => this.sClosureTemplate() || null],
      [this.on("recursion") && this.level === 0 && depth === 0 && this.room(10) ? 2 : 0, () => this.sRecursion() || null],
      [this.level === 0 && depth === 0 && this.room(12) ? this.w("generators", 3) : 0, () => this.sGenerator() || null],
      [this.level === 0 && depth === 0 && this.room(12) ? this.w("async", 3) : 0, () => this.sAsync() || null],
      [this.level === 0 && depth === 0 && this.room(12) ? this.w("iterators", 2) : 0, () => this.sUserIterator() || null],
      [this.level === 0 && depth === 0 && this.room(12) ? this.w("classes", 2) : 0, () => this.sClass() || null],
      [this.level === 0 && depth === 0 && this.room(10) ? this.w("descriptors", 2) : 0, () => this.sDescriptors() || null],
      [5, () => this.sArrayMut() || null],
      [depth < 2 && this.room(8) ? this.w("accessors", 3) : 0, () => this.sAccessorObj() || null],
      [this.w("accessors", 4), () => this.sAccMut() || null],
      [this.w("accessors", 1), () => this.sAccDestructure() || null],
      [depth < 2 && this.room(6) ? this.w("hooks", 3) : 0, () => this.sHookObj() || null],
      [this.w("hooks", 1), () => this.sHookKey() || null],
      [this.level === 0 && depth === 0 && this.room(22) ? this.w("deepCalls", 2) : 0, () => this.sDeepChain() || null],
      [this.level === 0 && depth === 0 && this.room(8) ? this.w("deepCalls", 1) : 0, () => this.sRecBuiltin() || null],
      [this.on("objects") ? 3 : 0, () => this.sObjMut() || null],
      [this.on("destructuring") ? 4 : 0, () => this.sDestructure() || null],
      [3, () => this.sExprStmt() || null],
      [inLoop ? 3 : 0, () => this.sBreak() || null],
      [this.on("trycatch") && (this.inTry > 0 || this.level > 0) ? 2 : 0, () => this.sThrow() || null],
      [this.on("trycatch") && this.on("uncaught") && (this.inTry > 0 || this.level > 0) ? 4 : 0, () => this.sNativeError() || null],
      [this.retTy && depth > 0 ? 2 : 0, () => this.sEarlyReturn() || null],
      [
        this.on("uncaught") && this.level === 0 && depth === 0 && this.inTry === 0 ? 0.25 : 0,
        () => this.sUncaught(),
      ],
    ]);
  }

  private declKw(): "let" | "const" | "var" {
    return this.rng.pick(["let", "let", "const", "const", "const", "var"] as const);
  }

  private sDecl(): boolean {
    const ty = this.rng.pick(["num", "num", "num", "str", "str", "bool", "arr", "arr", "sarr", "obj", "obj", "any"] as Ty[]);
    const kw = this.declKw();
    const name = this.fresh(ty === "num" ? "n" : ty === "str" ? "s" : ty === "bool" ? "b" : ty === "arr" ? "a" : ty === "sarr" ? "sa" : ty === "obj" ? "o" : "x");
    const e = this.bounded(ty, this.rng.range(1, 3));
    this.emit(`${kw} ${name} = ${e};`);
    this.declare({ name, ty, mut: kw !== "const", konst: kw === "const" });
    return true;
  }

  private sAssign(): boolean {
    const v = this.rng.pick(this.visible((x) => x.mut && VALUE_TYPES.includes(x.ty)).concat([null as unknown as Var]));
    if (!v) return false;
    const d = this.rng.range(1, 2);
    if (v.ty === "num" && this.rng.chance(0.5)) {
      const ops = ["+=", "-=", "*=", "/=", "%="];
      if (this.on("bitwise")) ops.push("|=", "&=", "^=", "<<=", ">>=", ">>>=");
      if (this.on("exponent")) ops.push("**=");
      const op = this.rng.pick(ops);
      const rhs = op === "**=" ? this.rng.pick(["2", "0.5", "(-1)"]) : this.num(d);
      if (this.rng.chance(0.3) && this.on("update")) this.emit(`${v.name}${this.rng.pick(["++", "--"])};`);
      else this.emit(`${v.name} ${op} ${rhs};`);
      return true;
    }
    if (v.ty === "str" && this.rng.chance(0.4)) {
      this.emit(`${v.name} = (${v.name} + ${this.str(d)}).slice(${this.rng.chance(0.5) ? "-" + STR_CAP : "0, " + STR_CAP});`);
      return true;
    }
    if (this.on("logicalAssign") && this.rng.chance(0.25)) {
      const op = this.rng.pick(["??=", "||=", "&&="]);
      this.emit(`${v.name} ${op} ${this.bounded(v.ty, d)};`);
      return true;
    }
    this.emit(`${v.name} = ${this.bounded(v.ty, d)};`);
    return true;
  }

  private cond(): string {
    return this.bool(this.rng.range(1, 2));
  }

  private sIf(depth: number): boolean {
    this.emit(`if (${this.cond()}) {`);
    this.block(() => this.stmts(this.rng.range(1, 3), depth + 1));
    if (this.rng.chance(0.3) && this.room()) {
      this.emit(`} else if (${this.cond()}) {`);
      this.block(() => this.stmts(this.rng.range(1, 2), depth + 1));
    }
    if (this.rng.chance(0.5) && this.room()) {
      this.emit(`} else {`);
      this.block(() => this.stmts(this.rng.range(1, 2), depth + 1));
    }
    this.emit(`}`);
    return true;
  }

  private loopBody(n: number, depth: number, bound: number, body?: () => void): void {
    const saveMul = this.mul;
    this.mul *= bound;
    this.loopDepth++;
    const saveSwitch = this.inSwitch;
    this.inSwitch = 0;
    this.block(() => {
      body?.();
      this.stmts(n, depth + 1);
    });
    this.inSwitch = saveSwitch;
    this.loopDepth--;
    this.mul = saveMul;
  }

  private loopBound(): number | null {
    const max = Math.min(20, Math.floor(MAX_LOOP_WORK / this.mul));
    if (max < 1) return null;
    return this.rng.range(Math.min(1, max), max);
  }

  private sFor(depth: number): boolean {
    const n = this.loopBound();
    if (n === null) return false;
    const i = this.fresh("i");
    const form = this.rng.int(4);
    const kw = this.rng.chance(0.15) ? "var" : "let";
    let header: string;
    if (form === 0) header = `for (${kw} ${i} = ${n}; ${i} > 0; ${i}--)`;
    else if (form === 1) header = `for (${kw} ${i} = 0; ${i} < ${n}; ${i} += ${this.rng.range(2, 3)})`;
    else header = `for (${kw} ${i} = 0; ${i} ${this.rng.pick(["<", "<="])} ${n}; ${this.rng.pick([`${i}++`, `++${i}`, `${i} += 1`])})`;
    this.emit(`${header} {`);
    this.loopBody(this.rng.range(1, 3), depth, n + 1, () => this.declare({ name: i, ty: "num", mut: false }));
    this.emit(`}`);
    if (kw === "var") this.declare({ name: i, ty: "num", mut: false });
    return true;
  }

  private sForOf(depth: number): boolean {
    const x = this.fresh("it");
    const choice = this.rng.int(this.on("objects") ? 6 : 4);
    let iter: string;
    let bound = 16;
    let bind: () => void;
    let pattern = x;
    if (choice <= 1) {
      const a = this.varOf("arr");
      if (a && this.rng.chance(0.7)) {
        iter = a.name;
        bound = GROWN_LEN; // may have grown, or grow while iterated (pushes are length-guarded)
      } else {
        iter = this.numArrLit(1);
        bound = 6;
      }
      bind = () => this.declare({ name: x, ty: "num", mut: false });
    } else if (choice === 2) {
      const a = this.varOf("sarr");
      if (a) {
        iter = a.name;
        bound = GROWN_LEN;
      } else iter = this.sarr(1);
      bind = () => this.declare({ name: x, ty: "str", mut: false });
    } else if (choice === 3) {
      iter = this.str(1);
      bound = STR_CAP;
      bind = () => this.declare({ name: x, ty: "str", mut: false });
    } else if (choice === 4) {
      iter = `Object.keys(${this.obj(1)})`;
      bound = 12;
      bind = () => this.declare({ name: x, ty: "str", mut: false });
    } else {
      const k = this.fresh("k");
      const v = this.fresh("v");
      pattern = `[${k}, ${v}]`;
      iter = `Object.entries(${this.obj(1)})`;
      bound = 12;
      bind = () => {
        this.declare({ name: k, ty: "str", mut: false });
        this.declare({ name: v, ty: "num", mut: false });
      };
    }
    if (this.mul * bound > MAX_LOOP_WORK) return false;
    const kw = this.rng.chance(0.85) ? "const" : "let";
    this.emit(`for (${kw} ${pattern} of ${iter}) {`);
    if (kw === "const") {
      const inner = bind;
      bind = () => {
        inner();
        for (const v of this.scopes[this.scopes.length - 1]) v.konst = true;
      };
    }
    this.loopBody(this.rng.range(1, 3), depth, bound, bind);
    this.emit(`}`);
    return true;
  }

  private sWhile(depth: number): boolean {
    const n = this.loopBound();
    if (n === null) return false;
    const w = this.fresh("w");
    this.emit(`let ${w} = 0;`);
    if (this.on("extras") && this.rng.chance(0.25)) {
      this.emit(`do {`);
      this.loopBody(this.rng.range(1, 3), depth, n + 1, () => this.emit(`${w}++;`));
      this.emit(`} while (${w} < ${n});`);
    } else {
      this.emit(`while (${w} < ${n}) {`);
      this.loopBody(this.rng.range(1, 3), depth, n, () => this.emit(`${w}${this.rng.pick(["++", " += 1"])};`));
      this.emit(`}`);
    }
    this.declare({ name: w, ty: "num", mut: false });
    return true;
  }

  private sSwitch(depth: number): boolean {
    const useStr = this.rng.chance(0.3);
    this.emit(`switch (${useStr ? this.str(1) : this.num(1)}) {`);
    this.ind++;
    this.inSwitch++;
    const ncase = this.rng.range(1, 4);
    const labels = useStr
      ? this.rng.sample(['"a"', '"ab"', '"hello"', '""', '"0"', '"x,y,z"'], ncase)
      : this.rng.sample(["0", "1", "2", "3", "(-1)", '"1"', "(0 / 0)", "10", "(-0)"], ncase);
    const defAt = this.rng.chance(0.6) ? this.rng.int(labels.length + 1) : -1;
    const entries: string[] = labels.map((l) => `case ${l}:`);
    if (defAt >= 0) entries.splice(defAt, 0, "default:");
    for (const e of entries) {
      if (!this.room()) {
        this.emit(e);
        continue;
      }
      const braces = this.rng.chance(0.3);
      this.emit(braces ? `${e} {` : e);
      this.block(() => {
        this.stmts(this.rng.range(0, 2), depth + 1);
        if (this.rng.chance(0.75)) this.emit("break;");
      });
      if (braces) this.emit("}");
    }
    this.inSwitch--;
    this.ind--;
    this.emit(`}`);
    return true;
  }

  private throwValue(): string {
    return this.choose<string>([
      [4, () => `new Error("u:" + ${this.str(1)})`],
      [2, () => `new ${this.rng.pick(["TypeError", "RangeError"])}(${JSON.stringify("u:" + this.rng.pick(["bad", "range", "x"]))})`],
      [2, () => this.num(1)],
      [2, () => this.strLit()],
      [1, () => `{ code: ${this.num(1)} }`],
      [1, () => this.numArrLit(0)],
      [1, () => this.rng.pick(["null", "undefined", "false"])],
    ]);
  }

  /** A statement that may raise a native TypeError (only where it will be caught). */
  private sNativeError(): boolean {
    const stmt = this.tryChoose<string>([
      [
        3,
        () => {
          const v = this.varOf("any");
          return v ? `const ${this.fresh("u")} = ${v.name}${this.rng.pick([".p", ".p.q", ".length", "[0]", ".q.r"])};` : null;
        },
      ],
      [2, () => `const ${this.fresh("u")} = (${this.cond()} ? null : ${this.obj(1)}).${this.rng.pick(["a", "b"])};`],
      [
        2,
        () => {
          const v = this.varOf("any") ?? this.varOf("num") ?? this.varOf("str");
          return v ? `if (${this.cond()}) ${v.name}(${this.rng.chance(0.5) ? this.num(1) : ""});` : null;
        },
      ],
      [
        2,
        () => {
          const v = this.visible((x) => x.konst === true && VALUE_TYPES.includes(x.ty));
          if (!v.length) return null;
          const c = this.rng.pick(v);
          return `if (${this.cond()}) ${c.name} = ${this.expr(c.ty, 1)};`;
        },
      ],
      [
        2,
        () => {
          const a = this.varOf("sarr");
          return a ? `const ${this.fresh("u")} = ${a.name}[${this.smallInt(0, 6)}].toUpperCase();` : null;
        },
      ],
      [2, () => `const ${this.fresh("u")} = ${this.arr(1)}.reduce((${this.fresh("x")}, y) => y);`],
      [this.on("destructuring") ? 1 : 0, () => `const { a: ${this.fresh("u")} } = ${this.rng.pick(["null", "undefined"])};`],
      [
        this.on("json") ? 1 : 0,
        () => {
          const c = this.fresh("cyc");
          return `const ${c} = [${this.numLit()}];\n${c}.push(${this.rng.chance(0.5) ? c : `{ r: ${c} }`});\nconst ${this.fresh("u")} = JSON.stringify(${c});`;
        },
      ],
    ]);
    if (stmt === null) return false;
    for (const line of stmt.split("\n")) this.emit(line);
    if (this.inTry === 0) this.fnThrows = true;
    return true;
  }

  private sThrow(): boolean {
    this.emit(`if (${this.cond()}) throw ${this.throwValue()};`);
    if (this.inTry === 0) this.fnThrows = true;
    return true;
  }

  private sTry(depth: number): boolean {
    const r = this.fresh("caught");
    this.emit(`let ${r} = null;`);
    this.emit(`try {`);
    this.inTry++;
    this.block(() => {
      this.stmts(this.rng.range(1, 3), depth + 1);
      if (this.rng.chance(0.5)) this.emit(`if (${this.cond()}) throw ${this.throwValue()};`);
    });
    this.inTry--;
    const hasCatch = this.rng.chance(0.9);
    if (hasCatch) {
      if (this.rng.chance(0.1)) {
        this.emit(`} catch {`);
        this.block(() => this.emit(`${r} = "caught";`));
      } else {
        const e = this.fresh("e");
        this.emit(`} catch (${e}) {`);
        this.block(() => {
          this.emit(
            `${r} = typeof ${e}?.message === "string" && ${e}.message.slice(0, 2) === "u:" ? ${e}.name + "/" + ${e}.message.slice(0, ${STR_CAP}) : (${e}?.name ?? ${e});`,
          );
          if (this.rng.chance(0.4)) this.stmts(1, depth + 1);
        });
      }
    } else {
      // try/finally only: the throw escapes. Keep it inside an outer try if possible.
      if (this.inTry === 0 && this.level === 0) {
        this.emit(`} catch (${this.fresh("e")}) {`);
        this.block(() => this.emit(`${r} = "outer";`));
      } else if (this.inTry === 0) this.fnThrows = true;
    }
    if (!hasCatch || this.rng.chance(0.3)) {
      this.emit(`} finally {`);
      this.block(() => this.stmts(this.rng.range(1, 2), depth + 1));
    }
    this.emit(`}`);
    this.declare({ name: r, ty: "any", mut: false });
    return true;
  }

  private sBreak(): boolean {
    const kw = this.inSwitch > 0 ? "continue" : this.rng.pick(["break", "continue"]);
    this.emit(`if (${this.cond()}) ${kw};`);
    return true;
  }

  private sEarlyReturn(): boolean {
    this.emit(`if (${this.cond()}) return ${this.bounded(this.retTy!, 1)};`);
    return true;
  }

  private sExprStmt(): boolean {
    return !!this.tryChoose<boolean>([
      [
        3,
        () => {
          const f = this.visible((v) => v.ty === "fn" && this.canCall(v.sig!));
          if (!f.length) return null;
          const fn = this.rng.pick(f);
          this.noteCall(fn.sig!);
          this.emit(`${fn.name}(${fn.sig!.params.map((t) => this.expr(t, 1)).join(", ")});`);
          return true;
        },
      ],
      [
        2,
        () => {
          const a = this.varOf("acc");
          if (!a) return null;
          this.emit(`${a.name}.add(${this.num(1)});`);
          return true;
        },
      ],
      [
        2,
        () => {
          const v = this.varOf("num", true);
          if (!v || !this.on("update")) return null;
          this.emit(`${this.rng.pick(["++", "--"])}${v.name};`);
          return true;
        },
      ],
      [
        this.on("destructuring") ? 1 : 0,
        () => {
          const vs = this.visible((v) => v.ty === "num" && v.mut);
          if (vs.length < 2) return null;
          const [p, q] = this.rng.sample(vs, 2);
          this.emit(`[${p.name}, ${q.name}] = [${q.name}, ${p.name}];`);
          return true;
        },
      ],
    ]);
  }

  private pushable(ty: "arr" | "sarr"): Var | null {
    const vs = this.visible((v) => v.ty === ty);
    return vs.length ? this.rng.pick(vs) : null;
  }
  /** Pushes are always guarded by a length check: arrays may be aliased, iterated, or captured. */
  private guardLen(a: string): string {
    return `if (${a}.length < ${this.rng.pick([8, 20, 40, 64])}) `;
  }

  private sArrayMut(): boolean {
    return !!this.tryChoose<boolean>([
      [
        5,
        () => {
          const a = this.pushable("arr");
          if (!a) return null;
          const n = this.rng.range(1, 2);
          this.emit(`${this.guardLen(a.name)}${a.name}.push(${Array.from({ length: n }, () => this.num(1)).join(", ")});`);
          return true;
        },
      ],
      [
        2,
        () => {
          const a = this.pushable("sarr");
          if (!a) return null;
          this.emit(`${this.guardLen(a.name)}${a.name}.push(${this.bounded("str", 1)});`);
          return true;
        },
      ],
      [
        3,
        () => {
          const a = this.varOf("arr") ?? this.varOf("sarr");
          if (!a) return null;
          if (this.rng.chance(0.5)) {
            const t = this.varOf("num", true);
            if (t && a.ty === "arr") {
              this.emit(`${t.name} = ${a.name}.pop() ?? ${this.numLit()};`);
              return true;
            }
          }
          this.emit(`${a.name}.pop();`);
          return true;
        },
      ],
      [
        3,
        () => {
          const a = this.varOf("arr");
          if (!a) return null;
          // write inside [0, length): never creates holes
          const idx = this.rng.pick(["0", `${a.name}.length - 1`, this.smallInt(0, 3)]);
          this.emit(`if (${idx} < ${a.name}.length) ${a.name}[${idx}] ${this.rng.pick(["=", "+=", "*="])} ${this.num(1)};`);
          return true;
        },
      ],
      [
        this.on("sort") ? 1 : 0,
        () => {
          const a = this.varOf("sarr");
          if (!a) return null;
          this.emit(`${a.name}.sort();`);
          return true;
        },
      ],
    ]);
  }

  private sObjMut(): boolean {
    const o = this.varOf("obj");
    if (!o) return false;
    const k = this.rng.pick(OBJ_KEYS);
    const access = /^[a-z_][a-z0-9_]*$/i.test(k) && this.rng.chance(0.7) ? `.${k}` : `[${JSON.stringify(k)}]`;
    if (this.rng.chance(0.15)) this.emit(`delete ${o.name}${access};`);
    else if (this.rng.chance(0.3) && this.on("logicalAssign")) this.emit(`${o.name}${access} ??= ${this.num(1)};`);
    else this.emit(`${o.name}${access} ${this.rng.pick(["=", "=", "+="])} ${this.num(1)};`);
    return true;
  }

  private sDestructure(): boolean {
    const kw = this.rng.pick(["const", "let"] as const);
    const mut = kw === "let";
    if (this.rng.chance(0.55)) {
      // array pattern
      const src = this.rng.chance(0.7) ? "arr" : "sarr";
      const elTy: Ty = src === "arr" ? "num" : "str";
      const n = this.rng.range(1, 3);
      const names: string[] = [];
      const decls: Var[] = [];
      for (let i = 0; i < n; i++) {
        if (this.rng.chance(0.15)) {
          names.push(""); // elision
          continue;
        }
        const name = this.fresh(elTy === "num" ? "n" : "s");
        const dflt = this.rng.chance(0.6);
        names.push(dflt ? `${name} = ${elTy === "num" ? this.numLit() : this.strLit()}` : name);
        decls.push({ name, ty: dflt ? elTy : "any", mut, konst: !mut, level: this.level });
      }
      if (this.on("spread") && this.rng.chance(0.4)) {
        const rest = this.fresh(src === "arr" ? "a" : "sa");
        names.push(`...${rest}`);
        decls.push({ name: rest, ty: src, mut, konst: !mut, level: this.level });
      }
      if (!decls.length) return false;
      this.emit(`${kw} [${names.join(", ")}] = ${this.expr(src, 1)};`);
      for (const v of decls) this.declare(v);
    } else {
      const keys = this.rng.sample(["a", "b", "c", "x", "len"], this.rng.range(1, 3));
      const parts: string[] = [];
      const decls: Var[] = [];
      for (const k of keys) {
        const name = this.fresh("n");
        const dflt = this.rng.chance(0.6);
        parts.push(`${k}: ${name}${dflt ? " = " + this.numLit() : ""}`);
        decls.push({ name, ty: dflt ? "num" : "any", mut, konst: !mut, level: this.level });
      }
      if (this.on("spread") && this.rng.chance(0.3)) {
        const rest = this.fresh("o");
        parts.push(`...${rest}`);
        decls.push({ name: rest, ty: "obj", mut, konst: !mut, level: this.level });
      }
      this.emit(`${kw} { ${parts.join(", ")} } = ${this.obj(1)};`);
      for (const v of decls) this.declare(v);
    }
    return true;
  }

  private sUncaught(): boolean {
    if (this.rng.chance(0.5)) this.emit(`if (${this.cond()}) throw ${this.throwValue()};`);
    else {
      const v = this.varOf("any");
      if (!v) return false;
      this.emit(`const ${this.fresh("u")} = ${v.name}.p;`);
    }
    return true;
  }

  // ---- functions ----------------------------------------------------------

  /**
   * Generate a function body in a fresh function context; returns its signature.
   * `emitHeader` emits the opening line, `emitFooter` the closing one.
   */
  private withFunction(
    params: Array<{ name: string; ty: Ty }>,
    ret: Ty,
    body: () => void,
  ): { cost: number; throws: boolean; grows: boolean } {
    const save = {
      level: this.level,
      loopDepth: this.loopDepth,
      inSwitch: this.inSwitch,
      inTry: this.inTry,
      mul: this.mul,
      cost: this.cost,
      retTy: this.retTy,
      fnThrows: this.fnThrows,
      fnGrows: this.fnGrows,
      growth: this.growth,
      totalCost: this.totalCost,
    };
    this.level++;
    this.loopDepth = 0;
    this.inSwitch = 0;
    this.inTry = 0;
    this.mul = 1;
    this.cost = 1;
    this.retTy = ret;
    this.fnThrows = false;
    this.pushScope();
    for (const p of params) this.declare({ name: p.name, ty: p.ty, mut: true });
    body();
    this.popScope();
    const res = { cost: this.cost, throws: this.fnThrows, grows: this.growth > save.growth };
    Object.assign(this, save);
    return res;
  }

  private sFunction(_depth: number): boolean {
    const name = this.fresh("f");
    const ret = this.rng.pick(["num", "num", "num", "str", "str", "bool", "arr", "sarr", "obj", "any"] as Ty[]);
    const np = this.rng.range(0, 3);
    const params: Array<{ name: string; ty: Ty }> = [];
    for (let i = 0; i < np; i++) params.push({ name: this.fresh("p"), ty: this.rng.pick(["num", "num", "str", "arr"] as Ty[]) });
    const style = this.rng.int(4); // 0: declaration, 1: arrow expr, 2: arrow block, 3: function expression
    const defaults = params.map((p) => (this.rng.chance(0.3) ? ` = ${p.ty === "num" ? this.numLit() : p.ty === "str" ? this.strLit() : "[1, 2]"}` : ""));
    let plist = params.map((p, i) => p.name + defaults[i]);
    let restName: string | null = null;
    if (this.on("spread") && this.rng.chance(0.12)) {
      restName = this.fresh("rest");
      plist = [...plist, `...${restName}`];
    }
    const allParams = restName ? [...params, { name: restName, ty: "arr" as Ty }] : params;
    let info: { cost: number; throws: boolean; grows: boolean };
    if (style === 1) {
      let body = "";
      info = this.withFunction(allParams, ret, () => {
        body = this.bounded(ret, this.rng.range(1, 2));
      });
      if (body.startsWith("{")) body = `(${body})`;
      const ps = plist.length === 1 && !defaults[0] && !restName && this.rng.chance(0.5) ? plist[0] : `(${plist.join(", ")})`;
      this.emit(`const ${name} = ${ps} => ${body};`);
    } else {
      const head =
        style === 0
          ? `function ${name}(${plist.join(", ")}) {`
          : style === 2
            ? `const ${name} = (${plist.join(", ")}) => {`
            : `const ${name} = function (${plist.join(", ")}) {`;
      this.emit(head);
      this.ind++;
      info = this.withFunction(allParams, ret, () => {
        this.stmts(this.rng.range(1, 4), 1);
        if (this.on("trycatch") && this.rng.chance(0.08)) {
          this.emit(`try {`);
          this.block(() => this.emit(`return ${this.bounded(ret, 1)};`));
          this.emit(`} finally {`);
          this.block(() => this.stmts(1, 2));
          this.emit(`}`);
        } else this.emit(`return ${this.bounded(ret, this.rng.range(1, 2))};`);
      });
      this.ind--;
      this.emit(style === 0 ? "}" : "};");
    }
    this.declare({
      name,
      ty: "fn",
      mut: false,
      sig: {
        params: params.map((p) => p.ty),
        ret,
        cost: info.cost + 1,
        throws: info.throws,
        grows: info.grows,
        optional: defaults.length - (defaults.map((x) => x !== "").lastIndexOf(false) + 1),
      },
    });
    return true;
  }

  private sClosureTemplate(): boolean {
    const kind = this.rng.int(this.on("extras") ? 6 : 5);
    if (kind === 0) {
      // counter factory
      const mk = this.fresh("mk");
      const c = this.fresh("c");
      this.emit(`function ${mk}(start, step = 1) {`);
      this.emit(`  let ${c} = start;`);
      this.emit(`  return () => {`);
      this.emit(`    ${c} += step;`);
      this.emit(`    return ${c};`);
      this.emit(`  };`);
      this.emit(`}`);
      const k = this.rng.range(1, 2);
      for (let i = 0; i < k; i++) {
        const f = this.fresh("ctr");
        const args = this.rng.chance(0.5) ? `${this.numLit()}, ${this.numLit()}` : this.numLit();
        this.emit(`const ${f} = ${mk}(${args});`);
        this.declare({ name: f, ty: "fn", mut: false, sig: { params: [], ret: "num", cost: 2, throws: false, grows: false, optional: 0 } });
      }
    } else if (kind === 1) {
      // curried adder
      const add = this.fresh("adder");
      const f = this.fresh("add");
      this.emit(`const ${add} = (k) => (v) => v ${this.rng.pick(["+", "*", "-"])} k;`);
      this.emit(`const ${f} = ${add}(${this.num(1)});`);
      this.declare({ name: f, ty: "fn", mut: false, sig: { params: ["num"], ret: "num", cost: 2, throws: false, grows: false, optional: 0 } });
    } else if (kind === 2) {
      // IIFE with private state
      const f = this.fresh("memo");
      this.emit(`const ${f} = ((base) => {`);
      this.emit(`  let calls = 0;`);
      this.emit(`  return (v) => {`);
      this.emit(`    calls++;`);
      this.emit(`    return v * base + calls;`);
      this.emit(`  };`);
      this.emit(`})(${this.num(1)});`);
      this.declare({ name: f, ty: "fn", mut: false, sig: { params: ["num"], ret: "num", cost: 3, throws: false, grows: false, optional: 0 } });
    } else if (kind === 3) {
      // accumulator object of closures
      const acc = this.fresh("acc");
      this.emit(`const ${acc} = (() => {`);
      this.emit(`  let total = 0;`);
      this.emit(`  const items = [];`);
      this.emit(`  return {`);
      this.emit(`    add: (v) => {`);
      this.emit(`      total += v;`);
      this.emit(`      if (items.length < 32) items.push(v);`);
      this.emit(`      return total;`);
      this.emit(`    },`);
      this.emit(`    get: () => total,`);
      this.emit(`    list: () => items.slice(),`);
      this.emit(`  };`);
      this.emit(`})();`);
      this.declare({ name: acc, ty: "acc", mut: false });
    } else if (kind === 4) {
      // closures created in a loop (per-iteration let binding vs shared var)
      const fs = this.fresh("fs");
      const i = this.fresh("i");
      const useVar = this.rng.chance(0.35);
      const n = this.rng.range(1, 5);
      this.emit(`const ${fs} = [];`);
      this.emit(`for (${useVar ? "var" : "let"} ${i} = 0; ${i} < ${n}; ${i}++) {`);
      this.emit(`  ${fs}.push((v) => v ${this.rng.pick(["+", "*", "-"])} ${i});`);
      this.emit(`}`);
      this.declare({ name: fs, ty: "fnarr", mut: false });
      if (useVar) this.declare({ name: i, ty: "num", mut: false });
    } else {
      // object with method shorthand using `this`
      const o = this.fresh("acc");
      this.emit(`const ${o} = {`);
      this.emit(`  total: 0,`);
      this.emit(`  items: [],`);
      this.emit(`  add(v) {`);
      this.emit(`    this.total += v;`);
      this.emit(`    if (this.items.length < 32) this.items.push(v);`);
      this.emit(`    return this.total;`);
      this.emit(`  },`);
      this.emit(`  get() { return this.total; },`);
      this.emit(`  list() { return this.items.slice(); },`);
      this.emit(`};`);
      this.declare({ name: o, ty: "acc", mut: false });
    }
    return true;
  }

  /**
   * Async code whose microtask order shows in a log: async functions awaiting values,
   * promises and each other beside then() chains; the combinators over fulfilled and
   * rejected inputs; await in try/catch/finally; thenables and promises returned from
   * async functions. Every rejection is handled (an unhandled one fails a VM run). The
   * top-level await makes the program async (the harness runs it so on V8).
   */
  private sAsync(): boolean {
    const log = this.fresh("alog");
    const out = this.fresh("av");
    const f = this.fresh("af");
    const kind = this.rng.int(5);
    const n = () => this.smallInt(0, 9);
    this.emit(`const ${log} = [];`);
    if (kind === 0) {
      const g = this.fresh("ag");
      this.emit(`async function ${g}(x) { ${log}.push("g" + x); ${this.rng.chance(0.5) ? "await null;" : ""} return x + 1; }`);
      this.emit(`async function ${f}(x) { ${log}.push("f" + x); const y = await ${g}(x); ${log}.push("f" + y); await ${this.rng.chance(0.5) ? "Promise.resolve(y)" : "y"}; return y * 2; }`);
      this.emit(`const ${out}p = ${f}(${n()});`);
      this.emit(`Promise.resolve(${n()}).then((v) => ${log}.push("t" + v)).then(() => ${log}.push("t2"))${this.rng.chance(0.5) ? `.then(() => ${log}.push("t3"))` : ""};`);
      this.emit(`${log}.push("sync");`);
      this.emit(`const ${out} = [await ${out}p, ${log}];`);
    } else if (kind === 1) {
      // Promise.race([]) never settles: it gets at least one input.
      const comb = ["all", "allSettled", "race", "any"][this.rng.int(4)];
      const items = () => {
        const xs: string[] = [];
        for (let i = this.rng.range(comb === "race" ? 1 : 0, 4); i > 0; i--) {
          const k = this.rng.int(4);
          xs.push(k === 0 ? n() : k === 1 ? `Promise.resolve(${n()})` : k === 2 ? `Promise.reject(${n()})` : `(async () => { await null; ${log}.push("x"); return ${n()}; })()`);
        }
        return `[${xs.join(", ")}]`;
      };
      this.emit(`let ${out};`);
      this.emit(`try { ${out} = await Promise.${comb}(${items()}); } catch (e) { ${out} = ["caught", e instanceof Error ? [e.name, e.message, e.errors] : e]; }`);
      this.emit(`Promise.${comb}(${items()}).then((v) => ${log}.push(JSON.stringify(v)), (e) => ${log}.push("r" + (e instanceof Error ? e.name : e)));`);
      this.emit(`Promise.resolve().then(() => ${log}.push("tick"));`);
      this.emit(`for (let i = 0; i < 4; i++) await null;`);
      this.emit(`${out} = [${out}, ${log}];`);
    } else if (kind === 2) {
      this.emit(`async function ${f}(x) {`);
      this.emit(`  try { ${log}.push("try"); if (x % 2) await Promise.reject(x); else await x; ${log}.push("ok"); return x; }`);
      this.emit(`  catch (e) { ${log}.push("catch" + e); ${this.rng.chance(0.5) ? "throw e + 1;" : "return -e;"} }`);
      this.emit(`  finally { await null; ${log}.push("finally"); }`);
      this.emit(`}`);
      this.emit(`const ${out} = [];`);
      this.emit(`for (const v of [${n()}, ${n()}]) { try { ${out}.push(await ${f}(v)); } catch (e) { ${out}.push("t" + e); } }`);
      this.emit(`${out}.push(${log});`);
    } else if (kind === 3) {
      this.emit(`const ${f} = { then(ok, no) { ${log}.push("then"); ${this.rng.chance(0.7) ? `ok(${n()})` : `no(${n()})`}; } };`);
      this.emit(`async function ${f}r() { ${log}.push("r"); return ${this.rng.chance(0.5) ? f : `Promise.resolve(${n()})`}; }`);
      this.emit(`const ${out}p = ${f}r().then((v) => ${log}.push("v" + v), (e) => ${log}.push("e" + e)).finally(() => ${log}.push("fin"));`);
      this.emit(`Promise.resolve().then(() => ${log}.push("a")).then(() => ${log}.push("b")).then(() => ${log}.push("c"));`);
      this.emit(`await ${out}p;`);
      this.emit(`const ${out} = ${log};`);
    } else {
      const c = this.fresh("AC");
      this.emit(`class ${c} { constructor(v) { this.v = v; } async get(d) { await null; ${log}.push("get" + this.v); return this.v + d; } static async make(v) { return new ${c}(await v); } }`);
      this.emit(`const ${out}o = await ${c}.make(${n()});`);
      this.emit(`const ${out} = [await Promise.all([${out}o.get(1), ${out}o.get(2), [${n()}].map(async (x) => x * 2)[0]]), ${log}];`);
    }
    this.declare({ name: out, ty: "any", mut: false });
    return true;
  }

  /** A generator function from a few shapes, driven in one of the ways scripts drive them. */
  private sGenerator(): boolean {
    const g = this.fresh("gen");
    const out = this.fresh("gv");
    const kind = this.rng.int(6);
    if (kind === 0) {
      // a filtered, scaled range, spread or destructured
      const k = this.smallInt(1, 4);
      this.emit(`function* ${g}(n, k) { for (let i = 0; i < n; i++) { if (i % k === 0) continue; yield i * k; } }`);
      if (this.rng.chance(0.5)) {
        this.emit(`const ${out} = [...${g}(${this.rng.range(0, 12)}, ${k})];`);
        this.declare({ name: out, ty: "arr", mut: false });
      } else {
        const a = this.fresh("ga");
        this.emit(`const [${a} = -1, ...${out}] = ${g}(${this.rng.range(0, 12)}, ${k});`);
        this.declare({ name: a, ty: "num", mut: false });
        this.declare({ name: out, ty: "arr", mut: false });
      }
    } else if (kind === 1) {
      // over an array, stopping early; Array.from or for-of with break
      const src = `${this.arr(1)}.slice(0, ${ARR_CAP})`;
      const t = this.numLit();
      this.emit(`function* ${g}(src, t) { for (const v of src) { if (v > t) return; yield v; } }`);
      if (this.rng.chance(0.5)) this.emit(`const ${out} = Array.from(${g}(${src}, ${t}));`);
      else {
        this.emit(`const ${out} = [];`);
        this.emit(`for (const v of ${g}(${src}, ${t})) { if (${out}.length > ${this.rng.range(1, 8)}) break; ${out}.push(v); }`);
      }
      this.declare({ name: out, ty: "arr", mut: false });
    } else if (kind === 2) {
      // values sent back through next(v)
      const it = this.fresh("git");
      this.emit(`function* ${g}(acc) { while (true) { const d = yield acc; if (d === undefined) return acc * 2; acc = acc + d; } }`);
      this.emit(`const ${it} = ${g}(${this.num(1)});`);
      this.emit(`${it}.next(${this.numLit()});`);
      this.emit(`const ${out} = [${it}.next(${this.num(1)}).value, ${it}.next(${this.numLit()}).value, ${it}.next().value, ${it}.next(1).done];`);
      this.declare({ name: out, ty: "any", mut: false });
    } else if (kind === 3) {
      // return() and throw() running finally blocks; for-of closing it on break
      const log = this.fresh("glog");
      const a = this.fresh("gi");
      const b = this.fresh("gj");
      this.emit(`const ${log} = [];`);
      this.emit(`function* ${g}(n) { try { for (let i = 0; i < n; i++) yield i; } catch (e) { ${log}.push("c" + e); yield -1; } finally { ${log}.push(n); } }`);
      this.emit(`const ${a} = ${g}(${this.rng.range(0, 5)}); ${a}.next();`);
      this.emit(`for (const v of ${g}(${this.rng.range(0, 5)})) { if (v === ${this.rng.range(0, 3)}) break; ${log}.push(v * 10); }`);
      this.emit(`const ${b} = ${g}(${this.rng.range(1, 4)}); ${b}.next();`);
      this.emit(`let ${out} = [${a}.return(${this.num(1)}), ${a}.next()];`);
      this.emit(`try { ${out}.push(${b}.throw(${this.smallInt(0, 9)}), ${b}.next(), ${b}.throw(${this.smallInt(0, 9)})); } catch (e) { ${out}.push("t" + e); }`);
      this.emit(`${out} = [${out}.map((r) => (typeof r === "string" ? r : [r.value, r.done])), ${log}];`);
      this.declare({ name: out, ty: "any", mut: false });
    } else if (kind === 4) {
      // yield* over a generator, an array and a string; the delegate's return value
      const inner = this.fresh("gin");
      this.emit(`function* ${inner}(a) { yield* a; return a.length; }`);
      this.emit(`function* ${g}(a, s) { const n = yield* ${inner}(a); yield n; yield* s; }`);
      this.emit(`const ${out} = [...${g}(${this.arr(1)}.slice(0, ${ARR_CAP}), ${this.str(1)}.slice(0, ${ARR_CAP}))];`);
      this.declare({ name: out, ty: "any", mut: false });
    } else {
      // generator methods of objects and classes, with this
      const c = this.fresh("GC");
      this.emit(`class ${c} { constructor(xs) { this.xs = xs; } *[Symbol.iterator]() { for (const x of this.xs) yield x + this.xs.length; } static *of(n) { while (n > 0) yield n--; } }`);
      this.emit(`const ${out} = [...new ${c}(${this.arr(1)}.slice(0, ${ARR_CAP})), ...${c}.of(${this.rng.range(0, 6)})];`);
      this.declare({ name: out, ty: "arr", mut: false });
    }
    return true;
  }

  // ---- user iterators, classes, descriptors -------------------------------------
  //
  // Each template logs what runs (next / return calls, constructor steps, setter writes)
  // into an array the program returns, so the order of the steps is compared, not only
  // the values.

  /** An iterator object of its own: `n` values from `start`, logging next() and return(). */
  private iterObject(log: string, n: string, start: string, throwAt: number): string {
    const thr = throwAt >= 0 ? ` if (this.i === ${throwAt}) throw "it" + this.i;` : "";
    return `{ i: 0, [Symbol.iterator]() { ${log}.push("I"); return this; }, next() { this.i++; ${log}.push("n" + this.i);${thr} return { value: ${start} + this.i, done: this.i > ${n} }; }, return(v) { ${log}.push("r" + this.i); return { done: true, value: v }; } }`;
  }

  private sUserIterator(): boolean {
    const log = this.fresh("ilog");
    const out = this.fresh("iv");
    const mk = this.fresh("mkIt");
    const kind = this.rng.int(9);
    const n = String(this.rng.range(0, 5));
    const throwAt = this.rng.chance(0.25) ? this.rng.range(1, 4) : -1;
    this.emit(`const ${log} = [];`);
    this.emit(`const ${mk} = (k) => (${this.iterObject(log, n, "k", throwAt)});`);
    const guard = (body: string) => (throwAt >= 0 ? `try { ${body} } catch (e) { ${log}.push("c" + e); }` : body);
    this.emit(`let ${out} = [];`);
    if (kind === 0) {
      const stop = this.rng.range(0, 4);
      const how = this.rng.pick(["break", `throw "b"`, "continue"]);
      this.emit(guard(`for (const v of ${mk}(${this.smallInt(0, 9)})) { if (v % 5 === ${stop}) { ${how === "continue" ? "continue" : how}; } ${out}.push(v); }`));
      if (how.startsWith("throw") && throwAt < 0) {
        this.out.pop();
        this.emit(`try { for (const v of ${mk}(${this.smallInt(0, 9)})) { if (v % 5 === ${stop}) throw "b"; ${out}.push(v); } } catch (e) { ${log}.push("c" + e); }`);
      }
    } else if (kind === 1) {
      this.emit(guard(`${out} = [...${mk}(${this.smallInt(0, 9)}), ...${mk}(1)];`));
    } else if (kind === 2) {
      if (this.rng.chance(0.5)) {
        const pat = this.rng.pick(["[a, b]", "[a, , b = -1]", "[a, ...b]", "[]", "[a = 9]"]);
        this.emit(guard(`{ const ${pat} = ${mk}(${this.smallInt(0, 9)}); ${out} = [${pat.includes("a") ? "a" : "0"}, ${pat.includes("b") ? "b" : "0"}]; }`));
      } else {
        // assignment to property targets: each target's object and key are evaluated before the step
        const t = `${out}t`;
        this.emit(`const ${t} = { set s(v) { ${log}.push("s" + v); } };`);
        this.emit(`const ${out}k = (x) => (${log}.push("k" + x), x);`);
        const pat = this.rng.pick([`[${t}.s, ${t}[${out}k("q")]]`, `[(${log}.push("o"), ${t}).s = -1, ...${t}[${out}k("r")]]`, `[, ${t}[${out}k(1)]]`]);
        this.emit(guard(`${pat} = ${mk}(${this.smallInt(0, 9)});`));
        this.emit(`({ [${out}k("a")]: ${t}[${out}k("b")], ...${t}[${out}k("c")] } = { a: 1, get z() { ${log}.push("z"); return 2; } });`);
        this.emit(`${out} = [${t}.q, ${t}.r, ${t}[1], ${t}.b, ${t}.c];`);
      }
    } else if (kind === 3) {
      const mapper = this.rng.pick(["", ", (v, i) => v * 10 + i", `, (v) => { if (v > 3) throw "m"; return v; }`]);
      const body = `${out} = Array.from(${mk}(${this.smallInt(0, 9)})${mapper});`;
      this.emit(mapper.includes("throw") || throwAt >= 0 ? `try { ${body} } catch (e) { ${log}.push("c" + e); }` : body);
    } else if (kind === 4) {
      // entries: pairs, or a bad entry (a number) that closes the iterator
      const bad = this.rng.chance(0.3);
      const ctor = this.rng.pick(["new Map", "Object.fromEntries"]);
      this.emit(`const ${out}e = { i: 0, [Symbol.iterator]() { return this; }, next() { this.i++; ${log}.push("n" + this.i); return { value: this.i === ${this.rng.range(1, 3)} && ${bad} ? this.i : ["k" + (this.i % 3), this.i], done: this.i > ${n} }; }, return() { ${log}.push("r" + this.i); return {}; } };`);
      const conv = ctor === "new Map" ? `[...${ctor}(${out}e)]` : `${ctor}(${out}e)`;
      this.emit(`try { ${out} = ${conv}; } catch (e) { ${log}.push(e instanceof TypeError ? "TypeError" : "other"); }`);
    } else if (kind === 5) {
      this.emit(guard(`{ const s = new Set(${mk}(${this.smallInt(0, 2)})); s.add(${this.smallInt(0, 9)}); ${out} = [...s, s.size]; }`));
    } else if (kind === 6) {
      // yield* forwarding to an iterator of its own, and the generator's early return closing it
      const g = this.fresh("ig");
      this.emit(`function* ${g}(k) { const r = yield* ${mk}(k); ${log}.push("ret" + r); yield -1; }`);
      const take = this.rng.range(0, 4);
      this.emit(guard(`{ const it = ${g}(${this.smallInt(0, 9)}); for (let i = 0; i < ${take}; i++) ${out}.push(it.next().value); ${out}.push(it.return(7)); }`));
    } else if (kind === 7) {
      // an iterator whose result's done and value are getters
      this.emit(`const ${out}o = { i: 0, [Symbol.iterator]() { return this; }, next() { const i = ++this.i; return { get done() { ${log}.push("d" + i); return i > ${n}; }, get value() { ${log}.push("v" + i); return i; } }; } };`);
      this.emit(`${out} = [...${out}o];`);
      this.emit(`${out}o.i = 0; for (const v of ${out}o) { if (v > 1) break; ${out}.push(v * 2); }`);
    } else {
      // an async generator under for await, beside other microtasks
      const ag = this.fresh("iag");
      this.emit(`async function* ${ag}(k) { try { for (let i = 0; i < ${n}; i++) { ${log}.push("y" + i); yield k + i; await null; } } finally { ${log}.push("f"); } }`);
      this.emit(`Promise.resolve().then(() => ${log}.push("t1")).then(() => ${log}.push("t2"));`);
      const brk = this.rng.range(0, 3);
      this.emit(`for await (const v of ${ag}(${this.smallInt(0, 9)})) { ${log}.push("v" + v); if (${out}.length === ${brk}) break; ${out}.push(v); }`);
      this.emit(`for await (const v of [${this.smallInt(0, 9)}, Promise.resolve(${this.smallInt(0, 9)})]) ${out}.push(v);`);
    }
    this.emit(`${out} = [${out}, ${log}];`);
    this.declare({ name: out, ty: "any", mut: false });
    return true;
  }

  private sClass(): boolean {
    const log = this.fresh("clog");
    const out = this.fresh("cv");
    const A = this.fresh("CA");
    const B = this.fresh("CB");
    const kind = this.rng.int(5);
    const k = () => this.smallInt(0, 9);
    this.emit(`const ${log} = [];`);
    if (kind === 0) {
      // fields (their order against the constructor), private members, accessors, statics
      this.emit(`class ${A} { a = (${log}.push("fa"), ${k()}); #p = ${k()}; static count = 0; static { ${log}.push("static"); } constructor(x) { ${log}.push("ctor"); this.x = x; ${A}.count++; } get p() { return this.#p; } set p(v) { ${log}.push("set" + v); this.#p = v * 2; } #twice() { return this.#p * 2; } sum() { return this.a + this.x + this.#twice(); } static has(o) { return #p in o; } }`);
      this.emit(`const ${out}o = new ${A}(${k()});`);
      this.emit(`${out}o.p = ${k()};`);
      this.emit(`const ${out} = [${out}o.sum(), ${out}o.p, ${A}.count, ${A}.has(${out}o), ${A}.has({}), Object.keys(${out}o), ${log}];`);
    } else if (kind === 1) {
      // extends: super() order against fields, super.method(), overriding, instanceof
      this.emit(`class ${A} { f = ${log}.push("fA"); constructor(x) { ${log}.push("A" + x); this.x = x; } m() { return "A" + this.x; } static s() { return "sA"; } }`);
      this.emit(`class ${B} extends ${A} { g = ${log}.push("fB"); constructor(x) { ${log}.push("B"); super(x + 1); ${log}.push("B2"); } m() { return "B" + super.m(); } static s() { return "sB" + super.s(); } }`);
      this.emit(`const ${out}o = new ${B}(${k()});`);
      this.emit(`const ${out} = [${out}o.m(), ${B}.s(), ${out}o instanceof ${A}, Object.getPrototypeOf(${B}) === ${A}, ${out}o.constructor === ${B}, Object.keys(${out}o), ${log}];`);
    } else if (kind === 2) {
      // subclasses of builtins
      const base = this.rng.pick(["Map", "Set", "Error", "Array"]);
      const init = base === "Map" ? `[[${k()}, ${k()}]]` : base === "Set" ? `[${k()}, ${k()}]` : base === "Error" ? `"u:m"` : `${k()}`;
      this.emit(`class ${A} extends ${base} { constructor(x) { super(x); this.tag = "t"; } extra() { return "e"; } }`);
      this.emit(`const ${out}o = new ${A}(${init});`);
      const probe = base === "Map" || base === "Set" ? `${out}o.size, [...${out}o]` : base === "Error" ? `${out}o.message, ${out}o.name, ${out}o instanceof Error` : `${out}o.length, Array.isArray(${out}o)`;
      this.emit(`const ${out} = [${out}o instanceof ${A}, ${out}o.extra(), ${out}o.tag, ${probe}];`);
    } else if (kind === 3) {
      // a class used before its declaration is finished, a class expression, computed members
      this.emit(`const ${A} = class Named { static make(n) { return new Named(n); } constructor(n) { this.n = n; } ["m" + ${k()}]() { return this.n; } get [Symbol.toStringTag]() { return "T" + this.n; } };`);
      this.emit(`const ${out}o = ${A}.make(${k()});`);
      this.emit(`const ${out} = [${A}.name, Object.getOwnPropertyNames(${A}.prototype), String(${out}o), typeof ${A}];`);
      this.emit(`try { ${A}(); } catch (e) { ${out}.push(e.name); }`);
    } else {
      // accessors on the prototype and static, shadowed by an instance field
      this.emit(`class ${A} { #v = ${k()}; static #all = []; get v() { ${log}.push("get"); return this.#v; } set v(x) { ${log}.push("set"); this.#v = x; ${A}.#all.push(x); } static get all() { return ${A}.#all.slice(); } }`);
      this.emit(`class ${B} extends ${A} { v2 = 1; get v() { return super.v * 10; } }`);
      this.emit(`const ${out}o = new ${B}(); ${out}o.v = ${k()};`);
      this.emit(`const ${out} = [${out}o.v, ${A}.all, Object.getOwnPropertyNames(${out}o), "v" in ${out}o, ${out}o.hasOwnProperty("v"), ${log}];`);
    }
    this.declare({ name: out, ty: "any", mut: false });
    return true;
  }

  private sDescriptors(): boolean {
    const out = this.fresh("dv");
    const o = this.fresh("dobj");
    const log = this.fresh("dlog");
    const kind = this.rng.int(4);
    const k = () => this.smallInt(0, 9);
    const desc = (d: { value?: string; get?: string; set?: string; writable?: boolean; enumerable?: boolean; configurable?: boolean }) =>
      `{ ${Object.entries(d).filter(([, v]) => v !== undefined).map(([n, v]) => `${n}: ${v}`).join(", ")} }`;
    const flags = () => ({ writable: this.rng.chance(0.5), enumerable: this.rng.chance(0.5), configurable: this.rng.chance(0.5) });
    this.emit(`const ${log} = [];`);
    this.emit(`const ${o} = { b: ${k()}, 2: ${k()}, a: ${k()} };`);
    if (kind === 0) {
      this.emit(`Object.defineProperty(${o}, "ro", ${desc({ value: k(), ...flags() })});`);
      this.emit(`Object.defineProperty(${o}, "1", ${desc({ get: `() => (${log}.push("g"), ${k()})`, enumerable: this.rng.chance(0.5), configurable: this.rng.chance(0.5) })});`);
      this.emit(`try { ${o}.ro = ${k()}; } catch (e) { ${log}.push(e.name); }`);
      this.emit(`try { ${o}[1] = 5; } catch (e) { ${log}.push(e.name); }`);
      this.emit(`try { delete ${o}.ro; } catch (e) { ${log}.push(e.name); }`);
      this.emit(`const ${out} = [Object.keys(${o}), JSON.stringify(${o}), ${o}.ro, Object.getOwnPropertyDescriptor(${o}, "ro"), Object.entries(${o}), ${log}];`);
    } else if (kind === 1) {
      this.emit(`Object.defineProperties(${o}, { x: ${desc({ value: k(), ...flags() })}, y: ${desc({ get: `function () { return this.b + 1; }`, set: `function (v) { ${log}.push("s" + v); }`, enumerable: this.rng.chance(0.5), configurable: true })} });`);
      this.emit(`${o}.y = ${k()};`);
      this.emit(`const ${out}d = Object.getOwnPropertyDescriptors(${o});`);
      this.emit(`const ${out} = [Object.keys(${out}d), ${out}d.x, typeof ${out}d.y.get, ${out}d.y.enumerable, { ...${o} }, ${log}];`);
    } else if (kind === 2) {
      const how = this.rng.pick(["freeze", "seal", "preventExtensions"]);
      this.emit(`Object.${how}(${o});`);
      this.emit(`try { ${o}.b = ${k()}; } catch (e) { ${log}.push("w" + e.name); }`);
      this.emit(`try { ${o}.nw = 1; } catch (e) { ${log}.push("a" + e.name); }`);
      this.emit(`try { delete ${o}.a; } catch (e) { ${log}.push("d" + e.name); }`);
      this.emit(`try { Object.defineProperty(${o}, "b", { value: ${k()} }); } catch (e) { ${log}.push("p" + e.name); }`);
      this.emit(`const ${out} = [Object.isFrozen(${o}), Object.isSealed(${o}), Object.isExtensible(${o}), Object.entries(${o}), ${log}];`);
    } else {
      // redefining: configurable or not, data to accessor and back
      const conf = this.rng.chance(0.5);
      this.emit(`Object.defineProperty(${o}, "z", { value: ${k()}, writable: ${this.rng.chance(0.5)}, configurable: ${conf} });`);
      this.emit(`try { Object.defineProperty(${o}, "z", { get() { return 1; } }); } catch (e) { ${log}.push(e.name); }`);
      this.emit(`try { Object.defineProperty(${o}, "z", { value: ${k()} }); } catch (e) { ${log}.push(e.name); }`);
      this.emit(`try { Object.defineProperty(${o}, "z", { enumerable: true }); } catch (e) { ${log}.push(e.name); }`);
      this.emit(`const ${out} = [Object.getOwnPropertyDescriptor(${o}, "z").value, Object.getOwnPropertyDescriptor(${o}, "z").enumerable, Object.keys(${o}), ${o}.propertyIsEnumerable("z"), ${log}];`);
    }
    this.declare({ name: out, ty: "any", mut: false });
    return true;
  }

  private sRecursion(): boolean {
    const kind = this.rng.int(5);
    const f = this.fresh("rec");
    const sig = (params: Ty[], ret: Ty, cost: number): Sig => ({ params, ret, cost, throws: false, grows: false, optional: 0 });
    if (kind === 0) {
      this.emit(`function ${f}(n) {`);
      this.emit(`  if (!(n > 1)) return 1;`);
      this.emit(`  if (n > 12) n = 12;`);
      this.emit(`  return n * ${f}(n - 1);`);
      this.emit(`}`);
      this.declare({ name: f, ty: "fn", mut: false, sig: sig(["num"], "num", 14) });
    } else if (kind === 1) {
      this.emit(`function ${f}(n) {`);
      this.emit(`  if (!(n > 1)) return n;`);
      this.emit(`  if (n > 12) n = 12;`);
      this.emit(`  return ${f}(n - 1) + ${f}(n - 2);`);
      this.emit(`}`);
      this.declare({ name: f, ty: "fn", mut: false, sig: sig(["num"], "num", 500) });
    } else if (kind === 2) {
      this.emit(`function ${f}(xs, i = 0) {`);
      this.emit(`  if (i >= xs.length || i > 40) return 0;`);
      this.emit(`  return xs[i] + ${f}(xs, i + 1);`);
      this.emit(`}`);
      this.declare({ name: f, ty: "fn", mut: false, sig: sig(["arr"], "num", 42) });
    } else if (kind === 3) {
      const g = this.fresh("rec");
      this.emit(`function ${f}(n) {`);
      this.emit(`  if (!(n > 0)) return true;`);
      this.emit(`  if (n > 30) n = 30;`);
      this.emit(`  return ${g}(n - 1);`);
      this.emit(`}`);
      this.emit(`function ${g}(n) {`);
      this.emit(`  return n > 0 ? ${f}(n - 1) : false;`);
      this.emit(`}`);
      this.declare({ name: f, ty: "fn", mut: false, sig: sig(["num"], "bool", 32) });
      this.declare({ name: g, ty: "fn", mut: false, sig: sig(["num"], "bool", 32) });
    } else {
      this.emit(`function ${f}(s, n) {`);
      this.emit(`  if (!(n > 0)) return "";`);
      this.emit(`  if (n > 8) n = 8;`);
      this.emit(`  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + ${f}(s, n - 1);`);
      this.emit(`}`);
      this.declare({ name: f, ty: "fn", mut: false, sig: sig(["str", "num"], "str", 10) });
    }
    return true;
  }

  // ---- accessors, hooks, throwing callbacks, deep chains ----------------------
  //
  // These families run guest code from inside an operation: a getter from a property read,
  // valueOf from `+`, toJSON from JSON.stringify, a callback from map. Each use is charged the
  // work of the code it runs, and a use whose code may throw is emitted only where the throw
  // is caught (throwOk), as for calls of throwing functions. Hooks keep a counter (`this.n`)
  // that programs read back, so an extra or a missing hook call shows up as a mismatch.
  // Hooked keys are written only with `=` and a literal right-hand side: when ToPropertyKey
  // runs relative to the right-hand side differs between engines and spec editions.

  /** May an expression that can throw be emitted here? (inside try, or in a function then marked as throwing) */
  private throwOk(): boolean {
    return this.inTry > 0 || this.fnThrowsAllowed();
  }
  private noteThrow(): void {
    if (this.inTry === 0) this.fnThrows = true;
  }
  /** Charge guest code of cost c that may throw; false (nothing charged) when it may not run here. */
  private runs(c: number, throws: boolean): boolean {
    const total = c * this.mul;
    if (total > CALL_BUDGET || this.totalCost + total > PROGRAM_BUDGET) return false;
    if (throws && !this.throwOk()) return false;
    if (throws) this.noteThrow();
    this.cost += total;
    this.totalCost += total;
    return true;
  }
  /** Generate the body of a method (getter, setter, hook, chain level) in its own function context. */
  private inMethod(params: Array<{ name: string; ty: Ty }>, body: () => string): { code: string; cost: number; throws: boolean } {
    let code = "";
    const info = this.withFunction(params, "num", () => {
      code = body();
    });
    return { code, cost: info.cost, throws: info.throws };
  }
  /** `if (<counter> > K) throw V;` at the start of a hook body (feature hookThrows), or "". */
  private hookGuard(p = 0.3): string {
    if (!this.on("hookThrows") || !this.rng.chance(p)) return "";
    this.noteThrow();
    return `if (${this.rng.pick(["++this.n", "this.n++", "this.n"])} > ${this.rng.range(0, 4)}) throw ${this.throwValue()}; `;
  }
  /** How a catch block records an error: the program's own messages ("u:…"), else the name or the value. */
  private errRecord(e: string): string {
    return `(typeof ${e}?.message === "string" && ${e}.message.slice(0, 2) === "u:" ? ${e}.message.slice(0, 12) : String(${e}?.name ?? ${e}))`;
  }
  /** A member name in an object literal, written in one of its equivalent forms. */
  private memberKey(name: string): string {
    if (/^\d+$/.test(name)) return this.rng.pick([name, JSON.stringify(name), `[${name}]`, `[${JSON.stringify(name)}]`]);
    const forms = [name, name, JSON.stringify(name), `[${JSON.stringify(name)}]`];
    if (name.length > 1) forms.push(`[${JSON.stringify(name.slice(0, 1))} + ${JSON.stringify(name.slice(1))}]`);
    return this.rng.pick(forms);
  }

  /**
   * `const g = { _v, n, get a() {…}, set a(v) {…}, set c(v) {…}, x: 1 }` and the array of its
   * keys `gk` (members, the backing field, and a key it lacks), read and written through
   * `g[gk[i]]`: computed member access that reaches getters and setters.
   */
  private sAccessorObj(): boolean {
    const g = this.fresh("g");
    const ks = this.fresh("gk");
    const names = this.rng.sample(ACC_KEYS, this.rng.range(2, 4));
    const fields: Array<{ name: string; ty: Ty }> = [
      { name: "this._v", ty: "num" },
      { name: "this.n", ty: "num" },
    ];
    const lines = [`_v: ${this.numLit()},`, "n: 0,"];
    const slots: AccSlot[] = [];
    let getters = 0;
    names.forEach((name, idx) => {
      let kind = this.rng.pick(["get", "both", "both", "set", "data"] as const) as AccSlot["kind"];
      if (getters === 0 && idx === names.length - 1) kind = this.rng.pick(["get", "both"] as const);
      const slot: AccSlot = { key: name, kind, readCost: 1, writeCost: 1, readThrows: false, writeThrows: false };
      if (kind === "data") lines.push(`${this.memberKey(name)}: ${this.numLit()},`);
      if (kind === "get" || kind === "both") {
        getters++;
        const m = this.inMethod(fields, () => {
          const guard = this.hookGuard();
          const pre = this.rng.pick(["", "", "this.n++; ", "this.n += 1; "]);
          return `${guard}${pre}return ${this.bounded("num", this.rng.range(1, 2))};`;
        });
        lines.push(`get ${this.memberKey(name)}() { ${m.code} },`);
        slot.readCost = m.cost + 1;
        slot.readThrows = m.throws;
      }
      if (kind === "set" || kind === "both") {
        const v = this.fresh("v");
        const m = this.inMethod([...fields, { name: v, ty: "num" }], () => {
          let guard = "";
          if (this.on("hookThrows") && this.rng.chance(0.25)) {
            this.noteThrow();
            guard = `if (${v} ${this.rng.pick([">", "<", "==="])} ${this.numLit()}) throw ${this.throwValue()}; `;
          }
          const target = this.rng.pick(["this._v", "this._v", "this.n"]);
          const rhs = this.rng.chance(0.5) ? v : `(${v} ${this.rng.pick(["+", "-", "*"])} ${this.bounded("num", 1)})`;
          return `${guard}${target} ${this.rng.pick(["=", "=", "+="])} ${rhs};`;
        });
        lines.push(`set ${this.memberKey(name)}(${v}) { ${m.code} },`);
        slot.writeCost = m.cost + 1;
        slot.writeThrows = m.throws;
      }
      slots.push(slot);
    });
    const plain = { readCost: 1, writeCost: 1, readThrows: false, writeThrows: false };
    slots.push({ key: "_v", kind: "data", ...plain }, { key: "zz", kind: "none", ...plain });
    const order = this.rng.sample(slots, slots.length);
    this.emit(`const ${g} = {`);
    for (const l of lines) this.emit(`  ${l}`);
    this.emit(`};`);
    this.emit(`const ${ks} = [${order.map((s) => JSON.stringify(s.key)).join(", ")}];`);
    this.declare({ name: g, ty: "gobj", mut: false, acc: { keys: ks, slots: order } });
    return true;
  }

  private static isGetter(s: AccSlot): boolean {
    return s.kind === "get" || s.kind === "both";
  }
  private static isSetter(s: AccSlot): boolean {
    return s.kind === "set" || s.kind === "both";
  }
  /** Total read cost of every member, and whether any getter may throw (spread, Object.values, JSON). */
  private static readAll(m: AccMeta): { cost: number; throws: boolean } {
    let cost = 1;
    let throws = false;
    for (const s of m.slots) {
      cost += Gen.isGetter(s) ? s.readCost : 1;
      throws ||= Gen.isGetter(s) && s.readThrows;
    }
    return { cost, throws };
  }

  /** A read of one member of an accessor object (a number, or the fallback for setters and missing keys). */
  private accRead(): string | null {
    const g = this.varOf("gobj");
    if (!g) return null;
    const m = g.acc!;
    const i = this.rng.int(m.slots.length);
    const s = m.slots[i];
    const getter = Gen.isGetter(s);
    if (!this.runs(getter ? s.readCost + 1 : 1, getter && s.readThrows)) return null;
    const fallback = this.numLit();
    const key = `${m.keys}[${i}]`;
    return this.tryChoose<string>([
      [6, () => `(${g.name}[${key}] ?? ${fallback})`],
      [2, () => `(${g.name}[${JSON.stringify(s.key)}] ?? ${fallback})`],
      [1, () => (/^\d+$/.test(s.key) ? `(${g.name}[${s.key}] ?? ${fallback})` : null)],
      [1, () => (/^[a-z_]\w*$/i.test(s.key) ? `(${g.name}.${s.key} ?? ${fallback})` : null)],
      // the key passes through a parameter, as in `function get(k) { return o[k]; }`
      [2, () => `(((k) => ${g.name}[k])(${key}) ?? ${fallback})`],
      [1, () => `((function (k) { return ${g.name}[k]; })(${key}) ?? ${fallback})`],
      // a key computed at run time; the index is always within the key array
      [
        2,
        () => {
          const first4 = m.slots.slice(0, 4);
          const cost = Math.max(...first4.map((x) => (Gen.isGetter(x) ? x.readCost : 1)));
          const throws = first4.some((x) => Gen.isGetter(x) && x.readThrows);
          if (!this.runs(cost, throws)) return null;
          return `(${g.name}[${m.keys}[${this.num(1)} & 3]] ?? ${fallback})`;
        },
      ],
      [1, () => `(${g.name}?.[${key}] ?? ${fallback})`],
      [1, () => `${g.name}.n`],
      [
        // an update as a value: reads the getter, writes through the setter (a TypeError without one)
        2,
        () => {
          if (Gen.isSetter(s) || s.kind === "none" || s.kind === "data") {
            const wcost = Gen.isSetter(s) ? s.writeCost : 1;
            if (!this.runs(wcost, Gen.isSetter(s) && s.writeThrows)) return null;
          } else if (!this.runs(1, true)) return null;
          if (s.kind === "none") s.kind = "data";
          return this.rng.pick([`(${g.name}[${key}]++)`, `(--${g.name}[${key}])`, `(${g.name}[${key}] += ${this.numLit()})`]);
        },
      ],
    ]);
  }

  /** `const { a: x = 1, [gk[i]]: y = 2 } = g`: destructuring reads getters. */
  private sAccDestructure(): boolean {
    const g = this.varOf("gobj");
    if (!g || !this.on("destructuring")) return false;
    const m = g.acc!;
    const picks = this.rng.sample(
      m.slots.map((s, i) => ({ s, i })),
      this.rng.range(1, 3),
    );
    let cost = 1;
    let throws = false;
    for (const { s } of picks) {
      cost += Gen.isGetter(s) ? s.readCost : 1;
      throws ||= Gen.isGetter(s) && s.readThrows;
    }
    if (!this.runs(cost, throws)) return false;
    const decls: Var[] = [];
    const parts = picks.map(({ s, i }) => {
      const name = this.fresh("n");
      decls.push({ name, ty: "num", mut: false, konst: true, level: this.level });
      const key = this.rng.chance(0.5) ? `[${m.keys}[${i}]]` : /^[a-z_]\w*$/i.test(s.key) ? s.key : JSON.stringify(s.key);
      return `${key}: ${name} = ${this.numLit()}`;
    });
    this.emit(`const { ${parts.join(", ")} } = ${g.name};`);
    for (const v of decls) this.declare(v);
    return true;
  }

  /** Writes through computed keys: `g[gk[i]] = v`, `+=`, `??=`, `++`, Object.assign. */
  private sAccMut(): boolean {
    const g = this.varOf("gobj");
    if (!g) return false;
    const m = g.acc!;
    const i = this.rng.int(m.slots.length);
    const s = m.slots[i];
    const op = this.rng.pick(["=", "=", "+=", "-=", "*=", "??=", "||=", "&&=", "++", "--", "assign"]);
    const reads = op !== "=" && op !== "assign";
    const getter = Gen.isGetter(s);
    const setter = Gen.isSetter(s);
    // Writing a getter-only member is a TypeError in strict mode.
    const throws = (reads && getter && s.readThrows) || (setter && s.writeThrows) || s.kind === "get";
    const cost = (reads && getter ? s.readCost : 1) + (setter ? s.writeCost : 1);
    if (!this.runs(cost, throws)) return false;
    const target = `${g.name}[${this.rng.chance(0.8) ? `${m.keys}[${i}]` : JSON.stringify(s.key)}]`;
    if (s.kind === "none" && op !== "&&=") s.kind = "data"; // the write adds a data property
    if (op === "assign") this.emit(`Object.assign(${g.name}, { ${JSON.stringify(s.key)}: ${this.num(1)} });`);
    else if (op === "++" || op === "--") this.emit(this.rng.chance(0.5) ? `${target}${op};` : `${op}${target};`);
    else this.emit(`${target} ${op} ${this.num(1)};`);
    return true;
  }

  /** Accessor objects seen whole: spread, Object.values / keys, JSON.stringify, `in`. */
  private accWhole(ty: "obj" | "arr" | "sarr" | "str" | "bool"): string | null {
    const g = this.varOf("gobj");
    if (!g) return null;
    const m = g.acc!;
    if (ty === "sarr") return `Object.keys(${g.name})`;
    if (ty === "bool") return `(${JSON.stringify(this.rng.pick(m.slots).key)} in ${g.name})`;
    const all = Gen.readAll(m);
    if (!this.runs(all.cost, all.throws)) return null;
    if (ty === "obj") return this.rng.chance(0.7) ? `({ ...${g.name} })` : `Object.assign({}, ${g.name})`;
    if (ty === "arr") return `Object.values(${g.name})`;
    this.growth++;
    return `JSON.stringify(${g.name})`;
  }

  /** `const h = { n: 0, valueOf() {…}, toString() {…}, toJSON(k) {…} }` (some of them). */
  private sHookObj(): boolean {
    const h = this.fresh("h");
    const fields: Array<{ name: string; ty: Ty }> = [{ name: "this.n", ty: "num" }];
    const shape = this.rng.int(4); // 0 valueOf, 1 toString, 2 both, 3 valueOf returning an object, then toString
    const meta: HookMeta = { valueOf: shape !== 1, toString: shape !== 0, toJSON: false, cost: 1, throws: false, jsonThrows: false };
    const lines = ["n: 0,"];
    if (meta.valueOf) {
      const m = this.inMethod(fields, () => {
        const guard = this.hookGuard();
        const pre = this.rng.pick(["this.n++; ", "this.n++; ", "", "this.n += 1; "]);
        return shape === 3 ? `${guard}${pre}return {};` : `${guard}${pre}return ${this.bounded("num", this.rng.range(1, 2))};`;
      });
      lines.push(`valueOf() { ${m.code} },`);
      meta.cost += m.cost;
      meta.throws ||= m.throws;
    }
    if (meta.toString) {
      const m = this.inMethod(fields, () => {
        const guard = this.hookGuard(0.2);
        const pre = this.rng.pick(["this.n++; ", "", ""]);
        // Hooked objects are used as property keys: toString gives keys plain objects have.
        const body = this.rng.pick([
          () => JSON.stringify(this.rng.pick(OBJ_KEYS)),
          () => JSON.stringify(this.rng.pick(OBJ_KEYS)),
          () => `"k" + this.n`,
          () => `String(this.n)`,
          () => `${JSON.stringify(this.rng.pick(OBJ_KEYS))}.repeat(${this.smallInt(0, 2)})`,
        ])();
        return `${guard}${pre}return ${body};`;
      });
      lines.push(`toString() { ${m.code} },`);
      meta.cost += m.cost;
      meta.throws ||= m.throws;
    }
    let jsonCost = 1;
    if (this.on("json") && this.rng.chance(0.4)) {
      const k = this.fresh("k");
      const m = this.inMethod([...fields, { name: k, ty: "str" }], () => {
        const guard = this.hookGuard(0.2);
        const body = this.rng.pick([
          () => `${k} + ":" + this.n`,
          () => this.bounded("num", 1),
          () => `{ k: ${k}, n: this.n }`,
          () => `[this.n, ${this.numLit()}]`,
        ])();
        return `${guard}this.n++; return ${body};`;
      });
      lines.push(`toJSON(${k}) { ${m.code} },`);
      meta.toJSON = true;
      jsonCost = m.cost;
      meta.jsonThrows = m.throws;
    }
    this.emit(`const ${h} = {`);
    for (const l of lines) this.emit(`  ${l}`);
    this.emit(`};`);
    this.declare({ name: h, ty: "hobj", mut: false, hook: { ...meta, cost: Math.max(meta.cost, jsonCost) } });
    return true;
  }

  /** A use of a hooked object that converts it (n conversions) as a number / string / boolean. */
  private hookUse(ty: "num" | "str" | "bool" | "arr" | "sarr" | "obj", d: number): string | null {
    const hv = this.varOf("hobj");
    if (!hv) return null;
    const h = hv.name;
    const m = hv.hook!;
    const conv = (n: number) => this.runs(m.cost * n, m.throws);
    const json = () => this.runs(m.cost, m.toJSON && m.jsonThrows);
    const plainObj = () => this.varOf("obj");
    switch (ty) {
      case "num":
        return this.tryChoose<string>([
          [2, () => `${h}.n`],
          [
            8,
            () =>
              conv(1)
                ? this.rng.pick([
                    () => `(${h} + ${this.num(d)})`,
                    () => `(${this.num(d)} - ${h})`,
                    () => `(${h} * ${this.numLit()})`,
                    () => `(-${h})`,
                    () => `(+${h})`,
                    () => `Number(${h})`,
                    () => `(${h} | 0)`,
                    () => `(${h} % ${this.numLit()})`,
                    () => `Math.max(${h}, ${this.num(d)})`,
                    () => `Math.abs(${h})`,
                  ])()
                : null,
          ],
          [
            3,
            () =>
              conv(2)
                ? this.rng.pick([
                    () => `(${h} - ${h})`,
                    () => `[${h}, ${h}].reduce((x, y) => x + y, 0)`,
                    () => `[1, 2].map((p) => p * ${h})[1]`,
                    () => `Math.min(${h}, ${h})`,
                  ])()
                : null,
          ],
          [
            3,
            () => {
              const o = plainObj();
              return o && conv(1) ? `(${o.name}[${h}] ?? ${this.numLit()})` : null;
            },
          ],
        ]);
      case "str":
        this.growth++;
        return this.tryChoose<string>([
          [
            8,
            () =>
              conv(1)
                ? this.rng.pick([
                    () => `\`\${${h}}\``,
                    () => `\`<\${${h}}>\``,
                    () => `("" + ${h})`,
                    () => `(${this.strLit()} + ${h})`,
                    () => `String(${h})`,
                    () => `[${h}, ${this.numLit()}].join(${this.rng.pick(SEPS)})`,
                    () => `${this.str(d)}.concat(${h})`,
                    () => `[${h}].map(String)[0]`,
                  ])()
                : null,
          ],
          [2, () => (conv(2) ? `\`\${${h}}:\${${h}}\`` : null)],
          // a later substitution runs the hooks again: each substitution is converted before the next is evaluated
          [this.on("templateOrder") ? 2 : 0, () => (conv(2) ? this.rng.pick([`\`\${${h}}|\${+${h}}\``, `\`\${${h}}|\${${h} + ""}|\${${h}.n}\``, `("" + ${h} + (${h} * 1))`]) : null)],
          [
            this.on("json") ? 4 : 0,
            () =>
              json()
                ? this.rng.pick([
                    () => `JSON.stringify(${h})`,
                    () => `JSON.stringify([${h}, ${this.numLit()}])`,
                    () => `JSON.stringify({ a: ${h}, b: [${h}] })`,
                  ])()
                : null,
          ],
        ]);
      case "bool":
        return this.tryChoose<string>([
          [1, () => `(${h} === ${h})`],
          [
            6,
            () =>
              conv(1)
                ? this.rng.pick([
                    () => `(${h} < ${this.num(d)})`,
                    () => `(${this.num(d)} >= ${h})`,
                    () => `(${h} == ${this.num(d)})`,
                    () => `(${h} == ${this.strLit()})`,
                    () => `(${h} > ${this.strLit()})`,
                    () => `${this.str(d)}.includes(${h})`,
                  ])()
                : null,
          ],
          [
            2,
            () => {
              const o = plainObj();
              return o && conv(1) ? `(${h} in ${o.name})` : null;
            },
          ],
        ]);
      case "arr":
        return conv(2) ? this.rng.pick([`[${h}, ${h}].map(Number)`, `[${h}, 1].map((p) => p * 2)`, `[${h}].map((p) => -p)`]) : null;
      case "sarr":
        return conv(2) ? this.rng.pick([`[${h}, ${h}].map(String)`, `[${h}].map((p) => \`\${p}\`)`]) : null;
      case "obj":
        return conv(1) ? `({ [${h}]: ${this.numLit()} })` : null;
    }
  }

  /** `o[h] = 1`, `delete o[h]`: a hooked object as the key of a plain object. */
  private sHookKey(): boolean {
    const hv = this.varOf("hobj");
    const o = this.varOf("obj");
    if (!hv || !o) return false;
    const m = hv.hook!;
    if (!this.runs(m.cost, m.throws)) return false;
    if (this.rng.chance(0.2)) this.emit(`delete ${o.name}[${hv.name}];`);
    else this.emit(`${o.name}[${hv.name}] = ${this.numLit()};`);
    return true;
  }

  /**
   * A callback that may throw, for a builtin that calls back (map, filter, reduce, some,
   * find, sort, replace, JSON reviver/replacer). Only where the throw is caught.
   */
  private throwingCallback(pty: "num" | "str", bty: Ty, d: number): string | null {
    if (!this.throwOk()) return null;
    this.noteThrow();
    const p = this.fresh("p");
    const thrown = this.throwValue();
    this.pushScope();
    this.declare({ name: p, ty: pty, mut: false });
    const saveMul = this.mul;
    this.mul *= CALLBACK_MUL;
    const cond = pty === "num" ? `${p} ${this.rng.pick([">", "<", "==="])} ${this.numLit()}` : `${p} === ${this.strLit()}`;
    const body = this.bounded(bty, d);
    this.mul = saveMul;
    this.popScope();
    return `(${p}) => { if (${cond}) throw ${thrown}; return ${body}; }`;
  }

  /** A callback whose body is inside try: throwing code may run there; catch gives a fallback. */
  private catchingCallback(pty: Ty, bty: "num" | "str" | "bool", d: number): string {
    const p = this.fresh("p");
    const e = this.fresh("e");
    this.pushScope();
    this.declare({ name: p, ty: pty, mut: false });
    const saveMul = this.mul;
    this.mul *= CALLBACK_MUL;
    this.inTry++;
    const body = this.bounded(bty, d);
    this.inTry--;
    this.mul = saveMul;
    this.popScope();
    const fallback = bty === "num" ? this.numLit() : bty === "str" ? this.strLit() : "false";
    const log = this.varOf("sarr");
    const fin = log && this.rng.chance(0.4) ? ` finally { if (${log.name}.length < 30) ${log.name}.push(${this.strLit()}); }` : "";
    const record = this.rng.chance(0.5) ? `return ${fallback};` : `return ${bty === "str" ? this.errRecord(e) : fallback};`;
    return `(${p}) => { try { return ${body}; } catch (${e}) { ${record} }${fin} }`;
  }

  /** Builtins calling back into code that throws or catches (feature hookThrows). */
  private throwingBuiltin(ty: "num" | "str" | "bool" | "arr", d: number): string | null {
    const a = () => this.arr(d);
    switch (ty) {
      case "arr":
        return this.tryChoose<string>([
          [3, () => `${a()}.map(${this.catchingCallback("num", "num", d)})`],
          [
            3,
            () => {
              const cb = this.throwingCallback("num", "num", d);
              return cb ? `${a()}.map(${cb})` : null;
            },
          ],
          [
            2,
            () => {
              const cb = this.throwingCallback("num", "bool", d);
              return cb ? `${a()}.filter(${cb})` : null;
            },
          ],
          [
            2,
            () => {
              const cb = this.throwingCallback("num", "num", d);
              return cb ? `${a()}.flatMap(${cb})` : null;
            },
          ],
          [
            this.on("sort") ? 2 : 0,
            () => {
              // The comparator is pure until it throws, and the thrown value does not depend on
              // which pair was compared: any correct sort compares every element of a 2+ array.
              if (!this.throwOk()) return null;
              this.noteThrow();
              const x = this.fresh("x");
              const y = this.fresh("y");
              const t = this.numLit();
              return `${a()}.filter((${x}) => ${x} === ${x}).sort((${x}, ${y}) => { if (${x} > ${t} || ${y} > ${t}) throw ${this.throwValue()}; return ${x} - ${y}; })`;
            },
          ],
          [
            this.on("json") ? 2 : 0,
            () => {
              const lits = Array.from({ length: this.rng.range(1, 4) }, () => this.rng.range(0, 9));
              const k = this.fresh("k");
              const v = this.fresh("v");
              const t = this.rng.pick(lits);
              const guard = this.throwOk() ? `if (${v} === ${t}) throw ${this.throwValue()}; ` : "";
              if (guard) this.noteThrow();
              return `JSON.parse(${JSON.stringify(JSON.stringify(lits))}, (${k}, ${v}) => { ${guard}return typeof ${v} === "number" ? ${v} * 2 : ${v}; })`;
            },
          ],
        ]);
      case "num":
        return this.tryChoose<string>([
          [
            3,
            () => {
              if (!this.throwOk()) return null;
              this.noteThrow();
              const acc = this.fresh("acc");
              const x = this.fresh("x");
              return `${a()}.reduce((${acc}, ${x}) => { if (${x} > ${this.numLit()}) throw ${this.throwValue()}; return ${acc} + ${x}; }, ${this.smallInt(0, 2)})`;
            },
          ],
          [
            2,
            () => {
              const cb = this.throwingCallback("num", "bool", d);
              return cb ? `(${a()}.find(${cb}) ?? ${this.numLit()})` : null;
            },
          ],
          [
            1,
            () => {
              const cb = this.throwingCallback("num", "bool", d);
              return cb ? `${a()}.findIndex(${cb})` : null;
            },
          ],
          [2, () => `${a()}.map(${this.catchingCallback("num", "num", d)}).length`],
        ]);
      case "bool":
        return this.tryChoose<string>([
          [
            3,
            () => {
              const cb = this.throwingCallback("num", "bool", d);
              return cb ? `${a()}.${this.rng.pick(["some", "every"])}(${cb})` : null;
            },
          ],
        ]);
      case "str":
        return this.tryChoose<string>([
          [
            3,
            () => {
              const cb = this.throwingCallback("str", "str", d);
              if (!cb) return null;
              this.growth++;
              return `${this.str(d)}.replace(/[a-z]/g, ${cb})`;
            },
          ],
          [
            2,
            () => {
              const cb = this.throwingCallback("str", "str", d);
              if (!cb) return null;
              this.growth++;
              return `${this.sarr(d)}.map(${cb}).join(${this.rng.pick(SEPS)})`;
            },
          ],
          [
            this.on("json") ? 2 : 0,
            () => {
              if (!this.throwOk()) return null;
              this.noteThrow();
              const k = this.fresh("k");
              const v = this.fresh("v");
              this.growth++;
              return `JSON.stringify(${a()}, (${k}, ${v}) => { if (${v} === ${this.smallInt(0, 5)}) throw ${this.throwValue()}; return ${v}; })`;
            },
          ],
          [2, () => `${this.sarr(d)}.map(${this.catchingCallback("str", "str", d)}).join(${this.rng.pick(SEPS)}).slice(0, ${STR_CAP})`],
        ]);
    }
  }

  /**
   * A chain of 2–5 functions, each reaching the next through a builtin with a callback, a
   * getter read through a computed key, a valueOf / toString / toJSON hook or a setter, with
   * try/catch, try/finally or a rethrow at some levels and a throw at the bottom. The catches
   * log into an array that the program may return. The outermost function is then called.
   */
  private sDeepChain(): boolean {
    const id = ++this.counter;
    const levels = this.rng.range(2, 5);
    const lg = `lg${id}`;
    this.emit(`const ${lg} = [];`);
    let next: { name: string; cost: number; throws: boolean } | null = null;
    for (let level = levels; level >= 1; level--) {
      const name = `dc${id}_${level}`;
      const v = this.fresh("v");
      const params = [{ name: v, ty: "num" as Ty }];
      if (next === null) {
        const m = this.inMethod(params, () => {
          let guard = "";
          if (this.on("hookThrows") && this.rng.chance(0.6)) {
            this.noteThrow();
            guard = `if (${v} ${this.rng.pick([">", "<", "==="])} ${this.rng.pick(["0", "1", "2", "3", "5", "(-1)"])}) throw ${this.throwValue()}; `;
          }
          return `${guard}return ${this.bounded("num", this.rng.range(1, 2))};`;
        });
        this.emit(`function ${name}(${v}) { ${m.code} }`);
        next = { name, cost: m.cost + 1, throws: m.throws };
        continue;
      }
      const nx: { name: string; cost: number; throws: boolean } = next;
      const [through, fanout] = this.through(nx.name, v);
      const wrap = this.rng.pick(["none", "catch", "catch", "finally", "both", "rethrow"] as const);
      const e = this.fresh("e");
      const own = this.on("hookThrows") && this.rng.chance(0.2);
      const ownGuard = own ? `if (${v} > ${this.rng.pick(["2", "4", "10"])}) throw ${this.throwValue()};` : "";
      const logLine = (tag: string) => `if (${lg}.length < 24) ${lg}.push(${tag});`;
      this.emit(`function ${name}(${v}) {`);
      if (ownGuard) this.emit(`  ${ownGuard}`);
      if (wrap === "none") this.emit(`  return ${through};`);
      else {
        this.emit(`  try {`);
        this.emit(`    return ${through};`);
        if (wrap === "catch" || wrap === "both") {
          this.emit(`  } catch (${e}) {`);
          this.emit(`    ${logLine(`"c${level}:" + ${this.errRecord(e)}`)}`);
          this.emit(`    return ${this.numLit()};`);
        }
        if (wrap === "rethrow") {
          this.emit(`  } catch (${e}) {`);
          this.emit(`    ${logLine(`"r${level}"`)}`);
          this.emit(`    throw ${e};`);
        }
        if (wrap === "finally" || wrap === "both") {
          this.emit(`  } finally {`);
          this.emit(`    ${logLine(`"f${level}:" + ${v}`)}`);
        }
        this.emit(`  }`);
      }
      this.emit(`}`);
      const caught = wrap === "catch" || wrap === "both";
      next = { name, cost: fanout * nx.cost + 4, throws: own || (nx.throws && !caught) };
    }
    const top = next!;
    this.declare({ name: lg, ty: "sarr", mut: false });
    const sig: Sig = { params: ["num"], ret: "num", cost: top.cost, throws: top.throws, grows: false, optional: 0 };
    this.declare({ name: top.name, ty: "fn", mut: false, sig });
    if (!this.canCall({ ...sig, throws: false })) return true;
    this.noteCall({ ...sig, throws: false });
    const r = this.fresh("dr");
    const arg = this.rng.pick(["0", "1", "2", "3", "(-1)", "0.5"]);
    if (top.throws && this.inTry === 0) {
      const e = this.fresh("e");
      this.emit(`let ${r} = null;`);
      this.emit(`try { ${r} = ${top.name}(${arg}); } catch (${e}) { ${r} = ${this.errRecord(e)}; }`);
    } else this.emit(`const ${r} = ${top.name}(${arg});`);
    this.declare({ name: r, ty: "any", mut: false });
    return true;
  }

  /** How one chain level calls the next (N) with its parameter v: [expression, calls of N]. */
  private through(N: string, v: string): [string, number] {
    const lit = () => this.rng.pick(["0", "1", "2", "(-1)"]);
    const forms: Array<() => [string, number]> = [
      () => [`[${v}, ${v} + 1].map((w) => ${N}(w)).reduce((a, b) => a + b, 0)`, 2],
      () => [`[${v}, ${lit()}].filter((w) => ${N}(w) > 0).length`, 2],
      () => [`[${v}].reduce((a, w) => a + ${N}(w), ${lit()})`, 1],
      () => [`+String(${v}).slice(0, 2).replace(/\\d/g, (c) => String(${N}(+c) % 10 | 0))`, 2],
      () => [`([${v}, 1].some((w) => ${N}(w) > 2) ? 1 : 0)`, 2],
      () => [`Array.from({ length: 2 }, (_, i) => ${N}(${v} + i))[1]`, 2],
      () => [`[[${v}]].flatMap((xs) => xs.map((w) => ${N}(w)))[0]`, 1],
      () => [`JSON.stringify({ a: ${v} }, (k, x) => (k === "a" ? ${N}(x) : x)).length`, 1],
      () => [`({ valueOf() { return ${N}(${v}); } }) * 1`, 1],
      () => [`({ get z() { return ${N}(${v}); } })[["z"][0]]`, 1],
      () => [`((o, k) => o[k])({ get z() { return ${N}(${v}); } }, "z")`, 1],
      () => [`+\`\${{ toString() { return String(${N}(${v})); } }}\``, 1],
      () => [`Math.max(${N}(${v}), { valueOf: () => ${N}(${v} - 1) })`, 2],
      () => [`([${v}].find((w) => ${N}(w) !== 0) ?? ${lit()})`, 1],
      () => [`[${v}, ${v} * 2].slice().sort((a, b) => a - b).map((w) => ${N}(w))[0]`, 2],
      () => [`(() => { let t = 0; for (const w of [${v}, 1]) t += ${N}(w); return t; })()`, 2],
      () => [`(() => { const o = { set z(x) { this.r = ${N}(x); } }; o[["z"][0]] = ${v}; return o.r; })()`, 1],
      () => [`JSON.parse(JSON.stringify({ toJSON() { return ${N}(${v}); } }))`, 1],
      () => [`[${v}].map(${N}).concat([0])[0]`, 1],
    ];
    return this.rng.pick(forms)();
  }

  /** Recursion through a builtin, a getter, a hook or JSON (depth clamped), maybe throwing at the bottom. */
  private sRecBuiltin(): boolean {
    const f = this.fresh("rb");
    const depth = this.rng.range(4, 30);
    const S = `${f}(n - 1)`;
    const forms = [
      `[n - 1].map((m) => ${f}(m))[0] + 1`,
      `+{ valueOf: () => ${S} + 1 }`,
      `({ get v() { return ${S} + 1; } })[["v"][0]]`,
      `+\`\${{ toString() { return String(${S} + 1); } }}\``,
      `JSON.parse(JSON.stringify({ toJSON() { return ${S} + 1; } }))`,
      `Math.max({ valueOf() { return ${S} + 1; } }, 0)`,
      `[1].reduce((a) => a + ${S}, 1)`,
      `+"1".replace("1", () => String(${S} + 1))`,
      `[n].filter(() => true).map(() => ${S} + 1)[0]`,
      `((k) => ({ get w() { return ${S} + 1; } })[k])("w")`,
    ];
    const a = this.rng.pick(forms);
    const b = this.rng.pick(forms);
    const throws = this.on("hookThrows") && this.rng.chance(0.4);
    this.emit(`function ${f}(n) {`);
    if (throws) this.emit(`  if (n === ${this.rng.range(1, depth)}) throw ${this.rng.pick([`new Error("u:rb" + n)`, "n", `{ code: n }`])};`);
    this.emit(`  if (!(n > 0)) return 0;`);
    this.emit(`  if (n > ${depth}) n = ${depth};`);
    this.emit(a === b ? `  return ${a};` : `  return n % 2 ? ${a} : ${b};`);
    this.emit(`}`);
    this.declare({ name: f, ty: "fn", mut: false, sig: { params: ["num"], ret: "num", cost: depth * 6, throws, grows: false, optional: 0 } });
    return true;
  }

  // ---- program ------------------------------------------------------------

  program(): string {
    const n = this.rng.range(5, 16);
    for (let i = 0; i < n && this.room(); i++) this.stmt(0);
    const vals = this.scopes[0].filter((v) => VALUE_TYPES.includes(v.ty));
    const picked = this.rng.sample(vals, Math.min(vals.length, this.rng.range(3, 10)));
    picked.sort((a, b) => this.scopes[0].indexOf(a) - this.scopes[0].indexOf(b));
    const items = picked.map((v) => v.name);
    // a few extra observations: calls, typeof
    for (let i = this.rng.range(0, 2); i > 0; i--) {
      const ty = this.rng.pick(["num", "str", "bool"] as Ty[]);
      items.push(this.expr(ty, 1));
    }
    if (!items.length) items.push(this.expr("num", 2));
    this.emit(`return [${items.join(", ")}];`);
    return this.out.map((l) => l.slice(2)).join("\n") + "\n";
  }
}

/**
 * Generate the program for `seed`. Deterministic. Programs longer than
 * maxLines are regenerated from derived seeds (a few attempts).
 */
export function generate(seed: number, opts: GenOptions = {}): string {
  const max = opts.maxLines ?? 60;
  let src = "";
  for (let attempt = 0; attempt < 16; attempt++) {
    src = new Gen(attempt === 0 ? seed : mixSeed(seed, attempt), opts).program();
    if (src.split("\n").length - 1 <= max) break;
  }
  return src;
}
