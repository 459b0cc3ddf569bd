// Kitwork fuzz failure, program seed 3839757734
// reason: V8 returned, VM threw
// V8: ok [0,false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3839757734

for (const it1 of ["back\\slash", "", "a-b-c", "MiXeD"].map(p2 => "ab")) {
  const memo3 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })(Math.min(7, 4294967296, 10));
  if ((256 > 9)) {
    let caught4 = null;
    try {
      let sa5 = it1.split(" ").map(p6 => it1);
      if ((true && (10 > 3))) throw [];
    } catch (e7) {
      caught4 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
    }
    if (['null', "1e3", "MiXeD", "-7", "null"].filter(p8 => true).includes(it1)) {
      let s9 = "ab".slice((-3));
      let [n10 = 65535, n11 = 0, n12 = 3] = [].concat([(-0), 0, 2]);
    }
    let w13 = 0;
    do {
      w13++;
      const n14 = ((false ? [3, 6, (-0), 10, 1.5e300, (-4294967296)] : [(1 / 0), 3, (-4), 8]).indexOf((+caught4)) / memo3(Math.min((-3))));
    } while (w13 < 2);
  } else if (false) {
    let n15 = Math.round((Math.trunc(6) % (Number.isInteger(7) ? 1 : 0)));
  }
  let o16 = ({ ...({ y: 2, "10": (-4294967296) }), ...({ ...({ "x": 65535 }), y: 2 }) });
}
var n17 = (-0.1);
for (let i18 = 5; i18 > 0; i18--) {
  const f19 = (p20) => (false ? ({ c: 7, b: 20, 10: 9 }) : ({ len: (0 / 0), a: (-0) }));
  switch (Math.sign((-0))) {
    default:
      for (const [k22, v23] of Object.entries(({ 2: 0.1, k1: 1, "c": 10 }))) {
        let o24 = ({ ...({ k1: (n17++), c: (--n17), z_: 10 }), b: ((!["line\nbreak", "x,y,z"]) ? 7 : ((1 / 0) / (-0xff))) });
      }
    case 1:
    case "1": {
      let caught25 = null;
      try {
        n17 &&= (-i18);
        if (((++n17) !== n17)) throw { code: Math.round(i18) };
      } catch (e26) {
        caught25 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
      }
      break;
    }
    case (-1):
      const [n27 = (-0)] = [3, ...[], ...[4294967296]];
      if ([].includes(n17)) continue;
      break;
  }
}
return [n17, [2, 5].includes(n17)];
