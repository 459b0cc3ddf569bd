// Differential fuzzing inside `npm test`: fixed budgets of generated programs (fixed
// seeds, so every run is the same) must give the same results on the Kitwork VM as on V8.
//
//   1. 300 programs of the "hooks" profile (getters/setters through computed keys,
//      valueOf/toString/toJSON, throwing callbacks, call chains through builtins) in ONE
//      long-lived child process: the process must not die and no run may outlive its limits;
//   2. the same profile, 150 other programs, in this process;
//   3. 150 programs of the "language" profile (user iterators, classes, descriptors,
//      generators, async code and its microtask order), in this process;
//   4. 200 programs of every feature, in this process.
//
// The watcher of the long-lived mode is tested first: a child that aborts (as on a V8 fatal
// error) and a run that outlives its limits are reported with their program, and the
// programs after them still run.

// The long runs are `npm run fuzz` (test/fuzz/run.ts, see test/fuzz/README.md).

import { test } from "node:test";
import assert from "node:assert/strict";
import { generate, programSeed, type GenOptions } from "./fuzz/gen.ts";
import { checkOne, describe, loadVm, type Checked } from "./fuzz/harness.ts";
import { DEFAULT_LIMITS, ProgramRunner, formatJob, runLongLived } from "./fuzz/long-lived.ts";
import { scaled, testTimeout } from "./fixtures/guard.ts";

/** Generator features to leave out while the VM gets them wrong (see FEATURES in fuzz/gen.ts). */
const DISABLED: string[] = [];

function report(c: Checked, why: string, profile?: string): string {
  return [
    `--- program seed ${c.seed}: ${why}`,
    `    replay: node --import tsx test/fuzz/run.ts --replay ${c.seed}${profile ? ` --profile ${profile}` : ""}`,
    c.source.trimEnd(),
    `    V8: ${describe(c.v8)}`,
    `    VM: ${c.ours ? describe(c.ours) : "(not run)"}`,
  ].join("\n");
}

function show(all: string[]): void {
  const shown = all.slice(0, 10);
  if (all.length) {
    console.log(shown.join("\n\n"));
    if (all.length > shown.length) console.log(`... and ${all.length - shown.length} more`);
  }
}

async function inProcess(programs: number, master: number, genOpts: GenOptions): Promise<void> {
  const { api, reason } = await loadVm();
  assert.ok(api, `the VM could not be loaded: ${reason}`);
  const mismatches: string[] = [];
  const crashes: string[] = [];
  const genBugs: string[] = [];
  for (let i = 0; i < programs; i++) {
    const c = await checkOne(programSeed(master, i), genOpts, api);
    if (c.genBug) genBugs.push(report(c, `generator bug: ${c.genBug}`, genOpts.profile));
    if (c.reason) (c.ours?.kind === "crash" ? crashes : mismatches).push(report(c, c.reason, genOpts.profile));
  }
  show([...crashes, ...mismatches, ...genBugs]);
  assert.equal(crashes.length, 0, `${crashes.length} host crash(es) out of ${programs} programs`);
  assert.equal(mismatches.length, 0, `${mismatches.length} mismatch(es) with V8 out of ${programs} programs`);
  assert.equal(genBugs.length, 0, `${genBugs.length} generator bug(s) (test/fuzz/gen.ts) out of ${programs} programs`);
}

test("fuzz watcher: a child that aborts or a run that outlives its limits is reported, and the next program runs in a new child", { timeout: testTimeout(5) }, async () => {
  const mark = "ABORT-THE-CHILD";
  const runner = new ProgramRunner(DEFAULT_LIMITS, false, mark);
  try {
    const before = await runner.run("return [1, 2];");
    assert.equal(before.status, "ok", `${before.status}: ${before.detail}`);
    assert.equal(before.vm, "ok [1,2]");
    const died = await runner.run(`return "${mark}";`);
    assert.equal(died.status, "died");
    assert.match(died.detail, /SIGABRT/, "the report names the signal");
    const after = await runner.run("return 3;");
    assert.equal(after.status, "ok", `${after.status}: ${after.detail}`);
    assert.equal(after.vm, "ok 3");
  } finally {
    await runner.close();
  }
  // Runs are killed after factor x (timeout + 2 s); here 0.05 x 62 s = 3.1 s, well before the VM's own deadline.
  const hung = new ProgramRunner({ timeoutMs: 60_000, budget: 0, factor: 0.05 * scaled(1) }, false);
  try {
    const r = await hung.run("let s = 0; while (true) s++; return s;");
    assert.equal(r.status, "outlived", `${r.status}: ${r.detail}`);
    assert.match(r.detail, /killed/);
    const after = await hung.run("return 4;");
    assert.equal(after.status, "ok", `${after.status}: ${after.detail}`);
  } finally {
    await hung.close();
  }
});

