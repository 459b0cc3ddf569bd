// The interpreter: one run loop over explicit frames and one operand stack.
//
// - Guest calls never recurse on the host stack: CALL pushes a Frame and continues.
// - A native returning a Promise suspends the run: state stays in this object, the
//   host awaits, and resume() continues at the next instruction.
// - The switch uses numeric literals (see src/bytecode/opcodes.ts for why); the name of
//   each opcode follows its label and test/opcodes.test.ts checks they match the table.
// - Guest errors raised by helpers are PendingError (built here, after the pc is
//   recorded, so traces are exact); limits are LimitError and bypass script handlers.
//
// THE SAVE RULE. pc and sp live in locals of run(). Before any helper that can push a
// frame, run guest code (getters, setters, valueOf/toString/toJSON, callbacks) or raise
// a guest error, a case first reads all its operands and then calls
// `this.save(frame, pc, sp)`, which writes both registers back (Lua's Protect/savestate,
// QuickJS's `sf->cur_pc = pc` before js_add_slow):
//   - a frame pushed by the helper returns to frame.pc, so it must be the next
//     instruction; a helper that pushed a frame returns ACCESSOR_CALLED / true and the
//     case continues `enter`, which reloads every register from the top frame;
//   - guest code run to completion (callSync) and error traces read frame.pc, and new
//     frames are laid out above this.sp, so both must be current.
// Helpers taking (frame, pc, sp) — numAt, lt, le, slowGet — save first themselves.
// Exempt, because they can neither push a frame nor run guest code: inline limit checks
// (`if ((this.heapLeft -= n) < 0) this.chargeHeap(0)`, checkString, checkArrayLength,
// refuel — LimitErrors, whose trace the catch at the end of run() recomputes after it
// records pc) and direct `throw`s in a case (the same catch records pc first).
// test/opcodes.test.ts checks that every case calling a helper saves before it.
// Fuel is charged wherever a frame is pushed (enterClosure, the CALL fast path) and per
// native call (callOther), so no slow path can loop without meeting the budget.
//
// ITERATION. for-of, spread and array destructuring over builtin iterables (arrays,
// strings, Map, Set…) step a KIter in place. A script's iterable is iterated through its
// own methods, on frames like any call: ITER_INIT calls obj[Symbol.iterator]() and its
// frame returns to the ITER_WRAP that follows; ITER_NEXT / ITER_VALUE call it.next() and
// return to the ITER_RESULT / ITER_RESULT_VALUE that follows (which reads done and
// value); ITER_CLOSE calls it.return() and returns to ITER_CLOSE_RESULT. For a builtin
// iterator each of those first instructions skips its companion, so the common path
// stays one instruction. Spread and rest run the prelude's %iterSpread / %iterRest, a
// for-of in the script language. Nothing here recurses on the host stack, so a run can
// suspend inside a script's next() or return() and be snapshotted there.

import { type Const, type FunctionProto, type Program, type TemplateConst, positionAt } from "../bytecode/program.js";
import { GuestThrow, LimitError, PendingError, ScriptError } from "./errors.js";
import type { Realm } from "./realm.js";
import { adoptNewTarget, defineMethod, isConstructorValue, makeClass, privateMissing, superGet, superSet } from "./classes.js";
import { createRegExp } from "./regexp.js";
import {
  CALL_NEXT, DONE, addSlow, arrayIndex, builtinIter, describe, iterResult, wrapIterator, deleteProp, forInKeys, getProp, hasProp, instanceOf, isConstructor, iterNext, iterRest, iterate,
  formatStack, lessThan, looseEquals, ownKeys, ownSymbols, ownValue, propKey, setProp, spreadToArray, toKey, toNumber, toPrimitive, toStr, truthy, typeOf,
  typeError,
} from "./semantics.js";
import {
  Accessor, Cell, EMPTY, HOLE, KArray, KBound, KClosure, KError, KFunction, KIter, KNative, KObject, KPrivateName, KRegExp, OBJECT_BYTES,
  type PropKey, type TraceEntry, elemList,
} from "./values.js";
import { linkModules } from "./modules.js";
import { type TemplateCache, templateObject } from "./templates.js";
import { SYM_ASYNC_ITERATOR, SymbolRegistry } from "./symbols.js";
import {
  type AsyncState, AG_SUSPENDED_YIELD, IDLE, KAsync, KAsyncGen, agComplete, agDrain, awaitValue, hostOperation, inflightSettled, rejectPromise, resolvePromise, settleInflight, settleRun, startAsync, throttle,
} from "./promises.js";
import {
  GEN_SUSPENDED_YIELD, KGenReturn, KGenerator, RESUME_NEXT, RESUME_RETURN, RESUME_THROW, iterResultObject,
} from "./generators.js";

export interface Limits {
  /** Budget units (≈ instructions: loop back-edges charge the loop body's length, calls a fixed cost); 0 = unlimited. */
  budget: number;
  /** Wall-clock milliseconds of running (not suspended) time; 0 = unlimited. */
  timeoutMs: number;
  /** Maximum call depth. */
  maxDepth: number;
  /** Bytes the script may allocate (strings, arrays, objects), approximately. */
  heapBytes: number;
  maxStringLength: number;
  maxArrayLength: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  budget: 200_000_000,
  timeoutMs: 30_000,
  maxDepth: 10_000,
  heapBytes: 128 * 1024 * 1024,
  maxStringLength: 16 * 1024 * 1024,
  maxArrayLength: 16 * 1024 * 1024,
});

/** Programs with this filename (the prelude) are left out of script stacks. */
export const BUILTIN_FILENAME = "<builtin>";
/** Marks a deadline not yet started (see armDeadline). */
const DEADLINE_UNSET = -1;
/** Nested synchronous guest calls from builtins (each one uses host stack). */
const MAX_NESTED_CALLS = 200;
/** Units charged per call (the budget counts loop iterations by body length and calls by this). */
const CALL_COST = 8;
/** Fuel handed out between budget/deadline checks. */
const FUEL_CHUNK = 1 << 20;
/** Characters of a native's work per fuel unit (see chargeWork). */
const CHARS_PER_UNIT = 16;

/** The longest string a constant holds (a tagged template's raw strings are never shorter than their cooked ones). */
function constantLength(c: Const): number {
  if (typeof c === "string") return c.length;
  if (typeof c !== "object" || c === null) return 0;
  return "re" in c ? c.re.source.length : c.template.raw.reduce((m, r) => Math.max(m, r.length), 0);
}

export class Frame {
  closure: KClosure = null as unknown as KClosure;
  fn: FunctionProto = null as unknown as FunctionProto;
  pc = 0;
  base = 0;
  /** The call's arguments, kept only for functions that use `arguments`. */
  args: unknown[] | null = null;
  /** Constructor call: the object being built (returned unless the function returns an object). */
  newObj: KObject | null = null;
  /** Constructor call: new.target (null for a plain call). */
  newTarget: KObject | null = null;
}

export interface Handler {
  fp: number;
  pc: number;
  sp: number;
}

export type RunState = "idle" | "running" | "suspended" | "done" | "failed";

/** Returned by the loop when a native suspended the run. */
export const SUSPENDED = Symbol("suspended");
/** Returned by a native that replaced itself with a guest call (see tailCall). */
export const TAIL = Symbol("tail");

/** What AGEN_YIELD's helper returns when the generator goes on without suspending. */
const GOES_ON = Symbol("goes on");

export class Interpreter {
  stack: unknown[] = new Array(1024).fill(undefined);
  sp = 0;
  frames: Frame[] = [];
  fp = 0;
  handlers: Handler[] = [];
  hp = 0;
  state: RunState = "idle";
  /** The host promise a suspended run waits for. */
  pending: Promise<unknown> | null = null;
  /** Host context of the current run (capabilities read it). */
  context: unknown = undefined;
  /** Called before any capability native runs (discovery uses it to stop the run). */
  onCapability: ((fn: KNative) => void) | null = null;
  limits: Limits = DEFAULT_LIMITS;
  private fuel = FUEL_CHUNK;
  private budgetLeft = Infinity;
  private deadline = Infinity;
  private heapLeft = Infinity;
  /** limits.maxDepth, with 0 meaning unlimited. */
  private depthLimit = Infinity;
  /** Nesting depth of callSync loops (a nested loop cannot suspend). */
  private nested = 0;
  result: unknown = undefined;
  /** The last program's top-level closure (it has no cells and cannot be reached by scripts, so runs can share it). */
  private lastMain: KClosure | null = null;
  /** Length of the longest string constant in lastMain's program. */
  private longestConstant = 0;
  /** Symbol.for's registry of the current run (made on first use; every run starts without one). */
  symbols: SymbolRegistry | null = null;
  /** Promises, the microtask queue and host operations in flight (vm/promises.ts); made by the run's first promise. */
  asyncState: AsyncState | null = null;
  /** Tagged templates' template objects of the current run, by call site (vm/templates.ts); made on first use. */
  templates: TemplateCache | null = null;

  constructor(readonly realm: Realm) {}

  // ---------------------------------------------------------------- lifecycle

  /** Prepares a fresh run of `program`'s top level. */
  start(program: Program, limits: Limits = DEFAULT_LIMITS, context?: unknown): void {
    this.reset(limits);
    this.context = context;
    let main = this.lastMain;
    if (main === null || main.fn !== program.functions[0]) {
      main = this.lastMain = new KClosure(this.realm.FunctionProto, program.functions[0]!, []);
      this.longestConstant = Interpreter.longestStringConstant(program);
    }
    // A module's top level closes over its environment, made fresh for each run.
    if (program.module) main = linkModules(this.realm, program);
    this.stack[0] = main;
    this.stack[1] = undefined;
    this.sp = 2;
    this.enterClosure(main, 0, null);
    if (this.longestConstant > limits.maxStringLength) this.constantTooLong();
    this.state = "running";
  }

  reset(limits: Limits): void {
    this.limits = limits;
    this.depthLimit = limits.maxDepth > 0 ? limits.maxDepth : Infinity;
    this.onCapability = null;
    this.sp = 0;
    this.fp = 0;
    this.hp = 0;
    this.nested = 0;
    this.pending = null;
    this.result = undefined;
    this.symbols = null;
    this.asyncState = null;
    this.templates = null;
    this.budgetLeft = limits.budget > 0 ? limits.budget : Infinity;
    this.heapLeft = limits.heapBytes > 0 ? limits.heapBytes : Infinity;
    this.fuel = Math.min(FUEL_CHUNK, this.budgetLeft);
    this.budgetLeft -= this.fuel;
    this.armDeadline();
  }

  /** Symbol.for(key) in the current run. */
  symbolFor(key: string): symbol {
    return (this.symbols ??= new SymbolRegistry()).for(key);
  }

  /** Symbol.keyFor(sym) in the current run: the key it was registered under, or undefined. */
  symbolKeyFor(sym: symbol): string | undefined {
    return this.symbols === null ? undefined : this.symbols.keyFor(sym);
  }

  /** Remaining budget and heap allowance (-1 = unlimited), for snapshots. */
  counters(): { budgetLeft: number; heapLeft: number } {
    const budget = this.budgetLeft + this.fuel;
    return { budgetLeft: budget === Infinity ? -1 : budget, heapLeft: this.heapLeft === Infinity ? -1 : this.heapLeft };
  }

  restoreCounters(budgetLeft: number, heapLeft: number): void {
    const budget = budgetLeft < 0 ? Infinity : budgetLeft;
    this.fuel = Math.min(FUEL_CHUNK, budget);
    this.budgetLeft = budget - this.fuel;
    this.heapLeft = heapLeft < 0 ? Infinity : heapLeft;
  }

