// Cron end to end (issue 5): schedules declared by works (w.every, w.cron with 5 or 6
// fields, w.daily with a time zone) fired by the engine's CronScheduler on a real store
// (a fresh SQLite file, and a fresh PostgreSQL schema) with an injected clock, so every
// slot is exact. A fired slot becomes a job on the work's internal queue "cron:<work>",
// run by the engine (trigger "cron") and recorded.
//
// Slots are checked in the store's kw_cron_slots table (read directly: verification only)
// and through the jobs and runs the store keeps. The engine's own scheduler timer keeps
// ticking on the injected clock during these tests (CronScheduler.start() uses a real
// timer); it reads the same clock, so it can only fire what the test's own tick() would.
//
// The last group runs real processes: `kitwork start` with a w.every("1s") work, killed
// with SIGKILL and restarted.
//
// Tests that fail assert the CORRECT behaviour on purpose; the failures are listed in
// the report attached to the change that added this file.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { formatProblem } from "../src/engine/works.ts";
import { cronQueue } from "../src/engine/jobs.ts";
import { openStore } from "../src/store/index.ts";
import { testTimeout } from "./fixtures/guard.ts";
import {
  type Booted,
  FIXTURES,
  backends,
  boot,
  cronSlots,
  ensureBuilt,
  eventually,
  kill9,
  manualClock,
  removeTempDirs,
  sleep,
  startEngine,
  stopEngine,
  tempDir,
  worksDir,
} from "./fixtures/jobs/harness.ts";

after(removeTempDirs);

const iso = (ms: number) => new Date(ms).toISOString();
const isoList = (xs: number[]) => xs.map(iso);

const schedule = (name: string, decl: string) => `const w = work(${JSON.stringify(name)});
${decl};
log("tick", w.trigger, w.attempt);
return { trigger: w.trigger };
`;

/** An engine on `storeUrl` whose clock starts at `start`; its first scheduler tick has run. */
async function cronEngine(storeUrl: string, files: Record<string, string> | string, clock: ReturnType<typeof manualClock>): Promise<Booted & { tick: () => Promise<Array<{ work: string; slot: number }>> }> {
  const s = await boot(storeUrl, files, { clock });
  assert.deepEqual(s.problems, []);
  assert.ok(s.engine.cron, "startJobs() creates the cron scheduler");
  const tick = () => s.engine.cron!.tick();
  await tick();
  return Object.assign(s, { tick });
}

/** Waits until every job of the work's cron queue is done; returns its runs. */
async function cronRuns(s: Booted, work: string, expected: number) {
  const ok = await eventually(async () => {
    const jobs = await s.store.listJobs(cronQueue(work), null, 10_000);
    return jobs.length === expected && jobs.every((j) => j.state === "done");
  });
  const jobs = await s.store.listJobs(cronQueue(work), null, 10_000);
  assert.ok(ok, `${work}: gave up waiting for ${expected} done cron jobs (a hang guard), got ${JSON.stringify(jobs.map((j) => [j.state, j.attempts]))}`);
  const runs = (await s.store.listRuns({ work, limit: 10_000 })).filter((r) => r.trigger === "cron");
  return { jobs, runs };
}

const T = (s: string) => Date.parse(s);

const BACKENDS = await backends("cron");
after(async () => {
  for (const b of BACKENDS) if (!b.skip) await b.dispose();
});

