// ES modules between files of a works folder (compiler/modules.ts, vm/modules.ts,
// engine/modules.ts):
//   1. semantics, each case also run by Node as real ES modules and the results compared:
//      named, default and namespace imports, re-exports, live bindings, cycles (hoisted
//      functions, TDZ), evaluation order, assignment to an import;
//   2. what the loader refuses, at file:line:col with a code frame;
//   3. the engine: helper modules are not works, a work's version covers its graph, and
//      hot reload reloads the works that import a changed file;
//   4. a durable run resumes on the module graph it started with after a helper changes;
//   5. a run suspended inside an imported module's function snapshots and resumes.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadGraph } from "../src/engine/modules.ts";
import { Runtime } from "../src/runtime/runtime.ts";
import { toHost } from "../src/stdlib/convert.ts";
import { Engine, type EngineEvent } from "../src/engine/engine.ts";
import { HttpServer } from "../src/server/http.ts";
import { backends, bootDurable, call, eventually, removeTempDirs, untilDurable, writeWork } from "./fixtures/durable/harness.ts";

after(removeTempDirs);
const temps: string[] = [];
after(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});
function tempFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-modules-"));
  temps.push(dir);
  for (const [name, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), source);
  }
  return dir;
}

/** Runs main.js's `out` on the VM: an entry that imports it returns it as JSON. */
function onVm(files: Record<string, string>): unknown {
  const all: Record<string, string> = { ...files, "run.js": 'import { out } from "./main.js";\nreturn JSON.stringify(out);\n' };
  const g = loadGraph("run.js", (rel) => all[rel] ?? null);
  if (!g.ok) throw new Error(g.problems.map((p) => `${p.file}:${p.line}:${p.column + 1} ${p.message}`).join("\n"));
  return JSON.parse(toHost(new Runtime().runSync(g.graph.entry)) as string);
}

/** The same files as real ES modules in Node. */
async function onNode(files: Record<string, string>): Promise<unknown> {
  const dir = tempFolder({ ...files, "package.json": '{ "type": "module" }' });
  const m = (await import(pathToFileURL(path.join(dir, "main.js")).href)) as { out: unknown };
  return JSON.parse(JSON.stringify(m.out));
}

const CASES: Record<string, Record<string, string>> = {
  "named, default and namespace imports; live bindings": {
    "lib/text.js": `export function slugify(s) { return s.toLowerCase().trim().replace(/[^a-z0-9]+/g, "-"); }
export let count = 0;
export function inc() { count++; return count; }
export default function () { return "default:" + count; }
export const K = 42, L = [1, 2];
let hidden = "x";
export { hidden as shown, K as "a k" };`,
    "main.js": `import { slugify, count, inc as bump } from "./lib/text.js";
import dflt, * as ns from "./lib/text.js";
import { "a k" as ak, shown } from "./lib/text.js";
const before = count;
bump(); bump();
let assigned;
try { count = 5; } catch (e) { assigned = [e.name, e.message]; }
let frozen;
try { ns.K = 1; } catch (e) { frozen = e.name; }
export const out = [slugify("Hello World"), before, count, ns.count, dflt(), dflt.name, Object.keys(ns), typeof ns.inc, ak, shown, assigned, frozen, ns.L === ns.L];`,
  },
  "generators exported and imported (hoisted across a cycle)": {
    "lib/seq.js": `import { label } from "../main.js";
export function* range(n) { for (let i = 0; i < n; i++) yield i; }
export default function* (xs) { for (const x of xs) yield label(x); }
export const evens = { *[Symbol.iterator]() { yield* [...range(6)].filter((i) => i % 2 === 0); } };`,
    "main.js": `import tagged, { range, evens } from "./lib/seq.js";
export function label(x) { return "#" + x; }
const it = range(2);
export const out = [[...range(3)], [...tagged(range(2))], [...evens], it.next(), it.return(9), Object.prototype.toString.call(it)];`,
  },
  "re-exports: export from, export * from, export * as": {
    "a.js": `export const a = "a"; export const shared = "from a"; export default "a's default";`,
    "b.js": `export const b = "b"; export const shared = "from b";`,
    "c.js": `export const c = "c"; export function f() { return "f"; }`,
    "index.js": `export * from "./a.js";
export * from "./c.js";
export { b as bee, shared as bShared } from "./b.js";
export * as bs from "./b.js";
import { c } from "./c.js";
export { c as again };`,
    "main.js": `import * as all from "./index.js";
import { a, bee, bShared, bs, f, again } from "./index.js";
export const out = [Object.keys(all), a, bee, bShared, bs.b, Object.keys(bs), f(), again, all.shared, "default" in all];`,
  },
  "a cycle: hoisted functions are callable, a let is in its TDZ": {
    "main.js": `import { fromB, b } from "./b.js";
export function fa() { return "fa"; }
export let la = "la";
export const out = [fromB, b()];`,
    "b.js": `import { fa, la } from "./main.js";
let early;
try { early = la; } catch (e) { early = [e.name, e.message]; }
export const fromB = [fa(), early];
export function b() { return fa() + la; }`,
  },
  "evaluation order: imports first, in order, each module once": {
    "log.js": `export const log = []; log.push("log");`,
    "x.js": `import { log } from "./log.js"; log.push("x");`,
    "y.js": `import { log } from "./log.js"; import "./x.js"; log.push("y");`,
    "main.js": `import "./y.js";
import { log } from "./log.js";
import "./x.js";
log.push("main");
export const out = log;`,
  },
  "default exports: classes, expressions, a function's name": {
    "k.js": `export default class { hi() { return "hi"; } }`,
    "e.js": `export default [1, 2, 3].map((x) => x * 2);`,
    "fn.js": `export default (x) => x + 1;`,
    "named.js": `export default function twice(x) { return 2 * x; }`,
    "main.js": `import K from "./k.js";
import e from "./e.js";
import fn from "./fn.js";
import twice, * as n from "./named.js";
export const out = [new K().hi(), K.name, e, fn(1), fn.name, twice(4), twice.name, Object.keys(n)];`,
  },
};

