// What `kitwork runs show`, `kitwork runs ls` and `kitwork queue dead` print: for a
// person, times in UTC with their age, durations in ms or s, an error's code frame as
// lines with its caret, a parked run's frames with its variables; with --json, exactly
// what the admin API answers. A real engine and HTTP server over a SQLite store; the CLI
// runs from the sources in a child process against the same store file.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, call, eventually, removeTempDirs, show, tempDir } from "./fixtures/jobs/harness.ts";
import { type Booted, bootDurable, untilDurable } from "./fixtures/durable/harness.ts";

const MAIN = path.join(ROOT, "src/cli/main.ts");
const TSX = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

after(removeTempDirs);

const WORKS: Record<string, string> = {
  "boom.js": `const w = work("boom");\nw.get("/boom");\nlog("about to fail", { n: 1 });\nconst n = 1;\nthrow new Error("kaput " + n);\n`,
  "waiter.js": `const w = work("waiter");\nw.post("/wait");\nconst order = { id: "o-7", items: [1, 2, 3] };\nrespond({ waiting: true });\nconst got = wait("go:" + order.id, { timeout: "1d" });\nreturn got;\n`,
  "doomed.js": `const w = work("doomed");\nw.queue("doomed");\nthrow new Error("never works");\n`,
};

/** `kitwork …` from the sources; resolves with its exit code and output (a hang guard of minutes). */
function kitwork(args: string[], cwd: string): Promise<{ code: number | null; out: string; err: string }> {
  const script = `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(${JSON.stringify(["node", "kitwork", ...args])});`;
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ["--import", TSX, "--input-type=module", "-e", script], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    const t = setTimeout(() => p.kill("SIGKILL"), 180_000);
    p.on("close", (code) => {
      clearTimeout(t);
      resolve({ code, out, err });
    });
  });
}

const AGED_TIME = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ \((just now|\d+ (s|min) ago)\)/;

describe("kitwork runs and queue output", () => {
  let b: Booted;
  let dir: string;
  let storeUrl: string;

  test("setup: a failed HTTP run, a parked run and a dead job", async () => {
    dir = tempDir("ops-output-");
    storeUrl = `sqlite:${path.join(dir, "state.db")}`;
    b = await bootDurable(storeUrl, WORKS, { httpSampleRate: 1 });
    assert.deepEqual(b.problems, []);
  });

  test("runs show: the error's code frame as lines with its caret, times with their age; --json is the admin API's answer", async () => {
    const r = await call(b.base, "/boom");
    assert.equal(r.status, 500, show(r));
    const id = r.headers.get("x-kitwork-run")!;
    await b.engine.flushRecords();
    const api = await call(b.base, `/_kitwork/runs/${id}`);
    assert.equal(api.status, 200, show(api));

    const human = await kitwork(["runs", "show", id, "--store", storeUrl], dir);
    assert.equal(human.code, 0, human.err);
    const lines = human.out.split("\n");
    assert.equal(lines[0], `run ${id}`);
    assert.ok(lines.includes("status     failed (script)"), human.out);
    assert.match(human.out, new RegExp(`^started +${AGED_TIME.source}$`, "m"));
    assert.match(human.out, new RegExp(`^finished +${AGED_TIME.source}, took \\d+ ms$`, "m"));
    // The code frame: the source line that threw, then a caret under it — real lines, no escaped "\n".
    const at = lines.findIndex((l) => l.includes('throw new Error("kaput " + n);'));
    assert.ok(at > 0, `the throwing line is printed:\n${human.out}`);
    assert.match(lines[at + 1]!, /^\s*\|?\s*\^/, `a caret under it:\n${human.out}`);
    assert.match(human.out, /^ {2}boom\.js:5:\d+ Error: kaput 1$/m);
    assert.doesNotMatch(human.out, /\\n/);
    assert.match(human.out, /^ {2}\d\d:\d\d:\d\dZ info {2}about to fail \{"n":1\}$/m);

    const json = await kitwork(["runs", "show", id, "--json", "--store", storeUrl], dir);
    assert.equal(json.code, 0, json.err);
    assert.deepEqual(JSON.parse(json.out), api.json());
  });

  test("runs show: a parked run's frames with their variables, one per line; --json equals the admin API", async () => {
    const r = await call(b.base, "/wait", { method: "POST" });
    assert.equal(r.status, 200, show(r));
    const id = r.headers.get("x-kitwork-run")!;
    await untilDurable(b.store, id, (d) => d.state === "waiting", "waiting");
    const api = await call(b.base, `/_kitwork/runs/${id}`);
    assert.equal(api.status, 200, show(api));

    const human = await kitwork(["runs", "show", id, "--store", storeUrl], dir);
    assert.equal(human.code, 0, human.err);
    assert.match(human.out, /^status {5}suspended$/m);
    assert.match(human.out, new RegExp(`^durable +waiting for "go:o-7" until ${AGED_TIME.source.replace("ago", "ago|in \\d+ (h|min)")}; 1 checkpoint\\(s\\), snapshot [\\d.]+ (B|KB)$`, "m"));
    assert.match(human.out, /^frames \(innermost first\)$/m);
    assert.match(human.out, /^ {6}order = \{"id":"o-7","items":\[1,2,3\]\}$/m);

    const json = await kitwork(["runs", "show", id, "--json", "--store", storeUrl], dir);
    assert.equal(json.code, 0, json.err);
    assert.deepEqual(JSON.parse(json.out), api.json());
    await b.engine.signal(`go:o-7`, { ok: true });
  });

  test("runs ls and queue dead: started and created with their age, durations in ms; --json is the admin API's listing", async () => {
    const pushed = await call(b.base, "/_kitwork/queues/doomed", { method: "POST", json: { n: 1 } });
    assert.equal(pushed.status, 202, show(pushed));
    assert.ok(await eventually(async () => (await b.store.listJobs("doomed", "dead", 10)).length === 1), "waited (minutes, a hang guard) for the job to die");
    await b.engine.flushRecords();

    const ls = await kitwork(["runs", "ls", "--work", "boom", "--store", storeUrl], dir);
    assert.equal(ls.code, 0, ls.err);
    const [header, , row] = ls.out.split("\n");
    assert.match(header!, /^id\s+work\s+trigger\s+status\s+attempt\s+started\s+took\s+error$/);
    assert.match(row!, new RegExp(`^[0-9a-f-]{36}\\s+boom\\s+http\\s+failed\\s+1\\s+${AGED_TIME.source}\\s+\\d+ ms\\s+boom\\.js:5:\\d+ Error: kaput 1$`));
    const lsJson = await kitwork(["runs", "ls", "--work", "boom", "--json", "--store", storeUrl], dir);
    assert.deepEqual(JSON.parse(lsJson.out), (await call(b.base, "/_kitwork/runs?work=boom")).json());

    const dead = await kitwork(["queue", "dead", "doomed", "--store", storeUrl], dir);
    assert.equal(dead.code, 0, dead.err);
    const [h, , job] = dead.out.split("\n");
    assert.match(h!, /^id\s+queue\s+attempts\s+error\s+created$/);
    assert.match(job!, new RegExp(`^[0-9a-f-]{36}\\s+doomed\\s+1\\s+doomed\\.js:3:\\d+ Error: never works\\s+${AGED_TIME.source}$`));
    const deadJson = await kitwork(["queue", "dead", "doomed", "--json", "--store", storeUrl], dir);
    assert.deepEqual(JSON.parse(deadJson.out), (await call(b.base, "/_kitwork/queues/doomed/dead")).json());
  });

  test("teardown", async () => {
    await b?.close();
  });
});
