// Hot reload through the ways files really change on disk. Editors and tools rarely write
// a file in place: `sed -i` writes a new file and renames it over the old one, vim and
// most editors save atomically (write a temporary file, rename it over), `mv` replaces
// the file. Each replacement must be seen — every time, not only the first — and the new
// version must serve; content that did not change reloads nothing.
//
// A real engine and HTTP server (port 0) on a temporary works folder; each wait polls the
// route under a generous guard that says what it waited for.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { until } from "./fixtures/guard.ts";
import { Engine, type EngineEvent } from "../src/engine/engine.ts";
import { HttpServer } from "../src/server/http.ts";

const work = (name: string, route: string, v: number | string) => `const w = work(${JSON.stringify(name)});\nw.get(${JSON.stringify(route)});\nreturn { v: ${JSON.stringify(v)} };\n`;

describe("hot reload sees files replaced by rename", () => {
  let dir = "";
  let engine: Engine;
  let server: HttpServer;
  let base = "";
  const events: EngineEvent[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-reload-"));
    fs.writeFileSync(path.join(dir, "hot.js"), work("hot", "/hot", 1));
    fs.mkdirSync(path.join(dir, "lib"));
    fs.writeFileSync(path.join(dir, "lib/deep.js"), work("deep", "/deep", "a"));
    fs.writeFileSync(path.join(dir, "other.js"), work("other", "/other", 0));
    engine = new Engine({ dir, report: (e) => events.push(e) });
    assert.deepEqual(engine.loadAll(), []);
    server = new HttpServer(engine, { port: 0 });
    base = `http://127.0.0.1:${(await server.listen()).port}`;
    await engine.watch();
  });
  after(async () => {
    await server.close();
    await engine.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const valueOf = async (route: string): Promise<unknown> => {
    const r = await fetch(base + route);
    const text = await r.text();
    return r.status === 200 ? (JSON.parse(text) as { v: unknown }).v : `${r.status} ${text}`;
  };

  /** Polls `route` until it serves `v` (up to 60 s). */
  async function serves(route: string, v: unknown, after: string): Promise<void> {
    let last: unknown;
    await until(async () => (last = await valueOf(route)) === v, `GET ${route} to serve v=${JSON.stringify(v)} after ${after}`, { ms: 60_000, detail: () => `v=${JSON.stringify(last)}` });
  }

  const reloadsOf = (file: string) => events.filter((e) => e.kind === "loaded" && e.work.file === file).length;

  test("sed -i, three times in a row: each edit serves", async () => {
    assert.equal(await valueOf("/hot"), 1);
    for (const [from, to] of [[1, 2], [2, 3], [3, 4]]) {
      execFileSync("sed", ["-i", `s/v: ${from}/v: ${to}/`, path.join(dir, "hot.js")]);
      await serves("/hot", to, `sed -i #${from}`);
    }
    assert.equal(reloadsOf("hot.js"), 3, "one reload per edit");
  });

  test("mv over the file", async () => {
    const staged = path.join(os.tmpdir(), `kitwork-reload-staged-${process.pid}.txt`);
    fs.writeFileSync(staged, work("hot", "/hot", 5));
    execFileSync("mv", [staged, path.join(dir, "hot.js")]);
    await serves("/hot", 5, "mv over hot.js");
  });

  test("an editor's atomic save (write a temporary file, rename it over), also in a subfolder", async () => {
    fs.writeFileSync(path.join(dir, ".hot.js.swp"), work("hot", "/hot", 6));
    fs.renameSync(path.join(dir, ".hot.js.swp"), path.join(dir, "hot.js"));
    await serves("/hot", 6, "rename of .hot.js.swp over hot.js");
    fs.writeFileSync(path.join(dir, "lib/deep.js.tmp~"), work("deep", "/deep", "b"));
    fs.renameSync(path.join(dir, "lib/deep.js.tmp~"), path.join(dir, "lib/deep.js"));
    await serves("/deep", "b", "rename of lib/deep.js.tmp~ over lib/deep.js");
    // and once more, through the same path, after the first replacement
    execFileSync("sed", ["-i", 's/"b"/"c"/', path.join(dir, "lib/deep.js")]);
    await serves("/deep", "c", "sed -i on lib/deep.js after a rename");
  });

  test("content that did not change reloads nothing", async () => {
    const before = reloadsOf("other.js");
    const file = path.join(dir, "other.js");
    // touched, rewritten with the same text, replaced by an identical copy
    const now = new Date();
    fs.utimesSync(file, now, now);
    fs.writeFileSync(file, fs.readFileSync(file));
    execFileSync("sed", ["-i", "s/nothing-matches-this//", file]);
    // A real change after them: once it serves, the events of the no-op writes have come and gone.
    execFileSync("sed", ["-i", "s/v: 6/v: 7/", path.join(dir, "hot.js")]);
    await serves("/hot", 7, "sed -i on hot.js");
    assert.equal(reloadsOf("other.js"), before, `unchanged other.js was reloaded: ${JSON.stringify(events.filter((e) => e.kind === "loaded").map((e) => e.kind === "loaded" && e.work.file))}`);
    assert.equal(await valueOf("/other"), 0);
  });
});
