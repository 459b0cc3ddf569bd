// Compile-time diagnostics: every error names file:line:col and shows a code frame.

/** Characters of one source line a code frame shows. */
const MAX_FRAME_LINE = 160;

/** Renders the lines around (line, column) with a caret under the column (1-based line, 0-based column). */
export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r\n|\r|\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    let text = lines[n - 1] ?? "";
    let col = column;
    // A very long line (a huge literal) shows a window around the column.
    if (text.length > MAX_FRAME_LINE) {
      const start = n === line ? Math.max(0, column - MAX_FRAME_LINE / 2) : 0;
      const shown = text.slice(start, start + MAX_FRAME_LINE);
      col = column - start + (start > 0 ? 1 : 0);
      text = (start > 0 ? "…" : "") + shown + (start + MAX_FRAME_LINE < text.length ? "…" : "");
    }
    const mark = n === line ? ">" : " ";
    out.push(`${mark} ${String(n).padStart(width)} | ${text}`);
    if (n === line) {
      const pad = text.slice(0, col).replace(/[^\t]/g, " ");
      out.push(`  ${" ".repeat(width)} | ${pad}^`);
    }
  }
  return out.join("\n");
}

export class CompileError extends Error {
  override readonly name = "CompileError";
  constructor(
    /** The bare reason, without location. */
    readonly reason: string,
    readonly file: string,
    readonly line: number,
    /** 0-based, as acorn reports it; printed 1-based. */
    readonly column: number,
    readonly frame: string,
  ) {
    super(`${file}:${line}:${column + 1} ${reason}`);
  }

  /** The message plus the code frame, as the CLI prints it. */
  format(): string {
    return `${this.message}\n${this.frame}`;
  }
}

export function compileError(reason: string, file: string, source: string, line: number, column: number): CompileError {
  return new CompileError(reason, file, line, column, codeFrame(source, line, column));
}
