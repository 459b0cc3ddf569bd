// GET /hello?name=Ada → {"greeting":"Hello, Ada!"}
// Also: kitwork run examples/hello.js --input '{"name":"Ada"}'
const w = work({ name: "hello" });
w.get("/hello");

const name = w.query?.name ?? w.payload?.name ?? "world";
return { greeting: `Hello, ${name}!`, trigger: w.trigger };
