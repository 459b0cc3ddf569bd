// Classes through a work's paths: an error class thrown out of a request answers 500
// with its name and message in the response and the run's record; one caught and
// turned into fail() answers its status; a class defined in a work serves requests.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type TestWorks, testWorks } from "../src/testing/index.ts";
import { testTimeout } from "./fixtures/guard.ts";

const open: TestWorks[] = [];
const temps: string[] = [];
after(async () => {
  for (const kw of open.splice(0)) await kw.close();
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const ORDERS = `
class NotFound extends Error {
  constructor(what) { super(\`no such \${what}\`); this.name = "NotFound"; this.status = 404; }
}
class Orders {
  #rows = new Map([[1, { id: 1, total: 30 }]]);
  find(id) {
    const row = this.#rows.get(id);
    if (!row) throw new NotFound(\`order \${id}\`);
    return row;
  }
}
const w = work("orders");
w.get("/orders/:id");
w.get("/strict/orders/:id");
const orders = new Orders();
const id = w.params.id.int(-1);
if (w.path.startsWith("/strict/")) return orders.find(id);
try {
  return orders.find(id);
} catch (e) {
  if (e instanceof NotFound) fail(e.status, e.message);
  throw e;
}
`;

async function harness(): Promise<TestWorks> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-classes-"));
  temps.push(dir);
  fs.writeFileSync(path.join(dir, "orders.js"), ORDERS);
  const kw = await testWorks(dir);
  open.push(kw);
  return kw;
}

describe("classes in works", { timeout: testTimeout() }, () => {
  test("a class instance answers a request", async () => {
    const kw = await harness();
    const res = await kw.request("GET", "/orders/1");
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, { id: 1, total: 30 });
  });

  test("an error class caught with instanceof becomes fail(status, message)", async () => {
    const kw = await harness();
    const res = await kw.request("GET", "/orders/9");
    assert.equal(res.status, 404, res.text);
    assert.deepEqual(res.json, { error: "no such order 9", run: res.run });
  });

  test("an uncaught error class answers 500 naming the class and its message, in the response and the run", async () => {
    const kw = await harness();
    const res = await kw.request("GET", "/strict/orders/9");
    assert.equal(res.status, 500, res.text);
    assert.match(String((res.json as { error: string }).error), /^NotFound: no such order 9/);
    const run = await kw.run(res.run);
    assert.equal(run.status, "failed");
    assert.match(run.error ?? "", /NotFound: no such order 9/);
  });
});