  /**
   * Starts the wall-clock deadline for a slice of running time. The clock is read
   * lazily, at the first budget check (after FUEL_CHUNK units, a few milliseconds of
   * work), so short runs never pay for reading it; the deadline is late by at most
   * that first chunk.
   */
  armDeadline(): void {
    this.deadline = this.limits.timeoutMs > 0 ? DEADLINE_UNSET : Infinity;
  }

  /** Milliseconds of running time left before the deadline (Infinity without one); reads the clock, starting it if unread. */
  timeLeft(): number {
    if (this.deadline === Infinity) return Infinity;
    const now = performance.now();
    if (this.deadline === DEADLINE_UNSET) this.deadline = now + this.limits.timeoutMs;
    return this.deadline - now;
  }

  /** Ends the run with the timeout LimitError (a native that watched the clock itself saw it pass). */
  timeUp(): never {
    throw new LimitError("timeout", `time limit exceeded (${this.limits.timeoutMs} ms)`, this.trace());
  }

  /**
   * Runs until the run ends or suspends. Returns the result, or SUSPENDED (then
   * `pending` holds the promise to await). Throws ScriptError / LimitError.
   */
  execute(): unknown {
    this.state = "running";
    let r: unknown;
    try {
      const a = this.asyncState;
      r = a !== null && a.idle ? IDLE : this.loop(0);
      if (this.asyncState !== null) r = settleRun(this, r, SUSPENDED);
    } catch (err) {
      this.state = "failed";
      throw this.finalError(err);
    }
    if (r === SUSPENDED) {
      this.state = "suspended";
      return SUSPENDED;
    }
    this.state = "done";
    this.result = r;
    this.releaseStack();
    return r;
  }

  /** Continues a suspended run with the awaited value. */
  resume(value: unknown): unknown {
    if (this.state !== "suspended") throw new Error(`cannot resume a run that is ${this.state}`);
    this.pending = null;
    const a = this.asyncState;
    if (a !== null && a.parkAfter !== null) return this.parkNow(a);
    // An idle run (waiting for operations in flight) has no frame to give the value to.
    if (a === null || !a.idle) this.stack[this.sp++] = value;
    return this.execute();
  }

  /** Continues a suspended run by throwing `error` (a guest value) at the suspension point. */
  resumeThrow(error: unknown): unknown {
    if (this.state !== "suspended") throw new Error(`cannot resume a run that is ${this.state}`);
    this.pending = null;
    this.state = "running";
    const value = error instanceof PendingError ? this.makeError(error.kind, error.message) : error;
    try {
      if (this.asyncState !== null && (this.asyncState.idle || this.asyncState.parkAfter !== null)) throw new GuestThrow(value);
      if (!this.unwind(value, 0)) throw new GuestThrow(value);
    } catch (err) {
      this.state = "failed";
      throw this.finalError(err);
    }
    return this.execute();
  }

  /** A checkpoint waited for the operations in flight (see suspendOn): they settle, and the run parks now. */
  private parkNow(a: AsyncState): typeof SUSPENDED {
    this.pending = a.parkAfter;
    a.parkAfter = null;
    settleInflight(this);
    return SUSPENDED;
  }

  /** The guest value of a host operation's rejection (a host Error becomes an Error with its message). */
  hostErrorValue(err: unknown): unknown {
    if (err instanceof GuestThrow) return err.value;
    if (err instanceof PendingError) return this.makeError(err.kind, err.message);
    if (err instanceof KObject || err === null || typeof err !== "object") return err;
    return this.makeError("Error", err instanceof Error ? err.message : String(err));
  }

  /** A native bound to leading arguments (a promise's resolving functions). */
  bindNative(fn: KFunction, args: unknown[]): KBound {
    return new KBound(this.realm.FunctionProto, fn, undefined, args);
  }

  private releaseStack(): void {
    // Drop references so pooled interpreters do not keep guest objects alive.
    for (let i = 0; i < this.sp + 8 && i < this.stack.length; i++) this.stack[i] = undefined;
    this.sp = 0;
  }

  private finalError(err: unknown): Error {
    this.releaseStack();
    if (err instanceof LimitError) return err;
    if (err instanceof GuestThrow) return this.uncaught(err.value);
    if (err instanceof PendingError) return this.uncaught(this.makeError(err.kind, err.message));
    return err as Error;
  }

  private uncaught(value: unknown): ScriptError {
    const trace = value instanceof KError ? value.trace : this.lastThrowTrace;
    let message: string;
    if (value instanceof KError) {
      const name = getProp(this, value, "name");
      const msg = getProp(this, value, "message");
      message = msg === "" || msg === undefined ? String(name) : `${String(name)}: ${String(msg)}`;
    } else {
      try {
        message = `Uncaught ${value instanceof KObject ? toStr(this, value) : typeof value === "string" ? value : String(value)}`;
      } catch {
        message = "Uncaught exception";
      }
    }
    return new ScriptError(message, value, trace);
  }

  // ---------------------------------------------------------------- errors

  private lastThrowTrace: TraceEntry[] = [];

  /** The script-level stack, innermost first. */
  trace(): TraceEntry[] {
    const out: TraceEntry[] = [];
    for (let i = this.fp - 1; i >= 0 && out.length < 50; i--) {
      const f = this.frames[i]!;
      // Builtins written in the script language are not the user's code: skip them.
      if (f.fn.program?.filename === BUILTIN_FILENAME) continue;
      const pos = positionAt(f.fn, Math.max(0, f.pc - 1));
      out.push({ fn: f.fn.name, file: f.fn.program?.filename ?? "script.js", line: pos?.line ?? 0, column: pos?.column ?? 0 });
    }
    return out;
  }

  makeError(kind: string, message: string): KError {
    const realm = this.realm;
    const proto = realm.errorProtos.get(kind) ?? realm.ErrorProto;
    const e = new KError(proto);
    e.props.message = message;
    (e.hidden ??= new Set()).add("message");
    e.trace = this.trace();
    e.props.stack = formatStack(kind, message, e.trace);
    e.hidden.add("stack");
    return e;
  }

  throwType(message: string): never {
    throw new PendingError("TypeError", message);
  }
  throwRange(message: string): never {
    throw new PendingError("RangeError", message);
  }
  throwError(kind: string, message: string): never {
    throw new PendingError(kind, message);
  }

  // ---------------------------------------------------------------- limits
  //
  // Fuel is the budget handed out in chunks: instructions and calls take it in the run
  // loop; natives take it by the size of their work (chargeWork), and whatever crosses
  // the refuel point reads the clock, so the deadline is seen within a chunk of work.
  // Natives charge a string or array before they make it (allocString/allocArray).

  private refuel(): void {
    if (this.deadline === DEADLINE_UNSET) this.deadline = performance.now() + this.limits.timeoutMs;
    else if (performance.now() > this.deadline) {
      throw new LimitError("timeout", `time limit exceeded (${this.limits.timeoutMs} ms)`, this.trace());
    }
    // A native's charge can leave fuel far below zero: the budget pays the whole deficit.
    const left = this.budgetLeft + this.fuel;
    if (left <= 0) {
      throw new LimitError("budget", `instruction budget exceeded (${this.limits.budget} units)`, this.trace());
    }
    const add = Math.min(FUEL_CHUNK, left) - this.fuel;
    this.fuel += add;
    this.budgetLeft -= add;
  }

  /**
   * Fuel for a native's work: one unit per CHARS_PER_UNIT characters plus one per
   * element (measured: a unit of instructions ≈ 4 ns, host string work 0.04–0.6 ns a
   * character, host array work 1–8 ns an element).
   */
  chargeWork(chars: number, items: number): void {
    if ((this.fuel -= Math.floor(chars / CHARS_PER_UNIT) + items) <= 0) this.refuel();
  }

  /** Before a native makes a string of `len` characters: the length limit, heap (2 bytes a character) and fuel. */
  allocString(len: number): void {
    if (len > this.limits.maxStringLength) {
      throw new LimitError("string", `string length limit exceeded (${this.limits.maxStringLength} characters)`, this.trace());
    }
    this.chargeHeap(len * 2);
    this.chargeWork(len, 0);
  }

  /** Before a native makes an array of `n` elements: the length limit, heap and fuel. */
  allocArray(n: number): void {
    this.checkArrayLength(n);
    this.chargeHeap(OBJECT_BYTES + 8 * n);
    this.chargeWork(0, n);
  }

  /** Heap bytes the run may still allocate (Infinity when unlimited): natives that grow as they go stop here. */
  heapAvailable(): number {
    return this.heapLeft;
  }

  chargeHeap(bytes: number): void {
    if ((this.heapLeft -= bytes) < 0) {
      throw new LimitError("heap", `memory limit exceeded (${this.limits.heapBytes} bytes allocated)`, this.trace());
    }
  }

  checkString(s: string): string {
    if (s.length > this.limits.maxStringLength) {
      throw new LimitError("string", `string length limit exceeded (${this.limits.maxStringLength} characters)`, this.trace());
    }
    return s;
  }

  checkArrayLength(n: number): void {
    if (n > this.limits.maxArrayLength) {
      throw new LimitError("array", `array length limit exceeded (${this.limits.maxArrayLength} elements)`, this.trace());
    }
  }

  /** Longest string constant (literal, template chunk, name, regex source, a tagged template's strings) of a program, scanned once per program. */
  private static longestStringConstant(program: Program): number {
    let n = LONGEST_CONSTANT.get(program);
    if (n !== undefined) return n;
    n = 0;
    for (const fn of program.functions) {
      for (const c of fn.consts) {
        const len = constantLength(c);
        if (len > n) n = len;
      }
    }
    LONGEST_CONSTANT.set(program, n);
    return n;
  }

  /** A run whose limit is below a string constant of its program ends before it begins (start() checks). */
  private constantTooLong(): never {
    throw new LimitError("string", `string length limit exceeded (${this.limits.maxStringLength} characters): the program has a string constant of ${this.longestConstant} characters`, this.trace());
  }

  // ---------------------------------------------------------------- calls

  /** Pushes a frame for `closure` whose `argc` arguments are on top of the stack. */
  private enterClosure(closure: KClosure, argc: number, newObj: KObject | null): void {
    const fn = closure.fn;
    if ((this.fuel -= CALL_COST) <= 0) this.refuel();
    if (this.fp >= this.depthLimit) {
      throw new LimitError("depth", `Maximum call stack size exceeded (call depth limit ${this.limits.maxDepth})`, this.trace());
    }
    const stack = this.stack;
    let sp = this.sp;
    const base = sp - argc;
    let frame = this.frames[this.fp];
    if (frame === undefined) frame = this.frames[this.fp] = new Frame();
    frame.closure = closure;
    frame.fn = fn;
    frame.pc = 0;
    frame.base = base;
    frame.newObj = newObj;
    frame.newTarget = null;
    frame.args = fn.usesArguments ? stack.slice(base, sp) : null;
    const nparams = fn.nparams;
    if (argc < nparams) {
      for (; argc < nparams; argc++) stack[sp++] = undefined;
      if (fn.restSlot >= 0) stack[sp++] = new KArray(this.realm.ArrayProto, []);
    } else if (argc > nparams) {
      if (fn.restSlot >= 0) {
        const rest = stack.slice(base + nparams, sp);
        sp = base + nparams;
        stack[sp++] = new KArray(this.realm.ArrayProto, rest);
      } else sp = base + nparams;
    } else if (fn.restSlot >= 0) stack[sp++] = new KArray(this.realm.ArrayProto, []);
    const end = base + fn.nslots;
    while (sp < end) stack[sp++] = undefined;
    this.sp = sp;
    this.fp++;
  }

