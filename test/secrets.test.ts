// Configuration and secrets: env() reads the declared names of the engine's environment
// over the project's .env; secret values and credential headers never appear in clear
// text in what the engine writes down — run records (GET /_kitwork/runs/<id>, kitwork runs
// show), error responses, a durable run's stored rows — while the script itself sees the
// real values. Real engines on a real SQLite store, served on port 0; the stored rows are
// read straight from the SQLite file.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { main } from "../src/cli/main.ts";
import { Engine } from "../src/engine/engine.ts";
import { testWorks } from "../src/testing/index.ts";
import { testTimeout, until } from "./fixtures/guard.ts";
import { bootDurable, call, manualClock, removeTempDirs, show, tempDir, worksDir } from "./fixtures/durable/harness.ts";

const TIMEOUT = testTimeout(5);
after(() => removeTempDirs());

const SECRET = "sk_live_51Hq7QmZ3xSECRETvalue";
const TOKEN = "tok_9f8e7d6c5b4a3210";
const SESSION = "sess_0a1b2c3d4e5f";
const FROM_PROCESS = "kwt-secrets-from-process";
process.env.KWT_SECRETS_BOTH = FROM_PROCESS;
process.env.KWT_SECRETS_ONLY_PROCESS = "only-in-the-process";

const CONFIG = JSON.stringify({ env: ["STRIPE_SECRET", "KWT_SECRETS_*", "APP_*"] });
const DOTENV = `# the project's .env
STRIPE_SECRET=${SECRET}
KWT_SECRETS_BOTH=from-dotenv
APP_NAME="demo app"
UNDECLARED_IN_DOTENV=nope
`;

const READ = `const w = work("read").get("/read");
return {
  stripe: env("STRIPE_SECRET"),
  both: env("KWT_SECRETS_BOTH"),
  process: env("KWT_SECRETS_ONLY_PROCESS"),
  app: env("APP_NAME"),
  unset: env("APP_UNSET"),
  unsetType: typeof env("APP_UNSET"),
  fallback: env("APP_UNSET", "the fallback"),
};
`;

const UNDECLARED = `const w = work("undeclared").get("/undeclared");
const v = env("UNDECLARED_IN_DOTENV");
return v;
`;

const ENGINE_OWN = `work("own").get("/own");
return env("KITWORK_SECRET");
`;

const LEAK = `const w = work("leak").get("/leak");
const key = env("STRIPE_SECRET");
log("the key is", key);
log({ nested: { key }, headers: w.headers });
throw new Error("payment failed with key " + key);
`;

const HEADERS = `const w = work("headers").get("/headers");
log("auth", w.headers.authorization, "cookie", w.headers.cookie, "session", w.headers["x-session"]);
return { auth: w.headers.authorization, cookie: w.headers.cookie, session: w.headers["x-session"] };
`;

const DURABLE = `const w = work("durable").post("/durable");
const key = env("STRIPE_SECRET");
const auth = w.headers.authorization;
log("before the sleep", key, auth);
sleep("1h");
log("after the sleep", key, w.headers.authorization);
return { key, authHash: hash("sha256", w.headers.authorization), same: auth === w.headers.authorization };
`;

function project(files: Record<string, string>, extra: Record<string, string> = {}): string {
  return worksDir({ "kitwork.json": CONFIG, ".env": DOTENV, ...files, ...extra });
}