for (const backend of BACKENDS) {
  describe(`cron with an injected clock on ${backend.kind}`, { skip: backend.skip }, () => {
    const open: Booted[] = [];
    after(async () => {
      for (const s of open) await s.close();
    });

    test("w.every(\"1s\") fires once per slot: 10 one-second slots → 10 runs (trigger \"cron\")", async () => {
      const t0 = T("2024-01-15T12:00:00.000Z");
      const clock = manualClock(t0);
      const url = await backend.fresh();
      const s = await cronEngine(url, { "every.js": schedule("every second", 'w.every("1s")') }, clock);
      open.push(s);
      // The start slot is the current one (now): it fires.
      assert.deepEqual(isoList(await cronSlots(url, "every second")), [iso(t0)]);
      // Ten seconds in quarter-second steps, each step ticked twice: one fire per slot.
      for (let i = 0; i < 40; i++) {
        clock.advance(250);
        await s.tick();
        await s.tick();
      }
      const expected = Array.from({ length: 11 }, (_, i) => t0 + i * 1000);
      assert.deepEqual(isoList(await cronSlots(url, "every second")), isoList(expected), "one slot per second, none twice");
      const { jobs, runs } = await cronRuns(s, "every second", 11);
      assert.equal(jobs.length, 11, "one job per slot");
      assert.equal(runs.length, 11, "one run per slot");
      assert.ok(runs.every((r) => r.status === "succeeded" && r.attempt === 1));
      assert.deepEqual(runs[0]!.logs[0]!.args, ["tick", "cron", 1], "w.trigger is \"cron\"");
      assert.deepEqual(new Set(runs.map((r) => r.jobId)), new Set(jobs.map((j) => j.id)));
    });

    test("a 6-field second cron \"*/5 * * * * *\" fires on every fifth second", async () => {
      const clock = manualClock(T("2024-01-15T12:00:03.000Z"));
      const url = await backend.fresh();
      const s = await cronEngine(url, { "five.js": schedule("every five seconds", 'w.cron("*/5 * * * * *")') }, clock);
      open.push(s);
      assert.deepEqual(await cronSlots(url, "every five seconds"), [], "first start: the slot of 12:00:00 is past, it does not fire");
      while (clock.t < T("2024-01-15T12:01:02.000Z")) {
        clock.advance(1000);
        await s.tick();
      }
      const expected = Array.from({ length: 12 }, (_, i) => T("2024-01-15T12:00:05.000Z") + i * 5000);
      assert.deepEqual(isoList(await cronSlots(url, "every five seconds")), isoList(expected));
      const { runs } = await cronRuns(s, "every five seconds", 12);
      assert.equal(runs.length, 12);
    });

    test("a minute cron \"* * * * *\" fires at each minute boundary", async () => {
      const clock = manualClock(T("2024-01-15T12:00:30.000Z"));
      const url = await backend.fresh();
      const s = await cronEngine(url, { "minute.js": schedule("every minute", 'w.cron("* * * * *")') }, clock);
      open.push(s);
      assert.deepEqual(await cronSlots(url, "every minute"), []);
      while (clock.t < T("2024-01-15T12:05:30.000Z")) {
        clock.advance(15_000);
        await s.tick();
      }
      assert.deepEqual(isoList(await cronSlots(url, "every minute")), ["12:01", "12:02", "12:03", "12:04", "12:05"].map((m) => `2024-01-15T${m}:00.000Z`));
      await cronRuns(s, "every minute", 5);
    });

    test("daily(\"09:00\", {tz: \"Europe/Paris\"}) follows the DST changes: 08:00Z before 31 March 2024, 07:00Z from then; 07:00Z→08:00Z on 27 October", async () => {
      const clock = manualClock(T("2024-03-30T07:00:00.000Z"));
      const url = await backend.fresh();
      const s = await cronEngine(url, { "paris.js": schedule("paris nine", 'w.daily("09:00", { tz: "Europe/Paris" })') }, clock);
      open.push(s);
      const at = async (when: string) => {
        clock.set(T(when));
        await s.tick();
        return isoList(await cronSlots(url, "paris nine"));
      };
      assert.deepEqual(await at("2024-03-30T07:59:59.000Z"), [], "not before 09:00 Paris (08:00Z in winter)");
      assert.deepEqual(await at("2024-03-30T08:00:00.000Z"), ["2024-03-30T08:00:00.000Z"]);
      assert.deepEqual(await at("2024-03-30T08:00:30.000Z"), ["2024-03-30T08:00:00.000Z"]);
      assert.deepEqual(await at("2024-03-31T06:59:59.000Z"), ["2024-03-30T08:00:00.000Z"], "the day of the change: not yet at 06:59:59Z");
      assert.deepEqual(await at("2024-03-31T07:00:00.000Z"), ["2024-03-30T08:00:00.000Z", "2024-03-31T07:00:00.000Z"], "09:00 CEST = 07:00Z");
      assert.deepEqual(await at("2024-03-31T08:00:00.000Z"), ["2024-03-30T08:00:00.000Z", "2024-03-31T07:00:00.000Z"], "not again at 08:00Z");
      // October: 26th is still summer time (07:00Z), the 27th is winter time (08:00Z).
      await at("2024-10-26T06:59:59.000Z"); // catches up the latest missed slot (25 October)
      assert.deepEqual((await at("2024-10-26T07:00:00.000Z")).slice(2), ["2024-10-25T07:00:00.000Z", "2024-10-26T07:00:00.000Z"]);
      assert.deepEqual((await at("2024-10-27T07:00:00.000Z")).slice(2), ["2024-10-25T07:00:00.000Z", "2024-10-26T07:00:00.000Z"], "27 October 07:00Z is 08:00 CET: not yet");
      assert.deepEqual((await at("2024-10-27T08:00:00.000Z")).slice(2), ["2024-10-25T07:00:00.000Z", "2024-10-26T07:00:00.000Z", "2024-10-27T08:00:00.000Z"]);
      await cronRuns(s, "paris nine", 5);
    });

    test("two engines (two store handles on one store) ticking the same slots fire each slot exactly once in total", async (t) => {
      const t0 = T("2024-01-15T12:00:00.000Z");
      const clock = manualClock(t0);
      const url = await backend.fresh();
      const files = { "every.js": schedule("shared second", 'w.every("1s")'), "five.js": schedule("shared five", 'w.cron("*/5 * * * * *")') };
      const dir = worksDir(files);
      const a = await cronEngine(url, dir, clock);
      const b = await cronEngine(url, dir, clock);
      open.push(a, b);
      let firedA = 0;
      let firedB = 0;
      for (let i = 0; i < 20; i++) {
        clock.advance(1000);
        const [fa, fb] = await Promise.all([a.tick(), b.tick()]);
        firedA += fa.length;
        firedB += fb.length;
      }
      t.diagnostic(`slots fired by the test's ticks: engine A ${firedA}, engine B ${firedB} (the engines' own timers may fire some too)`);
      const seconds = Array.from({ length: 21 }, (_, i) => t0 + i * 1000);
      assert.deepEqual(isoList(await cronSlots(url, "shared second")), isoList(seconds));
      assert.deepEqual(isoList(await cronSlots(url, "shared five")), isoList(seconds.filter((x) => x % 5000 === 0)));
      // One job (and one run) per slot across both engines: no slot fired twice.
      const second = await cronRuns(a, "shared second", 21);
      assert.equal(second.runs.length, 21);
      assert.equal(new Set(second.runs.map((r) => r.jobId)).size, 21);
      const five = await cronRuns(a, "shared five", 5);
      assert.equal(five.runs.length, 5);
    });

    test("missed slots: after a 10-minute outage the most recent missed slot fires once (default); with {missed: \"skip\"} none", async () => {
      const clock = manualClock(T("2024-01-15T12:00:00.000Z"));
      const url = await backend.fresh();
      const dir = worksDir({
        "latest.js": schedule("minutely latest", 'w.cron("* * * * *")'),
        "skip.js": schedule("minutely skip", 'w.cron("* * * * *", { missed: "skip" })'),
        "daily.js": schedule("daily latest", 'w.daily("12:05")'),
      });
      const first = await cronEngine(url, dir, clock);
      assert.deepEqual(isoList(await cronSlots(url, "minutely latest")), ["2024-01-15T12:00:00.000Z"]);
      assert.deepEqual(isoList(await cronSlots(url, "minutely skip")), ["2024-01-15T12:00:00.000Z"]);
      assert.deepEqual(await cronSlots(url, "daily latest"), [], "first start: today's 12:05 is ahead");
      await first.close();

      // The engine is down from 12:00:00 to 12:10:30: slots 12:01…12:10 (and the daily 12:05) are missed.
      clock.set(T("2024-01-15T12:10:30.000Z"));
      const second = await cronEngine(url, dir, clock);
      open.push(second);
      await second.tick();
      clock.advance(15_000);
      await second.tick();
      assert.deepEqual(isoList(await cronSlots(url, "minutely latest")), ["2024-01-15T12:00:00.000Z", "2024-01-15T12:10:00.000Z"], "latest: only the most recent missed slot, once");
      assert.deepEqual(isoList(await cronSlots(url, "minutely skip")), ["2024-01-15T12:00:00.000Z"], "skip: no missed slot");
      assert.deepEqual(await cronSlots(url, "daily latest"), [], "the daily never fired before: a first start, nothing to catch up");
      clock.set(T("2024-01-15T12:11:00.000Z"));
      await second.tick();
      assert.deepEqual(isoList(await cronSlots(url, "minutely latest")).slice(-1), ["2024-01-15T12:11:00.000Z"]);
      assert.deepEqual(isoList(await cronSlots(url, "minutely skip")), ["2024-01-15T12:00:00.000Z", "2024-01-15T12:11:00.000Z"], "skip: back on schedule");
      await cronRuns(second, "minutely latest", 3);
      await cronRuns(second, "minutely skip", 2);
    });

    test("on the very first start past slots do not fire (cron, every, daily); the next slot does", async () => {
      const clock = manualClock(T("2024-01-15T15:00:30.000Z"));
      const url = await backend.fresh();
      const s = await cronEngine(url, {
        "m.js": schedule("first minute", 'w.cron("* * * * *")'),
        "e.js": schedule("first every", 'w.every("1m")'),
        "d.js": schedule("first daily", 'w.daily("09:00", { tz: "UTC" })'),
      }, clock);
      open.push(s);
      await s.tick();
      for (const w of ["first minute", "first every", "first daily"]) assert.deepEqual(await cronSlots(url, w), [], `${w}: nothing fired at start`);
      clock.set(T("2024-01-15T15:01:00.000Z"));
      await s.tick();
      assert.deepEqual(isoList(await cronSlots(url, "first minute")), ["2024-01-15T15:01:00.000Z"]);
      assert.deepEqual(isoList(await cronSlots(url, "first every")), ["2024-01-15T15:01:00.000Z"]);
      clock.set(T("2024-01-16T09:00:00.000Z"));
      await s.tick();
      assert.deepEqual(isoList(await cronSlots(url, "first daily")), ["2024-01-16T09:00:00.000Z"]);
    });

    test("w.every(d, {missed: \"skip\"}) is honoured like cron() and daily() (or refused at discovery) — not silently ignored", async () => {
      const clock = manualClock(T("2024-01-15T12:00:00.000Z"));
      const url = await backend.fresh();
      const dir = worksDir({ "e.js": schedule("every skip", 'w.every("1m", { missed: "skip" })') });
      const first = await boot(url, dir, { clock });
      if (first.problems.length) {
        await first.close();
        assert.match(first.problems[0]!.message, /missed/);
        return;
      }
      await first.engine.cron!.tick();
      await first.close();
      clock.set(T("2024-01-15T12:10:30.000Z"));
      const second = await cronEngine(url, dir, clock);
      open.push(second);
      assert.deepEqual(isoList(await cronSlots(url, "every skip")), ["2024-01-15T12:00:00.000Z"], "{missed: \"skip\"}: the 12:10 slot missed during the outage must not fire");
    });

    test("a failing cron run is retried through the store per w.retry (trigger \"cron\", w.attempt 2)", async () => {
      const clock = manualClock(T("2024-01-15T12:00:00.000Z"));
      const url = await backend.fresh();
      const s = await cronEngine(url, {
        "r.js": `const w = work("cron retry");
w.cron("* * * * *");
w.retry(1, "10s");
log("attempt", w.attempt, w.trigger);
if (w.attempt === 1) throw new Error("cron attempt 1 fails");
return 1;
`,
      }, clock);
      open.push(s);
      const queue = cronQueue("cron retry");
      assert.ok(await eventually(async () => (await s.store.listJobs(queue, "pending", 10)).some((j) => j.attempts === 1)), "the failed slot waits for its retry");
      const [job] = await s.store.listJobs(queue, null, 10);
      assert.equal(job!.runAt, clock.t + 10_000);
      clock.advance(10_000);
      await s.tick();
      const { runs } = await cronRuns(s, "cron retry", 1);
      assert.deepEqual(runs.map((r) => [r.attempt, r.status]).sort(), [[1, "failed"], [2, "succeeded"]]);
      assert.deepEqual(runs.find((r) => r.attempt === 2)!.logs[0]!.args, ["attempt", 2, "cron"]);
      assert.deepEqual(isoList(await cronSlots(url, "cron retry")), ["2024-01-15T12:00:00.000Z"], "the retry is not a new slot");
    });

    test("stopJobs() right after startJobs() stops the scheduler: no slot fires afterwards", async () => {
      const clock = manualClock(T("2024-01-15T12:00:00.500Z"));
      const url = await backend.fresh();
      const s = await boot(url, { "e.js": schedule("stopped", 'w.every("1s")') }, { clock, start: false });
      open.push(s);
      s.engine.startJobs();
      await s.engine.stopJobs();
      await sleep(100);
      const before = await cronSlots(url, "stopped");
      clock.advance(5000);
      await sleep(700); // the scheduler's timer ticks every 250 ms
      assert.deepEqual(isoList(await cronSlots(url, "stopped")), isoList(before), "a stopped scheduler fired a slot");
    });
  });
}

