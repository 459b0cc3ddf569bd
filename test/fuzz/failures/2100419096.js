// Kitwork fuzz failure, program seed 2100419096
// reason: V8 returned, VM threw
// V8: ok ["-Infinity",18014398509481982,["k1"],{"a":6,"k1":18014398509481982,"z_":Infinity},null]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2100419096

var x1 = (("12" < "line\nbreak") ? ((-1 / 0)).toFixed(1) : null);
const n2 = [].concat(9007199254740991).reduce((acc3, x4) => acc3 * x4, 2);
const sa5 = Object.keys(({ "k1": (-4294967296), x: 3 }));
let o6 = ({ ...({ ...({ ...({ "10": 5e-324, 0: (0 / 0), x: (-100), c: (-5e-324) }), ...({}) }), ...({ x: (1 / 0), "b": (-7) }) }), ...([3, 255].includes(n2) ? ({ x: 8, c: n2, 10: 1.5, "len": n2 }) : ({ ...({ 0: 65535 }), ...({ b: 8, "k1": 16, "y": 8 }) })) });
sa5.pop();
o6 = ({ a: 6, k1: n2, "z_": (1 / 0) });
if ([(-4294967296), (-4294967296), (-1_000), 5, (-2.5)].filter((x7) => x7 === x7).sort((x7, y8) => x7 - y8).includes((+[7, 9, 256]))) {
  o6 = o6;
} else {
  for (const it9 of [1, 4294967295, 7]) {
    const n10 = n2;
  }
}
if (sa5.includes("😀x")) {
  x1 = x1;
} else {
  var n11 = ((4 > (-31)) ? Math.round((0 / 0)) : (n2 - n2));
}
for (const it12 of [(-1), 3, 4294967296, n2]) {
  var o13 = o6;
}
let caught14 = null;
try {
  const o15 = ({ ...({ a: 6, "c": 0, x: (-16), "b": (-3) }), ...({ "c": 8, 2: 6, z_: 123.456, b: 10 }) });
  if ((n2 == 3)) throw new RangeError("u:bad");
} catch (e16) {
  caught14 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
  const x17 = x1;
} finally {
  const s18 = "b".slice();
}
function rec19(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec19(s, n - 1);
}
return [x1, n2, sa5, o6, caught14];
