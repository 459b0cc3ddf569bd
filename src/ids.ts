// Ids of the rows the engine writes most: runs and jobs.
//
// A UUID (version 7) whose first 48 bits are the time in milliseconds. Ids written together
// sort together, so a table's key index grows at its end instead of at random pages: with
// random ids each insert into a large table touches a cold page, several times the cost
// of the insert itself (a run record per HTTP request made that the request path's largest
// cost). The remaining 74 bits are random, drawn from a pool refilled by randomFillSync:
// one id per request, so it is built from a byte table rather than by slicing another UUID.

import { randomFillSync } from "node:crypto";

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const pool = new Uint8Array(4096);
let pos = pool.length;

export function timeOrderedId(at = Date.now()): string {
  const now = Math.floor(at);
  if (pos + 10 > pool.length) {
    randomFillSync(pool);
    pos = 0;
  }
  const p = pool;
  const i = pos;
  pos += 10;
  // 48 bits of milliseconds as 12 hex digits (two 24-bit halves: exact in a double).
  const t = Math.floor(now / 0x1000000).toString(16).padStart(6, "0") + (now % 0x1000000).toString(16).padStart(6, "0");
  // tttttttt-tttt-7rrr-vrrr-rrrrrrrrrrrr: version 7, variant 0b10.
  return (
    t.slice(0, 8) + "-" + t.slice(8) + "-7" + HEX[p[i]!]![1] + HEX[p[i + 1]!] + "-" + HEX[(p[i + 2]! & 0x3f) | 0x80] + HEX[p[i + 3]!] + "-" +
    HEX[p[i + 4]!] + HEX[p[i + 5]!] + HEX[p[i + 6]!] + HEX[p[i + 7]!] + HEX[p[i + 8]!] + HEX[p[i + 9]!]
  );
}
