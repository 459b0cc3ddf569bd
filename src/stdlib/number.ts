// Number, Boolean, Math and the global numeric functions.

import { primitiveOf, toNumber, toStr, typeError, rangeError, wrapPrimitive } from "../vm/semantics.js";
import type { Realm } from "../vm/realm.js";
import { type Row, type VM, defineConstructor, defineFunction, defineMethods, defineNamespace, defineValues } from "./define.js";
import { toInt } from "./array.js";
import { SYM_TO_STRING_TAG } from "../vm/symbols.js";

function num(vm: VM, t: unknown, what: string): number {
  if (typeof t === "number") return t;
  const n = primitiveOf(t, "number");
  if (n !== undefined) return n as number;
  return typeError(`Number.prototype.${what} requires that 'this' be a Number`);
}

const numberProto: Row[] = [
  ["toFixed", (vm, t, a) => {
    const d = toInt(vm, a[0]);
    if (d < 0 || d > 100) rangeError("toFixed() digits argument must be between 0 and 100");
    return num(vm, t, "toFixed").toFixed(d);
  }, 1],
  ["toPrecision", (vm, t, a) => {
    const n = num(vm, t, "toPrecision");
    if (a[0] === undefined) return String(n);
    const p = toInt(vm, a[0]);
    if (!Number.isFinite(n)) return String(n);
    if (p < 1 || p > 100) rangeError("toPrecision() argument must be between 1 and 100");
    return n.toPrecision(p);
  }, 1],
  ["toExponential", (vm, t, a) => {
    const n = num(vm, t, "toExponential");
    const d = toInt(vm, a[0]);
    if (!Number.isFinite(n)) return String(n);
    if (a[0] === undefined) return n.toExponential();
    if (d < 0 || d > 100) rangeError("toExponential() argument must be between 0 and 100");
    return n.toExponential(d);
  }, 1],
  ["toString", (vm, t, a) => {
    const n = num(vm, t, "toString");
    const radix = a[0] === undefined ? 10 : toInt(vm, a[0]);
    if (radix < 2 || radix > 36) rangeError("toString() radix argument must be between 2 and 36");
    return n.toString(radix);
  }, 1],
  ["toLocaleString", (vm, t) => String(num(vm, t, "toLocaleString")), 0],
  ["valueOf", (vm, t) => num(vm, t, "valueOf"), 0],
];

const mathFns: Array<[string, (...x: number[]) => number, number]> = [
  ["abs", Math.abs, 1], ["acos", Math.acos, 1], ["acosh", Math.acosh, 1], ["asin", Math.asin, 1], ["asinh", Math.asinh, 1],
  ["atan", Math.atan, 1], ["atanh", Math.atanh, 1], ["atan2", Math.atan2, 2], ["cbrt", Math.cbrt, 1], ["ceil", Math.ceil, 1],
  ["clz32", Math.clz32, 1], ["cos", Math.cos, 1], ["cosh", Math.cosh, 1], ["exp", Math.exp, 1], ["expm1", Math.expm1, 1],
  ["floor", Math.floor, 1], ["fround", Math.fround, 1], ["hypot", Math.hypot, 2], ["imul", Math.imul, 2], ["log", Math.log, 1],
  ["log1p", Math.log1p, 1], ["log10", Math.log10, 1], ["log2", Math.log2, 1], ["max", Math.max, 2], ["min", Math.min, 2],
  ["pow", Math.pow, 2], ["round", Math.round, 1], ["sign", Math.sign, 1], ["sin", Math.sin, 1], ["sinh", Math.sinh, 1],
  ["sqrt", Math.sqrt, 1], ["tan", Math.tan, 1], ["tanh", Math.tanh, 1], ["trunc", Math.trunc, 1],
];

export function parseIntImpl(vm: VM, a: unknown[]): number {
  const radix = a[1] === undefined ? 0 : toInt(vm, a[1]);
  return parseInt(toStr(vm, a[0]), radix);
}

export function installNumber(realm: Realm): void {
  const ctor = defineConstructor(realm, "Number", (vm, _t, a, newTarget) => {
    const n = a.length === 0 ? 0 : toNumber(vm, a[0]);
    return newTarget ? wrapPrimitive(vm, n, newTarget) : n;
  }, 1, realm.NumberProto, "args");
  defineMethods(realm, realm.NumberProto, "Number.prototype", numberProto);
  const parseFloatFn = defineFunction(realm, "parseFloat", (vm, _t, a) => parseFloat(toStr(vm, a[0])), 1, "args");
  const parseIntFn = defineFunction(realm, "parseInt", (vm, _t, a) => parseIntImpl(vm, a), 2, "args");
  defineFunction(realm, "isNaN", (vm, _t, a) => Number.isNaN(toNumber(vm, a[0])), 1, "args");
  defineFunction(realm, "isFinite", (vm, _t, a) => Number.isFinite(toNumber(vm, a[0])), 1, "args");
  realm.globals.NaN = NaN;
  realm.globals.Infinity = Infinity;
  realm.globals.undefined = undefined;
  defineMethods(realm, ctor, "Number", [
    ["isInteger", (_vm, _t, a) => Number.isInteger(a[0]), 1],
    ["isSafeInteger", (_vm, _t, a) => Number.isSafeInteger(a[0]), 1],
    ["isFinite", (_vm, _t, a) => Number.isFinite(a[0]), 1],
    ["isNaN", (_vm, _t, a) => Number.isNaN(a[0]), 1],
  ]);
  defineValues(realm, ctor, {
    parseFloat: parseFloatFn,
    parseInt: parseIntFn,
    MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER,
    MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
    MAX_VALUE: Number.MAX_VALUE,
    MIN_VALUE: Number.MIN_VALUE,
    EPSILON: Number.EPSILON,
    POSITIVE_INFINITY: Infinity,
    NEGATIVE_INFINITY: -Infinity,
    NaN: NaN,
  });

  defineConstructor(realm, "Boolean", (vm, _t, a, newTarget) => {
    const v = a[0];
    const b = typeof v === "object" ? v !== null : !!v;
    return newTarget ? wrapPrimitive(vm, b, newTarget) : b;
  }, 1, realm.BooleanProto);
  const bool = (t: unknown, method: string): boolean => {
    const b = primitiveOf(t, "boolean");
    if (b === undefined) typeError(`Boolean.prototype.${method} requires that 'this' be a Boolean`);
    return b as boolean;
  };
  defineMethods(realm, realm.BooleanProto, "Boolean.prototype", [
    ["toString", (_vm, t) => String(bool(t, "toString")), 0],
    ["valueOf", (_vm, t) => bool(t, "valueOf"), 0],
  ]);

  const math = defineNamespace(realm, "Math");
  defineMethods(realm, math, "Math", mathFns.map(([name, f, arity]) => [name, (vm: VM, _t: unknown, a: unknown[]) => {
    if (a.length > 16) vm.chargeWork(0, a.length); // Math.max(...list)
    return f(...a.map((x) => toNumber(vm, x)));
  }, arity] as Row));
  defineMethods(realm, math, "Math", [["random", () => Math.random(), 0]]);
  realm.define(math, SYM_TO_STRING_TAG, "Math");
  defineValues(realm, math, { PI: Math.PI, E: Math.E, LN2: Math.LN2, LN10: Math.LN10, LOG2E: Math.LOG2E, LOG10E: Math.LOG10E, SQRT2: Math.SQRT2, SQRT1_2: Math.SQRT1_2 });
}
