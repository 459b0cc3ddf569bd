// Web globals across a suspension: a run holding a URL, its live searchParams, a free
// URLSearchParams and an iterator over one is snapshotted to JSON, restored in a fresh
// runtime and resumed — the URL still parses, the two stay linked, the iterator goes on;
// and the same through the engine, across a durable sleep("1h") on the test harness.

import { after, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Runtime, SnapshotError, compile, toHost, type Outcome } from "../src/index.ts";
import { testWorks } from "../src/testing/index.ts";
import { testTimeout } from "./fixtures/guard.ts";

const HOLDING = `
  const u = new URL("https://shop.test/items?page=1&sort=asc#top");
  const p = u.searchParams;
  const free = new URLSearchParams([["a", "1"], ["b", "2"], ["c", "3"]]);
  const it = free.keys();
  const first = it.next().value;
  const enc = new TextDecoder("utf-8", { fatal: true });
  const woke = hostWait(1);
  p.set("page", String(woke + 1));
  u.hash = "";
  free.append("d", "4");
  return [u.href, p === u.searchParams, p.get("sort"), free.toString(), first, it.next().value, [...it],
          enc.fatal, enc.decode(new TextEncoder().encode("ok")), u instanceof URL, free instanceof URLSearchParams];
`;

function runtime(): Runtime {
  return new Runtime({ globals: { hostWait: (x: unknown) => new Promise((r) => setImmediate(() => r(x))) } });
}

test("a run suspended holding a URL, its searchParams and an iterator resumes from a JSON snapshot in a fresh runtime", async () => {
  const program = compile(HOLDING, { filename: "holding.js" });
  const out: Outcome = runtime().run(program);
  assert.equal(out.status, "suspended");
  out.run.pending.catch(() => {});
  const json = JSON.stringify(out.run.snapshot());
  assert.ok(json.includes("https://shop.test/items?page=1&sort=asc#top"), "the URL travels as its href");
  const resumed = runtime().restore(JSON.parse(json), { programs: [program] }).resume(1);
  assert.equal(resumed.status, "done");
  assert.deepEqual(toHost(resumed.value), [
    "https://shop.test/items?page=2&sort=asc", true, "asc", "a=1&b=2&c=3&d=4", "a", "b", ["c", "d"], true, "ok", true, true,
  ]);
});

test("a snapshot whose URL does not parse, or whose searchParams belong to another URL, is refused", () => {
  const program = compile(HOLDING, { filename: "holding.js" });
  const out: Outcome = runtime().run(program);
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  const heap = doc.body.heap as Array<Record<string, unknown>>;
  const bad = structuredClone(doc);
  (bad.body.heap as Array<Record<string, unknown>>).find((e) => e.t === "url")!.href = "not a url";
  assert.throws(() => runtime().restore(bad, { programs: [program] }), (e: unknown) => e instanceof SnapshotError && e.kind === "corrupted" && /URL that does not parse/.test(e.message));
  const unlinked = structuredClone(doc);
  (unlinked.body.heap as Array<Record<string, unknown>>).find((e) => e.t === "url")!.params = null;
  assert.throws(() => runtime().restore(unlinked, { programs: [program] }), (e: unknown) => e instanceof SnapshotError && e.kind === "corrupted");
  assert.ok(heap.some((e) => e.t === "params" && e.url === null), "a free URLSearchParams is kept by its entries");
});

const temps: string[] = [];
after(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

test("a work that sleeps an hour holding a URL wakes with it working", { timeout: testTimeout() }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-web-"));
  temps.push(dir);
  fs.writeFileSync(path.join(dir, "links.js"), `
const w = work("links");
w.get("/links");
const u = new URL("/catalog?page=1", "https://shop.test");
const params = u.searchParams;
sleep("1h");
params.set("page", "2");
params.append("q", "café au lait");
return { href: u.href, host: u.host, linked: params === u.searchParams, q: params.get("q") };
`);
  const kw = await testWorks(dir, { now: "2030-01-01T00:00:00Z" });
  t.after(() => kw.close());
  const res = await kw.request("GET", "/links");
  assert.equal(res.status, 202, res.text);
  await kw.advance("1h");
  const run = await kw.run(res.run);
  assert.equal(run.status, "succeeded", JSON.stringify(run.error));
  assert.deepEqual(run.result, { href: "https://shop.test/catalog?page=2&q=caf%C3%A9+au+lait", host: "shop.test", linked: true, q: "café au lait" });
});

test("URL.parse returns the URL, or null where the constructor would throw (newer than Node 20's URL, so not compared with V8)", async () => {
  const { evaluate } = await import("../src/index.ts");
  assert.deepEqual(await evaluate(`return [URL.parse("/a?b=1", "https://x.test").href, URL.parse("nope"), URL.parse("https://x.test/") instanceof URL]`), [
    "https://x.test/a?b=1", null, true,
  ]);
});
