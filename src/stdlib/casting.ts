// The casting prototypes every value has — .int() .float() .string() .bool() .json() —
// and time values (now(), .format(), .add("1h")…). An own property always wins over
// these, because they live on the prototypes.

import { describe, typeError, toStr } from "../vm/semantics.js";
import type { Realm } from "../vm/realm.js";
import { KDate, KObject, KTime, OBJECT_BYTES } from "../vm/values.js";
import { LimitError } from "../vm/errors.js";
import { jsonStringify } from "./json.js";
import { FormatTooLong, addDuration, formatTime, parseDuration, parseTime, subDuration, toISO } from "./time-core.js";
import { type Row, type VM, defineFunction, defineMethods, pollDeadline } from "./define.js";

/** Runs a conversion; on failure returns the fallback when one was given, else throws a TypeError naming the value. */
function convert(args: unknown[], value: unknown, to: string, f: () => unknown): unknown {
  const r = f();
  if (r !== FAIL) return r;
  if (args.length > 0) return args[0];
  return typeError(`cannot convert ${describe(value)} to ${to}`);
}

const FAIL = Symbol("fail");

function toFloat(v: unknown): number | typeof FAIL {
  if (typeof v === "number") return Number.isFinite(v) ? v : FAIL;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return FAIL;
    const n = Number(s);
    return Number.isFinite(n) ? n : FAIL;
  }
  if (v instanceof KTime) return v.ms;
  if (v instanceof KDate) return v.t === v.t ? v.t : FAIL;
  return FAIL;
}

const TRUE_WORDS = new Set(["true", "1", "yes", "on"]);
const FALSE_WORDS = new Set(["false", "0", "no", "off", ""]);

function toBool(v: unknown): boolean | typeof FAIL {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0 && v === v;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (TRUE_WORDS.has(s)) return true;
    if (FALSE_WORDS.has(s)) return false;
    return FAIL;
  }
  return v instanceof KObject;
}

/** .string(): strings as they are, numbers and booleans as text, objects as JSON, times as ISO-8601. */
function toText(vm: VM, v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof KTime) return toISO(v.ms);
  if (v instanceof KDate) return v.t === v.t ? toISO(v.t) : "Invalid Date";
  if (v instanceof KObject) return jsonStringify(vm, v, undefined, undefined) ?? "";
  return String(v);
}

const casting: Row[] = [
  ["int", (_vm, t, a) => convert(a, t, "int", () => {
    const n = toFloat(t);
    return n === FAIL ? FAIL : Math.trunc(n) + 0;
  }), 0, "this"],
  ["float", (_vm, t, a) => convert(a, t, "float", () => toFloat(t)), 0, "this"],
  ["bool", (_vm, t, a) => convert(a, t, "bool", () => toBool(t)), 0, "this"],
  ["string", (vm, t) => toText(vm, t), 0],
  ["json", (vm, t) => (t instanceof KTime ? toISO(t.ms) : jsonStringify(vm, t, undefined, undefined) ?? "null"), 0],
];

/** Largest time JS dates allow (±100,000,000 days from the epoch). */
const MAX_TIME = 8.64e15;

/** A new time value; out-of-range or non-finite instants are a catchable RangeError. */
export function makeTime(vm: VM, ms: number): KTime {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_TIME) return vm.throwRange(`invalid time value (${ms} ms is out of range)`);
  return newTime(vm, ms);
}

function newTime(vm: VM, ms: number): KTime {
  vm.chargeHeap(OBJECT_BYTES);
  return new KTime(vm.realm.TimeProto, ms);
}

function time(t: unknown): KTime {
  if (t instanceof KTime) return t;
  return typeError("not a time value");
}

function duration(vm: VM, v: unknown): number {
  try {
    return parseDuration(typeof v === "number" ? v : toStr(vm, v));
  } catch (e) {
    return vm.throwRange((e as Error).message);
  }
}

function tz(vm: VM, v: unknown): string | undefined {
  return v === undefined ? undefined : toStr(vm, v);
}

/** Fuel per formatted time token (measured ≈ 0.1 µs each; a unit of instructions ≈ 4 ns). */
const FUEL_PER_TOKEN = 32;

const timeProto: Row[] = [
  ["json", (_vm, t) => toISO(time(t).ms), 0],
  ["iso", (_vm, t) => toISO(time(t).ms), 0],
  ["toJSON", (_vm, t) => toISO(time(t).ms), 0],
  ["toString", (_vm, t) => toISO(time(t).ms), 0],
  ["string", (_vm, t) => toISO(time(t).ms), 0],
  ["valueOf", (_vm, t) => time(t).ms, 0],
  ["unix", (_vm, t) => Math.floor(time(t).ms / 1000), 0],
  ["ms", (_vm, t) => time(t).ms, 0],
  ["format", (vm, t, a) => {
    const ms = time(t).ms;
    const pattern = a[0] === undefined ? "YYYY-MM-DDTHH:mm:ss.SSSZ" : toStr(vm, a[0]);
    const zone = tz(vm, a[1]);
    // The pattern's length before, any growth (tokens longer than themselves) after; the
    // text stops at the string limit as it is made.
    vm.allocString(pattern.length);
    let out: string;
    try {
      out = formatTime(ms, pattern, zone, vm.limits.maxStringLength, (n) => {
        vm.chargeWork(0, n * FUEL_PER_TOKEN);
        pollDeadline(vm);
      });
    } catch (e) {
      if (e instanceof FormatTooLong) vm.allocString(e.length);
      if (e instanceof LimitError) throw e;
      return vm.throwRange((e as Error).message);
    }
    if (out.length > pattern.length) vm.allocString(out.length - pattern.length);
    return out;
  }, 2],
  ["add", (vm, t, a) => makeTime(vm, addDuration(time(t).ms, duration(vm, a[0]))), 1],
  ["sub", (vm, t, a) => makeTime(vm, subDuration(time(t).ms, duration(vm, a[0]))), 1],
  ["diff", (_vm, t, a) => time(t).ms - time(a[0]).ms, 1],
  ["before", (_vm, t, a) => time(t).ms < time(a[0]).ms, 1],
  ["after", (_vm, t, a) => time(t).ms > time(a[0]).ms, 1],
  ["date", (vm, t) => {
    const ms = time(t).ms;
    vm.chargeHeap(OBJECT_BYTES);
    return new KDate(vm.realm.DateProto, ms);
  }, 0],
];

/** The run's clock: the host context may inject one (tests, durable replays). */
export function clockNow(vm: VM): number {
  const ctx = vm.context as { now?: () => number } | undefined;
  return typeof ctx?.now === "function" ? ctx.now() : Date.now();
}

export function installCasting(realm: Realm): void {
  defineMethods(realm, realm.ObjectProto, "Object.prototype", casting);
  defineMethods(realm, realm.TimeProto, "Time.prototype", timeProto);
  defineFunction(realm, "now", (vm) => newTime(vm, clockNow(vm)), 0);
  defineFunction(realm, "time", (vm, _t, a) => {
    const v = a[0];
    if (v === undefined) return newTime(vm, clockNow(vm));
    if (v instanceof KTime) return newTime(vm, v.ms);
    if (v instanceof KDate) return v.t === v.t ? newTime(vm, v.t) : vm.throwRange("invalid time value (an Invalid Date)");
    if (typeof v === "number") return makeTime(vm, v);
    try {
      return makeTime(vm, parseTime(toStr(vm, v)));
    } catch (e) {
      return vm.throwRange((e as Error).message);
    }
  }, 1, "args");
}
