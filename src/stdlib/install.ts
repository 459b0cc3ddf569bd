// Builds a complete realm: prototypes, globals and the prelude, then freezes the builtins.

import { compile } from "../compiler/index.js";
import type { Program } from "../bytecode/program.js";
import { Interpreter } from "../vm/interpreter.js";
import { Realm } from "../vm/realm.js";
import { describe, getProp, toStr, userIteratorMethod, wrapIterator } from "../vm/semantics.js";
import { KArray, type KClosure, KFunction, KMap, KObject, KSet } from "../vm/values.js";
import { installArray, newArray, roomFor, sortDefault, toInt, toList } from "./array.js";
import { installCasting } from "./casting.js";
import { installDate } from "./date.js";
import { installCollections, installErrors, mapAdd, notEntry, setAdd } from "./collections.js";
import { toHost } from "./convert.js";
import { type Row, type VM, defineMethods } from "./define.js";
import { installJSON, jsonParse } from "./json.js";
import { installNumber } from "./number.js";
import { defineEntry, installObject } from "./object.js";
import { PRELUDE_FILENAME, PRELUDE_SOURCE } from "./prelude.js";
import { installPromise } from "./promise.js";
import { installString, matchesFor, replaceNative, spliceMatches } from "./string.js";
import { installIterables, installSymbol } from "./symbol.js";
import { installAsyncGenerator, installGenerator } from "./generator.js";
import { WEB_SOURCE, installWeb, webIntrinsics } from "./web.js";

/** What runs may report through console.log / log(). */
export interface LogSink {
  log?(level: string, args: unknown[]): void;
}

/** Natives the prelude needs; visible only to the prelude. */
const intrinsics: Row[] = [
  ["describe", (_vm, _t, a) => describe(a[0]), 1],
  ["toInt", (vm, _t, a) => toInt(vm, a[0]), 1],
  ["toStr", (vm, _t, a) => toStr(vm, a[0]), 1],
  ["isCallable", (_vm, _t, a) => a[0] instanceof KFunction, 1],
  ["sortDefault", (vm, _t, a) => newArray(vm, sortDefault(vm, (a[0] as KArray).items)), 1],
  ["toList", (vm, _t, a) => newArray(vm, toList(vm, a[0])), 1],
  ["replaceNative", (vm, _t, a) => replaceNative(vm, a[0] as string, a[1], a[2], a[3] === true), 4],
  ["matchesFor", (vm, _t, a) => matchesFor(vm, a[0] as string, a[1], a[2] === true), 3],
  ["spliceMatches", (vm, _t, a) => spliceMatches(vm, a[0] as string, a[1] as KArray, a[2] as KArray), 3],
  ["mapEntries", (vm, t, a) => {
    void t;
    if (!(a[0] instanceof KMap)) return vm.throwType("Map.prototype.forEach called on incompatible receiver");
    roomFor(vm, a[0].map.size);
    return newArray(vm, [...a[0].map].map(([k, v]) => newArray(vm, [k, v])));
  }, 1],
  ["setValues", (vm, _t, a) => {
    if (!(a[0] instanceof KSet)) return vm.throwType("Set.prototype.forEach called on incompatible receiver");
    roomFor(vm, a[0].set.size);
    return newArray(vm, [...a[0].set]);
  }, 1],
  ["jsonParse", (vm, _t, a) => jsonParse(vm, a[0]), 1],
  // Iterating a script's iterable in the prelude (the for-of there runs on the VM's frames).
  ["userIteratorMethod", (vm, _t, a) => userIteratorMethod(vm, a[0]), 1],
  ["notEntry", (_vm, _t, a) => notEntry(a[0]), 1],
  ["mapAdd", (vm, _t, a) => void mapAdd(vm, a[0] as KMap, a[1], a[2]), 3],
  ["setAdd", (vm, _t, a) => void setAdd(vm, a[0] as KSet, a[1]), 2],
  ["defineEntry", (vm, _t, a) => void defineEntry(vm, a[0] as KObject, a[1], a[2]), 3],
];

