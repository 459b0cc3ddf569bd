// Promises, the microtask queue, async functions and host operations in flight.
//
// A promise (KPromise) is plain data: its state, its value and, while pending, its
// reactions as triples (onFulfilled, onRejected, derived promise). Settling it queues
// one job per reaction on the run's microtask queue (AsyncState.jobs), in JS order.
// Jobs are plain arrays too:
//
//   [JOB_REACTION, handler, argument, derived, rejected]   a then() reaction
//   [JOB_THENABLE, promise, thenable, then]                resolving with a thenable
//
// The queue is drained by settleRun() when the run's frame stack is empty — after the
// top level returns, and after each job — as JS drains microtasks when its stack is
// empty. A job runs as interpreter frames: a handler is called through the builtin
// script's %promise.reaction (its try/catch settles the derived promise), a thenable's
// then() through %promise.thenable, and an async function's continuation is its own
// frame pushed back (Interpreter.enterGenerator). Nothing recurses on the host stack.
//
// ASYNC FUNCTIONS are coroutines of the generators' kind (vm/generators.ts): the same
// code shape (GEN_START, a guard handler, GEN_RETURN / GEN_FAIL) with `await` compiled
// as YIELD. In an async function (FunctionProto.isAsync) GEN_START does not leave: it
// makes the KAsync holding the call's promise and the body runs on at once; YIELD
// suspends the frame into the KAsync, subscribes it to the awaited promise and leaves
// with the call's promise; the reaction job pushes the frame back with the value (or
// the reason, thrown at the await). GEN_RETURN resolves the promise, GEN_FAIL rejects it.
// A top level with `await` is compiled the same way; the run's result is what its
// promise settles with (so is a promise the top level returns).
//
// ASYNC GENERATORS (KAsyncGen) are async functions' coroutines with a request queue:
// next/return/throw (stdlib/generator.ts) queue (mode, value, promise) and return that
// promise; a suspended generator is resumed at once (its frame pushed, as a sync
// generator's). `await` is YIELD as in an async function; `yield v` is `await v` then
// AGEN_YIELD, which completes the first request with {value: v, done: false} and goes
// on with the next one at once if one is queued (else it suspends). GEN_RETURN and
// GEN_FAIL complete the first request and answer the rest (drainQueue). A return()
// received at a yield, or queued for a generator that is done, first awaits its value
// (returnAwait; awaitingReturn), as JavaScript does. `state` is the frame's (as a
// generator keeps it); `ag` is JavaScript's [[AsyncGeneratorState]].
//
// HOST OPERATIONS IN FLIGHT. A native returning a host Promise suspends the whole run
// (the host awaits, the run continues with the value): I/O looks synchronous. A call
// compiled in an async position (FunctionProto.asyncCalls) gets a guest promise
// instead, and the host operation stays in flight (AsyncState.inflight) while the run
// goes on. When nothing is runnable (no job, the stack empty) and an operation is in
// flight, the run suspends on the first of them to settle (`pending`), and resume()
// settles its guest promise, which queues its reactions. Past MAX_IN_FLIGHT a call waits
// for one of them to settle before it gets its promise (throttle). A checkpoint (a
// parked run) waits for every operation in flight to settle before the run is saved.
//
// UNHANDLED REJECTIONS. A promise rejected with no handler is remembered; when the
// queue is empty and one is still unhandled, the run fails with its reason (as Node
// does by default).

import { GuestThrow, PendingError } from "./errors.js";
import { GEN_RUNNING, KGenerator, RESUME_NEXT, RESUME_RETURN, RESUME_THROW, iterResultObject } from "./generators.js";
import type { FunctionProto } from "../bytecode/program.js";
import type { Realm } from "./realm.js";
import { type Host, getProp } from "./semantics.js";
import { KClosure, KFunction, KObject, OBJECT_BYTES } from "./values.js";

