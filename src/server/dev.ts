// dev mode's answers while works do not compile. Serving the last good version of a file
// that is broken now (as `start` does) hides the error from whoever just saved it; a 404
// for a route whose file does not compile says nothing of why. So in `kitwork dev`:
//
// - a route of a file that had loaded and is broken now answers 500 with that file's
//   errors (its last routes stay mapped to them);
// - any request no route matches answers 500 with every broken file's errors while some
//   file is broken, since the broken one may be the file meant to serve it (a file that
//   never compiled has no known routes) — a 404 or 405 once every file loads.
//
// The body is plain text — file:line:col, the message and the code frame — readable in a
// browser and in curl, as the terminal prints it.

import type http from "node:http";
import type { Problem } from "../engine/discovery.js";
import { formatProblem } from "../engine/works.js";

/** A dev-mode 500 whose body (message) is the text of compile errors; `summary` is what the request line says. */
export class BrokenWorks extends Error {
  constructor(
    text: string,
    readonly summary: string,
  ) {
    super(text);
  }
}

export function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

const listing = (problems: Problem[]) => problems.map(formatProblem).join("\n\n");

export function routeOfBrokenWork(method: string, path: string, file: string, problems: Problem[]): BrokenWorks {
  const text = `${method} ${path} is served by ${file}, which does not load now (kitwork dev answers with its error until it is fixed):\n\n${listing(problems)}\n`;
  return new BrokenWorks(text, `${file} does not load: answered with its error`);
}

export function unmatchedWhileBroken(method: string, path: string, broken: Array<{ file: string; problems: Problem[] }>): BrokenWorks {
  const files = broken.map((b) => b.file);
  const head = `no loaded work serves ${method} ${path}, and ${files.length === 1 ? `${files[0]} does` : `${files.length} files do`} not load (one of them may be meant to serve it; kitwork dev answers 404 once every file loads):`;
  const text = `${head}\n\n${broken.map((b) => listing(b.problems)).join("\n\n")}\n`;
  return new BrokenWorks(text, `no route matched while ${files.join(", ")} ${files.length === 1 ? "does" : "do"} not load: answered with ${files.length === 1 ? "its error" : "their errors"}`);
}
