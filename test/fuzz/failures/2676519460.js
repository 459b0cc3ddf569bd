// Kitwork fuzz failure, program seed 2676519460
// reason: different results
// V8: ok [null,"q\"uote"]
// VM: ok ["caught","q\"uote"]
// replay: node --import tsx test/fuzz/run.ts --replay 2676519460

let caught1 = null;
try {
  for (let i2 = 0; i2 <= 6; ++i2) {
    const a3 = [([8].length * [(-256)].indexOf(i2)), ([(-100)].reduce((acc4, x5) => acc4 * x5, 2) % (i2 * i2)), 0xff, `x=${"b"} end`.length, 5, 7].slice(0, 16);
    if (a3.length < 20) a3.push((+[]), Math.floor(i2));
  }
} catch {
  caught1 = "caught";
}
switch ("Hi there".toUpperCase()) {
  default:
    let a6 = String(false).split("").map((q7) => q7.length).slice(0, 16);
    let a8 = [4294967295, 1, 0, 10].filter(p9 => Array.isArray(caught1));
    break;
  case "a":
    const n10 = Math.round((false ? 9007199254740991 : (-0)));
    var a11 = Object.keys(({ ...({ "a": (-1 / 0) }), x: 20 })).map((q12) => q12.length);
    break;
}
for (const it13 of [9007199254740991]) {
  for (let i14 = 0; i14 < 4; ++i14) {
    const sa15 = "abc,def".split(",").join("-").split("|");
    sa15.pop();
    let w16 = 0;
    while (w16 < 8) {
      w16 += 1;
      sa15.pop();
      sa15.pop();
      let n17 = Math.round(i14);
    }
  }
}
const f18 = function (p19, p20 = 256, p21) {
  var a22 = p21;
  function f23(p24, p25, p26) {
    const a27 = ["a b c", "hello"].map((q28) => q28.length).filter((x29) => x29 === x29).sort((x29, y30) => x29 - y30);
    if (a27.length < 20) a27.push((p26 / p25), (+caught1));
    if (false) {
      const a31 = a22;
      let caught32 = null;
      try {
        ++p26;
        const sa33 = "😀x".split("|");
      } catch (e34) {
        caught32 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
      }
      let w35 = 0;
      while (w35 < 7) {
        w35++;
        p26 = (p26 ** 0.5);
        if (0 < p21.length) p21[0] = (false ? p26 : (-256));
      }
    } else if ((typeof [] === "boolean")) {
      let n36 = p25;
    }
    return `${(true / p21)}`.slice(0, 48);
  }
  try {
    return ['a', "\u0041\x42", "b", "q\"uote"];
  } finally {
  }
};
return [caught1, ("" + "q\"uote")];
