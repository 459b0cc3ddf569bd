// Tests of the durable order workflow (order-workflow.js, order-pay.js) with time
// skipping, and of order totals (orders.js), written with kitwork/testing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { testWorks } from "kitwork/testing";

const works = new URL(".", import.meta.url);
const start = "2030-01-01T12:00:00.000Z";
// Only the works under test: advancing a day would otherwise also run heartbeat.js 1,440 times.
const files = ["order-workflow.js", "order-pay.js"];

test("an order waits for its payment, then an hour, then queues a survey", async (t) => {
  const kw = await testWorks(works, { now: start, files });
  t.after(() => kw.close());

  const order = await kw.request("POST", "/orders", { json: { id: 7 } });
  assert.equal(order.status, 202); // parked: it waits for the payment
  let run = await kw.run(order.run);
  assert.equal(run.durable.waitsFor, "order-paid:7");
  assert.equal(new Date(run.durable.until).toISOString(), "2030-01-02T12:00:00.000Z");

  const pay = await kw.request("POST", "/orders/7/pay", { json: { amount: 42 } });
  assert.deepEqual(pay.json, { order: "7", woke: 1 });
  await kw.drain(); // the workflow resumes, and sleeps an hour
  run = await kw.run(order.run);
  assert.equal(run.durable.state, "sleeping");
  assert.equal(run.durable.frames[0].locals.payment.amount, 42);

  await kw.advance("1h"); // an hour passes at once
  run = await kw.run(order.run);
  assert.deepEqual(run.result, { id: "7", status: "completed", paid: 42 });
  const [survey] = await kw.jobs("followups");
  assert.deepEqual(survey.payload, { id: "7", kind: "satisfaction-survey" });
});

test("an order nobody pays is cancelled after a day", async (t) => {
  const kw = await testWorks(works, { now: start, files });
  t.after(() => kw.close());

  const order = await kw.request("POST", "/orders", { json: { id: 8 } });
  await kw.advance("23h");
  assert.equal((await kw.run(order.run)).status, "suspended");
  await kw.advance("1h");
  const run = await kw.run(order.run);
  assert.equal(run.status, "succeeded");
  assert.deepEqual(run.result, { id: "8", status: "cancelled: not paid within a day" });
});

test("order totals per customer", async (t) => {
  const kw = await testWorks(works);
  t.after(() => kw.close());

  const res = await kw.request("POST", "/orders/totals", {
    json: { orders: [{ id: 1, customer: "ada", items: [{ price: 5, qty: 3 }] }, { id: 2, customer: "bob", items: [] }] },
  });
  assert.equal(res.status, 200);
  assert.deepEqual(res.json.customers, { ada: 15, bob: 0 });
  assert.deepEqual(res.json.biggest, { id: 1, total: 15 });
});
