// The Kitwork side of `npm run bench:http`: the same answer as bench/http/bare-server.ts.
const w = work("hello");
w.get("/hello");
return {hello: "world"};
