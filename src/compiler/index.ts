// compile(): JS source → acorn AST → scope analysis → bytecode → verified program.

import { createHash } from "node:crypto";
import * as acorn from "acorn";
import { FORMAT_VERSION, type Program, type FunctionProto } from "../bytecode/program.js";
import { verifyFunction } from "../bytecode/verify.js";
import { FnGen, Unsupported } from "./codegen.js";
import { CompileError, compileError } from "./diagnostics.js";
import { analyze } from "./scope.js";
import { LineMap } from "./emitter.js";
import { compileModule, isModule } from "./modules.js";

export { CompileError } from "./diagnostics.js";

/**
 * The longest string constant (literal, template chunk, a tagged template's raw chunk, name, regex source) a program
 * may hold: the VM's default string length limit (16 Mi characters). A run with a
 * smaller limit refuses a longer constant when it starts.
 */
export const MAX_CONSTANT_LENGTH = 16 * 1024 * 1024;

export interface CompileOptions {
  /** Shown in errors and stack traces; defaults to "script.js". */
  filename?: string;
  /** Parse as a module even without import or export (a file another one imports). */
  module?: boolean;
}

/**
 * Parses a work or a module: as a script, unless the file has an import or export
 * statement (a script cannot), then as a module (compiler/modules.ts).
 */
export function parse(source: string, filename: string, module = false): acorn.Program {
  if (module) return parseModule(source, filename);
  try {
    return parseAs(source, "script");
  } catch (err) {
    const e = err as SyntaxError & { loc?: { line: number; column: number }; pos?: number };
    if (e.loc) {
      if (e.pos !== undefined && /^(import|export)\b/.test(source.slice(e.pos, e.pos + 6)) && !/^import\s*[.(]/.test(source.slice(e.pos))) {
        return parseModule(source, filename);
      }
      throw syntaxError(e, filename, source);
    }
    throw err;
  }
}

function parseAs(source: string, sourceType: "script" | "module"): acorn.Program {
  return acorn.parse(source, { ecmaVersion: 2022, sourceType, locations: false, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true });
}

function parseModule(source: string, filename: string): acorn.Program {
  try {
    return parseAs(source, "module");
  } catch (err) {
    const e = err as SyntaxError & { loc?: { line: number; column: number } };
    if (e.loc) throw syntaxError(e, filename, source);
    throw err;
  }
}

function syntaxError(e: SyntaxError & { loc?: { line: number; column: number } }, filename: string, source: string): CompileError {
  return compileError(`SyntaxError: ${e.message.replace(/ \(\d+:\d+\)$/, "")}`, filename, source, e.loc!.line, e.loc!.column);
}

export function compile(source: string, options: CompileOptions | string = {}): Program {
  const filename = (typeof options === "string" ? options : options.filename) ?? "script.js";
  const ast = parse(source, filename, typeof options === "object" && options.module === true);
  // A constant is never longer than the source it is written in.
  if (source.length > MAX_CONSTANT_LENGTH) checkConstants(ast, filename, source);
  let functions: FunctionProto[] = [];
  let lineMap: LineMap | null = null;
  let module: Program | null = null;
  try {
    lineMap = new LineMap(source);
    if (isModule(ast)) ({ program: module, functions } = compileModule({ ast, source, filename, lineMap }));
    else FnGen.generate({ source, lineMap, analysis: analyze(ast), functions }, null, ast, "<main>");
  } catch (err) {
    if (err instanceof Unsupported) {
      const [line, column] = (lineMap ?? new LineMap(source)).position(err.node?.start ?? 0);
      throw compileError(err.message, filename, source, line, column);
    }
    throw err;
  }
  const program: Program = module ?? {
    formatVersion: FORMAT_VERSION,
    filename,
    source,
    hash: createHash("sha256").update(source).digest("hex"),
    functions,
  };
  for (const fn of functions) {
    fn.maxStack = verifyFunction(fn, functions.length);
    fn.program = program;
  }
  return program;
}

/** A string constant longer than MAX_CONSTANT_LENGTH is a compile error at its position. */
function checkConstants(ast: acorn.Program, filename: string, source: string): void {
  const stack: acorn.AnyNode[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    let len = 0;
    switch (node.type) {
      case "Literal":
        len = typeof node.value === "string" ? node.value.length : node.regex ? node.regex.pattern.length : 0;
        break;
      case "TemplateElement":
        len = (node.value.cooked ?? "").length;
        break;
      case "TaggedTemplateExpression": // a tagged template's raw strings are constants too
        len = node.quasi.quasis.reduce((m, q) => Math.max(m, q.value.raw.length), 0);
        break;
      case "Identifier":
      case "PrivateIdentifier":
        len = node.name.length;
        break;
    }
    if (len > MAX_CONSTANT_LENGTH) {
      const [line, column] = new LineMap(source).position(node.start);
      throw compileError(`string constant of ${len} characters is longer than the string length limit (${MAX_CONSTANT_LENGTH} characters)`, filename, source, line, column);
    }
    // Every child of every kind of node, including those the compiler refuses later.
    for (const v of Object.values(node) as unknown[]) {
      if (Array.isArray(v)) for (const x of v as unknown[]) if (isNode(x)) stack.push(x);
      if (isNode(v)) stack.push(v);
    }
  }
}

/** An AST node among a node's fields (the others are strings, numbers, flags, `loc`, `regex`, a template's `value`). */
function isNode(v: unknown): v is acorn.AnyNode {
  return v !== null && typeof v === "object" && typeof (v as { type?: unknown }).type === "string";
}

export function isCompileError(err: unknown): err is CompileError {
  return err instanceof CompileError;
}
