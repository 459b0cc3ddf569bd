// Kitwork fuzz failure, program seed 61453800
// reason: different results
// V8: ok [{"x":-1.5e+300,"a":4},[31,6,-0,2,3,20,-7,6,3,0.5],["null","hello","Hi there",""],true,0]
// VM: ok [{"x":-1.5e+300,"a":4},"",[],true,0]
// replay: node --import tsx test/fuzz/run.ts --replay 61453800

const o1 = (('  pad  ' < ("".at((-1)) ?? "")) ? ((3 >= 4) ? ({ c: 2.5, a: 10, y: (-5e-324), x: (-0o17) }) : ({ b: (-1 / 0), x: (-5) })) : (("12" !== "back\\slash") ? ({ ...({}), x: (-1.5e300) }) : ({ ...({ 10: 1.5e300, k1: 4294967296, b: 255 }), ...({ len: 7 }) })));
const a2 = [31, ...[6, (-0), 2].filter(p3 => true), ...[3, 20, (-7), 6, 3, .5]].slice(0, 16);
let b4 = (!["tab\tend", 'zz', "true", "1e3"]);
const sa5 = ["null", "hello", "Hi there"].concat("".split("-")).slice(0, 16);
if (("12" < "3.5")) {
  delete o1.z_;
  let w6 = 0;
  while (w6 < 18) {
    w6++;
    let w7 = 0;
    do {
      w7++;
      o1.a += Math.round((-8));
      const o8 = ({ ...o1, z_: ([].reduce((acc9, x10) => acc9 + x10, 1) >> "ab".indexOf("b")) });
      o1.a = sa5.length;
    } while (w7 < 2);
    if ((((-1 / 0) >= w7) || "ÅÉü".includes("12"))) {
      const n11 = [].length;
      let b12 = (!sa5);
      if (a2.length < 20) a2.push((b12 + n11), w7);
    } else if ((![w7, 32, 31, 123.456])) {
      var b13 = ([0.5, .5, (-16), .5, 8].map((p14) => p14).filter((p15) => ((-1e21) >= 7)) >= Math.trunc((w7 / w7)));
    }
    for (const it16 of []) {
      b4 = ("a-b-c" > "😀x");
      let o17 = ({ 2: (0 / 0), "b": 42, 10: (-0) });
      if (0 < a2.length) a2[0] += sa5.length;
    }
  }
} else {
  let caught18 = null;
  try {
    if (((typeof a2) == JSON.stringify(o1))) throw new RangeError("u:bad");
    if ((![])) throw new Error("u:" + ("true" + "null"));
  } catch (e19) {
    caught18 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
  }
  let caught20 = null;
  try {
    const n21 = (-31);
    b4 &&= ("\u0041\x42" >= "\u0041\x42");
    if (Number.isInteger((~n21))) throw new TypeError("u:range");
  } catch (e22) {
    caught20 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
    if (((1_000 - (-1e3)) < 1e-7)) {
      if (sa5.length < 8) sa5.push((sa5[2] ?? ""));
      var s23 = JSON.stringify(sa5, null, 2).slice(0, 48);
      let a24 = a2;
    } else {
      const o25 = ({ 2: 2, z_: (-0) });
      a2.pop();
    }
  }
}
return [o1, a2, sa5, (!undefined), (+[])];
