// The closed value model. Primitives (number, string, boolean, null, undefined) are
// native JS values; every object a script can touch is one of the classes below, owned
// by the VM. No host object or host prototype is ever handed to a script.

import type { FunctionProto } from "../bytecode/program.js";

/** Marks an uninitialised let/const slot (temporal dead zone). Never visible to scripts. */
export const HOLE: unique symbol = Symbol("hole");

/**
 * An array's missing element (a hole: `[1, , 3]`, `new Array(n)`, `delete a[i]`), kept
 * in place in the dense element list. Never visible to scripts or the host: every read
 * of an element goes through elem() (or tests for it), and toHost() turns it into
 * undefined.
 */
export const EMPTY: unique symbol = Symbol("empty");

/** An element as a script reads it: a hole reads as undefined. */
export function elem(v: unknown): unknown {
  return v === EMPTY ? undefined : v;
}

/** A host copy of an array's elements with its holes read as undefined (spread, for-of, arguments). */
export function elemList(items: unknown[]): unknown[] {
  let i = items.indexOf(EMPTY);
  if (i < 0) return items;
  const out = items.slice();
  for (; i < out.length; i++) if (out[i] === EMPTY) out[i] = undefined;
  return out;
}

/**
 * What the heap budget charges for one object or array: a VM object, its property
 * table and element storage take about this much host memory in V8.
 */
export const OBJECT_BYTES = 96;

export type Value = number | string | boolean | null | undefined | symbol | KObject;

/**
 * A property key: a string, or a guest symbol. Guest symbols are host symbols made by
 * the VM (Symbol(), Symbol.for within one run, the well-known symbols of vm/symbols.ts):
 * primitives, immutable, and keys of the host property tables as they are.
 */
export type PropKey = string | symbol;

/** A captured variable shared between a frame and the closures that capture it. */
export class Cell {
  constructor(public v: unknown) {}
}

/** An accessor property (getter/setter pair) stored in an object's property table. */
export class Accessor {
  constructor(
    public get: KObject | undefined,
    public set: KObject | undefined,
  ) {}
}

/**
 * Property tables. Instances of a constructor whose prototype is a frozen, empty,
 * null-prototype object: V8 keeps them in fast (hidden-class) mode, unlike
 * Object.create(null), while a missing key still finds nothing of the host — no
 * Object.prototype, no __proto__ accessor ("__proto__" is an ordinary own key).
 */
const PropsProto: object = Object.freeze(Object.create(null));
function Props(this: object): void {}
Props.prototype = PropsProto;
function newProps(): Record<PropKey, unknown> {
  return new (Props as unknown as new () => Record<PropKey, unknown>)();
}

/** Bits of PropAttrs.flags. */
export const NOT_WRITABLE = 1;
export const NOT_CONFIGURABLE = 2;

/** The attributes of an object's properties that deviate from the default (see vm/descriptors.ts). */
export class PropAttrs {
  /** Own key -> NOT_WRITABLE | NOT_CONFIGURABLE (keys without bits are absent). */
  flags = new Map<PropKey, number>();
  /** Object.preventExtensions, seal and freeze clear it. */
  extensible = true;
  /** Object.seal on an array: its elements cannot be deleted (nor its length shrink). */
  sealedItems = false;
}

/**
 * The rarely used parts of an object, kept out of KObject so the common object is four
 * fields smaller: made by the first write of any of them (see KObject's accessors).
 */
export class KObjectExt {
  hidden: Set<PropKey> | null = null;
  attrs: PropAttrs | null = null;
  privates: Map<KPrivateName, unknown> | null = null;
}

