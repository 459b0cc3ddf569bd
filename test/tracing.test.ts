// OpenTelemetry tracing, configured as users configure it: `kitwork start` with the
// standard OTEL_* variables, exporting to an in-process OTLP/HTTP receiver (a node:http
// server decoding the JSON export). A request carrying a W3C traceparent runs a work that
// queries the database, calls a local server with http() and pushes a job; the job's run
// calls the server again. Everything is one trace: the run span is the caller's child,
// db/http/push spans are the run's, the job's run is the push span's child, and the
// called server saw traceparents of that trace.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { GUARD_MS, testTimeout, withGuard } from "./fixtures/guard.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MAIN = path.join(ROOT, "src/cli/main.ts");
/** tsx's loader by path: the engine runs in its project folder, where no node_modules are. */
const TSX = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function eventually(probe: () => boolean, ms = GUARD_MS): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (probe()) return true;
    await sleep(25);
  }
  return probe();
}

const dirs: string[] = [];
const procs: ChildProcess[] = [];
const servers: http.Server[] = [];
after(async () => {
  for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  for (const s of servers) await new Promise((r) => s.close(r));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A project: kitwork.json, a migration with one item, and works/. */
function project(works: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-tracing-"));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, "kitwork.json"), JSON.stringify({ databases: { default: "sqlite:.kitwork/data.db" }, store: "sqlite:.kitwork/state.db" }));
  fs.mkdirSync(path.join(dir, "migrations"));
  fs.writeFileSync(path.join(dir, "migrations/001_items.sql"), "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\nINSERT INTO items (id, name) VALUES (1, 'lamp');\n");
  fs.mkdirSync(path.join(dir, "works"));
  for (const [name, source] of Object.entries(works)) fs.writeFileSync(path.join(dir, "works", name), source);
  return dir;
}

const WORKS = {
  "order.js": `const w = work("order");
w.post("/orders");
const item = db().from("items").where("id", 1).first();
const called = http.post(w.body.target + "/hook", { item: item.name });
const job = queue("ship").push({ item: item.name, target: w.body.target });
return { item: item.name, called: called.status, job };
`,
  "ship.js": `const w = work("ship");
w.queue("ship");
const r = http.post(w.payload.target + "/shipped", { item: w.payload.item });
return { shipped: r.status };
`,
};

interface Started {
  proc: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}

/** `kitwork start --no-supervise <dir>/works --port 0` from the sources, with `env` added. */
function start(dir: string, env: Record<string, string>): Started {
  const script = `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(["node", "kitwork", "start", "--no-supervise", ${JSON.stringify(path.join(dir, "works"))}, "--port", "0"]);`;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OTEL_")));
  const proc = spawn(process.execPath, ["--import", TSX, "--input-type=module", "-e", script], { cwd: dir, env: { ...clean, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  procs.push(proc);
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((r) => proc.on("exit", (code) => r(code)));
  return { proc, out: () => out, exited };
}

async function listeningUrl(s: Started): Promise<string> {
  const line = () => s.out().split("\n").find((l) => l.includes('"listening"'));
  assert.ok(await eventually(() => line() !== undefined || s.proc.exitCode !== null), `waited for the engine's "listening" line:\n${s.out()}`);
  assert.ok(line(), `the engine did not start:\n${s.out()}`);
  return (JSON.parse(line()!) as { url: string }).url;
}

function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/** The server works call: records each request's path and traceparent. */
async function target(): Promise<{ url: string; seen: Array<{ path: string; traceparent: string | undefined }> }> {
  const seen: Array<{ path: string; traceparent: string | undefined }> = [];
  const url = await listen((req, res) => {
    seen.push({ path: req.url!, traceparent: req.headers.traceparent as string | undefined });
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'));
  });
  return { url, seen };
}

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Array<{ key: string; value: { stringValue?: string; intValue?: number | string; boolValue?: boolean } }>;
  status?: { code?: number; message?: string };
}

/** An OTLP/HTTP receiver: the spans of every JSON export posted to /v1/traces, and the resources' service names. */
async function collector(): Promise<{ url: string; spans: OtlpSpan[]; services: Set<string> }> {
  const spans: OtlpSpan[] = [];
  const services = new Set<string>();
  const url = await listen((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      assert.equal(req.url, "/v1/traces");
      assert.match(String(req.headers["content-type"]), /application\/json/);
      const doc = JSON.parse(body) as { resourceSpans: Array<{ resource: { attributes: OtlpSpan["attributes"] }; scopeSpans: Array<{ spans: OtlpSpan[] }> }> };
      for (const rs of doc.resourceSpans) {
        const name = rs.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue;
        if (name) services.add(name);
        for (const ss of rs.scopeSpans) spans.push(...ss.spans);
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  return { url, spans, services };
}

const attr = (s: OtlpSpan, key: string): unknown => {
  const v = s.attributes.find((a) => a.key === key)?.value;
  if (!v) return undefined;
  return v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : v.boolValue);
};

async function stop(s: Started): Promise<void> {
  s.proc.kill("SIGTERM");
  const code = await withGuard(s.exited, 120_000, `kitwork start to exit after SIGTERM:\n${s.out()}`);
  assert.equal(code, 0, `kitwork start did not stop on SIGTERM:\n${s.out()}`);
}

describe("tracing", { timeout: testTimeout(5) }, () => {
  test("a request with a traceparent → db, http() and push spans → the job's run: one trace", async () => {
    const otlp = await collector();
    const called = await target();
    const engine = start(project(WORKS), { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url, OTEL_SERVICE_NAME: "shop", OTEL_BSP_SCHEDULE_DELAY: "50" });
    const base = await listeningUrl(engine);

    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const callerSpan = "00f067aa0ba902b7";
    const res = await fetch(`${base}/orders`, { method: "POST", headers: { "content-type": "application/json", traceparent: `00-${traceId}-${callerSpan}-01` }, body: JSON.stringify({ target: called.url }) });
    const answer = (await res.json()) as { item: string; called: number; job: string };
    assert.equal(res.status, 200, JSON.stringify(answer));
    assert.equal(answer.item, "lamp");

    const named = (name: string) => otlp.spans.filter((s) => s.name === name);
    assert.ok(await eventually(() => named("run ship").length > 0 && named("POST").length >= 2), `waited for the spans of the request and of its job:\n${otlp.spans.map((s) => s.name).join(", ")}\n${engine.out()}`);
    await stop(engine);

    const [run] = named("run order");
    assert.ok(run, "a span for the HTTP run");
    assert.equal(run.traceId, traceId, "the run continues the caller's trace");
    assert.equal(run.parentSpanId, callerSpan, "the run span is the child of the caller's span");
    assert.equal(run.kind, 2, "SERVER");
    assert.equal(attr(run, "kitwork.work"), "order");
    assert.equal(attr(run, "kitwork.trigger"), "http");
    assert.equal(attr(run, "kitwork.attempt"), 1);
    assert.equal(attr(run, "kitwork.outcome"), "succeeded");
    assert.equal(attr(run, "http.response.status_code"), 200);
    assert.equal(attr(run, "kitwork.run.id"), res.headers.get("x-kitwork-run"));
    assert.match(String(attr(run, "kitwork.version")), /^[0-9a-f]{12,}$/);
    assert.deepEqual([...otlp.services], ["shop"], "OTEL_SERVICE_NAME names the service");

    const [query] = named("db first items");
    assert.ok(query, `a span for the db() query: ${otlp.spans.map((s) => s.name).join(", ")}`);
    assert.equal(query.traceId, traceId);
    assert.equal(query.parentSpanId, run.spanId, "the query is a child of the run");
    assert.equal(attr(query, "db.system.name"), "sqlite");
    assert.equal(attr(query, "db.collection.name"), "items");

    const hook = named("POST").find((s) => s.parentSpanId === run.spanId);
    assert.ok(hook, "the http() call is a child of the run");
    assert.equal(hook.traceId, traceId);
    assert.equal(attr(hook, "url.full"), `${called.url}/hook`);
    assert.equal(attr(hook, "http.response.status_code"), 200);
    const hookSeen = called.seen.find((r) => r.path === "/hook");
    assert.equal(hookSeen?.traceparent, `00-${traceId}-${hook.spanId}-01`, "the called server got the http() span's traceparent");

    const [push] = named("push ship");
    assert.ok(push, "a span for the queue push");
    assert.equal(push.parentSpanId, run.spanId, "the push is a child of the run");
    assert.equal(attr(push, "messaging.destination.name"), "ship");
    assert.equal(attr(push, "messaging.message.id"), answer.job);

    const [job] = named("run ship");
    assert.equal(job.traceId, traceId, "the job's run is in the request's trace");
    assert.equal(job.parentSpanId, push.spanId, "the job's run is a child of the push span");
    assert.equal(attr(job, "kitwork.trigger"), "queue");
    assert.equal(attr(job, "kitwork.outcome"), "succeeded");
    const shipped = called.seen.find((r) => r.path === "/shipped");
    assert.equal(shipped?.traceparent?.split("-")[1], traceId, "the job's http() call carries the same trace");
  });

  test("without OTEL_* variables nothing is exported and outbound calls carry no traceparent", async () => {
    const called = await target();
    const engine = start(project(WORKS), {});
    const base = await listeningUrl(engine);
    const res = await fetch(`${base}/orders`, { method: "POST", headers: { "content-type": "application/json", traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" }, body: JSON.stringify({ target: called.url }) });
    assert.equal(res.status, 200, await res.text());
    assert.ok(await eventually(() => called.seen.some((r) => r.path === "/shipped")), `waited for the job's call:\n${engine.out()}`);
    await stop(engine);
    assert.deepEqual(called.seen.map((r) => r.traceparent), [undefined, undefined]);
    assert.doesNotMatch(engine.out(), /"tracing"/);
  });

  test("an exporter kitwork does not have is refused at start, naming the variable", async () => {
    const engine = start(project(WORKS), { OTEL_TRACES_EXPORTER: "zipkin" });
    const code = await withGuard(engine.exited, 120_000, `kitwork start to refuse OTEL_TRACES_EXPORTER=zipkin:\n${engine.out()}`);
    assert.equal(code, 1, engine.out());
    assert.match(engine.out(), /OTEL_TRACES_EXPORTER=zipkin: kitwork exports traces with "otlp" \(OTLP over HTTP\) or "console"/);
  });
});
