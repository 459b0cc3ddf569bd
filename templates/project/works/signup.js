// POST /signups {"email": "ada@example.com"} → 202 {"signup": 1, "email": "ada@example.com"}
// Saves the signup (migrations/001_signups.sql) and queues its welcome (send-welcome.js).
const w = work("signup");
w.post("/signups");

const email = (w.body?.email ?? "").string().trim();
if (!email.includes("@")) fail(400, "a valid email is required");

const known = db().from("signups").where("email", email).first();
const id = known ? known.id : db().from("signups").insert({ email });
queue("welcome").push({ signup: id, email }, { key: `welcome:${email}` });
return json({ signup: id, email }, 202);