  /**
   * Calls a non-closure callable whose callee, this and arguments are on the stack.
   * Returns true when a guest frame was pushed (the loop must reload), false when the
   * result was pushed, or SUSPENDED.
   */
  private callOther(fnv: unknown, argc: number, calleeText: string): boolean | typeof SUSPENDED {
    const stack = this.stack;
    const sp = this.sp;
    if (fnv instanceof KNative) {
      if ((this.fuel -= CALL_COST) <= 0) this.refuel();
      if (fnv.capability && this.onCapability !== null) this.onCapability(fnv);
      const thisv = stack[sp - argc - 1];
      const args = argc === 0 ? [] : stack.slice(sp - argc, sp);
      this.sp = sp - argc - 2;
      let r: unknown;
      try {
        r = fnv.impl(this, thisv, args, undefined);
      } catch (err) {
        throw hostToGuest(err);
      }
      if (r === TAIL) return true;
      if (r === SUSPENDED) return SUSPENDED;
      if (r instanceof Promise) {
        // Called in an async position, an operation stays in flight behind a guest promise (vm/promises.ts).
        const p = this.nested === 0 ? hostOperation(this, this.frames[this.fp - 1]!, r) : null;
        if (p === null) return this.suspendOn(r);
        const wait = throttle(this, p);
        if (wait !== null) {
          this.pending = wait;
          return SUSPENDED;
        }
        r = p;
      }
      stack[this.sp++] = r;
      return false;
    }
    if (fnv instanceof KBound) {
      const args = stack.slice(sp - argc, sp);
      this.sp = sp - argc - 2;
      const all = fnv.boundArgs.length ? [...fnv.boundArgs, ...args] : args;
      return this.pushCall(fnv.target, fnv.boundThis, all);
    }
    return typeError(`${calleeText} is not a function`);
  }

  /** Pushes callee, this and args, then calls (used for apply/bound/accessors). */
  pushCall(fn: unknown, thisv: unknown, args: unknown[]): boolean | typeof SUSPENDED {
    const stack = this.stack;
    stack[this.sp++] = fn;
    stack[this.sp++] = thisv;
    for (let i = 0; i < args.length; i++) stack[this.sp++] = args[i];
    if (fn instanceof KClosure) {
      this.enterClosure(fn, args.length, null);
      return true;
    }
    return this.callOther(fn, args.length, describeCallee(fn));
  }

  /**
   * For natives such as Function.prototype.call: calls `fn` in place of the native
   * (a guest frame is pushed, nothing recurses). Return the result from the native.
   */
  tailCall(fn: unknown, thisv: unknown, args: unknown[]): unknown {
    const r = this.pushCall(fn, thisv, args);
    if (r === true) return TAIL;
    if (r === SUSPENDED) return SUSPENDED;
    return this.stack[--this.sp];
  }

  private suspendOn(p: Promise<unknown>): typeof SUSPENDED {
    if (this.nested > 0) {
      // Swallow the host promise's eventual rejection: nobody will await it.
      p.catch(() => {});
      throw new PendingError("Error", "cannot suspend inside a builtin callback (getter, toString, or comparator called by a builtin)");
    }
    // A checkpoint first waits for the operations in flight (resume() then parks the run).
    const settled = inflightSettled(this);
    if (settled !== null) {
      this.asyncState!.parkAfter = p;
      this.pending = settled;
      return SUSPENDED;
    }
    this.pending = p;
    return SUSPENDED;
  }

  /**
   * `new ctor(args)` with ctor and the args on the stack; `newTarget` differs from ctor
   * for super(...) (the class being built), whose prototype the new object gets.
   */
  private construct(ctor: unknown, argc: number, calleeText: string, newTarget: KObject | null = null): boolean | typeof SUSPENDED {
    const stack = this.stack;
    if (ctor instanceof KClosure) {
      if (!isConstructor(ctor)) typeError(`${calleeText} is not a constructor`);
      const nt = newTarget ?? ctor;
      // A derived class constructor gets its object from super(): none is made here.
      let obj: KObject | null = null;
      if (ctor.fn.classKind !== "derived") {
        const protoV = getProp(this, nt, "prototype");
        obj = new KObject(protoV instanceof KObject ? protoV : this.realm.ObjectProto);
        this.chargeHeap(OBJECT_BYTES);
      }
      // Layout for a call: ctor this args.
      const sp = this.sp;
      for (let i = sp; i > sp - argc; i--) stack[i] = stack[i - 1];
      stack[sp - argc] = obj ?? undefined;
      this.sp = sp + 1;
      this.enterClosure(ctor, argc, obj);
      this.frames[this.fp - 1]!.newTarget = nt;
      return true;
    }
    if (ctor instanceof KNative && ctor.isConstructor) {
      if ((this.fuel -= CALL_COST) <= 0) this.refuel();
      const sp = this.sp;
      const args = stack.slice(sp - argc, sp);
      this.sp = sp - argc - 1;
      let r: unknown;
      try {
        // A native constructor sees the class being built (super(...) in a subclass), so one
        // that tail-calls the prelude can give its object that class's prototype itself.
        r = ctor.impl(this, undefined, args, newTarget ?? ctor);
      } catch (err) {
        throw hostToGuest(err);
      }
      if (r === TAIL) return true;
      if (r instanceof Promise) return this.suspendOn(r);
      // A class extending a builtin (class NotFound extends Error): the builtin's object, with the class's prototype.
      if (newTarget !== null && newTarget !== ctor && r instanceof KObject) adoptNewTarget(this, r, newTarget);
      stack[this.sp++] = r;
      return false;
    }
    if (ctor instanceof KBound) {
      const sp = this.sp;
      const args = stack.slice(sp - argc, sp);
      this.sp = sp - argc - 1;
      const all = [...ctor.boundArgs, ...args];
      stack[this.sp++] = ctor.target;
      for (const a of all) stack[this.sp++] = a;
      return this.construct(ctor.target, all.length, calleeText, newTarget === null || newTarget === ctor ? null : newTarget);
    }
    return typeError(`${calleeText} is not a constructor`);
  }

  /** Calls a guest function from host code and runs it to completion (it may not suspend). */
  callSync(fn: unknown, thisv: unknown, args: unknown[]): unknown {
    if (this.nested >= MAX_NESTED_CALLS) {
      throw new LimitError("depth", `Maximum call stack size exceeded (more than ${MAX_NESTED_CALLS} nested builtin callbacks such as valueOf, toString, toJSON or getters)`, this.trace());
    }
    const stopFp = this.fp;
    const savedSp = this.sp;
    // Keep the caller's pc: a native called from the loop has it synced already.
    const pushed = this.pushCall(fn, thisv, args);
    if (pushed === SUSPENDED) {
      throw new PendingError("Error", "cannot suspend inside a builtin callback");
    }
    if (pushed === false) {
      const r = this.stack[--this.sp];
      this.sp = savedSp;
      return r;
    }
    this.nested++;
    try {
      return this.loop(stopFp);
    } finally {
      this.nested--;
      this.sp = savedSp;
    }
  }

  // ---------------------------------------------------------------- exceptions

  /**
   * Transfers control to the innermost handler above `stopFp`. Returns false when
   * there is none (the exception leaves this loop).
   */
  private unwind(value: unknown, stopFp: number): boolean {
    if (this.hp > 0) {
      const h = this.handlers[this.hp - 1]!;
      if (h.fp > stopFp) {
        this.hp--;
        this.fp = h.fp;
        this.sp = h.sp;
        this.stack[this.sp++] = value;
        this.frames[this.fp - 1]!.pc = h.pc;
        return true;
      }
    }
    this.lastThrowTrace = this.trace();
    this.fp = stopFp;
    return false;
  }

