// The builtins' shape against V8's: every builtin function both engines have reports the
// same `name` and `length`, and what V8 has and the VM does not is exactly the documented
// list below (docs/language.md, "Builtins").

import { test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { evaluate } from "../src/index.ts";

/** Lists `path name/length` for each builtin function reachable from the roots, one level deep. */
const WALK = `
const roots = { Object, Array, String, Number, Boolean, Math, JSON, Promise, Map, Set, Date, RegExp, Symbol,
  Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, Function,
  Iterator: Object.getPrototypeOf([].values()), Generator: Object.getPrototypeOf(function* () {}),
  parseInt, parseFloat, isNaN, isFinite, encodeURIComponent, decodeURIComponent, encodeURI, decodeURI };
const out = [];
function fn(path, f) { if (typeof f === "function") out.push(path + " " + f.name + "/" + f.length); }
for (const k of Object.keys(roots)) {
  const r = roots[k];
  fn(k, r);
  for (const [where, o] of [[k, r], [k + ".prototype", r.prototype]]) {
    if (o === undefined || o === null || (typeof o !== "object" && typeof o !== "function")) continue;
    for (const p of Object.getOwnPropertyNames(o)) {
      if (p === "caller" || p === "arguments") continue;
      const d = Object.getOwnPropertyDescriptor(o, p);
      if (d.get) fn(where + "." + p + "[get]", d.get);
      if (d.set) fn(where + "." + p + "[set]", d.set);
      if ("value" in d) fn(where + "." + p, d.value);
    }
  }
}
return out;
`;

/** V8's builtins the VM leaves out, each for a reason docs/language.md gives. */
const ABSENT: Record<string, string> = {
  // Annex B's legacy web features, which strict backend code has no use for.
  "Object.prototype.__defineGetter__": "Annex B",
  "Object.prototype.__defineSetter__": "Annex B",
  "Object.prototype.__lookupGetter__": "Annex B",
  "Object.prototype.__lookupSetter__": "Annex B",
  "Object.prototype.__proto__[get]": "__proto__ is an ordinary property name",
  "Object.prototype.__proto__[set]": "__proto__ is an ordinary property name",
  "RegExp.prototype.compile": "Annex B",
  "String.prototype.anchor": "Annex B",
  "String.prototype.big": "Annex B",
  "String.prototype.blink": "Annex B",
  "String.prototype.bold": "Annex B",
  "String.prototype.fixed": "Annex B",
  "String.prototype.fontcolor": "Annex B",
  "String.prototype.fontsize": "Annex B",
  "String.prototype.italics": "Annex B",
  "String.prototype.link": "Annex B",
  "String.prototype.small": "Annex B",
  "String.prototype.strike": "Annex B",
  "String.prototype.sub": "Annex B",
  "String.prototype.sup": "Annex B",
  "String.prototype.trimLeft": "Annex B (trimStart)",
  "String.prototype.trimRight": "Annex B (trimEnd)",
  // V8's own extensions.
  "Error.captureStackTrace": "V8 extension",
  "Error.prepareStackTrace": "V8 extension",
  // The /l flag of V8's linear-time engine, which the VM's regexp module enables on the host.
  "RegExp.prototype.linear[get]": "V8 extension",
  // Locale-dependent.
  "Array.prototype.toLocaleString": "locale",
  // Function.prototype is a plain object here: Function cannot make code.
  "Function.prototype": "Function cannot make code",
};
// RegExp's legacy static accessors ($1…$9, lastMatch, input…): Annex B, and shared state between runs.
for (const p of ["$&", "$'", "$+", "$_", "$`", "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9", "input", "lastMatch", "lastParen", "leftContext", "rightContext"]) {
  ABSENT[`RegExp.${p}[get]`] = ABSENT[`RegExp.${p}[set]`] = "Annex B";
}

function byPath(lines: string[]): Map<string, string> {
  // A path has no space; a name may ("get __proto__").
  return new Map(lines.map((l) => [l.slice(0, l.indexOf(" ")), l.slice(l.indexOf(" ") + 1)]));
}

test("every builtin function both engines have has JavaScript's name and length, and only the documented ones are absent", async () => {
  const ours = byPath((await evaluate(WALK, { filename: "walk.js" })) as string[]);
  const v8 = byPath(vm.runInNewContext(`"use strict"; (function () {${WALK}})()`) as string[]);
  assert.ok(ours.size > 250 && v8.size > 250, `the walk found ${ours.size} and ${v8.size} builtins`);
  const differ = [...ours].filter(([p, shape]) => v8.has(p) && v8.get(p) !== shape).map(([p, shape]) => `${p}: ${shape}, V8 ${v8.get(p)}`);
  assert.deepEqual(differ, [], "name/length differ from V8's");
  const missing = [...v8.keys()].filter((p) => !ours.has(p) && !(p in ABSENT));
  assert.deepEqual(missing, [], "V8 has these builtins and the VM does not (add them, or document why not)");
  const present = Object.keys(ABSENT).filter((p) => ours.has(p));
  assert.deepEqual(present, [], "listed as absent but present");
});
