// Family: snapshot tampering — someone who can read or write the engine's store (the
// kw_durable rows of parked runs) edits, forges, swaps or replays a run's snapshot. Each
// attempt is made against a real durable run parked by a real engine (SQLite, and
// PostgreSQL at 127.0.0.1:5432/test when reachable; under CI=true its absence fails), then
// the run is woken. What the attacker must get: the run fails with a clear "snapshot
// failed authentication" or "corrupted snapshot" error (shown by the admin API), it does
// not resume — or, where the engine's own limits apply, it resumes and still ends on them
// — the engine keeps serving, and nothing of a run's state is readable in the store.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import Database from "better-sqlite3";
import { bindingOf } from "../../src/engine/durable.ts";
import { SECRET_FILE, SecretError, SnapshotSeal, sealFor } from "../../src/engine/seal.ts";
import type { DurableRecord } from "../../src/store/index.ts";
import { type Booted, backends, bootDurable, call, execStore, removeTempDirs, show, untilDurable } from "../fixtures/durable/harness.ts";

after(removeTempDirs);

const BACKENDS = await backends("secsnap");
after(async () => {
  for (const b of BACKENDS) if (!b.skip) await b.dispose();
});

/** A hang guard for each wait on a run's state (generous: the machine may be loaded). */
const GUARD_MS = 3 * 60_000;

// A run that holds a secret from its request in a local, waits two frames deep inside a
// try, and — when woken with {spin: true} — loops forever (only a limit can end it).
const VAULT = `const w = work("vault");
w.post("/vault");
w.timeout("5s");
const token = "tok-" + w.body.secret;
function inner(k) {
  try {
    const first = wait("vault:" + k, { timeout: "1h" });
    if (first && first.again) return [first, wait("vault-again:" + k, { timeout: "1h" })];
    return first;
  } catch (e) {
    return "caught";
  }
}
const got = inner(w.body.key);
if (got && got.spin) { let i = 0; while (true) i++; }
return { token, got };
`;

const HELLO = `const w = work("hello");
w.get("/hello");
return { hello: "world" };
`;

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Parked {
  id: string;
  key: string;
  secret: string;
  rec: DurableRecord;
  /** The request that started the run (answered 202 at its timeout, or with the run's end). */
  request: Promise<unknown>;
}

