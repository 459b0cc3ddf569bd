// Date: the constructor, Date.now/parse/UTC and the whole prototype.
//
// A Date is a KDate holding its time value (ms since the epoch, NaN when invalid). The
// calendar arithmetic, the parser and the string forms are the host's own Date, given
// numbers and strings only (arguments are converted in the VM first, in the order V8
// converts them, so a guest valueOf runs as in JavaScript); the results
// are therefore V8's to the last character. The current time comes from the run's clock
// (clockNow), the one now() reads, so a fixed or advanced test clock is what Date sees.
// Local time is the engine process's time zone (TZ), as Node's own Date uses it.
//
// The host Date used for arithmetic is one module-level scratch object, set just before
// each use (after every conversion that could run guest code) and never handed out.

import type { Realm } from "../vm/realm.js";
import { getProp, objectLabel, toNumber, toPrimitive, toStr, typeError } from "../vm/semantics.js";
import { symbolString, SYM_TO_PRIMITIVE } from "../vm/symbols.js";
import { KArray, KDate, KFunction, KObject, OBJECT_BYTES, elem } from "../vm/values.js";
import { clockNow } from "./casting.js";
import { type Native, type Row, type VM, defineConstructor, defineMethods } from "./define.js";

const MAX_TIME = 8.64e15;

/** TimeClip: an integral time value within ±8.64e15 ms, or NaN. */
export function timeClip(n: number): number {
  if (!Number.isFinite(n) || Math.abs(n) > MAX_TIME) return NaN;
  return Math.trunc(n) + 0;
}

const scratch = new Date(0);
type HostDate = Record<string, (...a: unknown[]) => unknown>;
const host = scratch as unknown as HostDate;

/** A new Date object of the run (charged as an object). */
export function makeDate(vm: VM, t: number, proto?: KObject): KDate {
  vm.chargeHeap(OBJECT_BYTES);
  return new KDate(proto ?? vm.realm.DateProto, timeClip(t));
}

/**
 * The receiver as a Date, or V8's TypeError: the getters and valueOf say "this is not a
 * Date object.", the other methods name themselves (`method`).
 */
function thisDate(t: unknown, method?: string): KDate {
  if (t instanceof KDate) return t;
  if (method === undefined) return typeError("this is not a Date object.");
  return typeError(`Method Date.prototype.${method} called on incompatible receiver ${t instanceof KObject ? objectLabel(t) : String(t)}`);
}

/** Up to `max` arguments to numbers, in order (a guest valueOf may run). */
function numbers(vm: VM, a: unknown[], max: number): number[] {
  const n = Math.min(a.length, max);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = toNumber(vm, a[i]);
  return out;
}

/** Charged per string parse or format: the host's work is a few hundred ns (a unit of fuel ≈ 4 ns). */
const FUEL_PER_CALL = 64;

function parse(vm: VM, s: string): number {
  vm.chargeWork(s.length, FUEL_PER_CALL);
  return Date.parse(s);
}

/** The string the host gives for time value `t` through `method` (toString, toUTCString…). */
function hostString(vm: VM, t: number, method: string): string {
  vm.chargeWork(0, FUEL_PER_CALL);
  scratch.setTime(t);
  return host[method]!() as string;
}

const construct: Native = (vm, _t, a, newTarget) => {
  // Called as a function, Date ignores its arguments and gives the current time as text.
  if (!newTarget) return hostString(vm, timeClip(clockNow(vm)), "toString");
  let t: number;
  if (a.length === 0) t = clockNow(vm);
  else if (a.length === 1) {
    const v = a[0];
    if (v instanceof KDate) t = v.t;
    else {
      const p = toPrimitive(vm, v, "default");
      t = typeof p === "string" ? parse(vm, p) : toNumber(vm, p);
    }
  } else {
    const n = numbers(vm, a, 7);
    t = (new (Date as unknown as new (...x: number[]) => Date)(...n)).getTime();
  }
  return makeDate(vm, t);
};

// ------------------------------------------------------------------ the prototype

const GETTERS = [
  "getDate", "getDay", "getFullYear", "getHours", "getMilliseconds", "getMinutes", "getMonth", "getSeconds",
  "getTimezoneOffset", "getUTCDate", "getUTCDay", "getUTCFullYear", "getUTCHours", "getUTCMilliseconds",
  "getUTCMinutes", "getUTCMonth", "getUTCSeconds", "getYear",
];

/** Setters and how many arguments each reads (its length). */
const SETTERS: Array<[string, number]> = [
  ["setDate", 1], ["setFullYear", 3], ["setHours", 4], ["setMilliseconds", 1], ["setMinutes", 3], ["setMonth", 2],
  ["setSeconds", 2], ["setUTCDate", 1], ["setUTCFullYear", 3], ["setUTCHours", 4], ["setUTCMilliseconds", 1],
  ["setUTCMinutes", 3], ["setUTCMonth", 2], ["setUTCSeconds", 2], ["setYear", 1],
];

