// expect: [3, true, "b", true, 2]
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
class Counter extends Map {
  add(k) { this.set(k, (this.get(k) ?? 0) + 1); return this; }
}
const s = new Stack();
s.push("a", "b", "c");
const c = new Counter().add("x").add("x");
return [s.length, s instanceof Array, s[1], c instanceof Map, c.get("x")];