function installConsole(realm: Realm): void {
  const consoleObj = new KObject(realm.ObjectProto);
  realm.register("console", consoleObj);
  realm.globals.console = consoleObj;
  const emit = (level: string) => (vm: VM, _t: unknown, a: unknown[]) => {
    const sink = vm.context as LogSink | undefined;
    sink?.log?.(level, a.map((x) => (typeof x === "string" ? x : toHost(x))));
    return undefined;
  };
  defineMethods(realm, consoleObj, "console", [
    ["log", emit("info"), 0],
    ["info", emit("info"), 0],
    ["warn", emit("warn"), 0],
    ["error", emit("error"), 0],
    ["debug", emit("debug"), 0],
  ]);
  realm.globals.log = realm.native("log", "log", emit("info") as never, 0);
}

/** Builtin scripts' programs by source: compiled in this process, or given by useCompiledBuiltins. */
const compiledBuiltins = new Map<string, Program>();
/** The builtin scripts run in this process, and whether any had to be compiled here. */
const usedBuiltins = new Set<Program>();
let compiledHere = false;

/**
 * Programs of builtin scripts compiled before (runtime/builtins-cache.ts keeps them
 * between processes): a builtin script whose source is one of theirs, character for
 * character, runs that program instead of being compiled.
 */
export function useCompiledBuiltins(programs: readonly Program[]): void {
  for (const p of programs) if (!compiledBuiltins.has(p.source)) compiledBuiltins.set(p.source, p);
}

/** The builtin scripts run in this process so far, and whether any of them was compiled here (not given by useCompiledBuiltins). */
export function builtinPrograms(): { programs: Program[]; compiled: boolean } {
  return { programs: [...usedBuiltins], compiled: compiledHere };
}

/**
 * Runs a builtin script — source returning `function (I) { return { "Path.name": fn } }` —
 * with the intrinsics table `I` (natives under `intrinsicsPath`), and registers the
 * returned functions under their paths. Compiled once per process.
 */
/** Intrinsics every builtin script has: stepping a script's iterable with a for-of on the VM's frames. */
const SCRIPT_INTRINSICS: Row[] = [
  ["call", (vm, _t, a) => vm.tailCall(a[0], a[1], a.slice(2)), 2],
  ["iterOf", (vm, _t, a) => wrapIterator(vm, a[0]), 1],
];

export function runBuiltinScript(realm: Realm, source: string, intrinsicsPath: string, rows: Row[]): Record<string, unknown> {
  const I = new KObject(realm.ObjectProto);
  realm.register(intrinsicsPath, I);
  defineMethods(realm, I, intrinsicsPath, [...SCRIPT_INTRINSICS, ...rows]);
  let program = compiledBuiltins.get(source);
  if (!program) {
    compiledBuiltins.set(source, (program = compile(source, { filename: PRELUDE_FILENAME })));
    compiledHere = true;
  }
  usedBuiltins.add(program);
  realm.programs.set(program.hash, program);
  const vm = new Interpreter(realm);
  vm.start(program, { budget: 0, timeoutMs: 0, maxDepth: 100, heapBytes: 0, maxStringLength: 1 << 20, maxArrayLength: 1 << 20 });
  const factory = vm.execute();
  const table = vm.callSync(factory, undefined, [I]) as KObject;
  const out: Record<string, unknown> = {};
  for (const [path, fn] of Object.entries(table.props)) {
    realm.register(path, fn as KObject);
    out[path] = fn;
  }
  return out;
}

/** Runs the prelude and returns its functions by builtin path. */
function loadPrelude(realm: Realm): Record<string, unknown> {
  return runBuiltinScript(realm, PRELUDE_SOURCE, "%intrinsics", intrinsics);
}

export function buildRealm(setup?: (realm: Realm) => void): Realm {
  const realm = new Realm();
  const prelude = loadPrelude(realm);
  installObject(realm);
  installSymbol(realm);
  installErrors(realm);
  installArray(realm, prelude);
  installString(realm, prelude);
  installNumber(realm);
  installJSON(realm, prelude);
  installCollections(realm, prelude);
  installCasting(realm);
  installDate(realm);
  installConsole(realm);
  installWeb(realm, runBuiltinScript(realm, WEB_SOURCE, "%web", webIntrinsics));
  installIterables(realm);
  installGenerator(realm);
  installAsyncGenerator(realm);
  installPromise(realm, runBuiltinScript);
  realm.iterSpread = prelude["%iterSpread"] as KClosure;
  realm.iterRest = prelude["%iterRest"] as KClosure;
  realm.fromEntries = prelude["%fromEntries"] as KClosure;
  setup?.(realm);
  realm.globals.globalThis = undefined;
  realm.freezeBuiltins();
  void getProp;
  return realm;
}
