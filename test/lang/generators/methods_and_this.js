// expect: [[3, 4], [1, 2], ["k:a", "k:b"], [0, 1, 2], ["x", "y"], 2, "m"]
const o = {
  x: 3,
  *values() { yield this.x; yield this.x + 1; },
};
class Bag {
  constructor(...items) { this.items = items; }
  *[Symbol.iterator]() { yield* this.items; }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
  *keys() { for (const k of this.items) yield "k:" + k; }
}
function* args() { yield* arguments; }
const named = { *m() {} };
return [[...o.values()], [...new Bag(1, 2)], [...new Bag("a", "b").keys()], [...Bag.range(3)], [...args("x", "y")], [...args(1, 2)].length, named.m.name];
