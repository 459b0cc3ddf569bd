// Scripts' regular expressions: JavaScript's own (V8's) semantics, and no match may
// outlive its run's deadline.
//
// V8's backtracking engine is exponential on patterns like /(a+)+$/. Two mechanisms
// bound it, chosen per pattern and per call:
//
// 1. The linear fallback. At process start this module turns on V8's
//    --enable-experimental-regexp-engine-on-excessive-backtracks: a pattern the
//    experimental linear-time engine can run (no backreferences, lookarounds, /i, /u,
//    /d or counted repeats above 16) switches to it after 50,000 backtracks, so one
//    exec costs at most those backtracks plus O(input × pattern). Which patterns
//    qualify is asked of V8 itself: compiling the pattern with the `l` flag (enabled by
//    --enable-experimental-regexp-engine) fails for the others.
// 2. The watchdog. An operation whose worst case is not small (an other pattern on any
//    but a tiny input, or any pattern on a large one) runs inside node:vm with a timeout
//    equal to the run's time left; V8 interrupts the match when it expires and the run
//    ends with the timeout LimitError. Entering the watchdog costs about 45 µs (it
//    starts a thread), so operations whose worst case is provably small run directly.
//
// Figures, the cost model and the choice are in docs/runtime.md ("Regular expressions").

import { setFlagsFromString } from "node:v8";
import { Script, createContext } from "node:vm";

// Must happen before any pattern is compiled: a RegExp compiled earlier keeps
// backtracking without a bound. Importing the vm sets them, before a script can run.
setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
setFlagsFromString("--enable-experimental-regexp-engine");

/** What the guard needs from a run: its time left and the way it ends on timeout. */
export interface RunClock {
  /** Milliseconds until the run's deadline (Infinity without one); starts the clock if unread. */
  timeLeft(): number;
  /** Ends the run with the timeout LimitError. */
  timeUp(): never;
}

/**
 * A host RegExp for a script's pattern, as `new RegExp(source, flags)` would build it
 * (a bad pattern throws the host SyntaxError, which callers turn into a guest one). The
 * `l` flag this process enables is refused, as plain JavaScript refuses it.
 */
export function createRegExp(source: string, flags: string): RegExp {
  if (flags.includes("l")) throw new SyntaxError(`Invalid flags supplied to RegExp constructor '${flags}'`);
  const re = new RegExp(source, flags);
  lastPlan = planFor(source, flags);
  lastRe = re;
  return re;
}

// ---------------------------------------------------------------- cost model
//
// Worst-case steps of one operation, against DIRECT_STEPS (a few ms of matching at most):
// - a pattern with the linear fallback: one exec is at most 50,000 backtracks and then
//   linear work, (input+1)·(pattern+1) states; an iterating operation (global match,
//   replace, split, matchAll) repeats execs, each of which may spend those backtracks,
//   so it runs directly only on small inputs (ITERATING_DIRECT);
// - another pattern, when no quantifier applies to a group or a backreference ("flat"):
//   backtracking is polynomial, at most 2^alternatives · (input+1)^(quantifiers +
//   backreferences + starts) · (pattern+1), where starts is 0 for a pattern anchored
//   with a leading ^ (one start position) and 1 otherwise, times (input+1) for an
//   iterating operation;
// - a pattern with a quantified group or backreference and no fallback: no bound, so
//   always under the watchdog.

const DIRECT_STEPS = 1 << 22;
/** Input × pattern below which a linear-fallback pattern runs directly, per exec. */
const LINEAR_DIRECT = 1 << 17;
/** The same for an operation that execs repeatedly. */
const ITERATING_DIRECT = 1 << 12;

/** Largest input lengths that run without the watchdog (-1: none). */
interface Plan {
  /** For an operation that execs once (test, exec, search, a non-global match or replace). */
  single: number;
  /** For an operation that execs repeatedly (global match and replace, matchAll, split). */
  iterating: number;
}

// Plans by source, then flags: a regex literal in a loop is a new RegExp each time, and
// two string-keyed lookups cost less than tagging every object (a WeakMap insertion).
// The last RegExp made or asked about is remembered by identity, which is what a loop
// over one pattern asks for.
const plans = new Map<string, Map<string, Plan>>();
const MAX_CACHED = 4096;
/** Longer patterns are planned afresh each time (the cache outlives runs: it must stay small). */
const MAX_CACHED_SOURCE = 1024;
let lastRe: RegExp | null = null;
let lastPlan: Plan = { single: -1, iterating: -1 };

function planFor(source: string, flags: string): Plan {
  let byFlags = plans.get(source);
  let plan = byFlags?.get(flags);
  if (plan !== undefined) return plan;
  plan = makePlan(source, flags);
  if (source.length > MAX_CACHED_SOURCE) return plan;
  if (byFlags === undefined) {
    if (plans.size >= MAX_CACHED) plans.clear();
    plans.set(source, (byFlags = new Map()));
  }
  byFlags.set(flags, plan);
  return plan;
}

