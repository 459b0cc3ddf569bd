// The debug API: what a host may read of a run's frames and variables (Lua's
// lua_getstack / lua_getlocal / lua_getupvalue). Tools that inspect a run — a live one
// suspended on a host call, or one rebuilt from a snapshot — use this instead of
// reading the interpreter's stack layout, so that layout can change behind it.
//
// Values are returned as guest values (KObject, KArray… or primitives): converting
// them for display is the caller's business (stdlib/convert.ts toHost). Captured
// variables are read through their cell, and an uninitialised `let`/`const` (temporal
// dead zone) is reported as `initialised: false` with the value undefined: the VM's
// marker for it never leaves the VM.
//
// A function has no scope ranges, so a frame lists every named slot of its function,
// including block variables whose block has not been entered yet or was left (they
// show the slot's current value, usually undefined).

import { positionAt } from "../bytecode/program.js";
import { BUILTIN_FILENAME, type Interpreter } from "./interpreter.js";
import { Cell, HOLE } from "./values.js";

export interface DebugVariable {
  name: string;
  /** The variable's value, undefined while it is uninitialised. */
  value: unknown;
  /**
   * False for a `let`/`const` binding whose declaration has not run (TDZ). The
   * VM marks only bindings some code could read early (captured ones, or ones read
   * above their declaration); any other shows undefined until its declaration runs.
   */
  initialised: boolean;
  /** True when the variable lives in a cell shared with closures. */
  captured: boolean;
}

export interface DebugFrame {
  /** 0 for the innermost frame, counting every frame (builtin ones too); what frameAt/localsOf take. */
  level: number;
  /** The function's name: "" for an anonymous function, "<main>" for a program's top level. */
  function: string;
  /** The program's filename ("<builtin>" for the prelude). */
  file: string;
  /** Position of the instruction the frame is executing (for an outer frame: its call); 1-based line. */
  line: number;
  /** 0-based, as in acorn and in error traces (TraceEntry). */
  column: number;
  /** The frame runs a builtin written in the script language (the prelude), not the user's code. */
  builtin: boolean;
  /** The function's own variables (parameters included), in slot order. */
  locals: DebugVariable[];
  /** Variables of enclosing functions this function's closure captured. */
  captures: DebugVariable[];
}

function isLive(vm: Interpreter): boolean {
  // A finished or failed run has released its stack: its frames would show stale slots.
  return vm.state === "suspended" || vm.state === "running";
}

function variable(name: string, v: unknown, captured: boolean): DebugVariable {
  const value = v instanceof Cell ? v.v : v;
  if (value === HOLE) return { name, value: undefined, initialised: false, captured: captured || v instanceof Cell };
  return { name, value, initialised: true, captured: captured || v instanceof Cell };
}

/** The frame at `level` (0 = innermost), or null when the run has no such frame. */
export function frameAt(vm: Interpreter, level: number): DebugFrame | null {
  if (!isLive(vm) || !Number.isInteger(level) || level < 0 || level >= vm.fp) return null;
  const f = vm.frames[vm.fp - 1 - level]!;
  const fn = f.fn;
  // frame.pc is the next instruction (after a call, its return address): the one
  // executing is the one before it, as in error traces.
  const pos = positionAt(fn, Math.max(0, f.pc - 1));
  const file = fn.program?.filename ?? "script.js";
  const cells = f.closure.cells;
  return {
    level,
    function: fn.name,
    file,
    line: pos?.line ?? 0,
    column: pos?.column ?? 0,
    builtin: file === BUILTIN_FILENAME,
    locals: localsOf(vm, level),
    captures: fn.captures.flatMap((c, i) => (isHidden(c.name) ? [] : [variable(c.name, cells[i], true)])),
  };
}

/** A class's hidden bindings (" class", " home", " fields", a private name "#x"): names no variable can have. */
function isHidden(name: string): boolean {
  return name[0] === " " || name[0] === "#";
}

/** The named variables of the frame at `level` (0 = innermost), in slot order. */
export function localsOf(vm: Interpreter, level: number): DebugVariable[] {
  if (!isLive(vm) || !Number.isInteger(level) || level < 0 || level >= vm.fp) {
    throw new RangeError(`no frame at level ${level} (the run has ${isLive(vm) ? vm.fp : 0})`);
  }
  const f = vm.frames[vm.fp - 1 - level]!;
  const out: DebugVariable[] = [];
  const names = f.fn.slotNames;
  for (let s = 0; s < names.length; s++) {
    const name = names[s]!;
    if (name === "" || isHidden(name)) continue; // a compiler temporary, or a class's hidden binding
    out.push(variable(name, vm.stack[f.base + s], false));
  }
  return out;
}

/**
 * The run's frames, innermost first. Frames of builtins written in the script language
 * (`map`'s callback loop…) are left out unless `builtins` is set; they keep their level.
 * A run that is not suspended or running has no frames.
 */
export function stackFrames(vm: Interpreter, options: { builtins?: boolean } = {}): DebugFrame[] {
  const out: DebugFrame[] = [];
  if (!isLive(vm)) return out;
  for (let level = 0; level < vm.fp; level++) {
    const f = vm.frames[vm.fp - 1 - level]!;
    if (!options.builtins && f.fn.program?.filename === BUILTIN_FILENAME) continue;
    out.push(frameAt(vm, level)!);
  }
  return out;
}
