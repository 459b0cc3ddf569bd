// Deploying through the store: `kitwork deploy` uploads a project as a new deployment,
// `kitwork versions` lists them and rolls back, and `kitwork start --from-store` nodes
// serve the current one and switch when it changes — with no folder shared between the
// deployer and the nodes, or between the nodes.
//
// The cluster test starts two real `kitwork start --from-store` processes (from the
// sources) on one PostgreSQL store: deploy 1, both serve it; deploy 2, both switch; a
// durable run started on 1 resumes on 1 after the switch; a rollback, both switch back.
// The other tests run the deploy command and one node on a SQLite store.
//
// PostgreSQL: $KITWORK_TEST_PG_URL or postgres://postgres@127.0.0.1:5432/test; skipped
// with a notice when unreachable, except under CI=true. Guards against a hang are
// minutes long and say what they waited for; no duration is asserted.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { main } from "../src/cli/main.ts";
import { collectBundle } from "../src/engine/deploy.ts";
import { openStore } from "../src/store/index.ts";
import { ROOT, backends, removeTempDirs, tempDir } from "./fixtures/jobs/harness.ts";
import { until } from "./fixtures/guard.ts";

const MAIN = path.join(ROOT, "src/cli/main.ts");
const TSX = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

const procs: ChildProcess[] = [];
after(() => {
  for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  removeTempDirs();
});

const [sqlite, postgres] = await backends("deploy");

