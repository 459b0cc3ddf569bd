// Dates, differentially: seeded random scripts of constructors, setters, getters, parsing
// and string forms — overflowing, fractional, negative, NaN and far-away arguments — run
// on the VM and on V8 under several time zones (offsets of 30 and 45 minutes, half-hour
// daylight saving, the southern hemisphere), and their results compared value for value.
// A failure prints the seed, the zone and the script.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { evaluate } from "../src/index.ts";
import { testTimeout } from "./fixtures/guard.ts";

const ZONES = ["UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago"];
const SCRIPTS_PER_ZONE = 60;

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), t | 1);
    r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const SETTERS: Array<[string, number]> = [
  ["setDate", 1], ["setFullYear", 3], ["setHours", 4], ["setMilliseconds", 1], ["setMinutes", 3], ["setMonth", 2],
  ["setSeconds", 2], ["setUTCDate", 1], ["setUTCFullYear", 3], ["setUTCHours", 4], ["setUTCMilliseconds", 1],
  ["setUTCMinutes", 3], ["setUTCMonth", 2], ["setUTCSeconds", 2], ["setTime", 1], ["setYear", 1],
];
const READS = [
  "getTime()", "getFullYear()", "getMonth()", "getDate()", "getDay()", "getHours()", "getMinutes()", "getSeconds()",
  "getMilliseconds()", "getTimezoneOffset()", "getUTCFullYear()", "getUTCMonth()", "getUTCDate()", "getUTCDay()",
  "getUTCHours()", "getYear()", "toString()", "toDateString()", "toTimeString()", "toUTCString()", "toJSON()",
  "toLocaleString()", "toLocaleDateString()", "toLocaleTimeString()", 'toLocaleString("en-GB", { timeZoneName: "short" })',
];

const LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "ar-EG", "hi-IN", "pt-BR", "zh-Hans-CN", "en"];
const LOCALE_OPTIONS: Array<[string, unknown[]]> = [
  ["timeZone", ["UTC", "Asia/Tokyo", "America/Los_Angeles", "Asia/Kolkata", "Europe/London"]],
  ["dateStyle", ["full", "long", "medium", "short"]],
  ["timeStyle", ["full", "long", "medium", "short"]],
  ["weekday", ["long", "short", "narrow"]],
  ["year", ["numeric", "2-digit"]],
  ["month", ["numeric", "2-digit", "long", "short", "narrow"]],
  ["day", ["numeric", "2-digit"]],
  ["hour", ["numeric", "2-digit"]],
  ["minute", ["numeric", "2-digit"]],
  ["second", ["numeric", "2-digit"]],
  ["hour12", [true, false]],
  ["hourCycle", ["h11", "h12", "h23", "h24"]],
  ["timeZoneName", ["short", "long", "shortOffset", "longGeneric"]],
  ["era", ["long", "short"]],
  ["fractionalSecondDigits", [1, 2, 3]],
  ["dayPeriod", ["narrow", "long"]],
];

function script(next: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const num = (): string =>
    pick([
      () => String(int(-3, 70)),
      () => String(int(1900, 2100)),
      () => String(int(0, 99)),
      () => `${int(-50, 50)}.${int(0, 9)}`,
      () => pick(["NaN", "Infinity", "-Infinity", "-0", "undefined", "null", "true", '"12"', '" 7 "', '""', "1e300"]),
      () => String(int(-1000, 1000)),
    ])();
  const iso = () => {
    const y = int(1969, 2040), mo = int(1, 12), d = int(1, 28), h = int(0, 23), mi = int(0, 59);
    const p = (n: number, w = 2) => String(n).padStart(w, "0");
    return pick([
      `${y}-${p(mo)}-${p(d)}`,
      `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}`,
      `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(int(0, 59))}.${p(int(0, 999), 3)}Z`,
      `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}${pick(["+", "-"])}${p(int(0, 14))}:${pick(["00", "30", "45"])}`,
      `${y}/${mo}/${d} ${h}:${p(mi)}`,
      `${pick(["Jan", "February", "Mar", "April", "Oct", "Dec"])} ${d}, ${y} ${h}:${p(mi)}`,
    ]);
  };
  const start = pick([
    () => `new Date(${int(-2, 2) * 1e12 + int(0, 1e9)})`,
    () => `new Date(${Array.from({ length: int(2, 7) }, num).join(", ")})`,
    () => `new Date(Date.UTC(${Array.from({ length: int(1, 7) }, num).join(", ")}))`,
    () => `new Date(${JSON.stringify(iso())})`,
    () => `new Date(Date.parse(${JSON.stringify(iso())}))`,
  ])();
  const lines = [`const d = ${start};`, "const out = [d.getTime()];"];
  for (let i = int(2, 6); i > 0; i--) {
    const [name, arity] = pick(SETTERS);
    const args = Array.from({ length: int(0, arity + 1) }, num).join(", ");
    lines.push(`out.push(d.${name}(${args}), d.${pick(READS)});`);
  }
  if (next() < 0.5) {
    // toLocale*String with a random mix of Intl.DateTimeFormat options (a bad mix throws).
    const options: Record<string, unknown> = {};
    for (const [k, vs] of LOCALE_OPTIONS) if (next() < 0.25) options[k] = pick(vs);
    const method = pick(["toLocaleString", "toLocaleDateString", "toLocaleTimeString"]);
    lines.push(`try { out.push(d.${method}(${JSON.stringify(pick(LOCALES))}, ${JSON.stringify(options)})); } catch (e) { out.push(e.name + ": " + e.message); }`);
  }
  lines.push(`out.push(isNaN(d) ? String(d) : d.toISOString(), d + "", +d);`);
  lines.push("return out;");
  return lines.join("\n");
}

function onV8(src: string): unknown {
  try {
    return { value: new vm.Script(`"use strict";(function(){${src}\n})()`).runInContext(vm.createContext({})) };
  } catch (e) {
    return { error: String(e) };
  }
}

async function onVM(src: string): Promise<unknown> {
  try {
    return { value: await evaluate(src, { filename: "date-fuzz.js" }) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Results as JSON sees them, NaN kept apart from null. */
const norm = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "number" && Number.isNaN(x) ? "NaN" : x));

describe("Dates: VM and V8 agree on random scripts", { timeout: testTimeout() }, () => {
  for (const [z, zone] of ZONES.entries()) {
    test(`in ${zone}`, async () => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        for (let i = 0; i < SCRIPTS_PER_ZONE; i++) {
          const seed = 1000 * (z + 1) + i;
          const src = script(rng(seed));
          const [mine, theirs] = [norm(await onVM(src)), norm(onV8(src))];
          assert.equal(mine, theirs, `seed ${seed}, TZ=${zone}:\n${src}`);
        }
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    });
  }
});
