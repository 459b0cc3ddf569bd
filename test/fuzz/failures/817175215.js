// Kitwork fuzz failure, program seed 817175215
// reason: different results
// V8: ok [true,-0,{"0":1,"y":-16,"x":0,"z_":10,"n10":-0},["a-b-c","tab\tend"],NaN,false]
// VM: ok [true,"a-b-c,tab\tend",["a-b-c","tab\tend"],["a-b-c","tab\tend"],NaN,false]
// replay: node --import tsx test/fuzz/run.ts --replay 817175215

var b1 = ((-1e21) != 4294967296);
switch ([(0 / 0), 0].indexOf(4)) {
  case (0 / 0):
    break;
  case 3:
    if ((10 > 4294967296)) {
      if (Array.isArray(false)) {
        let x2 = "a b c";
        const o3 = ({ len: (-2147483648), c: 4294967296, k1: 3, y: 2 });
      }
      const n4 = (((0.1 <= 5) ? "  pad  ".length : (1 | 1)) & "3.5".slice((-4)).length);
      for (let i5 = 17; i5 > 0; i5--) {
        let x6 = [1, false];
        const n7 = ("12" + '3.5').indexOf((b1 ? "ab" : 'null'));
      }
    }
    let a8 = [5, 8].concat([(-4), 1]).map((p9) => (3 << 2)).slice(0, 16);
    break;
}
const n10 = (-0);
const o11 = ({ ...({ "y": (-16), 0: 1, x: 0, z_: 10 }), ...({ n10 }) });
const n12 = (['a-b-c', "tab\tend"].filter((p13) => b1) ?? 5);
b1 ??= (5 !== (n12 << n10));
const adder14 = (k) => (v) => v - k;
const add15 = adder14(("s" ?? n10));
if (([].indexOf(n12) === 0)) {
  let caught16 = null;
  try {
    switch ((b1 ? "a" : '0')) {
      default:
        const o17 = o11;
        var x18 = (b1 ? "😀x" : "b").length;
      case "x,y,z":
        var a19 = [...[10, 9, n12, 6, 7, (-20)]].filter((x20) => x20 === x20).sort((x20, y21) => y21 - x20);
        break;
      case "a":
        const a22 = ["MiXeD", "ab", 'ab', "q\"uote", 'null'].map((q23) => q23.length).map((p24, i25) => (Number.isInteger((-1e3)) ? 1 : 0)).filter((x26) => x26 === x26).sort((x26, y27) => x26 - y27);
      case "ab":
        let n28 = ["", "3.5", "\u0041\x42", "b", 'zz'].slice((-2)).length;
        o11["0"] = (n10 / (-0));
        break;
    }
    b1 = true;
    if (false) throw new Error("u:" + (n12 + "x,y,z"));
  } catch (e29) {
    caught16 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
  }
  if (b1) {
    if (((n12 === n12) && (undefined === undefined))) {
      let a30 = Object.entries(o11).map((e31) => e31[1]).map((p32) => (n12 - (-1e21)));
    } else {
      let sa33 = [42, n12, (0 / 0), 4294967295].map((x34) => `${x34}`);
      if (sa33.length < 40) sa33.push('hello'.toUpperCase());
    }
  }
}
return [b1, n10, o11, n12, (n12 ** 2), (!true)];
