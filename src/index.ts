// Kitwork's public API.

export { compile, parse, CompileError, type CompileOptions } from "./compiler/index.js";
export { disassemble } from "./bytecode/disasm.js";
export { FORMAT_VERSION, type Program, type FunctionProto } from "./bytecode/program.js";
export { ScriptError, LimitError, type LimitKind } from "./vm/errors.js";
export { DEFAULT_LIMITS, type Limits } from "./vm/interpreter.js";
export { Runtime, Run, evaluate, type Outcome, type RunOptions, type RuntimeOptions, type HostFunction } from "./runtime/runtime.js";
export { toHost, fromHost } from "./stdlib/convert.js";
export { SnapshotError, SNAPSHOT_VERSION, type SnapshotDoc } from "./vm/snapshot.js";

import { Runtime, type RuntimeOptions } from "./runtime/runtime.js";

/** A runtime (realm + interpreter pool): compile once, run many times. */
export function createRealm(options?: RuntimeOptions): Runtime {
  return new Runtime(options);
}

export { VERSION } from "./version.js";
