// Opening a store by URL: sqlite:path or postgres://…. The embedded default,
// <project>/.kitwork/state.db, is the CLI's to choose (engine/project.ts). The PostgreSQL
// store (and pg with it) is imported only when a URL names it.

import { redact } from "../db/connections.js";
import { SqliteStore } from "./sqlite.js";
import { type Store, StoreError } from "./store.js";

export * from "./store.js";

export async function openStore(url: string): Promise<Store> {
  let store: Store;
  if (url.startsWith("sqlite:")) store = await SqliteStore.open(url.slice("sqlite:".length) || ":memory:");
  else if (/^postgres(ql)?:\/\//.test(url)) store = await (await import("./postgres.js")).PostgresStore.open(url);
  else throw new StoreError(`unsupported store URL ${redact(url)} (use sqlite:path or postgres://…)`);
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => {});
    throw new StoreError(`cannot open the store ${redact(url)}: ${redact((e as Error).message)}`);
  }
  return store;
}