describe("1. modules as in JS (each case also run on Node)", () => {
  for (const [name, files] of Object.entries(CASES)) {
    test(name, async () => {
      assert.deepEqual(onVm(files), await onNode(files));
    });
  }
});

// ------------------------------------------------------------------ 2. errors

function problemsOf(files: Record<string, string>, entry = "main.js"): string[] {
  const g = loadGraph(entry, (rel) => files[rel] ?? null);
  assert.equal(g.ok, false, "the graph does not load");
  return g.ok ? [] : g.problems.map((p) => `${p.file}:${p.line}:${p.column + 1} ${p.message}\n${p.frame}`);
}

describe("2. what the loader refuses, at the import", () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ["a package", { "main.js": 'import _ from "lodash";' }, /^main\.js:1:15 cannot import "lodash" \(a package\): works import only files of the works folder, by a relative path such as "\.\/lib\/text\.js"/],
    ["a builtin", { "main.js": 'const w = 1;\nimport fs from "node:fs";' }, /^main\.js:2:16 cannot import "node:fs" \(a URL or a builtin module\)/],
    ["an absolute path", { "main.js": 'import x from "/etc/x.js";' }, /^main\.js:1:15 cannot import "\/etc\/x\.js" \(an absolute path\)/],
    ["outside the folder", { "lib/a.js": 'export * from "../../secret.js";', "main.js": 'import "./lib/a.js";' }, /^lib\/a\.js:1:15 cannot import "\.\.\/\.\.\/secret\.js": it is outside the works folder/],
    ["a missing file", { "main.js": 'import { x } from "./lib/nope.js";' }, /^main\.js:1:19 cannot import "\.\/lib\/nope\.js": lib\/nope\.js does not exist in the works folder/],
    ["no extension", { "lib/text.js": "export const x = 1;", "main.js": 'import { x } from "./lib/text";' }, /^main\.js:1:19 cannot import "\.\/lib\/text": only \.js files can be imported, named in full — did you mean "\.\/lib\/text\.js"\?/],
    ["a test file", { "a.test.js": "export const x = 1;", "main.js": 'import { x } from "./a.test.js";' }, /cannot import "\.\/a\.test\.js": a\.test\.js is a test file, which is not part of the works/],
    ["node_modules", { "node_modules/p/i.js": "export const x = 1;", "main.js": 'import { x } from "./node_modules/p/i.js";' }, /is node_modules \(packages are not available to works\)/],
    ["a missing export", { "lib/text.js": "export function slugify() {}", "main.js": 'import { slugfy } from "./lib/text.js";' }, /^main\.js:1:10 SyntaxError: the module "\.\/lib\/text\.js" does not provide an export named 'slugfy' — did you mean 'slugify'\?\n> 1 \| import \{ slugfy \}/],
    ["a missing default", { "lib/text.js": "export const a = 1, b = 2;", "main.js": 'import t from "./lib/text.js";' }, /^main\.js:1:8 SyntaxError: the module "\.\/lib\/text\.js" does not provide an export named 'default' \(it exports 'a', 'b'\)/],
    ["a missing re-export", { "a.js": 'export { nope } from "./b.js";', "b.js": "export const yes = 1;", "main.js": 'import "./a.js";' }, /^a\.js:1:10 SyntaxError: the module "\.\/b\.js" does not provide an export named 'nope'/],
    ["a syntax error in a helper", { "lib/bad.js": "export const x = ;", "main.js": 'import { x } from "./lib/bad.js";' }, /^lib\/bad\.js:1:18 SyntaxError: Unexpected token \(imported by main\.js\)/],
    ["a work", { "other.js": 'const w = work("other");\nexport const x = 1;', "main.js": 'import { x } from "./other.js";' }, /^main\.js:1:19 cannot import "\.\/other\.js": other\.js declares a work \(it calls work\(\)\), and a work cannot be imported/],
    ["import()", { "main.js": 'export const m = import("./x.js");' }, /^main\.js:1:18 import\(\) is not supported: import other files of the works folder with a static import/],
    ["import.meta", { "main.js": "export const u = import.meta.url;" }, /^main\.js:1:18 import\.meta is not supported/],
    ["export in a function", { "main.js": "function f() {\n  export const x = 1;\n}" }, /^main\.js:2:3 SyntaxError: 'import' and 'export' may only appear at the top level/],
    ["an undeclared export", { "main.js": "export { nothing };" }, /^main\.js:1:10 SyntaxError: Export 'nothing' is not defined/],
    ["top-level await in an imported module", { "lib/a.js": "export const v = await 1;", "main.js": 'import { v } from "./lib/a.js";\nreturn v;' }, /^lib\/a\.js:1:18 top-level await is not supported in a module that exports bindings/],
  ];
  for (const [name, files, want] of cases) {
    test(name, () => {
      const [first] = problemsOf(files);
      assert.match(first!, want);
    });
  }
});