  /** Turns a host-side throw inside the loop into a guest value (or rethrows a limit/host bug). */
  private guestValueOf(err: unknown): unknown {
    if (err instanceof GuestThrow) return err.value;
    if (err instanceof PendingError) return this.makeError(err.kind, err.message);
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      throw new LimitError("depth", "Maximum call stack size exceeded (host stack)", this.trace());
    }
    throw err;
  }

  // ---------------------------------------------------------------- the loop

  /** Runs frames until the frame count returns to `stopFp`; returns the value or SUSPENDED. */
  loop(stopFp: number): unknown {
    for (;;) {
      try {
        return this.run(stopFp);
      } catch (err) {
        const value = this.guestValueOf(err);
        if (!this.unwind(value, stopFp)) throw new GuestThrow(value);
      }
    }
  }

  private run(stopFp: number): unknown {
    const realm = this.realm;
    const stack = this.stack;
    let frame = this.frames[this.fp - 1]!;
    let fn = frame.fn;
    let code = fn.code;
    let consts = fn.consts;
    let base = frame.base;
    let pc = frame.pc;
    let sp = this.sp;
    let a: unknown, b: unknown, c: unknown;
    // The pc lives in a local; when anything below throws, the catch records it in the
    // frame so the error's position (and any handler search) sees where it happened.
    try {
    // A slow path that pushed a frame (getter, bound or spread call, constructor) continues
    // `enter`, which reloads the registers from the new top frame.
    enter: for (;;) {
    frame = this.frames[this.fp - 1]!;
    fn = frame.fn;
    code = fn.code;
    consts = fn.consts;
    base = frame.base;
    pc = frame.pc;
    sp = this.sp;
    for (;;) {
      const op = code[pc++]!;
      switch (op) {
        case 0: // NOP
          break;
        case 1: // PUSH_UNDEF
          stack[sp++] = undefined;
          break;
        case 2: // PUSH_NULL
          stack[sp++] = null;
          break;
        case 3: // PUSH_TRUE
          stack[sp++] = true;
          break;
        case 4: // PUSH_FALSE
          stack[sp++] = false;
          break;
        case 5: // PUSH_INT
          stack[sp++] = code[pc++];
          break;
        case 6: // PUSH_CONST
          stack[sp++] = consts[code[pc++]!];
          break;
        case 7: // POP
          sp--;
          break;
        case 8: // DUP
          stack[sp] = stack[sp - 1];
          sp++;
          break;
        case 9: // DUP2
          stack[sp] = stack[sp - 2];
          stack[sp + 1] = stack[sp - 1];
          sp += 2;
          break;
        case 10: // SWAP
          a = stack[sp - 1];
          stack[sp - 1] = stack[sp - 2];
          stack[sp - 2] = a;
          break;
        case 11: // ROT3: a b c -> c a b
          c = stack[sp - 1];
          stack[sp - 1] = stack[sp - 2];
          stack[sp - 2] = stack[sp - 3];
          stack[sp - 3] = c;
          break;
        case 12: // ROT4: a b c d -> d a b c
          c = stack[sp - 1];
          stack[sp - 1] = stack[sp - 2];
          stack[sp - 2] = stack[sp - 3];
          stack[sp - 3] = stack[sp - 4];
          stack[sp - 4] = c;
          break;
        case 13: // GET_LOC
          stack[sp++] = stack[base + code[pc++]!];
          break;
        case 14: // STORE_LOC
          stack[base + code[pc++]!] = stack[--sp];
          break;
        case 15: // GET_LOC_CHK
          a = stack[base + code[pc]!];
          if (a === HOLE) this.tdz(consts[code[pc + 1]!] as string);
          stack[sp++] = a;
          pc += 2;
          break;
        case 16: // INIT_HOLE
          stack[base + code[pc++]!] = HOLE;
          break;
        case 17: // GET_CELL
          stack[sp++] = (stack[base + code[pc++]!] as Cell).v;
          break;
        case 18: // STORE_CELL
          (stack[base + code[pc++]!] as Cell).v = stack[--sp];
          break;
        case 19: // GET_CELL_CHK
          a = (stack[base + code[pc]!] as Cell).v;
          if (a === HOLE) this.tdz(consts[code[pc + 1]!] as string);
          stack[sp++] = a;
          pc += 2;
          break;
        case 20: // STORE_CELL_CHK
          c = stack[base + code[pc]!] as Cell;
          if ((c as Cell).v === HOLE) this.tdz(consts[code[pc + 1]!] as string);
          (c as Cell).v = stack[--sp];
          pc += 2;
          break;
        case 21: // NEW_CELL
          stack[base + code[pc++]!] = new Cell(HOLE);
          break;
        case 22: // BOX_CELL
          a = base + code[pc++]!;
          stack[a as number] = new Cell(stack[a as number]);
          break;
        case 23: // FRESH_CELL
          a = base + code[pc++]!;
          stack[a as number] = new Cell((stack[a as number] as Cell).v);
          break;
        case 24: // GET_CAP
          stack[sp++] = frame.closure.cells[code[pc++]!]!.v;
          break;
        case 25: // STORE_CAP
          frame.closure.cells[code[pc++]!]!.v = stack[--sp];
          break;
        case 26: // GET_CAP_CHK
          a = frame.closure.cells[code[pc]!]!.v;
          if (a === HOLE) this.tdz(consts[code[pc + 1]!] as string);
          stack[sp++] = a;
          pc += 2;
          break;
        case 27: // STORE_CAP_CHK
          c = frame.closure.cells[code[pc]!]!;
          if ((c as Cell).v === HOLE) this.tdz(consts[code[pc + 1]!] as string);
          (c as Cell).v = stack[--sp];
          pc += 2;
          break;
        case 28: { // GET_GLOBAL
          const name = consts[code[pc++]!] as string;
          a = realm.globals[name];
          if (a === undefined && !(name in realm.globals)) throw new PendingError("ReferenceError", `${name} is not defined`);
          stack[sp++] = a;
          break;
        }
        case 29: { // TYPEOF_GLOBAL
          const name = consts[code[pc++]!] as string;
          stack[sp++] = typeOf(realm.globals[name]);
          break;
        }
        case 30: // GET_THIS
          stack[sp++] = stack[base - 1];
          break;
        case 31: // GET_CALLEE
          stack[sp++] = frame.closure;
          break;
        case 32: // GET_ARGUMENTS
          this.chargeHeap(OBJECT_BYTES + 8 * (frame.args?.length ?? 0));
          stack[sp++] = new KArray(realm.ArrayProto, frame.args ? frame.args.slice() : []);
          break;
        case 33: // CONST_ASSIGN
          throw new PendingError("TypeError", "Assignment to constant variable.");
        case 34: { // GET_PROP
          a = stack[sp - 1];
          const key = consts[code[pc++]!] as string;
          if (!(a instanceof KObject && a.constructor === KObject && !a.hasAccessors && (b = a.props[key]) !== undefined)) {
            b = this.slowGet(frame, pc, sp, a, key);
            if (b === ACCESSOR_CALLED) continue enter;
          }
          stack[sp - 1] = b;
          break;
        }
        case 35: { // STORE_PROP
          a = stack[sp - 2];
          const key = consts[code[pc++]!] as string;
          b = stack[sp - 1];
          // An own data property of a plain object, neither frozen nor with accessors or
          // attributes, already holding a value: written in place. setProp otherwise (it
          // may call a setter, so the frame is saved first).
          if (a instanceof KObject && a.constructor === KObject && !a.frozen && !a.hasAccessors && a.attrs === null && a.props[key] !== undefined) a.props[key] = b;
          else {
            this.save(frame, pc, sp);
            setProp(this, a, key, b);
          }
          stack[sp - 2] = b;
          sp--;
          break;
        }
        case 36: { // GET_ELEM
          a = stack[sp - 2];
          b = stack[sp - 1];
          if (a instanceof KArray && typeof b === "number") {
            c = b >= 0 ? a.items[b] : undefined;
            stack[sp - 2] = c === EMPTY ? undefined : c;
            sp--;
            break;
          }
          this.save(frame, pc, sp);
          const key = toKey(this, b);
          c = this.getGeneric(a, key, sp - 1);
          if (c === ACCESSOR_CALLED) continue enter;
          stack[sp - 2] = c;
          sp--;
          break;
        }
        case 37: // STORE_ELEM
          a = stack[sp - 3];
          b = stack[sp - 2];
          c = stack[sp - 1];
          if (a instanceof KArray && typeof b === "number" && b >= 0 && b <= a.items.length && !a.frozen && Number.isInteger(b) && (a.attrs === null || (b < a.items.length && a.items[b] !== EMPTY))) {
            if (b === a.items.length) {
              if ((this.heapLeft -= 8) < 0) this.chargeHeap(0);
              if (b >= this.limits.maxArrayLength) this.checkArrayLength(b + 1);
              a.items.push(c);
            } else a.items[b] = c;
          } else {
            this.save(frame, pc, sp);
            setProp(this, a, toKey(this, b), c);
          }
          stack[sp - 3] = c;
          sp -= 2;
          break;
        case 38: { // GET_METHOD
          a = stack[sp - 1];
          const key = consts[code[pc++]!] as string;
          this.save(frame, pc, sp);
          b = undefined;
          if (a instanceof KObject) {
            // Methods usually live on a prototype: walk the tables; virtual properties
            // (length, size…) are never stored there, so a miss takes the full path.
            for (let x: KObject | null = a; x !== null; x = x.proto) {
              b = x.props[key];
              if (b !== undefined) break;
            }
            if (b === undefined || b instanceof Accessor) b = getProp(this, a, key);
          } else b = getProp(this, a, key);
          stack[sp - 1] = b;
          stack[sp++] = a;
          break;
        }
        case 39: // GET_METHOD_ELEM
          a = stack[sp - 2];
          this.save(frame, pc, sp);
          b = getProp(this, a, toKey(this, stack[sp - 1]));
          stack[sp - 2] = b;
          stack[sp - 1] = a;
          break;
        case 40: // DELETE_PROP
          a = consts[code[pc++]!];
          this.save(frame, pc, sp);
          stack[sp - 1] = deleteProp(this, stack[sp - 1], a as string);
          break;
        case 41: // DELETE_ELEM
          this.save(frame, pc, sp);
          stack[sp - 2] = deleteProp(this, stack[sp - 2], toKey(this, stack[sp - 1]));
          sp--;
          break;
        case 42: // IN
          a = stack[sp - 2];
          b = stack[sp - 1];
          // The array callbacks' `i in a`: a present element answers without a key conversion.
          if (b instanceof KArray && typeof a === "number" && a >= 0 && a < b.items.length && Number.isInteger(a) && b.items[a] !== EMPTY) {
            stack[sp - 2] = true;
            sp--;
            break;
          }
          this.save(frame, pc, sp);
          stack[sp - 2] = hasProp(this, a, b);
          sp--;
          break;
        case 43: // INSTANCEOF
          this.save(frame, pc, sp);
          stack[sp - 2] = instanceOf(this, stack[sp - 2], stack[sp - 1]);
          sp--;
          break;
        case 44: // NEW_OBJECT
          if ((this.heapLeft -= OBJECT_BYTES) < 0) this.chargeHeap(0);
          stack[sp++] = new KObject(realm.ObjectProto);
          break;
        case 45: { // NEW_ARRAY
          const n = code[pc++]!;
          if ((this.heapLeft -= OBJECT_BYTES + 8 * n) < 0) this.chargeHeap(0);
          const items = new Array(n);
          for (let i = 0; i < n; i++) items[i] = stack[sp - n + i];
          sp -= n;
          stack[sp++] = new KArray(realm.ArrayProto, items);
          break;
        }
        case 46: // ARRAY_PUSH
          if ((this.heapLeft -= 8) < 0) this.chargeHeap(0);
          (stack[sp - 2] as KArray).items.push(stack[sp - 1]);
          sp--;
          break;
        case 151: // ARRAY_HOLE
          if ((this.heapLeft -= 8) < 0) this.chargeHeap(0);
          (stack[sp - 1] as KArray).items.push(EMPTY);
          break;
        case 47: { // ARRAY_SPREAD
          this.save(frame, pc, sp);
          b = stack[sp - 1];
          let items: unknown[];
          if (b instanceof KArray) items = elemList(b.items);
          else {
            const it = builtinIter(this, b);
            if (!(it instanceof KIter)) {
              // A script's iterable: the prelude's spread(arr, iterable) runs on the VM's frames; arr lands where it was.
              const fnS = realm.iterSpread!;
              a = stack[sp - 2];
              stack[sp - 2] = fnS;
              stack[sp - 1] = undefined;
              stack[sp] = a;
              stack[sp + 1] = b;
              this.sp = sp + 2;
              this.enterClosure(fnS, 2, null);
              continue enter;
            }
            items = iterRest(this, it);
          }
          const target = (stack[sp - 2] as KArray).items;
          this.checkArrayLength(target.length + items.length);
          this.chargeHeap(8 * items.length);
          for (let i = 0; i < items.length; i++) target.push(items[i]);
          sp--;
          break;
        }
        case 48: { // DEFINE_FIELD
          const o = stack[sp - 2] as KObject;
          if ((this.heapLeft -= 16) < 0) this.chargeHeap(0);
          o.props[consts[code[pc++]!] as string] = stack[sp - 1];
          sp--;
          break;
        }
        case 49: { // DEFINE_ELEM
          this.save(frame, pc, sp);
          const o = stack[sp - 3] as KObject;
          const key = propKey(toKey(this, stack[sp - 2]));
          if ((this.heapLeft -= 16) < 0) this.chargeHeap(0);
          if (o.hasAccessors) delete o.props[key];
          o.props[key] = stack[sp - 1];
          sp -= 2;
          break;
        }
        case 50: // DEFINE_GETTER
        case 51: { // DEFINE_SETTER
          this.save(frame, pc, sp);
          const o = stack[sp - 3] as KObject;
          const key = propKey(toKey(this, stack[sp - 2]));
          const f = stack[sp - 1] as KObject;
          const cur = o.props[key];
          const acc = cur instanceof Accessor ? cur : new Accessor(undefined, undefined);
          if (op === 50) acc.get = f;
          else acc.set = f;
          if (!(cur instanceof Accessor)) delete o.props[key];
          o.props[key] = acc;
          o.hasAccessors = true;
          sp -= 2;
          break;
        }
        case 52: // OBJECT_SPREAD
          this.save(frame, pc, sp);
          this.objectSpread(stack[sp - 2] as KObject, stack[sp - 1]);
          sp--;
          break;
        case 53: { // CLOSURE
          const target = fn.program!.functions[code[pc++]!]!;
          const caps = target.captures;
          const cells: Cell[] = new Array(caps.length);
          for (let i = 0; i < caps.length; i++) {
            const cap = caps[i]!;
            cells[i] = cap.fromParentSlot ? (stack[base + cap.index] as Cell) : frame.closure.cells[cap.index]!;
          }
          if ((this.heapLeft -= 64) < 0) this.chargeHeap(0);
          stack[sp++] = new KClosure(realm.FunctionProto, target, cells);
          break;
        }
        case 54: { // REGEXP
          const rc = consts[code[pc++]!] as { re: { source: string; flags: string } };
          this.save(frame, pc, sp);
          stack[sp++] = new KRegExp(realm.RegExpProto, createRegExp(rc.re.source, rc.re.flags));
          break;
        }
        case 55: { // TEMPLATE
          const n = code[pc++]!;
          this.save(frame, pc, sp);
          let s = "";
          for (let i = sp - n; i < sp; i++) {
            const v = stack[i];
            s += typeof v === "string" ? v : toStr(this, v);
          }
          sp -= n;
          if ((this.heapLeft -= s.length * 2) < 0) this.chargeHeap(0);
          stack[sp++] = this.checkString(s);
          break;
        }
        case 56: // ADD
          a = stack[sp - 2];
          b = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") stack[sp - 2] = a + b;
          else if (typeof a === "string" && typeof b === "string") stack[sp - 2] = this.concat(a, b);
          else {
            this.save(frame, pc, sp);
            stack[sp - 2] = addSlow(this, a, b);
          }
          sp--;
          break;
        case 57: // SUB
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = typeof a === "number" && typeof b === "number" ? a - b : this.numAt(frame, pc, sp, a) - this.numAt(frame, pc, sp, b);
          sp--;
          break;
        case 58: // MUL
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = typeof a === "number" && typeof b === "number" ? a * b : this.numAt(frame, pc, sp, a) * this.numAt(frame, pc, sp, b);
          sp--;
          break;
        case 59: // DIV
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = typeof a === "number" && typeof b === "number" ? a / b : this.numAt(frame, pc, sp, a) / this.numAt(frame, pc, sp, b);
          sp--;
          break;
        case 60: // MOD
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = typeof a === "number" && typeof b === "number" ? a % b : this.numAt(frame, pc, sp, a) % this.numAt(frame, pc, sp, b);
          sp--;
          break;
        case 61: // POW
          stack[sp - 2] = this.numAt(frame, pc, sp, stack[sp - 2]) ** this.numAt(frame, pc, sp, stack[sp - 1]);
          sp--;
          break;
        case 62: // BIT_AND
          stack[sp - 2] = this.numAt(frame, pc, sp, stack[sp - 2]) & this.numAt(frame, pc, sp, stack[sp - 1]);
          sp--;
          break;
        case 63: // BIT_OR
          stack[sp - 2] = this.numAt(frame, pc, sp, stack[sp - 2]) | this.numAt(frame, pc, sp, stack[sp - 1]);
          sp--;
          break;
        case 64: // BIT_XOR
          stack[sp - 2] = this.numAt(frame, pc, sp, stack[sp - 2]) ^ this.numAt(frame, pc, sp, stack[sp - 1]);
          sp--;
          break;
        case 65: // SHL
          stack[sp - 2] = this.numAt(frame, pc, sp, stack[sp - 2]) << this.numAt(frame, pc, sp, stack[sp - 1]);
          sp--;
          break;
        case 66: // SHR
          stack[sp - 2] = this.numAt(frame, pc, sp, stack[sp - 2]) >> this.numAt(frame, pc, sp, stack[sp - 1]);
          sp--;
          break;
        case 67: // USHR
          stack[sp - 2] = this.numAt(frame, pc, sp, stack[sp - 2]) >>> this.numAt(frame, pc, sp, stack[sp - 1]);
          sp--;
          break;
        case 68: // EQ
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = a === b || (typeof a === typeof b && typeof a !== "object" ? a == b : (this.save(frame, pc, sp), looseEquals(this, a, b)));
          sp--;
          break;
        case 69: // NE
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = !(a === b || (typeof a === typeof b && typeof a !== "object" ? a == b : (this.save(frame, pc, sp), looseEquals(this, a, b))));
          sp--;
          break;
        case 70: // SEQ
          stack[sp - 2] = stack[sp - 2] === stack[sp - 1];
          sp--;
          break;
        case 71: // SNE
          stack[sp - 2] = stack[sp - 2] !== stack[sp - 1];
          sp--;
          break;
        case 72: // LT
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = typeof a === "number" && typeof b === "number" ? a < b : this.lt(frame, pc, sp, a, b);
          sp--;
          break;
        case 73: // LE
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = typeof a === "number" && typeof b === "number" ? a <= b : this.le(frame, pc, sp, a, b);
          sp--;
          break;
        case 74: // GT
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = typeof a === "number" && typeof b === "number" ? a > b : this.lt(frame, pc, sp, b, a);
          sp--;
          break;
        case 75: // GE
          a = stack[sp - 2];
          b = stack[sp - 1];
          stack[sp - 2] = typeof a === "number" && typeof b === "number" ? a >= b : this.le(frame, pc, sp, b, a);
          sp--;
          break;
        case 76: // NEG
          a = stack[sp - 1];
          stack[sp - 1] = typeof a === "number" ? -a : -this.numAt(frame, pc, sp, a);
          break;
        case 77: // TO_NUMBER
          a = stack[sp - 1];
          if (typeof a !== "number") stack[sp - 1] = this.numAt(frame, pc, sp, a);
          break;
        case 78: // NOT
          a = stack[sp - 1];
          stack[sp - 1] = typeof a === "object" ? a === null : !a;
          break;
        case 79: // BIT_NOT
          stack[sp - 1] = ~this.numAt(frame, pc, sp, stack[sp - 1]);
          break;
        case 80: // TYPEOF
          stack[sp - 1] = typeOf(stack[sp - 1]);
          break;
        case 81: // INC
          a = stack[sp - 1];
          stack[sp - 1] = (typeof a === "number" ? a : this.numAt(frame, pc, sp, a)) + 1;
          break;
        case 82: // DEC
          a = stack[sp - 1];
          stack[sp - 1] = (typeof a === "number" ? a : this.numAt(frame, pc, sp, a)) - 1;
          break;
        case 83: // JUMP
          pc = code[pc]!;
          break;
        case 84: { // LOOP
          const target = code[pc]!;
          if ((this.fuel -= pc - target) <= 0) this.refuel();
          pc = target;
          break;
        }
        case 85: // JUMP_IF_FALSE
          a = stack[--sp];
          if (typeof a === "boolean" ? !a : !truthy(a)) pc = code[pc]!;
          else pc++;
          break;
        case 86: // JUMP_IF_TRUE
          a = stack[--sp];
          if (typeof a === "boolean" ? a : truthy(a)) pc = code[pc]!;
          else pc++;
          break;
        case 87: // JUMP_IF_FALSE_KEEP
          if (!truthy(stack[sp - 1])) pc = code[pc]!;
          else {
            sp--;
            pc++;
          }
          break;
        case 88: // JUMP_IF_TRUE_KEEP
          if (truthy(stack[sp - 1])) pc = code[pc]!;
          else {
            sp--;
            pc++;
          }
          break;
        case 89: // JUMP_IF_NOT_NULLISH_KEEP
          a = stack[sp - 1];
          if (a !== null && a !== undefined) pc = code[pc]!;
          else {
            sp--;
            pc++;
          }
          break;
        case 90: // JUMP_IF_NULLISH
          a = stack[sp - 1];
          if (a === null || a === undefined) {
            stack[sp - 1] = undefined;
            pc = code[pc]!;
          } else pc++;
          break;
        case 91: // JUMP_IF_CALLEE_NULLISH
          a = stack[sp - 2];
          if (a === null || a === undefined) {
            sp--;
            stack[sp - 1] = undefined;
            pc = code[pc]!;
          } else pc++;
          break;
        case 92: { // CALL
          const argc = code[pc]!;
          const callee = stack[sp - argc - 2];
          pc += 2;
          frame.pc = pc;
          if (callee instanceof KClosure) {
            const f = callee.fn;
            if (f.restSlot < 0 && !f.usesArguments && this.fp < this.depthLimit) {
              if ((this.fuel -= CALL_COST) <= 0) {
                this.sp = sp;
                this.refuel();
              }
              // Fast path (no rest parameter, no `arguments`): extra arguments are dropped,
              // missing ones and the other locals start undefined.
              let nf = this.frames[this.fp];
              if (nf === undefined) nf = this.frames[this.fp] = new Frame();
              nf.closure = callee;
              nf.fn = f;
              nf.pc = 0;
              nf.base = sp - argc;
              nf.newObj = null;
              nf.newTarget = null;
              nf.args = null;
              if (argc > f.nparams) sp = nf.base + f.nparams;
              const end = nf.base + f.nslots;
              while (sp < end) stack[sp++] = undefined;
              this.fp++;
              frame = nf;
              fn = f;
              code = f.code;
              consts = f.consts;
              base = nf.base;
              pc = 0;
              break;
            }
            this.save(frame, pc, sp);
            this.enterClosure(callee, argc, null);
          } else if (callee === realm.arrayPush && argc === 1 && (a = stack[sp - 2]) instanceof KArray && !(a as KArray).frozen && (a as KArray).attrs === null) {
            // arr.push(x), the most common builtin call: no argument array, no native frame.
            const items = (a as KArray).items;
            if ((this.heapLeft -= 8) < 0) this.chargeHeap(0);
            if (items.length >= this.limits.maxArrayLength) this.checkArrayLength(items.length + 1);
            items.push(stack[sp - 1]);
            sp -= 3;
            stack[sp++] = items.length;
            break;
          } else {
            this.save(frame, pc, sp);
            const r = this.callOther(callee, argc, consts[code[pc - 1]!] as string);
            if (r === SUSPENDED) return SUSPENDED;
            if (r === false) {
              sp = this.sp;
              break;
            }
          }
          continue enter;
        }
        case 93: { // CALL_SPREAD
          pc++;
          this.save(frame, pc, sp);
          const args = (stack[sp - 1] as KArray).items;
          const callee = stack[sp - 3];
          const thisv = stack[sp - 2];
          this.sp = sp - 3;
          if (!(callee instanceof KFunction)) typeError(`${consts[code[pc - 1]!] as string} is not a function`);
          const r = this.pushCall(callee, thisv, args);
          if (r === SUSPENDED) return SUSPENDED;
          if (r === false) {
            sp = this.sp;
            break;
          }
          continue enter;
        }
        case 94: // NEW
        case 95: { // NEW_SPREAD
          let argc: number;
          let text: string;
          if (op === 94) {
            argc = code[pc]!;
            text = consts[code[pc + 1]!] as string;
            pc += 2;
          } else {
            text = consts[code[pc]!] as string;
            pc++;
            const args = (stack[--sp] as KArray).items;
            for (let i = 0; i < args.length; i++) stack[sp++] = args[i];
            argc = args.length;
          }
          this.save(frame, pc, sp);
          const r = this.construct(stack[sp - argc - 1], argc, text);
          if (r === SUSPENDED) return SUSPENDED;
          if (r === false) {
            sp = this.sp;
            break;
          }
          continue enter;
        }
        case 96: // RETURN
        case 97: { // RETURN_UNDEF
          let v = op === 96 ? stack[sp - 1] : undefined;
          if (frame.newObj !== null && !(v instanceof KObject)) v = frame.newObj;
          sp = base - 2;
          stack[sp++] = v;
          this.fp--;
          while (this.hp > 0 && this.handlers[this.hp - 1]!.fp > this.fp) this.hp--;
          if (this.fp === stopFp) {
            this.sp = sp - 1;
            return v;
          }
          frame = this.frames[this.fp - 1]!;
          fn = frame.fn;
          code = fn.code;
          consts = fn.consts;
          base = frame.base;
          pc = frame.pc;
          break;
        }
        case 98: // THROW
          throw new GuestThrow(stack[sp - 1]);
        case 99: { // TRY_PUSH
          let h = this.handlers[this.hp];
          if (h === undefined) h = this.handlers[this.hp] = { fp: 0, pc: 0, sp: 0 };
          h.fp = this.fp;
          h.pc = code[pc++]!;
          h.sp = sp;
          this.hp++;
          break;
        }
        case 100: // TRY_POP
          this.hp--;
          break;
        case 101: { // THROW_CONST_ERROR
          const kind = code[pc] === 1 ? "ReferenceError" : "TypeError";
          throw new PendingError(kind, consts[code[pc + 1]!] as string);
        }
        case 102: { // ITER_INIT (followed by ITER_WRAP, which a builtin iterable skips)
          this.save(frame, pc, sp);
          a = stack[sp - 1];
          const it = builtinIter(this, a);
          if (it instanceof KIter) {
            stack[sp - 1] = it;
            pc++;
            break;
          }
          // obj[Symbol.iterator](): its frame returns to ITER_WRAP with the iterator where obj was.
          this.sp = sp - 1;
          const r = this.pushCall(it, a, NO_ARGS);
          if (r === SUSPENDED) return SUSPENDED;
          if (r === false) {
            sp = this.sp;
            break;
          }
          continue enter;
        }
        case 103: // FORIN_INIT
          stack[sp - 1] = new KIter(realm.IterProto, "list", forInKeys(stack[sp - 1]), 0);
          break;
        case 104: { // ITER_NEXT (followed by ITER_RESULT, which a builtin iterator skips)
          const it = stack[sp - 1] as KIter;
          if (it.kind === "array") {
            // The common case inline: an array's next element, or done.
            const items = (it.source as KArray).items;
            if (it.index < items.length) {
              a = items[it.index++];
              stack[sp++] = a === EMPTY ? undefined : a;
              pc += 3;
            } else pc = code[pc]!;
            break;
          }
          a = iterNext(it);
          if (a === DONE) pc = code[pc]!;
          else if (a !== CALL_NEXT) {
            stack[sp++] = a;
            pc += 3;
          } else {
            // it.next(): its frame returns to ITER_RESULT with the result above the iterator.
            this.save(frame, pc + 1, sp);
            it.inNext = true;
            const r = this.pushCall(it.nextFn, it.source, NO_ARGS);
            if (r === SUSPENDED) return SUSPENDED;
            if (r === false) {
              sp = this.sp;
              pc++;
              break;
            }
            continue enter;
          }
          break;
        }
        case 105: // ITER_VALUE (followed by ITER_RESULT_VALUE, which a builtin iterator skips)
          a = iterNext(stack[sp - 1] as KIter);
          if (a !== CALL_NEXT) {
            stack[sp++] = a === DONE ? undefined : a;
            pc++;
          } else {
            const it = stack[sp - 1] as KIter;
            this.save(frame, pc, sp);
            it.inNext = true;
            const r = this.pushCall(it.nextFn, it.source, NO_ARGS);
            if (r === SUSPENDED) return SUSPENDED;
            if (r === false) {
              sp = this.sp;
              break;
            }
            continue enter;
          }
          break;
        case 106: { // ITER_REST
          this.save(frame, pc, sp);
          const it = stack[sp - 1] as KIter;
          if (it.kind === "user" && !it.done) {
            // The prelude's rest(it) collects it on the VM's frames; its result lands above the iterator.
            const fnR = realm.iterRest!;
            stack[sp] = fnR;
            stack[sp + 1] = undefined;
            stack[sp + 2] = it;
            this.sp = sp + 3;
            this.enterClosure(fnR, 1, null);
            continue enter;
          }
          stack[sp] = new KArray(realm.ArrayProto, iterRest(this, it));
          sp++;
          break;
        }
        case 107: // GET_LOC2
          stack[sp++] = stack[base + code[pc]!];
          stack[sp++] = stack[base + code[pc + 1]!];
          pc += 2;
          break;
        case 108: { // INC_LOC
          const i = base + code[pc++]!;
          a = stack[i];
          stack[i] = (typeof a === "number" ? a : this.numAt(frame, pc, sp, a)) + 1;
          break;
        }
        case 109: // ADD_LOC
          a = stack[sp - 1];
          b = stack[base + code[pc++]!];
          if (typeof a === "number" && typeof b === "number") stack[sp - 1] = a + b;
          else if (typeof a === "string" && typeof b === "string") stack[sp - 1] = this.concat(a, b);
          else {
            this.save(frame, pc, sp);
            stack[sp - 1] = addSlow(this, a, b);
          }
          break;
        case 110: // ADD_CONST
          a = stack[sp - 1];
          b = consts[code[pc++]!];
          if (typeof a === "number" && typeof b === "number") stack[sp - 1] = a + b;
          else if (typeof a === "string" && typeof b === "string") stack[sp - 1] = this.concat(a, b);
          else {
            this.save(frame, pc, sp);
            stack[sp - 1] = addSlow(this, a, b);
          }
          break;
        case 111: // LT_JUMP_IF_FALSE
          a = stack[sp - 2];
          b = stack[sp - 1];
          sp -= 2;
          if (typeof a === "number" && typeof b === "number" ? a < b : this.lt(frame, pc, sp + 2, a, b)) pc++;
          else pc = code[pc]!;
          break;
        case 112: { // GET_LOC_PROP
          a = stack[base + code[pc]!];
          const key = consts[code[pc + 1]!] as string;
          pc += 2;
          if (a instanceof KObject && a.constructor === KObject && !a.hasAccessors && (b = a.props[key]) !== undefined) {
            stack[sp++] = b;
            break;
          }
          stack[sp++] = a;
          b = this.slowGet(frame, pc, sp, a, key);
          if (b === ACCESSOR_CALLED) continue enter;
          stack[sp - 1] = b;
          break;
        }
        case 113: // REQUIRE_OBJECT
          a = stack[sp - 1];
          if (a === null || a === undefined) throw new PendingError("TypeError", `Cannot destructure '${a}' as it is ${a}.`);
          break;
        case 114: { // OBJECT_REST
          this.save(frame, pc, sp);
          const rest = new KObject(realm.ObjectProto);
          const except = (stack[sp - 1] as KArray).items.map((k) => propKey(toKey(this, k)));
          this.objectSpread(rest, stack[sp - 2], except);
          stack[sp - 2] = rest;
          sp--;
          break;
        }
        case 115: // ADD_INT
          a = stack[sp - 1];
          b = code[pc++];
          if (typeof a === "number") stack[sp - 1] = a + (b as number);
          else {
            this.save(frame, pc, sp);
            stack[sp - 1] = addSlow(this, a, b);
          }
          break;
        case 116: // SUB_INT
          a = stack[sp - 1];
          b = code[pc++];
          stack[sp - 1] = (typeof a === "number" ? a : this.numAt(frame, pc, sp, a)) - (b as number);
          break;
        case 117: // GET_CAP_U
          stack[sp++] = frame.closure.cells[code[pc++]!]!.v;
          stack[sp++] = undefined;
          break;
        case 118: { // GET_GLOBAL_U
          const name = consts[code[pc++]!] as string;
          a = realm.globals[name];
          if (a === undefined && !(name in realm.globals)) throw new PendingError("ReferenceError", `${name} is not defined`);
          stack[sp++] = a;
          stack[sp++] = undefined;
          break;
        }
        case 119: // LOC_LT_INT_JUMP_IF_FALSE
          a = stack[base + code[pc]!];
          b = code[pc + 1];
          if (typeof a === "number" ? a < (b as number) : this.lt(frame, pc, sp, a, b)) pc += 3;
          else pc = code[pc + 2]!;
          break;
        case 120: { // MAKE_CLASS
          const hasParent = code[pc++] === 1;
          this.save(frame, pc, sp);
          a = stack[sp - 1];
          stack[sp - 1] = makeClass(this, a as KClosure, hasParent, stack[sp - 2]);
          stack[sp - 2] = a;
          break;
        }
        case 121: { // DEFINE_METHOD
          const kind = code[pc++]!;
          this.save(frame, pc, sp);
          defineMethod(this, stack[sp - 3] as KObject, propKey(toKey(this, stack[sp - 2])), stack[sp - 1] as KObject, kind);
          sp -= 2;
          break;
        }
        case 122: // CHECK_CLASS_CALL
          if (frame.newTarget === null) {
            throw new PendingError("TypeError", `Class constructor ${consts[code[pc]!] as string} cannot be invoked without 'new'`);
          }
          pc++;
          break;
        case 123: // GET_NEW_TARGET
          stack[sp++] = frame.newTarget ?? undefined;
          break;
        case 124: { // SUPER_CALL
          const text = consts[code[pc++]!] as string;
          this.save(frame, pc, sp);
          const parent = (stack[sp - 3] as KObject).proto;
          const nt = stack[sp - 2] as KObject;
          const args = (stack[sp - 1] as KArray).items;
          if (!isConstructorValue(parent)) typeError(`Super constructor ${parent === null ? "null" : describeCallee(parent)} of anonymous class is not a constructor`);
          sp -= 3;
          stack[sp++] = parent;
          for (let i = 0; i < args.length; i++) stack[sp++] = args[i];
          this.sp = sp;
          const r = this.construct(parent, args.length, text, nt);
          if (r === SUSPENDED) return SUSPENDED;
          if (r === false) {
            sp = this.sp;
            break;
          }
          continue enter;
        }
        case 125: // SUPER_GET
          this.save(frame, pc, sp);
          stack[sp - 3] = superGet(this, stack[sp - 3] as KObject, stack[sp - 2], propKey(toKey(this, stack[sp - 1])));
          sp -= 2;
          break;
        case 126: // THROW_IF_INIT
          if (stack[--sp] !== HOLE) throw new PendingError("ReferenceError", "Super constructor may only be called once");
          break;
        case 127: // CHECK_DERIVED_RETURN
          a = stack[sp - 2];
          b = stack[--sp];
          if (!(a instanceof KObject)) {
            if (a !== undefined) throw new PendingError("TypeError", "Derived constructors may only return object or undefined");
            if (b === HOLE) throw new PendingError("ReferenceError", MUST_CALL_SUPER);
            stack[sp - 1] = b;
          }
          break;
        case 128: // NEW_PRIVATE
          if ((this.heapLeft -= 64) < 0) this.chargeHeap(0);
          stack[sp++] = new KPrivateName(consts[code[pc]!] as string, consts[code[pc + 1]!] as string);
          pc += 2;
          break;
        case 129: { // SET_PRIVATE_METHOD
          const kind = code[pc++]!;
          const name = stack[sp - 2] as KPrivateName;
          a = stack[--sp];
          if (kind === 0) {
            name.kind = 1;
            name.value = a;
          } else {
            name.kind = 2;
            const acc = name.value instanceof Accessor ? name.value : (name.value = new Accessor(undefined, undefined));
            if (kind === 1) acc.get = a as KObject;
            else acc.set = a as KObject;
          }
          break;
        }
        case 130: { // GET_PRIVATE
          this.save(frame, pc, sp);
          a = stack[sp - 2];
          const name = stack[sp - 1] as KPrivateName;
          const privates = a instanceof KObject ? a.privates : null;
          // One lookup when the element holds a value; has() only to tell undefined from missing.
          b = privates === null ? undefined : privates.get(name);
          if (b === undefined && (privates === null || !privates.has(name))) privateMissing(name, false);
          if (b instanceof Accessor) {
            if (!(b.get instanceof KClosure)) typeError(`'${name.desc}' was defined without a getter`);
            // The getter's frame replaces obj and name; its result lands where obj was.
            this.sp = sp - 2;
            stack[this.sp++] = b.get;
            stack[this.sp++] = a;
            this.enterClosure(b.get, 0, null);
            continue enter;
          }
          stack[sp - 2] = b;
          sp--;
          break;
        }
        case 131: { // SET_PRIVATE
          this.save(frame, pc, sp);
          a = stack[sp - 3];
          const name = stack[sp - 2] as KPrivateName;
          c = stack[sp - 1];
          const privates = a instanceof KObject ? a.privates : null;
          if (privates === null || !privates.has(name)) privateMissing(name, true);
          if (name.kind === 1) typeError(`Private method '${name.desc}' is not writable`);
          if (name.kind === 2) {
            const setter = (name.value as Accessor).set;
            if (setter === undefined) typeError(`'${name.desc}' was defined without a setter`);
            this.callSync(setter, a, [c]);
          } else privates.set(name, c);
          stack[sp - 3] = c;
          sp -= 2;
          break;
        }
        case 132: { // DEFINE_PRIVATE
          this.save(frame, pc, sp);
          const o = stack[sp - 3] as KObject;
          const name = stack[sp - 2] as KPrivateName;
          if (o.privates?.has(name)) typeError(`Cannot initialize ${name.desc} twice on the same object`);
          this.chargeHeap(32);
          (o.privates ??= new Map()).set(name, stack[sp - 1]);
          sp -= 2;
          break;
        }
        case 133: { // ADD_PRIVATE_METHOD
          this.save(frame, pc, sp);
          const o = stack[sp - 2] as KObject;
          const name = stack[sp - 1] as KPrivateName;
          if (o.privates?.has(name)) typeError(`Cannot initialize private methods of class ${name.className || "anonymous"} twice on the same object`);
          this.chargeHeap(32);
          (o.privates ??= new Map()).set(name, name.value);
          sp--;
          break;
        }
        case 135: // ITER_WRAP
          this.save(frame, pc, sp);
          stack[sp - 1] = wrapIterator(this, stack[sp - 1]);
          break;
        case 136: { // ITER_RESULT
          this.save(frame, pc, sp);
          a = iterResult(this, stack[sp - 2] as KIter, stack[sp - 1]);
          if (a === DONE) {
            sp--;
            pc = code[pc]!;
          } else {
            stack[sp - 1] = a;
            pc++;
          }
          break;
        }
        case 137: // ITER_RESULT_VALUE
          this.save(frame, pc, sp);
          a = iterResult(this, stack[sp - 2] as KIter, stack[sp - 1]);
          stack[sp - 1] = a === DONE ? undefined : a;
          break;
        case 138: // ITER_CLOSE (followed by ITER_CLOSE_RESULT, which is skipped when nothing is called)
        case 156: { // ITER_CLOSE_ASYNC (followed by YIELD GEN_RESUMED ITER_CLOSE_RESULT: the result is awaited)
          const it = stack[sp - 1] as KIter;
          const skip = op === 138 ? 2 : 4;
          if (it.kind !== "user" || it.done || it.inNext) {
            // A builtin iterator, an exhausted or closed one, or one whose next() threw (it is done).
            if (it.inNext) {
              it.inNext = false;
              it.done = true;
            }
            sp--;
            pc += skip;
            break;
          }
          this.save(frame, pc, sp);
          it.done = true;
          a = getProp(this, it.source, "return");
          if (a === undefined || a === null) {
            sp--;
            pc += skip;
            break;
          }
          // it.return(): its frame returns to ITER_CLOSE_RESULT with the result where the iterator was.
          this.sp = sp - 1;
          const r = this.pushCall(a, it.source, NO_ARGS);
          if (r === SUSPENDED) return SUSPENDED;
          if (r === false) {
            sp = this.sp;
            break;
          }
          continue enter;
        }
        case 139: // ITER_CLOSE_RESULT
          a = stack[--sp];
          if (code[pc++] === 0 && !(a instanceof KObject)) {
            this.save(frame, pc, sp);
            typeError(`Iterator result ${describe(a)} is not an object`);
          }
          break;
        case 134: { // HAS_PRIVATE
          this.save(frame, pc, sp);
          a = stack[sp - 2];
          const name = stack[sp - 1] as KPrivateName;
          if (!(a instanceof KObject)) typeError(`Cannot use 'in' operator to search for '${name.desc}' in ${typeof a === "string" ? a : String(a)}`);
          stack[sp - 2] = a.privates !== null && a.privates.has(name);
          sp--;
          break;
        }
        // generators (see vm/generators.ts): a generator's frame leaves through leaveFrame
        case 140: { // GEN_START
          this.save(frame, pc, sp);
          if (fn.isAsync === true) {
            // An async function runs on: its promise is what the caller gets when it leaves (vm/promises.ts).
            startAsync(this, frame, base);
            break;
          }
          a = getProp(this, frame.closure, "prototype");
          this.chargeHeap(OBJECT_BYTES + 8 * (sp - base + 1));
          const gen = new KGenerator(a instanceof KObject ? a : realm.GeneratorProto, frame.closure, frame.args);
          gen.pc = pc;
          gen.saved = stack.slice(base - 1, sp);
          if (this.leaveFrame(base, gen, stopFp)) return gen;
          continue enter;
        }
        case 141: { // YIELD
          this.save(frame, pc, sp);
          if (fn.isAsync === true) {
            // await: the frame waits in its KAsync; the caller (or the job that resumed it) gets the call's promise.
            const co = this.generatorAt(base) as KAsync;
            b = stack[sp - 1];
            this.suspendGenerator(co, pc, base, sp - 1);
            awaitValue(this, co, b);
            a = co.promise;
          } else {
            a = iterResultObject(this, stack[sp - 1], false);
            this.suspendGenerator(this.generatorAt(base), pc, base, sp - 1);
          }
          if (this.leaveFrame(base, a, stopFp)) return a;
          continue enter;
        }
        case 142: // GEN_RESUMED
          a = stack[--sp];
          if (a !== RESUME_NEXT) throw new GuestThrow(a === RESUME_THROW ? stack[sp - 1] : new KGenReturn(stack[sp - 1]));
          break;
        case 143: { // GEN_RETURN
          this.save(frame, pc, sp);
          b = this.generatorAt(base);
          (b as KGenerator).finish();
          if (b instanceof KAsyncGen) {
            agComplete(this, b, false, stack[sp - 1], true);
            agDrain(this, b);
            a = b.promise;
          } else if (b instanceof KAsync) {
            resolvePromise(this, b.promise, stack[sp - 1]);
            a = b.promise;
          } else a = iterResultObject(this, stack[sp - 1], true);
          if (this.leaveFrame(base, a, stopFp)) return a;
          continue enter;
        }
        case 144: { // GEN_FAIL
          this.save(frame, pc, sp);
          b = this.generatorAt(base);
          (b as KGenerator).finish();
          a = stack[sp - 1];
          if (b instanceof KAsyncGen) {
            if (a instanceof KGenReturn) agComplete(this, b, false, a.value, true);
            else agComplete(this, b, true, a, true);
            agDrain(this, b);
            a = b.promise;
            if (this.leaveFrame(base, a, stopFp)) return a;
            continue enter;
          }
          if (b instanceof KAsync) {
            rejectPromise(this, b.promise, a);
            a = b.promise;
            if (this.leaveFrame(base, a, stopFp)) return a;
            continue enter;
          }
          if (!(a instanceof KGenReturn)) throw new GuestThrow(a);
          a = iterResultObject(this, a.value, true);
          if (this.leaveFrame(base, a, stopFp)) return a;
          continue enter;
        }
        case 145: // GEN_CATCH
          if (stack[sp - 1] instanceof KGenReturn) throw new GuestThrow(stack[sp - 1]);
          break;
        case 146: { // DELEGATE
          const noThrow = code[pc++]!;
          this.save(frame, pc, sp);
          const it = stack[sp - 3] as KIter;
          b = stack[sp - 2];
          c = stack[sp - 1];
          if (it.kind !== "user") {
            // A builtin iterator: next() ignores what it is given; it has neither throw() nor return().
            if (c === RESUME_THROW) typeError("The iterator does not provide a 'throw' method.");
            if (c === RESUME_RETURN) throw new GuestThrow(new KGenReturn(b));
            a = iterNext(it);
            stack[sp - 2] = c;
            stack[sp - 1] = iterResultObject(this, a === DONE ? undefined : a, a === DONE);
            break;
          }
          const src = it.source;
          if (c === RESUME_NEXT) a = it.nextFn;
          else {
            a = getProp(this, src, c === RESUME_THROW ? "throw" : "return");
            if (a === undefined || a === null) {
              if (c === RESUME_RETURN) throw new GuestThrow(new KGenReturn(b));
              // No throw(): the code at noThrow closes the inner iterator and fails.
              sp -= 2;
              pc = noThrow;
              break;
            }
          }
          // The method's frame returns to DELEGATE_RESULT with its result above [iter mode].
          stack[sp - 2] = c;
          this.sp = sp - 1;
          const r = this.pushCall(a, src, [b]);
          if (r === SUSPENDED) return SUSPENDED;
          if (r === false) {
            sp = this.sp;
            break;
          }
          continue enter;
        }
        case 147: // DELEGATE_RESULT
          this.save(frame, pc, sp);
          a = stack[sp - 1];
          if (!(a instanceof KObject)) typeError(`Iterator result ${describe(a)} is not an object`);
          if (truthy(getProp(this, a, "done"))) {
            b = getProp(this, a, "value");
            if (stack[sp - 2] === RESUME_RETURN) throw new GuestThrow(new KGenReturn(b));
            sp -= 3;
            stack[sp++] = b;
            pc = code[pc]!;
          } else pc++;
          break;
        case 150: // GEN_IF_RETURN
          if (stack[sp - 2] instanceof KGenReturn) pc = code[pc]!;
          else pc++;
          break;
        case 149: // GEN_FUNCTION
          (stack[sp - 1] as KClosure).proto = realm.GeneratorFunctionProto;
          break;
        case 148: { // YIELD_DELEGATE
          this.save(frame, pc, sp);
          a = stack[sp - 1];
          this.suspendGenerator(this.generatorAt(base), pc, base, sp - 2);
          if (this.leaveFrame(base, a, stopFp)) return a;
          continue enter;
        }
        // async generators (see vm/promises.ts, "Async generators")
        case 152: // AGEN_START
          this.save(frame, pc, sp);
          a = this.asyncGenStart(frame, base, pc, sp);
          if (this.leaveFrame(base, a, stopFp)) return a;
          continue enter;
        case 153: // AGEN_YIELD
          this.save(frame, pc, sp);
          a = this.asyncGenYield(base, pc, sp);
          if (a === GOES_ON) {
            // A request was waiting: its (value, mode) replaced the yielded value.
            sp++;
            break;
          }
          if (this.leaveFrame(base, a, stopFp)) return a;
          continue enter;
        case 154: // AGEN_FUNCTION (its prototype property is made on first use, as a generator function's)
          (stack[sp - 1] as KClosure).proto = realm.AsyncGeneratorFunctionProto;
          break;
        case 158: // SUPER_SET
          this.save(frame, pc, sp);
          a = stack[sp - 1];
          superSet(this, stack[sp - 4] as KObject, stack[sp - 3], propKey(toKey(this, stack[sp - 2])), a);
          stack[sp - 4] = a;
          sp -= 3;
          break;
        case 157: // TEMPLATE_OBJECT
          stack[sp++] = templateObject(this, (this.templates ??= new Map()), frame.fn.program!, consts[code[pc++]!] as TemplateConst);
          break;
        case 155: { // ITER_INIT_ASYNC (followed by ITER_WRAP)
          this.save(frame, pc, sp);
          a = stack[sp - 1];
          b = a === null || a === undefined ? undefined : getProp(this, a, SYM_ASYNC_ITERATOR);
          this.sp = sp - 1;
          // obj[Symbol.asyncIterator](), or its sync iterator made async: returns to ITER_WRAP with the iterator where obj was.
          const r = b === undefined || b === null ? this.pushCall(realm.asyncFromSync, undefined, [a]) : this.pushCall(b, a, NO_ARGS);
          if (r === SUSPENDED) return SUSPENDED;
          if (r === false) {
            sp = this.sp;
            break;
          }
          continue enter;
        }
        default:
          throw new Error(`internal: unknown opcode ${op} at ${pc - 1} in ${fn.name}`);
      }
    }
    }
    } catch (err) {
      if (this.frames[this.fp - 1] === frame) frame.pc = pc;
      if (err instanceof LimitError) err.trace = this.trace();
      throw err;
    }
  }

  // ---------------------------------------------------------------- generators

  /** AGEN_START: the async generator holding the frame (stack[base - 1 .. sp)), which then leaves. */
  private asyncGenStart(frame: Frame, base: number, pc: number, sp: number): KAsyncGen {
    const p = getProp(this, frame.closure, "prototype");
    this.chargeHeap(OBJECT_BYTES + 8 * (sp - base + 1));
    const gen = new KAsyncGen(p instanceof KObject ? p : this.realm.AsyncGeneratorProto, frame.closure, frame.args);
    gen.pc = pc;
    gen.saved = this.stack.slice(base - 1, sp);
    return gen;
  }

  /**
   * AGEN_YIELD (vm/promises.ts, "Async generators"): the first request is answered; the
   * next one's (value, mode) replaces the yielded value and GOES_ON is returned, or the
   * frame is suspended and the value to leave with is returned (a queued return() awaits
   * its value first).
   */
  private asyncGenYield(base: number, pc: number, sp: number): unknown {
    const stack = this.stack;
    const g = this.generatorAt(base) as KAsyncGen;
    agComplete(this, g, false, stack[sp - 1], false);
    const q = g.queue;
    if (q.length > 0 && q[0] !== RESUME_RETURN) {
      stack[sp - 1] = q[1];
      stack[sp] = q[0];
      return GOES_ON;
    }
    this.suspendGenerator(g, pc, base, sp - 1);
    if (q.length > 0) {
      g.returnAwait = true;
      awaitValue(this, g, q[1]);
    } else g.ag = AG_SUSPENDED_YIELD;
    return g.promise;
  }


  /** The generator whose frame has this base (it sits in the frame's callee slot). */
  private generatorAt(base: number): KGenerator {
    const g = this.stack[base - 2];
    if (!(g instanceof KGenerator)) throw new Error("internal: a generator instruction outside a generator's frame");
    return g;
  }

  /**
   * A generator's frame leaves (GEN_START, a yield, its end): `r` goes to the caller as
   * RETURN's value does. True when that ends this loop (the frame count is `stopFp`).
   */
  private leaveFrame(base: number, r: unknown, stopFp: number): boolean {
    let sp = base - 2;
    this.stack[sp++] = r;
    this.fp--;
    while (this.hp > 0 && this.handlers[this.hp - 1]!.fp > this.fp) this.hp--;
    if (this.fp === stopFp) {
      this.sp = sp - 1;
      return true;
    }
    this.sp = sp;
    return false;
  }

  /** A yield: the top frame's registers, values stack[base - 1 .. top) and handlers go into `gen`. */
  private suspendGenerator(gen: KGenerator, pc: number, base: number, top: number): void {
    // The array of the previous yield is filled again; only growth is new memory.
    const n = top - base + 1;
    let saved = gen.spare;
    gen.spare = null;
    if (saved === null) {
      this.chargeHeap(OBJECT_BYTES + 8 * n);
      saved = new Array(n);
    } else if (saved.length < n) this.chargeHeap(8 * (n - saved.length));
    saved.length = n;
    const stack = this.stack;
    for (let i = 0; i < n; i++) saved[i] = stack[base - 1 + i];
    gen.pc = pc;
    gen.saved = saved;
    let i = this.hp;
    while (i > 0 && this.handlers[i - 1]!.fp === this.fp) i--;
    const hs: number[] = [];
    for (let j = i; j < this.hp; j++) {
      const h = this.handlers[j]!;
      hs.push(h.pc, h.sp - base);
    }
    this.hp = i;
    gen.handlers = hs;
    gen.state = GEN_SUSPENDED_YIELD;
  }

  /**
   * next/throw/return (stdlib/generator.ts): pushes `gen`'s frame where the native's
   * callee was (this.sp), with its handlers; resumed at a yield, it finds the received
   * value and the mode on its stack. The native then returns TAIL.
   */
  enterGenerator(gen: KGenerator, received: unknown, mode: number): void {
    if ((this.fuel -= CALL_COST) <= 0) this.refuel();
    if (this.fp >= this.depthLimit) {
      throw new LimitError("depth", `Maximum call stack size exceeded (call depth limit ${this.limits.maxDepth})`, this.trace());
    }
    const stack = this.stack;
    let sp = this.sp;
    stack[sp++] = gen;
    const base = sp + 1;
    const saved = gen.saved;
    for (let i = 0; i < saved.length; i++) stack[sp++] = saved[i];
    let frame = this.frames[this.fp];
    if (frame === undefined) frame = this.frames[this.fp] = new Frame();
    frame.closure = gen.closure;
    frame.fn = gen.closure.fn;
    frame.pc = gen.pc;
    frame.base = base;
    frame.args = gen.args;
    frame.newObj = null;
    frame.newTarget = null;
    this.fp++;
    const hs = gen.handlers;
    for (let i = 0; i < hs.length; i += 2) {
      let h = this.handlers[this.hp];
      if (h === undefined) h = this.handlers[this.hp] = { fp: 0, pc: 0, sp: 0 };
      h.fp = this.fp;
      h.pc = hs[i]!;
      h.sp = base + hs[i + 1]!;
      this.hp++;
    }
    if (gen.state === GEN_SUSPENDED_YIELD) {
      stack[sp++] = received;
      stack[sp++] = mode;
    }
    this.sp = sp;
    gen.resumed();
  }

  // ---------------------------------------------------------------- loop helpers

  private tdz(name: string): never {
    if (name === "this") throw new PendingError("ReferenceError", MUST_CALL_SUPER);
    throw new PendingError("ReferenceError", `Cannot access '${name}' before initialization`);
  }

  /** The save rule (see the file header): writes the loop's registers back before a slow path. */
  private save(frame: Frame, pc: number, sp: number): void {
    frame.pc = pc;
    this.sp = sp;
  }

  /** ToNumber from the loop (valueOf/toString may run guest code): saves first. */
  private numAt(frame: Frame, pc: number, sp: number, v: unknown): number {
    this.save(frame, pc, sp);
    return toNumber(this, v);
  }

  private lt(frame: Frame, pc: number, sp: number, a: unknown, b: unknown): boolean {
    this.save(frame, pc, sp);
    return lessThan(this, a, b, false);
  }

  private le(frame: Frame, pc: number, sp: number, a: unknown, b: unknown): boolean {
    this.save(frame, pc, sp);
    return lessThan(this, a, b, true);
  }

  private concat(a: string, b: string): string {
    const n = a.length < b.length ? a.length : b.length;
    if ((this.heapLeft -= n * 2 + 16) < 0) this.chargeHeap(0);
    const s = a + b;
    if (s.length > this.limits.maxStringLength) this.checkString(s);
    return s;
  }

  /** A property read off the fast path: saves, then reads (a getter may push its frame). */
  private slowGet(frame: Frame, pc: number, sp: number, o: unknown, key: string): unknown {
    this.save(frame, pc, sp);
    return this.getGeneric(o, key, sp);
  }

  /**
   * Property read for any value. A getter defined by the script is called by pushing
   * its frame (so it can suspend); ACCESSOR_CALLED tells the loop to reload. The
   * object is at stack[sp-1] and is replaced by the getter's result when it returns.
   */
  private getGeneric(o: unknown, key: string | number | symbol, sp: number): unknown {
    if (o instanceof KObject) {
      const k = typeof key === "number" ? String(key) : key;
      if (!(o instanceof KArray && arrayIndex(k) >= 0)) {
        for (let x: KObject | null = o; x !== null; x = x.proto) {
          if (!x.hasAccessors) continue;
          const v = x.props[k];
          if (v instanceof Accessor) {
            if (x !== o && o.props[k] !== undefined) break;
            if (!v.get) return undefined;
            if (v.get instanceof KClosure) {
              // Replace the object slot(s) with a call: getter, this.
              this.sp = sp - 1;
              const stack = this.stack;
              stack[this.sp++] = v.get;
              stack[this.sp++] = o;
              // The getter's result must land where the object was; for GET_ELEM the key
              // slot above the object is dropped by the caller's layout (sp-1 is the key).
              this.enterClosure(v.get, 0, null);
              return ACCESSOR_CALLED;
            }
            return this.callSync(v.get, o, []);
          }
          if (k in x.props) break;
        }
      }
    }
    return getProp(this, o, key);
  }

  private objectSpread(target: KObject, src: unknown, except?: PropKey[]): void {
    if (src === null || src === undefined) return;
    if (typeof src === "string") {
      for (let i = 0; i < src.length; i++) if (!except?.includes(String(i))) target.props[i] = src[i];
      return;
    }
    if (!(src instanceof KObject)) return;
    const keys = ownKeys(src);
    this.chargeHeap(16 * keys.length);
    for (const k of keys) {
      if (except !== undefined && except.includes(k)) continue;
      const v = ownValue(this, src, k);
      if (target.hasAccessors) delete target.props[k];
      target.props[k] = v;
    }
    const syms = ownSymbols(src);
    for (const k of syms) {
      if (except !== undefined && except.includes(k)) continue;
      const v = ownValue(this, src, k);
      if (target.hasAccessors) delete target.props[k];
      target.props[k] = v;
    }
  }

  /** Converts a host value for the stack when natives need ToPrimitive. */
  toPrimitive(v: unknown, hint: "number" | "string" | "default"): unknown {
    return toPrimitive(this, v, hint);
  }
}

