// Kitwork fuzz failure, program seed 2742487120
// reason: different results
// V8: ok [1,"ab",{"0":42,"2":255,"y":5,"x":1000,"n1":1,"c":1},[1.5,10],[1,1,1,1,2,1],":1.5,10$null`q","-2.5 end",NaN,"0||a b c|ab|null"]
// VM: ok [1,"0,-Infinity,6",[-0,-Infinity,6],[1.5,10],[1,1,1,1,2,1],":1.5,10$null`q","-2.5 end",NaN,"0||a b c|ab|null"]
// replay: node --import tsx test/fuzz/run.ts --replay 2742487120

var n1 = "true".split(" ").length;
const s2 = "ab".trim();
const o3 = ({ "y": 5, 0: 42, "2": 0xff, x: 1_000, n1 });
function rec4(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec4(n - 1) + rec4(n - 2);
}
if (false) {
  rec4('1e3'.indexOf(s2));
  for (const it5 of [7]) {
    if ((true && false)) continue;
  }
} else {
  o3["c"] = n1;
}
const a6 = [1.5, 10].map(p7 => p7);
for (const it8 of a6) {
  let a9 = [...a6].filter((x10) => x10 === x10).sort((x10, y11) => y11 - x10);
  let a12 = Array.from({ length: 3 }, (_, i13) => i13 * 65535);
}
var a14 = [...[2, ...[0], ...a6].filter((p15) => (2147483648 === p15)), ...Object.keys(o3).map((q16) => q16.length)].slice(0, 16);
n1 **= 0.5;
if ((!["0", "a b c"])) {
  let b17 = ((1 / 0) != n1);
  if (b17) {
    const a18 = a6.slice((-2), (-2));
    a14 = [n1];
  } else {
    switch (Math.floor((-1e21))) {
      case (0 / 0):
        const n19 = (+a14.map((p20, i21) => (undefined ?? p20)));
        break;
      default:
        let [s22 = '😀x', ...sa23] = Object.keys(o3);
        const b24 = ([4294967296, 10, 4, 0.5, 42].filter(p27 => b17).reduce((acc25, x26) => acc25 + x26, 1) < rec4(s22.indexOf(s2)));
        break;
      case 2: {
        break;
      }
      case (-0): {
        let sa28 = ["null"];
        const n29 = ((!o3) ? a14.length : rec4(n1));
        break;
      }
    }
    ++n1;
  }
} else {
  const n30 = ["ab", "hello"].length;
  var o31 = o3;
}
const s32 = `:${a6}$${null}\`q`.slice(0, 48);
const s33 = `-${[2.5]} end`.slice(0, 48);
return [n1, s2, o3, a6, a14, s32, s33, (+[(-0), (-1 / 0), 6]), ['0', '', "a b c", "ab", "null"].join("|")];