/** Every text cell of every table of a SQLite file that contains `needle`. */
function rowsContaining(file: string, needle: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const found: string[] = [];
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>) {
        for (const [col, v] of Object.entries(row)) if (typeof v === "string" && v.includes(needle)) found.push(`${name}.${col}`);
      }
    }
    return found;
  } finally {
    db.close();
  }
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["node", "kitwork", ...args], { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

describe("env(): configuration from the environment and .env", { timeout: TIMEOUT }, () => {
  test("reads declared names from the process environment over the project's .env; an unset name gives the fallback, else undefined", async () => {
    const b = await bootDurable(`sqlite:${path.join(tempDir("secrets-store"), "state.db")}`, project({ "read.js": READ }));
    try {
      const r = await call(b.base, "/read");
      assert.equal(r.status, 200, show(r));
      assert.deepEqual(r.json(), {
        stripe: SECRET, // .env
        both: FROM_PROCESS, // in both: the process wins
        process: "only-in-the-process",
        app: "demo app",
        unsetType: "undefined",
        fallback: "the fallback",
      });
    } finally {
      await b.close();
    }
  });

  test("kitwork.json and .env may sit beside the works folder, in the project folder", async () => {
    const app = tempDir("secrets-app");
    fs.writeFileSync(path.join(app, "kitwork.json"), CONFIG);
    fs.writeFileSync(path.join(app, ".env"), DOTENV);
    fs.mkdirSync(path.join(app, "works"));
    fs.writeFileSync(path.join(app, "works", "read.js"), READ);
    const b = await bootDurable(`sqlite:${path.join(tempDir("secrets-store"), "state.db")}`, path.join(app, "works"));
    try {
      const r = await call(b.base, "/read");
      assert.equal(r.status, 200, show(r));
      assert.equal(r.json().stripe, SECRET);
      assert.equal(r.json().app, "demo app");
    } finally {
      await b.close();
    }
  });

  test("an undeclared name is an error naming it, saying how to declare it, at the script's line and column", async () => {
    const b = await bootDurable(`sqlite:${path.join(tempDir("secrets-store"), "state.db")}`, project({ "undeclared.js": UNDECLARED, "own.js": ENGINE_OWN }));
    try {
      const r = await call(b.base, "/undeclared");
      assert.equal(r.status, 500, show(r));
      assert.match(r.json().error, /env\("UNDECLARED_IN_DOTENV"\): UNDECLARED_IN_DOTENV is not declared/);
      assert.match(r.json().error, /kitwork\.json "env"/);
      assert.match(r.json().error, /"UNDECLARED_\*"/);
      const run = (await call(b.base, `/_kitwork/runs/${r.headers.get("x-kitwork-run")}`)).json();
      assert.match(run.error, /^undeclared\.js:2:11 TypeError: env\("UNDECLARED_IN_DOTENV"\)/, run.error);
      assert.match(run.error, /> 2 \| const v = env\("UNDECLARED_IN_DOTENV"\);/, run.error);
      // The engine's own settings are never readable, whatever the declarations say.
      const own = await call(b.base, "/own");
      assert.equal(own.status, 500, show(own));
      assert.match(own.json().error, /KITWORK_ are the engine's own settings/);
    } finally {
      await b.close();
    }
  });

  test("a malformed declaration is refused when the engine starts, naming the setting", () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ env: "STRIPE_SECRET" }, /kitwork\.json: "env" must be an array of strings/],
      [{ env: ["*"] }, /env\[0\]: "\*" alone would let scripts read the whole environment/],
      [{ env: ["OK", "KITWORK_SECRET"] }, /env\[1\]: KITWORK_SECRET is the engine's own setting/],
      [{ env: ["not a name"] }, /env\[0\]: "not a name" is not an environment variable name/],
      [{ maskHeaders: ["x session"] }, /maskHeaders\[0\]: "x session" is not a header name/],
    ];
    for (const [config, message] of cases) {
      const dir = worksDir({ "kitwork.json": JSON.stringify(config), "read.js": READ });
      assert.throws(() => new Engine({ dir, databases: [], report: () => {} }), message, JSON.stringify(config));
    }
  });

  test("kitwork dev reads .env again when it changes", async () => {
    const dir = project({ "read.js": READ });
    const b = await bootDurable(`sqlite:${path.join(tempDir("secrets-store"), "state.db")}`, dir);
    try {
      await b.engine.watch();
      assert.equal((await call(b.base, "/read")).json().app, "demo app");
      fs.writeFileSync(path.join(dir, ".env"), DOTENV.replace('APP_NAME="demo app"', "APP_NAME=renamed"));
      let app = "";
      await until(async () => (app = (await call(b.base, "/read")).json().app) === "renamed", "the new APP_NAME after .env changed", { detail: () => app });
    } finally {
      await b.close();
    }
  });

  test("testWorks({ env }) gives a test its values, and only those; kitwork run --env too", async () => {
    const dir = project({ "read.js": READ });
    const kw = await testWorks(dir, { env: { STRIPE_SECRET: "sk_test_given", APP_NAME: "under test" } });
    try {
      const r = await kw.request("GET", "/read");
      assert.equal(r.status, 200, r.text);
      // Neither .env nor the machine's environment: a test sees what it gives.
      assert.deepEqual(r.json, { stripe: "sk_test_given", app: "under test", unsetType: "undefined", fallback: "the fallback" });
    } finally {
      await kw.close();
    }
    const run = await cli(["run", path.join(dir, "read.js"), "--env", "APP_NAME=from the flag", "--env", "KWT_SECRETS_BOTH=flag wins"]);
    assert.equal(run.code, 0, run.err);
    const printed = JSON.parse(run.out);
    assert.equal(printed.app, "from the flag");
    assert.equal(printed.both, "flag wins");
    assert.equal(printed.stripe, SECRET, "kitwork run reads the project's .env");
    const bad = await cli(["run", path.join(dir, "read.js"), "--env", "no-equals"]);
    assert.equal(bad.code, 64, bad.err);
    assert.match(bad.err, /--env no-equals: expected NAME=value/);
  });
});

