// Server (a) of `npm run bench:http`: plain node:http answering GET /hello with
// {"hello":"world"} — the floor any framework on node:http is measured against.
// Keep it honest: the body is serialized per request, as a handler would.

import http from "node:http";
import { announce, listen, profilerCommands } from "./serve-common.ts";

const server = http.createServer((req, res) => {
  const path = req.url === undefined ? "/" : req.url.split("?", 1)[0];
  if (req.method !== "GET" || path !== "/hello") {
    res.writeHead(404, { "content-type": "application/json", "content-length": 21 });
    res.end('{"error":"not found"}');
    return;
  }
  const body = JSON.stringify({ hello: "world" });
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 5000; // as Kitwork's HttpServer

announce(await listen(server), profilerCommands());
