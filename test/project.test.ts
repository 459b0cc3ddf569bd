// A user's own project, outside this repository: the package as npm packs it, installed
// into an empty folder; `kitwork init` there; the scaffold served by `npm run dev` and
// tested by `npm test`. Also: init refuses a folder that is not empty, and a project's
// state lives beside its works whatever folder a command is run from.

import { test, describe, after } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { scaled, testTimeout, until, withGuard } from "./fixtures/guard.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin/kitwork.js");
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-project-"));

const children: ChildProcess[] = [];
after(() => {
  // Each background command leads its own process group: npm, its shell and kitwork go together.
  for (const c of children) if (c.exitCode === null && c.signalCode === null) killGroup(c, "SIGKILL");
  fs.rmSync(TMP, { recursive: true, force: true });
});

function killGroup(c: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-c.pid!, signal);
  } catch {
    // already gone
  }
}

/** The environment a new user has: none of this machine's Kitwork settings. */
function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith("KITWORK_") || k === "PORT") delete env[k];
  delete env.NODE_TEST_CONTEXT; // set for this test file by node:test; the scaffold's npm test is a run of its own
  return env;
}

interface Done {
  code: number | null;
  out: string;
  err: string;
}

const show = (cmd: string, r: Done) => `\`${cmd}\` exited ${r.code}\n--- stdout\n${r.out.slice(-4000)}\n--- stderr\n${r.err.slice(-4000)}`;

/** Runs a command to its end (asynchronously, so a background server's output keeps flowing). */
function sh(cmd: string, args: string[], cwd: string, minutes: number): Promise<Done> {
  const p = new Promise<Done>((resolve, reject) => {
    const c = spawn(cmd, args, { cwd, env: userEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
    children.push(c);
    let out = "";
    let err = "";
    c.stdout!.on("data", (d) => (out += d));
    c.stderr!.on("data", (d) => (err += d));
    c.on("error", reject);
    c.on("close", (code) => resolve({ code, out, err }));
  });
  return withGuard(p, minutes * 60_000, `\`${cmd} ${args.join(" ")}\` in ${cwd} to exit`);
}

/** The binary of this checkout, run from `cwd`. */
function kitwork(args: string[], cwd: string): Done {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: userEnv(), encoding: "utf8", timeout: scaled(120_000) });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function ensureBuilt(): void {
  // npm test builds dist/ first (pretest); never rebuild it while other test files run it.
  if (fs.existsSync(path.join(ROOT, "dist/cli/main.js"))) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: ROOT, encoding: "utf8" });
  assert.ok(fs.existsSync(path.join(ROOT, "dist/cli/main.js")), `tsc did not build dist/:\n${r.stdout}${r.stderr}`);
}

/** A log line's fields: a JSON line (start), or a readable one (dev: `[time] INFO: listening url=… store=…`). */
function logFields(line: string): Record<string, unknown> {
  if (line.startsWith("{")) return JSON.parse(line) as Record<string, unknown>;
  const m = /^\[[^\]]*\] \w+: (\S+)(.*)$/.exec(line);
  if (!m) return {};
  const fields: Record<string, unknown> = { msg: m[1] };
  for (const [, k, v] of m[2]!.matchAll(/ (\w+)=(\S+)/g)) fields[k!] = v;
  return fields;
}

