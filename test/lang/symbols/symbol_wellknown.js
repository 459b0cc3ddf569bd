// expect: ["symbol", "Symbol(Symbol.iterator)", "Symbol.asyncIterator", "[object Thing]", "[object C!]", 42, "str:string", "str:default", true, false]
const p = { [Symbol.toPrimitive](hint) { return hint === "number" ? 42 : "str:" + hint; } };
class C { get [Symbol.toStringTag]() { return "C!"; } }
class One { static [Symbol.hasInstance](x) { return x === 1; } }
return [typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.asyncIterator.description,
  Object.prototype.toString.call({ [Symbol.toStringTag]: "Thing" }), String(new C()),
  +p, `${p}`, p + "", 1 instanceof One, 2 instanceof One];
