// The `kitwork` command bundled (run by `npm run build` after tsc): dist/cli/main.js and
// every module of ours it imports, with commander, acorn and croner, as one script,
// dist/cli/kitwork.bundle.js, instead of ~100 ES modules. bin/kitwork.js compiles it with
// node:vm and V8's code cache (dist/cli/kitwork.bundle.cache), so start-up neither
// resolves nor parses module by module, nor compiles again what an earlier process
// compiled (docs/benchmarks.md, "Start-up"). bin/kitwork.js runs the bundle only when it
// is at least as new as dist/cli/main.js (tsc alone, e.g. `npx tsc`, leaves it stale),
// and dist/cli/main.js otherwise.
//
// - The script is one function expression, called by bin/kitwork.js with (exports,
//   require, module, __filename, __dirname, bundle URL), in strict mode as ES modules are.
//   The modules a command imports when it runs (`await import("./run.js")`) are in it but
//   initialised only when imported (esbuild's lazy module wrappers), as before.
// - Other packages stay outside, loaded from node_modules where first used, as before:
//   drivers, pino, the OpenTelemetry SDK; better-sqlite3's JavaScript is inlined, and its
//   native addon is loaded by path (db/sqlite-binding.ts).
//   A script has no import(), so `await import("pg")` becomes a require() whose exports
//   are given as Node gives a CommonJS module to import(): `default` is module.exports.
// - `import.meta.url` in each module is replaced by the URL that module has in dist/, so
//   what it finds beside itself (web/, templates/, types/, the compiled builtins' cache,
//   the run-record writer's thread module, createRequire's resolution) is unchanged.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { isBuiltin } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as acorn from "acorn";
import * as esbuild from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(DIST, "cli/kitwork.bundle.js");
const CACHE = path.join(DIST, "cli/kitwork.bundle.cache");
/**
 * Packages inlined, with what they import: pure JavaScript, loaded by every command
 * (commander, acorn, croner) or by most starts (Kysely: ~280 CommonJS files, the largest
 * single cost of starting a project with migrations; find-my-way; prom-client and the
 * OpenTelemetry API it requires, ~44 files; pino, which `kitwork start` logs with, and its
 * dependencies, ~30 files and 17 ms from node_modules — its transports, which start worker
 * threads from files beside it, are never used: kitwork gives it a destination object;
 * semver's functions for versioned routes, ~5 ms from node_modules). The OpenTelemetry SDK, when tracing is
 * configured, loads its own copy of the API from node_modules: the API keeps its state in
 * one global shared by every copy of a compatible version, as it is designed to.
 */
const INLINE = new Set(["commander", "acorn", "croner", "kysely", "find-my-way", "prom-client", "@opentelemetry/api", "better-sqlite3", "pino", "semver"]);
/** Our modules whose require of an inlined package goes through the bundle's require (see the plugin). */
const OWN_REQUIRE = ["db/kysely.js", "engine/blueprint.js", "engine/registry.js"];

/**
 * Edits to inlined packages' files, each [file under node_modules, text, replacement]; the
 * build fails when a text is not found (a new version of the package: look again).
 * - commander requires node:child_process (and with it node:net, node:dgram and their
 *   streams) as it loads, for executable subcommands, which kitwork has none of: required
 *   where it spawns one instead.
 * - prom-client requires its push gateway (node:http, node:https, node:zlib) and its
 *   cluster aggregator (node:cluster) as it loads; kitwork uses neither: required when read.
 * - better-sqlite3's addon is given by path (db/sqlite-binding.ts). When it is not where an
 *   install builds it, the package asks `bindings` to look, and `bindings` looks beside the
 *   file that called it, which is the bundle now: it is told better-sqlite3's own folder.
 */
