// A durable workflow: POST /orders {"id": 7} waits for the payment signal (up to a day),
// then sleeps an hour before enqueueing a follow-up. While it waits or sleeps, the run is a
// snapshot in the store: no worker is held, and a restart (or another engine) resumes it.
// Pay with: curl -X POST localhost:8080/orders/7/pay -d '{"amount": 42}' -H 'content-type: application/json'
const w = work({ name: "order workflow" });
w.post("/orders");
w.timeout("2s"); // the request answers 202 {run, status} after 2 s; the run goes on

const id = (w.body?.id ?? "").string();
if (id === "") fail(400, "an order id is required");

const payment = wait(`order-paid:${id}`, { timeout: "1d" });
if (payment === null) return { id, status: "cancelled: not paid within a day" };

sleep("1h");
queue("followups").push({ id, kind: "satisfaction-survey" });
return { id, status: "completed", paid: payment.amount };
