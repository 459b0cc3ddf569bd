// Attack family: HTTP abuse. Slowloris, header floods, huge bodies, malformed requests,
// idle connections and requests aborted mid-body, sent over raw sockets to a real
// HttpServer on port 0. Each attempt gets a clear 4xx (or, for a request the parser
// cannot read, a short answer and a closed connection), and right after it the engine
// answers a normal request. The server's timeouts are shortened here so the slow attacks
// end quickly; what is asserted is the outcome, never how long it took.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Engine } from "../../src/engine/engine.ts";
import { HttpServer } from "../../src/server/http.ts";
import { withGuard } from "../fixtures/guard.ts";

const BODY_LIMIT = 4096;
const dirs: string[] = [];
let engine: Engine;
let server: HttpServer;
let port: number;
const logs: Record<string, unknown>[] = [];

before(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-sec-http-"));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, "ping.js"), `const w = work({ name: "ping" });\nw.router("GET", "/ping");\nreturn "pong";\n`);
  fs.writeFileSync(path.join(dir, "echo.js"), `const w = work({ name: "echo" });\nw.router("POST", "/echo");\nreturn { length: String(w.body).length };\n`);
  fs.writeFileSync(path.join(dir, "item.js"), `const w = work({ name: "item" });\nw.router("GET", "/items/:id");\nreturn { id: w.params.id };\n`);
  engine = new Engine({ dir, report: () => {} });
  assert.deepEqual(engine.loadAll(), []);
  server = new HttpServer(engine, {
    port: 0,
    bodyLimit: BODY_LIMIT,
    log: (line) => logs.push(line),
    // Short, so the slow attacks end soon; the defaults are in docs/works.md.
    limits: { headersTimeoutMs: 1000, requestTimeoutMs: 2000, keepAliveTimeoutMs: 1000, lingerMs: 500 },
  });
  ({ port } = await server.listen());
});

