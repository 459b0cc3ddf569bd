// Kitwork fuzz failure, program seed 3675937639
// reason: V8 returned, VM threw
// V8: ok [[4,7,5e-324,-255,NaN,-6]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3675937639

function rec1(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec2(n - 1);
}
function rec2(n) {
  return n > 0 ? rec1(n - 1) : false;
}
const a3 = [4, 7, 5e-324, (-255)];
if (a3.length < 40) a3.push((+[10, 5, 2.5, (-255), 3]), (-6));
for (const it4 of [0xff]) {
  var o5 = ({ "0": 2147483648 });
  let caught6 = null;
  try {
    for (const it7 of [8, 4, 9007199254740991]) {
      o5.y = (-2147483648);
    }
    const o8 = ({ ...({ ...o5, ...({}) }), c: 'b'.length });
    if (("s" !== undefined)) throw { code: (it4 + 0) };
  } catch (e9) {
    caught6 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
  }
  for (var i10 = 0; i10 <= 12; ++i10) {
    let w11 = 0;
    do {
      w11++;
      const [, s12 = "ÅÉü", ...sa13] = "0".split(", ");
      var s14 = s12;
      s14 = (s14 + s14).slice(0, 48);
    } while (w11 < 3);
    o5 = ({ ...o5 });
    let s15 = ('a' + w11).slice(0, 48);
  }
}
if ("ÅÉü".split(",").join("-").includes((typeof ({ 0: (0 / 0) })))) {
  switch (((0 / 0) + 3)) {
    case "1":
      break;
    case 0:
      var n16 = a3.map(p19 => p19).reduce((acc17, x18) => acc17 * x18, 2);
      let a20 = [(-2147483648), 1, 10, 1, 5, 4].concat((-1.5e300)).concat(a3.filter((p21) => false)).slice(0, 16);
      break;
  }
  if (((10 * (-0)) <= (8 / (-31)))) {
    const n22 = ((true ? false : undefined) ?? [(-2147483648)].reduce((acc23, x24) => acc23 * x24, 1));
    let x25 = Object.keys(({ 2: 2 })).map((p26) => "q\"uote");
  } else {
    for (const [k28, v29] of Object.entries(({ ...({}), k1: 4294967295 }))) {
      const a30 = a3;
      var o31 = ({ "2": (a30.includes(v29) ? Math.max(v29, v29, 6) : a3.reduce((acc32, x33) => acc32 * x33, 2)), len: (-0), z_: (-5e-324), a: 3 });
    }
    const sa34 = "true".split(",");
  }
  if (a3.length < 64) a3.push((true + (-0xff)));
}
return [a3];
