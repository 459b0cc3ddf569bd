// expect: [[[1, 10], [2, 20]], [10, 21], [[1, 10], [2, 20]], [[1, 10]], {"1": 10, "2": 20}, "TypeError: Iterator value 5 is not an entry object", "TypeError: Iterator value null is not an entry object", "boom", "stop", [true, true, 1], ["next1", "next2", "closed", "next1", "map0", "next2", "map1", "closed", "next1", "next2", "closed", "next1", "closed", "next1", "next2", "closed", "bad closed", "fe closed", "next1", "next2", "closed", "closed", "closed"]]
// Array.from, new Map, new Set and Object.fromEntries step a script's iterator one value
// at a time (Array.from maps each value as it comes), close it when they stop early, and
// do not close it when its own next() throws.
const log = [];
function* g(n) { try { for (let i = 1; i <= n; i++) { log.push("next" + i); yield [i, i * 10]; } } finally { log.push("closed"); } }
const a = Array.from(g(2));
const b = Array.from(g(2), (e, i) => { log.push("map" + i); return e[1] + i; });
const m = new Map(g(2));
const s = new Set(g(1));
const o = Object.fromEntries(g(2));
const bad = { i: 0, [Symbol.iterator]() { return this; }, next() { this.i++; return { value: this.i === 1 ? ["k", 1] : 5, done: false }; }, return() { log.push("bad closed"); return {}; } };
let err;
try { new Map(bad); } catch (e) { err = e.constructor.name + ": " + e.message; }
let err2;
try { Object.fromEntries({ [Symbol.iterator]() { return { next() { return { value: null, done: false }; }, return() { log.push("fe closed"); return {}; } }; } }); } catch (e) { err2 = e.constructor.name + ": " + e.message; }
let err3;
try { new Set({ [Symbol.iterator]() { return { next() { throw new Error("boom"); }, return() { log.push("never"); } }; } }); } catch (e) { err3 = e.message; }
let err4;
try { Array.from(g(3), (v) => { if (v[0] === 2) throw new Error("stop"); return v; }); } catch (e) { err4 = e.message; }
class M extends Map {}
class S extends Set { constructor(x) { super(x); this.t = 1; } }
const sub = [new M(g(0)) instanceof M, new S(g(0)) instanceof S, new S([]).t];
return [a, b, [...m], [...s], o, err, err2, err3, err4, sub, log];
