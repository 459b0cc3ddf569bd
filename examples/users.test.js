// Tests of request works (api-users.js reads the table migrations/001_users.sql creates;
// user-by-id.js validates its route parameter), written with kitwork/testing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { testWorks } from "kitwork/testing";

const works = new URL(".", import.meta.url);

test("POST /users lists the users the migration seeded", async (t) => {
  const kw = await testWorks(works);
  t.after(() => kw.close());

  const res = await kw.request("POST", "/users");
  assert.equal(res.status, 200);
  assert.deepEqual(res.json.map((u) => u.name).slice(0, 2), ["Ada Lovelace", "Grace Hopper"]);
  await kw.query("delete from users where id > ?", 1); // the test's own database
  assert.equal((await kw.request("POST", "/users")).json.length, 1);
});

test("GET /users/:id finds a user, and refuses bad ids", async (t) => {
  const kw = await testWorks(works);
  t.after(() => kw.close());

  assert.deepEqual((await kw.request("GET", "/users/2")).json, { id: 2, name: "Grace Hopper" });
  assert.equal((await kw.request("GET", "/users/9")).status, 404);
  const bad = await kw.request("GET", "/users/abc");
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error, 'user id must be a positive integer, got "abc"');
});
