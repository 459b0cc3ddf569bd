// compile(): JS source → acorn AST → scope analysis → bytecode → verified program.

import { createHash } from "node:crypto";
import * as acorn from "acorn";
import { FORMAT_VERSION, type Program, type FunctionProto } from "../bytecode/program.js";
import { verifyFunction } from "../bytecode/verify.js";
import { FnGen, Unsupported } from "./codegen.js";
import { CompileError, compileError } from "./diagnostics.js";
import { analyze } from "./scope.js";
import { LineMap } from "./emitter.js";

export { CompileError } from "./diagnostics.js";

export interface CompileOptions {
  /** Shown in errors and stack traces; defaults to "script.js". */
  filename?: string;
}

export function parse(source: string, filename: string): acorn.Program {
  try {
    return acorn.parse(source, {
      ecmaVersion: 2022,
      sourceType: "script",
      locations: false,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    });
  } catch (err) {
    const e = err as SyntaxError & { loc?: { line: number; column: number } };
    if (e.loc) {
      const reason = e.message.replace(/ \(\d+:\d+\)$/, "");
      throw compileError(`SyntaxError: ${reason}`, filename, source, e.loc.line, e.loc.column);
    }
    throw err;
  }
}

export function compile(source: string, options: CompileOptions | string = {}): Program {
  const filename = (typeof options === "string" ? options : options.filename) ?? "script.js";
  const ast = parse(source, filename);
  const functions: FunctionProto[] = [];
  let lineMap: LineMap | null = null;
  try {
    lineMap = new LineMap(source);
    FnGen.generate({ source, lineMap, analysis: analyze(ast), functions }, null, ast, "<main>");
  } catch (err) {
    if (err instanceof Unsupported) {
      const [line, column] = (lineMap ?? new LineMap(source)).position(err.node?.start ?? 0);
      throw compileError(err.message, filename, source, line, column);
    }
    throw err;
  }
  const program: Program = {
    formatVersion: FORMAT_VERSION,
    filename,
    source,
    hash: createHash("sha256").update(source).digest("hex"),
    functions,
  };
  for (const fn of functions) {
    fn.maxStack = verifyFunction(fn);
    fn.program = program;
  }
  return program;
}

export function isCompileError(err: unknown): err is CompileError {
  return err instanceof CompileError;
}
