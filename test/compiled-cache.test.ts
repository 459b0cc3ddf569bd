// The project's compiled works kept between starts (engine/compiled-cache.ts): a restart
// reads the programs an earlier start compiled, only from a file that carries the HMAC of
// the engine's secret, and compiles again what changed. Fresh processes on the built
// package, as `kitwork start` runs (from the TypeScript sources there is no cache).

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHmac } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuilt } from "./fixtures/jobs/harness.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

/** A start as `kitwork start` makes it in `dir` (the project's store, the engine's secret made after loading): the answer of its work "hello". */
function startIn(dir: string): string {
  const script = `
    const { Engine } = await import(${JSON.stringify(path.join(ROOT, "dist/engine/engine.js"))});
    const { openStore } = await import(${JSON.stringify(path.join(ROOT, "dist/store/index.js"))});
    const store = await openStore(${JSON.stringify(`sqlite:${path.join(dir, ".kitwork/state.db")}`)});
    const engine = new Engine({ dir: ${JSON.stringify(dir)}, store, databases: [], compiledCache: true, report: (e) => console.error(e) });
    engine.loadAll();
    engine.prepareSeal(store);
    const res = await engine.run(engine.list().find((w) => w.name === "hello"), "run", { payload: { name: "Ada" } });
    process.stdout.write(res.error ?? res.body);
    await engine.shutdown();`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, KITWORK_SECRET: "" }, timeout: 120_000 });
  assert.equal(r.status, 0, `the process failed:\n${r.stderr}`);
  return r.stdout;
}

describe("compiled works kept in .kitwork/", () => {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-compiled-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, ".kitwork"));
  const work = path.join(dir, "hello.js");
  fs.writeFileSync(work, 'const w = work({ name: "hello" });\nw.get("/hello");\nreturn "Hello, " + w.payload.name;\n');
  const cacheFile = path.join(dir, ".kitwork/compiled.json");

  const start = () => startIn(dir);
  const secret = () => Buffer.from(fs.readFileSync(path.join(dir, ".kitwork/kitwork.secret"), "utf8").trim(), "hex");
  /** The file with its programs' text edited, signed again with `key` (the engine's secret, or another). */
  function rewrite(edit: (body: string) => string, key: Buffer): void {
    const text = fs.readFileSync(cacheFile, "utf8");
    const nl = text.indexOf("\n");
    const compiler = text.slice(0, nl).split(" ")[0]!;
    const body = edit(text.slice(nl + 1));
    const mac = createHmac("sha256", key).update(`kitwork compiled works\n${compiler}\n`).update(body).digest("hex");
    fs.writeFileSync(cacheFile, `${compiler} ${mac}\n${body}`);
  }

  test("no secret yet on the first start: nothing kept; the next start keeps its programs", () => {
    assert.equal(start(), "Hello, Ada");
    assert.equal(fs.existsSync(cacheFile), false);
    assert.equal(start(), "Hello, Ada");
    assert.ok(fs.existsSync(cacheFile), "the second start wrote the file");
    const written = fs.readFileSync(cacheFile, "utf8");
    assert.equal(start(), "Hello, Ada");
    assert.equal(fs.readFileSync(cacheFile, "utf8"), written, "a start that compiled nothing leaves the file as it is");
  });

  test("a restart runs the program from the file when it carries the secret's HMAC", () => {
    const good = fs.readFileSync(cacheFile, "utf8");
    const howdy = (body: string) => body.replace('"Hello, "', '"Howdy, "');
    rewrite(howdy, secret());
    assert.equal(start(), "Howdy, Ada");
    // Signed with another key: not used; compiled from the source and written again.
    rewrite(howdy, Buffer.alloc(32, 7));
    assert.equal(start(), "Hello, Ada");
    assert.equal(fs.readFileSync(cacheFile, "utf8"), good);
  });

  test("an edited work is compiled again, a damaged file ignored", () => {
    fs.writeFileSync(work, fs.readFileSync(work, "utf8").replace('"Hello, "', '"Hi, "'));
    assert.equal(start(), "Hi, Ada");
    assert.match(fs.readFileSync(cacheFile, "utf8"), /"Hi, "/);
    assert.doesNotMatch(fs.readFileSync(cacheFile, "utf8"), /"Hello, "/, "the file keeps only what the folder holds now");
    fs.writeFileSync(cacheFile, fs.readFileSync(cacheFile, "utf8").slice(0, 500));
    assert.equal(start(), "Hi, Ada");
    assert.match(fs.readFileSync(cacheFile, "utf8"), /"Hi, "/);
  });
});

describe("compiled works kept in .kitwork/: a work that imports a module", () => {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-compiled-modules-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, ".kitwork"));
  fs.mkdirSync(path.join(dir, "lib"));
  fs.writeFileSync(path.join(dir, "lib/greet.js"), 'export function greet(name) {\n  return "Hello, " + name;\n}\n');
  fs.writeFileSync(path.join(dir, "hello.js"), 'import { greet } from "./lib/greet.js";\nconst w = work({ name: "hello" });\nw.get("/hello");\nreturn greet(w.payload.name);\n');
  const cacheFile = path.join(dir, ".kitwork/compiled.json");

  const start = () => startIn(dir);

  test("the work and its module are read from the file on a restart; an edited module is compiled again", () => {
    assert.equal(start(), "Hello, Ada");
    assert.equal(start(), "Hello, Ada");
    const text = fs.readFileSync(cacheFile, "utf8");
    const nl = text.indexOf("\n");
    const kinds = JSON.parse(text.slice(nl + 1, text.indexOf("\n", nl + 1))) as string[];
    assert.ok(kinds.includes("module") && kinds.includes("work"), `the file keeps the work and the module it imports: ${JSON.stringify(kinds)}`);
    // The module's program, edited in the file and signed again with the engine's secret, is what runs.
    const secret = Buffer.from(fs.readFileSync(path.join(dir, ".kitwork/kitwork.secret"), "utf8").trim(), "hex");
    const compiler = text.slice(0, nl).split(" ")[0]!;
    const body = text.slice(nl + 1).replaceAll('"Hello, "', '"Howdy, "');
    fs.writeFileSync(cacheFile, `${compiler} ${createHmac("sha256", secret).update(`kitwork compiled works\n${compiler}\n`).update(body).digest("hex")}\n${body}`);
    assert.equal(start(), "Howdy, Ada");
    fs.writeFileSync(path.join(dir, "lib/greet.js"), 'export function greet(name) {\n  return "Hi, " + name;\n}\n');
    assert.equal(start(), "Hi, Ada");
    assert.doesNotMatch(fs.readFileSync(cacheFile, "utf8"), /"Howdy, "/, "the file keeps only what the folder holds now");
  });
});
