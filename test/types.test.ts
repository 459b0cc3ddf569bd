// Editor types (types/kitwork.d.ts) and the top-level-return rule (types/ts-plugin.cjs),
// checked as a user's project sees them: a folder with the example jsconfig.json
// verbatim and kitwork in node_modules (a link to this repository). The same project is
// checked three ways: TypeScript's API as `kitwork typecheck` runs it, the command
// itself, and tsserver — the editor's language server — loading the plugin.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { main } from "../src/cli/main.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const FIXTURES = path.join(ROOT, "test/fixtures/types");
const plugin = createRequire(import.meta.url)("../types/ts-plugin.cjs") as {
  checkProject(t: typeof ts, configFile: string): { diagnostics: readonly ts.Diagnostic[] };
};

/** A project folder: jsconfig.json as types/jsconfig.example.json gives it, node_modules/kitwork, and works/ with `works`. */
function project(t: { after(f: () => void): void }, works: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-types-"));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.copyFileSync(path.join(ROOT, "types/jsconfig.example.json"), path.join(dir, "jsconfig.json"));
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(ROOT, path.join(dir, "node_modules/kitwork"), "dir");
  fs.mkdirSync(path.join(dir, "works"));
  for (const [name, text] of Object.entries(works)) {
    fs.mkdirSync(path.dirname(path.join(dir, "works", name)), { recursive: true });
    fs.writeFileSync(path.join(dir, "works", name), text);
  }
  return dir;
}

/** `file:line:col TSnnnn message` for each diagnostic, file relative to the project. */
function lines(dir: string, diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || d.start === undefined) return `TS${d.code} ${message}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(dir, d.file.fileName)}:${line + 1}:${character + 1} TS${d.code} ${message}`;
  });
}

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");

const MISSPELT = [
  "works/misspelt.js:4:3 TS2551 Property 'gett' does not exist on type 'Work'. Did you mean 'get'?",
  "works/misspelt.js:5:33 TS2551 Property 'whre' does not exist on type 'Query'. Did you mean 'where'?",
  "works/misspelt.js:6:50 TS2551 Property 'selct' does not exist on type 'Query'. Did you mean 'select'?",
];

test("every example work, and a work using most globals, checks with no errors", (t) => {
  const works: Record<string, string> = { "correct.js": fixture("correct.js") };
  const examples = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".js") && !f.endsWith(".test.js"));
  assert.ok(examples.length >= 10, `examples found: ${examples.join(", ")}`);
  for (const f of examples) works[f] = fs.readFileSync(path.join(ROOT, "examples", f), "utf8");
  // The helper modules the examples import.
  for (const f of fs.readdirSync(path.join(ROOT, "examples/lib"))) works[`lib/${f}`] = fs.readFileSync(path.join(ROOT, "examples/lib", f), "utf8");
  const dir = project(t, works);
  const { diagnostics } = plugin.checkProject(ts, path.join(dir, "jsconfig.json"));
  assert.deepEqual(lines(dir, diagnostics), []);
});

test("misspelt work and query builder methods are reported with their names, top-level returns included", (t) => {
  const dir = project(t, { "misspelt.js": fixture("misspelt.js") });
  const { diagnostics } = plugin.checkProject(ts, path.join(dir, "jsconfig.json"));
  assert.deepEqual(lines(dir, diagnostics), MISSPELT);
});

