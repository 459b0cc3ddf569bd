// Kitwork fuzz failure, program seed 3827459197
// reason: different results
// V8: ok ["{}:UNDEFINED\nZZ,BA-5E-324,42,7,10`Q","6{}:UNDEFINED\nZZ,BA-5E-324,42,7,10`Q{}:UNDEFINED",{"10":0,"x":3,"len":3,"c":-7},NaN,NaN,"  pad  "]
// VM: ok ["{}:UNDEFINED\nZZ,BA-5E-324,42,7,10`Q","-1000,-5,NaN,9007199254740991",[-1000,-5,NaN,9007199254740991],NaN,NaN,"  pad  "]
// replay: node --import tsx test/fuzz/run.ts --replay 3827459197

const s1 = (JSON.stringify(({})) + `:${undefined}\n${["zz", "b"]}a${[(-5e-324), 42, 7, 10]}\`q`).toUpperCase().slice(0, 48);
for (let i2 = 0; i2 < 17; i2 += 2) {
  let { b: n3, len: n4 = 0, c: n5 = 7 } = (true ? ({}) : ({ a: 10, b: 0, len: (-0.1) }));
  const o6 = ({ "b": 0.5, "2": i2 });
  var n7 = [3, (-5), 1e-7].filter((p8) => (1 !== null)).length;
}
const s9 = (([7, (-0.1), 5, 8, 42, (-1_000)].length + s1.toUpperCase()) + s1.split("-").join("|").split("|").join("")).slice(0, 48);
const o10 = ({ x: 3, 10: 0, len: 3, c: (-7) });
const n11 = Math.min(Math.sign((2 ^ (-8))), Number(`-${["MiXeD", "zz", '0']}:${undefined}x=${false}!`));
if ([].filter((p12) => true).includes((s9 + "true"))) {
  var b13 = (3 === 3);
  for (let i14 = 1; i14 > 0; i14--) {
    if ((s1 <= `x=${s9}$${s1}:${[0]} end`)) {
      let x15 = s1;
    }
    let a16 = [5];
  }
} else if ((n11 < 0xff)) {
  let s17 = ('12' + (({ p: "line\nbreak", q: { r: (-0.2) } }) || "line\nbreak".length)).slice(0, 48);
} else {
  const a18 = [...['single', 'MiXeD'].map((q19) => q19.length), ...[10, (-0.2), 2, 6]].slice(0, 16);
}
if (((true || true) && ((-5e-324) === n11))) {
  let caught20 = null;
  try {
    if (s1.split("-").includes([2147483648, 7, 3.75].join())) {
      var b21 = ((false ? 'a b c' : null) !== undefined);
    }
    switch ([(-2), 3].length) {
      case 2: {
        let s22 = s9.padEnd(5).padStart(2, "*");
        let sa23 = "null".slice().split("|").slice().sort((x24, y25) => x24.length - y25.length);
        break;
      }
      default:
        const x26 = null;
        break;
      case 1:
        let o27 = ({ z_: 100 });
        const n28 = ((!null) ? (+false) : Math.floor(n11));
        break;
      case (-0): {
        var s29 = ("b".at(3) ?? "");
      }
    }
  } catch (e30) {
    caught20 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
  } finally {
    for (const it31 of [7, n11, n11, 0.5, 10]) {
      let s32 = JSON.stringify((false + 4)).slice(0, 48);
      if (("s" !== undefined)) break;
      const s33 = s1.slice((-1), 4);
    }
  }
}
return [s1, s9, o10, n11, (+[(-1e3), (-5), (0 / 0), 9007199254740991]), "  pad  "];