test("fuzz watcher: in a long-lived run, the program that kills the process is named by its seed and the rest still run", { timeout: testTimeout(5) }, async () => {
  const genOpts: GenOptions = { profile: "hooks" };
  const n = 12;
  const sources = Array.from({ length: n }, (_, i) => generate(programSeed(3, i), genOpts));
  // A line only program 5 has: that program aborts the child.
  const mark = sources[5].split("\n").find((l) => l.length > 12 && sources.every((s, i) => i === 5 || !s.includes(l)));
  assert.ok(mark, "program 5 has a line of its own");
  const report = await runLongLived({ iterations: n, seed: 3, genOpts, abortMark: mark, repeat: false });
  // (Mismatches, if any, are the business of the tests below.)
  assert.deepEqual(
    report.failures.filter((f) => f.status === "died" || f.status === "outlived").map((f) => [f.i, f.seed, f.status]),
    [[5, programSeed(3, 5), "died"]],
  );
  assert.equal(report.programs, n, "the programs after the death ran");
  assert.equal(report.children, 2, "a second child took over");
});

const LONG_LIVED = 300;
const LONG_LIVED_SEED = 1;

test(
  `fuzz: ${LONG_LIVED} hook-heavy programs in one long-lived process: it survives, every run ends within its limits and agrees with V8 (seed ${LONG_LIVED_SEED})`,
  { timeout: testTimeout(10) },
  async () => {
    const genOpts: GenOptions = { profile: "hooks", disable: DISABLED };
    // Per run: the VM's deadline and budget; a run still going factor x (deadline + 2 s) later outlived them.
    const limits = { ...DEFAULT_LIMITS, timeoutMs: scaled(DEFAULT_LIMITS.timeoutMs) };
    const report = await runLongLived({ iterations: LONG_LIVED, seed: LONG_LIVED_SEED, genOpts, limits, maxFailures: 10 });
    assert.equal(report.noVm, undefined, `the child process could not run the VM: ${report.noVm}`);
    show(report.failures.map((f) => formatJob(f, f.i >= 0 ? generate(f.seed, genOpts) : "")));
    const lost = report.failures.filter((f) => f.status === "died" || f.status === "outlived");
    assert.equal(lost.length, 0, `${lost.length} program(s) killed the process or outlived their limits (seeds ${lost.map((f) => f.seed).join(", ")})`);
    assert.deepEqual(
      report.failures.map((f) => `${f.seed}: ${f.status}`),
      [],
      "programs that disagree with V8, crash the host, or give another outcome when run again",
    );
    assert.equal(report.programs, LONG_LIVED, "every program ran");
    assert.equal(report.children, 1, "all programs ran in one process");
  },
);

test(`fuzz: 150 hook-heavy programs agree with V8 (seed 2, profile hooks)`, { timeout: testTimeout(5) }, async () => {
  await inProcess(150, 2, { profile: "hooks", disable: DISABLED });
});

test(`fuzz: 150 programs of the language profile (user iterators, classes, descriptors, generators, async) agree with V8 (seed 3)`, { timeout: testTimeout(5) }, async () => {
  await inProcess(150, 3, { profile: "language", disable: DISABLED });
});

test(`fuzz: 200 generated programs agree with V8 (seed 1)`, { timeout: testTimeout(5) }, async () => {
  await inProcess(200, 1, { disable: DISABLED });
});