/** The parts of the interpreter this machinery uses (so it imports nothing of the interpreter's). */
export interface PromiseHost extends Host {
  readonly stack: unknown[];
  pending: Promise<unknown> | null;
  asyncState: AsyncState | null;
  makeError(kind: string, message: string): KObject;
  hostErrorValue(err: unknown): unknown;
  bindNative(fn: KFunction, args: unknown[]): KFunction;
  enterGenerator(gen: KGenerator, received: unknown, mode: number): void;
  pushCall(fn: unknown, thisv: unknown, args: unknown[]): boolean | symbol;
  loop(stopFp: number): unknown;
}

/** What this machinery reads of a frame. */
interface FrameView {
  readonly closure: KClosure;
  readonly fn: FunctionProto;
  readonly pc: number;
  readonly args: unknown[] | null;
}

export const PROMISE_PENDING = 0;
export const PROMISE_FULFILLED = 1;
export const PROMISE_REJECTED = 2;

export const JOB_REACTION = 0;
export const JOB_THENABLE = 1;

const NO_REACTIONS: unknown[] = [];

export class KPromise extends KObject {
  state = PROMISE_PENDING;
  value: unknown = undefined;
  /** While pending: (onFulfilled, onRejected, derived) triples; a handler is a function, a KAsync or undefined. */
  reactions: unknown[] = NO_REACTIONS;
  /** A reaction was ever added (a rejection is then handled). */
  handled = false;
}

/** An async function's suspended call: its frame (as a generator keeps it) and the promise the call returned. */
export class KAsync extends KGenerator {
  constructor(
    closure: KClosure,
    args: unknown[] | null,
    public promise: KPromise,
  ) {
    super(null, closure, args);
  }
}

/** JavaScript's [[AsyncGeneratorState]] of a KAsyncGen. */
export const AG_SUSPENDED_START = 0;
export const AG_SUSPENDED_YIELD = 1;
export const AG_EXECUTING = 2;
export const AG_AWAITING_RETURN = 3;
export const AG_COMPLETED = 4;

/** An async generator (see the file header): its frame, as a generator keeps it, and its requests. */
export class KAsyncGen extends KAsync {
  /** JavaScript's state (AG_*). */
  declare ag: number;
  /** The queued requests, as (mode, value, promise) triples; the first is being answered. */
  declare queue: unknown[];
  /** The frame waits for the value of a return(): it resumes as a return (or a throw, if that rejects). */
  declare returnAwait: boolean;
  constructor(proto: KObject | null, closure: KClosure, args: unknown[] | null) {
    // `promise` is the promise of the request that last resumed the frame from a call (what that call returns); null before the first.
    super(closure, args, null as unknown as KPromise);
    this.proto = proto;
    this.ag = AG_SUSPENDED_START;
    this.queue = [];
    this.returnAwait = false;
  }
}

/** A host operation started from an async position, in flight until its host promise settles. */
export class HostOp {
  /** 0 in flight, 1 fulfilled, 2 rejected (set by the host promise's callbacks). */
  done = 0;
  value: unknown = undefined;
  /** Settles (never rejects) when the host promise does. */
  readonly watch: Promise<void>;
  constructor(
    readonly promise: KPromise,
    host: Promise<unknown>,
  ) {
    this.watch = host.then(
      (v) => {
        this.done = 1;
        this.value = v;
      },
      (e) => {
        this.done = 2;
        this.value = e;
      },
    );
  }
}

/** The run's asynchronous state; made when its first promise is. */
export class AsyncState {
  /** The microtask queue: jobs[head..] wait to run. */
  jobs: unknown[][] = [];
  head = 0;
  /** The frame stack holds a job (not the top level). */
  inJob = false;
  /** The top level has returned `main`. */
  mainDone = false;
  main: unknown = undefined;
  /** Rejected promises no handler was added to yet. */
  unhandled: KPromise[] = [];
  /** Host operations in flight. */
  inflight: HostOp[] = [];
  /** Arrays of finished jobs, for the next ones (never written to a snapshot). */
  spare: unknown[][] = [];
  /** The run is suspended with nothing to run but operations in flight (resume() settles one). */
  idle = false;
  /** A checkpoint waiting for the operations in flight: the host promise the run parks on once they settled. */
  parkAfter: Promise<unknown> | null = null;
}

