// Kitwork fuzz failure, program seed 415640980
// reason: different results
// V8: ok ["NaN",[4],true,0.5,-0.5,null,["b","zz","Hi there","back\\slash"],0,"back\\slash"]
// VM: ok ["NaN","",[],0.5,-0.5,null,["b","zz","Hi there","back\\slash"],0,"back\\slash"]
// replay: node --import tsx test/fuzz/run.ts --replay 415640980

const x1 = `${((true || false) - ({ ...({ "10": 0 }), ...({}) }))}`.slice(0, 48);
const fs2 = [];
for (let i3 = 0; i3 < 2; i3++) {
  fs2.push((v) => v * i3);
}
switch ([0o17, 1, (0 / 0), 8, (-65535)].reduce((acc4, x5) => acc4 * x5, 2)) {
  case (-0):
}
var a6 = [20, 65535, 2, 42].filter(p7 => false).map((p8, i9) => (p8 * 1e-7));
var b10 = a6.includes(Math.floor(3));
let { b: n11 = (-0), c: n12 = (-0.5) } = ({ y: 2147483647, "x": 1 });
let caught13 = null;
try {
  const n14 = (10 - a6.reduce((acc15, x16) => acc15 - x16, 2));
  const f17 = (p18, p19) => {
    let caught20 = null;
    try {
      n11 += (n11 - n12);
      for (const it21 of [n11, n11, 9, (-3.75), (-31), n14]) {
        var b22 = p18.includes(n14);
        var sa23 = ["null"];
        a6 = [4, ...(false ? [] : p18), ...p18.map(p24 => 5e-324)].slice(0, 16);
      }
      if (false) throw new RangeError("u:range");
    } catch (e25) {
      caught20 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
      const n26 = [(-0)].map(p29 => n12).reduce((acc27, x28) => acc27 * x28, 2);
    } finally {
      let w30 = 0;
      while (w30 < 1) {
        w30 += 1;
        if (`a${false} ${x1}\`q`.includes(("\u0041\x42" + ({ 0: 0.5, z_: 5e-324, b: 1 })))) continue;
        var s31 = (p19 + p19).padEnd(1, "").slice(0, 48);
      }
    }
    return "tab\tend".slice(3, 1).split(",");
  };
  for (const [k33, v34] of Object.entries(({ "a": 4 }))) {
    let w35 = 0;
    while (w35 < 6) {
      w35 += 1;
      const b36 = (n12 >= n12);
      var s37 = (a6.reduce((acc38, x39) => acc38 * x39, 2)).toFixed(3);
      b10 ||= ("Hi there" != k33);
    }
    f17(a6.filter((p40) => b10), "0");
  }
  if ((("ÅÉü"[0] ?? "ab") === "1e3".slice(0, (-1)))) throw "abc,def";
} catch (e41) {
  caught13 = typeof e41?.message === "string" && e41.message.slice(0, 2) === "u:" ? e41.name + "/" + e41.message : (e41?.name ?? e41);
  a6 = Array.from({ length: 6 }, (_, i42) => i42 * 4294967295).slice((-1));
}
const sa43 = ["b", 'Hi there', "zz"].slice().sort((x44, y45) => x44.length - y45.length);
if (sa43.length < 64) sa43.push((true ? "back\\slash" : '-7'));
return [x1, a6, b10, n11, n12, caught13, sa43, (+[]), "back\\slash".slice()];
