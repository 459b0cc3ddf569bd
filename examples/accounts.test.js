// Tests of accounts.js (answers with respond(), then waits three days) and
// accounts-confirm.js, written with kitwork/testing. Run: npm test, or node --test
// examples/accounts.test.js after npm run build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { testWorks } from "kitwork/testing";

const works = new URL(".", import.meta.url); // this folder
// Only these two works: the folder's every-minute heartbeat would run 4,320 times in three days.
const files = ["accounts.js", "accounts-confirm.js"];

test("a signup answers at once, then waits for its confirmation", async (t) => {
  const kw = await testWorks(works, { files });
  t.after(() => kw.close());

  const res = await kw.request("POST", "/accounts", { json: { email: "ada@lovelace.dev" } });
  assert.equal(res.status, 201);
  const { userId } = res.json; // the answer came from respond(); the run goes on
  assert.equal((await kw.run(res.run)).durable.waitsFor, `account-confirmed:${userId}`);

  const confirm = await kw.request("POST", `/accounts/${userId}/confirm`);
  assert.deepEqual(confirm.json, { confirmed: String(userId) });
  await kw.drain(); // the woken signup run finishes
  const run = await kw.run(res.run);
  assert.equal(run.status, "succeeded");
  assert.deepEqual(run.result, { userId, confirmed: true });
});

test("an account nobody confirms is removed three days later", async (t) => {
  const kw = await testWorks(works, { files });
  t.after(() => kw.close());

  const res = await kw.request("POST", "/accounts", { json: { email: "bob@example.com" } });
  const { userId } = res.json;
  await kw.advance("3d"); // the wait times out
  assert.deepEqual((await kw.run(res.run)).result, { userId, confirmed: false });
  assert.deepEqual(await kw.query("SELECT id FROM users WHERE id = ?", userId), []);
});
