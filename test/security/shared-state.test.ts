// Family: shared state — everything one run of a realm can reach that another run of
// the same realm also reaches (builtins, their prototypes, the prelude's functions, an
// embedder's data globals). Each test is one attempt to write there; each asserts that
// the write is refused with a TypeError (or only touches the run's own objects) and
// that a second run in the same realm sees the pristine value.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { LimitError, type Runtime, ScriptError, createRealm, evaluate } from "../../src/index.ts";
import type { Realm } from "../../src/vm/realm.ts";
import { Accessor, KArray, KBound, KClosure, KDate, KHandle, KIter, KMap, KObject, KRegExp, KSet } from "../../src/vm/values.ts";

/** An embedder's data global, shared by every run of its runtime. */
function embedderGlobals() {
  return {
    cfg: {
      name: "prod",
      list: [3, 1, 2],
      nested: { deep: { x: 0, tags: ["a", "b"] } },
      routes: new Map<string, unknown>([["home", { path: "/" }], ["ids", [1, 2]]]),
      since: new Date(0),
    },
  };
}
const PRISTINE_CFG = { name: "prod", list: [3, 1, 2], nested: { deep: { x: 0, tags: ["a", "b"] } }, routes: { home: { path: "/" }, ids: [1, 2] }, since: "1970-01-01T00:00:00.000Z" };

function newRuntime(): Runtime {
  return createRealm({ globals: embedderGlobals() });
}

async function run(rt: Runtime, source: string): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await evaluate(source, { runtime: rt, filename: "shared.js" }) };
  } catch (error) {
    return { error };
  }
}

async function value(rt: Runtime, source: string): Promise<unknown> {
  const r = await run(rt, source);
  assert.ok(!("error" in r), `${source}\n  failed: ${String((r.error as Error)?.message ?? r.error)}`);
  return r.value;
}

async function typeErrorOf(rt: Runtime, source: string, message?: RegExp): Promise<string> {
  const r = await run(rt, source);
  assert.ok(r.error instanceof ScriptError, `${source}\n  expected a TypeError, got ${"error" in r ? String(r.error) : `the value ${JSON.stringify(r.value)}`}`);
  assert.match(r.error.message, /^TypeError: /, source);
  if (message) assert.match(r.error.message, message, source);
  return r.error.message;
}

// ------------------------------------------------------------------ the VM object model, from the host

/** Every VM object reachable from the realm's globals and registered builtins, with a path to it. */
function reachable(realm: Realm): Map<KObject, string> {
  const found = new Map<KObject, string>();
  const todo: [unknown, string][] = [];
  for (const k of Object.keys(realm.globals)) todo.push([realm.globals[k], k]);
  for (const [path, o] of realm.byPath) todo.push([o, `@${path}`]);
  while (todo.length > 0) {
    const [v, path] = todo.pop()!;
    if (v instanceof Accessor) {
      todo.push([v.get, `${path}<get>`], [v.set, `${path}<set>`]);
      continue;
    }
    if (!(v instanceof KObject) || found.has(v)) continue;
    found.set(v, path);
    todo.push([v.proto, `${path}.[[Prototype]]`]);
    for (const k of Object.keys(v.props)) todo.push([v.props[k], `${path}.${k}`]);
    if (v instanceof KArray) v.items.forEach((x, i) => todo.push([x, `${path}[${i}]`]));
    if (v instanceof KMap) for (const [k, x] of v.map) todo.push([k, `${path}{key}`], [x, `${path}{${String(k)}}`]);
    if (v instanceof KSet) for (const x of v.set) todo.push([x, `${path}{value}`]);
    if (v instanceof KClosure) v.cells.forEach((c, i) => todo.push([c.v, `${path}<captured ${i}>`]));
    if (v instanceof KBound) {
      todo.push([v.target, `${path}<target>`], [v.boundThis, `${path}<this>`]);
      v.boundArgs.forEach((x, i) => todo.push([x, `${path}<arg ${i}>`]));
    }
    if (v instanceof KIter) todo.push([v.source, `${path}<source>`]);
  }
  return found;
}

