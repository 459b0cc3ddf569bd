// GET /greeting, API version 1 — send "Accept-Version: 1" to reach it.
const w = work({ name: "greeting v1" });
w.get("/greeting");
w.version("1");

return { message: "hello", version: 1 };
