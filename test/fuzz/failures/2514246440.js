// Kitwork fuzz failure, program seed 2514246440
// reason: different results
// V8: ok [2,null,"[\n  7,\n  0,\n  100,\n  0\n]",NaN,1]
// VM: ok [2,"-0.1,-1000,0,6",[-0.1,-1000,-0,6],NaN,1]
// replay: node --import tsx test/fuzz/run.ts --replay 2514246440

switch ((1 ?? 2)) {
  case 3:
  default:
    for (let i1 = 0; i1 <= 1; i1++) {
      let o2 = ({ y: 9007199254740993, "z_": (-0o17), "len": 100, 2: 4294967295 });
      for (let it3 of ["ab", "  pad  ", "😀x", "0", '-7'].concat(["\u0041\x42", "abc,def", "-7", 'null', "a b c"])) {
        var a4 = [...[...[0.5, (0 / 0), (-4294967296), 0.2, 3, 8], ...[7, 8]], ...Array.from({ length: 1 }, (_, i5) => i5 * 2)].slice(0, 16);
        const a6 = [];
        let [n7 = (-1 / 0), n8 = 6, n9 = 65535, ...a10] = [(-1 / 0), (-31), 4, (-4294967296)].filter(p11 => false);
      }
    }
  case (-0):
    let s12 = (true ? "1e3" : "true");
    break;
}
const n13 = Math.trunc(2);
let caught14 = null;
try {
  for (var i15 = 0; i15 <= 1; i15 += 1) {
    let n16 = JSON.stringify(Math.trunc(i15)).length;
  }
  if ((!("12" + "a b c"))) throw { code: Math.abs((-1)) };
} catch (e17) {
  caught14 = typeof e17?.message === "string" && e17.message.slice(0, 2) === "u:" ? e17.name + "/" + e17.message : (e17?.name ?? e17);
}
const s18 = JSON.stringify([7, (-0), 100, 0], null, "  ").slice(0, 48);
for (let i19 = 9; i19 > 0; i19--) {
  let caught20 = null;
  try {
    for (const [k22, v23] of Object.entries(({ y: 1, 10: 1 }))) {
      var x24 = i19;
      if ((!i19)) continue;
      let s25 = k22.toUpperCase();
    }
    if ([256, (-4), (-5)].concat([5, 0, 1, (-0)]).includes((i19 * 5e-324))) {
      const [s26 = "ÅÉü", ...sa27] = ["  pad  ", "q\"uote", "a-b-c", "ÅÉü"];
    } else if ((caught14 != false)) {
      const b28 = (!(caught14 + "back\\slash"));
    }
    let caught29 = null;
    try {
      var n30 = Math.sign((-.5));
      const a31 = [...[...[0, 8, 7, (-0b101)].filter((p32) => false), ...[(1 / 0), 1.5e300, 1e-7, (-10)].filter((p33) => true)]].filter((x34) => x34 === x34).sort((x34, y35) => y35 - x34).slice(0, 16);
      let s36 = (s18 + "0").slice(0, 48);
      if ((false && true)) throw "a-b-c";
    } finally {
      if ((!s18)) throw (true ? n13 : i19);
    }
  } catch (e37) {
    caught20 = typeof e37?.message === "string" && e37.message.slice(0, 2) === "u:" ? e37.name + "/" + e37.message : (e37?.name ?? e37);
  }
  var b38 = [8].map((x39) => `${x39}`).map((q40) => q40.length).includes(7);
}
return [n13, caught14, s18, (+[(-0.1), (-1000), (-0), 6]), (Number.isInteger(n13) ? 1 : 0)];
