// expect: ["{\"c\":3,\"b\":1,\"a\":2}", "{\"1\":\"one\",\"x\":\"ex\"}", "{}", "{\n  \"a\": 1\n}", "{\nxx\"a\": 1\n}", "[object JSON]", "[object Math]", ["Infinity", "NaN", "-Infinity"]]
// JSON.stringify: an array replacer is an ordered list of keys (strings, numbers, String
// and Number objects; others ignored, each key once), read through the prototype chain;
// a Number or String object as the space; JSON and Math have their toStringTag;
// toExponential and toPrecision on NaN and the infinities ignore their argument.
const inherited = Object.create({ x: "ex" });
inherited[1] = "one";
return [
  JSON.stringify({ a: 2, b: 1, c: 3 }, ["c", "b", "a", "b"]),
  JSON.stringify(inherited, [new Number(1), new String("x"), {}, true]),
  JSON.stringify({ undefined: 1 }, [undefined]),
  JSON.stringify({ a: 1 }, null, new Number(2)),
  JSON.stringify({ a: 1 }, null, new String("xx")),
  Object.prototype.toString.call(JSON),
  Object.prototype.toString.call(Math),
  [Infinity.toExponential(1000), NaN.toPrecision(0), (-Infinity).toExponential(-5)],
];
