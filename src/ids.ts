// Ids of the rows the engine writes most: runs and jobs.
//
// A UUID (version 7) whose first 48 bits are the time in milliseconds. Ids written together
// sort together, so a table's key index grows at its end instead of at random pages: with
// random ids each insert into a large table touches a cold page, several times the cost
// of the insert itself (a run record per HTTP request made that the request path's largest
// cost). The remaining 74 bits are random, drawn from a pool refilled by randomFillSync:
// one id per request, so it is built from a byte table rather than by slicing another UUID.

import { randomFillSync } from "node:crypto";

const pool = new Uint8Array(4096);
let pos = pool.length;
/** The id's characters are written here, then read out as one string (no pieces to join). */
const out = Buffer.alloc(36, "-");
const DIGITS = Buffer.from("0123456789abcdef", "latin1");

/** Writes `byte` as two hex digits at `at`. */
function hex2(at: number, byte: number): void {
  out[at] = DIGITS[byte >> 4]!;
  out[at + 1] = DIGITS[byte & 15]!;
}

export function timeOrderedId(at = Date.now()): string {
  const now = Math.floor(at);
  if (pos + 10 > pool.length) {
    randomFillSync(pool);
    pos = 0;
  }
  const p = pool;
  const i = pos;
  pos += 10;
  // tttttttt-tttt-7rrr-vrrr-rrrrrrrrrrrr: 48 bits of milliseconds (two 24-bit halves: exact
  // in a double), version 7, 12 random bits, variant 0b10, 62 random bits.
  let hi = Math.floor(now / 0x1000000);
  let lo = now % 0x1000000;
  for (let k = 5; k >= 0; k--) {
    out[k] = DIGITS[hi & 15]!;
    hi >>= 4;
  }
  for (let k = 12; k >= 6; k--) {
    if (k === 8) continue; // the dash
    out[k] = DIGITS[lo & 15]!;
    lo >>= 4;
  }
  out[14] = 0x37; // "7"
  out[15] = DIGITS[p[i]! & 15]!;
  hex2(16, p[i + 1]!);
  hex2(19, (p[i + 2]! & 0x3f) | 0x80);
  hex2(21, p[i + 3]!);
  for (let k = 0; k < 6; k++) hex2(24 + 2 * k, p[i + 4 + k]!);
  return out.toString("latin1", 0, 36);
}
