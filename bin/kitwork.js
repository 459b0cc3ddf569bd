#!/usr/bin/env node
// The `kitwork` command: runs the compiled CLI (dist/, built by `npm run build` and shipped in the package).
// `kitwork start` first becomes a small supervisor (dist/cli/supervisor.cjs, node builtins
// only) that runs the engine — this same command, marked KITWORK_SUPERVISED — as its child.
//
// The CLI runs from its bundle, dist/cli/kitwork.bundle.js (scripts/bundle-cli.mjs: one
// script instead of ~100 ES modules), compiled with V8's code cache kept beside it in
// dist/cli/kitwork.bundle.cache: a process that found no usable cache writes one as it
// exits, with what it compiled. Without the bundle, or when tsc wrote dist/ after it (it
// is then stale), the CLI runs from dist/cli/main.js as ES modules. Start-up figures:
// docs/benchmarks.md, "Start-up".
//
// This file is CommonJS (bin/package.json): node loads it without its ES module loader,
// about 2 ms of every command sooner.
"use strict";
const fs = require("node:fs");
const { createRequire } = require("node:module");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { setFlagsFromString } = require("node:v8");
const { Script } = require("node:vm");

// Off: V8's allocation-site pretenuring. Once a load burst makes the objects of a request
// (its context, headers, record) look long-lived, V8 starts allocating them in the old
// generation, where they die young anyway: every scavenge then pays for their pointers into
// the young generation and mark-compacts run far more often. Measured serving HTTP: 2.3 MB
// promoted per scavenge and ~20 µs more CPU per request with it on, nothing promoted with it
// off (docs/benchmarks.md, "Run records on the request path"). Set before anything is allocated.
setFlagsFromString("--no-allocation-site-pretenuring");
// The regular-expression flags src/vm/regexp.ts sets when it loads, set here already: a
// code cache is only accepted under the flags it was written with, and it is written at
// exit, after that module has set them.
setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
setFlagsFromString("--enable-experimental-regexp-engine");

const args = process.argv.slice(2);
const supervise = args[0] === "start" && !process.env.KITWORK_SUPERVISED && !args.some((a) => a === "--no-supervise" || a === "-h" || a === "--help");

const DIST = path.join(__dirname, "../dist");
const BUNDLE = path.join(DIST, "cli/kitwork.bundle.js");
const CACHE = path.join(DIST, "cli/kitwork.bundle.cache");

/**
 * The stat of a file scripts/bundle-cli.mjs built from tsc's output `source`, or
 * null when it is missing or tsc wrote the source after it (it is then stale).
 */
function builtFrom(built, source) {
  const b = fs.statSync(built, { throwIfNoEntry: false });
  const tsc = fs.statSync(source, { throwIfNoEntry: false });
  return !b || (tsc && tsc.mtimeMs > b.mtimeMs) ? null : b;
}

/** The bundled CLI's exports, or null when there is no bundle or tsc wrote dist/ after it. */
function loadBundle() {
  const bundle = builtFrom(BUNDLE, path.join(DIST, "cli/main.js"));
  if (!bundle) return null;
  // latin1: the bundle is ASCII (scripts/bundle-cli.mjs refuses to write it otherwise), and
  // read so it needs no UTF-8 decoding: 1-3 ms less of every start.
  const source = fs.readFileSync(BUNDLE, "latin1");
  // The cache names the script it was made from (V8 itself compares only its length): by the
  // content id on the bundle's first line (scripts/bundle-cli.mjs), which survives `npm pack`
  // and install as an mtime does not; a bundle without one, by its mtime.
  const id = source.startsWith("// kitwork bundle ") ? source.slice(18, source.indexOf("\n")) : bundle.mtimeMs;
  const stamp = Buffer.from(`kitwork code cache ${bundle.size} ${id}\n`);
  let cachedData;
  try {
    const file = fs.readFileSync(CACHE);
    if (file.subarray(0, stamp.length).equals(stamp)) cachedData = file.subarray(stamp.length);
  } catch {
    // No cache yet: compiled from the source, and one is written at exit.
  }
  const filename = BUNDLE;
  const script = new Script(source, { filename, cachedData });
  // V8 rejects a cache written under other flags: a rejected one is replaced only by a
  // process with node's default options, so two kinds of process do not keep replacing it.
  const plain = process.execArgv.length === 0 && !process.env.NODE_OPTIONS;
  if (cachedData === undefined || (script.cachedDataRejected && plain)) {
    process.once("exit", () => {
      const tmp = `${CACHE}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
        fs.renameSync(tmp, CACHE);
      } catch {
        // Best effort (a read-only install): the next process compiles the bundle again.
        fs.rmSync(tmp, { force: true });
      }
    });
  }
  const bundleModule = { exports: {} };
  script.runInThisContext()(bundleModule.exports, createRequire(BUNDLE), bundleModule, filename, path.dirname(BUNDLE), pathToFileURL(BUNDLE).href);
  return bundleModule.exports;
}

/**
 * The supervisor's module: its CommonJS build (dist/cli/supervisor.cjs, made with the
 * bundle), required without node's ES module loader, so the engine is spawned 10-20 ms
 * sooner; dist/cli/supervisor.js when that is missing or older than tsc's output.
 */
function loadSupervisor() {
  if (builtFrom(path.join(DIST, "cli/supervisor.cjs"), path.join(DIST, "cli/supervisor.js"))) return Promise.resolve(require("../dist/cli/supervisor.cjs"));
  return import("../dist/cli/supervisor.js");
}

const bundle = supervise ? null : loadBundle();
const run = supervise
  ? loadSupervisor().then((m) => m.supervise(process.argv))
  : bundle
    ? bundle.main(process.argv)
    : import("../dist/cli/main.js").then((m) => m.main(process.argv));
run.then((code) => {
  process.exitCode = code;
});
