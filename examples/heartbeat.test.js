// Tests of a cron work (heartbeat.js: every minute) with a clock the test moves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { testWorks } from "kitwork/testing";

test("the heartbeat fires once a minute, on the minute", async (t) => {
  const kw = await testWorks(new URL(".", import.meta.url), { now: "2030-01-01T08:00:30Z" });
  t.after(() => kw.close());

  const runs = await kw.advance("1h");
  const beats = runs.filter((r) => r.work === "heartbeat");
  assert.equal(beats.length, 60);
  assert.equal(new Date(beats[0].startedAt).toISOString(), "2030-01-01T08:01:00.000Z");
  assert.equal(new Date(beats[59].startedAt).toISOString(), "2030-01-01T09:00:00.000Z");
  const [first] = await kw.logs(beats[0].id);
  assert.equal(first.text, "heartbeat at 2030-01-01T08:01:00.000Z");
});
