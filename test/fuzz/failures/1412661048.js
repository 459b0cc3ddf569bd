// Kitwork fuzz failure, program seed 1412661048
// reason: different results
// V8: ok [true,13,5,NaN]
// VM: ok [true,13,"NaN,9007199254740992,0",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 1412661048

let b1 = (undefined == undefined);
if ((10 == 7)) {
  for (const [k3, v4] of Object.entries(({}))) {
    let caught5 = null;
    try {
      const n6 = (true ? v4 : 7);
    } catch (e7) {
      caught5 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
      var a8 = [v4, 5, v4, (-4294967295), 4294967296];
    }
  }
  for (let i9 = 0; i9 <= 2; i9 += 1) {
    let s10 = JSON.stringify([...[255, 9007199254740993, (-1)], ...[5, 8, 6, (-0)]]).slice(0, 48);
    for (let i11 = 0; i11 < 18; i11 += 3) {
      const x12 = (9 && [255, 2147483647, 5, (-1 / 0), 1].length);
      var s13 = s10;
      let a14 = [6, ...[16, 9], ...[9, 2147483647, 0, (-1e21), (-0)]].slice(0, 16);
    }
    if (((b1 ? i9 : i9) <= [].length)) {
      const n15 = [(-10), (1 / 0)].length;
    } else {
      let o16 = ({ ...({ "0": 2, 2: 100 }), c: (-0xff) });
      let a17 = (true ? [(-9007199254740991), (0 / 0), 10, 6, 7] : [(-9007199254740993), 3, (0 / 0), .5, 32, 6]).filter((x18) => x18 === x18).sort((x18, y19) => x18 - y19).filter((p20) => [(-20), 6].slice(3, 1).includes((i9 / p20)));
    }
  }
}
let w21 = 0;
while (w21 < 13) {
  w21 += 1;
  const o22 = ({});
  const f23 = (p24, p25 = 'a b c') => {
    --p24;
    const o26 = ({ 10: ("MiXeD" + p25).indexOf(["  pad  ", "0", "zz", "abc,def", "back\\slash"].join(",")), p24 });
    const s27 = p25.padStart(6, "0");
    const n28 = (o22?.["10"] ?? 7);
    return [2];
  };
}
for (var i29 = 0; i29 <= 4; ++i29) {
  const n30 = (-10);
  const x31 = `${((n30 + n30) * (false ? 6 : undefined))}`.slice(0, 48);
  if (("abc,def".split(", ").join(" ") === JSON.stringify([0]))) {
    const n32 = (+x31);
    for (let i33 = 0; i33 < 6; i33 += 2) {
      let n34 = (false ? (w21 * 1) : Math.floor(32));
      const b35 = (!"a b c");
    }
    let caught36 = null;
    try {
      const b37 = (({ ...({ 0: i29, 2: n30, 10: 9, k1: 1e3 }), a: Math.sign(n32) }) === (Math.min() / (31 * 10)));
      var a38 = [255, 0];
      let s39 = (((-8) < i29) ? "a".toUpperCase() : ("zz" + "a-b-c")).slice(0, 48);
      if (b1) throw new Error("u:" + (w21 + s39));
    } catch {
      caught36 = "caught";
    }
  }
}
return [b1, w21, i29, (+[(0 / 0), 9007199254740993, 0])];
