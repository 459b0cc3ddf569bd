// Kitwork fuzz failure, program seed 241390968
// reason: different results
// V8: ok [1,{"p":"😀x","q":{"r":[5e-324,1e-7,15,-4294967295,3]}},{"a":NaN,"len":{"p":"😀x","q":{"r":[5e-324,1e-7,15,-4294967295,3]}},"z_":NaN,"b":3},[NaN,{"p":"😀x","q":{"r":[5e-324,1e-7,15,-4294967295,3]}},NaN,3],{"k1":Infinity,"a":NaN,"len":{"p":"😀x","q":{"r":[5e-324,1e-7,15,-4294967295,3]}},"z_":NaN,"b":3}]
// VM: ok [1,{"p":"😀x","q":{"r":[5e-324,1e-7,15,-4294967295,3]}},{"a":"[object Object]NaN","len":{"p":"😀x","q":{"r":[5e-324,1e-7,15,-4294967295,3]}},"z_":NaN,"b":3},["[object Object]NaN",{"p":"😀x","q":{"r":[5e-324,1e-7,15,-4294967295,3]}},NaN,3],{"k1":Infinity,"a":"[object Object]NaN","len":{"p":"😀x","q":{"r":[5e-324,1e-7,15,-4294967295,3]}},"z_":NaN,"b":3}]
// replay: node --import tsx test/fuzz/run.ts --replay 241390968

var n1 = (+'single'.repeat(3));
const n2 = (({ p: (false ? "1e3" : "😀x"), q: { r: [5e-324, 1e-7].concat([0o17, (-4294967295), 3]) } }) ?? (((-0) != n1) ? Math.floor(0) : (n1 *= (-0))));
const o3 = ({ ...({ a: n1, len: n2, "z_": n2, "b": 3 }), z_: (7 / n2) });
function rec4(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec4(n - 1) + rec4(n - 2);
}
n1 = ('  pad  '[3] ?? "😀x").length;
o3.a += (n2 / n2);
const a5 = Object.values(o3);
for (let i6 = 5; i6 > 0; i6--) {
  const a7 = a5;
  const x8 = ([] || (typeof "s" === "number"));
  const n9 = (n2 >> n1);
}
var o10 = ({ "k1": (1 / 0), ...o3 });
return [n1, n2, o3, a5, o10];
