// Host I/O under async code: a call in an async position (awaited, an element of the
// array given to Promise.all/allSettled/race/any, the receiver of then/catch/finally)
// starts its operation and goes on, so several are in flight at once; anywhere else a
// call still blocks the run as before (`let rows = db()…all()`). A local server delays
// each reply and records how many requests it holds at once: the tests assert that
// overlap, never a duration.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Runtime, compile, toHost } from "../src/index.ts";
import { Connections } from "../src/db/connections.ts";
import { newRunContext } from "../src/runtime/context.ts";
import { httpCapability, httpGetCapability, httpPostCapability } from "../src/runtime/outbound.ts";
import { scaled, withGuard } from "./fixtures/guard.ts";
import { DbContext } from "../src/db/query.ts";

const DELAY_MS = 300;
let server: http.Server;
let base = "";
let inFlight = 0;
let maxInFlight = 0;
const order: string[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    order.push(`in ${req.url}`);
    req.resume();
    setTimeout(() => {
      inFlight--;
      order.push(`out ${req.url}`);
      if (req.url?.startsWith("/fail")) res.writeHead(500);
      else res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ path: req.url }));
    }, DELAY_MS);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

let slowCalls = 0;
let slowMax = 0;
const rt = new Runtime({
  globals: {
    // A host function returning a promise: I/O of the embedder's own.
    slow: (v: unknown) => {
      slowCalls++;
      slowMax = Math.max(slowMax, slowCalls);
      return new Promise((r) => setTimeout(() => { slowCalls--; r(v); }, 50));
    },
  },
});
const conns = new Connections([{ name: "default", url: "sqlite::memory:" }]);
after(() => conns.closeAll());

async function run(src: string): Promise<unknown> {
  inFlight = 0;
  maxInFlight = 0;
  order.length = 0;
  const ctx = newRunContext({ trigger: "run" });
  Object.assign(ctx.capabilities, { http: httpCapability, "http.get": httpGetCapability, "http.post": httpPostCapability, db: rt.db });
  ctx.db = new DbContext(conns);
  const p = rt.runToEnd(compile(src.replaceAll("BASE", base), "io.js"), { context: ctx, limits: { timeoutMs: scaled(60_000) } });
  return toHost(await withGuard(p, scaled(60_000), "the run's requests to the local server"));
}

test("await Promise.all([http.get(a), http.get(b), db()…all()]): the three operations are in flight at once", async () => {
  const v = await run(`
    db().raw("CREATE TABLE IF NOT EXISTS t (id INTEGER)");
    db().raw("INSERT INTO t (id) VALUES (1), (2)");
    const [a, b, rows] = await Promise.all([http.get("BASE/a"), http.get("BASE/b"), db().from("t").all()]);
    return [a.body.path, b.body.path, rows.length];`);
  assert.deepEqual(v, ["/a", "/b", 2]);
  assert.equal(maxInFlight, 2, `the server held both requests at once (${order.join(", ")})`);
});

test("three requests under Promise.all overlap; results keep their order", async () => {
  const v = await run(`
    const rs = await Promise.all([http.get("BASE/1"), http.get("BASE/2"), http.get("BASE/3")]);
    return rs.map((r) => r.body.path);`);
  assert.deepEqual(v, ["/1", "/2", "/3"]);
  assert.equal(maxInFlight, 3, `all three were in flight together (${order.join(", ")})`);
  assert.deepEqual(order.slice(0, 3).map((s) => s.slice(0, 2)), ["in", "in", "in"]);
});

test("calls that are not in an async position still block the run, one after the other", async () => {
  const v = await run(`
    const a = http.get("BASE/x");
    const b = http.get("BASE/y");
    const rows = db().from("t").take(10);
    return [a.body.path, b.body.path, Array.isArray(rows)];`);
  assert.deepEqual(v, ["/x", "/y", true]);
  assert.equal(maxInFlight, 1);
  assert.deepEqual(order, ["in /x", "out /x", "in /y", "out /y"]);
});

test("allSettled, race, then() receivers and awaited calls inside async functions run in parallel too", async () => {
  const v = await run(`
    async function fetchBoth() {
      const [x, y] = await Promise.allSettled([http.get("BASE/s1"), http.get("BASE/fail")]);
      return [x.status, x.value.body.path, y.status, y.value.status];
    }
    const viaThen = http.get("BASE/t1").then((r) => r.body.path);
    const both = fetchBoth();
    const first = Promise.race([http.get("BASE/r1"), http.get("BASE/r2")]);
    return [await viaThen, await both, (await first).body.path.slice(0, 2)];`);
  assert.equal(maxInFlight, 5, `the then() receiver, both allSettled and both race requests overlapped (${order.join(", ")})`);
  assert.deepEqual(v, ["/t1", ["fulfilled", "/s1", "fulfilled", 500], "/r"]);
});

test("what an async function returns is awaited: ids.map(async (id) => http.get(…)) under Promise.all overlaps", async () => {
  const v = await run(`
    const get = async (id) => http.get("BASE/m" + id);
    async function viaReturn(id) { const url = "BASE/r" + id; return http.get(url); }
    async function guarded(id) { try { return http.get("BASE/g" + id); } catch (e) { return null; } }
    const rs = await Promise.all([...[1, 2].map(get), viaReturn(3), guarded(4)]);
    return rs.map((r) => r.body.path);`);
  assert.deepEqual(v, ["/m1", "/m2", "/r3", "/g4"]);
  // guarded()'s call, inside try, waits as written — while the other three are still in flight.
  assert.equal(maxInFlight, 4, `the two arrows and viaReturn were in flight when guarded() called (${order.join(", ")})`);
  assert.deepEqual(order.slice(0, 4), ["in /m1", "in /m2", "in /r3", "in /g4"]);
});

test("past 64 operations in flight, a call waits for one of them to settle, then gets its promise", async () => {
  slowMax = 0;
  const v = await run(`
    const ps = [];
    for (let i = 0; i < 70; i++) ps.push(slow(i).then((x) => x));
    const all = await Promise.all(ps);
    return [all.length, all[69]];`);
  assert.deepEqual(v, [70, 69]);
  assert.equal(slowMax, 65, "64 in flight, and the call that waits for one of them");
});

test("a failing operation in flight rejects its promise: try/catch around await sees the error", async () => {
  const v = await run(`
    try {
      await Promise.all([http.get("BASE/ok"), slow(1), Promise.reject(new Error("early"))]);
      return "no";
    } catch (e) {
      return e.message;
    }`);
  assert.equal(v, "early");
});

test("host functions of the embedder returning promises overlap under Promise.all", async () => {
  slowMax = 0;
  const v = await run(`return await Promise.all([slow(1), slow(2), slow(3)]);`);
  assert.deepEqual(v, [1, 2, 3]);
  assert.equal(slowMax, 3);
});
