// expect: [[[true,true,true,false],[true,true,true,false],[true,true,true,false],[true,true,true,false],[true,true,true,false],[true,true,true,false],[true,true,true,false],[true,true,true,false],[true,true,true,false],[true,true,true,false]],true,false,true,false]
// A function's name and length are own properties (hasOwnProperty, Object.hasOwn, in), for builtins too.
function f(a, b) {}
const arrow = (x) => x;
class C { m() {} }
const fns = [f, arrow, C, C.prototype.m, Math.max, Date, Date.prototype.getTime, [].map, JSON.parse, f.bind(null)];
return [
  fns.map((g) => [g.hasOwnProperty("name"), g.hasOwnProperty("length"), Object.hasOwn(g, "length"), g.hasOwnProperty("nope")]),
  Object.prototype.hasOwnProperty.call(/x/g, "lastIndex"), ({}).hasOwnProperty("name"), [1].hasOwnProperty("length"),
  Object.prototype.propertyIsEnumerable.call(f, "name"),
];