function planOf(re: RegExp): Plan {
  if (re === lastRe) return lastPlan;
  lastPlan = planFor(re.source, re.flags);
  lastRe = re;
  return lastPlan;
}

function makePlan(source: string, flags: string): Plan {
  const size = source.length + 1;
  let linear = true;
  try {
    new RegExp(source, flags + "l");
  } catch {
    linear = false;
  }
  if (linear) return { single: Math.floor(LINEAR_DIRECT / size) - 1, iterating: Math.floor(ITERATING_DIRECT / size) - 1 };
  const shape = scan(source, flags.includes("v"));
  if (shape.degree === Infinity) return { single: -1, iterating: -1 };
  // A leading ^ without /m, and no alternative at the top level: one start position.
  if (source.startsWith("^") && !flags.includes("m") && !topLevelBar(source)) shape.degree = Math.max(1, shape.degree - 1);
  const branches = 2 ** Math.min(shape.bars, 64);
  return { single: polynomialLimit(branches, shape.degree, size), iterating: polynomialLimit(branches, shape.degree + 1, size) };
}

/** The largest n with branches · (n+1)^degree · size ≤ DIRECT_STEPS, or -1. */
function polynomialLimit(branches: number, degree: number, size: number): number {
  const room = DIRECT_STEPS / (branches * size);
  if (room < 1) return -1;
  let n = Math.floor(room ** (1 / degree)) - 1;
  while (n >= 0 && branches * (n + 1) ** degree * size > DIRECT_STEPS) n--;
  return n;
}

const QUANT = /^(?:[*+?]|\{\d+(?:,\d*)?\})/;

/**
 * A conservative reading of a pattern's shape: counts quantifiers, backreferences and
 * alternatives, and reports Infinity when a quantifier applies to a group or a
 * backreference (an optional group, `(…)?`, counts as one more alternative instead).
 * Over-counting only sends more calls to the watchdog.
 */
function scan(src: string, nestedClasses: boolean): { degree: number; bars: number } {
  let quants = 0;
  let refs = 0;
  let bars = 0;
  /** The atom just read: a group's end or a backreference (a quantifier on it is unbounded). */
  let compound = false;
  /** The previous character opened a group (so a `?` is the group's syntax). */
  let opened = false;
  for (let i = 0; i < src.length; ) {
    const c = src[i]!;
    const afterOpen = opened;
    opened = false;
    if (c === "\\") {
      const d = src[i + 1] ?? "";
      i += 2;
      compound = (d >= "1" && d <= "9") || d === "k";
      if (compound) {
        refs++;
        while (i < src.length && src[i]! >= "0" && src[i]! <= "9") i++;
        if (d === "k" && src[i] === "<") while (i < src.length && src[i++] !== ">");
      }
      continue;
    }
    if (c === "[") {
      let depth = 1;
      i++;
      while (i < src.length && depth > 0) {
        const x = src[i]!;
        if (x === "\\") i++;
        else if (x === "[" && nestedClasses) depth++;
        else if (x === "]") depth--;
        i++;
      }
      compound = false;
      continue;
    }
    const q = QUANT.exec(src.slice(i, i + 24));
    if (q !== null && !(c === "?" && afterOpen)) {
      let len = q[0].length;
      if (src[i + len] === "?") len++; // lazy
      if (compound) {
        if (q[0] === "?") bars++;
        else return { degree: Infinity, bars };
      } else quants++;
      compound = false;
      i += len;
      continue;
    }
    if (c === "|") bars++;
    compound = c === ")";
    opened = c === "(";
    i++;
  }
  return { degree: quants + refs + 1, bars };
}

/** The pattern has an alternative at its top level (outside every group and class). */
function topLevelBar(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------- the watchdog

/** The context guarded matches run in, and the call made there. */
interface Watchdog {
  sandbox: { op?: () => unknown };
  call: Script;
}

/** Made on the first guarded match: a context costs ~1 ms, and most processes never need one. */
let watchdog: Watchdog | null = null;

function theWatchdog(): Watchdog {
  return (watchdog ??= { sandbox: createContext(Object.create(null) as Record<string, unknown>), call: new Script("op()", { filename: "kitwork:regexp" }) });
}

/**
 * Runs `op`, a host operation of `re` on `input` (exec, test, replace, split…; set
 * `iterating` when it execs repeatedly), so that it cannot outlive the run's deadline.
 * `op` must only match: it may be interrupted at any point.
 */
export function runRegExp<T>(clock: RunClock, re: RegExp, input: string, iterating: boolean, op: () => T): T {
  const plan = planOf(re);
  if (input.length <= (iterating ? plan.iterating : plan.single)) return op();
  const left = clock.timeLeft();
  if (left === Infinity) return op();
  if (left <= 0) clock.timeUp();
  const { sandbox: guarded, call } = theWatchdog();
  guarded.op = op;
  try {
    return call.runInContext(guarded, { timeout: Math.max(1, Math.ceil(left)) }) as T;
  } catch (e) {
    if ((e as { code?: unknown }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") clock.timeUp();
    throw e;
  } finally {
    guarded.op = undefined;
  }
}
