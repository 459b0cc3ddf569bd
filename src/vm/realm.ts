// A realm: the prototypes, global names and native registry shared by every run of
// an engine. Builtin objects are frozen, so runs cannot affect each other through
// them, and each has a stable path ("Array.prototype.map") that snapshots refer to.

import type { Program } from "../bytecode/program.js";
import { Accessor, KArray, KBound, KClosure, KDate, KMap, KNative, KObject, KSet, KWrapper, type NativeImpl, type PropKey } from "./values.js";

export class Realm {
  readonly ObjectProto = new KObject(null);
  readonly FunctionProto = new KObject(this.ObjectProto);
  readonly ArrayProto = new KObject(this.ObjectProto);
  // As in JavaScript, the three prototypes are themselves a String, Number and Boolean object.
  readonly StringProto = new KWrapper(this.ObjectProto, "");
  readonly NumberProto = new KWrapper(this.ObjectProto, 0);
  readonly BooleanProto = new KWrapper(this.ObjectProto, false);
  readonly SymbolProto = new KObject(this.ObjectProto);
  readonly ErrorProto = new KObject(this.ObjectProto);
  readonly MapProto = new KObject(this.ObjectProto);
  readonly SetProto = new KObject(this.ObjectProto);
  readonly RegExpProto = new KObject(this.ObjectProto);
  readonly TimeProto = new KObject(this.ObjectProto);
  readonly DateProto = new KObject(this.ObjectProto);
  readonly IterProto = new KObject(this.ObjectProto);
  /** Generator objects' prototype (%GeneratorPrototype%: next, return, throw; see stdlib/generator.ts). */
  readonly GeneratorProto = new KObject(this.ObjectProto);
  /** Generator functions' prototype (%GeneratorFunction.prototype%). */
  readonly GeneratorFunctionProto = new KObject(this.FunctionProto);
  /** %AsyncIteratorPrototype% ([Symbol.asyncIterator]() returns this), %AsyncGeneratorPrototype% (next, return, throw) and %AsyncGeneratorFunction.prototype%. */
  readonly AsyncIteratorProto = new KObject(this.ObjectProto);
  readonly AsyncGeneratorProto = new KObject(this.AsyncIteratorProto);
  readonly AsyncGeneratorFunctionProto = new KObject(this.FunctionProto);
  readonly HandleProto = new KObject(this.ObjectProto);
  /** Prototypes of the Error subclasses, by name (TypeError, RangeError…). */
  readonly errorProtos = new Map<string, KObject>();

  /** Global names visible to scripts (builtins and capabilities). */
  readonly globals: Record<string, unknown> = Object.create(null);
  /** Builtin objects by stable path, and back. */
  readonly byPath = new Map<string, KObject>();
  readonly pathOf = new Map<KObject, string>();
  /** Array.prototype.push, which the interpreter calls without a native frame. */
  arrayPush: KNative | null = null;
  /** The prelude's spread and rest over a script's iterator (the interpreter calls them for ARRAY_SPREAD and ITER_REST). */
  iterSpread: KClosure | null = null;
  iterRest: KClosure | null = null;
  /** The prelude's %fromEntries (Object.fromEntries over a script's iterable). */
  fromEntries: KClosure | null = null;
  /** The prelude's CreateAsyncFromSyncIterator (for await and yield* over a sync iterable; ITER_INIT_ASYNC calls it). */
  asyncFromSync: KClosure | null = null;
  /** Programs the realm itself runs (the prelude), by hash. */
  readonly programs = new Map<string, Program>();

  constructor() {
    this.register("Object.prototype", this.ObjectProto);
    this.register("Function.prototype", this.FunctionProto);
    this.register("Array.prototype", this.ArrayProto);
    this.register("String.prototype", this.StringProto);
    this.register("Number.prototype", this.NumberProto);
    this.register("Boolean.prototype", this.BooleanProto);
    this.register("Symbol.prototype", this.SymbolProto);
    this.register("Error.prototype", this.ErrorProto);
    this.register("Map.prototype", this.MapProto);
    this.register("Set.prototype", this.SetProto);
    this.register("RegExp.prototype", this.RegExpProto);
    this.register("Time.prototype", this.TimeProto);
    this.register("Date.prototype", this.DateProto);
    this.register("Iterator.prototype", this.IterProto);
    this.register("Generator.prototype", this.GeneratorProto);
    this.register("GeneratorFunction.prototype", this.GeneratorFunctionProto);
    this.register("AsyncIterator.prototype", this.AsyncIteratorProto);
    this.register("AsyncGenerator.prototype", this.AsyncGeneratorProto);
    this.register("AsyncGeneratorFunction.prototype", this.AsyncGeneratorFunctionProto);
    this.register("Handle.prototype", this.HandleProto);
  }

  register(path: string, obj: KObject): void {
    this.byPath.set(path, obj);
    this.pathOf.set(obj, path);
  }

  native(path: string, name: string, impl: NativeImpl, arity: number, isConstructor = false): KNative {
    const fn = new KNative(this.FunctionProto, path, name, impl, arity, isConstructor);
    this.register(path, fn);
    return fn;
  }

  /** Defines a non-enumerable builtin property. */
  define(obj: KObject, key: PropKey, value: unknown): void {
    obj.props[key] = value;
    (obj.hidden ??= new Set()).add(key);
  }

  /**
   * Freezes everything reachable from the builtins and the globals (done once the realm
   * is complete): every run of the realm shares these objects, so none may be writable.
   */
  freezeBuiltins(): void {
    for (const obj of this.byPath.values()) freezeDeep(obj);
    for (const k of Object.keys(this.globals)) freezeDeep(this.globals[k]);
  }
}

/**
 * Freezes `v` and everything reachable from it: properties (accessors' getters and
 * setters too), prototypes, elements, Map and Set contents (marked shared), and what
 * closures capture and bound functions hold. Iterative, so deep data cannot exhaust the
 * host stack.
 */
export function freezeDeep(v: unknown): unknown {
  const todo: unknown[] = [v];
  while (todo.length > 0) {
    const x = todo.pop();
    if (x instanceof Accessor) {
      todo.push(x.get, x.set);
      continue;
    }
    if (!(x instanceof KObject) || x.frozen) continue;
    x.frozen = true;
    todo.push(x.proto);
    const props = x.props;
    for (const k of Object.keys(props)) todo.push(props[k]);
    for (const k of Object.getOwnPropertySymbols(props)) todo.push(props[k]);
    if (x instanceof KArray) for (const item of x.items) todo.push(item);
    else if (x instanceof KMap) {
      x.shared = true;
      for (const [key, value] of x.map) todo.push(key, value);
    } else if (x instanceof KSet) {
      x.shared = true;
      for (const item of x.set) todo.push(item);
    } else if (x instanceof KDate) x.shared = true;
    else if (x instanceof KClosure) for (const cell of x.cells) todo.push(cell.v);
    else if (x instanceof KBound) todo.push(x.target, x.boundThis, ...x.boundArgs);
  }
  return v;
}
