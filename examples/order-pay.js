// POST /orders/:id/pay — signals the waiting workflow; a payment that arrives before the
// workflow reaches its wait() is kept for an hour and delivered to it then.
const w = work({ name: "order pay" });
w.post("/orders/:id/pay");

const woke = signal(`order-paid:${w.params.id}`, { amount: w.body?.amount ?? 0 }, { keep: "1h" });
return { order: w.params.id, woke };
