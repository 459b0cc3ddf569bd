// Kitwork fuzz failure, program seed 3902998030
// reason: V8 returned, VM threw
// V8: ok ["😀x","0","single","null","[]","7.0",0,5]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3902998030

for (const it1 of [8, (-9007199254740993), 9]) {
  let s2 = "12";
  let o3 = ({ ["n" + 2]: (1 / 0) });
}
if ((4294967296 == 10)) {
  if ((("  pad  " + "  pad  ") == (typeof ({ "len": 5, a: 0.2, 10: 7, 0: (0 / 0) })))) {
    var n4 = ('1e3'.padEnd(1, "ab").indexOf("null".toUpperCase()) + ([3, (-0), 2147483647, 3, (-0)].includes((-65535)) ? Math.ceil((-2)) : Math.ceil(4)));
    let s5 = ("MiXeD" + "a-b-c").slice(0, 48);
  }
  const b6 = (("true".at(3) ?? "").slice((-4)) !== ("ÅÉü" + "").split(" ").join(""));
  let caught7 = null;
  try {
    for (let i8 = 0; i8 <= 2; ++i8) {
      var s9 = "".split(", ").join(" ").padEnd(2).slice();
      const n10 = ["\u0041\x42", 'b', '-7'].map((q11) => q11.length).filter((x12) => x12 === x12).sort((x12, y13) => x12 - y13).length;
      const a14 = [3, 5].map((p15) => p15);
    }
    if (false) throw "-7";
  } catch (e16) {
    caught7 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
  } finally {
    if ((!null)) {
      let { len: n17 = 1000, a: n18 = 5 } = ({ c: 8 });
      let b19 = [0, 5e-324, 2, 9, (-2147483648), 10].slice((-3), 6).map((p20, i21) => Math.trunc(n18)).includes(Math.min());
      const s22 = [].slice().sort().join("-").slice(0, 48);
    }
  }
} else if (Array.from({ length: 4 }, (_, i25) => i25 * 1).includes((+[]))) {
  let caught26 = null;
  try {
    const a27 = [20].slice(2, 1).map((p28) => (false ? p28 : p28)).concat(((3 - (-4294967296)) - ((-3.75) >>> (-1 / 0)))).slice(0, 16);
    if ((7 < 2)) throw Math.sign((-1e3));
  } catch (e29) {
    caught26 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
  } finally {
    for (let i30 = 0; i30 <= 18; i30 += 1) {
      const x31 = undefined;
      let n32 = (true ? (1 / 0) : 7);
    }
    switch (((0 / 0) % 100)) {
      default: {
        break;
      }
      case (0 / 0):
        let x33 = ((true ? ["true", "a-b-c", "null"] : undefined) && ({ x: 10, y: 8 }));
        let o34 = (false ? ({}) : ({}));
        break;
    }
  }
}
let s35 = "😀x";
let [s36, s37, s38] = ["0", 'single', "null"].filter(p39 => true);
const s40 = JSON.stringify([...Array.from({ length: 0 }, (_, i41) => i41 * 5)].filter((x42) => x42 === x42).sort((x42, y43) => y43 - x42)).slice(0, 48);
const s44 = (Math.floor(7)).toFixed(1).toUpperCase();
return [s35, s36, s37, s38, s40, s44, (4 % 4), 5];