/** A background server; resolves with its "listening" line once it prints one. */
async function serveInBackground(cmd: string, args: string[], cwd: string): Promise<{ child: ChildProcess; listening: Record<string, unknown>; output: () => string }> {
  const child = spawn(cmd, args, { cwd, env: userEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const output = () => `--- stdout\n${out.slice(-4000)}\n--- stderr\n${err.slice(-4000)}`;
  const line = () => out.split("\n").map(logFields).find((l) => l.msg === "listening");
  await until(() => line() !== undefined || child.exitCode !== null, `\`${cmd} ${args.join(" ")}\` to print its "listening" line`, { ms: 180_000, every: 100, detail: output });
  assert.ok(line(), `the server exited before listening\n${output()}`);
  return { child, listening: line()!, output };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once("exit", r));
  killGroup(child, "SIGTERM");
  await withGuard(gone, 60_000, "the server to exit after SIGTERM").catch(() => killGroup(child, "SIGKILL"));
}

describe("a project of one's own, from the packed package", { timeout: testTimeout(20) }, () => {
  test("npm pack → npm install in an empty folder → kitwork init → npm run dev serves the example, npm test passes", async (t) => {
    ensureBuilt();
    const packs = path.join(TMP, "packs");
    fs.mkdirSync(packs);
    // dist/ is already built (pretest): --ignore-scripts packs it as it is, without
    // rebuilding it under the feet of other test files.
    const packed = await sh("npm", ["pack", "--ignore-scripts", "--pack-destination", packs], ROOT, 5);
    assert.equal(packed.code, 0, show("npm pack", packed));
    const tarball = path.join(packs, fs.readdirSync(packs).find((f) => f.endsWith(".tgz"))!);

    const home = path.join(TMP, "home");
    fs.mkdirSync(home);
    // The dependencies come from the npm cache. Install scripts are skipped and better-sqlite3's
    // native module is the one this checkout's own install built for this Node: compiling it
    // again (minutes on a loaded machine) would test better-sqlite3's install, not ours. That
    // the package itself needs no install script is asserted below.
    const installed = await sh("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], home, 15);
    assert.equal(installed.code, 0, show("npm install <tarball>", installed));
    fs.cpSync(path.join(ROOT, "node_modules/better-sqlite3/build"), path.join(home, "node_modules/better-sqlite3/build"), { recursive: true });
    const pkg = path.join(home, "node_modules/kitwork");
    for (const f of ["bin/kitwork.js", "dist/cli/main.js", "dist/cli/init.js", "dist/testing/index.js", "templates/project/works/signup.js", "templates/project/_gitignore"]) {
      assert.ok(fs.existsSync(path.join(pkg, f)), `the installed package has ${f}`);
    }
    assert.ok(!fs.existsSync(path.join(pkg, "src")) && !fs.existsSync(path.join(pkg, "test")), "the package ships the build, not the sources or tests");
    const scripts = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8")).scripts ?? {};
    for (const s of ["preinstall", "install", "postinstall", "prepare"]) assert.equal(scripts[s], undefined, `installing the package runs no build (${s}: ${scripts[s]})`);

    const init = await sh("npx", ["--no", "kitwork", "init", "app"], home, 2);
    assert.equal(init.code, 0, show("npx kitwork init app", init));
    const app = path.join(home, "app");
    for (const f of ["works/signup.js", "works/send-welcome.js", "works/signup.test.js", "migrations/001_signups.sql", "kitwork.json", ".env.example", ".gitignore", "package.json", "jsconfig.json"]) {
      assert.ok(fs.existsSync(path.join(app, f)), `init created ${f}\n${init.out}`);
      assert.ok(init.out.includes(f), `init says it created ${f}:\n${init.out}`);
    }
    assert.match(init.out, /cd app\n\s+npm install\n\s+npm run dev/, "init prints the next commands");
    assert.deepEqual(fs.readFileSync(path.join(app, ".gitignore"), "utf8").split("\n").filter(Boolean).sort(), [".env", ".kitwork/", "node_modules/"]);
    const appPkg = JSON.parse(fs.readFileSync(path.join(app, "package.json"), "utf8"));
    assert.equal(appPkg.name, "app");
    assert.ok(appPkg.dependencies.kitwork, "the project depends on kitwork");

    // The scaffold finds kitwork in ../node_modules, where the tarball was installed.
    const dev = await serveInBackground("npm", ["run", "dev", "--", "--port", "0"], app);
    t.after(() => stop(dev.child));
    assert.equal(dev.listening.store, `sqlite:${path.join(app, ".kitwork/state.db")}`, `the start-up line names the project's store\n${dev.output()}`);
    assert.equal(dev.listening.database, `sqlite:${path.join(app, ".kitwork/data.db")}`, `the start-up line names the project's database\n${dev.output()}`);
    const res = await fetch(`${dev.listening.url}/signups`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "ada@example.com" }) });
    assert.equal(res.status, 202, dev.output());
    assert.deepEqual(await res.json(), { signup: 1, email: "ada@example.com" });
    // The queue consumer runs in the dev server; its run is in the project's store.
    let last: Done | undefined;
    await until(
      () => {
        last = kitwork(["runs", "ls", "--work", "send welcome", "--json"], app);
        return last.code === 0 && (JSON.parse(last.out) as Array<{ status: string }>).some((r) => r.status === "succeeded");
      },
      "the welcome job to run in the dev server",
      { ms: 120_000, every: 250, detail: () => (last ? show("kitwork runs ls", last) : "") + dev.output() },
    );
    await stop(dev.child);

    const tested = await sh("npm", ["test"], app, 5);
    assert.equal(tested.code, 0, show("npm test", tested));
    assert.match(tested.out, /# pass 2\b/, show("npm test", tested));
    assert.match(tested.out, /# fail 0\b/, show("npm test", tested));
  });
});

describe("kitwork init", () => {
  test("refuses a folder that is not empty, and writes nothing there", () => {
    ensureBuilt();
    const dir = fs.mkdtempSync(path.join(TMP, "full-"));
    fs.writeFileSync(path.join(dir, "notes.txt"), "mine\n");
    const r = kitwork(["init", dir], TMP);
    assert.equal(r.code, 1, show("kitwork init <non-empty>", r));
    assert.match(r.err, /is not empty \(notes\.txt\): kitwork init writes only into an empty or new folder/);
    assert.deepEqual(fs.readdirSync(dir), ["notes.txt"]);
  });

  test("writes into the current folder when it is empty, and refuses a file", () => {
    const dir = fs.mkdtempSync(path.join(TMP, "here-"));
    const r = kitwork(["init"], dir);
    assert.equal(r.code, 0, show("kitwork init", r));
    assert.ok(fs.existsSync(path.join(dir, "works/signup.js")));
    assert.doesNotMatch(r.out, /\bcd /, "no cd when the project is the current folder");
    const file = path.join(dir, "kitwork.json");
    const f = kitwork(["init", file], dir);
    assert.equal(f.code, 1);
    assert.match(f.err, /it is a file/);
  });
});

describe("state lives in the project, not where a command runs", () => {
  test("start, queue and db migrate from another folder use <project>/.kitwork", async (t) => {
    ensureBuilt();
    const proj = path.join(TMP, "state", "shop");
    const elsewhere = path.join(TMP, "state", "elsewhere");
    fs.mkdirSync(elsewhere, { recursive: true });
    assert.equal(kitwork(["init", proj], elsewhere).code, 0);
    const works = path.relative(elsewhere, path.join(proj, "works"));
    const store = path.join(proj, ".kitwork/state.db");

    const migrated = kitwork(["db", "migrate", works], elsewhere);
    assert.equal(migrated.code, 0, show("kitwork db migrate", migrated));
    assert.equal(migrated.out, "applied migrations/001_signups.sql\n");
    assert.equal(migrated.err, `kitwork: using database sqlite:${path.join(proj, ".kitwork/data.db")}\n`);

    const pushed = kitwork(["queue", "push", "later", '{"n":1}', "--dir", works], elsewhere);
    assert.equal(pushed.code, 0, show("kitwork queue push", pushed));
    assert.equal(pushed.err, `kitwork: using store sqlite:${store}\n`);
    // From the project folder, the default works folder (./works) finds the same store.
    const listed = kitwork(["queue", "ls", "--json"], proj);
    assert.equal(listed.code, 0, show("kitwork queue ls", listed));
    assert.deepEqual(JSON.parse(listed.out).map((q: { queue: string; pending: number }) => [q.queue, q.pending]), [["later", 1]]);

    const s = await serveInBackground(process.execPath, [BIN, "start", works, "--no-supervise", "--port", "0"], elsewhere);
    t.after(() => stop(s.child));
    assert.equal(s.listening.project, proj, s.output());
    assert.equal(s.listening.store, `sqlite:${store}`, s.output());
    await stop(s.child);
    assert.ok(fs.existsSync(store), "the store is in the project");
    assert.ok(!fs.existsSync(path.join(elsewhere, ".kitwork")), "nothing is written where the command ran");
  });

  test("a works folder without kitwork.json is its own project; redacted URLs are printed", () => {
    const bare = path.join(TMP, "bare");
    fs.mkdirSync(bare);
    fs.writeFileSync(path.join(bare, "hi.js"), 'const w = work("hi");\nw.get("/hi");\nreturn "hi";\n');
    const pushed = kitwork(["queue", "push", "q", "--dir", "bare"], TMP);
    assert.equal(pushed.code, 0, show("kitwork queue push", pushed));
    assert.ok(fs.existsSync(path.join(bare, ".kitwork/state.db")));
    const refused = kitwork(["queue", "ls", "--store", "postgres://kw:hunter2@127.0.0.1:1/none"], TMP);
    assert.match(refused.err, /^kitwork: using store postgres:\/\/kw:\*\*\*@127\.0\.0\.1:1\/none\n/);
    assert.ok(!refused.err.includes("hunter2"), refused.err);
  });
});

describe("docs/getting-started.md", () => {
  test("every block that names a template file is that file's text", () => {
    const text = fs.readFileSync(path.join(ROOT, "docs/getting-started.md"), "utf8");
    const blocks = [...text.matchAll(/```\w+ file=(\S+)\n([\s\S]*?)```/g)];
    assert.ok(blocks.length >= 5, `expected blocks quoting the template, found ${blocks.length}`);
    for (const [, file, body] of blocks) {
      const name = file!.replace(/(^|\/)\.(?=[^/]+$)/, "$1_");
      const source = fs.readFileSync(path.join(ROOT, "templates/project", name), "utf8");
      assert.ok(source.includes(body!), `docs/getting-started.md quotes ${file} but templates/project/${name} does not contain:\n${body}`);
    }
  });
});
