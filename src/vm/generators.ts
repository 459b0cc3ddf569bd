// Generators. A generator object holds a suspended frame as plain data: the closure,
// the pc to continue at, and the frame's part of the value stack (`this`, the slots and
// the operand stack above them) with its handler records. next(), throw() and return()
// push that frame back on the interpreter's frame stack and the run loop continues in
// it; YIELD takes it off again. Nothing runs on the host stack, so a run holding a
// suspended generator — or suspended inside one — snapshots like any other
// (vm/snapshot.ts writes the generator's fields).
//
// The frame layout while it runs is a call's: stack[base - 2] (the callee slot) holds
// the generator object, stack[base - 1] `this`. A generator's code is
//
//   <parameters, hoisted functions>  GEN_START  TRY_PUSH guard  <body>  PUSH_UNDEF GEN_RETURN
//   guard: GEN_FAIL
//
// so a call runs the parameters' initialisers, then GEN_START returns the new
// generator; every exception leaving the body reaches GEN_FAIL, which marks the
// generator done. return(v) resumes the frame with a return completion: a KGenReturn
// thrown at the yield, which finally blocks see as an exception (they run and throw it
// on), for-of and array patterns close their iterator as a return does (GEN_IF_RETURN),
// catch clauses let pass (GEN_CATCH), and GEN_FAIL turns into the result
// {value: v, done: true}. yield* keeps [iterator, received, mode] on the operand stack
// and loops DELEGATE (call the inner next/throw/return), DELEGATE_RESULT (done?) and
// YIELD_DELEGATE (yield the inner result as it is).

import { GuestThrow, PendingError } from "./errors.js";
import { KClosure, KObject, OBJECT_BYTES } from "./values.js";

/** Not started: the frame stands at the first instruction of the body. */
export const GEN_SUSPENDED_START = 0;
/** Suspended at a yield: resuming pushes the received value and the resumption mode. */
export const GEN_SUSPENDED_YIELD = 1;
/** Its frame is on the frame stack (running, or calling something that runs). */
export const GEN_RUNNING = 2;
export const GEN_DONE = 3;

/** Resumption modes, as YIELD's resumption pushes them. */
export const RESUME_NEXT = 0;
export const RESUME_THROW = 1;
export const RESUME_RETURN = 2;

const NOTHING: unknown[] = [];

export class KGenerator extends KObject {
  state = GEN_SUSPENDED_START;
  /** Where the body continues. */
  pc = 0;
  /** While suspended: `this`, the frame's slots and its operand stack (stack[base - 1 .. sp)). */
  saved: unknown[] = NOTHING;
  /** While suspended: the frame's handler records, as pairs (pc, sp - base). */
  handlers: number[] = NOTHING as number[];
  /** While running: the array `saved` was, for the next yield to fill again (never written to a snapshot). */
  spare: unknown[] | null = null;
  constructor(
    proto: KObject | null,
    public closure: KClosure,
    /** The call's arguments, for a function that uses `arguments`. */
    public args: unknown[] | null,
  ) {
    super(proto);
  }

  /** Its frame is pushed again: the stack and the handler list hold what it kept. */
  resumed(): void {
    this.state = GEN_RUNNING;
    if (this.saved !== NOTHING) this.spare = this.saved;
    this.saved = NOTHING;
    this.handlers = NOTHING as number[];
  }

  /** Done: nothing of the frame is kept. */
  finish(): void {
    this.state = GEN_DONE;
    this.saved = NOTHING;
    this.spare = null;
    this.handlers = NOTHING as number[];
    this.args = null;
  }
}

/**
 * A return completion travelling through a generator's handlers (see the file header).
 * Only compiled code holds one, in a handler's value or a finally block's temporary;
 * scripts never see it.
 */
export class KGenReturn extends KObject {
  constructor(public value: unknown) {
    super(null);
  }
}

/** The host parts of the interpreter the generator natives use. */
export interface GeneratorHost {
  readonly realm: { readonly ObjectProto: KObject };
  chargeHeap(bytes: number): void;
  enterGenerator(gen: KGenerator, received: unknown, mode: number): void;
}

/** An iterator result object, {value, done}. */
export function iterResultObject(h: GeneratorHost, value: unknown, done: boolean): KObject {
  h.chargeHeap(OBJECT_BYTES);
  const r = new KObject(h.realm.ObjectProto);
  r.props.value = value;
  r.props.done = done;
  return r;
}

/**
 * next / throw / return on a generator: pushes its frame (the caller returns TAIL, the
 * loop continues in it) and returns true, or returns the result when nothing runs
 * (a generator that is done, or closed before it started).
 */
export function resumeGenerator(h: GeneratorHost, gen: KGenerator, value: unknown, mode: number): true | KObject {
  switch (gen.state) {
    case GEN_RUNNING:
      throw new PendingError("TypeError", "Generator is already running");
    case GEN_DONE:
      if (mode === RESUME_THROW) throw new GuestThrow(value);
      return iterResultObject(h, mode === RESUME_RETURN ? value : undefined, true);
    case GEN_SUSPENDED_START:
      // Closed before it started: the body never runs.
      if (mode === RESUME_THROW) {
        gen.finish();
        throw new GuestThrow(value);
      }
      if (mode === RESUME_RETURN) {
        gen.finish();
        return iterResultObject(h, value, true);
      }
  }
  h.enterGenerator(gen, value, mode);
  return true;
}

