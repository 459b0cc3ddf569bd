// Kitwork fuzz failure, program seed 3804817824
// reason: different results
// V8: ok [null,[0,0],null,NaN]
// VM: ok [null,[0,0],"10,7,-1000,7",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 3804817824

if (([4, 4294967296].reduce((acc1, x2) => acc1 - x2, 0) !== (false ? (-255) : 1e3))) {
  for (let i3 = 6; i3 > 0; i3--) {
    const o4 = ({ ...({ x: (-0), b: 0.5 }), y: i3 });
    let n5 = (-4294967295);
    if (("😀x" == '')) break;
  }
  if (((-(-42)) !== Math.trunc(7))) {
    const a6 = [...[(-1e3), (-0)]].filter((x7) => x7 === x7).sort((x7, y8) => y8 - x7);
    let a9 = [(-0b101), 4, (-3.75), 2147483648, (-5e-324)];
    const b10 = (((-5e-324) == 7) || (false || true));
  } else {
    let a11 = [3, 6].slice(1, 1).slice((-2), (-2)).map((p12) => ((true || false) ? [(-2), 5, 3, 1.5, 9007199254740993].reduce((acc13, x14) => acc13 - x14, 2) : (p12 - (-0.1))));
    if (1 < a11.length) a11[1] *= 1;
  }
} else {
  for (const it15 of [1e3, (-32)]) {
    const n16 = 0o17;
    const a17 = [0, 9007199254740993, (0 / 0), 1];
  }
}
for (let i18 = 0; i18 < 11; ++i18) {
  const b19 = (i18 !== i18);
  let s20 = ((({}) < (8 < i18)) ? JSON.stringify([([] + i18)]) : ('a' + "0").slice(2, (-2))).slice(0, 48);
  const sa21 = ["abc,def", 'single'].concat([].join(", ").split("")).slice(0, 16);
}
if ((true != 20)) {
  let o22 = ({ len: (((-9007199254740993) + 10) * [3, (-0), 6, 31, 3, 20].reduce((acc23, x24) => acc23 + x24, 2)), "y": 2 });
  const b25 = ((1 / 0) != "😀x".split(" ").join("").indexOf((9 + '')));
  let w26 = 0;
  while (w26 < 7) {
    w26++;
    let caught27 = null;
    try {
      const n28 = Math.max();
      let a29 = [(-4294967295), 3, 4, (-9007199254740991)];
      if ((b25 || false)) throw new TypeError("u:bad");
    } catch (e30) {
      caught27 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
      o22 = ({ ...({ "2": 7 }), ...o22 });
    } finally {
      let s31 = ("-7".toUpperCase() + 'single'.slice()).slice(0, 48);
    }
    const o32 = o22;
    const sa33 = ['single', "true", 'single'].slice((-1));
  }
} else if ((typeof "s" === "undefined")) {
  let n34 = (false + 0o17);
  var sa35 = Object.keys(({ "x": n34 }));
}
const f36 = () => 10;
const x37 = null;
const a38 = Array.from({ length: 2 }, (_, i39) => i39 * 2).map(p40 => (+[]));
f36();
const x41 = x37;
return [x37, a38, x41, (+[10, 7, (-1_000), 7])];
