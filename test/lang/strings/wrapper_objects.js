// expect: ["object", 2, "b", "abc", true, false, ["0", "1"], "[\"ab\",2,false]", "[object String]", "AB", true, true, ["0", "1", "length"], "TypeError"]
// String objects: new String(s) and Object(s) wrap a string; indices and length are
// read-only own properties; conversions and methods see the string.
const s = new String("ab");
let assigned;
try {
  s[0] = "z";
} catch (e) {
  assigned = e.constructor.name;
}
return [
  typeof s,
  s.length,
  s[1],
  s + "c",
  s == "ab",
  s === "ab",
  Object.keys(s),
  JSON.stringify([s, new Number(2), new Boolean(false)]),
  Object.prototype.toString.call(s),
  s.toUpperCase(),
  "1" in s,
  Object("x") instanceof String,
  Object.getOwnPropertyNames(s),
  assigned,
];