after(async () => {
  await server?.close();
  engine?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

interface Exchange {
  /** Everything the server sent before the connection closed. */
  text: string;
  status: number | null;
  body: string;
}

function parse(text: string): Exchange {
  const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
  const i = text.indexOf("\r\n\r\n");
  return { text, status: m ? Number(m[1]) : null, body: i < 0 ? "" : text.slice(i + 4) };
}

/**
 * Opens a raw connection, writes `parts` (pausing `pauseMs` between them while the
 * connection is open) and resolves with what the server sent once it closes the
 * connection. The guard is generous and names what it waited for.
 */
function exchange(what: string, parts: (string | Buffer)[], opts: { pauseMs?: number; end?: boolean } = {}): Promise<Exchange> {
  const done = new Promise<Exchange>((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    let text = "";
    s.setEncoding("latin1");
    s.on("data", (d: string) => (text += d));
    s.on("error", () => {}); // a reset after the answer: what was received is what counts
    s.on("close", () => resolve(parse(text)));
    void (async () => {
      for (const p of parts) {
        if (s.destroyed || s.writableEnded) return;
        s.write(p);
        if (opts.pauseMs) await new Promise((r) => setTimeout(r, opts.pauseMs));
      }
      if (opts.end) s.end();
    })();
  });
  return withGuard(done, 120_000, `the server to answer and close the connection (${what})`);
}

/** The engine still answers a normal request. */
async function stillServing(): Promise<void> {
  const r = await withGuard(fetch(`http://127.0.0.1:${port}/ping`), 120_000, "GET /ping after the attack");
  assert.equal(r.status, 200);
  assert.equal(await r.text(), "pong");
}

const errorOf = (x: Exchange) => (JSON.parse(x.body) as { error: string }).error;
const get = (target: string, headers = "") => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}connection: close\r\n\r\n`;

/** No request made the server log an internal failure. */
function noInternalErrors(): void {
  assert.deepEqual(logs.filter((l) => l.level === "error"), [], "the server logged internal failures");
}

describe("HTTP abuse", () => {
  test("slowloris: headers trickled a byte at a time are cut off with 408 and the connection closed", async () => {
    const head = "GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "a".repeat(2000);
    const x = await exchange("slowloris headers", head.split(""), { pauseMs: 20 });
    assert.ok(x.status === 408 || x.text === "", `expected 408 or a closed connection, got ${JSON.stringify(x.text.slice(0, 200))}`);
    if (x.status === 408) assert.match(errorOf(x), /not received in time/);
    await stillServing();
  });

  test("a connection that never sends a byte is answered 408 and closed", async () => {
    const x = await exchange("a silent connection", []);
    assert.ok(x.status === 408 || x.text === "", JSON.stringify(x.text.slice(0, 200)));
    await stillServing();
  });

  test("a body trickled a byte at a time is cut off with 408", async () => {
    const head = `POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: text/plain\r\nContent-Length: 3000\r\n\r\n`;
    const x = await exchange("a slow body", [head, ..."a".repeat(2999).split("")], { pauseMs: 20 });
    assert.ok(x.status === 408 || x.text === "", JSON.stringify(x.text.slice(0, 200)));
    await stillServing();
  });

  test("header flood, one huge header (32 KiB): 431", async () => {
    const x = await exchange("a 32 KiB header", [get("/ping", `X-Big: ${"a".repeat(32 * 1024)}\r\n`)]);
    assert.equal(x.status, 431, x.text.slice(0, 200));
    assert.match(errorOf(x), /headers too large/);
    await stillServing();
  });

  test("header flood, many small headers (150 fields within the size limit): 431 naming the limit, none silently dropped", async () => {
    const many = Array.from({ length: 150 }, (_, i) => `X-H${i}: v\r\n`).join("");
    const x = await exchange("150 headers", [get("/ping", many)]);
    assert.equal(x.status, 431, x.text.slice(0, 200));
    assert.match(errorOf(x), /too many header fields: \d+ \(limit 100\)/);
    await stillServing();
  });

  test("huge body with Content-Length over the body limit: 413 before the body is read", async () => {
    const x = await exchange("a declared 10 MB body", [`POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: text/plain\r\nContent-Length: 10000000\r\n\r\n`, "a".repeat(8192)]);
    assert.equal(x.status, 413, x.text.slice(0, 200));
    assert.match(errorOf(x), /request body too large: 10000000 bytes \(limit 4096\)/);
    await stillServing();
  });

  test("huge chunked body (no Content-Length) past the body limit: 413", async () => {
    const chunk = `400\r\n${"a".repeat(1024)}\r\n`;
    const x = await exchange("a chunked body past the limit", [`POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n`, ...Array.from({ length: 20 }, () => chunk), "0\r\n\r\n"], { pauseMs: 5 });
    assert.equal(x.status, 413, x.text.slice(0, 200));
    assert.match(errorOf(x), /request body too large: more than 4096 bytes/);
    await stillServing();
  });

  test("a body under the limit is still served (the limit is not off by one the wrong way)", async () => {
    const body = "a".repeat(BODY_LIMIT);
    const x = await exchange("a body at the limit", [`POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: text/plain\r\nContent-Length: ${body.length}\r\nconnection: close\r\n\r\n${body}`]);
    assert.equal(x.status, 200, x.text.slice(0, 200));
    assert.deepEqual(JSON.parse(x.body), { length: BODY_LIMIT });
  });

  test("malformed request line: 400 and the connection closed", async () => {
    const x = await exchange("a garbage request line", ["GARBAGE\r\n\r\n"]);
    assert.equal(x.status, 400, x.text.slice(0, 200));
    assert.match(errorOf(x), /malformed request/);
    await stillServing();
  });

  test("malformed chunked encoding: 400 and the connection closed", async () => {
    const x = await exchange("a bad chunk size", [`POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n`]);
    assert.equal(x.status, 400, x.text.slice(0, 200));
    assert.match(errorOf(x), /malformed request/);
    await stillServing();
  });

  test("request smuggling shapes (Content-Length with Transfer-Encoding, two Content-Lengths): 400", async () => {
    const both = await exchange("CL + TE", [`POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /ping HTTP/1.1\r\n\r\n`]);
    assert.equal(both.status, 400, both.text.slice(0, 200));
    const two = await exchange("two Content-Lengths", [`POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!`]);
    assert.equal(two.status, 400, two.text.slice(0, 200));
    await stillServing();
  });

  test("invalid percent-encoding in the path: 400 with a message, not a 404 or a 500", async () => {
    for (const target of ["/items/%E0%A4%A", "/items/%zz", "/items/%"]) {
      const x = await exchange(target, [get(target)]);
      assert.equal(x.status, 400, `${target}: ${x.text.slice(0, 200)}`);
      assert.match(errorOf(x), /malformed percent-encoding in the path/);
    }
    await stillServing();
  });

  test("absurd URLs: 414 past 8 KiB, 431 past the header size, 400 for a target that is not a path", async () => {
    const long = await exchange("a 10 KiB path", [get("/items/" + "a".repeat(10 * 1024))]);
    assert.equal(long.status, 414, long.text.slice(0, 200));
    assert.match(errorOf(long), /request target too long/);
    const longer = await exchange("a 40 KiB path", [get("/items/" + "a".repeat(40 * 1024))]);
    assert.equal(longer.status, 431, longer.text.slice(0, 200));
    const star = await exchange("OPTIONS *", [`OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nconnection: close\r\n\r\n`]);
    assert.equal(star.status, 400, star.text.slice(0, 200));
    assert.match(errorOf(star), /bad request target/);
    await stillServing();
  });

  test("many idle keep-alive connections: a normal request is answered meanwhile, and the server closes them all", async () => {
    const N = 200;
    const closed: Promise<void>[] = [];
    const answered: Promise<void>[] = [];
    for (let i = 0; i < N; i++) {
      const s = net.connect(port, "127.0.0.1");
      s.setEncoding("latin1");
      s.on("error", () => {});
      answered.push(new Promise((r) => s.once("data", () => r())));
      closed.push(new Promise((r) => s.on("close", () => r())));
      s.write(`GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`); // keep-alive, then idle
    }
    await withGuard(Promise.all(answered), 120_000, `${N} keep-alive requests to be answered`);
    await stillServing();
    await withGuard(Promise.all(closed), 120_000, `the server to close ${N} idle keep-alive connections`);
    await stillServing();
  });

  test("requests aborted mid-body: nothing is logged as an internal failure and the engine keeps answering", async () => {
    for (let i = 0; i < 20; i++) {
      await withGuard(
        new Promise<void>((resolve) => {
          const s = net.connect(port, "127.0.0.1", () => {
            s.write(`POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: text/plain\r\nContent-Length: 1000\r\n\r\n${"a".repeat(100)}`);
            setImmediate(() => s.destroy());
          });
          s.on("error", () => {});
          s.on("close", () => resolve());
        }),
        120_000,
        "an aborted request's connection to close",
      );
    }
    await stillServing();
    noInternalErrors();
  });

  test("pipelined garbage after a good request: the good one is answered, the garbage refused", async () => {
    const x = await exchange("a pipelined bad request", [`GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nNOT HTTP AT ALL\r\n\r\n`]);
    assert.equal(x.status, 200, x.text.slice(0, 200));
    assert.match(x.text, /pong/);
    assert.match(x.text, /HTTP\/1\.1 400 Bad Request/);
    await stillServing();
    noInternalErrors();
  });
});
