// The run recorder (engine/records.ts): records are buffered and written in batches; a store
// that refuses batches keeps them (within a bound) without being sent everything held again
// on every new record.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { RunRecorder } from "../src/engine/records.js";
import type { RunRecord, Store } from "../src/store/store.js";

const record = (i: number): RunRecord => ({
  id: `rec-${i}`, work: "w", version: "v", trigger: "http", status: "succeeded", attempt: 1, startedAt: i, finishedAt: i + 1, error: null, resultSize: 2, logs: [], jobId: null, errorKind: null,
});

/** A store whose recordRuns refuses the first `failures` batches, then keeps what it is given. */
function flakyStore(failures: number) {
  const written: RunRecord[] = [];
  let calls = 0;
  const store = {
    async recordRuns(runs: RunRecord[]) {
      calls++;
      if (calls <= failures) throw new Error("the store is down");
      written.push(...runs);
    },
  } as unknown as Store;
  return { store, written, calls: () => calls };
}

describe("run recorder", () => {
  it("a store that refuses a batch is not sent it again with every record that follows; once back, it gets every record once, in order", async () => {
    const s = flakyStore(2);
    const rec = new RunRecorder(s.store, 100, 500);
    // The 500th record fills a batch: one try, refused. The 4,500 after it do not try again.
    for (let i = 0; i < 5_000; i++) rec.write(record(i));
    await new Promise((r) => setImmediate(r));
    assert.equal(s.calls(), 1, "one try for 5,000 records while the store refuses");
    assert.equal(rec.pending, 5_000);
    assert.match(rec.lastError?.message ?? "", /the store is down/);
    await assert.rejects(rec.flush(), /the store is down/); // a reader's flush tries at once
    await rec.flush();
    assert.equal(s.calls(), 3);
    assert.equal(rec.lastError, null);
    assert.equal(rec.pending, 0);
    assert.deepEqual(s.written.map((r) => r.id), Array.from({ length: 5_000 }, (_, i) => `rec-${i}`));
    // Back to normal: a full batch is written at once.
    for (let i = 5_000; i < 5_500; i++) rec.write(record(i));
    await rec.flush();
    assert.equal(s.written.length, 5_500);
  });
});
