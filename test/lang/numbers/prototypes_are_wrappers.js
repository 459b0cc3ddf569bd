// expect: [0, 0, "", false, "[object Number]", "[object String]", "[object Boolean]", true]
// Number.prototype, String.prototype and Boolean.prototype are themselves a Number,
// String and Boolean object (of 0, "" and false).
return [
  Number.prototype.valueOf(),
  String.prototype.length,
  String.prototype.toString(),
  Boolean.prototype.valueOf(),
  Object.prototype.toString.call(Number.prototype),
  Object.prototype.toString.call(String.prototype),
  Object.prototype.toString.call(Boolean.prototype),
  Object.getOwnPropertyNames(String.prototype).includes("length"),
];
