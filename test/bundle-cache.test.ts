// The bundled CLI's code cache (bin/kitwork.js, scripts/bundle-cli.mjs), as an installed
// copy has it: `npm pack` gives every file one mtime, so the cache is stamped with the
// bundle's content, and the cache the build wrote is the one an install uses.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuilt } from "./fixtures/jobs/harness.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("the bundled CLI's code cache in an installed copy", () => {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-installed-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const part of ["bin", "dist"]) fs.cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  const cache = path.join(dir, "dist/cli/kitwork.bundle.cache");
  // What npm pack does to every file it packs.
  const packed = new Date("1985-10-26T08:15:00Z");
  (function touch(p: string) {
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) touch(path.join(p, e));
    else fs.utimesSync(p, packed, packed);
  })(dir);

  test("the cache shipped with the bundle is the one a command runs with: it is not compiled and written again", { skip: fs.existsSync(cache) ? false : "no code cache in dist/ (npm run build writes one)" }, () => {
    const shipped = fs.readFileSync(cache);
    const work = path.join(dir, "one.js");
    fs.writeFileSync(work, "return 1 + 1\n");
    const r = spawnSync(process.execPath, [path.join(dir, "bin/kitwork.js"), "run", work], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" }, timeout: 120_000 });
    assert.equal(r.status, 0, `kitwork run failed:\n${r.stdout}${r.stderr}`);
    assert.equal(r.stdout.trim(), "2");
    assert.ok(fs.readFileSync(cache).equals(shipped), "the process replaced the shipped code cache: its stamp did not match the installed bundle");
  });
});
