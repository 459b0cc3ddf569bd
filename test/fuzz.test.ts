// Differential fuzzing inside `npm test`: a fixed budget of generated programs
// (fixed seed, so the run is reproducible) must give the same results on the
// Kitwork VM as on V8. The long run is `npm run fuzz` (test/fuzz/run.ts).

import { test } from "node:test";
import assert from "node:assert/strict";
import { programSeed, type GenOptions } from "./fuzz/gen.ts";
import { checkOne, describe, loadVm, type Checked } from "./fuzz/harness.ts";

const PROGRAMS = 400;
const MASTER_SEED = 1;
/** Generator features to leave out while the VM lacks them (see FEATURES in fuzz/gen.ts). */
const DISABLED: string[] = [];

function report(c: Checked, why: string): string {
  return [
    `--- program seed ${c.seed}: ${why}`,
    `    replay: node --import tsx test/fuzz/run.ts --replay ${c.seed}`,
    c.source.trimEnd(),
    `    V8: ${describe(c.v8)}`,
    `    VM: ${c.ours ? describe(c.ours) : "(not run)"}`,
  ].join("\n");
}

test(`fuzz: ${PROGRAMS} generated programs agree with V8 (seed ${MASTER_SEED})`, { timeout: 300_000 }, async (t) => {
  const { api, reason } = await loadVm();
  if (!api) {
    t.skip(`VM not available: ${reason}`);
    return;
  }
  const genOpts: GenOptions = { disable: DISABLED };
  const mismatches: string[] = [];
  const crashes: string[] = [];
  const genBugs: string[] = [];
  for (let i = 0; i < PROGRAMS; i++) {
    const c = await checkOne(programSeed(MASTER_SEED, i), genOpts, api);
    if (c.genBug) genBugs.push(report(c, `generator bug: ${c.genBug}`));
    if (c.reason) (c.ours?.kind === "crash" ? crashes : mismatches).push(report(c, c.reason));
  }
  const all = [...crashes, ...mismatches, ...genBugs];
  const shown = all.slice(0, 10);
  if (all.length) {
    console.log(shown.join("\n\n"));
    if (all.length > shown.length) console.log(`... and ${all.length - shown.length} more`);
  }
  assert.equal(crashes.length, 0, `${crashes.length} host crash(es) out of ${PROGRAMS} programs`);
  assert.equal(mismatches.length, 0, `${mismatches.length} mismatch(es) with V8 out of ${PROGRAMS} programs`);
  assert.equal(genBugs.length, 0, `${genBugs.length} generator bug(s) (test/fuzz/gen.ts) out of ${PROGRAMS} programs`);
});
