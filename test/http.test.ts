// Serving works over HTTP, end to end: works are written to fresh temporary folders,
// loaded by a real Engine, served by a real HttpServer on port 0 and exercised with
// real fetch(). Every assertion is about what a user of the server sees: status,
// headers and body. The last groups drive the real CLI (bin/kitwork.js, which runs the
// compiled dist/): graceful shutdown on SIGTERM and `kitwork check`.
//
// Tests that fail assert the CORRECT behaviour on purpose; the failures are listed in
// the report attached to the change that added this file.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { scaled, withGuard } from "./fixtures/guard.ts";
import { Engine, type EngineEvent, type EngineOptions } from "../src/engine/engine.ts";
import { formatProblem } from "../src/engine/works.ts";
import { HttpServer, type ServerOptions } from "../src/server/http.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin/kitwork.js");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// ------------------------------------------------------------------ harness

const tempDirs: string[] = [];
after(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh folder holding `files` (relative name → source). */
function worksDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-http-"));
  tempDirs.push(dir);
  for (const [name, source] of Object.entries(files)) writeWork(dir, name, source);
  return dir;
}

function writeWork(dir: string, name: string, source: string): void {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, source);
}

/** A work serving `method path` whose remaining logic is `body`. */
function work(name: string, route: string, body: string, extra = ""): string {
  const [method, p] = route.split(" ") as [string, string];
  return `const w = work({ name: ${JSON.stringify(name)} });\nw.router(${JSON.stringify(method)}, ${JSON.stringify(p)});\n${extra}${body}\n`;
}

interface Served {
  dir: string;
  engine: Engine;
  server: HttpServer;
  base: string;
  problems: ReturnType<Engine["loadAll"]>;
  events: EngineEvent[];
  logs: unknown[][];
  close(): Promise<void>;
}

async function serve(dirOrFiles: string | Record<string, string>, engineOpts: Partial<EngineOptions> = {}, serverOpts: ServerOptions = {}): Promise<Served> {
  const dir = typeof dirOrFiles === "string" ? dirOrFiles : worksDir(dirOrFiles);
  const events: EngineEvent[] = [];
  const logs: unknown[][] = [];
  const engine = new Engine({ dir, report: (e) => events.push(e), log: (_level, args) => logs.push(args), ...engineOpts });
  const problems = engine.loadAll();
  const server = new HttpServer(engine, { port: 0, ...serverOpts });
  const { port } = await server.listen();
  return {
    dir,
    engine,
    server,
    base: `http://127.0.0.1:${port}`,
    problems,
    events,
    logs,
    async close() {
      await server.close();
      engine.close();
    },
  };
}

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function call(base: string, p: string, init: RequestInit = {}): Promise<Reply> {
  const res = await fetch(base + p, init);
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: () => {
      try {
        return JSON.parse(text);
      } catch {
        assert.fail(`${init.method ?? "GET"} ${p}: expected a JSON body, got ${res.status} ${JSON.stringify(text.slice(0, 200))}`);
      }
    },
  };
}

const show = (r: Reply) => `${r.status} ${r.headers.get("content-type")} ${r.text.slice(0, 300)}`;