/** A project folder (kitwork.json, works/…) written from `files`. */
function project(files: Record<string, string>): string {
  const dir = tempDir("deploy-src");
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The `kitwork` command, in this process. */
async function kitwork(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["node", "kitwork", ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

interface Node {
  proc: ChildProcess;
  base: string;
  out: () => string;
}

/** `kitwork start --no-supervise --from-store --store <url> --port 0`, from the sources, in a folder of its own; resolves once it listens. */
async function startNode(store: string): Promise<Node> {
  const cwd = tempDir("deploy-node");
  const argv = ["node", "kitwork", "start", "--no-supervise", "--from-store", "--store", store, "--port", "0", "--db", `sqlite:${path.join(cwd, "data.db")}`];
  const script = `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(${JSON.stringify(argv)});`;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OTEL_") && !k.startsWith("KITWORK_DB") && k !== "KITWORK_STORE"));
  const proc = spawn(process.execPath, ["--import", TSX, "--input-type=module", "-e", script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  procs.push(proc);
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const line = () => out.split("\n").find((l) => l.includes('"msg":"listening"'));
  await until(() => line() !== undefined || proc.exitCode !== null, `a --from-store node's "listening" line`, { detail: () => out });
  assert.ok(line(), `the node did not start:\n${out}`);
  return { proc, base: (JSON.parse(line()!) as { url: string }).url, out: () => out };
}

async function stopNode(n: Node): Promise<void> {
  if (n.proc.exitCode !== null) return;
  const exited = new Promise((r) => n.proc.on("exit", r));
  n.proc.kill("SIGTERM");
  const t = setTimeout(() => n.proc.kill("SIGKILL"), 120_000);
  await exited;
  clearTimeout(t);
}

async function get(base: string, p: string): Promise<string> {
  const r = await fetch(base + p);
  return `${r.status} ${await r.text()}`;
}

/** Waits until every node answers `p` with `want`. */
async function allServe(nodes: Node[], p: string, want: string, what: string): Promise<void> {
  const seen: string[] = [];
  await until(
    async () => {
      const answers = await Promise.all(nodes.map((n) => get(n.base, p)));
      seen.splice(0, seen.length, ...answers);
      return answers.every((a) => a === want);
    },
    what,
    { every: 50, detail: () => `answers ${JSON.stringify(seen)}; node logs:\n${nodes.map((n) => n.out().slice(-2000)).join("\n---\n")}` },
  );
}

const hello = (n: number) => `const w = work("hello");\nw.get("/version");\nreturn { version: ${n}, greeting: greeting() };\n`;
// A work that parks until a signal: a run started on one deployment resumes on it.
const flow = (n: number) => `const w = work("flow");\nw.post("/flow");\nrespond({ started: ${n} });\nconst got = wait("deploy-test-go");\nreturn { version: ${n}, got };\n`;

describe("deploy through the store: two nodes on one PostgreSQL store, no shared folder", { skip: postgres!.skip }, () => {
  test("deploy 1, both serve it; deploy 2, both switch and a run parked on 1 resumes on 1; roll back, both switch back", { timeout: 10 * 60_000 }, async () => {
    const store = await postgres!.fresh();
    const nodes: Node[] = [];
    const verify = await openStore(store);
    try {
      // The deployer's folder; the nodes never see it.
      const v1 = project({
        "kitwork.json": `{}\n`,
        "works/hello.js": hello(1).replace("greeting()", `"hi"`),
        "works/flow.js": flow(1),
      });
      const d1 = await kitwork("deploy", path.join(v1, "works"), "--store", store, "-m", "first");
      assert.equal(d1.code, 0, d1.err);
      assert.match(d1.out, /^deployed 1 \(2 work\(s\), 3 file\(s\), .*: first\)/);

      nodes.push(await startNode(store), await startNode(store));
      await allServe(nodes, "/version", `200 {"version":1,"greeting":"hi"}`, "both nodes serving deployment 1");

      // A durable run starts on deployment 1 and parks.
      const started = await fetch(nodes[0]!.base + "/flow", { method: "POST" });
      assert.deepEqual(await started.json(), { started: 1 });
      await until(async () => (await verify.listDurable({ work: "flow" }))[0]?.state === "waiting", "the flow run parked, waiting for its signal");

      // Deployment 2 from another folder: hello changes, a work is added, flow changes.
      const v2 = project({
        "kitwork.json": `{}\n`,
        "works/hello.js": hello(2).replace("greeting()", `"hello"`),
        "works/flow.js": flow(2),
        "works/added.js": `const w = work("added");\nw.get("/added");\nreturn "new in 2";\n`,
      });
      const d2 = await kitwork("deploy", path.join(v2, "works"), "--store", store);
      assert.equal(d2.code, 0, d2.err);
      assert.match(d2.out, /^deployed 2 .*, replacing 1\n/);
      await allServe(nodes, "/version", `200 {"version":2,"greeting":"hello"}`, "both nodes serving deployment 2");
      await allServe(nodes, "/added", "200 new in 2", "both nodes serving the work added in deployment 2");

      // New runs of flow start on 2; the parked one resumes on 1.
      const again = await fetch(nodes[1]!.base + "/flow", { method: "POST" });
      assert.deepEqual(await again.json(), { started: 2 });
      await until(async () => (await verify.listDurable({ work: "flow", state: "waiting" })).length === 2, "both flow runs parked");
      assert.equal(await verify.signal("deploy-test-go", JSON.stringify("go"), null, Date.now()), 2);
      let runs: Array<{ state: string; error: string | null }> = [];
      await until(
        async () => {
          runs = await verify.listDurable({ work: "flow" });
          return runs.filter((r) => r.state === "done").length === 2;
        },
        "both flow runs finished after the signal",
        { detail: () => `${JSON.stringify(runs.map((r) => [r.state, r.error]))}\n${nodes.map((n) => n.out().slice(-1500)).join("\n---\n")}` },
      );
      const results = (await verify.listDurable({ work: "flow" })).map((r) => JSON.parse(r.result!)).sort((a, b) => a.version - b.version);
      assert.deepEqual(results, [
        { version: 1, got: "go" },
        { version: 2, got: "go" },
      ]);

      // kitwork versions: newest first, the current one marked.
      const listed = await kitwork("versions", "--store", store, "--json");
      assert.equal(listed.code, 0, listed.err);
      const list = JSON.parse(listed.out) as Array<{ id: number; current: boolean; works: number; message: string | null; createdBy: string }>;
      assert.deepEqual(list.map((d) => [d.id, d.current, d.works, d.message]), [
        [2, true, 3, null],
        [1, false, 2, "first"],
      ]);
      assert.match(list[0]!.createdBy, /@/);
      const human = await kitwork("versions", "--store", store);
      assert.match(human.out, /^current +id +deployed +by +works +files +size +message\n/);
      assert.match(human.out, /\n\* +2 +\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ \(.*\) +\S+@\S+ +3 +4 /);
      assert.match(human.out, /\n +1 +.* +2 +3 +\d+ B +first\n/);

      // Roll back: both nodes serve deployment 1 again, and the added work is gone.
      const back = await kitwork("versions", "rollback", "1", "--store", store);
      assert.equal(back.code, 0, back.err);
      assert.match(back.out, /^deployment 1 is current again \(2 work\(s\), 3 file\(s\), .*\), instead of 2\n/);
      await allServe(nodes, "/version", `200 {"version":1,"greeting":"hi"}`, "both nodes serving deployment 1 again");
      await allServe(nodes, "/added", `404 {"error":"no work serves GET /added"}`, "the work added in 2 gone from both nodes");
      const afterBack = JSON.parse((await kitwork("versions", "--store", store, "--json")).out) as Array<{ id: number; current: boolean }>;
      assert.deepEqual(afterBack.map((d) => [d.id, d.current]), [[2, false], [1, true]]);
      for (const n of nodes) assert.match(n.out(), /"deployment":1,"previous":2,.*"msg":"deployed"/);
    } finally {
      await Promise.all(nodes.map(stopNode));
      await verify.close();
      await postgres!.dispose();
    }
  });
});

describe("deploy through the store: the command and one node on SQLite", () => {
  test("what a deployment holds: kitwork.json, migrations and the works folder's files, not .env, tests, dependencies or state", () => {
    const dir = project({
      "kitwork.json": `{"env": ["APP_NAME"]}\n`,
      ".env": "APP_NAME=secret\n",
      "migrations/001_notes.sql": "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n",
      "works/a.js": `const w = work("a");\nw.get("/a");\nreturn 1;\n`,
      "works/lib/helper.js": "export const x = 1;\n",
      "works/data/table.json": `{"rows": []}\n`,
      "works/a.test.js": "// a test\n",
      "works/.hidden/x.js": "// hidden\n",
      "works/node_modules/dep/index.js": "// a dependency\n",
      ".kitwork/state.db": "state",
    });
    const bundle = collectBundle(path.join(dir, "works"));
    assert.deepEqual(bundle.files.map((f) => f.path).sort(), ["kitwork.json", "migrations/001_notes.sql", "works/a.js", "works/data/table.json", "works/lib/helper.js"]);
    assert.equal(bundle.works, 2); // a.js and lib/helper.js are what the loader loads today
    // The works folder being the project: the same layout.
    const flat = project({ "kitwork.json": "{}\n", "migrations/001.sql": "SELECT 1;\n", "a.js": `const w = work("a");\nw.get("/a");\nreturn 1;\n` });
    assert.deepEqual(collectBundle(flat).files.map((f) => f.path).sort(), ["kitwork.json", "migrations/001.sql", "works/a.js"]);
  });

  test("a folder with an error is not deployed; the same files twice make one deployment; an unknown rollback is refused", async () => {
    const store = await sqlite!.fresh();
    const broken = project({ "works/bad.js": `const w = work("bad");\nw.get("/bad");\nreturn (;\n` });
    const refused = await kitwork("deploy", path.join(broken, "works"), "--store", store);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /bad\.js:3:\d+ /);
    assert.match(refused.err, /kitwork: 1 error\(s\) in .*: nothing deployed/);
    assert.equal((await kitwork("versions", "--store", store)).out, "no deployments yet (kitwork deploy <dir> --store <url> makes one)\n");

    const ok = project({ "works/a.js": `const w = work("a");\nw.get("/a");\nreturn 1;\n` });
    assert.equal((await kitwork("deploy", path.join(ok, "works"), "--store", store)).code, 0);
    const same = await kitwork("deploy", path.join(ok, "works"), "--store", store, "--json");
    assert.equal(same.code, 0, same.err);
    assert.equal(JSON.parse(same.out).created, false);
    assert.deepEqual(JSON.parse((await kitwork("versions", "--store", store, "--json")).out).map((d: { id: number }) => d.id), [1]);
    const unknown = await kitwork("versions", "rollback", "7", "--store", store);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /kitwork: no deployment 7 in the store/);
    const already = await kitwork("versions", "rollback", "1", "--store", store);
    assert.equal(already.out, "deployment 1 is current already\n");
  });

  test("a node started before the first deploy serves it when it comes, applying its migrations first", { timeout: 10 * 60_000 }, async () => {
    const store = await sqlite!.fresh();
    const node = await startNode(store);
    try {
      assert.match(node.out(), /no deployment in the store yet/);
      assert.equal(await get(node.base, "/notes"), `404 {"error":"no work serves GET /notes"}`);
      const dir = project({
        "kitwork.json": "{}\n",
        "migrations/001_notes.sql": "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\nINSERT INTO notes (body) VALUES ('from the migration');\n",
        "works/notes.js": `const w = work("notes");\nw.get("/notes");\nreturn db().table("notes").select("body").all();\n`,
      });
      assert.equal((await kitwork("deploy", path.join(dir, "works"), "--store", store)).code, 0);
      await allServe([node], "/notes", `200 [{"body":"from the migration"}]`, "the node serving the first deployment, its migration applied");
      // A start with a folder as well is refused: the works come from the store.
      const both = await kitwork("start", "--no-supervise", "--from-store", dir, "--store", store, "--port", "0");
      assert.equal(both.code, 1);
      assert.match(both.err, /--from-store serves the works deployed to the store, not a folder/);
    } finally {
      await stopNode(node);
    }
  });
});
