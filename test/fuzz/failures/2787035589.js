// Kitwork fuzz failure, program seed 2787035589
// reason: different results
// V8: ok ["😀xtrue-false NaNx=0true",null,7,{"c":-Infinity,"z_":5,"x":31,"y":4},{"c":-Infinity,"z_":5,"x":31,"y":4},undefined,5,"abc,def"]
// VM: ok ["😀xtrue-31,3,NaN,8,2,NaN31,3,NaN,8,2,NaNNaNx=0tr",null,7,{"c":-Infinity,"z_":5,"x":31,"y":4},{"c":-Infinity,"z_":5,"x":31,"y":4},undefined,5,"abc,def"]
// replay: node --import tsx test/fuzz/run.ts --replay 2787035589

var s1 = ('😀x' + true).slice(0, 48);
let caught2 = null;
try {
  switch ((2 * 42)) {
    case (0 / 0): {
      for (const [k4, v5] of Object.entries(({ b: (1 / 0) }))) {
        s1 = (s1 + k4.padStart(3)).slice(0, 48);
        if ((v5 === v5)) continue;
      }
      break;
    }
    case 1:
      break;
    case 2:
      const o6 = ({ ...({ z_: 9, 2: 5, c: (-0xff) }), ...({ 10: 9007199254740993, "x": (-0), y: 100, b: (1 / 0) }) });
      o6["10"] = Math.round((-1000));
      break;
  }
  if (false) {
    let b7 = ((typeof ["Hi there", s1, false] === "string") || (!Object.keys(({ 0: (-3), z_: 9 }))));
    for (const it8 of Object.keys(({}))) {
      let n9 = "abc,def".length;
      let a10 = [3, 3.75].map((p11, i12) => i12).slice(0);
    }
  }
  if ((false ? 'hello' : s1).includes(s1.repeat(3))) {
    if (((s1 + s1) < s1.toUpperCase())) throw [10, 20, 9];
    let a13 = [4294967295, 8, (-1e3)];
    a13 = [10, 4];
  }
} catch (e14) {
  caught2 = "outer";
} finally {
  if ((Number.isInteger(256) || (typeof undefined === "string"))) {
    let sa15 = ["a b c", "null", 'true'].map((p16) => "q\"uote");
    let sa17 = ["b", "", "hello", "\u0041\x42"].map((p18) => p18).map(p19 => p19.split("").join("-"));
    var o20 = ({ ...({ ...({ 0: 2, "a": 0, "10": 1e3 }), y: (10 >> 8) }), b: s1.toUpperCase().indexOf(("Hi there" + s1)) });
  } else {
    if ((typeof ([(-1.5e300), 256, (-7), (0 / 0)] * ["Hi there", "12", "line\nbreak", "  pad  ", '  pad  ']) === "undefined")) {
      const sa21 = [8].map((x22) => `${x22}`).filter((p23) => ("a-b-c".split(" ") <= []));
      const a24 = Array.from({ length: 5 }, (_, i25) => i25 * 8).map((p26) => [(-32), 1, (-1.5), (-0), 10].reduce((acc27, x28) => acc27 - x28, 2));
    }
    for (let i29 = 0; i29 < 19; i29++) {
      var x30 = `${(s1 - "b")}`.slice(0, 48);
    }
  }
  const a31 = [(-0), 7, 7, (-1 / 0)].concat([3, (-9007199254740991), 9007199254740991, 5, (0 / 0)]).slice(0, 16);
}
const [, n32] = Array.from({ length: 6 }, (_, i33) => i33 * 7);
let o34 = ({ ...({ "c": (-1 / 0), z_: 7, "x": 31 }), ...({ y: 4, z_: 5 }) });
s1 = (s1 + `-${(false && false)} ${((-0.1) - [31, 3, (0 / 0), 8, 2, (0 / 0)])}x=${((-0) + 'true')}`).slice(0, 48);
const o35 = ({ ...o34, ...o34 });
var x36 = n32?.[0];
const n37 = ((true || false) ? (4 + 1) : (~(-123.456)));
return [s1, caught2, n32, o34, o35, x36, n37, "abc,def".padEnd(10, "")];
