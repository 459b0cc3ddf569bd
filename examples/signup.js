// Producer: POST /signups {"email": "ada@example.com"} enqueues a welcome email.
const w = work("signup");
w.post("/signups");

const email = (w.body?.email ?? "").string().trim();
if (!email.includes("@")) fail(400, "a valid email is required");
const job = queue("emails").push({ to: email, template: "welcome" }, { key: `welcome:${email}` });
return json({ queued: job }, 202);