function assertJSON(r: Reply, status: number, body?: unknown): void {
  assert.equal(r.status, status, show(r));
  assert.match(r.headers.get("content-type") ?? "", /^application\/json/, show(r));
  if (body !== undefined) assert.deepEqual(r.json(), body, show(r));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns true (or the hang guard, two minutes scaled, passes); returns whether it did. */
async function eventually(probe: () => Promise<boolean>, ms = 120_000): Promise<boolean> {
  const end = Date.now() + scaled(ms);
  while (Date.now() < end) {
    if (await probe()) return true;
    await sleep(25);
  }
  return probe();
}

// ------------------------------------------------------------------ 1. routes

describe("routes", () => {
  let s: Served;
  before(async () => {
    s = await serve({
      "users.js": work("create user", "POST /users", "return { route: \"router POST /users\", method: w.method };"),
      "items-get.js": 'const w = work({ name: "items get" });\nw.get("/items");\nreturn { m: w.method };\n',
      "items-post.js": 'const w = work({ name: "items post" });\nw.post("/items");\nreturn { m: w.method };\n',
      "items-put.js": 'const w = work({ name: "items put" });\nw.put("/items");\nreturn { m: w.method };\n',
      "items-patch.js": 'const w = work({ name: "items patch" });\nw.patch("/items");\nreturn { m: w.method };\n',
      "items-delete.js": 'const w = work({ name: "items delete" });\nw.delete("/items");\nreturn { m: w.method };\n',
      "params.js": 'const w = work({ name: "params" });\nw.get("/orgs/:org/users/:id");\nreturn w.params;\n',
      "files.js": 'const w = work({ name: "files" });\nw.get("/files/*");\nreturn { rest: w.params["*"] };\n',
    });
    assert.deepEqual(s.problems, []);
  });
  after(() => s.close());

  test("w.router(\"POST\", \"/users\") serves POST /users", async () => {
    assertJSON(await call(s.base, "/users", { method: "POST" }), 200, { route: "router POST /users", method: "POST" });
  });

  test("the get/post/put/patch/delete shortcuts each serve their method", async () => {
    for (const m of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      assertJSON(await call(s.base, "/items", { method: m }), 200, { m });
    }
  });

  test(":param segments arrive in w.params", async () => {
    assertJSON(await call(s.base, "/orgs/acme/users/42"), 200, { org: "acme", id: "42" });
  });

  test("a wildcard route gives the rest of the path in w.params[\"*\"]", async () => {
    assertJSON(await call(s.base, "/files/docs/2024/report.pdf"), 200, { rest: "docs/2024/report.pdf" });
  });

  test("an unknown route is a 404 with a JSON {error}", async () => {
    const r = await call(s.base, "/nowhere");
    assertJSON(r, 404);
    const body = r.json();
    assert.deepEqual(Object.keys(body), ["error"]);
    assert.equal(typeof body.error, "string");
    assert.ok(body.error.length > 0);
  });

  test("a known path with the wrong method is a 405 with an Allow header", async () => {
    const r = await call(s.base, "/users", { method: "PUT" });
    assertJSON(r, 405);
    assert.equal(typeof r.json().error, "string");
    assert.equal(r.headers.get("allow"), "POST");

    const r2 = await call(s.base, "/files/a.txt", { method: "DELETE" });
    assertJSON(r2, 405);
    const allow = (r2.headers.get("allow") ?? "").split(",").map((m) => m.trim()).sort();
    assert.deepEqual(allow, ["GET", "HEAD"]);
  });

  test("HEAD on a GET route returns the headers and no body", async () => {
    const get = await call(s.base, "/orgs/acme/users/7");
    const head = await call(s.base, "/orgs/acme/users/7", { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(head.text, "");
    assert.match(head.headers.get("content-type") ?? "", /^application\/json/);
    assert.equal(head.headers.get("content-length"), String(Buffer.byteLength(get.text)));
    assert.match(head.headers.get("x-kitwork-run") ?? "", UUID);
  });
});

// ------------------------------------------------------------------ 2. trigger input

describe("trigger input", () => {
  let s: Served;
  const echo = `return {
  method: w.method, path: w.path, params: w.params, query: w.query, headers: w.headers,
  body: w.body, payload: w.payload, run: w.run, attempt: w.attempt, trigger: w.trigger,
  bodyType: typeof w.body, payloadIsBody: JSON.stringify(w.payload) === JSON.stringify(w.body),
};`;
  before(async () => {
    s = await serve({
      "echo-post.js": 'const w = work({ name: "echo post" });\nw.post("/echo/:id");\n' + echo,
      "echo-get.js": 'const w = work({ name: "echo get" });\nw.get("/echo/:id");\n' + echo,
    });
    assert.deepEqual(s.problems, []);
  });
  after(() => s.close());

  test("method, path, params, query (repeated keys → arrays), run, attempt, trigger", async () => {
    const r = await call(s.base, "/echo/42?a=1&a=2&b=3&c=&d=x%20y");
    assertJSON(r, 200);
    const b = r.json();
    assert.equal(b.method, "GET");
    assert.equal(b.path, "/echo/42");
    assert.deepEqual(b.params, { id: "42" });
    assert.deepEqual(b.query, { a: ["1", "2"], b: "3", c: "", d: "x y" });
    assert.match(b.run, UUID);
    assert.equal(b.run, r.headers.get("x-kitwork-run"));
    assert.equal(b.attempt, 1);
    assert.equal(b.trigger, "http");
  });

  test("each request gets its own run id", async () => {
    const a = (await call(s.base, "/echo/1")).json().run;
    const b = (await call(s.base, "/echo/1")).json().run;
    assert.notEqual(a, b);
  });

  test("headers arrive with lowercase names", async () => {
    const r = await call(s.base, "/echo/1", { headers: { "X-Custom-Thing": "Yes", "X-Other": "two words" } });
    const h = r.json().headers;
    assert.equal(h["x-custom-thing"], "Yes");
    assert.equal(h["x-other"], "two words");
    for (const k of Object.keys(h)) assert.equal(k, k.toLowerCase());
  });

  test("a JSON body is parsed; w.payload is the body", async () => {
    const sent = { a: [1, 2], b: { c: true, d: null }, e: "é" };
    const r = await call(s.base, "/echo/9", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(sent) });
    assertJSON(r, 200);
    const b = r.json();
    assert.equal(b.method, "POST");
    assert.deepEqual(b.body, sent);
    assert.deepEqual(b.payload, sent);
    assert.equal(b.bodyType, "object");
    assert.equal(b.payloadIsBody, true);
  });

  test("a urlencoded form body is parsed (repeated keys → arrays)", async () => {
    const form = new URLSearchParams([["a", "1"], ["b", "2"], ["b", "3"], ["name", "Ada Lovelace"]]);
    const r = await call(s.base, "/echo/9", { method: "POST", body: form });
    assertJSON(r, 200);
    const b = r.json();
    assert.deepEqual(b.body, { a: "1", b: ["2", "3"], name: "Ada Lovelace" });
    assert.deepEqual(b.payload, b.body);
  });

  test("a text/plain body arrives as a string", async () => {
    const r = await call(s.base, "/echo/9", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello there" });
    assertJSON(r, 200);
    const b = r.json();
    assert.equal(b.body, "hello there");
    assert.equal(b.payload, "hello there");
    assert.equal(b.bodyType, "string");
  });
});

// ------------------------------------------------------------------ 3. bad input

describe("bad input", () => {
  let s: Served;
  let small: HttpServer;
  let smallBase: string;
  before(async () => {
    s = await serve({
      "guarded.js": 'const w = work({ name: "guarded" });\nw.post("/guarded");\nlog("ran");\nreturn { ran: true, size: JSON.stringify(w.body ?? null).length };\n',
      "ping.js": 'const w = work({ name: "ping" });\nw.get("/ping");\nreturn "pong";\n',
      "ver.js": 'const w = work({ name: "ver" });\nw.get("/ver");\nw.version("1");\nreturn { v: 1 };\n',
    });
    assert.deepEqual(s.problems, []);
    small = new HttpServer(s.engine, { port: 0, bodyLimit: 1024 });
    smallBase = `http://127.0.0.1:${(await small.listen()).port}`;
  });
  after(async () => {
    await small.close();
    await s.close();
  });

  const ranCount = () => s.logs.filter((a) => a[0] === "ran").length;

  test("malformed JSON is a 400 with a message, and the work never runs", async () => {
    const before = ranCount();
    const r = await call(s.base, "/guarded", { method: "POST", headers: { "content-type": "application/json" }, body: '{"a": 1,' });
    assertJSON(r, 400);
    const b = r.json();
    assert.equal(typeof b.error, "string");
    assert.match(b.error, /JSON/);
    assert.notEqual(b.ran, true);
    assert.equal(ranCount(), before, "the work ran for a malformed body");
    // …and a well-formed body does run it
    assertJSON(await call(s.base, "/guarded", { method: "POST", headers: { "content-type": "application/json" }, body: '{"a": 1}' }), 200, { ran: true, size: 7 });
    assert.equal(ranCount(), before + 1);
  });

  test("a body over bodyLimit (1024 bytes) is a 413; one under it is served", async () => {
    const before = ranCount();
    const r = await call(smallBase, "/guarded", { method: "POST", headers: { "content-type": "text/plain" }, body: "x".repeat(2000) });
    assertJSON(r, 413);
    assert.equal(typeof r.json().error, "string");
    assert.equal(ranCount(), before);
    assertJSON(await call(smallBase, "/guarded", { method: "POST", headers: { "content-type": "text/plain" }, body: "x".repeat(1000) }), 200, { ran: true, size: 1002 });
  });

  test("a streamed (chunked, no content-length) body over bodyLimit is a 413", async () => {
    const chunk = new TextEncoder().encode("y".repeat(512));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 4) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const r = await call(smallBase, "/guarded", { method: "POST", headers: { "content-type": "text/plain" }, body: stream, duplex: "half" } as RequestInit);
    assertJSON(r, 413);
  });

  test("the default limit is 1 MiB: a 1.1 MiB body is a 413", async () => {
    const before = ranCount();
    const big = JSON.stringify({ data: "z".repeat(Math.ceil(1.1 * 1024 * 1024)) });
    const r = await call(s.base, "/guarded", { method: "POST", headers: { "content-type": "application/json" }, body: big });
    assertJSON(r, 413);
    assert.equal(ranCount(), before);
    // just under the limit is fine
    const fits = JSON.stringify({ data: "z".repeat(1024 * 1024 - 100) });
    assertJSON(await call(s.base, "/guarded", { method: "POST", headers: { "content-type": "application/json" }, body: fits }), 200);
  });

  test("an invalid Accept-Version is a 400 with a message", async () => {
    const r = await call(s.base, "/ver", { headers: { "accept-version": "banana" } });
    assertJSON(r, 400);
    assert.match(r.json().error, /Accept-Version/);
  });

  test("the server keeps serving after bad input", async () => {
    const r = await call(s.base, "/ping");
    assert.equal(r.status, 200);
    assert.equal(r.text, "pong");
    assertJSON(await call(smallBase, "/guarded", { method: "POST", headers: { "content-type": "application/json" }, body: "[]" }), 200, { ran: true, size: 2 });
  });
});

// ------------------------------------------------------------------ 4. responses

describe("responses", () => {
  const cases: Record<string, string> = {
    obj: "return { a: 1, b: [true, null] };",
    arr: 'return [1, "x", { y: 2 }];',
    num: "return 42;",
    bool: "return false;",
    nul: "return null;",
    str: 'return "hi there";',
    none: "let x = 1;",
    json201: "json({ created: true }, 201);",
    text202: 'text("x", 202);',
    html: 'html("<b>x</b>");',
    teapot: "w.status(418);\nreturn { tea: true };",
    header: 'w.header("x-a", "1");\nreturn { ok: true };',
    redirect: 'redirect("/elsewhere");',
    fail: 'fail(422, "bad");\nreturn { unreachable: true };',
    boom: 'let n = 1;\nif (w.trigger === "http") throw new Error("boom");',
    // unconditional: discovery reaches the throw (it is logic, after the declarations)
    "boom-top": 'let n = 1;\nthrow new Error("boom");',
  };
  const files = Object.fromEntries(Object.entries(cases).map(([k, body]) => [`${k}.js`, work(k, `GET /${k}`, body)]));
  let s: Served;
  let dev: Served;
  before(async () => {
    s = await serve(files);
    dev = await serve(s.dir, { dev: true });
  });
  after(async () => {
    await s.close();
    await dev.close();
  });

  test("every work loads (a top-level throw after the declarations is a run-time error, not a load error)", () => {
    assert.deepEqual(s.problems.map(formatProblem), []);
  });

  test("returned object, array, number, boolean, null → JSON", async () => {
    assertJSON(await call(s.base, "/obj"), 200, { a: 1, b: [true, null] });
    assertJSON(await call(s.base, "/arr"), 200, [1, "x", { y: 2 }]);
    assertJSON(await call(s.base, "/num"), 200, 42);
    assertJSON(await call(s.base, "/bool"), 200, false);
    const n = await call(s.base, "/nul");
    assertJSON(n, 200, null);
    assert.equal(n.text, "null");
  });

  test("a returned string → text/plain", async () => {
    const r = await call(s.base, "/str");
    assert.equal(r.status, 200);
    assert.match(r.headers.get("content-type") ?? "", /^text\/plain/);
    assert.equal(r.text, "hi there");
  });

  test("no return → 204 with an empty body", async () => {
    const r = await call(s.base, "/none");
    assert.equal(r.status, 204);
    assert.equal(r.text, "");
  });

  test("json(v, 201), text(\"x\", 202), html(…)", async () => {
    assertJSON(await call(s.base, "/json201"), 201, { created: true });
    const t = await call(s.base, "/text202");
    assert.equal(t.status, 202);
    assert.match(t.headers.get("content-type") ?? "", /^text\/plain/);
    assert.equal(t.text, "x");
    const h = await call(s.base, "/html");
    assert.equal(h.status, 200);
    assert.match(h.headers.get("content-type") ?? "", /^text\/html/);
    assert.equal(h.text, "<b>x</b>");
  });

  test("w.status(418) with a returned object; w.header(\"x-a\", \"1\")", async () => {
    assertJSON(await call(s.base, "/teapot"), 418, { tea: true });
    const r = await call(s.base, "/header");
    assertJSON(r, 200, { ok: true });
    assert.equal(r.headers.get("x-a"), "1");
  });

  test("redirect(\"/elsewhere\") → 302 with Location", async () => {
    const r = await call(s.base, "/redirect", { redirect: "manual" });
    assert.equal(r.status, 302);
    assert.equal(r.headers.get("location"), "/elsewhere");
  });

  test("fail(422, \"bad\") → 422 {error, run}", async () => {
    const r = await call(s.base, "/fail");
    assertJSON(r, 422, { error: "bad", run: r.headers.get("x-kitwork-run") });
    assert.match(r.json().run, UUID);
  });

  test("an uncaught error → 500 {error, run}, without frame or stack in start mode", async () => {
    const r = await call(s.base, "/boom");
    assertJSON(r, 500, { error: "Error: boom", run: r.headers.get("x-kitwork-run") });
  });

  test("an unconditional top-level throw after the declarations → 500 too", async () => {
    const r = await call(s.base, "/boom-top");
    assertJSON(r, 500, { error: "Error: boom", run: r.headers.get("x-kitwork-run") });
  });

  test("dev mode adds the code frame and the script stack", async () => {
    const r = await call(dev.base, "/boom");
    assertJSON(r, 500);
    const b = r.json();
    assert.equal(b.error, "Error: boom");
    assert.equal(b.run, r.headers.get("x-kitwork-run"));
    assert.equal(typeof b.frame, "string");
    assert.ok(b.frame.includes('if (w.trigger === "http") throw new Error("boom");'), b.frame);
    assert.ok(b.frame.includes("4"), `the frame should show the line number: ${b.frame}`);
    assert.ok(Array.isArray(b.stack) ? b.stack.length > 0 : typeof b.stack === "string" && b.stack.length > 0, JSON.stringify(b.stack));
    assert.ok(JSON.stringify(b.stack).includes("boom.js:4"), JSON.stringify(b.stack));
  });
});

// ------------------------------------------------------------------ 5. retry

describe("retry", () => {
  const flaky = (until: number) => `if (w.attempt < ${until}) throw new Error("flaky attempt " + w.attempt);\nreturn { attempt: w.attempt };`;
  let s: Served;
  before(async () => {
    s = await serve({
      "retry2.js": work("retry2", "GET /retry2", flaky(3), 'w.retry(2, "10ms");\n'),
      "retry1.js": work("retry1", "GET /retry1", flaky(3), 'w.retry(1, "10ms");\n'),
      "failonce.js": work("failonce", "GET /failonce", 'if (w.attempt === 1) fail(400, "rejected on attempt " + w.attempt);\nreturn { attempt: w.attempt };', 'w.retry(3, "10ms");\n'),
      "exp.js": work("exp", "GET /exp", flaky(4), 'w.retry(3, "10ms", { backoff: "exponential" });\n'),
    });
    assert.deepEqual(s.problems, []);
  });
  after(() => s.close());

  test("retry(2, \"10ms\"): a work failing on attempts 1 and 2 succeeds on attempt 3", async () => {
    assertJSON(await call(s.base, "/retry2"), 200, { attempt: 3 });
  });

  test("retry(1, …): the same work gives up after attempt 2 with a 500", async () => {
    const r = await call(s.base, "/retry1");
    assertJSON(r, 500, { error: "Error: flaky attempt 2", run: r.headers.get("x-kitwork-run") });
  });

  test("fail(400, …) is never retried", async () => {
    const r = await call(s.base, "/failonce");
    assertJSON(r, 400, { error: "rejected on attempt 1", run: r.headers.get("x-kitwork-run") });
  });

  test("exponential backoff is accepted and retries", async () => {
    const bp = s.engine.list().find((w) => w.name === "exp")!.blueprint;
    assert.equal(bp.retry?.backoff, "exponential");
    assertJSON(await call(s.base, "/exp"), 200, { attempt: 4 });
  });
});

// ------------------------------------------------------------------ 6. timeout

describe("timeout", () => {
  let s: Served;
  before(async () => {
    s = await serve({
      "spin.js": work("spin", "GET /spin", "while (true) {}", 'w.timeout("200ms");\n'),
      "ok.js": work("ok", "GET /ok", "return { ok: true };"),
    });
    assert.deepEqual(s.problems, []);
  });
  after(() => s.close());

  test("w.timeout(\"200ms\") with an endless loop → 504, and the server keeps serving", async () => {
    const r = await withGuard(call(s.base, "/spin"), 120_000, "the answer to GET /spin (an endless loop under a 200 ms timeout)");
    assertJSON(r, 504);
    assert.equal(typeof r.json().error, "string");
    assert.equal(r.json().run, r.headers.get("x-kitwork-run"));
    assertJSON(await call(s.base, "/ok"), 200, { ok: true });
    assertJSON(await withGuard(call(s.base, "/spin"), 120_000, "the second answer to GET /spin"), 504);
    assertJSON(await call(s.base, "/ok"), 200, { ok: true });
  });
});

// ------------------------------------------------------------------ 7. versions

describe("versions", () => {
  let s: Served;
  before(async () => {
    s = await serve({
      "v1.js": work("v one", "GET /v", "return { v: 1 };", 'w.version("1");\n'),
      "v2.js": work("v two", "GET /v", "return { v: 2 };", 'w.version("2");\n'),
    });
    assert.deepEqual(s.problems, []);
  });
  after(() => s.close());

  const get = (accept?: string) => call(s.base, "/v", accept === undefined ? {} : { headers: { "accept-version": accept } });

  test("without Accept-Version the newest version answers", async () => {
    const r = await get();
    assertJSON(r, 200, { v: 2 });
    assert.equal(r.headers.get("x-kitwork-version"), "2");
  });

  test("Accept-Version picks a version by semver range", async () => {
    for (const [accept, v] of [["1", 1], ["2", 2], ["1.x", 1], ["^2", 2], [">=1 <2", 1], ["~1.0", 1], ["*", 2]] as const) {
      const r = await get(accept);
      assertJSON(r, 200, { v });
      assert.equal(r.headers.get("x-kitwork-version"), String(v), `Accept-Version: ${accept}`);
    }
  });

  test("Accept-Version matching no version is a 404 with a message", async () => {
    const r = await get("3");
    assertJSON(r, 404);
    assert.match(r.json().error, /version/i);
    assert.ok(r.json().error.includes("3"), r.json().error);
  });
});

// ------------------------------------------------------------------ 8. load errors

describe("load errors", () => {
  let s: Served;
  let text: string[];
  before(async () => {
    s = await serve({
      "good.js": work("good", "GET /good", "return { good: true };"),
      "syntax.js": 'const w = work({ name: "broken" });\nw.get("/broken");\nlet x = ;\n',
      "dup-a.js": work("same", "GET /dup-a", "return { from: \"dup-a\" };"),
      "dup-b.js": work("same", "GET /dup-b", "return { from: \"dup-b\" };"),
      "route-a.js": work("route a", "GET /clash", "return { from: \"route-a\" };"),
      "route-b.js": work("route b", "GET /clash", "return { from: \"route-b\" };"),
      "bad-retry.js": 'const w = work({ name: "bad retry" });\nw.get("/bad-retry");\n  w.retry("x");\nreturn 1;\n',
    });
    text = s.problems.map(formatProblem);
  });
  after(() => s.close());

  const problemFor = (file: string) => text.filter((t) => t.startsWith(`${file}:`));

  test("a syntax error is reported as file:line:col and that work is not loaded", async () => {
    const p = problemFor("syntax.js");
    assert.equal(p.length, 1, text.join("\n---\n"));
    assert.ok(p[0]!.startsWith("syntax.js:3:9 "), p[0]);
    assert.match(p[0]!, /Unexpected token/);
    assertJSON(await call(s.base, "/broken"), 404);
  });

  test("the other works serve", async () => {
    assertJSON(await call(s.base, "/good"), 200, { good: true });
    assert.ok(s.engine.list().some((w) => w.file === "good.js"));
  });

  test("duplicate work names are reported naming both files", async () => {
    const p = text.filter((t) => t.includes("dup-a.js") && t.includes("dup-b.js"));
    assert.equal(p.length, 1, text.join("\n---\n"));
    assert.match(p[0]!, /duplicate/i);
    assert.match(p[0]!, /"same"/);
    // the first file keeps serving
    assertJSON(await call(s.base, "/dup-a"), 200, { from: "dup-a" });
  });

  test("conflicting routes are reported naming both files", async () => {
    const p = text.filter((t) => t.includes("route-a.js") && t.includes("route-b.js"));
    assert.equal(p.length, 1, text.join("\n---\n"));
    assert.match(p[0]!, /GET \/clash/);
    assertJSON(await call(s.base, "/clash"), 200, { from: "route-a" });
  });

  test("a discovery error (w.retry(\"x\")) names file:line:col", async () => {
    const p = problemFor("bad-retry.js");
    assert.equal(p.length, 1, text.join("\n---\n"));
    assert.ok(p[0]!.startsWith("bad-retry.js:3:3 "), p[0]);
    assert.match(p[0]!, /retry/);
    assert.ok(p[0]!.includes('w.retry("x")'), "the code frame shows the line");
    assertJSON(await call(s.base, "/bad-retry"), 404);
  });

  test("exactly these four problems", () => {
    assert.equal(s.problems.length, 4, text.join("\n---\n"));
  });
});

// ------------------------------------------------------------------ 9. discovery performs no side effect

describe("discovery performs no side effect", () => {
  test("top-level effects after the declarations do not run at load time, and run once per request", async () => {
    const logs: unknown[][] = [];
    const writes: string[] = [];
    const dir = worksDir({
      "fx.js": 'const w = work({ name: "fx" });\nw.get("/fx");\nw.retry(2, "10ms");\nlog("side effect");\nconsole.log("console effect");\nreturn { ok: true };\n',
    });
    const engine = new Engine({ dir, report: () => {}, log: (_level, args) => logs.push(args) });
    // also watch the process's own output while loading
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((c: string | Uint8Array, ...rest: unknown[]) => (writes.push(String(c)), out(c, ...(rest as [])))) as typeof process.stdout.write;
    process.stderr.write = ((c: string | Uint8Array, ...rest: unknown[]) => (writes.push(String(c)), err(c, ...(rest as [])))) as typeof process.stderr.write;
    let problems;
    try {
      problems = engine.loadAll();
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(logs, [], "discovery logged");
    assert.ok(!writes.some((w) => w.includes("effect")), writes.join(""));
    // discovery did see every declaration before the effect
    const bp = engine.list()[0]!.blueprint;
    assert.deepEqual(bp.routes, [{ method: "GET", path: "/fx" }]);
    assert.equal(bp.retry?.times, 2);

    const server = new HttpServer(engine, { port: 0 });
    const base = `http://127.0.0.1:${(await server.listen()).port}`;
    try {
      assertJSON(await call(base, "/fx"), 200, { ok: true });
      assert.deepEqual(logs, [["side effect"], ["console effect"]]);
      assertJSON(await call(base, "/fx"), 200, { ok: true });
      assert.deepEqual(logs, [["side effect"], ["console effect"], ["side effect"], ["console effect"]]);
    } finally {
      await server.close();
      engine.close();
    }
  });
});

// ------------------------------------------------------------------ 10. hot reload

describe("hot reload", () => {
  let s: Served;
  before(async () => {
    s = await serve({
      "hot.js": work("hot", "GET /hot", "return { v: 1 };"),
      "other.js": work("other", "GET /other", "return { other: true };"),
    });
    assert.deepEqual(s.problems, []);
    s.engine.watch();
    await sleep(100); // let the watcher settle
  });
  after(() => s.close());

  const value = async (p: string) => {
    const r = await call(s.base, p);
    return r.status === 200 ? r.json() : { status: r.status };
  };

  test("an edited file serves its new content", async () => {
    assert.deepEqual(await value("/hot"), { v: 1 });
    writeWork(s.dir, "hot.js", work("hot", "GET /hot", "return { v: 2 };"));
    assert.ok(await eventually(async () => (await value("/hot")).v === 2), `still ${JSON.stringify(await value("/hot"))}`);
  });

  test("a broken edit keeps the previous version serving and reports the error", async () => {
    const before = s.events.length;
    writeWork(s.dir, "hot.js", 'const w = work({ name: "hot" });\nw.get("/hot");\nreturn { v: ;\n');
    assert.ok(await eventually(async () => s.events.slice(before).some((e) => e.kind === "error")), "no error reported");
    const e = s.events.slice(before).find((e) => e.kind === "error") as Extract<EngineEvent, { kind: "error" }>;
    assert.equal(e.keptPrevious, true);
    assert.equal(e.problem.file, "hot.js");
    assert.equal(e.problem.line, 3);
    assert.deepEqual(await value("/hot"), { v: 2 });
    // fixing it serves the fix
    writeWork(s.dir, "hot.js", work("hot", "GET /hot", "return { v: 3 };"));
    assert.ok(await eventually(async () => (await value("/hot")).v === 3), `still ${JSON.stringify(await value("/hot"))}`);
  });

  test("reverting a broken edit to the serving content clears the error", async () => {
    const serving = work("hot", "GET /hot", "return { v: 4 };");
    writeWork(s.dir, "hot.js", serving);
    assert.ok(await eventually(async () => (await value("/hot")).v === 4), `still ${JSON.stringify(await value("/hot"))}`);
    const before = s.events.length;
    writeWork(s.dir, "hot.js", 'const w = work({ name: "hot" });\nw.get("/hot");\nreturn { v: ;\n');
    assert.ok(await eventually(async () => s.events.slice(before).some((e) => e.kind === "error")), "no error reported");
    assert.equal(s.engine.allProblems().length, 1);
    writeWork(s.dir, "hot.js", serving); // undo: back to exactly what is serving
    const cleared = await eventually(async () => s.engine.allProblems().length === 0);
    assert.ok(cleared, `the reverted file still has a problem: ${s.engine.allProblems().map(formatProblem).join("\n")}`);
    assert.deepEqual(await value("/hot"), { v: 4 });
  });

  test("a deleted file stops serving (404)", async () => {
    fs.unlinkSync(path.join(s.dir, "hot.js"));
    assert.ok(await eventually(async () => (await value("/hot")).status === 404), `still ${JSON.stringify(await value("/hot"))}`);
    assert.ok(s.events.some((e) => e.kind === "removed" && e.file === "hot.js"));
    assertJSON(await call(s.base, "/other"), 200, { other: true });
  });

  test("a new file registers its route", async () => {
    assertJSON(await call(s.base, "/fresh"), 404);
    writeWork(s.dir, "sub/fresh.js", work("fresh", "GET /fresh", "return { fresh: true };"));
    assert.ok(await eventually(async () => (await value("/fresh")).fresh === true), `still ${JSON.stringify(await value("/fresh"))}`);
  });
});

// ------------------------------------------------------------------ 11. acceptance: edits under load

describe("acceptance: 20 edits under continuous load", () => {
  test("no failed request while works are edited, broken, fixed and renamed", async (t) => {
    const src = (name: string, route: string, n: number) => `const w = work({ name: ${JSON.stringify(name)} });\nw.get(${JSON.stringify(route)});\nreturn { name: ${JSON.stringify(name)}, n: ${n} };\n`;
    const s = await serve({ "a.js": src("a", "/a", -1), "b.js": src("b", "/b", -1), "old.js": src("c", "/old", -1) });
    assert.deepEqual(s.problems, []);
    s.engine.watch();
    await sleep(100);

    let stop = false;
    let renamed = false; // set just before the rename is written
    let newReady = false; // /new confirmed serving
    let total = 0;
    let oldAfterRename = 0;
    const failures: string[] = [];

    const loop = async (i: number) => {
      let k = i;
      while (!stop) {
        const routes = newReady ? ["/a", "/b", "/old", "/new"] : ["/a", "/b", "/old"];
        const route = routes[k++ % routes.length]!;
        let status = 0;
        let detail = "";
        try {
          const res = await fetch(s.base + route);
          detail = await res.text();
          status = res.status;
        } catch (e) {
          detail = String((e as Error)?.cause ?? e);
        }
        total++;
        if (route === "/old" && renamed) {
          oldAfterRename++;
          if (status === 404 || (status >= 200 && status < 300)) continue;
        }
        if (!(status >= 200 && status < 300)) failures.push(`GET ${route} → ${status || "network error"} ${detail.slice(0, 200)}`);
      }
    };
    const loops = [0, 1, 2, 3].map(loop);

    // 20 edits: a, b, old in turn; edit 6 breaks a.js, edit 9 fixes it; edit 11 renames /old → /new.
    const files = ["a.js", "b.js", "old.js"];
    const last: Record<string, number> = {};
    let brokenReported = false;
    for (let k = 0; k < 20; k++) {
      const file = files[k % 3]!;
      const before = total;
      if (k === 6) {
        writeWork(s.dir, file, 'const w = work({ name: "a" });\nw.get("/a");\nreturn { name: "a", n: ;\n');
      } else {
        if (file === "old.js" && k >= 11) renamed = true;
        const route = file === "a.js" ? "/a" : file === "b.js" ? "/b" : renamed ? "/new" : "/old";
        writeWork(s.dir, file, src(file === "old.js" ? "c" : file.slice(0, 1), route, k));
        last[route] = k;
      }
      await sleep(150);
      // Every edit is under load: a few requests complete before the next edit, however slow the machine.
      if (!(await eventually(async () => total >= before + 8))) failures.push(`gave up waiting for 8 requests after edit ${k}`);
      if (k === 6) brokenReported = await eventually(async () => s.events.some((e) => e.kind === "error" && e.problem.file === "a.js" && e.keptPrevious));
      if (k === 11) {
        const ok = await eventually(async () => (await fetch(s.base + "/new").then((r) => r.json()).catch(() => null))?.n === 11);
        assert.ok(ok, "/new never came up after the rename");
        newReady = true;
      }
    }

    // the final responses reflect the last edits
    delete last["/old"];
    const settled = await eventually(async () => {
      for (const [route, n] of Object.entries(last)) {
        const r = await fetch(s.base + route);
        if (r.status !== 200 || (await r.json()).n !== n) return false;
      }
      return true;
    });
    stop = true;
    await Promise.all(loops);
    const finals: Record<string, unknown> = {};
    for (const route of ["/a", "/b", "/new", "/old"]) {
      const r = await call(s.base, route);
      finals[route] = r.status === 200 ? r.json() : r.status;
    }
    await s.close();

    t.diagnostic(`${total} requests during 20 edits (${oldAfterRename} to /old after the rename); ${failures.length} failed`);
    console.log(`# acceptance: ${total} requests during 20 edits, ${failures.length} failed`);
    assert.ok(brokenReported, "the broken edit was not reported as an error keeping the previous version");
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${total} requests failed`);
    assert.ok(settled, `final responses: ${JSON.stringify(finals)}`);
    assert.deepEqual(finals, {
      "/a": { name: "a", n: 18 },
      "/b": { name: "b", n: 19 },
      "/new": { name: "c", n: 17 },
      "/old": 404,
    });
  });
});

// ------------------------------------------------------------------ 12. graceful shutdown (real CLI)

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function ensureBuilt(): void {
  const entry = path.join(ROOT, "dist/cli/main.js");
  if (fs.existsSync(entry)) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: ROOT, encoding: "utf8" });
  assert.ok(fs.existsSync(entry), `dist/cli/main.js missing after tsc:\n${r.stdout}${r.stderr}`);
}

describe("graceful shutdown (kitwork start)", () => {
  let child: ChildProcess | null = null;
  after(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });

  test("SIGTERM lets the request in flight finish with 200, exits 0, then refuses connections", async () => {
    ensureBuilt();
    // The work says it has started (a job in the store) before it sleeps: SIGTERM is sent
    // once the request is surely being served, however slow the machine.
    const dir = worksDir({
      "slow.js": work("slow", "GET /slow", 'queue("started").push({});\nsleep("2s");\nreturn { slept: true };'),
    });
    const state = path.join(dir, "state.db");
    const port = await freePort();
    const proc = spawn(process.execPath, [BIN, "start", dir, "--port", String(port), "--store", `sqlite:${state}`], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    child = proc;
    let stdout = "";
    let stderr = "";
    proc.stdout!.on("data", (c) => (stdout += c));
    proc.stderr!.on("data", (c) => (stderr += c));
    const exited = new Promise<number | null>((r) => proc.on("exit", (code) => r(code)));

    const listening = await eventually(async () => stdout.includes('"msg":"listening"') || proc.exitCode !== null);
    assert.ok(listening && proc.exitCode === null, `the server did not start:\n${stdout}\n${stderr}`);

    const inFlight = fetch(`http://127.0.0.1:${port}/slow`).then(async (r) => ({ status: r.status, body: await r.text() }));
    const started = () => {
      const db = new Database(state, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare(`SELECT COUNT(*) AS n FROM kw_jobs WHERE queue = 'started'`).get() as { n: number }).n > 0;
      } finally {
        db.close();
      }
    };
    assert.ok(await eventually(async () => started()), `gave up waiting for GET /slow to start:\n${stdout}\n${stderr}`);
    proc.kill("SIGTERM");
    const res = await inFlight;
    assert.equal(res.status, 200, `${res.body}\n${stderr}`);
    assert.deepEqual(JSON.parse(res.body), { slept: true });

    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r(`still running ${scaled(120_000) / 1000} s after SIGTERM (a hang guard)`), scaled(120_000))))]);
    clearTimeout(timer);
    assert.equal(code, 0, `exit: ${code}\n${stdout}\n${stderr}`);
    assert.match(stdout, /shutting down/);

    const refused = await new Promise<string>((resolve) => {
      const sock = net.connect(port, "127.0.0.1");
      sock.once("connect", () => (sock.destroy(), resolve("connected")));
      sock.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
    assert.equal(refused, "ECONNREFUSED");
  });
});