export class KObject {
  // The fields are declared and assigned in the constructor, not class fields: a class
  // field is defined (DefineOwnProperty) on each new instance, and this constructor runs
  // for every subclass, so V8 11's define went megamorphic and through the runtime — two
  // thirds of an await loop's time (docs/benchmarks.md). Assignments use the store cache.
  declare proto: KObject | null;
  /** Own properties; a null-prototype host object keeps JS key order (integer keys first). */
  declare props: Record<PropKey, unknown>;
  /** True once an accessor has been defined: property reads must check for Accessor. */
  declare hasAccessors: boolean;
  /**
   * Object.freeze: own properties (and an array's elements and length) can be neither
   * added, changed nor deleted. Every object reachable from two runs — the realm's
   * builtins and an embedder's data globals — is frozen (see Realm.freezeBuiltins).
   */
  declare frozen: boolean;
  /** hidden, attrs and privates; null while all three are. */
  declare ext: KObjectExt | null;
  constructor(proto: KObject | null) {
    this.proto = proto;
    this.props = newProps();
    this.hasAccessors = false;
    this.frozen = false;
    this.ext = null;
  }
  /** Non-enumerable own keys (builtin methods). */
  get hidden(): Set<PropKey> | null {
    return this.ext === null ? null : this.ext.hidden;
  }
  set hidden(v: Set<PropKey> | null) {
    (this.ext ??= new KObjectExt()).hidden = v;
  }
  /**
   * Non-writable / non-configurable own keys and non-extensibility (vm/descriptors.ts);
   * null for the common object, whose properties are all writable and configurable.
   */
  get attrs(): PropAttrs | null {
    return this.ext === null ? null : this.ext.attrs;
  }
  set attrs(v: PropAttrs | null) {
    (this.ext ??= new KObjectExt()).attrs = v;
  }
  /** Private fields, methods and accessors (`#x`), by private name; null until the first. */
  get privates(): Map<KPrivateName, unknown> | null {
    return this.ext === null ? null : this.ext.privates;
  }
  set privates(v: Map<KPrivateName, unknown> | null) {
    (this.ext ??= new KObjectExt()).privates = v;
  }
}

/**
 * A private name (`#x`) of one evaluation of a class: the key of private elements.
 * Only compiled code holds one (in a hidden binding of the class); scripts never see it.
 */
export class KPrivateName extends KObject {
  /** 0: a field; 1: a method (value: the function); 2: an accessor (value: an Accessor). */
  kind = 0;
  value: unknown = undefined;
  constructor(
    /** "#x", for messages. */
    public desc: string,
    /** The class's name, for messages. */
    public className: string,
  ) {
    super(null);
  }
}

export class KArray extends KObject {
  constructor(
    proto: KObject | null,
    public items: unknown[],
  ) {
    super(proto);
  }
}

/** Anything callable. */
export abstract class KFunction extends KObject {
  abstract get fnName(): string;
}

export class KClosure extends KFunction {
  constructor(
    proto: KObject | null,
    public fn: FunctionProto,
    public cells: Cell[],
  ) {
    super(proto);
  }
  get fnName(): string {
    return this.fn.name;
  }
}

export type NativeImpl = (vm: NativeHost, thisv: unknown, args: unknown[], newTarget: KObject | undefined) => unknown;

export class KNative extends KFunction {
  /** A capability (I/O, responses, clock…): calling it ends discovery. */
  capability = false;
  constructor(
    proto: KObject | null,
    /** Stable identity: used by snapshots to find the same native in another process. */
    public id: string,
    public name: string,
    public impl: NativeImpl,
    public arity: number,
    public isConstructor: boolean,
  ) {
    super(proto);
  }
  get fnName(): string {
    return this.name;
  }
}

export class KBound extends KFunction {
  constructor(
    proto: KObject | null,
    public target: KFunction,
    public boundThis: unknown,
    public boundArgs: unknown[],
  ) {
    super(proto);
  }
  get fnName(): string {
    return `bound ${this.target.fnName}`;
  }
}

export class KMap extends KObject {
  map = new Map<unknown, unknown>();
  /** Entries belong to every run (an embedder's global data): set, delete and clear refuse. */
  shared = false;
}

export class KSet extends KObject {
  set = new Set<unknown>();
  /** Values belong to every run (an embedder's global data): add, delete and clear refuse. */
  shared = false;
}

export class KRegExp extends KObject {
  constructor(
    proto: KObject | null,
    public re: RegExp,
  ) {
    super(proto);
  }
}

/** A point in time (ms since the epoch); scripts get it from now(). */
export class KTime extends KObject {
  constructor(
    proto: KObject | null,
    public ms: number,
  ) {
    super(proto);
  }
}

