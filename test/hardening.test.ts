// Regressions found in review: outbound redirects and the allow-list, the query parser
// and object prototype names, w.header() validation, timers beyond their range,
// abandoned attempts, and dirty reads across runs on SQLite.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { Runtime, compile, toHost } from "../src/index.ts";
import { newRunContext } from "../src/runtime/context.ts";
import { httpCapability } from "../src/runtime/outbound.ts";
import { parseQuery } from "../src/server/http.ts";
import { Engine } from "../src/engine/engine.ts";
import { HttpServer } from "../src/server/http.ts";

function listen(handler: http.RequestListener): Promise<{ base: string; close: () => void }> {
  const server = http.createServer(handler);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })));
}

async function runScript(src: string, caps: Record<string, unknown> = {}): Promise<unknown> {
  const rt = new Runtime();
  const ctx = newRunContext({ trigger: "run" });
  Object.assign(ctx.capabilities, caps);
  return toHost(await rt.runToEnd(compile(src, "t.js"), { context: ctx }));
}

test("http(): a redirect to a host outside the allow-list is refused; an allowed one is followed", async () => {
  const target = await listen((_q, s) => s.end("inner"));
  const front = await listen((req, s) => {
    s.writeHead(302, { location: req.url === "/out" ? "http://169.254.169.254/latest" : `${target.base}/ok` });
    s.end();
  });
  process.env.KITWORK_HTTP_ALLOW = "127.0.0.1";
  try {
    const value = await runScript(
      `const r = []; try { http("${front.base}/out"); } catch (e) { r.push(e.message); } r.push(http("${front.base}/in").body); return r;`,
      { http: httpCapability },
    );
    const [refused, followed] = value as string[];
    assert.match(refused!, /redirected to 169\.254\.169\.254, which is not in the allow-list/);
    assert.equal(followed, "inner");
  } finally {
    delete process.env.KITWORK_HTTP_ALLOW;
    front.close();
    target.close();
  }
});

test("the query parser treats toString, constructor and __proto__ as ordinary keys", () => {
  const q = parseQuery("toString=1&constructor=x&__proto__=a&__proto__=b&a=2");
  assert.deepEqual(Object.keys(q), ["toString", "constructor", "__proto__", "a"]);
  assert.equal(q.toString, "1");
  assert.equal(q.constructor, "x");
  assert.deepEqual(q["__proto__"], ["a", "b"]);
  assert.equal(Object.getPrototypeOf(q), null);
});

test("w.header() refuses engine headers and invalid values with a TypeError the script can catch", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-hdr-"));
  fs.writeFileSync(
    path.join(dir, "h.js"),
    `const w = work("hdr"); w.get("/h");
const out = [];
for (const [k, v] of [["content-length", "2"], ["x-a", "a\\r\\nb"], ["bad name", "x"]]) { try { w.header(k, v); out.push("set"); } catch (e) { out.push(e.name); } }
w.header("x-ok", "yes");
return out;`,
  );
  const engine = new Engine({ dir, databases: [], report: () => {} });
  engine.loadAll();
  const server = new HttpServer(engine, { port: 0 });
  const { port } = await server.listen();
  try {
    const r = await fetch(`http://127.0.0.1:${port}/h`);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), ["TypeError", "TypeError", "TypeError"]);
    assert.equal(r.headers.get("x-ok"), "yes");
  } finally {
    await server.close();
    await engine.shutdown();
  }
});

test("sleep() longer than a timer can hold, without a store, is a clear RangeError (not a 1 ms sleep)", async () => {
  const { sleepCapability } = await import("../src/runtime/capabilities.ts");
  const value = await runScript(`try { sleep("30d"); return "slept"; } catch (e) { return [e.name, e.message]; }`, { sleep: sleepCapability });
  const [name, message] = value as [string, string];
  assert.equal(name, "RangeError");
  assert.match(message, /needs the engine's store/);
});

test("an attempt that timed out does not continue in the background", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-zombie-"));
  const marks: string[] = [];
  fs.writeFileSync(path.join(dir, "z.js"), `const w = work("zombie"); w.get("/z"); w.timeout("200ms"); sleep("600ms"); log("after the sleep"); return 1;`);
  const engine = new Engine({ dir, databases: [], report: () => {}, log: (_l, args) => marks.push(String(args[0])) });
  engine.loadAll();
  const server = new HttpServer(engine, { port: 0 });
  const { port } = await server.listen();
  try {
    const r = await fetch(`http://127.0.0.1:${port}/z`);
    assert.equal(r.status, 504);
    await new Promise((res) => setTimeout(res, 900));
    assert.deepEqual(marks, [], "the run must not resume after its attempt timed out");
  } finally {
    await server.close();
    await engine.shutdown();
  }
});

test("SQLite: another run never reads a transaction's uncommitted rows", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-dirty-"));
  fs.writeFileSync(
    path.join(dir, "a.js"),
    `const w = work("writer"); w.post("/a");
db().raw("create table if not exists t (v text)");
try { db().transaction(() => { db().from("t").insert({ v: "uncommitted" }); sleep("400ms"); throw new Error("undo"); }); } catch (e) {}
return "done";`,
  );
  fs.writeFileSync(path.join(dir, "b.js"), `const w = work("reader"); w.get("/b"); return db().from("t").all();`);
  const engine = new Engine({ dir, databases: [{ name: "default", url: `sqlite:${path.join(dir, "data.db")}` }], report: () => {} });
  engine.loadAll();
  const server = new HttpServer(engine, { port: 0 });
  const { port } = await server.listen();
  try {
    await fetch(`http://127.0.0.1:${port}/b`).catch(() => {}); // opens the connection (table may not exist yet)
    const writer = fetch(`http://127.0.0.1:${port}/a`, { method: "POST" });
    await new Promise((res) => setTimeout(res, 150));
    const during = await (await fetch(`http://127.0.0.1:${port}/b`)).json();
    assert.deepEqual(during, [], "a read during the transaction sees nothing uncommitted");
    assert.equal(await (await writer).text(), "done");
    assert.deepEqual(await (await fetch(`http://127.0.0.1:${port}/b`)).json(), []);
  } finally {
    await server.close();
    await engine.shutdown();
  }
});