// ------------------------------------------------------------------ 13. kitwork check

describe("kitwork check", () => {
  test("`kitwork check examples` exits 0 and lists each example's work name and route", () => {
    ensureBuilt();
    const r = spawnSync(process.execPath, [BIN, "check", "examples"], { cwd: ROOT, encoding: "utf8", timeout: scaled(120_000) });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    // what each example declares, read from its source
    const expected: Array<{ file: string; name: string; routes: string[] }> = [];
    for (const f of fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".js") && !/\.(test|spec)\.js$/.test(f)).sort()) {
      const src = fs.readFileSync(path.join(ROOT, "examples", f), "utf8");
      const m = /work\(\s*(?:\{\s*name:\s*)?"([^"]+)"/.exec(src);
      const routes = [...src.matchAll(/\.router\(\s*"(\w+)",\s*"([^"]+)"\)/g)].map((x) => `${x[1]!.toUpperCase()} ${x[2]}`);
      for (const x of src.matchAll(/\.(get|post|put|patch|delete)\(\s*"([^"]+)"\)/g)) routes.push(`${x[1]!.toUpperCase()} ${x[2]}`);
      expected.push({ file: f, name: m ? m[1]! : f.replace(/\.js$/, ""), routes });
    }
    assert.ok(expected.filter((e) => e.routes.length).length >= 3, JSON.stringify(expected));
    const lines = r.stdout.split("\n");
    for (const e of expected) {
      const row = lines.find((l) => l.includes(e.file));
      assert.ok(row, `no row for ${e.file}:\n${r.stdout}`);
      assert.ok(row.startsWith(e.name), `row for ${e.file} should name "${e.name}": ${row}`);
      for (const route of e.routes) assert.ok(row.includes(route), `row for ${e.file} should show ${route}: ${row}`);
    }
    assert.match(r.stdout, new RegExp(`${expected.length} work\\(s\\), 0 error\\(s\\), 0 warning\\(s\\)`));
  });

  test("infrastructure inside a function, under an if or after logic: exit 1 naming file:line:col", () => {
    ensureBuilt();
    const dir = worksDir({
      "in-fn.js": 'const w = work({ name: "in fn" });\nfunction setup() {\n  w.get("/in-fn");\n}\nsetup();\nreturn 1;\n',
      "under-if.js": 'const w = work({ name: "under if" });\nif (true) {\n  w.get("/under-if");\n}\nreturn 1;\n',
      "after-logic.js": 'const w = work({ name: "after logic" });\nlet x = 1;\nw.get("/after-logic");\nreturn x;\n',
      "fine.js": 'const w = work({ name: "fine" });\nw.get("/fine");\nreturn 1;\n',
    });
    const r = spawnSync(process.execPath, [BIN, "check", dir], { cwd: ROOT, encoding: "utf8", timeout: scaled(120_000) });
    assert.equal(r.status, 1, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stderr, /in-fn\.js:3:3 .*inside a function/);
    assert.match(r.stderr, /under-if\.js:3:3 .*under a condition/);
    assert.match(r.stderr, /after-logic\.js:3:1 .*after logic/);
    assert.doesNotMatch(r.stderr, /fine\.js/);
    assert.match(r.stdout, /3 error\(s\)/);
  });
});