/** A description of the whole reachable graph: any change to any shared object changes it. */
function fingerprint(realm: Realm): string {
  const objects = reachable(realm);
  const ids = new Map<KObject, number>();
  for (const o of [...objects.entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map((e) => e[0])) ids.set(o, ids.size);
  const show = (x: unknown): string => {
    if (x instanceof KObject) return `#${ids.get(x) ?? "new"}`;
    if (x instanceof Accessor) return `get ${show(x.get)} set ${show(x.set)}`;
    return typeof x === "string" ? JSON.stringify(x) : String(x);
  };
  const lines: string[] = [];
  for (const [o, id] of ids) {
    const parts = [`#${id} ${o.constructor.name} frozen=${o.frozen} proto=${show(o.proto)}`];
    for (const k of Object.keys(o.props)) parts.push(`${k}=${show(o.props[k])}`);
    if (o instanceof KArray) parts.push(`[${o.items.map(show).join(",")}]`);
    if (o instanceof KMap) parts.push(`shared=${o.shared} {${[...o.map].map(([k, v]) => `${show(k)}:${show(v)}`).join(",")}}`);
    if (o instanceof KSet) parts.push(`shared=${o.shared} {${[...o.set].map(show).join(",")}}`);
    if (o instanceof KClosure) parts.push(`<${o.cells.map((c) => show(c.v)).join(",")}>`);
    lines.push(parts.join(" "));
  }
  return lines.join("\n");
}

/**
 * Script expressions for every shared object a script can name: own properties from the
 * globals down, and prototypes through Object.getPrototypeOf. Accessors are left out
 * (naming one would call it); the host walk checks them.
 */
function scriptTargets(realm: Realm): [path: string, expr: string][] {
  const out: [string, string][] = [];
  const seen = new Set<KObject>();
  const todo: [unknown, string][] = [];
  for (const k of Object.keys(realm.globals)) todo.push([realm.globals[k], k]);
  while (todo.length > 0) {
    const [v, expr] = todo.shift()!;
    if (!(v instanceof KObject) || seen.has(v)) continue;
    seen.add(v);
    out.push([expr.replace(/\["([^"]*)"\]/g, ".$1"), expr]);
    for (const k of Object.keys(v.props)) if (!(v.props[k] instanceof Accessor)) todo.push([v.props[k], `${expr}[${JSON.stringify(k)}]`]);
    if (v instanceof KArray) v.items.forEach((x, i) => todo.push([x, `${expr}[${i}]`]));
    todo.push([v.proto, `Object.getPrototypeOf(${expr})`]);
  }
  return out;
}

// ------------------------------------------------------------------ the invariant

describe("nothing reachable from two runs is writable", () => {
  test("every object reachable from a fresh realm's globals and builtins is frozen", () => {
    const rt = newRuntime();
    const objects = reachable(rt.realm);
    assert.ok(objects.size > 300, `the walk found only ${objects.size} objects: it does not reach the builtins`);
    const unfrozen: string[] = [];
    const stateful: string[] = [];
    for (const [o, path] of objects) {
      if (!o.frozen) unfrozen.push(`${path} (${o.constructor.name})`);
      if ((o instanceof KMap || o instanceof KSet) && !o.shared) unfrozen.push(`${path} (${o.constructor.name} contents)`);
      // These carry host state outside their property table (a cursor, lastIndex, a connection):
      // none may be shared between runs.
      if (o instanceof KIter || o instanceof KRegExp || o instanceof KHandle) stateful.push(`${path} (${o.constructor.name})`);
    }
    assert.deepEqual(unfrozen, [], `writable objects shared by every run:\n  ${unfrozen.join("\n  ")}`);
    assert.deepEqual(stateful, [], `objects with their own mutable state shared by every run:\n  ${stateful.join("\n  ")}`);
  });

  test("every write a script attempts on every shared object is refused, and a second run sees the pristine realm", async () => {
    const rt = newRuntime();
    const before = fingerprint(rt.realm);
    const targets = scriptTargets(rt.realm);
    assert.ok(targets.length > 250, `only ${targets.length} shared objects are nameable from a script`);
    const list = `const targets = [\n${targets.map(([path, expr]) => `  [${JSON.stringify(path)}, ${expr}],`).join("\n")}\n];\n`;
    const attack = `${list}
      const wrote = [];
      function attempt(path, what, f) {
        try { f(); wrote.push(path + ": " + what + " was allowed"); }
        catch (e) { if (!(e instanceof TypeError)) wrote.push(path + ": " + what + " threw " + e); }
      }
      for (const [path, o] of targets) {
        attempt(path, "adding a property", () => { o.__probe = new Array(1000).fill(path); });
        attempt(path, "Object.assign", () => { Object.assign(o, { __probe: 1 }); });
        const names = Object.getOwnPropertyNames(o);
        for (const k of [names[0], names[names.length - 1]]) {
          if (k === undefined) continue;
          attempt(path, "overwriting " + k, () => { o[k] = null; });
          attempt(path, "deleting " + k, () => { delete o[k]; });
        }
        if (typeof o === "function") {
          attempt(path, "writing .prototype", () => { o.prototype = {}; });
          attempt(path, "writing on .prototype", () => {
            const p = o.prototype;
            if (p === undefined) throw new TypeError("no prototype");
            p.__probe = 1;
          });
        }
        if (Array.isArray(o) && o.length > 0) {
          attempt(path, "push", () => o.push(1));
          attempt(path, "pop", () => o.pop());
          attempt(path, "length = 0", () => { o.length = 0; });
          attempt(path, "length growth", () => { o.length = o.length + 5; });
          attempt(path, "writing [0]", () => { o[0] = "x"; });
          attempt(path, "sort", () => o.sort(() => -1));
          attempt(path, "reverse", () => o.reverse());
          attempt(path, "fill", () => o.fill(0));
          attempt(path, "splice", () => o.splice(0, 1));
        }
      }
      return wrote;`;
    assert.deepEqual(await value(rt, attack), [], "writes a run could make to shared objects");
    assert.equal(fingerprint(rt.realm), before, "the realm's shared objects changed after a run tried to write them");

    const check = `${list}
      const seen = [];
      for (const [path, o] of targets) {
        if ("__probe" in o) seen.push(path);
        if (typeof o === "function" && o.prototype !== undefined && "__probe" in o.prototype) seen.push(path + ".prototype");
      }
      return seen;`;
    assert.deepEqual(await value(rt, check), [], "a later run sees what an earlier run wrote");
    assert.equal(fingerprint(rt.realm), before, "reading every shared object changed the realm");
  });
});

// ------------------------------------------------------------------ one attempt each

describe("writes to shared objects", () => {
  test(".prototype of a prelude builtin is undefined, as in JS, so nothing can be parked there", async () => {
    const rt = newRuntime();
    const builtins = [
      "Array.prototype.map", "Array.prototype.sort", "Array.prototype.filter", "Array.prototype.reduce", "Array.prototype.forEach",
      "Array.prototype.flatMap", "Array.prototype.find", "Array.from", "JSON.parse", "String.prototype.replace",
      "String.prototype.replaceAll", "Map.prototype.forEach", "Set.prototype.forEach", "Array.prototype.push", "Math.max",
    ];
    const first = await value(rt, `
      const out = [];
      for (const f of [${builtins.join(", ")}]) {
        let parked = false;
        try { f.prototype.stash = [1, 2, 3]; parked = true; } catch (e) { if (!(e instanceof TypeError)) throw e; }
        try { f.prototype = { stash: 1 }; parked = true; } catch (e) { if (!(e instanceof TypeError)) throw e; }
        out.push([typeof f.prototype, "prototype" in f, parked]);
      }
      return out;`);
    assert.deepEqual(first, builtins.map(() => ["undefined", false, false]));
    assert.deepEqual(await value(rt, `return [${builtins.join(", ")}].map((f) => f.prototype === undefined)`), builtins.map(() => true));
  });

  test("a prelude builtin is not a constructor", async () => {
    const rt = newRuntime();
    await typeErrorOf(rt, `return new Array.prototype.map((x) => x)`, /Array\.prototype\.map is not a constructor/);
    await typeErrorOf(rt, `const parse = JSON.parse; return new parse("{}")`, /parse is not a constructor/);
    await typeErrorOf(rt, `return [] instanceof Array.prototype.sort`, /non-object prototype 'undefined' in instanceof check/);
  });

  test("builtin prototypes refuse new, changed and deleted methods", async () => {
    const rt = newRuntime();
    await typeErrorOf(rt, `Array.prototype.push = function () { return 0 }`, /Cannot assign to read only property 'push'/);
    await typeErrorOf(rt, `String.prototype.shout = function () { return "!" }`, /Cannot add property shout, object is not extensible/);
    await typeErrorOf(rt, `delete Array.prototype.map`, /Cannot delete property 'map'/);
    await typeErrorOf(rt, `Object.assign(Map.prototype, { get: () => "pwned" })`, /Cannot assign to read only property 'get'/);
    await typeErrorOf(rt, `Function.prototype.call = null`, /Cannot assign to read only property 'call'/);
    assert.deepEqual(
      await value(rt, `const m = new Map([[1, "one"]]); return [[1].push(2), typeof "".shout, typeof [].map, m.get(1), typeof Function.prototype.call]`),
      [2, "undefined", "function", "one", "function"],
    );
  });

  test("Object.prototype cannot be polluted through constructor.prototype, getPrototypeOf, __proto__ or a merge", async () => {
    const rt = newRuntime();
    await typeErrorOf(rt, `({}).constructor.prototype.isAdmin = true`, /object is not extensible/);
    await typeErrorOf(rt, `Object.getPrototypeOf([]).isAdmin = true`, /object is not extensible/);
    await typeErrorOf(rt, `Object.getPrototypeOf(Object.getPrototypeOf(() => 1)).isAdmin = true`, /object is not extensible/);
    // The classic naive deep merge of a request body.
    const merge = `function merge(t, s) { for (const k of Object.keys(s)) { if (typeof s[k] === "object" && s[k] !== null) { t[k] = t[k] ?? {}; merge(t[k], s[k]); } else t[k] = s[k]; } }`;
    // Through "constructor" it reaches Object.prototype, which refuses the write.
    await typeErrorOf(rt, `${merge} merge({}, JSON.parse('{"constructor": {"prototype": {"isAdmin": true}}}'))`, /read only property 'prototype'/);
    // A "__proto__" key is an own property, so merging it stays in the run's own objects.
    assert.deepEqual(
      await value(rt, `${merge}
        const payload = JSON.parse('{"__proto__": {"isAdmin": true}}');
        const target = {};
        merge(target, payload);
        const copy = Object.assign({}, payload);
        return [({}).isAdmin, [].isAdmin, target.__proto__.isAdmin, Object.keys(copy)];`),
      [undefined, undefined, true, ["__proto__"]],
    );
    assert.deepEqual(await value(rt, `return [({}).isAdmin, [].isAdmin, "isAdmin" in {}, (() => 1).isAdmin]`), [undefined, undefined, false, undefined]);
  });

  test("the global bindings cannot be reassigned", async () => {
    const rt = newRuntime();
    for (const src of [`Array = null`, `JSON = {}`, `cfg = 1`, `console = { log() {} }`]) {
      const r = await run(rt, src);
      assert.ok(r.error instanceof ScriptError, `${src} was allowed`);
    }
    await typeErrorOf(rt, `console.log = function () {}`, /Cannot assign to read only property 'log'/);
    await typeErrorOf(rt, `JSON.stringify = function () { return "pwned" }`, /Cannot assign to read only property 'stringify'/);
    assert.deepEqual(await value(rt, `return [typeof Array, JSON.stringify({ a: 1 }), typeof console.log, cfg.name]`), ["function", '{"a":1}', "function", "prod"]);
  });

  test("the shared Error prototypes keep their names and messages", async () => {
    const rt = newRuntime();
    await typeErrorOf(rt, `TypeError.prototype.name = "Hacked"`, /read only property 'name'/);
    await typeErrorOf(rt, `try { null.x } catch (e) { Object.getPrototypeOf(e).message = "pwned" }`, /read only property 'message'/);
    await typeErrorOf(rt, `try { undefined() } catch (e) { e.constructor.prototype.toString = () => "pwned" }`, /object is not extensible|read only/);
    await typeErrorOf(rt, `Error.prototype.toString = () => "pwned"`, /read only property 'toString'/);
    // The error object itself is the run's own: writing it is allowed and stays in the run.
    assert.equal(await value(rt, `const e = new RangeError("mine"); e.name = "Mine"; return String(e)`), "Mine: mine");
    assert.deepEqual(
      await value(rt, `let caught; try { null.x } catch (e) { caught = e } return [String(new TypeError("m")), caught.name, String(new RangeError("r")), new Error().message]`),
      ["TypeError: m", "TypeError", "RangeError: r", ""],
    );
  });

  test("a JSON.parse reviver writes only the objects of its own call", async () => {
    const rt = newRuntime();
    await typeErrorOf(rt, `JSON.parse('{"a":1}', function (k, v) { this.constructor.prototype.leak = v; return v })`, /object is not extensible/);
    await typeErrorOf(rt, `JSON.parse('{"a":1}', function (k, v) { JSON.parse.cache = this; return v })`, /object is not extensible/);
    // Writing the holder is allowed: it is made for this call and thrown away.
    assert.deepEqual(await value(rt, `return JSON.parse('{"a":1}', function (k, v) { this.seen = k; return k === "a" ? 2 : v })`), { a: 2, seen: "a" });
    assert.deepEqual(
      await value(rt, `return [JSON.parse('{"a":1}', function (k, v) { return k === "" ? Object.keys(this) : v }), ({}).leak, JSON.parse.cache]`),
      [[""], undefined, undefined],
    );
  });

  test("a lazily created prototype on a script's own function belongs to that run", async () => {
    const rt = newRuntime();
    const program = `
      function Counter() {}
      const before = Counter.prototype.count;
      Counter.prototype.count = (Counter.prototype.count ?? 0) + 1;
      const c = new Counter();
      return [before, c.count, c instanceof Counter, Counter.prototype.constructor === Counter];`;
    assert.deepEqual(await value(rt, program), [undefined, 1, true, true]);
    assert.deepEqual(await value(rt, program), [undefined, 1, true, true], "the second run saw the first run's prototype");
    // Freezing a function keeps it a constructor with its own (writable) prototype object, as in JS.
    assert.deepEqual(
      await value(rt, `function F() { this.x = 1 } Object.freeze(F); F.prototype.y = 2; const f = new F(); return [f.x, f.y, f instanceof F, Object.isFrozen(F)]`),
      [1, 2, true, true],
    );
    await typeErrorOf(rt, `function F() {} Object.freeze(F); F.prototype = {}`, /read only property 'prototype'/);
  });
});

describe("frozen arrays", () => {
  test("Object.freeze([1,2,3]).length = 0 is refused and the array keeps its elements", async () => {
    const rt = newRuntime();
    await typeErrorOf(rt, `const a = Object.freeze([1, 2, 3]); a.length = 0`, /^TypeError: Cannot assign to read only property 'length' of object '\[object Array\]'$/);
    assert.deepEqual(
      await value(rt, `const a = Object.freeze([1, 2, 3]); try { a.length = 0 } catch (e) {} try { a.length = 10 } catch (e) {} return [a.length, a]`),
      [3, [1, 2, 3]],
    );
  });

  test("every mutating array method, element write and delete is refused on a frozen array", async () => {
    const rt = newRuntime();
    const attempts: [string, RegExp][] = [
      ["a[0] = 9", /Cannot assign to read only property '0' of object '\[object Array\]'/],
      ["a[3] = 9", /Cannot add property 3, object is not extensible/],
      ["a[100] = 9", /Cannot add property 100, object is not extensible/],
      ["a.length = 1", /read only property 'length'/],
      ["a.length = 3", /read only property 'length'/],
      ["a.length = 1000", /read only property 'length'/],
      ["delete a[0]", /Cannot delete property '0' of \[object Array\]/],
      ["delete a.length", /Cannot delete property 'length'/],
      ["a.push(4)", /not extensible/],
      ["a.pop()", /not extensible/],
      ["a.shift()", /not extensible/],
      ["a.unshift(0)", /not extensible/],
      ["a.splice(0, 1)", /not extensible/],
      ["a.splice(1, 0, 7)", /not extensible/],
      ["a.sort()", /Cannot assign to read only property '0'/],
      ["a.sort((x, y) => y - x)", /Cannot assign to read only property '0'/],
      ["a.reverse()", /not extensible/],
      ["a.fill(0)", /not extensible/],
      ["a.copyWithin(0, 1)", /not extensible/],
      ["Object.assign(a, [7, 8])", /read only property '0'/],
    ];
    for (const [attempt, message] of attempts) {
      await typeErrorOf(rt, `const a = Object.freeze([3, 1, 2]); ${attempt}`, message);
      assert.deepEqual(await value(rt, `const a = Object.freeze([3, 1, 2]); try { ${attempt} } catch (e) {} return a`), [3, 1, 2], `${attempt} changed a frozen array`);
    }
    // Methods that make a new array still work on a frozen one.
    assert.deepEqual(await value(rt, `const a = Object.freeze([3, 1, 2]); return [a.toSorted(), a.toReversed(), a.slice(1), a.map((x) => x * 2), a.with(0, 0)]`), [[1, 2, 3], [2, 1, 3], [1, 2], [6, 2, 4], [0, 1, 2]]);
  });

  test("a frozen RegExp refuses lastIndex writes", async () => {
    const rt = newRuntime();
    await typeErrorOf(rt, `const r = Object.freeze(/a/g); r.lastIndex = 5`, /read only property 'lastIndex'/);
  });
});

describe("an embedder's deep-frozen globals", () => {
  test("one run cannot truncate, grow, reorder or rewrite an array in the globals for the next", async () => {
    const rt = newRuntime();
    for (const attempt of [
      `cfg.list.length = 0`, `cfg.list.length = 1e6`, `cfg.list.push(4)`, `cfg.list.pop()`, `cfg.list[0] = 9`, `cfg.list[5] = 9`,
      `cfg.list.sort()`, `cfg.list.reverse()`, `cfg.list.splice(0)`, `cfg.list.fill(0)`, `delete cfg.list[0]`, `cfg.nested.deep.tags.length = 0`,
    ]) {
      await typeErrorOf(rt, attempt);
    }
    assert.deepEqual(await value(rt, `return cfg`), PRISTINE_CFG);
  });

  test("one run cannot add, change or delete properties of the globals at any depth", async () => {
    const rt = newRuntime();
    for (const attempt of [
      `cfg.name = "dev"`, `cfg.extra = 1`, `delete cfg.name`, `cfg.nested.deep.x = 1`, `cfg.nested.deep = {}`,
      `Object.assign(cfg.nested, { evil: true })`, `Object.getPrototypeOf(cfg).evil = true`, `cfg.since.extra = 1`,
    ]) {
      await typeErrorOf(rt, attempt);
    }
    assert.deepEqual(await value(rt, `return [cfg, Object.isFrozen(cfg.nested.deep), "evil" in cfg]`), [PRISTINE_CFG, true, false]);
  });

  test("a Map in the globals is read-only for every run; a run's own frozen Map stays mutable, as in JS", async () => {
    const rt = newRuntime();
    for (const attempt of [`cfg.routes.set("admin", "/admin")`, `cfg.routes.delete("home")`, `cfg.routes.clear()`, `cfg.routes.get("ids").push(3)`, `cfg.routes.get("home").path = "/pwned"`]) {
      await typeErrorOf(rt, attempt);
    }
    assert.deepEqual(await value(rt, `return [cfg.routes.size, cfg.routes.get("home").path, cfg.routes.get("ids"), [...cfg.routes.keys()]]`), [2, "/", [1, 2], ["home", "ids"]]);
    assert.deepEqual(await value(rt, `const m = Object.freeze(new Map()); m.set(1, 2); const s = Object.freeze(new Set()); s.add(1); return [m.size, s.size]`), [1, 1]);
  });
});

describe("Dates", () => {
  test("Date.prototype is frozen and is not a Date: its setters refuse it, and the next run sees Date unchanged", async () => {
    const rt = newRuntime();
    for (const attempt of [
      `Date.prototype.setTime.call(Date.prototype, 0)`, `Date.prototype.setFullYear.call(Date.prototype, 2000)`,
      `Date.prototype.getTime = () => 1`, `Date.prototype.toJSON = null`, `Date.now = () => 0`, `Date.parse = null`,
      `delete Date.prototype.toISOString`, `Object.setPrototypeOf(Date.prototype, null)`, `Date.prototype.x = 1`,
    ]) {
      await typeErrorOf(rt, attempt);
    }
    assert.deepEqual(
      await value(rt, `return [Object.isFrozen(Date.prototype), Object.isFrozen(Date), typeof Date.prototype.getTime, new Date(5).getTime(), new Date(0).toJSON(), "x" in Date.prototype]`),
      [true, true, "function", 5, "1970-01-01T00:00:00.000Z", false],
    );
  });

  test("a Date an embedder puts in the globals refuses its setters in every run; a run's own frozen Date stays settable, as in JS", async () => {
    const rt = createRealm({ globals: { epoch: new KDate(null, 0) } });
    for (const attempt of [`Date.prototype.setTime.call(epoch, 5)`, `Date.prototype.setUTCFullYear.call(epoch, 2000)`, `Date.prototype.setHours.call(epoch, 3)`]) {
      await typeErrorOf(rt, attempt, /shared Date/);
    }
    assert.deepEqual(await value(rt, `return Date.prototype.getTime.call(epoch)`), 0);
    assert.deepEqual(await value(rt, `const d = Object.freeze(new Date(0)); d.setTime(5); return [d.getTime(), Object.isFrozen(d)]`), [5, true]);
  });
});

describe("memory parked on shared objects", () => {
  test("40 runs parking big arrays on shared objects leave nothing reachable from the realm", async () => {
    const rt = newRuntime();
    const before = reachable(rt.realm);
    const fp = fingerprint(rt.realm);
    const park = `
      const big = new Array(1000000).fill(7);
      const spots = [
        () => { Array.prototype.map.prototype.big = big },
        () => { JSON.parse.prototype.big = big },
        () => { Array.prototype.sort.stash = big },
        () => { Object.prototype.big = big },
        () => { Object.getPrototypeOf(function () {}).big = big },
        () => { cfg.list.push(big) },
        () => { cfg.nested.big = big },
        () => { cfg.routes.set("big", big) },
        () => { Error.prototype.big = big },
        () => { Math.big = big },
        () => { console.big = big },
        () => { (() => 1).constructor.prototype.big = big },
      ];
      let parked = 0;
      for (const spot of spots) { try { spot(); parked++ } catch (e) { if (!(e instanceof TypeError)) throw e } }
      return parked;`;
    for (let i = 0; i < 40; i++) assert.equal(await value(rt, park), 0, `run ${i + 1} parked an array on a shared object`);
    const after = reachable(rt.realm);
    assert.equal(after.size, before.size, "objects became reachable from the realm");
    let longest = 0;
    for (const o of after.keys()) if (o instanceof KArray) longest = Math.max(longest, o.items.length);
    assert.ok(longest < 1000, `an array of ${longest} elements is reachable from the realm`);
    assert.equal(fingerprint(rt.realm), fp);
  });
});

describe("growing an array through length", () => {
  test("reads back as undefined and keeps working", async () => {
    const rt = newRuntime();
    assert.deepEqual(await value(rt, `const a = [1]; a.length = 4; a[5] = 6; const b = [1, 2, 3]; b.length = 1; return [a.length, a[2], a[5], b, b.length]`), [6, undefined, 6, [1], 1]);
  });

  test("repeated growth to 16e6 ends the run with the uncatchable heap limit", async () => {
    const rt = newRuntime();
    const r = await run(rt, `const keep = []; for (let i = 0; i < 40; i++) { const a = []; try { a.length = 16e6 } catch (e) {} keep.push(a) } return keep.length`);
    assert.ok(r.error instanceof LimitError, `expected a LimitError, got ${"error" in r ? String(r.error) : JSON.stringify(r.value)}`);
    assert.equal(r.error.limit, "heap");
    assert.match(r.error.message, /memory limit exceeded/);
    assert.equal(await value(rt, `const a = [1, 2]; a.length = 3; return a.length`), 3, "the runtime stopped answering after the limit");
  });

  test("shrinking and regrowing is charged each time it grows", async () => {
    const rt = newRuntime();
    const r = await run(rt, `const a = []; for (let i = 0; i < 40; i++) { a.length = 0; a.length = 4e6 } return a.length`);
    assert.ok(r.error instanceof LimitError && r.error.limit === "heap", `expected the heap limit, got ${"error" in r ? String(r.error) : JSON.stringify(r.value)}`);
  });

  test("a length past the array-length limit is refused before anything is allocated", async () => {
    const rt = newRuntime();
    for (const src of [`const a = []; a.length = 2 ** 24 + 1`, `const a = []; a[2 ** 24 + 1] = 1`, `const a = []; try { a.length = 4294967295 } catch (e) {} return a.length`]) {
      const r = await run(rt, src);
      assert.ok(r.error instanceof LimitError && r.error.limit === "array", `${src}: expected the array limit, got ${"error" in r ? String(r.error) : JSON.stringify(r.value)}`);
      assert.match(r.error.message, /array length limit exceeded/);
    }
    const r = await run(rt, `const a = []; a.length = 2 ** 32`);
    assert.ok(r.error instanceof ScriptError && /^RangeError: Invalid array length/.test(r.error.message), String(r.error));
  });
});

