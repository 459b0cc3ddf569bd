// Tests of signup.js (a request that pushes a job) and send-email.js (the job's consumer),
// written with kitwork/testing. Run: npm test, or node --test examples/signup.test.js
// after npm run build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { testWorks } from "kitwork/testing";

const works = new URL(".", import.meta.url); // this folder

test("a signup answers 202 and queues one welcome email per address", async (t) => {
  const kw = await testWorks(works);
  t.after(() => kw.close());

  const res = await kw.request("POST", "/signups", { json: { email: "ada@example.com" } });
  assert.equal(res.status, 202);
  const again = await kw.request("POST", "/signups", { json: { email: "ada@example.com" } });
  assert.equal(again.json.queued, res.json.queued); // the job's key dedupes

  const jobs = await kw.jobs("emails");
  assert.deepEqual(jobs.map((j) => j.payload), [{ to: "ada@example.com", template: "welcome" }]);
});

test("a bad address is refused and queues nothing", async (t) => {
  const kw = await testWorks(works);
  t.after(() => kw.close());

  const res = await kw.request("POST", "/signups", { json: { email: "nope" } });
  assert.equal(res.status, 400);
  assert.equal(res.json.error, "a valid email is required");
  assert.deepEqual(await kw.jobs("emails"), []);
});

test("the queued email is sent when the queue is drained", async (t) => {
  const kw = await testWorks(works);
  t.after(() => kw.close());

  await kw.request("POST", "/signups", { json: { email: "ada@example.com" } });
  const [run] = await kw.drain(); // runs every job that is due
  assert.equal(run.work, "send email");
  assert.equal(run.status, "succeeded");
  const logs = await kw.logs(run.id);
  assert.deepEqual(logs.map((l) => l.text), ["sending welcome to ada@example.com attempt 1"]);
});
