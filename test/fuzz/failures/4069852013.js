// Kitwork fuzz failure, program seed 4069852013
// reason: different results
// V8: ok [true,"x=12\nnull,x,y,z,3.5,😀x,  pad  $true end",{"0":7,"10":100,"z_":0.5,"y":-18},NaN,"12a-b-c"]
// VM: ok [true,"x=12\nnull,x,y,z,3.5,😀x,  pad  $true end","3,1000,1000,-123.456",NaN,"12a-b-c"]
// replay: node --import tsx test/fuzz/run.ts --replay 4069852013

for (const [k2, v3] of Object.entries(({}))) {
  const a4 = ["true", 'abc,def', 'hello', "😀x", 'null'].map((q5) => q5.length).concat([...[42, (-123.456), (-4), 4, 2, (-4294967296)]].filter((x6) => x6 === x6).sort((x6, y7) => y7 - x6)).slice(0, 16);
}
var b8 = ("abc,def" + "MiXeD").startsWith(JSON.stringify([], null, 0));
let s9 = JSON.stringify(('a-b-c' + 10).slice((-2)), null, 0).slice(0, 48);
const o10 = ({ ...({}), ...({ z_: .5, "10": 100, 0: 7 }) });
for (let i11 = 0; i11 < 20; i11 += 2) {
  for (const it12 of Object.keys(o10)) {
    for (let i13 = 0; i13 <= 1; i13 += 1) {
      let sa14 = ["\u0041\x42"];
      o10.y = (-i11);
      let o15 = o10;
    }
    let n16 = (i11 + ([5e-324, 10, 32, 16].includes(2) + it12.length));
  }
  let caught17 = null;
  try {
    if (b8) continue;
    let n18 = ((undefined !== undefined) ? i11 : (Number.isInteger((-32)) ? 1 : 0));
    n18 **= 2;
    if ((["a b c", "null"] !== 65535)) throw new Error("u:" + (typeof [(-1 / 0), (0 / 0), (1 / 0), 1, 20]));
  } catch (e19) {
    caught17 = "outer";
  } finally {
    b8 ||= ([].includes(i11) || b8);
    let caught20 = null;
    try {
      const s21 = (typeof [(-5e-324), (-.5), 7].map(p22 => i11).filter((x23) => x23 === x23).sort((x23, y24) => x23 - y24));
      var n25 = Math.min();
    } catch (e26) {
      caught20 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
    } finally {
      s9 = `x=${["12"]}\n${["null", "x,y,z", "3.5", '😀x', "  pad  "]}$${b8} end`.repeat(1).slice(0, 48);
      let [n27, , n28 = (-0)] = (true ? [8, 32, 6] : [5e-324, 5, 9007199254740993, 2, (-0.2), 1.5e300]);
    }
  }
  switch ((true ? i11 : i11)) {
    default: {
      b8 ||= ([1, 7].length != (i11 * 4294967295));
      break;
    }
    case 2:
      const s29 = s9.padEnd(2, "ab");
      break;
  }
}
for (const it30 of [(1 / 0), (-1e21), 10, (-4294967295)].map((x31) => x31 + "")) {
  const s32 = "tab\tend".split("-").join(" ");
}
return [b8, s9, o10, (+[3, 1_000, 1e3, (-123.456)]), ("12" + "a-b-c")];
