// Server (c) of `npm run bench:http`: Fastify answering GET /hello with {"hello":"world"},
// written as its users write a route (an async handler returning the object; Fastify
// serializes it), without a logger (its default): the framework a user would pick instead
// of Kitwork for an HTTP endpoint on node:http.

import Fastify from "fastify";
import { announce, profilerCommands } from "./serve-common.ts";

const app = Fastify();
app.get("/hello", async () => ({ hello: "world" }));
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
announce(typeof address === "object" && address ? address.port : 0, profilerCommands());