function writable(d: KDate): KDate {
  if (d.shared) typeError("Cannot modify a shared Date: it is read-only in every run");
  return d;
}

const getter = (method: string): Native => (_vm, t) => {
  const d = thisDate(t, method === "getYear" ? method : undefined);
  if (d.t !== d.t) return NaN;
  scratch.setTime(d.t);
  return host[method]!();
};

const setter = (method: string, arity: number): Native => (vm, t, a) => {
  const d = thisDate(t, method);
  // On an invalid date V8 converts only the first argument (setFullYear and
  // setUTCFullYear, which start from +0, convert them all), then gives NaN.
  const n = numbers(vm, a, d.t !== d.t && !method.endsWith("FullYear") ? Math.min(arity, 1) : arity);
  writable(d);
  scratch.setTime(d.t);
  return (d.t = host[method]!(...n) as number);
};

const toStringAs = (method: string): Native => (vm, t) => {
  const d = thisDate(t, method);
  return d.t !== d.t ? "Invalid Date" : hostString(vm, d.t, method);
};

// ------------------------------------------------------------------ toLocale*String

/** The options of Intl.DateTimeFormat, in the order the constructor reads them. */
const INTL_OPTIONS = [
  "localeMatcher", "calendar", "numberingSystem", "hour12", "hourCycle", "timeZone", "weekday", "era", "year",
  "month", "day", "dayPeriod", "hour", "minute", "second", "fractionalSecondDigits", "timeZoneName", "formatMatcher",
  "dateStyle", "timeStyle",
];

function hostLocales(vm: VM, v: unknown): unknown {
  if (v === undefined || typeof v === "string") return v;
  if (v instanceof KArray) {
    vm.chargeWork(0, v.items.length);
    return v.items.map((x) => (typeof x === "string" ? x : toStr(vm, elem(x))));
  }
  if (v instanceof KObject) return [];
  return v; // a number or a boolean: the host refuses it as JavaScript does
}

/** The guest's options as a plain host record (each option read once, getters included). */
function hostOptions(vm: VM, v: unknown): Record<string, unknown> | null | undefined {
  if (v === undefined || v === null) return v;
  const out: Record<string, unknown> = {};
  if (!(v instanceof KObject)) return out;
  for (const k of INTL_OPTIONS) {
    let x = getProp(vm, v, k);
    if (x === undefined) continue;
    if (x instanceof KObject) x = k === "hour12" ? true : k === "fractionalSecondDigits" ? toNumber(vm, x) : toStr(vm, x);
    out[k] = x;
  }
  return out;
}

/**
 * ToDateTimeOptions of ECMA-402: which fields a toLocale*String call formats when its
 * options name none (`required`: the fields that count, `defaults`: the fields to add).
 */
function withDefaults(o: Record<string, unknown> | undefined, required: "any" | "date" | "time", defaults: "all" | "date" | "time"): Record<string, unknown> {
  const out: Record<string, unknown> = { ...o };
  let need = true;
  if (required !== "time") for (const k of ["weekday", "year", "month", "day"]) if (out[k] !== undefined) need = false;
  if (required !== "date") for (const k of ["dayPeriod", "hour", "minute", "second", "fractionalSecondDigits"]) if (out[k] !== undefined) need = false;
  if (out.dateStyle !== undefined || out.timeStyle !== undefined) need = false;
  if (required === "date" && out.timeStyle !== undefined) throw new TypeError("Invalid option : timeStyle");
  if (required === "time" && out.dateStyle !== undefined) throw new TypeError("Invalid option : dateStyle");
  if (need && defaults !== "time") out.year = out.month = out.day = "numeric";
  if (need && defaults !== "date") out.hour = out.minute = out.second = "numeric";
  return out;
}

/** Formatters by (kind, locales, options): making one costs the host ~150 µs, using one ~5 µs. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTERS_KEPT = 256;
/** Fuel for making a formatter (≈ 150 µs) and for formatting with one (≈ 5 µs). */
const FUEL_NEW_FORMATTER = 40_000;
const FUEL_FORMAT = 1_500;

