// The compiled form of a script: a list of function prototypes, the first being the
// top level. Programs are plain data so they can be stored, hashed and shipped to
// other nodes; FORMAT_VERSION is checked whenever a program or a snapshot is read.

export const FORMAT_VERSION = 2;

/** A regular-expression literal in a constant pool. */
export interface RegExpConst {
  readonly re: { readonly source: string; readonly flags: string };
}

/**
 * The strings of a tagged template's call site (`tag\`a${x}b\``): `cooked` holds null
 * where the text has an escape that is invalid outside a tagged template (the script
 * sees undefined), `raw` the source text. `site` is the offset of the template's
 * opening backtick in the program's source: one per call site, so a site compiled
 * twice (inside an inlined `finally` block) is still one site for the run's cache of
 * template objects (vm/templates.ts).
 */
export interface TemplateConst {
  readonly template: { readonly site: number; readonly cooked: readonly (string | null)[]; readonly raw: readonly string[] };
}

export type Const = number | string | RegExpConst | TemplateConst;

/** Where a captured variable comes from when a closure is created. */
export interface CaptureRef {
  /** true: the parent's frame slot `index` (holding a cell); false: the parent's own capture `index`. */
  readonly fromParentSlot: boolean;
  readonly index: number;
  readonly name: string;
}

export interface FunctionProto {
  readonly index: number;
  name: string;
  readonly code: Int32Array;
  readonly consts: Const[];
  /** Number of argument slots (formal parameters before the rest parameter). */
  readonly nparams: number;
  /** The function's JS `length` (parameters before the first default or rest). */
  readonly length: number;
  /** Total frame slots, arguments included. */
  readonly nslots: number;
  /** Slot receiving the rest parameter array, or -1. */
  readonly restSlot: number;
  readonly captures: readonly CaptureRef[];
  readonly isArrow: boolean;
  /** Arrows, methods and async functions cannot be called with `new`. */
  readonly constructable: boolean;
  readonly usesArguments: boolean;
  /** Deepest operand stack above the slots, computed by the verifier. */
  maxStack: number;
  /** Flattened triples (pc, line, column) in increasing pc order. */
  readonly lines: Int32Array;
  /** Slot names for inspection and snapshots ("" for temporaries). */
  readonly slotNames: readonly string[];
  /** A generator function (`function*`, `*m() {}`): a call returns a generator (vm/generators.ts). */
  readonly isGenerator?: boolean;
  /** An async function (or a top level with `await`): a call returns a promise; `await` is its YIELD (vm/promises.ts). */
  readonly isAsync?: boolean;
  /**
   * Call sites in an async position (the operand of `await`, an element of the array given
   * to Promise.all/allSettled/race/any, the receiver of `.then`/`.catch`/`.finally`, what an
   * async function returns outside try blocks), as the pc after each CALL: a host
   * operation started there runs in parallel (vm/promises.ts).
   */
  readonly asyncCalls?: readonly number[];
  /** A class constructor: "base" builds its object, "derived" gets it from super(). */
  readonly classKind?: "base" | "derived";
  /** Set when the program is assembled. */
  program?: Program;
}

export interface Program {
  readonly formatVersion: number;
  readonly filename: string;
  readonly source: string;
  /** Content hash of the source (sha256, hex; a module's covers its file name too); identifies the program in snapshots and stores. */
  readonly hash: string;
  readonly functions: FunctionProto[];
  /** Set for a file with `import` or `export` (below; bytecode/module.ts). */
  readonly module?: ModuleInfo;
}

/** Source position of the instruction at `pc`, or null when the function has no line info. */
export function positionAt(fn: FunctionProto, pc: number): { line: number; column: number } | null {
  const t = fn.lines;
  let lo = 0;
  let hi = t.length / 3 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid * 3]! <= pc) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return t.length ? { line: t[1]!, column: t[2]! } : null;
  return { line: t[found * 3 + 1]!, column: t[found * 3 + 2]! };
}

// ---------------------------------------------------------------- modules (see bytecode/module.ts)

/** A module specifier as written, with the position of its string (for errors). */
export interface ModuleRequest {
  readonly specifier: string;
  readonly line: number;
  /** 0-based. */
  readonly column: number;
}

/** One cell of the module environment. */
export type EnvEntry =
  /** A top-level binding this module exports: starts uninitialised (`hole`: let, const, class, function) or undefined (var). */
  | { readonly kind: "local"; readonly name: string; readonly hole: boolean }
  /** An imported binding: the exporter's cell (`import` "*": a namespace object). */
  | { readonly kind: "import"; readonly name: string; readonly request: number; readonly import: string; readonly line: number; readonly column: number }
  /** Whether the module's evaluation has started (a cycle re-entering it returns at once). */
  | { readonly kind: "started" }
  /** The top level of requests[request]: called before this module's own statements. */
  | { readonly kind: "module"; readonly request: number };

export type ExportEntry =
  /** A binding of this module: env[local]; functions[getter] reads it for namespace objects. */
  | { readonly name: string; readonly local: number; readonly getter: number }
  /** `export { x as y } from`, `export * as ns from` (import "*"), or an imported binding exported again. */
  | { readonly name: string; readonly request: number; readonly import: string; readonly line: number; readonly column: number };

export interface ModuleInfo {
  readonly requests: readonly ModuleRequest[];
  readonly env: readonly EnvEntry[];
  readonly exports: readonly ExportEntry[];
  /** `export * from requests[i]`. */
  readonly starExports: readonly number[];
  /** The programs the requests resolve to, in the same order: set by the loader before the program runs. */
  links: Program[];
}
