// better-sqlite3 finds its native addon through the `bindings` package, which works out the
// package's folder from a stack trace and then tries a list of places: ~4 ms of every
// process that opens SQLite (most of `kitwork run`'s store opening). The first places it
// tries (build/, build/Debug/, build/Release/ of the package, where an install compiles the
// addon) are tried here in the same order, and the file found is given to the constructor
// as `nativeBinding`: the same addon, found without the search. When none is there,
// better-sqlite3 looks as it always does.

import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
let found: string | null | undefined;

/** Options for `new Database(file, …)`: the addon's file when it is where an install builds it. */
export function sqliteOptions(): { nativeBinding?: string } {
  if (found === undefined) {
    found = null;
    try {
      const root = path.dirname(require.resolve("better-sqlite3/package.json"));
      for (const dir of ["build", "build/Debug", "build/Release"]) {
        const file = path.join(root, dir, "better_sqlite3.node");
        if (fs.existsSync(file)) {
          found = file;
          break;
        }
      }
    } catch {
      // Not resolvable from here: better-sqlite3's own lookup decides.
    }
  }
  return found ? { nativeBinding: found } : {};
}
