// Compiled works kept between starts of a project: `kitwork start` compiles every work in
// the folder before it serves, and a restart would compile the same sources again (with a
// cold compiler, most of loading a folder). The programs are kept in the project's state
// folder, `.kitwork/compiled.json` (only when that folder is there already: nothing new is
// created in a project), as bytecode/serialize.ts writes them.
//
// A program is used only for the very file name and source it was compiled from, and the
// file only when its first line holds the key of the compiler that wrote it (the compiled
// builtins' key: the bytecode format, acorn's version and the content of every file of the
// compiler and of the bytecode format, runtime/builtins-cache.ts), so any change to what
// compiling would produce makes it stale. The first line also holds an HMAC of the key and
// the programs' text under the engine's secret (the one that seals parked runs,
// engine/seal.ts): a file that does not carry it was not written by an engine holding the
// secret and is not used at all, so the file is no way to put code into a project that
// the secret's holder did not compile (whoever can forge it could forge a parked run).
// Without a secret (none configured, or the SQLite store's secret file not made yet: the
// first start), there is no cache. Its programs were verified when they were compiled
// and are not verified again. Module programs are kept too (without their links, set
// when each graph loads): a file is compiled one way as a work (a script unless it
// imports or exports) and another as an imported module (always a module), so each
// program is kept with how it was compiled ("work" or "module", the body's first line).
// Discovery (running the top level) is not cached; it runs on every load, as before.
//
// From the TypeScript sources there is no key (runtime/builtins-cache.ts), so no cache.

import { createHmac } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Program } from "../bytecode/program.js";
import { decodePrograms, encodePrograms } from "../bytecode/serialize.js";
import { builtinsCacheKey, builtinsCacheOn } from "../runtime/builtins-cache.js";

/** How a file was compiled: as a work (the entry of its graph) or as a module another file imports. */
export type CompiledAs = "work" | "module";

const entryOf = (as: CompiledAs, filename: string, source: string) => `${as}\0${filename}\0${source}`;

export class CompiledWorks {
  /** What the file held when it was read. */
  private readonly stored = new Map<string, Program>();
  /** The programs this process loaded: what the file holds after save(). */
  private readonly used = new Map<string, { as: CompiledAs; program: Program }>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly secret: Buffer,
  ) {
    try {
      const text = fs.readFileSync(file, "utf8");
      const nl = text.indexOf("\n");
      const [fileKey, mac] = text.slice(0, Math.max(nl, 0)).split(" ");
      if (nl < 0 || fileKey !== key) return;
      const body = text.slice(nl + 1);
      if (mac !== this.macOf(body)) return;
      const nl2 = body.indexOf("\n");
      const kinds = JSON.parse(body.slice(0, nl2)) as unknown;
      const programs = decodePrograms(body.slice(nl2 + 1), { verified: true });
      if (!Array.isArray(kinds) || kinds.length !== programs.length || !kinds.every((k) => k === "work" || k === "module")) return;
      programs.forEach((p, i) => this.stored.set(entryOf(kinds[i] as CompiledAs, p.filename, p.source), p));
    } catch {
      // No file, a stale one, or one that does not read: every work is compiled.
    }
  }

  /**
   * The cache for a project whose state folder is `stateDir`, under the engine's `secret`;
   * null without a secret, from the sources, or when the folder is not there.
   */
  static open(stateDir: string, secret: Buffer | null): CompiledWorks | null {
    if (!secret || !builtinsCacheOn() || !fs.existsSync(stateDir)) return null;
    return new CompiledWorks(path.join(stateDir, "compiled.json"), builtinsCacheKey(), secret);
  }

  private macOf(body: string): string {
    return createHmac("sha256", this.secret).update(`kitwork compiled works\n${this.key}\n`).update(body).digest("hex");
  }

  /** The program of `source` compiled `as` a work or an imported module: from the file when it holds it, else compiled by `compile`. */
  compile(as: CompiledAs, filename: string, source: string, compile: () => Program): Program {
    const entry = entryOf(as, filename, source);
    let p = this.stored.get(entry);
    if (!p) {
      p = compile();
      this.changed = true;
    }
    if (this.used.get(entry)?.program !== p) {
      if (this.used.has(entry)) this.changed = true;
      this.used.set(entry, { as, program: p });
    }
    return p;
  }

  /** Writes the programs loaded since the file was read, when they are not what it holds. Best effort. */
  save(): void {
    if (!this.changed && this.used.size === this.stored.size) return;
    this.changed = false;
    this.stored.clear();
    for (const [entry, u] of this.used) this.stored.set(entry, u.program);
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      const used = [...this.used.values()];
      const body = `${JSON.stringify(used.map((u) => u.as))}\n${encodePrograms(used.map((u) => u.program))}`;
      fs.writeFileSync(tmp, `${this.key} ${this.macOf(body)}\n${body}`);
      fs.renameSync(tmp, this.file); // atomic: a process reading it meanwhile sees the old file or the new one
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }
}
