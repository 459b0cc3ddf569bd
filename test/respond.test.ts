// respond(value, status?): a run answers its trigger now and goes on. Real engine and
// HttpServer on port 0 over a real SQLite store (a fresh file per group): the response
// arrives while the run waits for a signal the test sends only after reading it; what
// the run does afterwards (a return value, a failure, a second respond(), a retry) is
// recorded and never sent. Also: respond() in a queue job, in the test harness
// (kitwork/testing) and in `kitwork run`.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { runFile } from "../src/cli/run.ts";
import { testWorks } from "../src/testing/index.ts";
import { bootDurable, call, eventually, removeTempDirs, show, tempDir, worksDir } from "./fixtures/durable/harness.ts";
import type { Booted } from "./fixtures/durable/harness.ts";
import type { RunRecord } from "../src/store/index.ts";

after(removeTempDirs);

const SIGNUP = `const w = work("signup");
w.post("/signup");
const userId = "u-" + w.body.name;
respond({ userId }, 201);
const confirmed = wait("confirm:" + userId, { timeout: "3d" });
return { userId, confirmed: confirmed !== null, code: confirmed?.code ?? null };
`;

const AFTER = `const w = work("after");
w.post("/after/:what");
respond({ answered: w.params.what });
if (w.params.what === "fail") throw new Error("broke after answering");
if (w.params.what === "twice") respond({ again: true });
if (w.params.what === "json") return json({ later: true }, 500);
return { returned: w.params.what };
`;

const RETRY = `const w = work("retried");
w.post("/retried");
w.retry(2, "10ms");
respond({ attempt: w.attempt });
if (w.attempt < 2) throw new Error("flaky after answering");
return { done: w.attempt };
`;

const CONSUMER = `const w = work("consumer");
w.queue("answers");
respond({ to: "nobody" });
return { consumed: w.payload.n };
`;

async function booted(files: Record<string, string>): Promise<Booted> {
  const url = `sqlite:${path.join(tempDir("respond-store-"), "state.db")}`;
  // Every HTTP run keeps its logs (the default keeps a sample of successful ones).
  return bootDurable(url, files, { httpSampleRate: 1 });
}

/** The run's record once it has ended (a hang guard of minutes, naming what it waited for). */
async function ended(b: Booted, id: string): Promise<RunRecord> {
  let rec: RunRecord | null = null;
  const ok = await eventually(async () => {
    rec = await b.engine.getRun(id);
    return rec !== null && (rec.status === "succeeded" || rec.status === "failed");
  });
  assert.ok(ok, `run ${id} did not end; its record: ${JSON.stringify(rec)}`);
  return rec!;
}

const texts = (rec: RunRecord) => rec.logs.map((l) => l.args.join(" "));