for (const backend of BACKENDS) {
  describe(`snapshot tampering on ${backend.kind}`, { skip: backend.skip }, () => {
    let b: Booted;
    let url: string;

    before(async () => {
      url = await backend.fresh();
      // On SQLite the engine makes its own secret file (no KITWORK_SECRET for this engine).
      const saved = process.env.KITWORK_SECRET;
      if (backend.kind === "sqlite") delete process.env.KITWORK_SECRET;
      try {
        b = await bootDurable(url, { "vault.js": VAULT, "hello.js": HELLO });
      } finally {
        if (saved !== undefined) process.env.KITWORK_SECRET = saved;
      }
      assert.deepEqual(b.problems, []);
    });
    after(async () => {
      await b?.close();
    });

    /** Starts a vault run and waits until it is parked on its first wait. */
    async function park(): Promise<Parked> {
      const key = randomUUID();
      const secret = `S3CR3T-${randomBytes(8).toString("hex")}`;
      const request = call(b.base, "/vault", { method: "POST", json: { key, secret } }).catch((e) => e);
      let found: DurableRecord | undefined;
      const deadline = Date.now() + GUARD_MS;
      while (!found && Date.now() < deadline) {
        found = (await b.store.listDurable({ work: "vault", limit: 1000 })).find((d) => d.event === `vault:${key}`);
        if (!found) await new Promise((r) => setTimeout(r, 10));
      }
      assert.ok(found, `gave up waiting for the vault run (key ${key}) to park on its wait after ${GUARD_MS / 1000} s (a hang guard)`);
      const rec = await untilDurable(b.store, found.runId, (d) => d.state === "waiting", "waiting", GUARD_MS);
      return { id: rec.runId, key, secret, rec, request };
    }

    /** Replaces the run's stored snapshot, as a store writer would. */
    async function writeSnapshot(runId: string, text: string): Promise<void> {
      await execStore(url, `UPDATE kw_durable SET snapshot = '${text.replace(/'/g, "''")}' WHERE run_id = '${runId}'`);
    }

    /** Wakes the run, waits for it to end, and checks what a user sees: failed, with `error`; the engine keeps serving. */
    async function expectFailed(p: Parked, error: RegExp, data: unknown = { n: 1 }): Promise<string> {
      assert.equal(await b.engine.signal(`vault:${p.key}`, data), 1, "the signal wakes the tampered run");
      const d = await untilDurable(b.store, p.id, (x) => x.state === "failed" || x.state === "done", "finished", GUARD_MS);
      assert.equal(d.state, "failed", `the tampered run must not resume; it ended ${d.state} with ${d.result}`);
      assert.match(d.error ?? "", error);
      assert.equal(d.result, null, "no result from a tampered run");
      const r = await call(b.base, `/_kitwork/runs/${p.id}`);
      assert.equal(r.status, 200, show(r));
      assert.equal(r.json().status, "failed", show(r));
      assert.equal(r.json().durable.error, d.error, show(r));
      const hello = await call(b.base, "/hello");
      assert.deepEqual([hello.status, hello.json()], [200, { hello: "world" }], "the engine keeps serving");
      await p.request;
      return d.error ?? "";
    }

    const seal = () => b.engine.seal;
    /** The run's snapshot opened with the engine's own secret (what an attacker who stole it would have). */
    const opened = (p: Parked) => seal().open<unknown>(p.rec.snapshot, bindingOf(p.rec)) as { doc: { kitwork: string; version: number; body: Body }; host: unknown };
    /** Reseals an edited document with the engine's secret: only restore's own checks stand in the way. */
    async function forge(p: Parked, edit: (body: Body) => void): Promise<void> {
      const c = opened(p);
      edit(c.doc.body);
      await writeSnapshot(p.id, seal().seal(c as never, bindingOf(p.rec)));
    }
    const AUTH = /snapshot failed authentication/;

    // ---------------------------------------------------------------- without the secret

    test("the stored row holds none of the run's state in clear (a secret value the script holds)", async () => {
      const p = await park();
      const rows = await rowsOf(url, p.id);
      assert.ok(rows.includes(p.id), "the row was read");
      assert.equal(rows.includes(p.secret), false, "the secret the run holds is not in its stored rows");
      assert.equal(rows.includes("inner"), false, "nor are the run's function names");
      if (backend.kind === "sqlite") {
        const file = url.slice("sqlite:".length);
        for (const f of [file, `${file}-wal`]) if (fs.existsSync(f)) assert.equal(fs.readFileSync(f).includes(p.secret), false, `the secret is not in ${path.basename(f)}`);
      }
      // The run itself still has it: woken normally, it answers with it.
      assert.equal(await b.engine.signal(`vault:${p.key}`, { n: 7 }), 1);
      const d = await untilDurable(b.store, p.id, (x) => x.state === "done" || x.state === "failed", "done", GUARD_MS);
      assert.equal(d.error, null);
      assert.deepEqual(JSON.parse(d.result!), { token: `tok-${p.secret}`, got: { n: 7 } });
      await p.request;
    });

    test("an edited byte in the sealed data is refused", async () => {
      const p = await park();
      const env = JSON.parse(p.rec.snapshot);
      const data = Buffer.from(env.data, "base64");
      data[data.length >> 1] ^= 0x20;
      await writeSnapshot(p.id, JSON.stringify({ ...env, data: data.toString("base64") }));
      assert.match(await expectFailed(p, AUTH), /edited, truncated/);
    });

    test("an edit with the MAC recomputed as an unkeyed sha256 is refused", async () => {
      const p = await park();
      const env = JSON.parse(p.rec.snapshot);
      const data = Buffer.from(env.data, "base64");
      data[0] ^= 1;
      const forged = { ...env, data: data.toString("base64") };
      forged.mac = createHash("sha256").update(`${forged.salt}.${forged.iv}.${forged.data}.${forged.tag}`).digest("base64");
      await writeSnapshot(p.id, JSON.stringify(forged));
      await expectFailed(p, AUTH);
    });

    test("a plain document with unlimited limits in place of the sealed one is refused", async () => {
      const p = await park();
      const { doc } = opened(p);
      doc.body.limits = { budget: 0, timeoutMs: 0, maxDepth: 0, heapBytes: 0, maxStringLength: 1e12, maxArrayLength: 1e12 };
      doc.body.budgetLeft = -1;
      doc.body.heapLeft = -1;
      await writeSnapshot(p.id, JSON.stringify(doc));
      assert.match(await expectFailed(p, AUTH), /envelope was altered/);
    });

    test("an old-format snapshot (version 1, sha256 checksum recomputed) is refused, naming the version", async () => {
      const p = await park();
      const { doc } = opened(p);
      const body = { ...doc.body, limits: { budget: 0, timeoutMs: 0, maxDepth: 0, heapBytes: 0, maxStringLength: 1e12, maxArrayLength: 1e12 } };
      const sum = createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 32);
      await writeSnapshot(p.id, JSON.stringify({ kitwork: "snapshot", version: 1, sum, body }));
      await expectFailed(p, /snapshot version 1 \(unsealed.*\) is no longer read/);
    });

    test("a truncated snapshot is refused", async () => {
      const p = await park();
      await writeSnapshot(p.id, p.rec.snapshot.slice(0, Math.floor(p.rec.snapshot.length * 0.6)));
      await expectFailed(p, /corrupted snapshot: not valid JSON/);
    });

    test("sealed data cut short (the envelope still valid JSON) is refused", async () => {
      const p = await park();
      const env = JSON.parse(p.rec.snapshot);
      await writeSnapshot(p.id, JSON.stringify({ ...env, data: env.data.slice(0, env.data.length - 40) }));
      await expectFailed(p, AUTH);
    });

    test("a snapshot sealed under another engine secret is refused, naming both keys", async () => {
      const p = await park();
      const other = new SnapshotSeal(randomBytes(32));
      await writeSnapshot(p.id, other.seal(opened(p) as never, bindingOf(p.rec)));
      await expectFailed(p, /snapshot failed authentication: it was sealed under another engine secret \(key [0-9a-f]{16}; this engine's is [0-9a-f]{16}\).*same KITWORK_SECRET/);
    });

    test("another run's snapshot moved into this run's row is refused; the other run is unharmed", async () => {
      const victim = await park();
      const donor = await park();
      await writeSnapshot(victim.id, donor.rec.snapshot);
      assert.match(await expectFailed(victim, AUTH), /another run or checkpoint/);
      assert.equal(await b.engine.signal(`vault:${donor.key}`, { n: 2 }), 1);
      const d = await untilDurable(b.store, donor.id, (x) => x.state === "done" || x.state === "failed", "done", GUARD_MS);
      assert.deepEqual(JSON.parse(d.result!), { token: `tok-${donor.secret}`, got: { n: 2 } });
      await donor.request;
    });

    test("an older snapshot of the same run replayed at a later checkpoint is refused", async () => {
      const p = await park();
      const first = p.rec.snapshot;
      assert.equal(await b.engine.signal(`vault:${p.key}`, { again: true }), 1);
      const second = await untilDurable(b.store, p.id, (x) => x.state === "waiting" && x.event === `vault-again:${p.key}`, "waiting again", GUARD_MS);
      assert.equal(second.checkpoints, 2);
      await writeSnapshot(p.id, first);
      assert.equal(await b.engine.signal(`vault-again:${p.key}`, { n: 3 }), 1);
      const d = await untilDurable(b.store, p.id, (x) => x.state === "failed" || x.state === "done", "finished", GUARD_MS);
      assert.equal(d.state, "failed", `the replayed run must not resume from its first checkpoint; it ended ${d.state} with ${d.result}`);
      assert.match(d.error ?? "", /snapshot failed authentication: .*another run or checkpoint/);
      assert.equal((await call(b.base, "/hello")).status, 200, "the engine keeps serving");
      await p.request;
    });

    // ---------------------------------------------------------------- with the secret (defence in depth)

    test("raised counters and limits written into a resealed document: the run resumes under the engine's limits and ends on one", async () => {
      const p = await park();
      await forge(p, (body) => {
        body.limits = { budget: 0, timeoutMs: 0, maxDepth: 0, heapBytes: 0, maxStringLength: 1e12, maxArrayLength: 1e12 };
        body.budgetLeft = -1;
        body.heapLeft = -1;
      });
      const error = await expectFailed(p, /time limit exceeded \(5000 ms\)|instruction budget exceeded \(200000000 units\)/, { spin: true });
      assert.doesNotMatch(error, AUTH);
    });

    test("a private intrinsic named on a script's stack is refused", async () => {
      const p = await park();
      await forge(p, (body) => (body.stack[body.stack.length - 1] = { b: "%intrinsics.toStr" }));
      await expectFailed(p, /corrupted snapshot: it names %intrinsics\.toStr, which is private to the builtins/);
    });

    test("the private intrinsics table placed in a script's object is refused", async () => {
      const p = await park();
      await forge(p, (body) => body.heap.push({ t: "object", p: { b: "Object.prototype" }, k: [["I", { b: "%intrinsics" }]] }) && body.stack.push({ r: body.heap.length - 1 }));
      await expectFailed(p, /corrupted snapshot: it names %intrinsics, which is private/);
    });

    test("a pc past the end of the function is refused", async () => {
      const p = await park();
      await forge(p, (body) => (body.frames[body.frames.length - 1].pc = 1e7));
      await expectFailed(p, /corrupted snapshot: frame 1 has pc 10000000, not an instruction of inner/);
    });

    test("a pc inside an instruction's operands is refused", async () => {
      const p = await park();
      await forge(p, (body) => (body.frames[0].pc += 1));
      await expectFailed(p, /corrupted snapshot: frame 0 has pc \d+, not an instruction of <main>/);
    });

    test("a function id outside the program is refused", async () => {
      const p = await park();
      await forge(p, (body) => (body.frames[1].fn = [0, 4096]));
      await expectFailed(p, /corrupted snapshot: unknown function \[0,4096\]/);
    });

    test("a frame base pointing into its caller's slots is refused", async () => {
      const p = await park();
      await forge(p, (body) => (body.frames[1].base = 0));
      await expectFailed(p, /corrupted snapshot: frame 1 has base 0, outside the stack/);
    });

    test("stack garbage (a reference to no object) is refused", async () => {
      const p = await park();
      await forge(p, (body) => (body.stack[body.stack.length - 1] = { r: 123456 }));
      await expectFailed(p, /corrupted snapshot: dangling reference 123456/);
    });

    test("a handler record outside its frame is refused", async () => {
      const p = await park();
      await forge(p, (body) => {
        assert.ok(body.handlers.length >= 1, "the run waits inside a try");
        body.handlers[0].sp = 1e6;
      });
      await expectFailed(p, /corrupted snapshot: handler 0 has stack position 1000000, outside its frame/);
    });

    test("a prototype chain made to loop is refused (no lookup can spin forever)", async () => {
      const p = await park();
      await forge(p, (body) => {
        body.heap.push({ t: "object", p: { r: body.heap.length + 1 } }, { t: "object", p: { r: body.heap.length } });
        body.stack.push({ r: body.heap.length - 1 });
      });
      await expectFailed(p, /corrupted snapshot: a prototype chain that loops/);
    });

    // ---------------------------------------------------------------- the secret itself

    if (backend.kind === "sqlite") {
      test("the engine's secret file sits beside the database, readable by its owner only", () => {
        const file = path.join(path.dirname(url.slice("sqlite:".length)), SECRET_FILE);
        const st = fs.statSync(file);
        assert.equal(st.mode & 0o077, 0, `${SECRET_FILE} must not be readable by group or others (mode ${(st.mode & 0o777).toString(8)})`);
        assert.match(fs.readFileSync(file, "utf8"), /^[0-9a-f]{64}\n$/);
        assert.equal(seal().keyId, new SnapshotSeal(Buffer.from(fs.readFileSync(file, "utf8").trim(), "hex")).keyId, "the engine seals with the file's secret");
      });
    } else {
      test("a PostgreSQL store without KITWORK_SECRET is refused with a message saying what to set", () => {
        assert.throws(() => sealFor({ store: b.store, env: {} }), (e: unknown) => e instanceof SecretError && /PostgreSQL store needs KITWORK_SECRET .*the same on every node/.test(e.message));
        assert.throws(() => sealFor({ store: b.store, env: { KITWORK_SECRET: "short" } }), (e: unknown) => e instanceof SecretError && /at least 32 characters/.test(e.message));
      });
    }

    test("after every attempt, a new run still parks, resumes and finishes", async () => {
      const p = await park();
      assert.equal(await b.engine.signal(`vault:${p.key}`, { n: 9 }), 1);
      const d = await untilDurable(b.store, p.id, (x) => x.state === "done" || x.state === "failed", "done", GUARD_MS);
      assert.equal(d.error, null);
      assert.deepEqual(JSON.parse(d.result!), { token: `tok-${p.secret}`, got: { n: 9 } });
      await p.request;
    });
  });
}

/** Every stored row that mentions the run (kw_durable and kw_runs), as text. */
async function rowsOf(url: string, runId: string): Promise<string> {
  if (url.startsWith("sqlite:")) {
    const db = new Database(url.slice("sqlite:".length), { readonly: true, fileMustExist: true });
    try {
      return JSON.stringify([db.prepare(`SELECT * FROM kw_durable WHERE run_id = ?`).all(runId), db.prepare(`SELECT * FROM kw_runs WHERE id = ?`).all(runId)]);
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return JSON.stringify([(await c.query(`SELECT * FROM kw_durable WHERE run_id = $1`, [runId])).rows, (await c.query(`SELECT * FROM kw_runs WHERE id = $1`, [runId])).rows]);
  } finally {
    await c.end();
  }
}
