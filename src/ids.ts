// Ids of the rows the engine writes most: runs and jobs.
//
// A UUID (version 7) whose first 48 bits are the time in milliseconds. Ids written together
// sort together, so a table's key index grows at its end instead of at random pages: with
// random ids each insert into a large table touches a cold page, several times the cost
// of the insert itself (a run record per HTTP request made that the request path's largest
// cost). The remaining 74 bits are random, from randomUUID's pooled entropy.

import { randomUUID } from "node:crypto";

export function timeOrderedId(now = Date.now()): string {
  const r = randomUUID();
  const t = now.toString(16).padStart(12, "0");
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r.slice(15)}`;
}
