// Connections that fail fast: the timeouts of the store's and db()'s pools (connectTimeout,
// queryTimeout, idleTimeout in the connection URL) — how they are read and refused, and
// what a real `kitwork start` does when PostgreSQL goes silent (a blackholed connection:
// accepted, never answered) or restarts, through a TCP proxy in this test. The short
// slice of test/cluster/connections.test.ts (npm run test:cluster), with 2 s timeouts.
//
// Needs PostgreSQL (127.0.0.1:5432, db test): skipped with a printed notice when it is
// absent, failed under CI=true. No duration is asserted; hang guards are minutes long.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { DbConfigError, openConnection, resolveConnections } from "../src/db/connections.ts";
import { DEFAULT_TIMEOUTS, poolSettings } from "../src/db/pools.ts";
import { StoreError, openStore } from "../src/store/index.ts";
import { type Scenario, dbRunFailsNamingTimeout, pgSkip, pingsAnswer, startScenario } from "./fixtures/connection-faults.ts";
import { PG_URL, call, removeTempDirs } from "./fixtures/jobs/harness.ts";
import { testTimeout } from "./fixtures/guard.ts";

after(removeTempDirs);

describe("connection timeouts: settings", () => {
  test("the URL's connectTimeout, queryTimeout and idleTimeout are taken out of it for the driver", () => {
    const s = poolSettings("postgres://u:p@db:5432/app?sslmode=disable&connectTimeout=5s&queryTimeout=1m30s&idleTimeout=250&options=-c%20search_path%3Dx");
    assert.deepEqual(s.timeouts, { connectMs: 5_000, queryMs: 90_000, idleMs: 250 });
    assert.equal(s.url, "postgres://u:p@db:5432/app?sslmode=disable&options=-c%20search_path%3Dx");
    assert.deepEqual(poolSettings("mysql://root@db/app").timeouts, DEFAULT_TIMEOUTS);
    assert.deepEqual(poolSettings("postgres://db/app?queryTimeout=0").timeouts, { ...DEFAULT_TIMEOUTS, queryMs: 0 });
  });

  test("a malformed value or the driver's own spelling of a timeout is refused at start-up, naming the connection", () => {
    assert.throws(
      () => resolveConnections({ env: { KITWORK_DB_REPORTS: "postgres://u:secret@db/app?queryTimeout=soon" }, defaultUrl: "sqlite::memory:" }),
      (e: Error) => e instanceof DbConfigError && /database "reports": the URL parameter queryTimeout=soon is not a duration/.test(e.message) && !e.message.includes("secret"),
    );
    assert.throws(
      () => resolveConnections({ env: { KITWORK_DB: "postgres://db/app?connect_timeout=5" }, defaultUrl: "sqlite::memory:" }),
      /database "default": the URL parameter connect_timeout is not used: set connectTimeout=<duration> instead/,
    );
    assert.throws(() => resolveConnections({ env: { KITWORK_DB: "mysql://db/app?statement_timeout=100" }, defaultUrl: "sqlite::memory:" }), /set queryTimeout=<duration> instead/);
  });

  test("the docs' URLs and defaults are what the engine reads", () => {
    const docs = ["cluster.md", "db.md", "config.md", "triggers.md"].map((f) => fs.readFileSync(path.join(import.meta.dirname, "..", "docs", f), "utf8")).join("\n");
    const urls = docs.match(/(postgres|mysql):\/\/[^\s"`)|]*Timeout=[^\s"`)|]*/g) ?? [];
    assert.ok(urls.length >= 4, `the docs show URLs with timeouts: ${urls.join(", ")}`);
    for (const url of urls) assert.doesNotMatch(poolSettings(url).url, /Timeout=/, `every timeout of ${url} is read`);
    const table = (name: string) => new RegExp(`\\| \`${name}\` \\| \`([^\`]+)\``).exec(docs)?.[1];
    assert.deepEqual(poolSettings(`postgres://db/x?connectTimeout=${table("connectTimeout")}&queryTimeout=${table("queryTimeout")}&idleTimeout=${table("idleTimeout")}`).timeouts, DEFAULT_TIMEOUTS, "docs/cluster.md's table gives the defaults");
  });

  test("poolSize sets how many connections a pool opens at most (default 10); anything but 1 to 1000 is refused", () => {
    assert.equal(poolSettings("postgres://db/app").size, 10);
    const s = poolSettings("postgres://db/app?poolSize=32&sslmode=disable");
    assert.equal(s.size, 32);
    assert.equal(s.url, "postgres://db/app?sslmode=disable", "taken out of the URL for the driver");
    for (const bad of ["0", "-1", "2.5", "many", "1001", ""]) {
      assert.throws(
        () => resolveConnections({ env: { KITWORK_DB: `postgres://u:secret@db/app?poolSize=${bad}` }, defaultUrl: "sqlite::memory:" }),
        (e: Error) => e instanceof DbConfigError && e.message.includes(`poolSize=${bad} is not a number of connections from 1 to 1000`) && !e.message.includes("secret"),
        bad,
      );
    }
  });

  test("a store URL with a malformed timeout is refused before connecting", async () => {
    await assert.rejects(openStore("postgres://u:secret@127.0.0.1:1/none?idleTimeout=-1s"), (e: Error) => e instanceof StoreError && /idleTimeout=-1s is not a duration/.test(e.message) && !e.message.includes("secret"));
  });
});

const skip = await pgSkip();

describe("poolSize on PostgreSQL", { skip, timeout: testTimeout(2) }, () => {
  // Queries that each hold their connection for a moment, all at once: the pool opens up to its size.
  const backends = async (url: string, queries: number): Promise<number> => {
    const c = await openConnection({ name: "default", url });
    try {
      const pids = await Promise.all(Array.from({ length: queries }, () => sql<{ pid: number }>`SELECT pg_backend_pid() AS pid, pg_sleep(0.1)`.execute(c.kysely)));
      return new Set(pids.map((r) => r.rows[0]!.pid)).size;
    } finally {
      await c.close();
    }
  };

  test("16 queries at once use 16 connections with poolSize=16, and 3 with poolSize=3", async () => {
    assert.equal(await backends(`${PG_URL}${PG_URL.includes("?") ? "&" : "?"}poolSize=16`, 16), 16);
    assert.equal(await backends(`${PG_URL}${PG_URL.includes("?") ? "&" : "?"}poolSize=3`, 16), 3);
  });
});

describe("connection faults: a kitwork start process whose PostgreSQL goes silent or restarts", { skip, timeout: testTimeout(6) }, () => {
  let s: Scenario;
  before(async () => {
    s = await startScenario("connfault", "connectTimeout=2s&queryTimeout=2s");
  });
  after(async () => {
    await s?.close();
  });

  test("blackholed: db() runs fail naming the timeout, other routes answer, and the store and consumers recover when it forwards again", async () => {
    assert.deepEqual((await call(s.base, "/one")).json(), [{ one: 1 }], "GET /one before the fault");
    await s.push(1);
    await s.waitSeen([1], "before the fault");

    s.proxy.blackhole();
    try {
      // On the pool's idle connection the query's bound answers (queryTimeout); on a new one, connectTimeout.
      await dbRunFailsNamingTimeout(s);
      await dbRunFailsNamingTimeout(s);
      await pingsAnswer(s, 5, 200);
      const pushed = await call(s.base, "/push", { method: "POST", json: { n: 2 } });
      assert.notEqual(pushed.status, 202, `a push cannot reach the store while it is blackholed: ${pushed.status} ${pushed.text.slice(0, 300)}`);
      assert.match(pushed.text, /within \d+(ms|s) \((queryTimeout|connectTimeout)\)/, "the failed push names the timeout");
    } finally {
      s.proxy.forward();
    }
    await s.push(3);
    await s.waitSeen([1, 3], "after forwarding again (the engine was not restarted)");
    assert.deepEqual((await call(s.base, "/one")).json(), [{ one: 1 }], "GET /one after the fault");
    assert.equal(s.engine.proc.exitCode, null, "the engine kept running");
  });

  test("PostgreSQL restarts (connections dropped, refused for 3 s): the store, db() and the consumer come back", async () => {
    const accepted = s.proxy.accepted;
    await s.proxy.restart(3_000);
    await s.push(4);
    await s.waitSeen([4], "after the restart");
    assert.deepEqual((await call(s.base, "/one")).json(), [{ one: 1 }], "GET /one after the restart");
    assert.ok(s.proxy.accepted > accepted, "the engine opened new connections");
    assert.equal(s.engine.proc.exitCode, null, "the engine kept running");
  });
});
