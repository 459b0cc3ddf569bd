// Kysely, loaded when the first connection opens rather than when the engine is imported:
// its ~260 modules are most of the cost of starting a process, and a project that never
// calls db() (or `kitwork run` of a script without migrations) does not need them.
// Everything that uses a value of Kysely's holds a Connection, so it is loaded by then.

type KyselyModule = typeof import("kysely");

let loaded: KyselyModule | undefined;

/** Kysely, imported on the first call. */
export async function loadKysely(): Promise<KyselyModule> {
  return (loaded ??= await import("kysely"));
}

/** Kysely, for a caller that holds an open Connection (which loaded it). */
export function kysely(): KyselyModule {
  if (!loaded) throw new Error("Kysely used before any database connection was opened");
  return loaded;
}