// ------------------------------------------------------------------ discovery errors

describe("invalid schedules are discovery errors with file:line:col", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["bad-value.js", 'w.cron("61 * * * *")', /cron\(\): invalid expression "61 \* \* \* \*"/],
    ["four-fields.js", 'w.cron("* * * *")', /has 4 fields/],
    ["seven-fields.js", 'w.cron("* * * * * * *")', /has 7 fields/],
    ["words.js", 'w.cron("every day at noon")', /cron\(\)/],
    ["bad-tz.js", 'w.cron("* * * * *", { tz: "Mars/Olympus" })', /unknown time zone "Mars\/Olympus"/],
    ["bad-missed.js", 'w.cron("* * * * *", { missed: "all" })', /missed must be "latest" or "skip"/],
    ["daily-format.js", 'w.daily("9:00")', /daily\(\): expected "HH:MM"/],
    ["daily-hour.js", 'w.daily("24:00")', /daily\(\): expected "HH:MM"/],
    ["daily-minute.js", 'w.daily("09:60")', /daily\(\): expected "HH:MM"/],
    ["daily-tz.js", 'w.daily("09:00", { tz: "Nowhere/City" })', /unknown time zone "Nowhere\/City"/],
    ["every-word.js", 'w.every("soon")', /every\(\)/],
    ["every-zero.js", 'w.every("0s")', /every\(\)/],
  ];
  const files = Object.fromEntries(cases.map(([f, decl]) => [f, `const w = work(${JSON.stringify(f.replace(".js", ""))});\n  ${decl};\nreturn 1;\n`]));
  files["ok.js"] = schedule("fine", 'w.cron("0 9 * * 1-5", { tz: "America/New_York" })');
  let problems: Map<string, { line: number; column: number; message: string; formatted: string }>;
  let loaded: string[];
  before(async () => {
    const dir = worksDir(files);
    const s = await boot("sqlite::memory:", dir, { start: false });
    problems = new Map(s.problems.map((p) => [p.file, { line: p.line, column: p.column, message: p.message, formatted: formatProblem(p) }]));
    loaded = s.engine.list().map((w) => w.name);
    await s.close();
  });

  test("the valid work next to them loads (5-field cron with a time zone)", () => {
    assert.ok(loaded.includes("fine"), JSON.stringify(loaded));
  });

  for (const [file, decl, message] of cases) {
    test(`${decl} → ${file}:2:3 with a clear message`, () => {
      const p = problems.get(file);
      assert.ok(p, `${file} (${decl}) loaded without a problem`);
      assert.equal(p.line, 2, p.formatted);
      assert.equal(p.column, 2, p.formatted);
      assert.ok(p.formatted.startsWith(`${file}:2:3 `), p.formatted);
      assert.match(p.message, message);
    });
  }
});