const GUEST_ERROR_NAMES = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "URIError", "EvalError", "ReferenceError"]);

/**
 * A builtin works on guest data with host operations (RegExp, Intl, Date math…); a
 * standard error those raise becomes the same guest error, so scripts can catch it and
 * the engine keeps serving. Our own signals pass through unchanged.
 */
function hostToGuest(err: unknown): unknown {
  if (!(err instanceof Error) || err instanceof LimitError || err instanceof ScriptError) return err;
  if (err instanceof RangeError && /call stack/i.test(err.message)) return new LimitError("depth", "Maximum call stack size exceeded (host stack)");
  if (Object.getPrototypeOf(err) === globalThis[err.name as "Error"]?.prototype && GUEST_ERROR_NAMES.has(err.name)) {
    return new PendingError(err.name, err.message);
  }
  return err;
}

/** Per program (programs are immutable once compiled): pooled interpreters switching between works do not rescan. */
const LONGEST_CONSTANT = new WeakMap<Program, number>();

const MUST_CALL_SUPER = "Must call super constructor in derived class before accessing 'this' or returning from derived constructor";

/** The arguments of a call without any (never written to). */
const NO_ARGS: unknown[] = [];

/** Returned by getGeneric when it pushed a getter frame. */
const ACCESSOR_CALLED = Symbol("accessor-called");

function describeCallee(fn: unknown): string {
  if (fn instanceof KFunction) return fn.fnName || "function";
  if (typeof fn === "string") return JSON.stringify(fn);
  if (fn instanceof KObject) return "object";
  return String(fn);
}

export { formatStack };