interface PromiseIntrinsics {
  proto: KObject;
  reaction: KClosure;
  thenable: KClosure;
  resolveFn: KFunction;
  rejectFn: KFunction;
}

const byRealm = new WeakMap<Realm, PromiseIntrinsics>();

/** The builtins the machinery uses (stdlib/promise.ts registers them). */
function intrinsics(realm: Realm): PromiseIntrinsics {
  let i = byRealm.get(realm);
  if (i === undefined) {
    const get = (path: string) => {
      const v = realm.byPath.get(path);
      if (v === undefined) throw new Error(`internal: ${path} is not installed`);
      return v;
    };
    i = {
      proto: get("Promise.prototype"),
      reaction: get("%promise.reaction") as KClosure,
      thenable: get("%promise.thenable") as KClosure,
      resolveFn: get("Promise:resolveFunction") as KFunction,
      rejectFn: get("Promise:rejectFunction") as KFunction,
    };
    byRealm.set(realm, i);
  }
  return i;
}

/** Whether a host promise parks the run (a durable checkpoint) rather than being I/O; set by the runtime. */
let parksRun: (p: Promise<unknown>) => boolean = () => false;
export function setParkTest(test: (p: Promise<unknown>) => boolean): void {
  parksRun = test;
}

export function asyncState(vm: PromiseHost): AsyncState {
  return (vm.asyncState ??= new AsyncState());
}

export function newPromise(vm: PromiseHost, proto?: KObject): KPromise {
  vm.chargeHeap(OBJECT_BYTES);
  asyncState(vm);
  return new KPromise(proto ?? intrinsics(vm.realm).proto);
}

function enqueue(vm: PromiseHost, job: unknown[]): void {
  vm.chargeHeap(OBJECT_BYTES);
  asyncState(vm).jobs.push(job);
}

/** A reaction job, in an array a finished job left (only a new array is charged): an await loop allocates nothing. */
function enqueueReaction(vm: PromiseHost, handler: unknown, arg: unknown, rejected: boolean): void {
  const a = asyncState(vm);
  let job = a.spare.pop();
  if (job === undefined) {
    vm.chargeHeap(OBJECT_BYTES);
    job = new Array(5);
  }
  job[0] = JOB_REACTION;
  job[1] = handler;
  job[2] = arg;
  job[3] = undefined;
  job[4] = rejected;
  a.jobs.push(job);
}

export function fulfillPromise(vm: PromiseHost, p: KPromise, v: unknown): void {
  if (p.state !== PROMISE_PENDING) return;
  const rs = p.reactions;
  p.state = PROMISE_FULFILLED;
  p.value = v;
  p.reactions = NO_REACTIONS;
  for (let i = 0; i < rs.length; i += 3) enqueue(vm, [JOB_REACTION, rs[i], v, rs[i + 2], false]);
}

export function rejectPromise(vm: PromiseHost, p: KPromise, reason: unknown): void {
  if (p.state !== PROMISE_PENDING) return;
  const rs = p.reactions;
  p.state = PROMISE_REJECTED;
  p.value = reason;
  p.reactions = NO_REACTIONS;
  if (!p.handled) asyncState(vm).unhandled.push(p);
  for (let i = 0; i < rs.length; i += 3) enqueue(vm, [JOB_REACTION, rs[i + 1], reason, rs[i + 2], true]);
}

/** The guest value of what a host helper threw. */
function thrown(vm: PromiseHost, err: unknown): unknown {
  if (err instanceof GuestThrow) return err.value;
  if (err instanceof PendingError) return vm.makeError(err.kind, err.message);
  throw err;
}

/** A promise's resolve function: a thenable is followed (by a job), anything else fulfils. */
export function resolvePromise(vm: PromiseHost, p: KPromise, v: unknown): void {
  if (p.state !== PROMISE_PENDING) return;
  if (v === p) return rejectPromise(vm, p, vm.makeError("TypeError", "Chaining cycle detected for promise #<Promise>"));
  if (!(v instanceof KObject)) return fulfillPromise(vm, p, v);
  let then: unknown;
  try {
    then = getProp(vm, v, "then");
  } catch (err) {
    return rejectPromise(vm, p, thrown(vm, err));
  }
  if (!(then instanceof KFunction)) return fulfillPromise(vm, p, v);
  enqueue(vm, [JOB_THENABLE, p, v, then]);
}

