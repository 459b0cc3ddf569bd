// Kitwork fuzz failure, program seed 1332310461
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:
// VM: throw <value>: Error: u:
// replay: node --import tsx test/fuzz/run.ts --replay 1332310461

var s1 = [(-0), 0b101, 20, (-1 / 0), 5e-324, (-10)].map(p2 => p2).join("|").repeat(0).slice(0, 48);
if (Number.isInteger((31 - (-0)))) throw new Error("u:" + s1);
if ((0 !== null)) {
  for (const it3 of Object.keys(({}))) {
    s1 = s1;
    s1 = it3.toUpperCase();
  }
  let a4 = (false ? [9, 3.75, 7, 2, (0 / 0)] : []);
  s1 = (s1 + (s1 + "x,y,z")).slice(0, 48);
} else {
  const n5 = (-s1.toUpperCase().length);
  const f6 = (p7 = (0 / 0), p8, p9 = [1, 2], ...rest10) => {
    p7 -= p7;
    let s11 = (n5 + ("0" + ({ "b": 8 }))).split(",").join(",").slice(0, 48);
    let n12 = ((+p8) - (-Math.trunc(6)));
    if (("" == null)) return (undefined ?? true);
    return null;
  };
}
const f13 = (p14 = 7, p15, p16) => {
  let n17 = Math.ceil(p14);
  return Math.trunc(s1.indexOf("Hi there"));
};
if ([3, 1, (0 / 0), 6, 1].includes((0.5 * 10))) {
  const f18 = function (p19 = 5, p20) {
    var a21 = [p19, p20, 4];
    return `${((["back\\slash", '-7', "ab"] * "  pad  ") || Math.max(p19, p19, p20))}`.slice(0, 48);
  };
  for (const it22 of []) {
    for (var i23 = 11; i23 > 0; i23--) {
      let n24 = Number(s1);
      const s25 = JSON.stringify(({ "b": (-1e3), k1: 3, len: 4, z_: 1 })).slice(0, 48);
      if ((it22 != 3)) break;
    }
  }
  const { b: n26 = 3, a: n27 } = ({ b: (-8), 10: 256, len: (-5e-324) });
} else if ((undefined > ["a b c", "  pad  ", "tab\tend"].includes(s1))) {
  const a28 = [1, 32, 0.5, Math.max((9 * 10), ((0 / 0) * 4294967296), Math.round(7)), 256];
}
for (const it29 of ['-7'].slice().sort((x30, y31) => x30.length - y31.length)) {
  let n32 = (0xff - 6);
  if (["true", "abc,def", 'b', "  pad  "].includes(it29)) {
    switch (((-1 / 0) >>> n32)) {
      case (-0):
        if (true) continue;
        let sa33 = [8, (-0.2), 0, (-1_000), n32].map((x34) => x34 + "");
      default: {
        break;
      }
      case 0:
      case 2: {
        let s35 = ["12"].join().slice(0, 48);
        if ((typeof ({ p: [9], q: { r: n32 } }) === "number")) continue;
      }
      case "1":
    }
  }
}
return [s1, (3).toFixed(3), (({ k1: (-31), z_: 7, b: 3, len: (-1 / 0) }) === "line\nbreak")];
