// The builtin scripts (the prelude, the web helpers, the db() transaction helpers: see
// runBuiltinScript in stdlib/install.ts) compiled once per install instead of once per
// process: compiling them is most of building a realm, and a cold compiler makes it the
// largest single cost of `kitwork run`.
//
// The programs are kept as text (bytecode/serialize.ts) in builtins.cache.json beside
// this module in the built package (dist/runtime/), written by the first process that
// needs them (or by `npm run build`). A program is used only for the very source it was
// compiled from, and the file only when its key matches: a hash of the bytecode format,
// acorn's version and the content of every file of the compiler and of the bytecode
// format, so any change to what compiling would produce makes the file stale, and it is
// compiled and written again. The first line is the key and a digest of the programs'
// text: reading verifies each function as compiling does unless the text has the digest
// it was written with (its programs were verified as they were compiled). The file sits
// among the engine's own modules, so whoever could change it could change the engine's
// code itself: it adds no way in.
//
// From the TypeScript sources (tests under tsx) there is no cache: the builtins are
// compiled in each process, as before.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { version as acornVersion } from "acorn";
import { FORMAT_VERSION } from "../bytecode/program.js";
import { decodePrograms, encodePrograms } from "../bytecode/serialize.js";
import { builtinPrograms, useCompiledBuiltins } from "../stdlib/install.js";

const here = path.dirname(fileURLToPath(import.meta.url));
/** Only the built package keeps a cache (see above). */
const built = import.meta.url.endsWith(".js");
export const BUILTINS_CACHE_FILE = path.join(here, "builtins.cache.json");

let state: "unread" | "read" | "saved" | "off" = built ? "unread" : "off";

/** Whether compiled programs are kept between processes: from the built package, not from the sources (the key hashes the built compiler). */
export const builtinsCacheOn = (): boolean => built;

/**
 * The key, when it was worked out as the code was built: the CLI's bundle
 * (scripts/bundle-cli.mjs) holds its own copy of the compiler's files, and writes their key
 * here, so that its processes do not hash them again (1.5-5 ms of each `kitwork run`).
 * Modules run from dist/ or from the sources work it out.
 */
const BUNDLED_KEY: string | null = null;

/** What the cached programs must have been compiled by. */
export function builtinsCacheKey(): string {
  if (BUNDLED_KEY !== null) return BUNDLED_KEY;
  return (computedKey ??= hashCompiler());
}

/** The key worked out once per process (the builtins' cache and the compiled works' both ask). */
let computedKey: string | undefined;

function hashCompiler(): string {
  const h = createHash("sha256");
  h.update(`format ${FORMAT_VERSION}\nacorn ${acornVersion}\n`);
  for (const dir of ["compiler", "bytecode"]) {
    const full = path.join(here, "..", dir);
    for (const f of fs.readdirSync(full).filter((n) => n.endsWith(".js")).sort()) {
      const text = fs.readFileSync(path.join(full, f));
      h.update(`file ${dir}/${f} ${text.length}\n`).update(text);
    }
  }
  return h.digest("hex");
}

let key: string | undefined;

/** The digest of a file's programs, on its first line after the key. */
const digestOf = (body: string): string => createHash("sha256").update(body).digest("hex");

/**
 * Before the first realm is built: the cached programs, when the file is there and its
 * key matches (a missing, stale or unreadable file only means compiling).
 */
export function loadBuiltinCache(): void {
  if (state !== "unread") return;
  state = "read";
  try {
    key = builtinsCacheKey();
    const text = fs.readFileSync(BUILTINS_CACHE_FILE, "utf8");
    const nl = text.indexOf("\n");
    const [fileKey, digest] = text.slice(0, Math.max(nl, 0)).split(" ");
    if (nl < 0 || fileKey !== key) return;
    const body = text.slice(nl + 1);
    // The programs were verified as they were compiled, before this file was written: a
    // body with the digest it was written with is not verified again (5-10 ms of a cold
    // process), anything else is, as it always was.
    useCompiledBuiltins(decodePrograms(body, { verified: digest === digestOf(body) }));
  } catch {
    // No file, a stale one, or one that does not read: the builtins are compiled.
  }
}

/**
 * After the first realm is built: writes the builtin programs it ran when one of them
 * had to be compiled (no file, a stale one, a changed source). Best effort: a read-only
 * install just compiles them in every process.
 */
export function saveBuiltinCache(): void {
  if (state === "off" || state === "saved") return;
  const { programs, compiled } = builtinPrograms();
  if (!compiled) return;
  state = "saved";
  try {
    const tmp = `${BUILTINS_CACHE_FILE}.${process.pid}.tmp`;
    try {
      const body = encodePrograms(programs);
      fs.writeFileSync(tmp, `${key ?? builtinsCacheKey()} ${digestOf(body)}\n${body}`);
      fs.renameSync(tmp, BUILTINS_CACHE_FILE); // atomic: a process reading it meanwhile sees the old file or the new one
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw e;
    }
  } catch {
    // Not writable: every process compiles them, as from the sources.
  }
}
