// http() from works: a real local server receives the calls.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Runtime, compile, toHost } from "../src/index.ts";
import { newRunContext } from "../src/runtime/context.ts";
import { hostAllowed, httpCapability, httpGetCapability, httpPostCapability } from "../src/runtime/outbound.ts";

let server: http.Server;
let base = "";
const seen: Array<{ method: string; url: string; key: string | undefined; body: string }> = [];
let flaky = 0;

before(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, key: req.headers["idempotency-key"] as string | undefined, body });
      if (req.url === "/slow") return void setTimeout(() => res.end("late"), 2000);
      if (req.url === "/flaky" && flaky++ < 2) {
        res.writeHead(503);
        return void res.end("busy");
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ path: req.url, method: req.method, got: body ? JSON.parse(body) : null }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const rt = new Runtime();
async function run(src: string): Promise<{ value: unknown; runId: string }> {
  const ctx = newRunContext({ trigger: "run" });
  Object.assign(ctx.capabilities, { http: httpCapability, "http.get": httpGetCapability, "http.post": httpPostCapability });
  const value = toHost(await rt.runToEnd(compile(src.replaceAll("BASE", base), "out.js"), { context: ctx }));
  return { value, runId: ctx.runId };
}

test("http(url), http.get and http.post answer {status, ok, headers, body} with JSON bodies parsed", async () => {
  const { value } = await run(`
    const a = http("BASE/a");
    const b = http.get("BASE/b?x=1");
    const c = http.post("BASE/c", { n: 7 });
    return [a.status, a.ok, a.body.path, b.body.path, c.body.method, c.body.got, a.headers["content-type"]];`);
  assert.deepEqual(value, [200, true, "/a", "/b?x=1", "POST", { n: 7 }, "application/json"]);
});

test("each call carries an Idempotency-Key: the run id and an effect counter", async () => {
  seen.length = 0;
  const { runId } = await run(`http("BASE/k1"); http.post("BASE/k2", {}); return 1;`);
  assert.deepEqual(seen.map((s) => s.key), [`${runId}:1`, `${runId}:2`]);
});

test("a timeout is a catchable error naming the URL; the server's 5xx is retried when asked", async () => {
  const { value } = await run(`
    let timedOut;
    try { http("BASE/slow", { timeout: "200ms" }); } catch (e) { timedOut = e.message; }
    const r = http("BASE/flaky", { retries: 3 });
    return [timedOut, r.status];`);
  const [timedOut, status] = value as [string, number];
  assert.match(timedOut, /GET http:\/\/127\.0\.0\.1:\d+\/slow timed out after 200 ms/);
  assert.equal(status, 200);
});

test("hosts outside KITWORK_HTTP_ALLOW are refused before any request; bad URLs are clear errors", async () => {
  assert.equal(hostAllowed("api.example.com", "api.example.com,*.internal"), true);
  assert.equal(hostAllowed("db.internal", "api.example.com,*.internal"), true);
  assert.equal(hostAllowed("evil.com", "api.example.com,*.internal"), false);
  assert.equal(hostAllowed("anything", undefined), true);
  process.env.KITWORK_HTTP_ALLOW = "api.example.com";
  try {
    seen.length = 0;
    const { value } = await run(`
      const out = [];
      for (const u of ["BASE/x", "ftp://x/y", "not a url"]) { try { http(u); } catch (e) { out.push(e.message); } }
      return out;`);
    assert.deepEqual(seen, []);
    const [a, b, c] = value as string[];
    assert.match(a!, /127\.0\.0\.1 is not in the allow-list \(KITWORK_HTTP_ALLOW\)/);
    assert.match(b!, /only http and https URLs/);
    assert.match(c!, /invalid URL "not a url"/);
  } finally {
    delete process.env.KITWORK_HTTP_ALLOW;
  }
});
