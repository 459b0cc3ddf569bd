// Kitwork fuzz failure, program seed 751280620
// reason: V8 returned, VM threw
// V8: ok ["ab",[Infinity,4],4294967295]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 751280620

for (let i1 = 0; i1 < 18; i1 += 1) {
  for (let i2 = 0; i2 < 20; ++i2) {
    for (let i3 = 0; i3 < 1; i3++) {
      let o4 = ({ k1: 0, y: 256, a: 10, i2 });
      o4.z_ += i2;
    }
    const n5 = (true ? 5e-324 : 0.5);
  }
  const o6 = ({ ...({ "y": 5, "0": (-9007199254740991), b: 4 }), z_: 7 });
  let n7 = (0 / 0);
}
let x8 = ("ab" || []);
let a9 = Array.from({ length: 6 }, (_, i10) => i10 * 2).filter((p11) => (!"zz")).concat([(+[(1 / 0)]), 4]).slice(0, 16);
let n12 = 4294967296;
--n12;
switch (Math.max()) {
  default: {
    var o13 = ({ n12 });
    const f14 = function (p15, p16, p17 = 9) {
      const b18 = (typeof null === "object");
      o13 = ({ ...o13, len: (-0.1), x: 2147483648, p17 });
      let caught19 = null;
      try {
        if (false) {
          let n20 = ["true", '3.5'].map((q21) => q21.length).indexOf(JSON.stringify(n12).length);
        } else if (b18) {
          let [n22 = 20, n23, ...a24] = a9;
        }
        let s25 = p16.slice(6);
        if (s25.split(" ").includes((typeof false))) throw new Error("u:" + p15.join("-"));
      } catch (e26) {
        caught19 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
        let x27 = x8;
      }
      try {
        return (o13.y ?? 0.2);
      } finally {
        let caught28 = null;
        try {
          p16 ??= p16.slice(6);
          let n29 = (p17 ** 0);
          if (("  pad  " + "true").includes((typeof false))) throw new TypeError("u:x");
        } catch (e30) {
          caught28 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
        }
      }
    };
    break;
  }
  case 2:
    const o31 = ({ ...({ ...({ x: 3, 2: 9, k1: (-.5) }), ...({ y: 7 }) }), ...(true ? ({}) : ({ 2: 1, "k1": (-1 / 0) })) });
    x8 ||= o31?.zz;
    break;
}
return [x8, a9, n12];
