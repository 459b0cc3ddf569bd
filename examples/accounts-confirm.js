// POST /accounts/:id/confirm — the link in the confirmation email: wakes the signup run
// waiting for it (accounts.js).
const w = work("account confirm");
w.post("/accounts/:id/confirm");

const woke = signal(`account-confirmed:${w.params.id}`, { at: now() });
if (woke === 0) fail(404, "no signup waits for this confirmation");
return { confirmed: w.params.id };