test("a work's own top level awaits what its helpers' async functions return", async () => {
  const files: Record<string, string> = {
    "lib/load.js": "export async function load(id) { await null; return { id, name: `item ${id}` }; }\nexport const order = [];",
    "main.js": 'import { load, order } from "./lib/load.js";\nconst items = await Promise.all([load(1), load(2)]);\norder.push("after");\nreturn [items, order];',
  };
  const g = loadGraph("main.js", (rel) => files[rel] ?? null);
  assert.ok(g.ok, g.ok ? "" : g.problems.map((p) => p.message).join("; "));
  if (!g.ok) return;
  assert.deepEqual(toHost(await new Runtime().runToEnd(g.graph.entry)), [[{ id: 1, name: "item 1" }, { id: 2, name: "item 2" }], ["after"]]);
});

// ------------------------------------------------------------------ 3. the engine

describe("3. the engine: helpers, versions, hot reload", () => {
  const WORK = `import { greet } from "./lib/greet.js";
const w = work("greeter");
w.get("/greet/:name");
return { text: greet(w.params.name) };
`;
  test("a helper is not a work; its change reloads the works importing it, with a new version", async () => {
    const dir = tempFolder({
      "greeter.js": WORK,
      "lib/greet.js": 'import { upper } from "./case.js";\nexport function greet(n) { return "Hello, " + upper(n); }\n',
      "lib/case.js": "export const upper = (s) => s.toUpperCase();\n",
      "plain.js": 'const w = work("plain");\nw.get("/plain");\nreturn 1;\n',
    });
    const events: EngineEvent[] = [];
    const engine = new Engine({ dir, report: (e) => events.push(e), databases: [] });
    const server = new HttpServer(engine, { port: 0 });
    try {
      assert.deepEqual(engine.loadAll(), []);
      assert.deepEqual(engine.list().map((w) => w.file), ["greeter.js", "plain.js"]);
      assert.deepEqual(engine.helpers(), ["lib/case.js", "lib/greet.js"]);
      const base = `http://127.0.0.1:${(await server.listen()).port}`;
      const get = async () => (await (await fetch(`${base}/greet/ada`)).json()) as { text: string };
      assert.deepEqual(await get(), { text: "Hello, ADA" });
      const v1 = engine.list()[0]!.hash;
      const plain = engine.list()[1]!;

      // A file two imports away changes: the work reloads, with a new version; the other work does not.
      fs.writeFileSync(path.join(dir, "lib/case.js"), 'export const upper = (s) => s.toUpperCase() + "!";\n');
      engine.reload(["lib/case.js"]);
      assert.deepEqual(await get(), { text: "Hello, ADA!" });
      const v2 = engine.list()[0]!.hash;
      assert.notEqual(v2, v1);
      assert.equal(engine.list()[1], plain, "a work that imports nothing is not reloaded");
      assert.deepEqual(events.filter((e) => e.kind === "loaded").map((e) => e.kind === "loaded" && e.work.file), ["greeter.js"]);

      // The same content again: nothing reloads.
      engine.reload(["lib/case.js"]);
      assert.equal(events.filter((e) => e.kind === "loaded").length, 1);

      // A broken helper: the work reports it and keeps serving its last version; fixed, it loads again.
      fs.writeFileSync(path.join(dir, "lib/case.js"), "export const upper = (s) => ;\n");
      engine.reload(["lib/case.js"]);
      const err = events.find((e) => e.kind === "error" && e.problem.file === "lib/case.js");
      assert.ok(err && err.kind === "error", "the broken helper is reported");
      assert.match(err.problem.message, /^SyntaxError: Unexpected token \(imported by lib\/greet\.js\)$/);
      assert.equal(err.keptPrevious, true);
      assert.deepEqual(await get(), { text: "Hello, ADA!" });
      fs.writeFileSync(path.join(dir, "lib/case.js"), "export const upper = (s) => s.toLowerCase();\n");
      engine.reload(["lib/case.js"]);
      assert.deepEqual(await get(), { text: "Hello, ada" });
      assert.deepEqual(engine.allProblems(), []);

      // The helper deleted: the work cannot load (and says why); restored under watch, it serves again.
      fs.rmSync(path.join(dir, "lib/case.js"));
      engine.reload(["lib/case.js"]);
      assert.match(engine.problemsOf("greeter.js")?.[0]?.message ?? "", /does not exist in the works folder/);
      await engine.watch();
      fs.writeFileSync(path.join(dir, "lib/case.js"), 'export const upper = (s) => "<" + s + ">";\n');
      assert.ok(
        await eventually(async () => (await get()).text === "Hello, <ada>", 60_000, 20),
        "the watcher reloads greeter.js after lib/case.js is created again (waited up to 60 s)",
      );
    } finally {
      await server.close();
      await engine.shutdown();
    }
  });

  test("an error thrown in a helper: the run's error names the helper's line", async () => {
    const dir = tempFolder({
      "boom.js": 'import { check } from "./lib/check.js";\nconst w = work("boom");\nw.get("/boom");\nreturn check(w.query.n);\n',
      "lib/check.js": 'export function check(n) {\n  if (!n) throw new Error("n is required");\n  return n;\n}\n',
    });
    const engine = new Engine({ dir, report: () => {}, databases: [], dev: true });
    const server = new HttpServer(engine, { port: 0 });
    try {
      assert.deepEqual(engine.loadAll(), []);
      const base = `http://127.0.0.1:${(await server.listen()).port}`;
      const r = await fetch(`${base}/boom`);
      assert.equal(r.status, 500);
      const text = await r.text();
      assert.match(text, /n is required/);
      assert.match(text, /lib\/check\.js:2:/);
    } finally {
      await server.close();
      await engine.shutdown();
    }
  });
});

