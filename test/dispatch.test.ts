// One dispatcher: every trigger runs a work through the same path, so what a user sees of
// a run — its record, its status, its logs, its timeout, its error — is the same whether
// it came from a request, a queue, cron or a resume.

import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { Engine } from "../src/engine/engine.ts";
import { HttpServer } from "../src/server/http.ts";
import { until, testTimeout } from "./fixtures/guard.ts";
import { backends, bootDurable, call, cli, ensureBuilt, manualClock, removeTempDirs, show, showCli, worksDir } from "./fixtures/durable/harness.ts";

const TIMEOUT = testTimeout(5);

/** A local HTTP server whose /hang replies only when the test releases it. */
async function holdingServer() {
  let hits = 0;
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    hits++;
    held.push(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hang`;
  return {
    url,
    get hits() {
      return hits;
    },
    release(body: unknown = { ok: true }) {
      for (const res of held.splice(0)) res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    },
    close: () => new Promise<void>((r) => {
      for (const res of held.splice(0)) res.destroy();
      server.close(() => r());
    }),
  };
}

const WAITER = `const w = work("waiter").queue("signups");
log("before the wait", w.payload.id);
const got = wait("confirm:" + w.payload.id);
log("after the wait", got);
return { confirmed: got };
`;

const TICKER = `const w = work("ticker").every("1s");
log("tick");
const got = wait("tock");
log("tocked", got);
return got;
`;

const SEGMENTS = `const w = work("segments").get("/segments");
log("first segment");
w.checkpoint();
log("second segment");
w.checkpoint();
log("third segment");
return "done";
`;

const HELLO = `work("hello").get("/hello");
return { hi: 1 };
`;

const KINDS = `const w = work("kinds").get("/kinds/:k").timeout("300ms");
const k = w.params.k;
if (k === "fail") fail(422, "bad input");
if (k === "script") throw new Error("boom");
if (k === "timeout") { for (;;) {} }
if (k === "limit") { let s = "x"; for (;;) s = s + s; }
return "ok";
`;

before(() => ensureBuilt());
after(() => removeTempDirs());

for (const backend of await backends("dispatch")) {
  describe(`one dispatcher (${backend.kind} store)`, { skip: backend.skip, timeout: TIMEOUT }, () => {
    after(() => backend.dispose());

    test("a queue-triggered run that waits is listed as suspended, and its logs before and after the wait are kept", async () => {
      const url = await backend.fresh();
      const b = await bootDurable(url, { "waiter.js": WAITER });
      try {
        const pushed = await call(b.base, "/_kitwork/queues/signups", { method: "POST", json: { id: 7 } });
        assert.equal(pushed.status, 202, show(pushed));
        let runId = "";
        await until(async () => {
          const r = await call(b.base, "/_kitwork/runs?status=suspended");
          const found = (r.json() as Array<{ id: string; work: string; trigger: string }>).find((x) => x.work === "waiter");
          if (found) {
            assert.equal(found.trigger, "queue");
            runId = found.id;
          }
          return found !== undefined;
        }, "the waiting queue run in GET /_kitwork/runs?status=suspended");
        const ls = await cli(["runs", "ls", "--status", "suspended", "--store", url]);
        assert.equal(ls.code, 0, showCli(["runs", "ls"], ls));
        assert.match(ls.out, new RegExp(runId), showCli(["runs", "ls", "--status", "suspended"], ls));
        const woke = await call(b.base, "/_kitwork/signals/confirm:7", { method: "POST", json: "yes" });
        assert.equal(woke.json().woke, 1, show(woke));
        let run: { status: string; logs: Array<{ args: unknown[] }>; result?: unknown } = { status: "", logs: [] };
        await until(async () => {
          run = (await call(b.base, `/_kitwork/runs/${runId}`)).json();
          return run.status === "succeeded";
        }, "the signalled run to succeed", { detail: () => JSON.stringify(run) });
        assert.deepEqual(run.logs.map((l) => l.args), [["before the wait", 7], ["after the wait", "yes"]]);
        assert.deepEqual(run.result, { confirmed: "yes" });
      } finally {
        await b.close();
      }
    });

    test("a cron-triggered run that waits is listed as suspended", async () => {
      const url = await backend.fresh();
      const b = await bootDurable(url, { "ticker.js": TICKER });
      try {
        let found: { id: string; trigger: string; logs: Array<{ args: unknown[] }> } | undefined;
        await until(async () => {
          const r = await call(b.base, "/_kitwork/runs?status=suspended&work=ticker");
          found = (r.json() as Array<typeof found>)[0];
          return found !== undefined;
        }, "a suspended cron run of ticker");
        assert.equal(found!.trigger, "cron");
        const detail = (await call(b.base, `/_kitwork/runs/${found!.id}`)).json();
        assert.equal(detail.status, "suspended");
        assert.equal(detail.durable.waitingFor, "tock");
        assert.deepEqual(detail.logs.map((l: { args: unknown[] }) => l.args), [["tick"]]);
      } finally {
        await b.close();
      }
    });

    test("an HTTP run that checkpoints twice keeps the logs of all three segments, in order", async () => {
      const b = await bootDurable(await backend.fresh(), { "segments.js": SEGMENTS });
      try {
        const r = await call(b.base, "/segments");
        assert.equal(r.status, 200, show(r));
        assert.equal(r.text, "done");
        const id = r.headers.get("x-kitwork-run")!;
        const run = (await call(b.base, `/_kitwork/runs/${id}`)).json();
        assert.equal(run.status, "succeeded", JSON.stringify(run));
        assert.deepEqual(run.logs.map((l: { args: unknown[] }) => l.args), [["first segment"], ["second segment"], ["third segment"]]);
        const cliShow = await cli(["runs", "show", id, "--store", b.storeUrl]);
        assert.equal(cliShow.code, 0, showCli(["runs", "show", id], cliShow));
        assert.match(cliShow.out, /third segment/);
      } finally {
        await b.close();
      }
    });

    test("the id in x-kitwork-run can always be looked up, by the admin API and by kitwork runs show", async () => {
      const b = await bootDurable(await backend.fresh(), { "hello.js": HELLO });
      try {
        const ids: string[] = [];
        for (let i = 0; i < 40; i++) {
          const r = await call(b.base, "/hello");
          assert.equal(r.status, 200, show(r));
          ids.push(r.headers.get("x-kitwork-run")!);
        }
        for (const id of ids) {
          const run = await call(b.base, `/_kitwork/runs/${id}`);
          assert.equal(run.status, 200, `run ${id}: ${show(run)}`);
          assert.equal(run.json().status, "succeeded");
          assert.equal(run.json().trigger, "http");
          assert.equal(run.json().work, "hello");
        }
        const last = ids[ids.length - 1]!;
        const shown = await cli(["runs", "show", last, "--store", b.storeUrl]);
        assert.equal(shown.code, 0, showCli(["runs", "show", last], shown));
        assert.match(shown.out, /succeeded/);
      } finally {
        await b.close();
      }
    });

    test("every failure carries its kind in the run record, and its response says what happened", async () => {
      const b = await bootDurable(await backend.fresh(), { "kinds.js": KINDS });
      try {
        const expect: Record<string, { status: number; kind: string; error: RegExp }> = {
          fail: { status: 422, kind: "fail", error: /bad input/ },
          script: { status: 500, kind: "script", error: /boom/ },
          timeout: { status: 504, kind: "timeout", error: /within 300 ms/ },
          limit: { status: 500, kind: "limit", error: /limit/ },
        };
        for (const [k, want] of Object.entries(expect)) {
          const r = await call(b.base, `/kinds/${k}`);
          assert.equal(r.status, want.status, `${k}: ${show(r)}`);
          assert.match(r.json().error, want.error, `${k}: ${show(r)}`);
          const run = (await call(b.base, `/_kitwork/runs/${r.headers.get("x-kitwork-run")}`)).json();
          assert.equal(run.status, "failed", `${k}: ${JSON.stringify(run)}`);
          assert.equal(run.errorKind, want.kind, `${k}: ${JSON.stringify(run)}`);
        }
        const ok = await call(b.base, "/kinds/none");
        assert.equal(ok.status, 200, show(ok));
        const failed = (await call(b.base, "/_kitwork/runs?status=failed&work=kinds")).json() as unknown[];
        assert.equal(failed.length, 4);
      } finally {
        await b.close();
      }
    });

    test("with a custom default timeout, a queue job's lease outlasts its run (the heartbeat renews it): it is not run twice", async () => {
      const hold = await holdingServer();
      const clock = manualClock(Date.parse("2026-03-01T00:00:00Z"));
      const files = { "slow.js": `work("slow").queue("slow");\nreturn http.get(${JSON.stringify(hold.url)}).body;\n` };
      const url = await backend.fresh();
      // 100 s: ten leases long; the node's heartbeat keeps the lease while the run goes on.
      const a = await bootDurable(url, files, { clock, defaultTimeoutMs: 100_000 });
      let b2: Awaited<ReturnType<typeof bootDurable>> | null = null;
      try {
        await a.engine.push("slow", { n: 1 });
        await until(() => hold.hits === 1, "the job's run to call the held server");
        clock.advance(90_000);
        // The test's clock jumped 90 s at once: the next heartbeat (every 2.5 s) renews from the new time.
        assert.ok(await a.engine.cluster!.beat(), "the heartbeat reached the store");
        b2 = await bootDurable(url, files, { clock, defaultTimeoutMs: 100_000 });
        assert.equal(await b2.engine.consumer("slow")!.pollOnce(), 0, "another engine took the job of a run still inside its timeout");
        hold.release({ done: true });
        let job: { state: string } | null = null;
        await until(async () => {
          job = (await a.store.listJobs("slow", null, 10))[0] ?? null;
          return job?.state === "done";
        }, "the job to be done", { detail: () => JSON.stringify(job) });
        assert.equal(hold.hits, 1, "the job ran more than once");
      } finally {
        await b2?.close();
        await a.close();
        await hold.close();
      }
    });

    test("a resumed durable run gets the engine's default timeout", async () => {
      const hold = await holdingServer();
      const files = { "resumed.js": `const w = work("resumed").get("/resumed");\nw.checkpoint();\nreturn http.get(${JSON.stringify(hold.url)}).body;\n` };
      const b = await bootDurable(await backend.fresh(), files, { defaultTimeoutMs: 1500 });
      try {
        const r = await call(b.base, "/resumed");
        const id = r.headers.get("x-kitwork-run")!;
        let run: { status: string; error?: string; errorKind?: string } = { status: "" };
        await until(async () => {
          const got = await call(b.base, `/_kitwork/runs/${id}`);
          run = got.json();
          return run.status === "failed";
        }, "the resumed run to fail at the engine's 1500 ms timeout", { detail: () => JSON.stringify(run) });
        assert.match(run.error ?? "", /timeout after 1500 ms/);
        assert.equal(run.errorKind, "timeout");
      } finally {
        hold.release();
        await b.close();
        await hold.close();
      }
    });
  });
}

describe("capabilities a run cannot have", { timeout: TIMEOUT }, () => {
  test("every missing capability answers 501 with one message: what, where, and what would make it available", async () => {
    const dir = worksDir({
      "caps.js": `const w = work("caps").get("/caps/:c");
const c = w.params.c;
if (c === "queue") queue("emails").push({ to: "a" });
if (c === "wait") wait("x");
if (c === "signal") signal("x", 1);
return "unreachable";
`,
    });
    const engine = new Engine({ dir, databases: [], report: () => {} });
    engine.loadAll();
    const server = new HttpServer(engine, { port: 0 });
    const { port } = await server.listen();
    try {
      // env() is always given (test/secrets.test.ts): an undeclared name is a script error, not a missing capability.
      for (const c of ["queue", "wait", "signal"]) {
        const r = await call(`http://127.0.0.1:${port}`, `/caps/${c}`);
        assert.equal(r.status, 501, `${c}: ${show(r)}`);
        assert.match(r.json().error, new RegExp(`^${c}\\(\\) is not available in an HTTP request: \\S`), `${c}: ${show(r)}`);
      }
    } finally {
      await server.close();
      await engine.shutdown();
    }
  });
});
