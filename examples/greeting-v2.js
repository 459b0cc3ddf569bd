// GET /greeting, API version 2 — the newest label serves requests without Accept-Version.
const w = work({ name: "greeting v2" });
w.get("/greeting");
w.version("2");

w.header("cache-control", "no-store");
return { message: "hello", version: 2, at: now() };
