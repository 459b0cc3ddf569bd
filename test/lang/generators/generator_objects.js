// expect: ["[object Generator]", true, true, true, false, "object", "function", true, false, ["next", "return", "throw"]]
function* g() { yield 1; }
const it = g();
const proto = Object.getPrototypeOf(it);
const genProto = Object.getPrototypeOf(proto);
return [
  Object.prototype.toString.call(it),
  it[Symbol.iterator]() === it,
  proto === g.prototype,
  Object.getPrototypeOf(g()) === proto,
  g.prototype.hasOwnProperty("constructor"),
  typeof it,
  typeof it.next,
  genProto === Object.getPrototypeOf((function* () {}).prototype),
  it.hasOwnProperty("next"),
  ["next", "return", "throw"].filter((k) => typeof genProto[k] === "function"),
];
