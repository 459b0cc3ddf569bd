// Kitwork fuzz failure, program seed 526970560
// reason: V8 returned, VM threw
// V8: ok [{"10":4,"z_":0,"a":NaN},0,524287]
// VM: throw TypeError: TypeError: String is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 526970560

const f1 = function () {
  const s2 = String((({ "y": 5, z_: 256, a: 3, b: 3 }) * false)).slice(0, 48);
  for (let i3 = 7; i3 > 0; i3--) {
    if ((!true)) break;
  }
  return (2147483647 >>> (-20));
};
const o4 = ({ ...({ 10: 4, "z_": 0, a: (0 / 0) }), ...({}) });
const f5 = function (p6 = "MiXeD", p7, p8 = [1, 2]) {
  let n9 = [].length;
  const f10 = () => p8.filter(p11 => true);
  const f12 = (p13 = [1, 2], p14, p15) => {
    let a16 = p15;
    let caught17 = null;
    try {
      let w18 = 0;
      do {
        w18++;
        const sa19 = ["null", "a", "a-b-c", "a-b-c", "\u0041\x42"].concat(["a b c", "q\"uote", "  pad  "]).map(p20 => p6.padEnd(2, "*")).map(p21 => ("😀x".indexOf(p6) + p6.repeat(3)).slice(0, 48)).slice(0, 16);
      } while (w18 < 13);
    } catch {
      caught17 = "caught";
    }
    for (const it22 of ['a b c', '-7', "  pad  "]) {
      let b23 = (true && true);
    }
    let w24 = 0;
    while (w24 < 2) {
      w24 += 1;
      let s25 = (`$${"true"}-${"s"}-${[42, 7, (-.5)]}`[0] ?? "zz").toLowerCase().slice(0, 48);
      for (let i26 = 0; i26 < 5; i26++) {
        p6 = (p6 + s25.split("|").join(",").split("").join(", ")).slice(-48);
        if (a16.length < 40) a16.push((false ? 3 : (-32)), p15.length);
        let a27 = Object.entries(o4).map((e28) => e28[1]);
      }
      if (p8.length < 8) p8.push(p14);
    }
    return w24;
  };
  if (false) return (1 && null);
  return (false || ({ y: 1e3, "k1": (-1 / 0) }));
};
const n29 = (((-0) > 1) ? f1() : 0);
if (Array.isArray(0)) {
  const f30 = function (p31, p32) {
    const f33 = (p34, p35 = (-1e-7), p36 = "") => {
      const x37 = p32[1];
      for (let it38 of p36.split(", ")) {
        const s39 = ("😀x" + x37).slice(0, 48);
      }
      const o40 = ({ k1: 5, a: 0, y: (-1 / 0) });
      if ((p35 == (-1 / 0))) throw new RangeError("u:x");
      return ["b", "b", 'true', "abc,def"].includes(p36);
    };
    return o4?.b;
  };
}
return [o4, n29, f1()];