const toLocale = (method: string, required: "any" | "date" | "time", defaults: "all" | "date" | "time"): Native => (vm, t, a) => {
  const d = thisDate(t, method);
  if (d.t !== d.t) return "Invalid Date";
  const locales = hostLocales(vm, a[0]);
  const options = hostOptions(vm, a[1]);
  try {
    if (options === null) throw new TypeError("Cannot convert undefined or null to object");
    // A formatter made without a timeZone keeps the process's zone of that moment: the
    // zone (TZ, which Node follows when it changes) is part of the key.
    const key = JSON.stringify([required, locales, options, options?.timeZone === undefined ? (process.env.TZ ?? "") : ""]);
    let f = formatters.get(key);
    if (f === undefined) {
      vm.chargeWork(key.length, FUEL_NEW_FORMATTER);
      f = new Intl.DateTimeFormat(locales as string | string[] | undefined, withDefaults(options, required, defaults));
      if (formatters.size >= FORMATTERS_KEPT) formatters.clear();
      formatters.set(key, f);
    }
    vm.chargeWork(0, FUEL_FORMAT);
    return f.format(d.t);
  } catch (e) {
    if (e instanceof RangeError) return vm.throwRange(e.message);
    if (e instanceof TypeError) return vm.throwType(e.message);
    throw e;
  }
};

// ------------------------------------------------------------------ Date.prototype[Symbol.toPrimitive]

/**
 * ToPrimitive for a Date: the hints "default" and "string" try toString first, "number"
 * valueOf first (so `"" + d` is text and `d - e` a number); any other hint is refused.
 */
const toPrimitiveNative: Native = (vm, t, a) => {
  if (!(t instanceof KObject)) return typeError(`Method Date.prototype [ @@toPrimitive ] called on incompatible receiver ${describeValue(t)}`);
  const hint = a[0];
  if (hint !== "string" && hint !== "default" && hint !== "number") return typeError(`Invalid hint: ${describeValue(hint)}`);
  for (const name of hint === "number" ? ["valueOf", "toString"] : ["toString", "valueOf"]) {
    const f = getProp(vm, t, name);
    if (f instanceof KFunction) {
      const r = vm.callSync(f, t, []);
      if (!(r instanceof KObject)) return r;
    }
  }
  return typeError("Cannot convert object to primitive value");
};

/** A value as V8 names it in these messages: `#<Object>`, `Symbol(s)`, `1`. */
function describeValue(v: unknown): string {
  if (v instanceof KObject) return objectLabel(v);
  if (typeof v === "symbol") return symbolString(v);
  return String(v);
}

// ------------------------------------------------------------------ install

export function installDate(realm: Realm): void {
  const proto = realm.DateProto;
  const ctor = defineConstructor(realm, "Date", construct, 7, proto);
  defineMethods(realm, ctor, "Date", [
    ["now", (vm) => timeClip(clockNow(vm)), 0],
    ["parse", (vm, _t, a) => parse(vm, toStr(vm, a[0])), 1],
    ["UTC", (vm, _t, a) => timeClip(Date.UTC(...(numbers(vm, a, 7) as [number]))), 7],
  ]);
  const rows: Row[] = [
    ["getTime", (_vm, t) => thisDate(t).t, 0],
    ["valueOf", (_vm, t) => thisDate(t).t, 0],
    ["setTime", (vm, t, a) => {
      const d = thisDate(t, "setTime");
      const n = toNumber(vm, a[0]);
      return (writable(d).t = timeClip(n));
    }, 1],
    ...GETTERS.map((m): Row => [m, getter(m), 0]),
    ...SETTERS.map(([m, n]): Row => [m, setter(m, n), n]),
    ["toString", toStringAs("toString"), 0],
    ["toDateString", toStringAs("toDateString"), 0],
    ["toTimeString", toStringAs("toTimeString"), 0],
    ["toUTCString", toStringAs("toUTCString"), 0],
    ["toISOString", (vm, t) => {
      const d = thisDate(t, "toISOString");
      if (d.t !== d.t) return vm.throwRange("Invalid time value");
      return hostString(vm, d.t, "toISOString");
    }, 0],
    ["toJSON", (vm, t) => {
      // Generic, as in JavaScript: any object with a toISOString.
      if (t === undefined || t === null) return typeError("Cannot convert undefined or null to object");
      const tv = toPrimitive(vm, t, "number");
      if (typeof tv === "number" && !Number.isFinite(tv)) return null;
      const f = getProp(vm, t, "toISOString");
      if (!(f instanceof KFunction)) return typeError("toISOString is not a function");
      return vm.callSync(f, t, []);
    }, 1],
    ["toLocaleString", toLocale("toLocaleString", "any", "all"), 0],
    ["toLocaleDateString", toLocale("toLocaleDateString", "date", "date"), 0],
    ["toLocaleTimeString", toLocale("toLocaleTimeString", "time", "time"), 0],
  ];
  defineMethods(realm, proto, "Date.prototype", rows);
  // Annex B: toGMTString is the same function as toUTCString.
  realm.define(proto, "toGMTString", proto.props.toUTCString);
  realm.define(proto, SYM_TO_PRIMITIVE, realm.native("Date.prototype[Symbol.toPrimitive]", "[Symbol.toPrimitive]", toPrimitiveNative as never, 1));
}