// ------------------------------------------------------------------ 4. durable runs

const [sqlite] = await backends("modules");

describe("4. a durable run resumes on the module graph it started with", () => {
  const WORK = `import { label, stamp } from "./lib/label.js";
const w = work("pinned-modules");
w.post("/pinned");
const before = stamp("before");
const got = wait("pinned-modules-go");
return { before, after: stamp("after"), label, got };
`;
  const helper = (v: string) => `export const label = "${v}";\nexport function stamp(what) { return what + ":" + label; }\n`;

  test("after the helper is edited, and from another engine on the same store", async () => {
    const b = await bootDurable(await sqlite!.fresh(), { "pinned.js": WORK, "lib/label.js": helper("v1") }, { awaitParkedMs: 0 });
    try {
      assert.deepEqual(b.problems, []);
      const v1 = b.engine.list()[0]!.hash;
      const start = async () => {
        const r = await call(b.base, "/pinned", { method: "POST", json: {} });
        assert.equal(r.status, 202);
        return (r.json() as { run: string }).run;
      };
      const first = await start();
      assert.equal((await untilDurable(b.store, first, (d) => d.state === "waiting", "waiting")).version, v1);

      writeWork(b.dir, "lib/label.js", helper("v2"));
      b.engine.reload(["lib/label.js"]);
      const v2 = b.engine.list()[0]!.hash;
      assert.notEqual(v2, v1, "the helper's edit is a new version of the work");
      const second = await start();
      assert.equal((await untilDurable(b.store, second, (d) => d.state === "waiting", "waiting")).version, v2);

      assert.equal(await b.engine.signal("pinned-modules-go", 1), 2);
      const done = async (id: string) => {
        const d = await untilDurable(b.store, id, (x) => x.state === "done" || x.state === "failed", "finished");
        assert.equal(d.state, "done", d.error ?? "");
        return JSON.parse(d.result!);
      };
      assert.deepEqual(await done(first), { before: "before:v1", after: "after:v1", label: "v1", got: 1 });
      assert.deepEqual(await done(second), { before: "before:v2", after: "after:v2", label: "v2", got: 1 });
    } finally {
      await b.close();
    }
  });

  test("a run parked on v1 resumes on v1 in an engine that never loaded it", async () => {
    const url = await sqlite!.fresh();
    const b = await bootDurable(url, { "pinned.js": WORK, "lib/label.js": helper("v1") }, { awaitParkedMs: 0 });
    let id: string;
    try {
      const r = await call(b.base, "/pinned", { method: "POST", json: {} });
      id = (r.json() as { run: string }).run;
      await untilDurable(b.store, id, (d) => d.state === "waiting", "waiting");
    } finally {
      await b.close();
    }
    // Another engine, on a folder whose helper is at v3 (and whose work moved on too).
    const c = await bootDurable(url, { "pinned.js": WORK.replace("const before", "const pad = 1;\nconst before"), "lib/label.js": helper("v3") });
    try {
      assert.equal(await c.engine.signal("pinned-modules-go", "go"), 1);
      const d = await untilDurable(c.store, id, (x) => x.state === "done" || x.state === "failed", "finished");
      assert.equal(d.state, "done", d.error ?? "");
      assert.deepEqual(JSON.parse(d.result!), { before: "before:v1", after: "after:v1", label: "v1", got: "go" });
    } finally {
      await c.close();
    }
  });
});

