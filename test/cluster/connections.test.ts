// Connections that fail fast, the long version (npm run test:cluster; the short slice is
// test/connections.test.ts in npm test): a real `kitwork start` with the default
// timeouts (connectTimeout 10s, queryTimeout 20s), whose store and db() reach PostgreSQL
// through a TCP proxy that blackholes every connection for longer than those bounds while
// queue jobs are in flight, and later restarts like PostgreSQL with connections refused
// for 10 s. Nothing may hang, the HTTP server keeps answering, and every job pushed is run
// (at least once) once the database is back, without restarting the engine.
//
// Needs PostgreSQL (127.0.0.1:5432, db test): skipped with a printed notice when it is
// absent, failed under CI=true. No duration is asserted; hang guards are minutes long.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { type Scenario, dbRunFailsNamingTimeout, pgSkip, pingsAnswer, startScenario } from "../fixtures/connection-faults.ts";
import { call, removeTempDirs, sleep } from "../fixtures/jobs/harness.ts";
import { testTimeout } from "../fixtures/guard.ts";

after(removeTempDirs);

const skip = await pgSkip();
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe("connection faults, long: the default timeouts, faults longer than them, jobs in flight", { skip, timeout: testTimeout(15) }, () => {
  let s: Scenario;
  before(async () => {
    s = await startScenario("connlong", "");
  });
  after(async () => {
    await s?.close();
  });

  test("blackholed for 45 s with jobs in flight: db() runs fail naming the timeout, other routes answer, every job runs after", async () => {
    assert.deepEqual((await call(s.base, "/one")).json(), [{ one: 1 }], "GET /one before the fault");
    const jobs = range(1, 12);
    for (const n of jobs) await s.push(n, { sleep: 0.5 });
    s.proxy.blackhole();
    try {
      const started = Date.now();
      // On a pooled connection the query's bound answers; on a new one, the connect bound.
      await dbRunFailsNamingTimeout(s);
      await dbRunFailsNamingTimeout(s);
      while (Date.now() - started < 45_000) await pingsAnswer(s, 1, 1_000);
    } finally {
      s.proxy.forward();
    }
    await s.waitSeen(jobs, "the jobs pushed before the blackhole, after it (retried, not lost)", 5 * 60_000);
    await s.push(100);
    await s.waitSeen([100], "a job pushed after the blackhole");
    assert.deepEqual((await call(s.base, "/one")).json(), [{ one: 1 }], "GET /one after the fault");
    assert.equal(s.engine.proc.exitCode, null, "the engine kept running");
  });

  test("PostgreSQL restarts with jobs in flight (dropped, refused for 10 s): every job runs after", async () => {
    const jobs = range(200, 8);
    for (const n of jobs) await s.push(n, { sleep: 0.5 });
    await s.proxy.restart(10_000);
    await pingsAnswer(s, 3, 200);
    await s.waitSeen(jobs, "the jobs pushed before the restart, after it", 5 * 60_000);
    await sleep(100);
    assert.deepEqual((await call(s.base, "/one")).json(), [{ one: 1 }], "GET /one after the restart");
    assert.equal(s.engine.proc.exitCode, null, "the engine kept running");
  });
});
