// Consumer: each job of the "welcome" queue runs this work with the job as w.payload.
const w = work("send welcome");
w.queue("welcome", { concurrency: 4 });
w.retry(3, "2s", { backoff: "exponential" });

const { signup, email } = w.payload;
log("welcoming", email, "attempt", w.attempt);
db().from("signups").where("id", signup).update({ welcomed_at: now().iso() });
return { welcomed: email };
