// Consumer: each job of the "emails" queue runs this work with the job as w.payload.
const w = work("send email");
w.queue("emails", { concurrency: 4 });
w.retry(3, "2s", { backoff: "exponential" });

const { to, template } = w.payload;
log("sending", template, "to", to, "attempt", w.attempt);
return { sent: to, template };
