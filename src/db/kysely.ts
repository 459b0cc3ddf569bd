// Kysely, loaded when the first connection opens rather than when the engine is imported:
// its ~260 modules are most of the cost of starting a process, and a project that never
// calls db() (or `kitwork run` of a script without migrations) does not need them.
// Everything that uses a value of Kysely's holds a Connection, so it is loaded by then.
//
// Its CommonJS build, by require(): the same package, loaded in about two thirds of the
// time of its ES modules (no module graph of ~260 files to resolve and link). Kysely
// recognises its objects by their shape, not their class, so builders from either
// build work together.

import { createRequire } from "node:module";

type KyselyModule = typeof import("kysely");

const require = createRequire(import.meta.url);
let loaded: KyselyModule | undefined;

/** Kysely, loaded on the first call. */
export async function loadKysely(): Promise<KyselyModule> {
  return (loaded ??= require("kysely") as KyselyModule);
}

/** Kysely, for a caller that holds an open Connection (which loaded it). */
export function kysely(): KyselyModule {
  if (!loaded) throw new Error("Kysely used before any database connection was opened");
  return loaded;
}
