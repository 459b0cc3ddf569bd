// Kitwork fuzz failure, program seed 3029948396
// reason: V8 returned, VM threw
// V8: ok [{"0":2,"10":8,"z_":2.125,"y":4,"a":1,"b":3},"  pad  ",2,[2,8,2.125,4,1,3],1e+21]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3029948396

if (['ab', "q\"uote"].includes("ab")) {
  let s1 = ((-0)).toFixed(4);
  s1 = ("😀x"[3] ?? "zz");
  const f2 = function () {
    let caught3 = null;
    try {
      const b4 = ((true || true) && (true && true));
      const s5 = (true ? [(-4294967296), 8, 2] : [8, 0b101, .5, 0.1, 20, (-1e-7)]).join(", ").slice().slice(0, 48);
    } catch (e6) {
      caught3 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
      let caught7 = null;
      try {
        let s8 = ((((-2) / 3) + (10 ^ 10)) + JSON.stringify(Math.floor(7))).slice(0, 48);
        var a9 = [...[6], ...((false && true) ? [(-0.2)] : [1].map(p10 => 3))].slice(0, 16);
      } catch (e11) {
        caught7 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
      }
    }
    let b12 = (({ 0: (1 / 0), ["k" + 1]: 4 }) < ((-1000) + s1));
    for (let i13 = 0; i13 < 6; ++i13) {
      b12 ??= (!["a"]);
      const n14 = (0xff * i13);
      const s15 = ((-8) + s1).repeat(2).slice(0, 48);
    }
    return s1.padEnd(5, "").split(", ").join(", ");
  };
}
const o16 = ({ ...({ ...({ z_: (-5), y: (-1 / 0), 10: 2, a: 0 }), ...({ a: 1, b: 3 }) }), ...({ ...({}), ...({ 10: 8, y: 4, z_: 4, 0: 2 }) }) });
for (const [k18, v19] of Object.entries(({ k1: 8, "a": 5 }))) {
  const o20 = ({ ...o16, x: (-6), z_: v19, "2": (-65535), 0: (-5), v19 });
}
if (([].length <= [1e-7].length)) {
  let n21 = 1.5;
  var a22 = [].map((q23) => q23.length).map(p24 => (--n21)).concat([(+[(-0.5)]), 9, "12".length, 2.5]).slice(0, 16);
  if ((typeof false === "object")) {
    for (const it25 of [2147483647, 0.2]) {
      let s26 = (typeof "a-b-c".charAt(4)).padStart(10);
      let n27 = Math.abs((-(5 >> n21)));
      let n28 = (~31);
    }
  } else if ((["a", '  pad  ', "a-b-c", 'a', 'hello'] !== o16)) {
    var o29 = ({ c: 0, z_: 0 });
  }
} else if ('single'.split(",").includes(("MiXeD" + true))) {
  const n30 = (Math.trunc((true + 0)) >>> (-123.456));
  o16.b ??= (n30 - (-1 / 0));
} else {
  let n31 = ((false ? (1 * (-3)) : (0o17 % 31)) - ((~1) | [].reduce((acc32, x33) => acc32 + x33, 2)));
}
const s34 = "  pad  ";
o16.z_ += ((-3.75) / 2);
var n35 = (o16.a ?? 1_000);
++n35;
const a36 = Object.entries(o16).map((e37) => e37[1]);
return [o16, s34, n35, a36, 1e21];
