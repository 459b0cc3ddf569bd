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
  return new RegExp(source, flags);
}

// ---------------------------------------------------------------- cost model
//
// Worst-case steps of one operation, against DIRECT_STEPS (about 1-3 ms of matching):
// - a pattern with the linear fallback: one exec is at most 50,000 backtracks and then
//   linear work, (input+1)·(pattern+1) states; an iterating operation (global match,
//   replace, split, matchAll) repeats execs, each of which may spend those backtracks,
//   so it runs directly only on small inputs (ITERATING_DIRECT);
// - another pattern, when no quantifier applies to a group or a backreference ("flat"):
//   backtracking is polynomial, at most 2^alternatives · (input+1)^(quantifiers +
//   backreferences + 1) · (pattern+1), times (input+1) for an iterating operation;
// - a pattern with a quantified group or backreference and no fallback: no bound, so
//   always under the watchdog.

const DIRECT_STEPS = 1 << 20;
/** Input × pattern below which a linear-fallback pattern runs directly, per exec. */
const LINEAR_DIRECT = 1 << 17;
/** The same for an operation that execs repeatedly. */
const ITERATING_DIRECT = 1 << 12;

interface Plan {
  /** V8 falls back to the linear engine for this pattern. */
  linear: boolean;
  /** Exponent of the polynomial bound, or Infinity when backtracking is unbounded. */
  degree: number;
  /** 2^alternatives, the product bound on alternation branches. */
  branches: number;
  size: number;
}

const plans = new WeakMap<RegExp, Plan>();
const bySource = new Map<string, Plan>();
const MAX_CACHED = 4096;

function planOf(re: RegExp): Plan {
  let plan = plans.get(re);
  if (plan !== undefined) return plan;
  const key = `${re.flags}/${re.source}`;
  plan = bySource.get(key);
  if (plan === undefined) {
    plan = makePlan(re.source, re.flags);
    if (bySource.size >= MAX_CACHED) bySource.clear();
    bySource.set(key, plan);
  }
  plans.set(re, plan);
  return plan;
}

function makePlan(source: string, flags: string): Plan {
  let linear = true;
  try {
    new RegExp(source, flags + "l");
  } catch {
    linear = false;
  }
  const shape = linear ? { degree: 1, bars: 0 } : scan(source, flags.includes("v"));
  return { linear, degree: shape.degree, branches: 2 ** Math.min(shape.bars, 64), size: source.length + 1 };
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

/** True when the operation's worst case is small enough to run without the watchdog. */
function direct(plan: Plan, n: number, iterating: boolean): boolean {
  const work = (n + 1) * plan.size;
  if (plan.linear) return work <= (iterating ? ITERATING_DIRECT : LINEAR_DIRECT);
  if (plan.degree === Infinity) return false;
  const steps = plan.branches * (n + 1) ** (plan.degree + (iterating ? 1 : 0)) * plan.size;
  return steps <= DIRECT_STEPS;
}

// ---------------------------------------------------------------- the watchdog

const sandbox = createContext(Object.create(null) as Record<string, unknown>);
const call = new Script("op()", { filename: "kitwork:regexp" });
const guarded = sandbox as { op?: () => unknown };

/**
 * Runs `op`, a host operation of `re` on `input` (exec, test, replace, split…; set
 * `iterating` when it execs repeatedly), so that it cannot outlive the run's deadline.
 * `op` must only match: it may be interrupted at any point.
 */
export function runRegExp<T>(clock: RunClock, re: RegExp, input: string, iterating: boolean, op: () => T): T {
  if (direct(planOf(re), input.length, iterating)) return op();
  const left = clock.timeLeft();
  if (left === Infinity) return op();
  if (left <= 0) clock.timeUp();
  guarded.op = op;
  try {
    return call.runInContext(sandbox, { timeout: Math.max(1, Math.ceil(left)) }) as T;
  } catch (e) {
    if ((e as { code?: unknown }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") clock.timeUp();
    throw e;
  } finally {
    guarded.op = undefined;
  }
}