const patched = new Set();
const PATCHES = [
  ["prom-client/index.js", "exports.Pushgateway = require('./lib/pushgateway');", "Object.defineProperty(exports, 'Pushgateway', { enumerable: true, get: () => require('./lib/pushgateway') });"],
  ["prom-client/index.js", "exports.AggregatorRegistry = require('./lib/cluster');", "Object.defineProperty(exports, 'AggregatorRegistry', { enumerable: true, get: () => require('./lib/cluster') });"],
  ["commander/lib/command.js", "const childProcess = require('node:child_process');", "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"],
  [
    "better-sqlite3/lib/database.js",
    "require('bindings')('better_sqlite3.node')",
    "require('bindings')({ bindings: 'better_sqlite3.node', module_root: path.dirname(require['resolve']('better-sqlite3/package.json')) })",
  ],
];

const { builtinsCacheKey } = await import(new URL("../dist/runtime/builtins-cache.js", import.meta.url).href);
const builtinsKey = builtinsCacheKey();

const packageName = (spec) => (spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);

const plugin = {
  name: "kitwork-cli",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (isBuiltin(args.path)) return { external: true };
      const name = packageName(args.path);
      const fromPackage = args.importer.includes(`${path.sep}node_modules${path.sep}`);
      if (INLINE.has(name) || fromPackage) return undefined;
      // import() of a package: a module of the bundle that requires it (see above).
      if (args.kind === "dynamic-import") return { path: args.path, namespace: "kitwork-require" };
      return { external: true };
    });
    build.onLoad({ filter: /.*/, namespace: "kitwork-require" }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: "js", resolveDir: ROOT }));
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      const patches = PATCHES.filter(([file]) => args.path.endsWith(`${path.sep}node_modules${path.sep}${file.split("/").join(path.sep)}`));
      if (patches.length) {
        let text = await fs.promises.readFile(args.path, "utf8");
        for (const [file, from, to] of patches) {
          if (!text.includes(from)) throw new Error(`bundle-cli: ${file} no longer holds ${JSON.stringify(from)}`);
          text = text.replace(from, () => to);
          patched.add(file);
        }
        return { contents: text, loader: "js" };
      }
      if (!args.path.startsWith(DIST + path.sep)) return undefined;
      let text = await fs.promises.readFile(args.path, "utf8");
      // Modules that require an inlined package where it is first used, through a require of
      // their own (db/kysely.ts: Kysely when the first connection opens; the blueprint and
      // the registry: semver's functions for versioned routes): without that line they use
      // the bundle's, so the require is of the inlined copy, still initialised on first use.
      if (OWN_REQUIRE.some((f) => args.path === path.join(DIST, f))) {
        const from = "const require = createRequire(import.meta.url);";
        if (!text.includes(from)) throw new Error(`bundle-cli: ${args.path} no longer holds ${JSON.stringify(from)}`);
        text = text.replace(from, "");
      }
      // The compiled builtins' cache key (runtime/builtins-cache.ts) of the compiler's files
      // bundled here, worked out once now rather than by every process.
      if (args.path === path.join(DIST, "runtime/builtins-cache.js")) {
        const from = "const BUNDLED_KEY = null;";
        if (!text.includes(from)) throw new Error(`bundle-cli: ${args.path} no longer holds ${JSON.stringify(from)}`);
        text = text.replace(from, () => `const BUNDLED_KEY = ${JSON.stringify(builtinsKey)};`);
      }
      // Non-ASCII characters as \u escapes (the same strings; the dashboard's html`` tag reads
      // its templates cooked), but not where a String.raw template would see the escape.
      if (!text.includes("String.raw")) text = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
      const url = path.relative(path.dirname(OUT), args.path).split(path.sep).join("/");
      return { contents: text.replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(url)}, __kitworkBundleUrl).href`), loader: "js" };
    });
  },
};

// Written beside, then renamed into place: a command starting meanwhile reads the old
// script or the new one. The old code cache goes first: it belongs to the old script.
const tmp = `${OUT}.${process.pid}.tmp`;
/** What both scripts built here are: one CommonJS file for node 20, our comments left out. */
const NODE_SCRIPT = { bundle: true, format: "cjs", platform: "node", target: "node20", legalComments: "none", logLevel: "warning" };
await esbuild.build({
  ...NODE_SCRIPT,
  entryPoints: [path.join(DIST, "cli/main.js")],
  outfile: tmp,
  // Packages resolved as node resolves them (esbuild adds a "module" condition by default).
  conditions: [],
  banner: { js: '(function (exports, require, module, __filename, __dirname, __kitworkBundleUrl) {\n"use strict";' },
  footer: { js: "})" },
  // No comments or layout: a smaller file, and all of it ASCII (with the escapes above;
  // checked below), which bin/kitwork.js reads as latin1, with no decoding.
  minifyWhitespace: true,
  charset: "ascii",
  plugins: [plugin],
});
for (const [file] of PATCHES) if (!patched.has(file)) throw new Error(`bundle-cli: ${file} is no longer in the bundle: drop its edit`);
// A script cannot run import() (node:vm gives it no loader without a flag): none may be left.
const found = [];
(function walk(node) {
  if (Array.isArray(node)) return node.forEach(walk);
  if (node === null || typeof node !== "object") return;
  if (node.type === "ImportExpression") found.push(node.start);
  for (const key in node) if (key !== "loc") walk(node[key]);
})(acorn.parse(fs.readFileSync(tmp, "utf8"), { ecmaVersion: "latest" }));
if (found.length) throw new Error(`${tmp}: import() left at offset ${found.join(", ")}`);
const nonAscii = fs.readFileSync(tmp, "latin1").search(/[^\x00-\x7f]/);
// bin/kitwork.js reads the bundle as latin1, which is right only for ASCII.
if (nonAscii >= 0) throw new Error(`bundle-cli: a non-ASCII character at offset ${nonAscii} of the bundle (in a String.raw template?): bin/kitwork.js reads it as latin1`);
// The bundle's first line names its content: the code cache is stamped with it, not with the
// file's mtime, which `npm pack` sets to one date for every file (a stamp of the build's mtime
// never matched an installed copy, whose first process then compiled the whole bundle again).
const built = fs.readFileSync(tmp, "latin1");
fs.writeFileSync(tmp, `// kitwork bundle ${createHash("sha256").update(built, "latin1").digest("hex").slice(0, 32)}\n${built}`, "latin1");
fs.rmSync(CACHE, { force: true });
fs.renameSync(tmp, OUT);