/** The resolve and reject functions of `p`, sharing one "already resolved" flag. */
export function resolvingFunctions(vm: PromiseHost, p: KPromise): [KFunction, KFunction] {
  const i = intrinsics(vm.realm);
  vm.chargeHeap(3 * OBJECT_BYTES);
  const flag = new KObject(null);
  flag.props.done = false;
  return [vm.bindNative(i.resolveFn, [p, flag]), vm.bindNative(i.rejectFn, [p, flag])];
}

/** then(): a reaction on `p`; `derived` (if any) settles with the handler's outcome. */
export function performThen(vm: PromiseHost, p: KPromise, onFulfilled: unknown, onRejected: unknown, derived: KPromise | undefined): void {
  const f = onFulfilled instanceof KFunction || onFulfilled instanceof KAsync ? onFulfilled : undefined;
  const r = onRejected instanceof KFunction || onRejected instanceof KAsync ? onRejected : undefined;
  if (p.state === PROMISE_PENDING) {
    if (p.reactions === NO_REACTIONS) p.reactions = [];
    vm.chargeHeap(24);
    p.reactions.push(f, r, derived);
  } else if (p.state === PROMISE_FULFILLED) enqueue(vm, [JOB_REACTION, f, p.value, derived, false]);
  else {
    if (!p.handled) {
      const u = asyncState(vm).unhandled;
      const k = u.indexOf(p);
      if (k >= 0) u.splice(k, 1);
    }
    enqueue(vm, [JOB_REACTION, r, p.value, derived, true]);
  }
  p.handled = true;
}

/** PromiseResolve(%Promise%, v): v itself when it is a promise of ours, else a promise resolved with it. */
export function promiseOf(vm: PromiseHost, v: unknown): KPromise {
  if (v instanceof KPromise && v.proto === intrinsics(vm.realm).proto) return v;
  const p = newPromise(vm);
  resolvePromise(vm, p, v);
  return p;
}

// ---------------------------------------------------------------- async functions

/** GEN_START of an async function: the coroutine, holding the call's promise, replaces the callee. */
export function startAsync(vm: PromiseHost, frame: FrameView, base: number): void {
  vm.chargeHeap(OBJECT_BYTES);
  const co = new KAsync(frame.closure, frame.args, newPromise(vm));
  co.state = GEN_RUNNING;
  vm.stack[base - 2] = co;
}

/**
 * `await v`, after the frame was suspended into `co`: it continues when v settles. A
 * value that is no thenable continues in the next job, as the fulfilled promise that
 * PromiseResolve would make for it does, without making that promise.
 */
export function awaitValue(vm: PromiseHost, co: KAsync, v: unknown): void {
  if (v instanceof KPromise && v.proto === intrinsics(vm.realm).proto) return performThen(vm, v, co, co, undefined);
  if (v instanceof KObject) {
    let then: unknown;
    try {
      then = getProp(vm, v, "then");
    } catch (err) {
      return enqueueReaction(vm, co, thrown(vm, err), true);
    }
    if (then instanceof KFunction) return performThen(vm, promiseOf(vm, v), co, co, undefined);
  }
  enqueueReaction(vm, co, v, false);
}

// ---------------------------------------------------------------- async generators

/** AsyncGeneratorCompleteStep: the first request settles, with {value, done} or (thrown) the reason. */
export function agComplete(vm: PromiseHost, g: KAsyncGen, thrown: boolean, value: unknown, done: boolean): void {
  const q = g.queue;
  const p = q[2] as KPromise;
  q.splice(0, 3);
  if (thrown) rejectPromise(vm, p, value);
  else resolvePromise(vm, p, iterResultObject(vm, value, done));
}

