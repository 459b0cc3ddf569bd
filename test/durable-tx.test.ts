// A durable checkpoint inside db().transaction() is refused with a clear error (the
// transaction lives on a connection, not in the VM), and the transaction is rolled back.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Engine } from "../src/engine/engine.ts";
import { HttpServer } from "../src/server/http.ts";
import { openStore } from "../src/store/index.ts";

test("sleep() past the threshold inside db().transaction() fails the run and rolls back", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-durable-tx-"));
  fs.writeFileSync(
    path.join(dir, "tx.js"),
    `const w = work("tx sleeper");
w.post("/tx");
db().raw("create table if not exists marks (n integer)");
db().transaction(() => {
  db().from("marks").insert({ n: 1 });
  sleep("10s");
});
return "unreachable";
`,
  );
  fs.writeFileSync(path.join(dir, "count.js"), `const w = work("count"); w.get("/count"); return db().from("marks").count();`);
  const store = await openStore(`sqlite:${path.join(dir, "state.db")}`);
  const engine = new Engine({ dir, store, databases: [{ name: "default", url: `sqlite:${path.join(dir, "data.db")}` }], report: () => {} });
  assert.deepEqual(engine.loadAll(), []);
  engine.startJobs();
  const server = new HttpServer(engine, { port: 0 });
  const { port } = await server.listen();
  try {
    const r = await fetch(`http://127.0.0.1:${port}/tx`, { method: "POST" });
    const body = (await r.json()) as { error: string };
    assert.equal(r.status, 500);
    assert.match(body.error, /cannot sleep durably inside db\(\)\.transaction\(\): finish the transaction first/);
    const c = await fetch(`http://127.0.0.1:${port}/count`);
    assert.equal(await c.json(), 0, "the insert inside the transaction was rolled back");
    assert.equal((await store.listDurable({})).length, 0, "nothing was checkpointed");
  } finally {
    await server.close();
    await engine.shutdown();
  }
});

test("status, headers and fail() survive a checkpoint: the waiting request gets them", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-durable-hdr-"));
  fs.writeFileSync(
    path.join(dir, "s.js"),
    `const w = work("status keeper"); w.post("/s"); w.timeout("5s");
w.status(201);
w.header("x-custom", "yes");
sleep("300ms");
if (w.query.fail === "1") fail(409, "conflict after the sleep");
return { ok: true };`,
  );
  const store = await openStore(`sqlite:${path.join(dir, "state.db")}`);
  const engine = new Engine({ dir, store, databases: [], pollMs: 20, sleepThresholdMs: 100, report: () => {} });
  assert.deepEqual(engine.loadAll(), []);
  engine.startJobs();
  const server = new HttpServer(engine, { port: 0 });
  const { port } = await server.listen();
  try {
    const r = await fetch(`http://127.0.0.1:${port}/s`, { method: "POST" });
    assert.equal(r.status, 201);
    assert.equal(r.headers.get("x-custom"), "yes");
    assert.deepEqual(await r.json(), { ok: true });
    const f = await fetch(`http://127.0.0.1:${port}/s?fail=1`, { method: "POST" });
    assert.equal(f.status, 409);
    assert.equal(((await f.json()) as { error: string }).error, "conflict after the sleep");
  } finally {
    await server.close();
    await engine.shutdown();
  }
});
