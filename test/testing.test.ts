// The testing API (src/testing, `kitwork/testing`) on the fixture works of
// test/fixtures/testing: requests through the real HTTP server, jobs, an hourly cron
// over a skipped day, a signup that waits three days for a confirmation (signalled, and
// timed out), logs, database rows, pushed jobs and a parked run's variables. Each test
// loads the folder afresh on a manual clock, so what it sees never depends on timing.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type TestWorks, testWorks } from "../src/testing/index.ts";
import { testTimeout } from "./fixtures/guard.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const FIXTURES = path.join(ROOT, "test/fixtures/testing");
const T0 = "2030-01-01T00:30:00.000Z";
const T0_MS = Date.parse(T0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const open: TestWorks[] = [];
after(async () => {
  for (const kw of open.splice(0)) await kw.close();
});

async function fixtures(options: Parameters<typeof testWorks>[1] = {}): Promise<TestWorks> {
  const kw = await testWorks(FIXTURES, { now: T0, ...options });
  open.push(kw);
  return kw;
}

const temps: string[] = [];
after(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-testing-"));
  temps.push(dir);
  for (const [name, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), source);
  }
  return dir;
}

describe("testWorks: loading", { timeout: testTimeout() }, () => {
  test("loads the folder's works, applies its migrations to a fresh database, and skips *.test.js and *.spec.js", async () => {
    const kw = await fixtures();
    assert.deepEqual(kw.works.map((w) => w.file), ["confirm.js", "greet.js", "hourly.js", "send-email.js", "signup.js"]);
    assert.deepEqual(kw.migrations, ["001_app.sql"]);
    assert.deepEqual(await kw.query("select count(*) as n from signups"), [{ n: 0 }]);
    assert.equal(kw.now().toISOString(), T0);
  });

  test("each harness has its own database", async () => {
    const a = await fixtures();
    const b = await fixtures();
    await a.query("insert into ticks (at) values (?)", "x");
    assert.deepEqual(await a.query("select at from ticks"), [{ at: "x" }]);
    assert.deepEqual(await b.query("select at from ticks"), []);
  });

  test("files loads only the files named", async () => {
    const kw = await fixtures({ files: ["greet.js"] });
    assert.deepEqual(kw.works.map((w) => w.name), ["greet"]);
    await assert.rejects(kw.request("POST", "/signups", { json: {} }), /no work serves POST \/signups; the routes are:\n {2}GET \/greet\/:name {2}\(greet, greet\.js\)/);
  });

  test("a work that fails to load is an error naming file:line:col", async () => {
    const dir = folder({ "ok.js": 'work("ok").get("/ok");\nreturn 1;\n', "broken.js": 'const w = work("broken");\nw.get("no-slash");\nreturn 1;\n' });
    await assert.rejects(testWorks(dir), (e: Error) => {
      assert.match(e.message, /^testWorks\(\): 1 problem\(s\) loading /);
      assert.match(e.message, /broken\.js:2:1 /);
      return true;
    });
  });

  test("a folder that does not exist, and a folder without works, are errors saying so", async () => {
    await assert.rejects(testWorks(path.join(os.tmpdir(), "kitwork-no-such-folder")), /testWorks\(\): works folder not found: /);
    await assert.rejects(testWorks(folder({ "only.test.js": "nothing" })), /testWorks\(\): no works in /);
  });

  test("a failing migration is an error naming the file and the database's message", async () => {
    const dir = folder({ "ok.js": 'work("ok").get("/ok");\nreturn 1;\n', "migrations/001_bad.sql": "CREATE TABEL nope (id int);\n" });
    await assert.rejects(testWorks(dir), /testWorks\(\): migration migrations\/001_bad\.sql failed on default: .*syntax error/);
  });
});

