// Run and job ids are time-ordered UUIDs (version 7): ids written together sort together,
// which keeps inserts into the run and job tables at the end of their key index.

import { test } from "node:test";
import assert from "node:assert/strict";
import { timeOrderedId } from "../src/ids.ts";

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("an id is a version-7 UUID whose first 48 bits are the time in milliseconds", () => {
  const at = Date.UTC(2026, 11, 2, 16, 30);
  const id = timeOrderedId(at);
  assert.match(id, V7);
  assert.equal(parseInt(id.replace(/-/g, "").slice(0, 12), 16), at);
});

test("ids of later milliseconds sort after earlier ones; ids of one millisecond differ", () => {
  const ids = Array.from({ length: 1000 }, (_, i) => timeOrderedId(1_700_000_000_000 + i));
  assert.deepEqual([...ids].sort(), ids);
  const same = new Set(Array.from({ length: 1000 }, () => timeOrderedId(1_700_000_000_000)));
  assert.equal(same.size, 1000);
});

test("every id keeps the version and variant bits, across refills of the random pool", () => {
  for (let i = 0; i < 5000; i++) assert.match(timeOrderedId(1_700_000_000_000 + i * 7919.5), V7);
});