/**
 * A String, Number or Boolean object (`new String("x")`, `Object(1)`): the primitive it
 * wraps. A String object's indices and length are its own read-only properties.
 */
export class KWrapper extends KObject {
  constructor(
    proto: KObject | null,
    public prim: string | number | boolean,
  ) {
    super(proto);
  }
}

/**
 * A JavaScript Date: its time value, ms since the epoch, or NaN for an invalid date.
 * Mutable through its setters, like any script-made object; one reachable from every run
 * (never made today: host Dates enter as time values) would be `shared` and refuse them.
 */
export class KDate extends KObject {
  shared = false;
  constructor(
    proto: KObject | null,
    public t: number,
  ) {
    super(proto);
  }
}

/**
 * A WHATWG URL (stdlib/web-url.ts). `url` is the host parser's record: never handed to
 * a script (every property is read through URL.prototype's getters, which return
 * strings); a snapshot keeps its href and parses it again.
 */
export class KURL extends KObject {
  /** The URL's searchParams object, made on first read and the same object afterwards. */
  params: KSearchParams | null = null;
  constructor(
    proto: KObject | null,
    public url: URL,
  ) {
    super(proto);
  }
}

/**
 * A URLSearchParams list, held by the host's URLSearchParams (never handed to a script).
 * When it belongs to a URL (`url.searchParams`), `list` is that URL's own host list, so
 * the two stay linked both ways; a snapshot keeps the link, or the entries of a free list.
 */
export class KSearchParams extends KObject {
  constructor(
    proto: KObject | null,
    public list: URLSearchParams,
    public url: KURL | null,
  ) {
    super(proto);
  }
}

/** An Error object; remembers the script-level stack where it was created. */
export class KError extends KObject {
  trace: TraceEntry[] = [];
  /** `stack` is made from the name and message when first read (errors of classes extending Error). */
  lazyStack = false;
}

export interface TraceEntry {
  fn: string;
  file: string;
  line: number;
  column: number;
}

/**
 * Iteration state for for-of, spread and destructuring, and the iterator objects that
 * Map/Set/Array methods return. Plain data (source + position), so it can be snapshotted.
 */
export class KIter extends KObject {
  /** For "live" iteration: the current view of the Map/Set (rebuilt when exhausted, so additions are seen). */
  cache: unknown[] | null = null;
  /** For "user": the iterator's next method, read once (as JS does). */
  nextFn: unknown = undefined;
  /** For "user": the iterator returned done, threw, or was closed: it is not called again. */
  done = false;
  /** For "user": a next() call is under way (an exception from it does not close the iterator). */
  inNext = false;
  constructor(
    proto: KObject | null,
    /** array: a KArray; string: code points; list: a fixed host list; live: a KMap/KSet/KSearchParams; user: a script's iterator object */
    public kind: "array" | "string" | "list" | "live" | "user",
    public source: unknown,
    public index: number,
    /** For "live": which view, and the prototype for entry pairs. */
    public mode: "entries" | "keys" | "values" = "values",
    public pairProto: KObject | null = null,
  ) {
    super(proto);
  }
}

/**
 * A handle to a host resource (a database connection, a queue…), identified by a
 * descriptor so a snapshot can record it and a restore can reconnect it.
 */
export class KHandle extends KObject {
  constructor(
    proto: KObject | null,
    public type: string,
    public descriptor: unknown,
    public impl: unknown,
  ) {
    super(proto);
  }
}

/** The part of the interpreter natives may use. */
export interface NativeHost {
  readonly realm: unknown;
  throwType(message: string): never;
  throwRange(message: string): never;
  throwError(kind: string, message: string): never;
  /** Calls a guest function synchronously (nested run; it may not suspend). */
  callSync(fn: unknown, thisv: unknown, args: unknown[]): unknown;
  chargeHeap(bytes: number): void;
  checkString(s: string): string;
  checkArrayLength(n: number): void;
  /** The host context of the current run (capabilities read it). */
  readonly context: unknown;
}

export function isCallable(v: unknown): v is KFunction {
  return v instanceof KFunction;
}