/** AsyncGeneratorDrainQueue: the generator is done; the queued requests get their answers (a return() awaits its value first). */
export function agDrain(vm: PromiseHost, g: KAsyncGen): void {
  g.ag = AG_COMPLETED;
  const q = g.queue;
  while (q.length > 0) {
    const mode = q[0];
    if (mode === RESUME_RETURN) {
      g.ag = AG_AWAITING_RETURN;
      awaitValue(vm, g, q[1]);
      return;
    }
    agComplete(vm, g, mode === RESUME_THROW, mode === RESUME_THROW ? q[1] : undefined, true);
  }
}

/** The awaited value of a queued return() settled (a reaction job whose handler is an awaiting-return generator). */
function agReturned(vm: PromiseHost, g: KAsyncGen, value: unknown, rejected: boolean): void {
  g.ag = AG_COMPLETED;
  agComplete(vm, g, rejected, value, true);
  agDrain(vm, g);
}

/**
 * next / return / throw of an async generator: queues the request and gives its promise,
 * or true when the generator's frame was pushed to run now (the native returns TAIL;
 * the frame leaves with g.promise, the request's promise).
 */
export function agRequest(vm: PromiseHost, g: KAsyncGen, value: unknown, mode: number): true | KPromise {
  const p = newPromise(vm);
  const ag = g.ag;
  if (mode === RESUME_THROW && ag === AG_SUSPENDED_START) {
    g.finish();
    g.ag = AG_COMPLETED;
  }
  if (g.ag === AG_COMPLETED && mode !== RESUME_RETURN) {
    if (mode === RESUME_THROW) rejectPromise(vm, p, value);
    else resolvePromise(vm, p, iterResultObject(vm, undefined, true));
    return p;
  }
  vm.chargeHeap(24);
  g.queue.push(mode, value, p);
  if (mode === RESUME_RETURN && (ag === AG_SUSPENDED_START || ag === AG_COMPLETED)) {
    if (ag === AG_SUSPENDED_START) g.finish();
    g.ag = AG_AWAITING_RETURN;
    awaitValue(vm, g, value);
    return p;
  }
  if (ag !== AG_SUSPENDED_START && ag !== AG_SUSPENDED_YIELD) return p;
  g.ag = AG_EXECUTING;
  if (mode === RESUME_RETURN) {
    // At a yield, a return first awaits its value (the frame resumes when it settles).
    g.returnAwait = true;
    awaitValue(vm, g, value);
    return p;
  }
  g.promise = p;
  vm.enterGenerator(g, value, mode);
  return true;
}

// ---------------------------------------------------------------- host operations

/**
 * A native returned a host promise. From an async position (and not a checkpoint),
 * the operation stays in flight and the call's value is a guest promise; otherwise
 * null (the run suspends on it, as always).
 */
export function hostOperation(vm: PromiseHost, frame: FrameView, host: Promise<unknown>): KPromise | null {
  const sites = frame.fn.asyncCalls;
  if (sites === undefined || !sites.includes(frame.pc) || parksRun(host)) return null;
  const p = newPromise(vm);
  asyncState(vm).inflight.push(new HostOp(p, host));
  return p;
}

/**
 * After a call started an operation: past MAX_IN_FLIGHT the run waits (the host promise
 * to suspend on, which gives the call's promise back) until one of them settles, so a
 * run cannot open sockets without bound; null when it goes on.
 */
export function throttle(vm: PromiseHost, p: KPromise): Promise<unknown> | null {
  const a = vm.asyncState!;
  if (a.inflight.length <= MAX_IN_FLIGHT) return null;
  settleDone(vm, a);
  if (a.inflight.length <= MAX_IN_FLIGHT) return null;
  return Promise.race(a.inflight.map((op) => op.watch)).then(() => p);
}

/** Host operations one run keeps in flight at most. */
export const MAX_IN_FLIGHT = 64;

/** Settles the guest promises of the operations that are done; true when any was. */
function settleDone(vm: PromiseHost, a: AsyncState): boolean {
  let any = false;
  for (let i = 0; i < a.inflight.length; i++) {
    const op = a.inflight[i]!;
    if (op.done === 0) continue;
    a.inflight.splice(i--, 1);
    any = true;
    if (op.done === 1) resolvePromise(vm, op.promise, op.value);
    else rejectPromise(vm, op.promise, vm.hostErrorValue(op.value));
  }
  return any;
}

