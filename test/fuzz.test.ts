// Differential fuzzing inside `npm test`: fixed budgets of generated programs (fixed
// seeds, so every run is the same) must give the same results on the Kitwork VM as on V8.
//
//   1. 300 programs of the "hooks" profile (getters/setters through computed keys,
//      valueOf/toString/toJSON, throwing callbacks, call chains through builtins) in ONE
//      long-lived child process: the process must not die and no run may outlive its limits;
//   2. the same profile, 300 other programs, in this process;
//   3. 400 programs of every feature, in this process.
//
// The long runs are `npm run fuzz` (test/fuzz/run.ts, see test/fuzz/README.md).

import { test } from "node:test";
import assert from "node:assert/strict";
import { generate, programSeed, type GenOptions } from "./fuzz/gen.ts";
import { checkOne, describe, loadVm, type Checked } from "./fuzz/harness.ts";
import { formatJob, runLongLived } from "./fuzz/long-lived.ts";

/** Generator features to leave out while the VM lacks them (see FEATURES in fuzz/gen.ts). */
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

const LONG_LIVED = 300;
const LONG_LIVED_SEED = 1;

test(
  `fuzz: ${LONG_LIVED} hook-heavy programs in one long-lived process: it survives, every run ends within its limits and agrees with V8 (seed ${LONG_LIVED_SEED})`,
  { timeout: 600_000 },
  async () => {
    const genOpts: GenOptions = { profile: "hooks", disable: DISABLED };
    const report = await runLongLived({ iterations: LONG_LIVED, seed: LONG_LIVED_SEED, genOpts, maxFailures: 10 });
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

test(`fuzz: 300 hook-heavy programs agree with V8 (seed 2, profile hooks)`, { timeout: 300_000 }, async () => {
  await inProcess(300, 2, { profile: "hooks", disable: DISABLED });
});

test(`fuzz: 400 generated programs agree with V8 (seed 1)`, { timeout: 300_000 }, async () => {
  await inProcess(400, 1, { disable: DISABLED });
});
