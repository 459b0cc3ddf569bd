// Snapshot inspection for `kitwork runs show` and the admin API: the frames of a parked
// run with their variables, rendered as bounded plain data. Built on the VM's debug API
// (vm/debug.ts), so it knows nothing of the interpreter's stack layout. Secret values
// (the run's env() reads, its credential headers) are masked before anything is cut
// down for display, so a long secret cannot slip through as a shortened prefix.

import type { Program } from "../bytecode/program.js";
import type { Runtime } from "../runtime/runtime.js";
import { toHost } from "../stdlib/convert.js";
import { stackFrames } from "../vm/debug.js";
import type { SnapshotDoc } from "../vm/snapshot.js";
import { Masker } from "./secrets.js";

export interface InspectedFrame {
  function: string;
  line: number;
  /** 0-based, as in error traces. */
  column: number;
  locals: Record<string, unknown>;
}

/** Shown for a `let`/`const` whose declaration has not run yet. */
export const UNINITIALISED = "<uninitialised>";

/** Defines an own key: a variable or key named "__proto__" must not set the prototype. */
function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A host value cut down for display: strings over 200 characters, more than 20 items or
 * keys and nesting below two levels are elided, so one large variable cannot flood the output.
 */
export function safePreview(v: unknown, depth = 0): unknown {
  if (v === null || typeof v !== "object") return typeof v === "string" && v.length > 200 ? v.slice(0, 197) + "..." : v;
  if (depth > 2) return Array.isArray(v) ? `[${v.length} items]` : "{…}";
  if (Array.isArray(v)) return v.slice(0, 20).map((x) => safePreview(x, depth + 1)).concat(v.length > 20 ? [`… ${v.length - 20} more`] : []);
  const out: Record<string, unknown> = {};
  const keys = Object.keys(v as object);
  for (const k of keys.slice(0, 20)) setOwn(out, k, safePreview((v as Record<string, unknown>)[k], depth + 1));
  if (keys.length > 20) out["…"] = `${keys.length - 20} more keys`;
  return out;
}

/** The frames of a suspended run, innermost first, with their local variables rendered safely (builtin frames left out). */
export function inspectSnapshot(runtime: Runtime, doc: SnapshotDoc, program: Program, mask: Masker = Masker.none): InspectedFrame[] {
  const vm = runtime.restore(doc, { programs: [program] }).vm;
  return stackFrames(vm).map((f) => {
    const locals: Record<string, unknown> = {};
    // Two block-scoped variables of one name share a key: the later slot wins.
    for (const v of f.locals) setOwn(locals, v.name, v.initialised ? safePreview(mask.value(toHost(v.value))) : UNINITIALISED);
    return { function: f.function || "<anonymous>", line: f.line, column: f.column, locals };
  });
}