// The supervisor `kitwork start` becomes (cli/supervisor.ts, node builtins only) as one
// CommonJS file, dist/cli/supervisor.cjs: bin/kitwork.js requires it, without starting
// node's ES module loader (~10-20 ms), so the engine it spawns starts that much sooner.
const SUPERVISOR = path.join(DIST, "cli/supervisor.cjs");
const supervisorTmp = `${SUPERVISOR}.${process.pid}.tmp`;
await esbuild.build({
  ...NODE_SCRIPT,
  entryPoints: [path.join(DIST, "cli/supervisor.js")],
  outfile: supervisorTmp,
  plugins: [
    {
      name: "builtins-only",
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, (args) => {
          if (isBuiltin(args.path)) return { external: true };
          throw new Error(`bundle-cli: the supervisor imports ${args.path}: it may import node builtins (and its own modules) only`);
        });
      },
    },
  ],
});
fs.renameSync(supervisorTmp, SUPERVISOR);

// The compiled builtins first (runtime/builtins-cache.ts; a fresh dist/ has none, and a
// changed compiler makes them stale): the run below then reads them, as every later
// process does, so the code cache it writes holds the reading path rather than the
// compiler's work on the prelude.
const { Runtime } = await import(new URL("../dist/runtime/runtime.js", import.meta.url).href);
new Runtime();

// One `kitwork run` through the command, in a folder with a migration (so Kysely and the
// migrator run too): checks that the bundle runs, and writes its code cache with what
// that process compiled. A cache that is accepted is kept, so what this run compiles is
// what later processes do not compile again.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-bundle-"));
try {
  fs.mkdirSync(path.join(dir, "migrations"));
  fs.writeFileSync(path.join(dir, "migrations/001_t.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY);\n");
  fs.writeFileSync(path.join(dir, "one.js"), "return 1\n");
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/kitwork.js"), "run", path.join(dir, "one.js")], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  if (r.status !== 0 || r.stdout.trim() !== "1") throw new Error(`the bundled CLI does not run: exit ${r.status}\n${r.stdout}${r.stderr}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