// ------------------------------------------------------------------ 5. snapshots

describe("5. suspended inside an imported module's function", () => {
  test("the run snapshots, restores in a fresh runtime from the entry program alone, and finishes with live bindings intact", () => {
    const files: Record<string, string> = {
      "lib/counter.js": `export let n = 0;
export function step(label) {
  n++;
  const got = ask(label);
  n += got;
  return label + ":" + got;
}`,
      "main.js": `import { step, n } from "./lib/counter.js";
import * as c from "./lib/counter.js";
const a = step("a");
const b = step("b");
return [a, b, n, c.n];`,
    };
    const load = () => {
      const g = loadGraph("main.js", (rel) => files[rel] ?? null);
      assert.ok(g.ok);
      return g.graph.entry;
    };
    const make = () => new Runtime({ globals: { ask: (q: unknown) => Promise.resolve(q === "a" ? 10 : 100) } });
    let out = make().run(load());
    assert.equal(out.status, "suspended");
    for (const want of [10, 100]) {
      assert.equal(out.status, "suspended");
      // Through JSON into another runtime, which has never run these programs.
      const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
      out = make().restore(doc, { programs: [load()] }).resume(want);
    }
    assert.equal(out.status, "done");
    assert.deepEqual(toHost(out.value), ["a:10", "b:100", 112, 112]);
  });
});
