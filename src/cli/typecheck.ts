// `kitwork typecheck [dir]`: the editor's type check from the command line (CI, a
// pre-commit hook). It checks the project of dir's jsconfig.json (or tsconfig.json) the
// way the editor does with kitwork's TypeScript plugin — top-level returns checked,
// TS1108 never reported — through types/ts-plugin.cjs, the one place that rule lives.
//
// TypeScript is the project's own dependency (a devDependency next to kitwork, as the
// editor needs it too), loaded when the command runs; kitwork itself does not ship it.

import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as TS from "typescript";
import { codeFrame } from "../compiler/diagnostics.js";
import { EXIT, type Io, UsageError } from "./common.js";

interface Plugin {
  checkProject(ts: typeof TS, configFile: string): { diagnostics: readonly TS.Diagnostic[] };
}

/** types/ts-plugin.cjs of this package (from dist/cli/ or src/cli/ alike). */
function plugin(): Plugin {
  return createRequire(import.meta.url)("../../types/ts-plugin.cjs") as Plugin;
}

/** The project's typescript, else the one beside kitwork; a clear error when there is none. */
function loadTypescript(dir: string): typeof TS {
  for (const from of [path.join(dir, "package.json"), import.meta.url]) {
    try {
      return createRequire(from)("typescript") as typeof TS;
    } catch {
      // try the next place
    }
  }
  throw new UsageError("typecheck needs TypeScript: npm install --save-dev typescript");
}

/** dir's jsconfig.json or tsconfig.json (dir may be the file itself), looking up from dir like the editor. */
function findConfig(dir: string): string {
  const start = path.resolve(dir);
  if (existsSync(start) && statSync(start).isFile()) return start;
  if (!existsSync(start)) throw new UsageError(`no such folder: ${dir}`);
  for (let d = start; ; d = path.dirname(d)) {
    for (const name of ["jsconfig.json", "tsconfig.json"]) {
      const f = path.join(d, name);
      if (existsSync(f)) return f;
    }
    if (path.dirname(d) === d) break;
  }
  throw new UsageError(`no jsconfig.json in ${dir} or above it (types/jsconfig.example.json in the kitwork package is one to copy)`);
}

/** One diagnostic as `file:line:col TSnnnn message` and a code frame of the file as written. */
function render(ts: typeof TS, d: TS.Diagnostic, cwd: string): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (!d.file || d.start === undefined) return `TS${d.code} ${message}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  const name = path.relative(cwd, d.file.fileName) || d.file.fileName;
  // The frame quotes the file on disk: the checked text differs at top-level returns.
  let source = d.file.text;
  try {
    source = readFileSync(d.file.fileName, "utf8");
  } catch {
    // a file that went away meanwhile: show the text that was checked
  }
  return `${name}:${line + 1}:${character + 1} TS${d.code} ${message}\n${codeFrame(source, line + 1, character)}`;
}

/** Checks the project; prints each diagnostic; exit 1 when there is any. */
export function typecheck(dir: string, io: Io): number {
  const config = findConfig(dir);
  const ts = loadTypescript(path.dirname(config));
  const { diagnostics } = plugin().checkProject(ts, config);
  const cwd = process.cwd();
  for (const d of diagnostics) io.err(`${render(ts, d, cwd)}\n\n`);
  const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
  io.out(errors === 0 ? `${path.relative(cwd, config) || config}: no type errors\n` : `${errors} type error${errors === 1 ? "" : "s"}\n`);
  return errors === 0 ? EXIT.ok : EXIT.error;
}
