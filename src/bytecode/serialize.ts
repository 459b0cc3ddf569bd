// Programs as text: JSON with the typed arrays (code, line tables) in base64 and the
// numbers JSON cannot hold (NaN, ±Infinity, -0) tagged. Used to keep compiled builtins
// between processes (runtime/builtins-cache.ts) and a project's compiled works
// (engine/compiled-cache.ts). A module program is kept without its links (the programs
// its imports resolve to): they are set when its graph is loaded, and read back empty.
//
// Reading checks the format version and verifies every function again (the verifier
// also computes maxStack), so a damaged or foreign file is refused, never run; a reader
// that knows the text is as written (a digest) may skip verifying (DecodeOptions).

import { FORMAT_VERSION, type FunctionProto, type ModuleInfo, type Program } from "./program.js";
import { verifyFunction } from "./verify.js";

export class ProgramFormatError extends Error {}

const I32 = "$i32";
const NUM = "$num";

function replacer(this: unknown, key: string, value: unknown): unknown {
  if (key === "program") return undefined; // a function's back-reference to its program (set again on reading)
  if (key === "links" && isModuleInfo(this)) return undefined; // a module's linked programs (set when its graph loads)
  if (value instanceof Int32Array) return { [I32]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  if (typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0))) return { [NUM]: Object.is(value, -0) ? "-0" : String(value) };
  return value;
}

/**
 * The tagged values of a parsed document put back in place (Int32Arrays, numbers JSON
 * cannot spell), walking it after JSON.parse: a reviver is called for every value of the
 * text and made reading the compiled builtins, at every start, half again as long.
 */
function revive(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v !== null && typeof v === "object") value[i] = revive(v);
    }
    return value;
  }
  const o = value as Record<string, unknown>;
  if (typeof o[I32] === "string") {
    const bytes = Buffer.from(o[I32], "base64");
    if (bytes.byteLength % 4 !== 0) throw new ProgramFormatError("an Int32Array of a length that is not a multiple of 4");
    const out = new Int32Array(bytes.byteLength / 4);
    new Uint8Array(out.buffer).set(bytes);
    return out;
  }
  if (typeof o[NUM] === "string") {
    const n = o[NUM] === "-0" ? -0 : Number(o[NUM]);
    if (!(Number.isNaN(n) || !Number.isFinite(n) || Object.is(n, -0))) throw new ProgramFormatError(`a tagged number that JSON holds itself: ${o[NUM]}`);
    return n;
  }
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === "object") o[k] = revive(v);
  }
  return o;
}

function isModuleInfo(o: unknown): o is ModuleInfo {
  if (o === null || typeof o !== "object") return false;
  const m = o as Record<string, unknown>;
  return Array.isArray(m.requests) && Array.isArray(m.env) && Array.isArray(m.exports) && Array.isArray(m.starExports);
}

/** `programs` as one JSON text (see the file header). */
export function encodePrograms(programs: readonly Program[]): string {
  return JSON.stringify({ formatVersion: FORMAT_VERSION, programs }, replacer);
}

export interface DecodeOptions {
  /**
   * The text is known to be one encodePrograms() wrote, of programs that were verified when
   * they were compiled (runtime/builtins-cache.ts checks a digest taken as it was written):
   * each function keeps the maxStack it was stored with instead of being verified again.
   */
  verified?: boolean;
}

/** The programs of encodePrograms(), verified; a ProgramFormatError when the text is not such a document. */
export function decodePrograms(text: string, options: DecodeOptions = {}): Program[] {
  let doc: { formatVersion?: unknown; programs?: unknown };
  try {
    doc = revive(JSON.parse(text)) as typeof doc;
  } catch (e) {
    throw e instanceof ProgramFormatError ? e : new ProgramFormatError(`not a program document: ${(e as Error).message}`);
  }
  if (doc === null || typeof doc !== "object") throw new ProgramFormatError("not a program document");
  if (doc.formatVersion !== FORMAT_VERSION) throw new ProgramFormatError(`bytecode format ${String(doc.formatVersion)}, this engine reads ${FORMAT_VERSION}`);
  if (!Array.isArray(doc.programs)) throw new ProgramFormatError("not a program document: no programs");
  const out = doc.programs as Program[];
  for (const p of out) {
    if (p === null || typeof p !== "object" || p.formatVersion !== FORMAT_VERSION || typeof p.source !== "string" || typeof p.hash !== "string" || !Array.isArray(p.functions) || (p.module !== undefined && !isModuleInfo(p.module))) {
      throw new ProgramFormatError("a program of the wrong shape");
    }
    p.functions.forEach((fn: FunctionProto, i) => {
      if (fn === null || typeof fn !== "object" || fn.index !== i || !(fn.code instanceof Int32Array) || !(fn.lines instanceof Int32Array) || !Array.isArray(fn.consts)) {
        throw new ProgramFormatError(`${p.filename}: function ${i} of the wrong shape`);
      }
      fn.maxStack = options.verified && Number.isSafeInteger(fn.maxStack) && fn.maxStack >= 0 ? fn.maxStack : verifyFunction(fn, p.functions.length);
      fn.program = p;
    });
    if (p.module) (p.module as { links: Program[] }).links = [];
  }
  return out;
}
