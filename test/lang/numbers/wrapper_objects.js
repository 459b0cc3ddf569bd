// expect: ["object", 6, "5.00", 5, true, true, false, "true", "[object Number]", ["HI!", 2, true], "TypeError: Number.prototype.valueOf requires that 'this' be a Number"]
// Number and Boolean objects: new Number(n), new Boolean(b), Object(n); a Boolean object
// is truthy whatever it wraps; subclasses of String construct String objects.
const n = new Number(5);
class Shout extends String {
  shout() { return this.toUpperCase() + "!"; }
}
const x = new Shout("hi");
let err;
try {
  Number.prototype.valueOf.call("5");
} catch (e) {
  err = e.constructor.name + ": " + e.message;
}
return [
  typeof n,
  n + 1,
  n.toFixed(2),
  n.valueOf(),
  Object(1) instanceof Number,
  !!new Boolean(false),
  new Boolean(false).valueOf(),
  String(new Boolean(true)),
  Object.prototype.toString.call(Object(1)),
  [x.shout(), x.length, x instanceof Shout],
  err,
];
