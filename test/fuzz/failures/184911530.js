// Kitwork fuzz failure, program seed 184911530
// reason: V8 returned, VM threw
// V8: ok [8,"-","NaN",[0,2,4,6],[8,8,8],-1,"10-"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 184911530

let w1 = 0;
while (w1 < 8) {
  w1++;
  let caught2 = null;
  try {
    const o3 = ((1 !== 9007199254740993) ? ({ len: 255 }) : ({ ...({ y: 16, a: (-1e21), b: 8, x: 5 }), b: 7 }));
    if (['', "b", "ab"].includes(('  pad  ' + ({})))) throw null;
  } catch (e4) {
    caught2 = typeof e4?.message === "string" && e4.message.slice(0, 2) === "u:" ? e4.name + "/" + e4.message : (e4?.name ?? e4);
  } finally {
    const n5 = "a b c".indexOf("tab\tend");
    switch (Math.min(n5)) {
      case (0 / 0): {
        var a6 = [10, (1 / 0)];
        break;
      }
      case 2:
        const s7 = JSON.stringify(({})).slice(0, 48);
        break;
      default: {
        var s8 = "q\"uote";
        var n9 = ((n5 != [100, 16, 10, 10]) + s8.length);
        break;
      }
      case 0:
      case (-1):
    }
  }
  if ((typeof (1 / 0) === "boolean")) {
    var s10 = `$${("😀x" == (-0.1))}\n${(7 + "abc,def")}`.slice(0, 48);
  }
  let n11 = (0 + 8);
}
function f12(p13 = (-31), p14) {
  const n15 = ("3.5"[1] ?? "-7").indexOf('a b c'.repeat(0));
  if (p14.length < 40) p14.push("zz".indexOf("1e3"));
  p14 = p14;
  return ({ ...({}), k1: 3 });
}
const [s16 = "x,y,z"] = "-7".split("");
const f17 = function () {
  var n18 = (+false);
  ++n18;
  n18 = s16.split(", ").length;
  var a19 = Object.keys((true ? ({ "k1": (-1_000), 0: 0, x: (1 / 0), c: 2147483647 }) : ({}))).map((q20) => q20.length);
  return ["12", "3.5"].concat([]).slice(0, 16);
};
let x21 = `${((w1 % w1) / "hello")}`.slice(0, 48);
const a22 = Array.from({ length: 4 }, (_, i23) => i23 * 2);
for (const [k25, v26] of Object.entries(({ k1: w1, 10: 5, y: w1 }))) {
  let b27 = (4 !== Math.abs(w1));
}
const a28 = [2, 123.456, 6].map((p29) => 6).map((p30) => w1).map(p31 => w1);
const n32 = [w1, 1.5e300].indexOf((-(+a22)));
return [w1, s16, x21, a22, a28, n32, (10 + s16)];
