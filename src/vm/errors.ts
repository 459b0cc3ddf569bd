// The two kinds of error, never mixed (ARCHITECTURE rule 6):
// - guest errors: values a script can catch. Inside the VM they travel as GuestThrow
//   (an already-built value) or PendingError (built lazily, once the interpreter has
//   recorded where it stopped, so the script-level stack is exact);
// - limits and host failures: LimitError is uncatchable by scripts and ends the run.

import type { TraceEntry } from "./values.js";

/** A thrown guest value crossing host code. */
export class GuestThrow {
  constructor(readonly value: unknown) {}
}

/** A guest error to be created at the current position (TypeError, RangeError…). */
export class PendingError {
  constructor(
    readonly kind: string,
    readonly message: string,
  ) {}
}

export type LimitKind = "budget" | "timeout" | "depth" | "heap" | "string" | "array" | "snapshot";

/** A run exceeded one of its limits. Scripts cannot catch it. */
export class LimitError extends Error {
  override readonly name = "LimitError";
  constructor(
    readonly limit: LimitKind,
    message: string,
    public trace: TraceEntry[] = [],
  ) {
    super(message);
  }
  format(): string {
    return formatWithTrace(this.message, this.trace);
  }
}

/** An uncaught guest error, reported with the script-level stack. */
export class ScriptError extends Error {
  override readonly name = "ScriptError";
  constructor(
    /** "TypeError: x is not a function", or the thrown value's text. */
    message: string,
    /** The thrown guest value itself. */
    readonly value: unknown,
    readonly trace: TraceEntry[],
    /** Code frame around the throw position (filled by whoever has the source). */
    public frame = "",
  ) {
    super(message);
  }
  get file(): string | undefined {
    return this.trace[0]?.file;
  }
  get line(): number | undefined {
    return this.trace[0]?.line;
  }
  get column(): number | undefined {
    return this.trace[0]?.column;
  }
  /** "file:line:col message", the code frame and the script stack. */
  format(): string {
    return formatWithTrace(this.message, this.trace, this.frame);
  }
}

export function formatWithTrace(message: string, trace: TraceEntry[], frame = ""): string {
  const top = trace[0];
  const head = top ? `${top.file}:${top.line}:${top.column + 1} ${message}` : message;
  const stack = trace.map((t) => `    at ${t.fn || "<anonymous>"} (${t.file}:${t.line}:${t.column + 1})`).join("\n");
  return [head, frame, stack].filter(Boolean).join("\n");
}
