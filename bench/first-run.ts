// One case's first run in this fresh process, for `npm run bench`'s first-run column:
//
//   node --import tsx bench/first-run.ts <kitwork|quickjs|node:vm> <case>
//
// Loads one engine, prepares the case (compile, context or realm), then times its first
// run; V8 has seen none of the engine's code run before. Prints one line:
// FIRST {"engine","case","prepareNs","firstNs","ok"} (ok: the result was the expected one).

import { CASES, type RunCase } from "./cases.ts";
import { kitworkEngine, loadKitwork, nodeVmEngine, quickjsEngine, type Engine } from "./engines.ts";
import { nowNs } from "./harness.ts";

const [engineName, caseName] = process.argv.slice(2);
const c = CASES.find((x): x is RunCase => x.kind === "run" && x.name === caseName);
if (!c) throw new Error(`unknown run case ${caseName}`);

async function load(): Promise<Engine> {
  if (engineName === "node:vm") return nodeVmEngine();
  if (engineName === "quickjs") return quickjsEngine();
  if (engineName === "kitwork") {
    const k = await loadKitwork();
    if (!k.ok) throw new Error(k.reason);
    return kitworkEngine(k.api);
  }
  throw new Error(`unknown engine ${engineName}`);
}

const engine = await load();
const t0 = nowNs();
const run = engine.prepare(c.source, `${c.name}.js`, c.async);
const t1 = nowNs();
const result = run();
const t2 = nowNs();
const ok = JSON.stringify(result) === JSON.stringify(c.expected);
engine.dispose();
console.log(`FIRST ${JSON.stringify({ engine: engineName, case: c.name, prepareNs: t1 - t0, firstNs: t2 - t1, ok })}`);
