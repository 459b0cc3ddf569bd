// Regular expressions: what the bound on matching costs (node --import tsx bench/regex.ts).
//
// Prints ns per match for ordinary patterns on V8 as it comes (a child process with no
// flags), on V8 with the flags kitwork sets (the linear-engine fallback), and inside
// kitwork scripts (the guard's plan lookup included, the loop's own cost subtracted);
// then the catastrophic /(a+)+$/ with and without the fallback, and the cost of one
// operation under the watchdog. Figures are best-of-5; docs/runtime.md quotes them.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

interface Case {
  name: string;
  /** Host JS: set up, then `op()` is timed. */
  setup: string;
  op: string;
}

const CASES: Case[] = [
  { name: "email test", setup: 'const re = /^[\\w.+-]+@[\\w-]+\\.[\\w.]+$/; const s = "someone.else+tag@example-mail.co.uk";', op: "re.test(s)" },
  { name: "email /i test", setup: 'const re = /^[a-z0-9.+-]+@[a-z0-9-]+\\.[a-z.]+$/i; const s = "someone.else+tag@example-mail.co.uk";', op: "re.test(s)" },
  { name: "split /,\\s*/", setup: 'const s = "alpha, beta,gamma,  delta, epsilon, zeta, eta, theta";', op: "s.split(/,\\s*/)" },
  { name: "replace /\\d+/g", setup: 'const s = "order 1234 of 56 items at 7890 each, ref 42";', op: 's.replace(/\\d+/g, "#")' },
];

const HOST = `
const flags = process.argv[1] === "flags";
if (flags) {
  const v8 = await import("node:v8");
  v8.setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
}
const cases = JSON.parse(process.argv[2]);
const out = {};
for (const c of cases) {
  const f = new Function(c.setup + " return () => " + c.op + ";")();
  const N = 200000;
  for (let i = 0; i < 20000; i++) f();
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) f();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / N);
  }
  out[c.name] = best;
}
const n = flags ? 29 : 24;
const t = process.hrtime.bigint();
/(a+)+$/.test("a".repeat(n) + "b");
out["catastrophic n=" + n] = Number(process.hrtime.bigint() - t);
process.stdout.write(JSON.stringify(out));
`;

function host(mode: "default" | "flags"): Record<string, number> {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", HOST, mode, JSON.stringify(CASES)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, number>;
}

async function inKitwork(): Promise<Record<string, number>> {
  const { compile, createRealm } = await import(new URL("../src/index.ts", import.meta.url).href);
  const rt = createRealm();
  const N = 200000;
  const time = (body: string, setup: string): number => {
    const program = compile(`${setup}\nfor (let i = 0; i < ${N}; i++) { ${body}; }\nreturn 0;`);
    rt.runSync(program, { limits: { budget: 0 } });
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const t = process.hrtime.bigint();
      rt.runSync(program, { limits: { budget: 0 } });
      best = Math.min(best, Number(process.hrtime.bigint() - t) / N);
    }
    return best;
  };
  const out: Record<string, number> = {};
  for (const c of CASES) {
    const setup = c.setup.replace(/^const re = (\/.*\/[a-z]*); const s = (".*");$/, "const re = $1; const s = $2;");
    out[c.name] = time(c.op, setup) - time("0", setup);
  }
  // One operation that must go under the watchdog: a backtracking-only pattern on a long input.
  const s = "ab".repeat(5000);
  const guarded = compile(`const s = ${JSON.stringify(s)};\nfor (let i = 0; i < 2000; i++) { /(?<=a)b+c/.test(s); }\nreturn 0;`);
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = process.hrtime.bigint();
    rt.runSync(guarded, { limits: { budget: 0, timeoutMs: 60_000 } });
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 2000);
  }
  out["watchdog op (10 k chars)"] = best;
  const direct = compile(`const s = ${JSON.stringify(s)};\nfor (let i = 0; i < 2000; i++) { /(?<=a)b+c/.test(s); }\nreturn 0;`);
  best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = process.hrtime.bigint();
    rt.runSync(direct, { limits: { budget: 0, timeoutMs: 0 } });
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 2000);
  }
  out["same op, no deadline (direct)"] = best;
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const a = host("default");
  const b = host("flags");
  const k = await inKitwork();
  const fmt = (ns: number | undefined) => (ns === undefined ? "" : ns >= 1e6 ? `${(ns / 1e6).toFixed(1)} ms` : ns >= 1e4 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);
  console.log(`${"case".padEnd(32)}${"V8 default".padStart(12)}${"V8 + fallback".padStart(15)}${"in kitwork".padStart(12)}`);
  for (const name of new Set([...Object.keys(a), ...Object.keys(b), ...Object.keys(k)])) {
    console.log(`${name.padEnd(32)}${fmt(a[name]).padStart(12)}${fmt(b[name]).padStart(15)}${fmt(k[name]).padStart(12)}`);
  }
}