/** A parked run (a checkpoint) first waits for its operations in flight: the host promise to await before it parks. */
export function inflightSettled(vm: PromiseHost): Promise<void> | null {
  const a = vm.asyncState;
  if (a === null || a.inflight.length === 0) return null;
  return Promise.all(a.inflight.map((op) => op.watch)).then(() => undefined);
}

/** After a checkpoint waited for them (inflightSettled): their promises settle, their reactions queue. */
export function settleInflight(vm: PromiseHost): void {
  const a = vm.asyncState;
  if (a !== null) settleDone(vm, a);
}

// ---------------------------------------------------------------- the queue

/** Marks resumption of an idle run (nothing on the frame stack to continue). */
export const IDLE = Symbol("idle");

/** Starts a job: true when it pushed a frame for the loop to run. */
function startJob(vm: PromiseHost, job: unknown[]): boolean {
  const i = intrinsics(vm.realm);
  if (job[0] === JOB_REACTION) {
    const handler = job[1];
    const derived = job[3] as KPromise | undefined;
    const rejected = job[4] as boolean;
    if (handler instanceof KAsync) {
      let mode = rejected ? RESUME_THROW : RESUME_NEXT;
      if (handler instanceof KAsyncGen) {
        if (handler.ag === AG_AWAITING_RETURN) {
          agReturned(vm, handler, job[2], rejected);
          return false;
        }
        if (handler.returnAwait) {
          handler.returnAwait = false;
          if (!rejected) mode = RESUME_RETURN;
        }
      }
      vm.enterGenerator(handler, job[2], mode);
      return true;
    }
    if (handler === undefined) {
      if (derived !== undefined) {
        if (rejected) rejectPromise(vm, derived, job[2]);
        else resolvePromise(vm, derived, job[2]);
      }
      return false;
    }
    return vm.pushCall(i.reaction, undefined, [handler, job[2], derived]) === true;
  }
  return vm.pushCall(i.thenable, undefined, [job[1], job[2], job[3]]) === true;
}

/**
 * After the loop returned `r` (the top level's value, a job's, or SUSPENDED): runs the
 * queued jobs, waits for operations in flight, and gives the run's result — or
 * SUSPENDED. Throws GuestThrow for a rejected top level or an unhandled rejection.
 */
export function settleRun(vm: PromiseHost, r: unknown, suspended: unknown): unknown {
  const a = vm.asyncState!;
  for (;;) {
    if (r === suspended) return suspended;
    if (r === IDLE) a.idle = false;
    else if (a.inJob) a.inJob = false;
    else if (!a.mainDone) {
      a.mainDone = true;
      a.main = r;
    }
    if (a.head < a.jobs.length) {
      const job = a.jobs[a.head]!;
      a.jobs[a.head++] = NO_REACTIONS;
      if (a.head === a.jobs.length) {
        a.jobs.length = 0;
        a.head = 0;
      }
      a.inJob = true;
      const pushed = startJob(vm, job);
      if (job.length === 5 && a.spare.length < 64) {
        job[1] = job[2] = job[3] = undefined;
        a.spare.push(job);
      }
      r = pushed ? vm.loop(0) : undefined;
      continue;
    }
    if (a.unhandled.length > 0) {
      const p = a.unhandled[0]!;
      a.unhandled.length = 0;
      p.handled = true;
      throw new GuestThrow(p.value);
    }
    if (a.inflight.length > 0) {
      if (settleDone(vm, a)) {
        r = IDLE;
        continue;
      }
      a.idle = true;
      vm.pending = Promise.race(a.inflight.map((op) => op.watch));
      return suspended;
    }
    break;
  }
  const m = a.main;
  if (m instanceof KPromise) {
    if (m.state === PROMISE_FULFILLED) return m.value;
    if (m.state === PROMISE_REJECTED) throw new GuestThrow(m.value);
    throw new PendingError("Error", "the work's promise never settles: nothing is left to run and nothing in flight (an await on a promise that nobody resolves)");
  }
  return m;
}
