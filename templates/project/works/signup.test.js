// Tests of signup.js and send-welcome.js, written with kitwork/testing: each test gets a
// fresh database with migrations/ applied and a queue that runs only when it drains.
// Run: npm test
import { test } from "node:test";
import assert from "node:assert/strict";
import { testWorks } from "kitwork/testing";

const works = new URL(".", import.meta.url); // this folder

test("a signup is saved, answered with 202, and welcomed by the queue", async (t) => {
  const kw = await testWorks(works);
  t.after(() => kw.close());

  const res = await kw.request("POST", "/signups", { json: { email: "ada@example.com" } });
  assert.equal(res.status, 202);
  assert.deepEqual(res.json, { signup: 1, email: "ada@example.com" });
  const jobs = await kw.jobs("welcome");
  assert.deepEqual(jobs.map((j) => j.payload), [{ signup: 1, email: "ada@example.com" }]);

  const [run] = await kw.drain(); // runs every job that is due
  assert.equal(run.work, "send welcome");
  assert.equal(run.status, "succeeded");
  const [row] = await kw.query("select welcomed_at from signups where id = ?", 1);
  assert.equal(row.welcomed_at, kw.now().toISOString());
});

test("a bad address is refused and queues nothing", async (t) => {
  const kw = await testWorks(works);
  t.after(() => kw.close());

  const res = await kw.request("POST", "/signups", { json: { email: "nope" } });
  assert.equal(res.status, 400);
  assert.equal(res.json.error, "a valid email is required");
  assert.deepEqual(await kw.jobs("welcome"), []);
});