describe("respond() over HTTP", () => {
  let b: Booted;
  after(() => b?.close());

  test("the request gets respond()'s answer while the run goes on waiting; a signal finishes it", async () => {
    b = await booted({ "signup.js": SIGNUP, "after.js": AFTER, "retried.js": RETRY });
    const res = await call(b.base, "/signup", { method: "POST", json: { name: "ada" } });
    assert.equal(res.status, 201, show(res));
    assert.deepEqual(res.json(), { userId: "u-ada" });
    assert.match(res.headers.get("content-type") ?? "", /application\/json/);
    const id = res.headers.get("x-kitwork-run")!;
    assert.ok(id, "the answer names its run");

    // The run is parked on its wait: only the signal below can finish it.
    const parked = await eventually(async () => (await b.store.getDurable(id))?.state === "waiting");
    assert.ok(parked, `run ${id} did not park on its wait: ${JSON.stringify(await b.store.getDurable(id))}`);
    assert.equal((await b.engine.getRun(id))?.status, "suspended");

    assert.equal(await b.engine.signal("confirm:u-ada", { code: 7 }, null), 1);
    const rec = await ended(b, id);
    assert.equal(rec.status, "succeeded", rec.error ?? "");
    assert.equal((await b.store.getDurable(id))?.result, JSON.stringify({ userId: "u-ada", confirmed: true, code: 7 }));
  });

  test("a return value or json() after respond() is recorded, not sent", async () => {
    for (const what of ["value", "json"]) {
      const res = await call(b.base, `/after/${what}`, { method: "POST" });
      assert.equal(res.status, 200, show(res));
      assert.deepEqual(res.json(), { answered: what });
      const rec = await ended(b, res.headers.get("x-kitwork-run")!);
      assert.equal(rec.status, "succeeded");
      assert.equal(rec.resultSize, JSON.stringify(what === "json" ? { later: true } : { returned: what }).length, "the record measures the run's own result");
    }
  });

  test("a run that fails after respond(): the answer stands, the record says failed", async () => {
    const res = await call(b.base, "/after/fail", { method: "POST" });
    assert.equal(res.status, 200, show(res));
    assert.deepEqual(res.json(), { answered: "fail" });
    const rec = await ended(b, res.headers.get("x-kitwork-run")!);
    assert.equal(rec.status, "failed");
    assert.equal(rec.errorKind, "script");
    assert.match(rec.error ?? "", /broke after answering/);
  });

  test("a second respond() in one run is an error (the first answer stands)", async () => {
    const res = await call(b.base, "/after/twice", { method: "POST" });
    assert.deepEqual(res.json(), { answered: "twice" });
    const rec = await ended(b, res.headers.get("x-kitwork-run")!);
    assert.equal(rec.status, "failed");
    assert.match(rec.error ?? "", /respond\(\) was already called in this run/);
  });

  test("a retry after respond() runs again but answers nothing more", async () => {
    const res = await call(b.base, "/retried", { method: "POST" });
    assert.equal(res.status, 200, show(res));
    assert.deepEqual(res.json(), { attempt: 1 });
    const rec = await ended(b, res.headers.get("x-kitwork-run")!);
    assert.equal(rec.status, "succeeded", rec.error ?? "");
    assert.equal(rec.attempt, 2);
    assert.deepEqual(texts(rec), ["respond(): nothing sent: attempt 1 answered the request already"]);
  });

  test("a bad status is a RangeError, as for json()", async () => {
    const bad = await booted({ "bad.js": `const w = work("bad");\nw.post("/bad");\nrespond({}, 42);\n` });
    try {
      const res = await call(bad.base, "/bad", { method: "POST" });
      assert.equal(res.status, 500, show(res));
      assert.match(res.json().error, /invalid HTTP status 42/);
    } finally {
      await bad.close();
    }
  });
});

describe("respond() outside an HTTP request", () => {
  test("in a queue job it sends nothing, says so in the run's log, and the run goes on", async () => {
    const b = await booted({ "consumer.js": CONSUMER });
    try {
      const job = await b.engine.push("answers", { n: 3 });
      let rec: RunRecord | undefined;
      const ok = await eventually(async () => {
        rec = (await b.engine.listRuns({ work: "consumer" }))[0];
        return rec !== undefined && rec.status !== "running";
      });
      assert.ok(ok, `the job ${job} did not run`);
      assert.equal(rec!.status, "succeeded", rec!.error ?? "");
      assert.deepEqual(texts(rec!), ["respond(): nothing sent: a queue job has no request to answer"]);
    } finally {
      await b.close();
    }
  });
});

describe("respond() in the test harness and kitwork run", () => {
  const dir = worksDir({ "signup.js": SIGNUP });

  test("kw.request() returns the early answer; signal() and advance() drive the rest", async () => {
    const kw = await testWorks(dir, { now: "2030-01-01T00:00:00Z" });
    try {
      const res = await kw.request("POST", "/signup", { json: { name: "ada" } });
      assert.equal(res.status, 201);
      assert.deepEqual(res.json, { userId: "u-ada" });
      assert.equal((await kw.run(res.run)).durable?.waitsFor, "confirm:u-ada");
      assert.equal(await kw.signal("confirm:u-ada", { code: 1 }), 1);
      const done = await kw.run(res.run);
      assert.equal(done.status, "succeeded");
      assert.deepEqual(done.result, { userId: "u-ada", confirmed: true, code: 1 });

      // Nobody confirms: three days later the wait times out and the run still ends.
      const late = await kw.request("POST", "/signup", { json: { name: "bob" } });
      assert.deepEqual(late.json, { userId: "u-bob" });
      const runs = await kw.advance("3d");
      assert.deepEqual(runs.map((r) => [r.id, r.status, r.result]), [[late.run, "succeeded", { userId: "u-bob", confirmed: false, code: null }]]);
    } finally {
      await kw.close();
    }
  });

  test("kitwork run prints the answer on stdout at once, and the run's own result on stderr", async () => {
    let out = "";
    let err = "";
    const code = await runFile(path.join(dir, "signup.js"), { body: '{"name":"ada"}', signal: ['confirm:u-ada={"code":5}'], fast: true }, { out: (s) => (out += s), err: (s) => (err += s) });
    assert.equal(code, 0, err);
    assert.equal(out, '{"userId":"u-ada"}\n');
    assert.match(err, /\[result\] \{"userId":"u-ada","confirmed":true,"code":5\}/);
  });
});
