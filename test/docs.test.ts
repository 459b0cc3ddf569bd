// The examples in docs/*.md marked ```js test run here: each is a script whose
// `// => <json>` line states what it returns. A block marked ```js file <path> is a file
// beside the examples of its page, which they may import ("./<path>").

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { evaluate, toHost } from "../src/index.ts";
import { newRunContext } from "../src/runtime/context.ts";
import { Connections } from "../src/db/connections.ts";
import { sharedRuntime } from "../src/runtime/runtime.ts";
import { envCapability, queueCapability, sleepCapability } from "../src/runtime/capabilities.ts";
import { EnvDeclarations } from "../src/engine/config.ts";
import { ScriptEnv } from "../src/engine/secrets.ts";
import { openStore } from "../src/store/index.ts";
import { loadGraph } from "../src/engine/modules.ts";
import { DbContext } from "../src/db/query.ts";

const DOCS = path.join(import.meta.dirname, "..", "docs");

interface Example {
  file: string;
  line: number;
  source: string;
  expected: unknown;
  /** The page's ```js file blocks, by path. */
  files: Record<string, string>;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const name of fs.readdirSync(DOCS).filter((f) => f.endsWith(".md"))) {
    const text = fs.readFileSync(path.join(DOCS, name), "utf8");
    const files: Record<string, string> = {};
    for (const m of text.matchAll(/```js file (\S+)\n([\s\S]*?)```/g)) files[m[1]!] = m[2]!;
    const re = /```js test\n([\s\S]*?)```/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const body = m[1]!;
      const arrow = body.match(/^\/\/ => (.*)$/m);
      assert.ok(arrow, `${name}: a js test block needs a "// => <json>" line`);
      out.push({
        file: name,
        line: text.slice(0, m.index).split("\n").length,
        source: body.replace(/^\/\/ => .*$/m, ""),
        expected: JSON.parse(arrow[1]!),
        files,
      });
    }
  }
  return out;
}

for (const ex of examples()) {
  test(`docs/${ex.file}:${ex.line}`, async () => {
    // Examples run as `kitwork run` runs them: a work with trigger "run".
    // …with db() on a fresh in-memory SQLite database.
    const ctx = newRunContext({ trigger: "run", recordDeclarations: true });
    const connections = new Connections([{ name: "default", url: "sqlite::memory:" }]);
    ctx.db = new DbContext(connections);
    ctx.capabilities.db = sharedRuntime().db;
    // …and queue(name).push() on a fresh in-memory store.
    const store = await openStore("sqlite::memory:");
    ctx.queues = { push: async (q, payload, o) => (await store.pushJob(q, payload, { runAt: Date.now() + o.delayMs, key: o.key, ttlMs: o.ttlMs })).id };
    ctx.capabilities.queue = queueCapability;
    ctx.capabilities.sleep = sleepCapability;
    // …and env() as kitwork.json {"env": ["APP_*"]} with APP_NAME=demo declares it (docs/config.md).
    ctx.env = new ScriptEnv(new EnvDeclarations(["APP_*"]), { APP_NAME: "demo" });
    ctx.capabilities.env = envCapability;
    let value;
    try {
      if (/^\s*import\b/m.test(ex.source)) {
        // An example that imports: loaded with the page's files as its works folder.
        const entry = "example.js";
        const g = loadGraph(entry, (rel) => (rel === entry ? ex.source : (ex.files[rel] ?? null)));
        if (!g.ok) throw new Error(g.problems.map((p) => `${p.file}:${p.line}:${p.column + 1} ${p.message}`).join("\n"));
        value = toHost(await sharedRuntime().runToEnd(g.graph.entry, { context: ctx }));
      } else value = await evaluate(ex.source, { filename: `${ex.file}:${ex.line}`, context: ctx });
    } finally {
      await connections.closeAll();
      await store.close();
    }
    const answer = ctx.response ? toHost(ctx.response.body) : value;
    assert.deepEqual(JSON.parse(JSON.stringify(answer ?? null)), ex.expected);
  });
}