describe("testWorks: requests", { timeout: testTimeout() }, () => {
  test("a request goes through the HTTP server: route params, query, headers; the answer, its run and the run's record", async () => {
    const kw = await fixtures();
    const res = await kw.request("GET", "/greet/ada", { query: { lang: "fr" }, headers: { "X-Agent": "tests" } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers["content-type"], "application/json; charset=utf-8");
    assert.deepEqual(res.json, { greeting: "Bonjour, ada!", agent: "tests", at: T0 });
    const run = await kw.run(res.run);
    assert.equal(run.work, "greet");
    assert.equal(run.trigger, "http");
    assert.equal(run.status, "succeeded");
    assert.equal(run.durable, undefined);
  });

  test("a failing request answers its status; the harness does not throw for it", async () => {
    const kw = await fixtures();
    const res = await kw.request("POST", "/signups", { json: { email: "not-an-email" } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.json, { error: "a valid email is required", run: res.run });
    assert.equal((await kw.run(res.run)).status, "failed");
  });

  test("a path no work serves, or a method its route does not take, is an error listing the routes", async () => {
    const kw = await fixtures();
    await assert.rejects(kw.request("GET", "/greetings/ada"), (e: Error) => {
      assert.match(e.message, /^request\("GET", "\/greetings\/ada"\): no work serves GET \/greetings\/ada; the routes are:\n/);
      for (const r of ["GET /greet/:name  (greet, greet.js)", "POST /signups  (signup, signup.js)", "POST /signups/:email/confirm  (confirm, confirm.js)"]) assert.ok(e.message.includes(`  ${r}`), e.message);
      return true;
    });
    await assert.rejects(kw.request("DELETE", "/signups"), /\/signups is served for POST, not DELETE/);
  });

  test("an unknown run id is an error listing the latest runs", async () => {
    const kw = await fixtures();
    await assert.rejects(kw.run("nope"), /run\("nope"\): no such run; no run has happened yet/);
    const res = await kw.request("GET", "/greet/x");
    await assert.rejects(kw.run("nope"), new RegExp(`the latest runs are:\\n {2}${res.run} \\(greet, http, succeeded\\)`));
  });
});

describe("testWorks: jobs", { timeout: testTimeout() }, () => {
  test("a pushed job waits in its queue until drain() runs it; its run, its row and its log line", async () => {
    const kw = await fixtures();
    const id = await kw.push("emails", { to: "bob@example.com", template: "confirm" });
    assert.deepEqual(await kw.jobs("emails"), [{ id, queue: "emails", payload: { to: "bob@example.com", template: "confirm" }, state: "pending", attempts: 0, runAt: T0_MS, key: null, error: null }]);
    assert.deepEqual(await kw.query("select * from outbox"), []);
    const runs = await kw.drain();
    assert.equal(runs.length, 1, JSON.stringify(runs));
    assert.equal(runs[0]!.work, "send email");
    assert.equal(runs[0]!.trigger, "queue");
    assert.equal(runs[0]!.status, "succeeded");
    assert.equal(runs[0]!.jobId, id);
    assert.deepEqual(await kw.query("select recipient, template, attempt from outbox"), [{ recipient: "bob@example.com", template: "confirm", attempt: 1 }]);
    assert.deepEqual((await kw.logs(runs[0]!.id)).map((l) => [l.level, l.text]), [["info", "sent confirm to bob@example.com attempt 1"]]);
    assert.equal((await kw.jobs("emails", "done")).length, 1);
    assert.deepEqual(await kw.drain(), [], "a second drain finds nothing");
  });

  test("a failed job is retried after its delay: not before, and then by advance()", async () => {
    const kw = await fixtures();
    await kw.push("emails", { to: "cy@example.com", template: "welcome" });
    const [failed] = await kw.drain();
    assert.equal(failed!.status, "failed");
    assert.match(failed!.error ?? "", /mail server unavailable/);
    const [job] = await kw.jobs("emails");
    assert.equal(job!.state, "pending");
    assert.equal(job!.attempts, 1);
    assert.equal(job!.runAt, T0_MS + 60_000, "retried a minute later (w.retry(2, \"1m\"))");
    assert.deepEqual(await kw.advance("59s"), []);
    const retried = await kw.advance("1s");
    assert.deepEqual(retried.map((r) => [r.work, r.status, r.attempt, r.startedAt]), [["send email", "succeeded", 2, T0_MS + 60_000]]);
    assert.deepEqual(await kw.query("select template, attempt from outbox"), [{ template: "welcome", attempt: 2 }]);
  });
});

describe("testWorks: cron", { timeout: testTimeout() }, () => {
  test("an hourly cron runs 24 times over advance(\"1d\"), each at its slot on the test's clock", async () => {
    const kw = await fixtures();
    const runs = (await kw.advance("1d")).filter((r) => r.work === "hourly");
    const slots = Array.from({ length: 24 }, (_, i) => Date.UTC(2030, 0, 1, i + 1));
    assert.deepEqual(runs.map((r) => r.startedAt), slots);
    assert.ok(runs.every((r) => r.trigger === "cron" && r.status === "succeeded"), JSON.stringify(runs.filter((r) => r.status !== "succeeded")));
    assert.deepEqual((await kw.query("select at from ticks order by id")).map((r) => r.at), slots.map((t) => new Date(t).toISOString()));
    assert.equal(kw.now().getTime(), T0_MS + DAY);
    assert.deepEqual(await kw.jobs(), [], "cron's own queue is left out of jobs()");
    assert.equal((await kw.logs()).filter((l) => l.text.startsWith("tick at")).length, 24);
  });

  test("drain() fires no slot that is not due; advance() to just before a slot fires none", async () => {
    const kw = await fixtures();
    assert.deepEqual(await kw.drain(), []);
    assert.deepEqual(await kw.advance(30 * 60_000 - 1), []);
    assert.deepEqual((await kw.advance(1)).map((r) => r.work), ["hourly"]);
  });
});

describe("testWorks: a durable signup flow", { timeout: testTimeout() }, () => {
  const EMAIL = "ada@example.com";

  async function signup(kw: TestWorks): Promise<string> {
    const res = await kw.request("POST", "/signups", { json: { email: "Ada@Example.com" } });
    assert.equal(res.status, 202, res.text);
    assert.deepEqual(res.json, { run: res.run, status: "suspended" });
    return res.run;
  }

  test("while it waits: the run's state, what it waits for until when, its variables, its row and the job it pushed", async () => {
    const kw = await fixtures();
    const id = await signup(kw);
    const run = await kw.run(id);
    assert.equal(run.status, "suspended");
    assert.equal(run.durable?.state, "waiting");
    assert.equal(run.durable?.waitsFor, `confirmed:${EMAIL}`);
    assert.equal(run.durable?.until, T0_MS + 3 * DAY);
    const main = run.durable?.frames?.[0];
    assert.equal(main?.function, "<main>");
    assert.equal(main?.line, 12, "the wait() line");
    assert.equal(main?.locals.email, EMAIL);
    assert.deepEqual(await kw.query("select email, status, created_at from signups"), [{ email: EMAIL, status: "pending", created_at: T0 }]);
    const jobs = await kw.jobs("emails");
    assert.deepEqual(jobs.map((j) => [j.payload, j.state]), [[{ to: EMAIL, template: "confirm" }, "pending"]]);
    assert.deepEqual((await kw.logs(id)).map((l) => l.text), [`waiting for ${EMAIL} to confirm`]);
  });

  test("confirmed: the confirmation request signals it; the next drain finishes it and sends the welcome email (after its retry)", async () => {
    const kw = await fixtures();
    const id = await signup(kw);
    const confirm = await kw.request("POST", `/signups/${EMAIL}/confirm`);
    assert.deepEqual(confirm.json, { woke: 1 });
    const finished = await kw.drain();
    assert.deepEqual(finished.map((r) => [r.work, r.status]).sort(), [["send email", "failed"], ["send email", "succeeded"], ["signup", "succeeded"]]);
    const run = await kw.run(id);
    assert.equal(run.status, "succeeded");
    assert.deepEqual(run.result, { email: EMAIL, status: "confirmed", via: "link" });
    assert.equal(run.durable?.state, "done");
    assert.equal(run.durable?.frames, undefined);
    assert.deepEqual(await kw.query("select status from signups"), [{ status: "confirmed" }]);
    await kw.advance("1m");
    assert.deepEqual(await kw.query("select template, attempt from outbox order by id"), [{ template: "confirm", attempt: 1 }, { template: "welcome", attempt: 2 }]);
  });

  test("kw.signal() wakes it and drains: the run sees the signal's data", async () => {
    const kw = await fixtures();
    const id = await signup(kw);
    assert.equal(await kw.signal("confirmed:nobody@example.com", {}), 0);
    assert.equal(await kw.signal(`confirmed:${EMAIL}`, { via: "support" }), 1);
    assert.deepEqual((await kw.run(id)).result, { email: EMAIL, status: "confirmed", via: "support" });
  });

  test("a signal kept for later reaches the wait() that comes after it", async () => {
    const kw = await fixtures();
    assert.equal(await kw.signal(`confirmed:${EMAIL}`, { via: "early" }, { keep: "1h" }), 0);
    const id = await signup(kw);
    await kw.drain();
    assert.deepEqual((await kw.run(id)).result, { email: EMAIL, status: "confirmed", via: "early" });
  });

  test("not confirmed: still waiting after two days; expired when the 3-day timeout passes", async () => {
    const kw = await fixtures({ files: ["signup.js", "send-email.js"] });
    const id = await signup(kw);
    await kw.drain();
    assert.deepEqual(await kw.advance("2d"), []);
    assert.equal((await kw.run(id)).durable?.state, "waiting");
    const finished = await kw.advance("1d");
    assert.deepEqual(finished.map((r) => [r.id, r.status, r.finishedAt]), [[id, "succeeded", T0_MS + 3 * DAY]]);
    const run = await kw.run(id);
    assert.deepEqual(run.result, { email: EMAIL, status: "expired" });
    assert.deepEqual((await kw.logs(id)).map((l) => [l.text, l.at]), [
      [`waiting for ${EMAIL} to confirm`, T0_MS],
      [`no confirmation from ${EMAIL}`, T0_MS + 3 * DAY],
    ]);
    assert.deepEqual(await kw.query("select status from signups"), [{ status: "expired" }]);
    assert.deepEqual((await kw.jobs("emails")).map((j) => j.payload), [{ to: EMAIL, template: "confirm" }], "no welcome email");
  });

  test("runs() filters by work, status and trigger, oldest first", async () => {
    const kw = await fixtures();
    const id = await signup(kw);
    await kw.drain();
    assert.deepEqual((await kw.runs({ status: "suspended" })).map((r) => r.id), [id]);
    assert.deepEqual((await kw.runs({ work: "send email" })).map((r) => [r.trigger, r.status]), [["queue", "succeeded"]]);
    assert.deepEqual((await kw.runs({ trigger: "http" })).map((r) => r.work), ["signup"]);
  });
});

describe("testWorks: time", { timeout: testTimeout() }, () => {
  test("sleep() is skipped by advance(): the run sees the clock moved, and advance stops at its wake-up", async () => {
    const dir = folder({
      "nap.js": 'const w = work("nap");\nw.post("/nap");\nconst before = now().iso();\nsleep("3d");\nconst after = now().iso();\nreturn { before, after };\n',
    });
    const kw = await testWorks(dir, { now: new Date(T0) });
    open.push(kw);
    const res = await kw.request("POST", "/nap");
    assert.equal(res.status, 202);
    const done = await kw.advance("1w");
    assert.deepEqual(done.map((r) => r.finishedAt), [T0_MS + 3 * DAY]);
    assert.deepEqual((await kw.run(res.run)).result, { before: T0, after: new Date(T0_MS + 3 * DAY).toISOString() });
    assert.equal(kw.now().getTime(), T0_MS + 7 * DAY);
  });

  test("a run sleeping with Dates resumes with them; Date reads the test's clock; results and logs show ISO strings", async () => {
    const dir = folder({
      "dated.js": [
        'const w = work("dated");',
        'w.post("/dated");',
        "const started = new Date();",
        "const deadline = new Date(started.getTime());",
        "deadline.setUTCDate(deadline.getUTCDate() + 3);",
        'log("started", started, { deadline });',
        'sleep("3d");',
        "const woke = new Date(Date.now());",
        "return { started, deadline, woke, reached: woke >= deadline, elapsed: woke - started, same: +started === started.getTime() };",
        "",
      ].join("\n"),
    });
    const kw = await testWorks(dir, { now: T0 });
    open.push(kw);
    const res = await kw.request("POST", "/dated");
    assert.equal(res.status, 202);
    await kw.advance("1w");
    const later = new Date(T0_MS + 3 * DAY).toISOString();
    assert.deepEqual((await kw.run(res.run)).result, { started: T0, deadline: later, woke: later, reached: true, elapsed: 3 * DAY, same: true });
    assert.deepEqual((await kw.logs(res.run)).map((l) => l.text), [`started ${T0} {"deadline":"${later}"}`]);
  });

  test("a bad duration or time is an error saying what is accepted", async () => {
    const kw = await fixtures();
    await assert.rejects(kw.advance("soon"), /advance\(\): .*a number of milliseconds or a duration such as "90s", "3d"/);
    await assert.rejects(testWorks(FIXTURES, { now: "not a time" }), /testWorks\(\): now must be a Date, an ISO-8601 string or epoch milliseconds/);
  });

  test("close() is safe twice, and the harness refuses work afterwards", async () => {
    const kw = await testWorks(FIXTURES, { now: T0 });
    await kw.request("GET", "/greet/x");
    await kw.close();
    await kw.close();
    await assert.rejects(kw.drain(), /drain\(\): this harness is closed/);
  });
});

describe("docs/testing.md", () => {
  test("every example that names a file is that file's text", () => {
    const text = fs.readFileSync(path.join(ROOT, "docs/testing.md"), "utf8");
    const blocks = [...text.matchAll(/```js\n\/\/ (examples\/[\w.-]+\.js)\n([\s\S]*?)```/g)];
    assert.ok(blocks.length >= 3, `expected examples naming their files, found ${blocks.length}`);
    for (const [, file, body] of blocks) {
      const source = fs.readFileSync(path.join(ROOT, file!), "utf8");
      assert.ok(source.includes(body!.trimEnd()), `docs/testing.md quotes ${file} but the file does not contain:\n${body}`);
    }
  });
});