test("TypeScript alone reports TS1108 on each top-level return and never checks what it returns", (t) => {
  // What the plugin is for: the same project through tsc's plain API.
  const dir = project(t, { "misspelt.js": fixture("misspelt.js") });
  const config = ts.getParsedCommandLineOfConfigFile(path.join(dir, "jsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const program = ts.createProgram(config.fileNames, config.options);
  const found = lines(dir, ts.getPreEmitDiagnostics(program));
  assert.ok(found.includes("works/misspelt.js:6:24 TS1108 A 'return' statement can only be used within a function body."), found.join("\n"));
  assert.ok(found.includes("works/misspelt.js:7:1 TS1108 A 'return' statement can only be used within a function body."), found.join("\n"));
  assert.ok(!found.some((l) => l.includes("selct")), found.join("\n"));
});

test("kitwork typecheck prints each error at file:line:col with a code frame of the file as written, and exits 1", async (t) => {
  const dir = project(t, { "misspelt.js": fixture("misspelt.js") });
  let out = "";
  let err = "";
  const code = await main(["node", "kitwork", "typecheck", dir], { out: (s) => (out += s), err: (s) => (err += s) });
  assert.equal(code, 1);
  assert.equal(out, "3 type errors\n");
  const rel = path.relative(process.cwd(), path.join(dir, "works/misspelt.js"));
  assert.match(err, new RegExp(`^${rel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:5:33 TS2551 Property 'whre' does not exist on type 'Query'`, "m"));
  assert.match(err, /> 6 \| if \(rows\.length === 0\) return db\(\)\.from\("users"\)\.selct\("name"\)\.all\(\);\n {4}\| {50}\^/);

  const clean = project(t, { "correct.js": fixture("correct.js") });
  out = "";
  err = "";
  assert.equal(await main(["node", "kitwork", "typecheck", clean], { out: (s) => (out += s), err: (s) => (err += s) }), 0);
  assert.equal(err, "");
  assert.match(out, /jsconfig\.json: no type errors\n$/);
});

/** A tsserver (the editor's TypeScript server) on this repository's TypeScript, looking for plugins where VS Code's typescript.tsserver.pluginPaths would point. */
function tsserver(t: { after(f: () => void): void }, probe: string) {
  const proc = spawn(process.execPath, [path.join(ROOT, "node_modules/typescript/lib/tsserver.js"), "--disableAutomaticTypingAcquisition", "--pluginProbeLocations", probe], { stdio: ["pipe", "pipe", "inherit"] });
  t.after(() => proc.kill());
  let buf = Buffer.alloc(0);
  let seq = 0;
  const waiting = new Map<number, (body: unknown) => void>();
  proc.stdout.on("data", (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const head = buf.indexOf("\r\n\r\n");
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/.exec(buf.subarray(0, head).toString())?.[1]);
      if (buf.length < head + 4 + len) return;
      const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString());
      buf = buf.subarray(head + 4 + len);
      if (msg.type === "response" && waiting.has(msg.request_seq)) {
        waiting.get(msg.request_seq)!(msg.success ? msg.body : new Error(msg.message));
        waiting.delete(msg.request_seq);
      }
    }
  });
  const write = (command: string, args: unknown) => proc.stdin.write(`${JSON.stringify({ seq: ++seq, type: "request", command, arguments: args })}\n`);
  return {
    notify: write,
    request(command: string, args: unknown): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
      write(command, args);
      const s = seq;
      return new Promise((resolve, reject) => {
        const guard = setTimeout(() => reject(new Error(`tsserver gave no answer to ${command} in 2 minutes`)), 120_000);
        waiting.set(s, (body) => {
          clearTimeout(guard);
          if (body instanceof Error) reject(body);
          else resolve(body);
        });
      });
    },
  };
}

test("in the editor, the plugin hides TS1108, reports misspellings (returns included), follows edits, and completes w. and db().", async (t) => {
  const dir = project(t, { "misspelt.js": fixture("misspelt.js") });
  const file = path.join(dir, "works/misspelt.js");
  const server = tsserver(t, dir);
  server.notify("open", { file });
  const diagnostics = async () => ((await server.request("semanticDiagnosticsSync", { file })) as Array<{ code: number; start: { line: number; offset: number }; text: string }>).map((d) => `works/misspelt.js:${d.start.line}:${d.start.offset} TS${d.code} ${d.text}`);
  assert.deepEqual(await diagnostics(), MISSPELT);

  // Line 5 fixed in the editor (not saved): its error goes, the others stay where they are.
  server.notify("change", { file, line: 5, offset: 33, endLine: 5, endOffset: 37, insertString: "where" });
  assert.deepEqual(await diagnostics(), [MISSPELT[0], MISSPELT[2]]);

  const names = async (line: number, offset: number) => ((await server.request("completionInfo", { file, line, offset })) as { entries: Array<{ name: string }> }).entries.map((e) => e.name);
  const onW = await names(4, 3);
  for (const n of ["router", "get", "retry", "timeout", "cron", "queue", "rateLimit", "params", "query", "rawBody", "payload"]) assert.ok(onW.includes(n), `w.${n} completes: ${onW.join(" ")}`);
  const onQuery = await names(5, 33);
  for (const n of ["where", "orWhere", "whereIn", "join", "orderBy", "take", "first", "insert", "transaction"]) assert.ok(onQuery.includes(n), `db().from().${n} completes`);
});

test("in the editor without the plugin, TS1108 is reported and the returned expression is not checked", async (t) => {
  const dir = project(t, { "misspelt.js": fixture("misspelt.js") });
  const config = JSON.parse(fs.readFileSync(path.join(dir, "jsconfig.json"), "utf8"));
  delete config.compilerOptions.plugins;
  fs.writeFileSync(path.join(dir, "jsconfig.json"), JSON.stringify(config));
  const file = path.join(dir, "works/misspelt.js");
  const server = tsserver(t, dir);
  server.notify("open", { file });
  const codes = ((await server.request("semanticDiagnosticsSync", { file })) as Array<{ code: number; text: string }>).map((d) => `TS${d.code} ${d.text}`);
  assert.deepEqual(codes.filter((c) => c.startsWith("TS1108")).length, 2, codes.join("\n"));
  assert.ok(!codes.some((c) => c.includes("selct")), codes.join("\n"));
});
