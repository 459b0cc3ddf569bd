// POST /accounts {"email": "ada@lovelace.dev"} → 201 {"userId": 6} at once, with respond();
// the run goes on: it waits up to three days for the confirmation (POST
// /accounts/6/confirm, accounts-confirm.js) and removes an account nobody confirmed.
// While it waits, the run is a snapshot in the store: no worker is held.
const w = work("account signup");
w.post("/accounts");

const email = (w.body?.email ?? "").string().trim();
if (!email.includes("@")) fail(400, "a valid email is required");
const userId = db().from("users").insert({ name: w.body.name ?? email, email });
respond({ userId }, 201);

const confirmed = wait(`account-confirmed:${userId}`, { timeout: "3d" });
if (confirmed === null) {
  db().from("users").where("id", userId).delete();
  return { userId, confirmed: false };
}
return { userId, confirmed: true };