// ------------------------------------------------------------------ real processes

describe("a w.every(\"1s\") work across kill -9 and restart (real processes, SQLite store)", () => {
  test("one run per slot at most, no slot fired twice, the missed-slot policy applied once", { timeout: testTimeout() }, async (t) => {
    ensureBuilt();
    const tmp = tempDir("cron-proc");
    const url = `sqlite:${path.join(tmp, "state.db")}`;
    const dir = path.join(FIXTURES, "cron-proc");
    const args = ["--store", url];

    const first = await startEngine(dir, args, tmp);
    const up1 = Date.now();
    await sleep(3000);
    const killedAt = Date.now();
    await kill9(first);
    await sleep(2000);
    const restartAt = Date.now();
    const second = await startEngine(dir, args, tmp);
    const up2 = Date.now();
    await sleep(3000);
    const downAt = Date.now();
    const stopped = await stopEngine(second);
    assert.equal(stopped.code, 0, `graceful shutdown: ${JSON.stringify(stopped)} ${second.err()}`);

    const slots = await cronSlots(url, "tick");
    const store = await openStore(url);
    try {
      const jobs = await store.listJobs(cronQueue("tick"), null, 10_000);
      const runs = (await store.listRuns({ work: "tick", limit: 10_000 })).filter((r) => r.trigger === "cron");
      const succeeded = new Map<string, number>();
      for (const r of runs) if (r.status === "succeeded") succeeded.set(r.jobId!, (succeeded.get(r.jobId!) ?? 0) + 1);
      const byFirst = slots.filter((s) => s <= killedAt);
      const inGap = slots.filter((s) => s > killedAt && s <= up2);
      const bySecond = slots.filter((s) => s > killedAt);
      const gapSeconds = Math.floor(up2 / 1000) - Math.floor(killedAt / 1000);
      t.diagnostic(`first process (up ${killedAt - up1} ms): ${byFirst.length} slot(s); down ${restartAt - killedAt} ms + start-up ${up2 - restartAt} ms = ${gapSeconds} one-second slot(s) missed, ${inGap.length} fired at the restart; second process: ${bySecond.length} slot(s) in ${downAt - up2} ms`);
      t.diagnostic(`slots ${slots.length}, cron jobs ${jobs.length} (${JSON.stringify(Object.fromEntries(["pending", "leased", "done", "dead"].map((st) => [st, jobs.filter((j) => j.state === st).length])))}), cron runs ${runs.length} (succeeded ${[...succeeded.values()].reduce((a, b) => a + b, 0)})`);

      assert.equal(new Set(slots).size, slots.length, "no slot claimed twice");
      assert.ok(slots.every((s) => s % 1000 === 0), "every slot on a second boundary");
      assert.equal(jobs.length, slots.length, "exactly one job per fired slot");
      assert.ok([...succeeded.values()].every((n) => n === 1), "at most one succeeded run per slot");
      assert.ok(runs.length <= slots.length + jobs.reduce((a, j) => a + Math.max(0, j.attempts - 1), 0), "no extra runs");
      assert.ok(byFirst.length >= 2, `the first process fired its slots (${byFirst.length})`);
      assert.ok(bySecond.length >= 2, `the second process fired its slots (${bySecond.length})`);
      assert.ok(inGap.length <= 1, `missed-slot policy: at most the latest missed slot fires at the restart, got ${inGap.length}: ${isoList(inGap)}`);
      // While an engine runs, no second is skipped.
      for (const [from, to] of [[up1, killedAt], [up2, downAt]] as const) {
        const want = [];
        for (let s = Math.ceil(from / 1000) * 1000 + 1000; s <= to - 1000; s += 1000) want.push(s);
        const missing = want.filter((s) => !slots.includes(s));
        assert.deepEqual(isoList(missing), [], "no slot skipped while an engine was up");
      }
    } finally {
      await store.close();
    }
  });
});