describe("secrets are masked in everything the engine writes down", { timeout: TIMEOUT }, () => {
  test("a secret logged and thrown is masked in the run record, the error response and kitwork runs show", async () => {
    const storeFile = path.join(tempDir("secrets-store"), "state.db");
    const storeUrl = `sqlite:${storeFile}`;
    const b = await bootDurable(storeUrl, project({ "leak.js": LEAK }), { dev: true });
    try {
      const r = await call(b.base, "/leak", { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(r.status, 500, show(r));
      assert.ok(!r.text.includes(SECRET), `the error response shows the secret: ${r.text}`);
      assert.match(r.json().error, /payment failed with key \[secret STRIPE_SECRET\]/);
      const id = r.headers.get("x-kitwork-run")!;
      const run = await call(b.base, `/_kitwork/runs/${id}`);
      assert.equal(run.status, 200, show(run));
      for (const s of [SECRET, TOKEN]) assert.ok(!run.text.includes(s), `GET /_kitwork/runs/${id} shows ${s}: ${run.text}`);
      const rec = run.json();
      assert.deepEqual(rec.logs[0].args, ["the key is", "[secret STRIPE_SECRET]"]);
      const logged = rec.logs[1].args[0];
      assert.deepEqual(logged.nested, { key: "[secret STRIPE_SECRET]" });
      assert.equal(logged.headers.authorization, "[secret header authorization]");
      assert.match(rec.error, /payment failed with key \[secret STRIPE_SECRET\]/);
      const shown = await cli(["runs", "show", id, "--store", storeUrl]);
      assert.equal(shown.code, 0, shown.err);
      assert.match(shown.out, /\[secret STRIPE_SECRET\]/);
      for (const s of [SECRET, TOKEN]) assert.ok(!shown.out.includes(s), `kitwork runs show prints ${s}:\n${shown.out}`);
      await b.engine.flushRecords();
      assert.deepEqual(rowsContaining(storeFile, SECRET), [], "the secret is stored in clear text");
      assert.deepEqual(rowsContaining(storeFile, TOKEN), [], "the bearer token is stored in clear text");
    } finally {
      await b.close();
    }
  });

  test("Authorization, Cookie and kitwork.json maskHeaders are masked in records and runs show, and the script sees them", async () => {
    const storeFile = path.join(tempDir("secrets-store"), "state.db");
    const storeUrl = `sqlite:${storeFile}`;
    const config = JSON.stringify({ env: ["STRIPE_SECRET"], maskHeaders: ["X-Session"] });
    const b = await bootDurable(storeUrl, project({ "headers.js": HEADERS }, { "kitwork.json": config }), { httpSampleRate: 1 });
    try {
      const headers = { authorization: `Bearer ${TOKEN}`, cookie: `theme=dark; sid=${SESSION}`, "x-session": "xs-123456789" };
      const r = await call(b.base, "/headers", { headers });
      assert.equal(r.status, 200, show(r));
      // The script chose to send them back: its response is what it returned.
      assert.deepEqual(r.json(), { auth: headers.authorization, cookie: headers.cookie, session: headers["x-session"] });
      const id = r.headers.get("x-kitwork-run")!;
      const rec = (await call(b.base, `/_kitwork/runs/${id}`)).json();
      assert.deepEqual(rec.logs[0].args, ["auth", "[secret header authorization]", "cookie", "[secret header cookie]", "session", "[secret header x-session]"]);
      const shown = await cli(["runs", "show", id, "--store", storeUrl]);
      assert.equal(shown.code, 0, shown.err);
      for (const s of [TOKEN, SESSION, "xs-123456789"]) assert.ok(!shown.out.includes(s), `kitwork runs show prints ${s}:\n${shown.out}`);
      await b.engine.flushRecords();
      for (const s of [TOKEN, SESSION, "xs-123456789"]) assert.deepEqual(rowsContaining(storeFile, s), [], `${s} is stored in clear text`);
    } finally {
      await b.close();
    }
  });

  test("a durable run keeps its secrets sealed: its stored rows, inspected variables and output are masked, and it sees the real values after resuming", async () => {
    const storeFile = path.join(tempDir("secrets-store"), "state.db");
    const storeUrl = `sqlite:${storeFile}`;
    const clock = manualClock(Date.parse("2030-01-01T00:00:00Z"));
    const b = await bootDurable(storeUrl, project({ "durable.js": DURABLE }), { clock, sleepThresholdMs: 1000, awaitParkedMs: 0 });
    try {
      const auth = `Bearer ${TOKEN}`;
      const r = await call(b.base, "/durable", { method: "POST", headers: { authorization: auth } });
      assert.equal(r.status, 202, show(r));
      const id = r.json().run;
      let parked: { status?: string; durable?: { frames?: Array<{ locals: Record<string, unknown> }> } } = {};
      await until(async () => (parked = (await call(b.base, `/_kitwork/runs/${id}`)).json()).durable?.frames !== undefined, "the parked run's frames in GET /_kitwork/runs/<id>", { detail: () => JSON.stringify(parked) });
      const locals = parked.durable!.frames!.at(-1)!.locals;
      assert.equal(locals.key, "[secret STRIPE_SECRET]");
      assert.equal(locals.auth, "[secret header authorization]");
      assert.equal((locals.w as { headers: Record<string, string> }).headers.authorization, "[secret header authorization]");
      const shown = await cli(["runs", "show", id, "--store", storeUrl]);
      assert.equal(shown.code, 0, shown.err);
      assert.match(shown.out, /\[secret STRIPE_SECRET\]/, "kitwork runs show lists the masked variable");
      for (const s of [SECRET, TOKEN]) assert.ok(!JSON.stringify(parked).includes(s) && !shown.out.includes(s), `${s} shown for the parked run`);
      await b.engine.flushRecords();
      assert.deepEqual(rowsContaining(storeFile, SECRET), [], "the parked run's secret is stored in clear text");
      assert.deepEqual(rowsContaining(storeFile, TOKEN), [], "the parked run's Authorization header is stored in clear text");

      clock.advance(3_600_000);
      let done: { status?: string; result?: unknown; logs?: Array<{ args: unknown[] }> } = {};
      await until(async () => (done = (await call(b.base, `/_kitwork/runs/${id}`)).json()).status === "succeeded", "the run to finish after its sleep", { detail: () => JSON.stringify(done) });
      // After the resume the script saw the real header (its hash) and the same value as before.
      assert.deepEqual(done.result, { key: "[secret STRIPE_SECRET]", authHash: createHash("sha256").update(auth).digest("hex"), same: true });
      assert.deepEqual(done.logs!.map((l) => l.args), [
        ["before the sleep", "[secret STRIPE_SECRET]", "[secret header authorization]"],
        ["after the sleep", "[secret STRIPE_SECRET]", "[secret header authorization]"],
      ]);
      await b.engine.flushRecords();
      assert.deepEqual(rowsContaining(storeFile, SECRET), [], "the finished run's secret is stored in clear text");
      assert.deepEqual(rowsContaining(storeFile, TOKEN), [], "the finished run's Authorization header is stored in clear text");
    } finally {
      await b.close();
    }
  });
});
